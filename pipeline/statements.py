"""A statement goes on over several sentences: "China's Ministry of Commerce said on Friday that
the ruling was unfair. ... It urged Washington to correct its practices". The later sentences
have no date of their own; they were said when the statement was made. In a transcript, "we" is
the government of the official whose label opens the speaker's turn."""
import re

from spacy.tokens import Doc, Token

from .context import ArticleContext
from .doctext import doc_text

PRONOUN_SUBJECTS = {"he", "she", "it", "they"}
LOOK_BACK = 3  # sentences
LABEL_REACH = 160  # characters: a speaker label opens its line
LABEL_LOOK_BACK = 16  # lines, blank ones too: a speaker's turn may run over several paragraphs


def statement_day(doc: Doc, context: ArticleContext, verb: Token, speaking: set[str]) -> str | None:
    """The day of the dated statement, in the same paragraph just before, whose speaker the
    pronoun subject of ``verb`` (a speaking verb: "urged", "warned", "said it would ...") refers to,
    or the same body named again ("the ministry added")."""
    if verb.lemma_.lower() not in speaking:  # "China will 'take measures', the ministry added": the adding
        verb = next((t for t in verb.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in speaking and t.dep_ == "ROOT"), None)
        if verb is None:
            return None
    clause = verb.head if verb.dep_ == "advcl" and verb.tag_ == "VBG" else verb  # "he said, warning that ..."
    while clause.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in clause.children):
        clause = clause.head  # "It urged Washington to ... and said China would ..."
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    body = subject is not None and subject.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    if subject is None or subject.lower_ not in PRONOUN_SUBJECTS and not body:
        return None
    speaker = context.countries_of([subject])
    if not speaker and not body:
        return None
    text, sentence = doc_text(doc), verb.sent
    for _ in range(LOOK_BACK):
        if sentence.start == 0 or "\n" in text[doc[sentence.start - 1].idx:sentence.start_char]:
            return None  # the statement is told in this paragraph
        sentence = doc[sentence.start - 1].sent
        dates = [d for d in doc._.dates or [] if sentence.start_char <= d["start"] < sentence.end_char and d["value"]]
        if not dates:
            continue
        said = _said_on(doc, dates[-1], speaking)
        if said is None:
            return None  # the sentence before is dated by something else: another time
        saying = [c for c in said.children if c.dep_ == "nsubj"]
        if body:  # "China's Commerce Ministry said on Thursday ... the ministry added": the same body
            return dates[-1]["value"] if saying and saying[0].lemma_.lower() == subject.lemma_.lower() else None
        return dates[-1]["value"] if saying and context.countries_of(list(saying[0].subtree)) == speaker else None
    return None


def _said_on(doc: Doc, date: dict, speaking: set[str]) -> Token | None:
    """The speaking verb a date hangs on ("the ministry said on Friday"), if it hangs on one."""
    span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
    if span is None:
        return None
    head = span.root.head
    for _ in range(2):
        if head.pos_ in ("VERB", "AUX"):
            return head if head.lemma_.lower() in speaking else None
        head = head.head
    return None


def labelled_speaker(doc: Doc, context: ArticleContext, token: Token) -> tuple[bool, str | None]:
    """A transcript turn "The Secretary of State for Business and Trade (Jonathan Reynolds): ... we are
    publishing a list", over one or more paragraphs: whether a speaker label opens it, and the country
    of the official the label names ("we" is that government; a host's or an executive's "we" is none)."""
    text = doc_text(doc)
    line_end = token.idx
    for _ in range(LABEL_LOOK_BACK):
        line_start = text.rfind("\n", 0, line_end) + 1
        colon = text.find(":", line_start, min(line_end, line_start + LABEL_REACH))
        label = text[line_start:colon] if colon > line_start else ""
        if re.search(r"[A-Za-z]", label) and not re.search(r"\d", label) and len(label.split()) <= 14 \
                and not re.search(r"[.!?\"“]", label):  # not "08:10 BST", nor a sentence that ends in a colon
            span = doc.char_span(line_start, colon, alignment_mode="expand")
            names = {context.person_at[t.i] for t in span or [] if t.i in context.person_at}
            words = label.split()
            if names or label.isupper() or len(words) <= 3 and all(w[0].isupper() for w in words):
                # "Andrew Griffith (Con)", "HOST", "Mr Speaker"; not "Let me be clear: nobody wants a trade war"
                countries = {(context.officials.get(name) or {}).get("country") for name in names} - {None}
                return True, countries.pop() if len(countries) == 1 else None
        if line_start == 0:
            break
        line_end = line_start - 1
    return False, None
