"""Direct quotations and the positions they state: who said what, when, about what.

Quote spans come from ``quotemarks.py``; the speaker from the reporting verb
next to the quote (``"Q," X said``, ``said X``, ``X said: "Q"``, ``X told CNBC,
"Q"``, ``X noted in an interview that 'Q'``, ``adding, "Q"``, ``according to X``),
a quote split by its attribution, or the previous quote (a follow-on quote
with no verb). Pronouns and role nouns ("he said", "the minister said")
resolve to the named person; institutions and capitals speak for themselves.
Indirect speech ("Greer said the president maintains ...") becomes a
position with ``direct: false``.
"""
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..context import PRONOUNS, ArticleContext
from .base import TableComponent
from ..quotemarks import find_quotes
from ..resources import read_tsv, resource_path
from ..doctext import doc_text
from ..token_index import WordTest

WORD = re.compile(r"[\w'’-]+")
SCARE_LEADS = {"called", "dubbed", "so-called", "known", "named", "titled", "labelled", "labeled", "branded"}


@Language.factory(
    "trade_quotes",
    default_config={"verbs": "", "stance_cues": "", "stances": "", "topics": "", "min_words": 3},
    assigns=["doc._.quotes", "doc._.positions"],
    requires=["doc.spans", "doc._.officials", "doc._.dates", "token.dep"],
)
def make_quote_finder(nlp: Language, name: str, verbs: str, stance_cues: str, stances: str, topics: str,
                      min_words: int):
    tables = {
        "verbs": [r[0] for r in read_tsv(verbs or resource_path("reporting_verbs.tsv"))],
        "stance_cues": read_tsv(stance_cues or resource_path("stance_cues.tsv")),
        "stances": read_tsv(stances or resource_path("stances.tsv")),
        "topics": read_tsv(topics or resource_path("topics.tsv")),
    }
    return QuoteFinder(nlp, name, dict(tables, min_words=min_words))


class QuoteFinder(TableComponent):
    """Writes ``doc._.quotes`` (direct) and ``doc._.positions`` (indirect speech)."""


    def _build(self, tables: dict) -> None:
        self.min_words = tables["min_words"]
        self.verbs = set(tables["verbs"])
        self.reporting_lemmas = WordTest(self.verbs.__contains__, "lemma")
        self.stance_order = list(dict.fromkeys(row[0] for row in tables["stance_cues"]))
        self.cues_by_stance = {stance: [row[1] for row in tables["stance_cues"] if row[0] == stance]
                               for stance in self.stance_order}
        self.quad = {row[0]: (row[1] or None) for row in tables["stances"]}
        self.topics = sorted(((row[0], row[1]) for row in tables["topics"]), key=lambda r: -len(r[0]))

    def __call__(self, doc: Doc) -> Doc:
        context = ArticleContext(doc)
        quotes = []
        previous: dict | None = None
        pieces = [(piece, doc.char_span(piece.start, piece.end, alignment_mode="expand"))
                  for piece in find_quotes(doc_text(doc))]
        quoted = {i for _, inner in pieces if inner is not None for i in range(inner.start - 1, inner.end + 1)}
        for piece, inner in pieces:
            text = piece.text(doc_text(doc)).strip()
            if inner is None or len(WORD.findall(text)) < self.min_words:
                continue
            speaker_phrase, cue = self._attribution(doc, inner, quoted)
            if speaker_phrase is None and self._is_scare_quote(doc, inner, text):
                continue
            speaker, country = context.resolve(speaker_phrase, inner.start, quoted)
            if speaker_phrase is None and previous is not None and self._follows(doc, previous, inner):
                speaker, country, cue = previous["speaker"], previous["speaker_country"], previous["cue"]
            elif _pronoun(speaker_phrase) and previous is not None and previous["speaker"] and self._follows(doc, previous, inner) \
                    and "\n" not in doc_text(doc)[previous["end"]:inner.start_char]:
                speaker, country = previous["speaker"], previous["speaker_country"]  # '"...?" he wrote, setting the Fed
                # chief beside Xi Jinping. "We don't need China," he added': the writer goes on
            start = piece.start + (len(piece.text(doc_text(doc))) - len(piece.text(doc_text(doc)).lstrip()))
            record = self._describe(doc, inner, text, cue, speaker, country, direct=True)
            record.update({"start": start, "end": start + len(text), "continues": piece.continues})
            quotes.append(record)
            previous = record
        doc._.quotes = quotes
        doc._.positions = self._positions(doc, context, quotes, quoted)
        return doc

    # -- attribution -----------------------------------------------------------------

    def _attribution(self, doc: Doc, inner: Span, quoted: set[int]) -> tuple[Span | Token | None, str | None]:
        """The speaker phrase and cue for a quote, from its own sentence."""
        sentence_start = inner[0].sent.start
        sentence_end = inner[-1].sent.end
        for token in inner:  # the parse's own answer: the quote is the object of a reporting verb
            head = token.head
            if not inner.start <= head.i < inner.end and head.lemma_ in self.verbs and head.pos_ == "VERB":
                subject = _subject(head, quoted)
                if subject is not None:
                    return subject, head.text
        root = inner.root
        for head in list(root.ancestors)[:4]:  # "Niedermark said a 15% rate would have 'immense negative
            if head.lemma_ in self.verbs and head.pos_ == "VERB" and not inner.start <= head.i < inner.end:
                subject = _subject(head, quoted)  # effects' on exporters, while Müller said ...": the quote's
                if subject is not None:  # own clause hangs from Niedermark's "said"
                    return subject, head.text
                break
        for token in doc[inner.end:min(sentence_end, inner.end + 25)]:
            if token.i in quoted and token.i > inner.end + 1:
                break  # the next quotation: what follows belongs to it
            if token.lemma_ in self.verbs and token.pos_ in ("VERB", "AUX"):
                subject = _subject(token, quoted)
                if subject is not None:
                    return subject, token.text
        for token in reversed(doc[sentence_start:inner.start]):
            if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
                return _noun_phrase_after(doc, token.i + 2), "according to"
            if token.lemma_ in self.verbs and token.pos_ in ("VERB", "AUX"):
                subject = _subject(token, quoted)
                if subject is not None:
                    return subject, token.text
        for token in doc[inner.end:sentence_end]:
            if token.lower_ == "according" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to":
                return _noun_phrase_after(doc, token.i + 2), "according to"
        after = doc[sentence_end].sent if sentence_end < len(doc) and sentence_end <= inner.end + 1 else None
        if after is not None and after.root.lemma_ in self.verbs and len(after) <= 15 and not any(
                c.dep_ in ("dobj", "ccomp", "xcomp") for c in after.root.children) and not any(
                t.lower_ == "that" for t in after):  # not "Trump had said the day after ... that Lula was free"
            subject = _subject(after.root, quoted)  # "'... not good at this time!' | Trump tweeted.": the
            if subject is not None:  # quote's "!" ended the sentence before its attribution
                return subject, after.root.text
        lead = doc[inner.start - 2] if inner.start >= 2 else None
        if lead is not None and lead.text in (":", "—", "–", "-") and lead.i > sentence_start:
            verb = lead.head if lead.head.pos_ in ("VERB", "AUX") else doc[sentence_start:lead.i].root
            subject = _subject(verb, quoted)  # "Farrell was blunt: 'Q'"
            if subject is not None:
                return subject, lead.text
        return None, None

    def _is_scare_quote(self, doc: Doc, inner: Span, text: str) -> bool:
        """Titles and named plans ('Make American Shipbuilding Great Again') quoted in narration."""
        before = doc[inner.start - 2] if inner.start >= 2 else None
        if before is not None and before.lower_ in SCARE_LEADS:
            return True
        words = WORD.findall(text)
        title_case = sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
        ends_sentence = text.rstrip()[-1:] in ".!?"
        short_inside_narration = len(words) < 6 and inner.start > inner.sent.start + 2
        return not ends_sentence and (title_case or short_inside_narration)

    @staticmethod
    def _follows(doc: Doc, previous: dict, inner: Span) -> bool:
        """A quote with no verb right after another quote (same or next paragraph), and no
        other person named in between."""
        between = doc_text(doc)[previous["end"]:inner.start_char]
        if between.count("\n") > 2:
            return False
        attribution_end = doc.char_span(previous["start"], previous["end"], alignment_mode="expand")[-1].sent.end_char
        others = {span.label_ for span in doc.spans.get("persons", [])  # names in the attribution itself do not count
                  if max(previous["end"], attribution_end) <= span.start_char and span.end_char <= inner.start_char}
        return others <= {previous["speaker"]}

    # -- what the quote says ---------------------------------------------------------

    def _describe(self, doc, inner: Span, text: str, cue, speaker, country, direct: bool) -> dict:
        lowered = " " + " ".join(WORD.findall(text.lower())) + " "
        cue_lower = (cue or "").lower()
        stance, matched = "neutral", []
        for candidate in self.stance_order:
            hits = [c for c in self.cues_by_stance[candidate] if f" {c} " in lowered or c in cue_lower]
            if hits:
                stance, matched = candidate, hits
                break
        topics = list(dict.fromkeys(topic for word, topic in self.topics if f" {word} " in lowered))
        sentence = inner[0].sent
        date = next((d["value"] for d in doc._.dates or [] if sentence.start_char <= d["start"] < sentence.end_char
                     and not inner.start_char <= d["start"] < inner.end_char), None)  # the day it was said, not
        # a day the quoted words name ("an agreement by August 1")
        return {"text": text, "speaker": speaker, "speaker_country": country, "cue": cue, "date": date,
                "topics": topics, "stance": stance, "stance_cues": matched, "plover": self.quad.get(stance),
                "direct": direct}

    def _positions(self, doc: Doc, context: ArticleContext, quotes: list[dict], quoted: set[int]) -> list[dict]:
        """Indirect speech: a reporting verb with a clause and a named speaker, outside quote marks."""
        quoted_chars = [(q["start"], q["end"]) for q in quotes]
        positions = []
        for token in (doc[i] for i in self.reporting_lemmas.positions(doc)):
            if token.pos_ != "VERB":
                continue
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            subject = _subject(token, quoted)
            if clause is None or subject is None:
                continue
            span = doc[clause.left_edge.i:clause.right_edge.i + 1]
            if any(s < span.end_char and span.start_char < e for s, e in quoted_chars) or len(span) < 4:
                continue
            speaker, country = context.resolve(subject, token.i)
            if speaker is None:
                continue
            record = self._describe(doc, span, span.text, token.text, speaker, country, direct=False)
            record.update({"start": span.start_char, "end": span.end_char})
            positions.append(record)
        return positions



def _pronoun(phrase) -> bool:
    return phrase is not None and (phrase if isinstance(phrase, Token) else phrase.root).lower_ in PRONOUNS


def _noun_phrase_after(doc: Doc, start: int) -> Span:
    """"according to Commerce Secretary Howard Lutnick, who ..." -> the words up to the clause."""
    end = start
    while end < len(doc) and end - start < 8 and not doc[end].is_punct and doc[end].lower_ not in ("who", "which", "that"):
        end += 1
    return doc[start:max(end, start + 1)]


def _subject(verb: Token, quoted: set[int]) -> Token | None:
    """The subject of a reporting verb, or of the verb it hangs from ("..., adding, 'Q'").

    Subjects inside quotation marks are the quote's own words, not its speaker.
    """
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted), None)
        if subject is not None:
            return subject
        if verb.dep_ in ("advcl", "xcomp", "conj", "ccomp", "pcomp", "relcl") and verb.head.i != verb.i:
            if verb.dep_ == "relcl":
                return verb.head
            verb = verb.head
        else:
            return None
    return None
