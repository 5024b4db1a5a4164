"""Person names in a Doc: the model's PERSON entities, repaired, and grouped per person.

Repairs: a title glued to a name ("Chairperson Hassett"), a name the model
truncates ("Han Duck" for "Han Duck-soo"), a suffix ("Marcos Jr."), a
possessive; names after an office word that the model missed ("Minister Yoo").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token
from .doctext import doc_text
from .token_index import WordTest

SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
PARTICLES = {"von", "van", "der", "den", "de", "da", "do", "dos", "bin", "al", "la", "le", "du"}
HYPHENS = {"-", "‐", "–"}
INITIAL = re.compile(r"[A-Z]\.")  # "S. Jaishankar" (not "U.S.")
HEAD_ROLES = ("office", "context", "honorific")


def person_spans(doc: Doc, vocabulary: TitleVocabulary, blocked: set[int], extra: list[Span]) -> list[Span]:
    """Non-overlapping name spans in text order, longest first on overlap.

    ``blocked`` are token indices that cannot be part of a name (countries,
    government bodies); ``extra`` are names found otherwise (known officials,
    names before an apposition that gives an office).
    """
    found: list[Span] = [s for s in extra]
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            found.append(ent)
    for i in vocabulary.heads.positions(doc):
        span = _name_after_title(doc, i, vocabulary, blocked)
        if span is not None:
            found.append(span)
    repaired = [r for r in (repair(span, vocabulary) for span in found) if r is not None]
    repaired = [r for r in repaired if not any(i in blocked for i in range(r.start, r.end))]
    repaired.sort(key=lambda s: (-(s.end - s.start), s.start))
    result: list[Span] = []
    taken: set[int] = set()
    for span in repaired:
        if not taken.intersection(range(span.start, span.end)):
            result.append(span)
            taken.update(range(span.start, span.end))
    return sorted(result, key=lambda s: s.start)


def _name_after_title(doc: Doc, head: int, vocabulary: TitleVocabulary, blocked: set[int]) -> Span | None:
    """"Minister of Economy, Trade and Industry Nakagawa Shoichi": the name after the title words."""
    i = head + 1
    while i < len(doc) and (vocabulary.is_title_word(doc[i]) or i in blocked
                            or doc[i].lower_ in ("of", "and", "for", "the", "'s", "’s")
                            or (doc[i].text == "," and i + 1 < len(doc) and vocabulary.is_title_word(doc[i + 1]))):
        i += 1
    if i > head + 1 and doc[i - 1].lower_ in ("of", "and", "for", "the"):
        return None  # "Representative for South and Central Asia": still the title
    start = end = i
    while end < len(doc) and end - start < 5 and end not in blocked and not vocabulary.is_title_word(doc[end]) and (
            (doc[end].is_title and doc[end].pos_ in ("PROPN", "NOUN", "ADJ", "VERB"))
            or (doc[end].lower_ in PARTICLES and end + 1 < len(doc) and doc[end + 1].is_title)):
        end += 1
    if end == start or doc[start].ent_type_ in ("DATE", "CARDINAL", "ORDINAL", "TIME", "MONEY", "PERCENT"):
        return None
    return doc[start:end]


def repair(span: Span, vocabulary: TitleVocabulary) -> Span | None:
    """Trim titles and punctuation off a name span and extend it over parts the model cut."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (vocabulary.is_title_word(doc[start])
                           or not doc[start].is_alpha and doc[start].text not in HYPHENS
                           and not INITIAL.fullmatch(doc[start].text)):  # "S. Jaishankar" keeps its initial
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’") or doc[end - 1].is_punct):
        end -= 1
    if end <= start:
        return None
    before = doc[start - 1] if start > 0 else None  # "Jan" + "Christian Vestre": a given name the model left out
    if before is not None and start == span.start and before.is_title and before.is_alpha and not before.ent_type_ \
            and not before.is_sent_start and not vocabulary.is_title_word(before) \
            and (doc[start - 2].is_punct or vocabulary.is_title_word(doc[start - 2])):  # not "supplier Tanabe Seiko"
        start -= 1
    # "Ursula von der" + "Leyen": particles the model leaves dangling.
    while end < len(doc) and doc[end - 1].lower_ in PARTICLES and doc[end].is_title:
        end += 1
    # "Han Duck" + "-" + "soo": a hyphenated part written without spaces.
    while end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_alpha:
        end += 2
    if end < len(doc) and doc[end].text in SUFFIXES:
        end += 1
    if not any(t.is_alpha and t.text[:1].isupper() for t in doc[start:end]):
        return None
    return doc[start:end]


class TitleVocabulary:
    """Words of titles (from ``titles.tsv``): office heads, modifiers, honorifics."""

    def __init__(self, roles: dict[str, str]):
        self.roles = roles
        self.words = {w for w, role in roles.items() if role in ("office", "context", "honorific")}
        self.modifiers = {w for w, role in roles.items() if role == "modifier"}
        self.heads = WordTest(lambda lower: roles.get(lower.rstrip(".")) in HEAD_ROLES, "lower")  # titles' head words

    def is_title_word(self, token: Token) -> bool:
        lower = token.lower_
        return lower in self.words or lower in self.modifiers or lower.rstrip(".") in self.words


def name_parts(text: str) -> list[str]:
    return [part for part in text.replace(",", " ").split() if part not in SUFFIXES]


def cluster_names(spans: list[Span]) -> list[list[Span]]:
    """Mentions grouped per person: a short mention joins the latest person it names.

    "Han Duck-soo" ... "Han"; "Donald Trump" ... "Trump"; "Trump" then "Donald Trump".
    The first or the last part counts, for family-name-first names ("Liu He" ... "Liu").
    When two people share the name ("Kim Jung-kwan", "Kim Yong-beom"), "Minister Kim"
    joins the one already called Minister.
    """
    clusters: list[list[Span]] = []
    known: list[tuple[set[str], list[str]]] = []  # per cluster: its mentions' texts, its longest name parts
    for span in spans:
        text = span.text
        parts = name_parts(text)
        candidates = [k for k in reversed(range(len(clusters))) if _same_person(text, parts, *known[k])]
        if not candidates:
            clusters.append([span])
            known.append(({text}, parts))
            continue
        title = _title_before(span)
        titled = [k for k in candidates if title and any(title in _words_before(s) for s in clusters[k])]
        k = (titled or candidates)[0]
        clusters[k].append(span)
        known[k][0].add(text)
        if len(parts) > len(known[k][1]):  # the first of the longest stays on a tie
            known[k] = (known[k][0], parts)
    return clusters


def _same_person(text: str, parts: list[str], texts: set[str], longest: list[str]) -> bool:
    if text in texts or _contains(longest, parts) or _contains(parts, longest):
        return True
    # initials and accents differ ("Maros Sefcovic" / "Maroš Šefčovič" are not merged; initials are)
    return len(parts) > 1 and len(longest) > 1 and parts[-1] == longest[-1] and parts[0][0] == longest[0][0]


def _words_before(span: Span) -> set[str]:
    return {t.lower_ for t in span.doc[max(0, span.start - 10):span.start] if t.is_alpha}


def _title_before(span: Span) -> str | None:
    before = span.doc[span.start - 1] if span.start else None
    return before.lower_ if before is not None and before.is_title and before.is_alpha else None


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """"Lula" in "Luiz Inácio Lula da Silva", "Lacalle Pou" in "Luis Lacalle Pou"."""
    n = len(shorter)
    return 0 < n <= len(longer) and any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def add_repeated_mentions(doc: Doc, clusters: list[list[Span]], blocked: set[int]) -> None:
    """Later bare mentions the model missed ("LeBlanc said", "Keller-Sutter, the President ...").

    Each part of a person's fullest name that stands alone elsewhere in the text
    (capitalised, outside other names) becomes a mention of that person.
    """
    taken = {i for cluster in clusters for span in cluster for i in range(span.start, span.end)}
    for cluster in clusters:
        parts = name_parts(canonical_name(cluster))
        if len(parts) < 2:
            continue
        for part in {parts[0], parts[-1]}:
            if len(part) < 3 or not part[:1].isupper() or part not in doc_text(doc):
                continue
            for start in _standalone(doc_text(doc), part):
                span = doc.char_span(start, start + len(part))
                if span is None or taken.intersection(range(span.start, span.end)) or blocked.intersection(
                        range(span.start, span.end)) or span[0].pos_ not in ("PROPN", "NOUN", "ADJ"):
                    continue
                cluster.append(span)
                taken.update(range(span.start, span.end))
        cluster.sort(key=lambda s: s.start)


def _standalone(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands with no letter, digit, underscore or hyphen touching it
    (the places a lookaround regex would find), without compiling a pattern per name."""
    def free(char: str) -> bool:
        return not (char.isalnum() or char in "_-")

    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or free(text[at - 1])) and (end == len(text) or free(text[end])):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def canonical_name(cluster: list[Span]) -> str:
    """The fullest form: most name parts, the first written on a tie."""
    return max(cluster, key=lambda s: (len(name_parts(s.text)), -s.start)).text
