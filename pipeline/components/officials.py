"""Officials: named people who hold a public office, with title, country and organisation.

Names come from ``names.py``; titles from the words before a name ("U.S.
Treasury Secretary Scott Bessent", "Japan's Prime Minister Shinzo Abe") and
from an apposition after it ("Jamieson Greer, the U.S. Trade Representative
(USTR),", "Jeong In-kyo, head of the Trade Negotiation Headquarters,"). The
country comes from the title's country word, the government body it names,
a list of well-known officials, or the origin of the name in context.
"""

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .base import TableComponent
from ..doctext import doc_text, headline_length, span_text
from ..names import TitleVocabulary, add_repeated_mentions, canonical_name, cluster_names, name_parts, person_spans
from ..resources import read_tsv, resource_path
from ..token_index import WordTest

CONNECTORS = {"of", "and", "for", "the", "&", "in", "to", "on"}
HYPHENS = {"-", "‐", "–"}
# A formal office beats a description ("Vice Premier" over "top negotiator") when choosing the fullest title.
FORMAL_OFFICES = {"president", "premier", "minister", "secretary", "chancellor", "commissioner", "representative",
                  "governor", "ambassador", "king", "queen", "emperor", "mayor", "senator", "chairperson",
                  "chairman", "chairwoman", "chair", "head", "director", "spokesperson", "spokesman", "spokeswoman"}
SHARED_HEADS = {"president", "chairman", "chairwoman", "chairperson", "chair", "director", "head", "chief"}
COMMAS = WordTest(",".__eq__)
STOP_APPOSITION = {",", ".", ";", "(", ")", ":", "who", "which", "that", "said", "says", "—", "–"}


@Language.factory(
    "trade_officials",
    default_config={"titles": "", "bodies": "", "places": "", "known": "", "surnames": "", "letters": "", "ambiguous": ""},
    assigns=["doc._.officials", "doc.spans"],
    requires=["doc.ents", "token.dep", "doc.spans"],
)
def make_official_finder(nlp: Language, name: str, titles: str, bodies: str, places: str, known: str,
                         surnames: str, letters: str, ambiguous: str):
    tables = {
        "titles": read_tsv(titles or resource_path("titles.tsv")),
        "bodies": read_tsv(bodies or resource_path("government_bodies.tsv")),
        "places": read_tsv(places or resource_path("subnational.tsv")),
        "known": read_tsv(known or resource_path("known_officials.tsv")),
        "surnames": read_tsv(surnames or resource_path("name_origins.tsv")),
        "letters": read_tsv(letters or resource_path("name_letters.tsv")),
        "ambiguous": [r[0] for r in read_tsv(ambiguous or resource_path("ambiguous_surnames.tsv"))],
    }
    return OfficialFinder(nlp, name, tables)


class OfficialFinder(TableComponent):
    """Writes ``doc._.officials`` and the name spans ``doc.spans["officials"]``."""


    def _build(self, tables: dict) -> None:
        self.roles = {row[0]: row[1] for row in tables["titles"]}
        self.vocabulary = TitleVocabulary(self.roles)
        self.body_country = {row[0]: (row[1] if len(row) > 1 and row[1] else None) for row in tables["bodies"]}
        self.place_country = {row[0]: row[1] for row in tables["places"]}
        self.known = {row[0]: (row[1] or None, row[2] if len(row) > 2 else None) for row in tables["known"]}
        self.known_plain = {_plain(full): entry for full, entry in self.known.items()}  # "George W Bush"
        self.known_surnames: dict[str, set] = {}
        for full, (code, _) in self.known.items():
            self.known_surnames.setdefault(name_parts(full)[-1], set()).add(full)
        self.origin = {row[0]: row[1] for row in tables["surnames"]}
        self.letters = [(set(row[0]), row[1].split(",")) for row in tables["letters"]]
        self.bodies = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.bodies.add("BODY", [self.nlp.tokenizer(p) for p in self.body_country])
        self.bodies.add("PLACE", [self.nlp.tokenizer(p) for p in self.place_country])
        self.known_names = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.known_names.add("KNOWN", [self.nlp.tokenizer(p) for p in self.known])
        # "Trump", "Lutnick": distinctive surnames of known officials also stand alone
        self.ambiguous = set(tables["ambiguous"])
        distinctive = [s for s, fulls in self.known_surnames.items()
                       if len({self.known[f][0] for f in fulls}) == 1 and len(s) >= 4 and s not in self.ambiguous]
        self.known_names.add("SURNAME", [self.nlp.tokenizer(s) for s in distinctive])

    def __call__(self, doc: Doc) -> Doc:
        country_at = {i: span.label_ for span in doc.spans.get("countries", []) for i in range(span.start, span.end)}
        body_spans = [(doc.vocab.strings[m], s, e) for m, s, e in self.bodies(doc)]
        blocked = set(country_at) | {i for label, start, end in body_spans if label == "BODY" for i in range(start, end)}
        extra = [doc[start:end] for _, start, end in self.known_names(doc)]
        extra += self._names_before_apposition(doc, blocked, country_at, body_spans)
        names = person_spans(doc, self.vocabulary, blocked, extra)
        officials, name_spans = [], []
        clusters = cluster_names(names)
        add_repeated_mentions(doc, clusters, blocked)
        name_tokens = {i for cluster in clusters for span in cluster for i in range(span.start, span.end)}
        persons = []
        for cluster in clusters:
            own = {i for span in cluster for i in range(span.start, span.end)}
            others = name_tokens - own
            record = self._official(doc, cluster, country_at, body_spans, others)
            canonical = record["name"] if record else canonical_name(cluster)
            persons.extend(Span(doc, s.start, s.end, label=canonical) for s in cluster)
            if record is not None:
                officials.append(record)
                name_spans.extend(cluster)
        doc.spans["officials"] = sorted(name_spans, key=lambda s: s.start)
        # every named person, officials or not, labelled with the person's fullest name
        doc.spans["persons"] = sorted(persons, key=lambda s: s.start)
        doc._.officials = officials
        return doc

    def _official(self, doc, cluster, country_at, body_spans, others: set[int]) -> dict | None:
        name = canonical_name(cluster)
        titles = []
        for span in cluster:
            for region in (self._title_before(span, country_at), self._title_after(span)):
                if region is not None and not others.intersection(range(region.start, region.end)):
                    titles.append(region)  # not "Lula, President Javier Milei of Argentina, ..."
        roles = [self._title_role(doc, region, country_at, body_spans) for region in titles]
        known = self._known(name, doc_text(doc))
        if "not_official" in roles and "office" not in roles:
            return None
        if not ("office" in roles or known is not None):
            return None
        official_titles = [r for r, role in zip(titles, roles) if role == "office"]
        title_region = max(official_titles, key=lambda r: (any(t.lower_ in FORMAL_OFFICES for t in r),
                                                           len(self._title_text(r, country_at) or "")), default=None)
        title = self._title_text(title_region, country_at) if title_region is not None else None
        country, org = None, None
        for region in official_titles:
            country = country or self._region_country(region, country_at, body_spans) or _whose_country(region, country_at)
            org = org or self._region_body(region, body_spans)
        title_source = "text" if title else None
        if known is not None:
            country = country or known[0]
            if title is None and known[1]:
                title, title_source = known[1], "known"
        if country is None:
            country = self._country_from_origin(doc, name, country_at)
        if country is None:
            country = self._country_of_party_label(cluster)
        if country is None:
            country = self._country_of_sentence(cluster, country_at)
        aliases = []
        for span in cluster:
            for form in (span.text, self._honorific_form(span)):
                if form and form != name and form not in aliases:
                    aliases.append(form)
        return {
            "name": name, "aliases": aliases, "title": title, "title_source": title_source,
            "country": country, "org": org,
            "former": bool(title and title.lower().startswith("former")),
            "mentions": [{"text": s.text, "start": s.start_char, "end": s.end_char} for s in cluster],
        }

    # -- titles ------------------------------------------------------------------

    def _names_before_apposition(self, doc, blocked, country_at, body_spans) -> list[Span]:
        """"Jamison Greer, U.S. Trade Representative (USTR),": a capitalised run before an office."""
        names = []
        for comma in (doc[i] for i in COMMAS.positions(doc)):
            start = comma.i
            while start > 0 and comma.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and start - 1 not in blocked and not self.vocabulary.is_title_word(doc[start - 1]):
                start -= 1
            while start < comma.i and (doc[start].is_stop or doc[start].ent_type_ in ("DATE", "TIME")):
                start += 1
            if comma.i - start < 2:
                continue
            region = self._title_after(doc[start:comma.i])
            if region is not None and self._title_role(doc, region, country_at, body_spans) == "office":
                names.append(doc[start:comma.i])
        return names

    def _is_title_token(self, token) -> bool:
        if self.vocabulary.is_title_word(token):
            return True
        return (token.is_title or token.is_upper) and token.pos_ in ("PROPN", "NOUN", "ADJ") \
            and token.ent_type_ not in ("DATE", "PERSON", "CARDINAL", "TIME")

    def _title_before(self, span: Span, country_at: dict) -> Span | None:
        """The title words right before a name, country words and possessives included.

        Also "Japan's Minister of Economy, Trade and Industry, Hiroshige Seko":
        a title set off by a comma.
        """
        end = span.start
        if end >= 2 and span.doc[end - 1].text == "," and self._is_title_token(span.doc[end - 2]):
            end -= 1
        region = self._walk_title_left(span.doc, end, country_at)
        if region is None or (end < span.start and not self._has_head(region)):
            return None
        return region

    def _walk_title_left(self, doc: Doc, end: int, country_at: dict) -> Span | None:
        i = end - 1
        start = end
        while i >= 0:
            token = doc[i]
            if token.text in ("'s", "’s") and i - 1 in country_at:
                i -= 1
                continue
            collected = doc[i + 1:end]
            if i in country_at or self._is_title_token(token):
                start = i
            elif token.lower_ in CONNECTORS and i > 0 and (self._is_title_token(doc[i - 1]) or i - 1 in country_at) \
                    and (token.lower_ in ("and", "&") or not self._has_head(collected)):
                pass  # "Minister of Trade, ...", not "spokesperson for U.S. Trade Representative Tai"
            elif token.text in HYPHENS and not token.whitespace_ and i > 0 and self._is_title_token(doc[i - 1]):
                pass  # "Agri-Food", "vice-president"
            elif token.text == "," and self._portfolio_before_head(collected) and i > 0 and self._is_title_token(doc[i - 1]):
                pass
            else:
                break
            i -= 1
        return doc[start:end] if start < end else None

    def _portfolio_before_head(self, collected: Span) -> bool:
        """"Economy, Trade and Industry Minister": an "and" list before any office word."""
        for token in collected:
            if self.roles.get(token.lower_) in ("office", "context"):
                return False
            if token.lower_ == "and":
                return True
        return False

    def _has_head(self, region: Span) -> bool:
        return any(self.roles.get(t.lower_) in ("office", "context") for t in region)

    def _title_after(self, span: Span) -> Span | None:
        """", the U.S. Trade Representative (USTR)," / ", head of the ... Headquarters,"."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return None
        end = span.end + 1
        while end < len(doc) and not (
                doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD") and not self.vocabulary.is_title_word(doc[end])):
            if doc[end].text == "," and self._portfolio_continues(doc, end):
                end += 1  # "Minister of Development, Industry, Trade and Services"
                continue
            if doc[end].text in STOP_APPOSITION:
                break
            end += 1
        if end == span.end + 1 or end - span.end > 16:
            return None
        region = doc[span.end + 1:end]
        first_title = next((t for t in region if self.vocabulary.is_title_word(t)), None)
        if first_title is not None and any(t.pos_ == "ADP" and t.lower_ != "of" for t in region if t.i < first_title.i):
            return None  # "Wang Yi travelled to Canberra for talks with Senator Wong, the first visit by a Chinese
            # foreign minister in seven years": what the visit was, not her title
        if end < len(doc) and doc[end].text == "(":  # keep "(USTR)" beside the title for the org
            close = next((k for k in range(end, min(end + 6, len(doc))) if doc[k].text == ")"), None)
            if close is not None:
                region = doc[span.end + 1:close + 1]
        return region

    def _portfolio_continues(self, doc: Doc, comma: int) -> bool:
        """A comma inside a list of portfolios: capitalised words, then "and" before the next stop."""
        if comma == 0 or not doc[comma - 1].is_title or comma + 1 >= len(doc) or not doc[comma + 1].is_title:
            return False
        for token in doc[comma + 1:comma + 8]:
            if token.lower_ == "and":
                return True
            if not (token.is_title or token.text == "," or token.text in HYPHENS):
                return False
        return False

    def _title_role(self, doc, region: Span, country_at, body_spans) -> str | None:
        """office, not_official or None for a title region.

        "president of the United Steelworkers union" is not an office: a head
        that companies and unions also have needs a government body or country.
        """
        words = [t.lower_ for t in region]
        phrases = words + [" ".join(p) for p in zip(words, words[1:])]
        heads = [self.roles[w] for w in phrases if self.roles.get(w) in ("office", "context", "not_official")]
        if "not_official" in heads:
            return "not_official"
        governed = self._region_body(region, body_spans) or self._region_country(region, country_at, body_spans)
        if "office" in heads:
            of_organisation = "of" in words and any(w in SHARED_HEADS for w in words)
            return None if of_organisation and not governed else "office"
        if "context" in heads and governed:
            return "office"
        return None

    def _title_text(self, region: Span | None, country_at: dict) -> str | None:
        if region is None:
            return None
        tokens = [t for t in region if t.text != ")" or any(x.text == "(" for x in region)]
        start, end = 0, len(tokens)
        if any(t.text == "(" for t in tokens):
            end = next(k for k, t in enumerate(tokens) if t.text == "(")
        possessive = next((k for k, t in enumerate(tokens[:4]) if t.text in ("'s", "’s")), None)
        if possessive is not None and possessive + 1 < end:
            start = possessive + 1  # "the Commission's executive vice-president" -> "executive vice-president"
        while start < end and (tokens[start].i in country_at or tokens[start].lower_ in ("the", "a", "an", "'s", "’s", ",")
                               or tokens[start].is_punct):
            start += 1
        while end > start and (tokens[end - 1].is_punct or tokens[end - 1].lower_.rstrip(".") in
                               {w for w, r in self.roles.items() if r == "honorific"}):
            end -= 1
        if end <= start:
            return None
        doc = region.doc
        return span_text(doc[tokens[start].i:tokens[end - 1].i + 1])

    def _region_country(self, region: Span, country_at: dict, body_spans) -> str | None:
        for token in region:
            if token.i in country_at:
                return country_at[token.i]
        for label, start, end in body_spans:
            if region.start <= start and end <= region.end:
                text = span_text(region.doc[start:end])
                code = self.body_country.get(text) if label == "BODY" else self.place_country.get(text)
                if code:
                    return code
        return None

    def _region_body(self, region: Span, body_spans) -> str | None:
        inside = [(start, end) for label, start, end in body_spans
                  if label == "BODY" and region.start <= start and end <= region.end]
        if not inside:
            return None
        start, end = max(inside, key=lambda se: se[1] - se[0])
        return span_text(region.doc[start:end])

    # -- country from what we know -------------------------------------------------

    def _known(self, name: str, text: str = ""):
        """The known official a name is, by full name or by a distinctive surname the text uses alone."""
        if name in self.known:
            return self.known[name]
        if _plain(name) in self.known_plain:
            return self.known_plain[_plain(name)]  # "George W Bush", "George W. Bush"
        parts = name_parts(name)
        fulls = self.known_surnames.get(parts[-1], set())
        if len(parts) == 1 and fulls and re.search(r"\b(?:[A-Z]\.\s?){1,3}" + re.escape(parts[0]) + r"\b", text):
            return None, None  # "R.B. Bennett", an office holder of that name, but not the known Naftali Bennett
        if len(parts) != 1 or not fulls or len(fulls) > 1 and name in self.ambiguous:
            return None  # "Rice and Beef Kept Off the Table": two Rices, and rice
        if len(fulls) == 1:
            return self.known[next(iter(fulls))]
        countries = {self.known[full][0] for full in fulls}
        titles = {self.known[full][1] for full in fulls}  # "Seade" and "Seade" spelt two ways; two Shinawatras
        return (countries.pop(), titles.pop() if len(titles) == 1 else None) if len(countries) == 1 else None

    def _country_from_origin(self, doc, name: str, country_at: dict) -> str | None:
        """"Yeo Han-koo" in an article about Korea: a family-name-first name of a country it mentions;
        "Çavuşoğlu", "Márquez": letters only some of the countries it mentions write."""
        parts = name_parts(name)
        mentioned = set(country_at.values())
        if parts and parts[0] in self.origin:
            code = self.origin[parts[0]]
            for candidate in code.split(","):
                if candidate in mentioned:
                    return candidate
        for letters, codes in self.letters:  # "Mevlüt Çavuşoğlu" in an article about Turkey and the U.S.
            candidates = [code for code in codes if code in mentioned] if letters & set(name) else []
            if len(candidates) == 1:
                return candidates[0]
        return None

    def _country_of_party_label(self, cluster) -> str | None:
        """"Rep. Mike Conaway, the Texas Republican", "Pat Roberts, a Kansas Republican", "Sherrod Brown,
        D-Ohio": a lawmaker labelled by party and state serves that state's country."""
        for span in cluster:
            after = doc_text(span.doc)[span.end_char:span.end_char + 40]
            if re.match(r",\s*[DRI]-[A-Z]", after):
                return "USA"
            label = re.match(r",\s*(?:the|a)\s+(.+?)\s+(?:Republican|Democrat)\b", after)
            if label and self.place_country.get(label.group(1)):
                return self.place_country[label.group(1)]
        return None

    def _country_of_sentence(self, cluster, country_at: dict) -> str | None:
        """The one country named in the sentence of the person's first mention in the body, if only
        one is: a headline ("U.S. duty lands on Mexican tomatoes; Berdegué seeks talks") sums up both
        sides; else the first later mention's sentence that names one."""
        headline_end = headline_length(doc_text(cluster[0].doc))
        body = [span for span in cluster if span.start_char >= headline_end]
        for number, span in enumerate(body or cluster):
            if number > 0 and span.root.dep_ in ("pobj", "dobj", "dative"):
                continue  # "Ottawa did not wait for Hoover to pick up his pen": Ottawa is not his
            sentence = span.sent
            codes = {country_at[i] for i in range(sentence.start, sentence.end) if i in country_at
                     and not _other_party(sentence.doc[i])}
            if codes:
                return codes.pop() if len(codes) == 1 else None
        return None

    def _honorific_form(self, span: Span) -> str | None:
        """"President Trump", "Mr. Carney": a one-word title glued to a name, kept as an alias."""
        if span.start == 0:
            return None
        before = span.doc[span.start - 1]
        earlier = span.doc[span.start - 2] if span.start >= 2 else None
        if earlier is not None and self._is_title_token(earlier):
            return None  # "Acting Prime Minister Han": not "Minister Han"
        if self.roles.get(before.lower_.rstrip(".")) in ("office", "context", "honorific") and before.is_title:
            return span_text(span.doc[span.start - 1:span.end])
        return None


def _other_party(token: Token) -> bool:
    """"A decree signed by President Erdogan lifts the tariff on cars imported from the United States":
    a country after "from", "to", "with", "against" or "on" is the other side, not the official's."""
    head = token
    while head.head.i != head.i and (head.dep_ in ("compound", "amod", "poss", "det", "case", "appos")
                                     or head.dep_ == "pobj" and head.head.lower_ == "of"):
        head = head.head if head.dep_ != "pobj" else head.head.head  # "with the office of US Trade Representative Greer"
    return head.dep_ == "pobj" and head.head.lower_ in ("from", "to", "with", "against", "on", "into", "toward", "towards")


def _plain(name: str) -> str:
    """A name without the stops of its initials, for spellings that drop them."""
    return " ".join(name.replace(".", " ").split()).lower()


def _whose_country(region: Span, country_at: dict) -> str | None:
    """"Japan, whose finance minister, Mikio Mizuta, had fought": the country the title belongs to."""
    i = region.start - 1
    if i < 1 or region.doc[i].lower_ != "whose":
        return None
    i -= 2 if region.doc[i - 1].text == "," else 1
    return country_at.get(i)
