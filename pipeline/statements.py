"""A statement goes on over several sentences: "China's Ministry of Commerce said on Friday that
the ruling was unfair. ... It urged Washington to correct its practices". The later sentences
have no date of their own; they were said when the statement was made."""
from spacy.tokens import Doc, Token

from .context import ArticleContext
from .doctext import doc_text

PRONOUN_SUBJECTS = {"he", "she", "it", "they"}
LOOK_BACK = 3  # sentences


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
