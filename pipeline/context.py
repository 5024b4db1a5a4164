"""Who a phrase refers to: people, pronouns, role nouns, institutions, countries.

Shared by the components that attribute quotes and assign event actors; it
only reads what the country and official components wrote on the Doc.
"""
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .doctext import span_text

PRONOUNS = {"he", "she"}
INSTITUTIONS = {"ministry", "government", "commission", "department", "office", "council", "agency",
                "administration", "house", "embassy", "cabinet", "parliament", "bank", "treasury", "court",
                "committee", "palace", "secretariat", "bureau", "authority", "delegation", "union"}


class ArticleContext:
    """Who a phrase refers to, from what earlier components found: a person (by
    name, pronoun or role noun), an institution, and the countries they stand for."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.person_at = {i: span.label_ for span in doc.spans.get("persons", []) for i in range(span.start, span.end)}
        self.persons = list(doc.spans.get("persons", []))
        self.officials = {o["name"]: o for o in doc._.officials or []}
        self.country_at = {i: span.label_ for span in doc.spans.get("countries", []) for i in range(span.start, span.end)}
        self.place_at = {i: span.label_ for span in doc.spans.get("country_places", []) for i in range(span.start, span.end)}
        self.venue_day_at: dict[int, str] = {}  # token -> day of the occasion held at that venue (set by events)
        self._bodies: dict[str, tuple[int, list[str]]] | None = None  # "Commerce" -> (where, codes) of "Commerce Department"

    def resolve(self, phrase, before: int, quoted: frozenset[int] | set[int] = frozenset()) -> tuple[str | None, str | None]:
        """The person (and country) a speaker phrase names; ``quoted`` holds the positions of the
        article's quotations, whose names are what is said, not who says it."""
        if phrase is None:
            return None, None
        head = phrase if isinstance(phrase, Token) else phrase.root
        tokens = list(head.subtree) if isinstance(phrase, Token) else list(phrase)
        for token in tokens:
            if token.i in self.person_at:
                return self._person(self.person_at[token.i])
        if head.lower_ in PRONOUNS:
            return self._antecedent(head, quoted)
        if head.pos_ in ("NOUN", "PROPN") and head.lower_ not in ("official", "officials", "people", "analysts"):
            role = self._official_by_role(head, before)
            if role is not None:
                return self._person(role)
            return self._institution(tokens)
        return None, None

    def _antecedent(self, pronoun: Token, quoted: frozenset[int] | set[int] = frozenset()) -> tuple[str | None, str | None]:
        """"he said": the first person named earlier in the sentence, else in the nearest earlier
        sentence that names one (its subject comes first, not a name in a clause after it). Not a
        name inside a quotation ("'President Trump is trying to break us,' he tells supporters") nor
        the one addressed ("In a separate message to Trump, he wrote")."""
        sentence = pronoun.sent
        same = [p for p in self.persons if sentence.start <= p.start < pronoun.i and p.start not in quoted
                and not (p.root.dep_ == "pobj" and p.root.head.lower_ in ("to", "with"))]
        same = [p for p in same if p.label_ in self.officials] or same  # not "In Mexico City, Sheinbaum said she"
        if same:
            return self._person(same[0].label_)
        earlier = [p for p in self.persons if p.start < sentence.start and p.start not in quoted]
        if not earlier:
            return None, None
        last_sentence = earlier[-1].sent
        first = next(p for p in earlier if p.start >= last_sentence.start)
        return self._person(first.label_)

    def _person(self, name: str) -> tuple[str, str | None]:
        official = self.officials.get(name)
        return name, official["country"] if official else None

    def _official_by_role(self, head: Token, before: int) -> str | None:
        """"the minister said": the latest official mentioned before whose title has that word."""
        if head.lower_ in ("ministry", "house", "government", "commission", "department", "office"):
            return None
        if not any(det.lower_ in ("the", "this") for det in head.children) and head.pos_ != "NOUN":
            return None
        role = [t.lower_ for t in head.lefts if t.dep_ in ("compound", "amod")] + [head.lower_]
        for span in reversed(self.persons):
            official = self.officials.get(span.label_)
            if span.start < before and official and official.get("title") and _title_fits(role, official["title"]):
                return span.label_
        return None

    def _institution(self, tokens: list[Token]) -> tuple[str | None, str | None]:
        """"the White House", "China's commerce ministry", "Beijing", "the ministry"."""
        if any(t.text == "," for t in tokens):  # "NASA, the US space agency," -> "NASA"
            tokens = tokens[:next(k for k, t in enumerate(tokens) if t.text == ",")]
        words = [t for t in tokens if not (t.i == tokens[0].i and t.lower_ in ("the", "a", "an"))]
        head = words[-1] if words else None
        if head is None or not (head.pos_ == "PROPN" or head.lower_ in INSTITUTIONS):
            return None, None  # "the coach said", "a spokesman said": nobody named
        text = span_text(self.doc[words[0].i:words[-1].i + 1])
        country = next((self.country_at[t.i] for t in words if t.i in self.country_at), None)
        return text, country

    def countries_of(self, tokens, places: bool = False) -> list[str]:
        """Country codes a phrase stands for: its country words, its officials' countries,
        a pronoun's antecedent, or an institution's country ("the Trump administration" -> USA)."""
        codes: list[str] = []
        for token in tokens:
            code = self.country_at.get(token.i) or (self.place_at.get(token.i) if places else None)
            if code is None and token.i in self.person_at:
                official = self.officials.get(self.person_at[token.i])
                code = official["country"] if official else None
            if code and code not in codes:
                codes.append(code)
        if not codes and "EU" in self.country_at.values() and any(
                t.lower_ == "bloc" and any(c.lower_ in ("the", "this") for c in t.children)
                or t.lower_ == "states" and any(c.lower_ == "member" for c in t.children) for t in tokens):
            codes = ["EU"]  # "the bloc", "member states" in a story about the European Union
        heads = [t for t in tokens if t.lower_ in INSTITUTIONS and t.dep_ in ("nsubj", "nsubjpass", "ROOT", "pobj", "dobj")]
        if not codes and heads:
            codes = self._institution_country(heads[0])
        if not codes:
            codes = self._short_body_country(tokens)
        if not codes and heads and heads[0].text == "Commission" and "EU" in self.country_at.values():
            codes = ["EU"]  # "the Commission" of an EU story, with no other commission named before
        bare_administration = [t for t in tokens if t.lower_ == "administration" and t.dep_ in ("nsubj", "nsubjpass", "compound")
                               and not any(c.dep_ in ("compound", "poss", "amod") for c in t.children)]
        if not codes and bare_administration and "USA" in self.country_at.values():
            codes = ["USA"]  # "Administration officials turned him down": Washington's, in a story that names the US
        if not codes and heads and heads[0].lower_ == "government" and heads[0].dep_ == "nsubj" \
                and any(c.lower_ == "the" for c in heads[0].children) and len(list(heads[0].children)) == 1:
            codes = self._country_subject_before(heads[0])  # "Hanoi also moved early. ... the government cut duties"
        roles = [t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and any(
            c.dep_ == "det" and c.lower_ == "the" for c in t.children))]  # "the minister", "the President"
        if not codes and roles:  # "the president", "the minister": the official meant
            name = self._official_by_role(roles[0], roles[0].i)
            official = self.officials.get(name) if name else None
            if official and official.get("country"):
                codes = [official["country"]]
        if not codes:
            pronouns = [t for t in tokens if t.lower_ in PRONOUNS]
            if pronouns:
                _, code = self._antecedent(pronouns[0])
                if code:
                    codes.append(code)
            elif any(t.lower_ in ("it", "they", "its", "their") for t in tokens):
                codes = self._country_subject_before(tokens[0])
        return codes

    def _institution_country(self, head: Token) -> list[str]:
        """"the ministry ordered ...": the country of the latest earlier "China's commerce ministry"."""
        for token in reversed(self.doc[:head.i]):
            if token.lower_ == head.lower_:
                own = [t for t in token.subtree if t.i <= token.i or any(  # not "... and the European Union"
                    a.dep_ == "prep" and a.lower_ == "of" and a.head.i == token.i for a in t.ancestors)]
                codes = [self.country_at[t.i] for t in own if t.i in self.country_at] or [
                    (self.officials.get(self.person_at[t.i]) or {}).get("country") for t in own
                    if t.i in self.person_at]  # "the Trump administration ... the administration imposed": his
                if codes and codes[0]:
                    return codes[:1]
        served = {(self.officials.get(self.person_at[t.i]) or {}).get("country") for t in head.sent if t.i in self.person_at}
        served.discard(None)  # "In the budget presented by Finance Minister Sitharaman, the government cut ...": hers
        return list(served) if len(served) == 1 else []

    def _short_body_country(self, tokens) -> list[str]:
        """"Commerce announced duties on March 20" after "the Commerce Department": a body named
        again by its first word alone, in the subject."""
        for token in tokens:
            if token.pos_ != "PROPN" or token.dep_ not in ("nsubj", "nsubjpass", "agent") or token.i in self.country_at:
                continue
            if self._bodies is None:  # the first "X Department", "X Ministry" of each X, found once per article
                self._bodies = {}
                for word, body in zip(self.doc, self.doc[1:]):
                    if body.lower_ in INSTITUTIONS and word.text not in self._bodies:
                        self._bodies[word.text] = (word.i, [self.country_at[t.i] for t in body.subtree if t.i in self.country_at][:1])
            where, codes = self._bodies.get(token.text, (len(self.doc), []))
            if where < token.i:
                return codes
        return []

    def _country_subject_before(self, pronoun: Token) -> list[str]:
        """"it", "they": the countries of the latest sentence subject that names one. A subject
        earlier in the same sentence wins ("Economists say ..., but they warn"), countries or not."""
        sentence = pronoun.sent
        earlier = [t for t in sentence if t.i < pronoun.i and t.dep_ in ("nsubj", "nsubjpass")
                   and t.lower_ not in ("it", "they", "its", "their")
                   and t.head.dep_ not in ("relcl", "acl")]  # not "the framework London agreed": the order, not London
        if earlier:  # "Canada, the largest supplier to the U.S. market, said it ...": Canada
            return self.countries_of(_without_modifiers(earlier[-1]))
        for previous in reversed([s for s in self.doc.sents if s.end <= sentence.start][-3:]):
            subject = next((t for t in previous if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            if subject is not None:
                codes = self.countries_of([t for t in subject.subtree if t.lower_ not in ("it", "they", "its", "their")])
                if codes:
                    return codes
        return []

    def institution_of(self, tokens) -> str | None:
        """A government body acting ("the European Commission", "USTR"), from the official's
        organisation or the phrase's own institution words."""
        for token in tokens:
            official = self.officials.get(self.person_at.get(token.i, ""))
            if official and official.get("org"):
                return official["org"]
        text, _ = self._institution(list(tokens)) if tokens else (None, None)
        return text if text and any(t.lower_ in INSTITUTIONS for t in tokens) else None


def main_pair_of_countries(doc: Doc) -> list[str]:
    """The two countries the article names most, when they clearly lead ("the two sides")."""
    counts = Counter(span.label_ for span in doc.spans.get("countries", [])).most_common(3)
    if len(counts) < 2 or counts[1][1] < 2 or (len(counts) == 3 and counts[2][1] == counts[1][1]):
        return []
    return sorted(code for code, _ in counts[:2])


def _without_modifiers(head: Token) -> list[Token]:
    """A noun phrase without its appositions, relative clauses and prepositional tails."""
    tokens, stack = [], [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("appos", "relcl", "acl", "prep", "punct"))
    return tokens


def _title_fits(role: list[str], title: str) -> bool:
    """"the minister" fits "Minister for Trade" but not "Prime Minister"; "the prime minister" fits it."""
    words = title.lower().replace("-", " ").split()
    if role[-1] not in words:
        return False
    position = words.index(role[-1])
    modifiers = set(words[:position]) & {"prime", "vice", "deputy", "assistant", "former"}
    return modifiers <= set(role)


def evidence(sentence: Span) -> dict:
    """A sentence as evidence: its text without trailing line breaks, and its character span."""
    text = span_text(sentence).rstrip()
    return {"text": text, "start": sentence.start_char, "end": sentence.start_char + len(text)}
