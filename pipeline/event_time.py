"""When an event happened, and whether it happened at all.

``TimeRules`` gives an event its modality (asserted, planned, possible, negated)
from the auxiliaries, hedges and negations above the trigger, and its date from
the sentence's date expressions: the nearest one of the trigger's own clause,
never a deadline, a start date or a background clause's date.
"""
import re

from spacy.tokens import Doc, Token

from .clauses import by_means, own_clause
from .dateline import WIRE_DATELINE
from .doctext import doc_text
from .event_merging import EFFECT_TRIGGERS
from .event_triggers import TARIFF_ACTIONS, TriggerRules

SEASON = r"(?:(?:early|late|mid-?)\s*(?:spring|summer|autumn|fall|winter)\s+|(?:spring|summer|autumn|fall|winter)\s+)?"  # "by autumn this year"
DEADLINE_MARKS = "until|till|to|through|from|starting|effective|as of|by|before|after|early as|soon as|later than"
BACKGROUND_MARKS = {"since", "after", "before", "until", "because", "while", "once", "as"}
TIME_MARKS = {"since"}  # "the first meeting since Washington doubled tariffs": an earlier time
AFTERWARD = {"afterward", "afterwards", "thereafter"}  # "Shortly afterward Trump wrote ...": right after the event told before
CLAUSE_OF_ITS_OWN = {"while", "whereas", "although", "though", "because", "since"}  # an adverbial clause's own facts
TOLD_AS_PAST = {"after", "when", "before", "once"}  # "will keep its tariffs even after Trump exempted ...": a past fact
TIME_OF_ITS_OWN = {"later", "then", "since", "now", "still", "already", "subsequently", "afterwards", "afterward",
                   "again", "eventually", "soon", "has", "have", "had", "will", "would"}  # a joined clause's own time
OCCASION_WORDS = re.compile(r"\b(during|at|after|following|under)\b", re.IGNORECASE)
LEADING_VERBS = {"lead", "head", "chair"}  # "met a delegation led by He Lifeng on Monday": the meeting's day
REFUSING_VERBS = {"reject", "refuse", "oppose", "deny", "dismiss"}
ENVOYS_ERRANDS = {"ask", "urge", "press", "seek", "request", "plead", "negotiate", "discuss"}  # sent to ask: asked
AIM_NOUNS = {"objective", "goal", "aim", "priority", "hope", "intention", "wish", "ambition"}  # "Our objective is to ..."
ADJECTIVE_HEDGES = {"open", "opened", "opening", "ready", "able", "prepared"}


class TimeRules(TriggerRules):
    """Modality and date of a trigger's event."""

    @staticmethod
    def _anaphoric(trigger: Token) -> str | None:
        """"the deal", "the talks", "Wednesday's call": a noun that names an event already reported;
        "oblique" when it only places the sentence ("after the talks") and so gives it no date."""
        if trigger.lower_ == "visiting" and trigger.dep_ == "amod" and trigger.head.pos_ in ("NOUN", "PROPN"):
            return "direct"  # "The visiting US team was led by ...": the visit already reported
        noun = trigger
        if trigger.pos_ == "VERB":  # "after signing the agreement": the verb names the agreement again
            noun = next((c for c in trigger.children if c.dep_ == "dobj" and c.lower_ in ("agreement", "deal", "pact", "accord")), trigger)
        definite = noun.pos_ in ("NOUN", "PROPN") and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or (c.dep_ == "poss" and c.ent_type_ == "DATE")
            for c in noun.children)
        if not definite or noun.lemma_.lower() == "round" and any(c.dep_ == "amod" and c.ent_type_ == "ORDINAL"
                                                                   for c in noun.children):
            return None  # "held the ninth round in New Delhi": a new occurrence, not the talks told before
        return "oblique" if trigger.dep_ == "pobj" and trigger.head.lower_ != "of" else "direct"  # not "the outline of the deal"

    def _occasion(self, trigger: Token) -> str | None:
        """The sentence places its event at an event already reported: "During the meeting, Seoul
        asked" (the meeting's date), "Under the deal, Britain will cut" (the deal's date)."""
        if trigger.dep_ == "relcl" and trigger.head.lower_ in self.cues["agreement_nouns"]:
            return "AGREE"  # "a trade deal that cuts American tariffs on British cars": when the deal was made
        term = trigger
        while term.dep_ == "conj" and term.head.i != term.i:
            term = term.head  # "had agreed to buy energy ... and to cut its own tariffs": a term too
        if term.dep_ == "xcomp" and term.head.lemma_.lower() == "agree" and self._trigger_kind(trigger) in TARIFF_ACTIONS:
            return "AGREE"  # "Washington agreed to halve the fentanyl tariff": a term of the deal, made when it was
        used = next((c for c in trigger.head.children if c.dep_ == "dobj" and self._anaphoric(c)), None) \
            if trigger.dep_ in ("xcomp", "advcl") and trigger.head.lemma_.lower() == "use" else None
        if used is not None and self._noun_kind(used) in ("CONSULT", "AGREE"):
            return self._noun_kind(used)  # "Lam used the call to ask Washington ...": asked during that call
        sentence = trigger.sent
        if not OCCASION_WORDS.search(doc_text(trigger.doc)[sentence.start_char:sentence.end_char]):
            return None
        for token in sentence:
            if token.dep_ != "prep":
                continue
            frame = next((c for c in token.children if c.dep_ == "pobj"), None)
            if frame is None or frame.i == trigger.i or not self._anaphoric(frame):
                continue
            if token.lower_ in ("during", "at", "after", "following") and self._noun_kind(frame) == "CONSULT":
                return "CONSULT"
            if token.lower_ == "under" and frame.lower_ in self.cues["agreement_nouns"]:
                return "AGREE"
        return None

    def _modality(self, trigger: Token) -> str:
        """asserted, planned (will, would, set to), possible (may, could, consider) or negated."""
        first = trigger.head if trigger.dep_ == "conj" and trigger.pos_ == "VERB" else trigger  # "to suspend ... or raise"
        infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in first.children)
        outcome = first.dep_ == "advcl" and first.i > first.head.i \
            and first.left_edge.lower_ == "only"
        envoy_asks = first.head.lemma_.lower() in ("send", "dispatch") and first.lemma_.lower() in ENVOYS_ERRANDS
        if infinitive and first.dep_ in ("advcl", "xcomp", "ccomp", "acl", "relcl") and not outcome and not envoy_asks \
                and first.head.lemma_.lower() not in self.cues["commitment_verbs"]:
            return "possible"  # "dispatched Jeong to lower the tariff": an aim; "agreed to cut" is a commitment,
            # "sent Abe to Washington to ask that the penalties be postponed" asks through him;
            # "..., only for the president to suspend them a week later" tells what happened
        if any(a.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lemma_.lower() in AIM_NOUNS for c in a.children)
               for a in list(trigger.ancestors)[:3]):
            return "possible"  # "Our objective is to have the tariffs removed": an aim, nothing removed yet
        if trigger.i >= 2 and trigger.doc[trigger.i - 2:trigger.i].text.lower() in ("rather than", "instead of"):
            return "negated"  # "agreed to lower rather than raise a tariff": not raised
        if trigger.dep_ == "csubj" and any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might") for c in trigger.head.children):
            return "possible"  # "Restoring the 2018 levies in full would subject Brazilian steel to 25%": if it happened
        if any(a.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in a.children)
               for a in list(trigger.ancestors)[:3]):
            return "negated"  # "had no plans to retaliate"
        if trigger.dep_ == "pobj" and trigger.head.lower_ in ("after", "until", "before", "without") \
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in trigger.children) \
                and any(c.lower_ in ("would", "will", "could", "may", "might") for a in trigger.ancestors for c in a.children):
            return "possible"  # "would drop the tariffs only after a second agreement": no agreement yet
        if any(a.lemma_.lower() == "hold" and any(c.dep_ == "prt" and c.lower_ in ("off", "back")
                                                  or c.dep_ == "dobj" and c.lower_ == "fire" for c in a.children)
               for a in list(trigger.ancestors)[:2]):
            return "negated"  # "held off doubling those counter-duties", "holds fire on retaliation": none
        refusal = next((a for a in list(trigger.ancestors)[:4] if a.pos_ == "VERB" and a.lemma_.lower() in REFUSING_VERBS), None)
        if refusal is not None and trigger.tag_ in ("VBG", "VB") \
                and any(c.dep_ == "dobj" and trigger in c.subtree for c in refusal.children):
            return "negated"  # "rejected the idea of dropping Canada's counter-tariffs": nothing was dropped
        if trigger.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in trigger.children) and (
                trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in ("month", "day", "date", "moment", "year")
                or trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("once", "when", "until", "after", "before")
                                                   for c in trigger.children)):
            return "possible"  # "the month in which the Commission proposes legislation", "once Brussels proposes"
        token = came_from = trigger
        for depth in range(1 if by_means(trigger) else 4):  # "trying to persuade by proposing": proposing happens
            children = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass", "neg", "mark", "advmod")}
            if children & self.cues["negations"] and depth < 2:
                return "negated"
            if children & {"if", "whether", "unless"}:
                return "possible"
            if children & {"would", "could", "might", "should"} and "have" in children and token.tag_ == "VBN":
                return "possible"  # "a deal that would have eased levies": it did not happen
            hedges = children & self.cues["possible_adverbs"] - ({"eventually"} if token.tag_ == "VBD" else set())
            if children & self.cues["possible_aux"] or hedges:  # "could eventually rise"; "eventually freed" happened
                return "possible"
            if depth > 0 and token.lemma_.lower() in ("continue", "keep") and came_from.dep_ == "xcomp" \
                    and children & (self.cues["future_aux"] | {"would"}):
                return "possible"  # "the two sides would continue to negotiate", "would keep pressing": nothing new
            if children & self.cues["future_aux"] or "would" in children:
                return "planned"
            if came_from.dep_ == "conj" and came_from.pos_ == "VERB":
                pass  # "Lam called Trump and offered to cut tariffs": the first verb's sense does not hedge the second
            elif depth > 0 and token.lemma_.lower() in self.cues["possible_verbs"] \
                    and not (token.lower_ in ADJECTIVE_HEDGES and token.pos_ != "ADJ") \
                    and not (token.pos_ == "NOUN" and came_from.lower_ == "of"):  # "a review of tariffs imposed in 2018"
                return "possible"  # "open to talks" hedges; "opened negotiations", "opening talks" do not
            elif depth > 0 and (token.lemma_.lower() in ("refuse", "decline") or token.lemma_.lower() == "rule"
                                and any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children)):
                return "negated"  # "who had ruled out answering with tariffs", "refused to lift the duties"
            elif depth > 0 and token.lemma_.lower() in self.cues["planning_verbs"]:
                return "possible" if "had" in children and token.lemma_.lower() in ("set", "schedule", "due") \
                    else "planned"  # "had been set to double": a plan given up; "had promised to unveil" stands
            if token.head.i == token.i or token.dep_ in ("ROOT",) or token.dep_ in ("conj", "ccomp") and depth > 0 \
                    or token.dep_ == "relcl" and token.tag_ == "VBD":
                break  # a past relative clause states its own fact: "well above the 15 per cent Japan accepted"
            if token.dep_ == "ccomp" and token.head.i > token.i and token.head.lemma_.lower() not in self.cues["possible_verbs"] \
                    or token.dep_ == "ccomp" and token.head.i > token.i and ";" in token.doc[token.i:token.head.i].text:
                break  # "India had offered to lower duties; Washington wanted more": not the offer's hedge
            if token.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                break  # "Washington proposed ..., but EU negotiators rejected the plan": a clause of its own
            if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CLAUSE_OF_ITS_OWN for c in token.children):
                break  # "The EU asked for an exemption, while the U.S. side proposed quotas": told as fact
            if token.dep_ == "advcl" and token.tag_ == "VBD" and any(c.dep_ in ("mark", "advmod") and c.lower_ in TOLD_AS_PAST
                                                                      for c in token.children):
                break  # "Canada will keep its tariffs even after Trump on Thursday exempted ...": it did
            came_from, token = token, token.head
        return "asserted"

    def _topic_date(self, doc: Doc, trigger: Token) -> str | None:
        """"April 9 brought the sharpest twist yet. Beijing lifted its counter-tariff to 84 per cent":
        a sentence whose subject is a date sets the time of the sentence after it; so does a short
        dated sentence that tells no event ("That confidence evaporated on July 31. In a telephone
        call, Keller-Sutter was unable to move Trump")."""
        sentence = trigger.sent
        if sentence.start == 0 or "\n" in doc_text(doc)[doc[sentence.start - 1].idx:sentence.start_char]:
            return None
        previous = doc[sentence.start - 1].sent
        subject = next((c for c in previous.root.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        dated = [d for d in doc._.dates or [] if d["value"] and d["granularity"] in ("day", "month")
                 and previous.start_char <= d["start"] < previous.end_char]
        told = next((d["value"] for d in dated if d["start"] <= subject.idx < d["end"]), None)  # the subject is the date
        if told is not None:
            return told
        scene = len(dated) == 1 and dated[0]["granularity"] == "day" and len(previous) <= 10 \
            and previous.root.pos_ == "VERB" and not any(self._trigger(t) for t in previous)
        return dated[0]["value"] if scene else None

    @staticmethod
    def _label_date(doc: Doc, trigger: Token) -> str | None:
        """"- Aug. 27, 2018: Trump announces a deal with Mexico. Trump warns he could tax Canadian cars.":
        a line of a timeline dates every act told on it."""
        text = doc_text(doc)
        line_start = text.rfind("\n", 0, trigger.idx) + 1
        label = re.match(r"[ \t]*(?:[-–•*][ \t]*)?", text[line_start:])
        begins = line_start + label.end()
        date = next((d for d in doc._.dates or [] if d["start"] == begins and d["value"]), None)
        if date is None or not re.match(r"\s*(\([^)\n]*\))?\s*(:|–|—| - )", text[date["end"]:date["end"] + 20]):
            return None
        return None if re.match(r"\s*\((expected|planned|scheduled)", text[date["end"]:date["end"] + 14]) else date["value"]

    @staticmethod
    def _heading_date(doc: Doc, trigger: Token) -> str | None:
        """"Monday 12 May" on a line of its own heads a digest's or live blog's items: each act told
        under it, up to the next such heading, happened that day unless its sentence says otherwise.
        A single date line is a byline, not a heading; a short line that ends in a colon and leads the
        items in ("Our updates from Jan. 26, newest first:") is one."""
        text = doc_text(doc)
        headings, leads = [], []
        for date in (d for d in doc._.dates or [] if d["value"] and d["granularity"] == "day"):
            line_start = text.rfind("\n", 0, date["start"]) + 1
            line_end = text.find("\n", date["end"])
            line_end = len(text) if line_end < 0 else line_end
            if re.fullmatch(r"[\s,.:]*", text[line_start:date["start"]]) and re.fullmatch(r"[\s,.:]*", text[date["end"]:line_end]):
                headings.append(date)
            elif text[line_start:line_end].rstrip().endswith(":") and len(text[line_start:line_end].split()) <= 10:
                leads.append(date)
        headings = (headings if len(headings) >= 2 else []) + leads
        above = [d for d in headings if d["start"] < trigger.idx]
        return max(above, key=lambda d: d["start"])["value"] if above else None

    @staticmethod
    def _by_letter(trigger: Token) -> bool:
        """A rate set out in a letter ("in a July 12 letter", "wrote to Lula announcing a 50% tariff"):
        the letters that name a rate for a future date are threats, until the rate applies."""
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ == "VERB"), trigger)
        in_letter = any(c.dep_ == "prep" and c.lower_ in ("in", "by") and any(g.lemma_.lower() == "letter" for g in c.children)
                        for c in (own_clause(verb) if verb.pos_ == "VERB" else verb.children))
        written = verb.dep_ in ("advcl", "xcomp") and verb.head.lemma_.lower() == "write"
        outlined = any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # "set out the 30% rate"
        return (in_letter or written) and (outlined or TimeRules._scheduled(trigger))  # not "raised it in a letter dated"

    @staticmethod
    def _scheduled(trigger: Token) -> bool:
        """The trigger's own clause sets a start date ("would raise duties ... from June 1")."""
        doc = trigger.doc
        span = own_clause(trigger) if trigger.pos_ == "VERB" else list(trigger.subtree)
        starts = {t.idx for t in span}
        return any(d["start"] in starts and d["value"] and re.search(r"\b(from|starting|effective)\s+(on\s+)?$",
                                                                       doc_text(doc)[max(0, d["start"] - 16):d["start"]])
                   for d in doc._.dates or [])

    @staticmethod
    def _perfect_reported(trigger: Token, speech: Token) -> bool:
        """"Lighthizer announced on Monday that Trump has approved the measures": a present perfect
        reported by a dated announcement happened by then, and is news that day."""
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and verb.dep_ == "ccomp" and verb.head.i == speech.i \
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children) \
            and not any(c.dep_ == "advmod" and c.lower_ == "long" for c in verb.children)  # "has long demanded"

    @staticmethod
    def _venue_date(trigger: Token, venue_day_at: dict[int, str]) -> tuple[str | None, str | None]:
        """An event told at a venue whose occasion is dated ("agreed in Busan to lift", "the Geneva
        truce") took place that day."""
        near = [trigger, *list(trigger.ancestors)[:2]]
        for token in trigger.sent:
            if token.i not in venue_day_at:
                continue
            at_venue = token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and token.head.head in near
            named_by_venue = token.dep_ in ("compound", "poss") and token.head.i == trigger.i
            if at_venue or named_by_venue:
                return venue_day_at[token.i], "reference"
        return None, None

    def _dates_frame(self, clause: Token) -> bool:
        """Clauses that date the frame of the sentence: "a letter dated July 7", "Under the
        arrangement, which took effect on Wednesday"."""
        if clause.lemma_.lower() == "date" or clause.head.lower_ in self.cues["document_nouns"]:
            return True  # "The proclamation Mr. Bush signed Tuesday exempts ...": Tuesday
        if clause.head.lower_ in self.cues["agreement_nouns"] and (clause.head.dep_ in ("nsubj", "nsubjpass") or
                                                                  clause.head.dep_ == "pobj" and clause.head.head.lower_ == "under"):
            return True  # "A truce struck in Geneva on May 12 cut the rate", "Under a truce reached in May, Washington cut"
        return clause.head.lower_ in self.cues["agreement_nouns"] and any(c.lower_ == "effect" for c in clause.children)

    def _date(self, doc: Doc, trigger: Token, strict: bool = False,
              excluding: Token | None = None) -> tuple[str | None, str | None]:
        """The date nearest the trigger in its sentence; deadlines only when alone. A trigger in a
        relative clause ("China, which has announced retaliatory tariffs") has no date of its own.
        ``excluding``: a clause whose dates are not the event's ("promised to unveil countermeasures
        on Sunday": the promise is not dated by the unveiling)."""
        sentence = trigger.sent
        if any(c.dep_ == "advmod" and c.lower_ == "long" for c in trigger.children):
            return None, None  # "Washington, which had long demanded that Beijing curb ...": for years, no day
        dates = [d for d in doc._.dates or [] if sentence.start_char <= d["start"] < sentence.end_char and d["value"]]
        if excluding is not None:
            inside = {t.idx for t in excluding.subtree}
            dates = [d for d in dates if d["start"] not in inside]
        dates = [d for d in dates if not in_dateline(doc_text(doc), d["start"]) and not describes_a_thing(doc, d)]
        marks = {m.idx + len(m) for t in [trigger, *trigger.ancestors] for m in t.children
                 if m.dep_ == "mark" and m.lower_ in ("before", "after")}
        dates = [d for d in dates if d["end"] not in marks]  # "said the day before the tariff took effect": the saying's day
        if not dates:
            return None, None
        relative = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "relcl"), None)
        if relative is not None and relative.head.lower_ in self.cues["agreement_nouns"]:
            relative = None  # "reached a deal on the 30th that cuts the tariff": the deal's date
        if relative is not None and relative.head.dep_ == "appos" and relative.head.lower_ in ("day", "date", "week", "month"):
            relative = None  # "on March 4, the day the levy took effect": that date
        if relative is not None and any(c.dep_ == "advmod" and c.lower_ == "where" for c in relative.children) and not any(
                relative.left_edge.idx <= d["start"] <= relative.right_edge.idx for d in dates):
            relative = None  # "The breakthrough came Wednesday in Gyeongju, where Lee hosted Trump": that place, that day
        when = relative is not None and any(c.dep_ == "advmod" and c.lower_ == "when" for c in relative.children)
        just_before = [d for d in dates if when and 0 <= relative.left_edge.idx - d["end"] <= 2]
        if just_before:  # "the rate he assigned on April 2, when he unveiled ...": wherever the parser hangs "when"
            return just_before[-1]["value"], "sentence"
        if relative is not None and relative.head.ent_type_ != "DATE" and not any(  # not "in February, when ..."
                relative.head.left_edge.idx <= d["start"] < relative.left_edge.idx for d in dates):  # "the 30th (local time) that"
            span = doc[relative.left_edge.i:relative.right_edge.i + 1]
            dates = [d for d in dates if span.start_char <= d["start"] < span.end_char]
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN" and trigger.head.pos_ in ("NOUN", "PROPN"):
            span = doc[trigger.left_edge.i:trigger.right_edge.i + 1]  # "on top of the 10% rate charged on Brazil
            dates = [d for d in dates if span.start_char <= d["start"] < span.end_char] or dates  # since April": its own
        background = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in TIME_MARKS for m in t.children)), None)
        if background is not None:  # "sighed with relief on Wednesday after Tokyo struck a deal": not the deal's day
            span = doc[background.left_edge.i:background.right_edge.i + 1]
            dates = [d for d in dates if span.start_char <= d["start"] < span.end_char]
        tokens = list(sentence)
        for clause in (t for t in tokens if t.lower_ == "since" and t.dep_ == "mark" and t.head.dep_ in ("advcl", "acl", "relcl")
                       and t.head.i != trigger.i and trigger not in t.head.subtree):
            span = doc[clause.head.left_edge.i:clause.head.right_edge.i + 1]  # "the sharpest clash since Obama took
            dates = [d for d in dates if not span.start_char <= d["start"] < span.end_char]  # office in January"
        clauses = [t for t in tokens if t.dep_ in ("relcl", "acl") and t.pos_ in ("VERB", "AUX")]
        clauses += [x.head for x in tokens if x.dep_ == "xcomp" and x.head.pos_ not in ("VERB", "AUX")
                    and x.head.head.pos_ in ("NOUN", "PROPN")]  # "the levy, due to begin on Monday, had been
        # suspended": Monday is the levy's, not the suspension's
        for clause in (t for t in clauses
                       if t.head.i != trigger.i and t.head.ent_type_ != "DATE" and not self._dates_frame(t)
                       and not _timeless(t, trigger) and t.lemma_.lower() not in LEADING_VERBS):
            span = doc[clause.left_edge.i:clause.right_edge.i + 1]
            if not span.start <= trigger.i < span.end:  # "down from the 46% announced on April 2": that clause's date
                dates = [d for d in dates if not span.start_char <= d["start"] < span.end_char]
        for clause in (t for t in tokens if t.dep_ == "conj" and t.pos_ in ("VERB", "AUX")
                       and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)):
            span = doc[clause.left_edge.i:clause.right_edge.i + 1]
            if not span.start <= trigger.i < span.end:  # "... after hosting Marcos, and Indonesia secured the same
                dates = [d for d in dates if not span.start_char <= d["start"] < span.end_char]  # rate last week"
        verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.dep_ == "conj" and dates:
            span = doc[verb.left_edge.i:verb.right_edge.i + 1]
            own = [d for d in dates if span.start_char <= d["start"] < span.end_char]
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            # "announced it on April 2, then paused it on April 9": its own; "said on Thursday ... and
            # warned": shared; "... and that China had taken steps": a clause of its own, no date
            first_subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            fronted = [d for d in dates if first_subject is not None and d["start"] < doc[first_subject.left_edge.i].idx
                       and d["start"] < verb.head.idx]  # "Last month, Washington lifted ..., and Mexico dropped ..."
            shared = [d for d in dates if d["start"] < span.start_char] if has_subject and not own and not fronted \
                and not any(c.dep_ in ("advmod", "aux") and c.lower_ in TIME_OF_ITS_OWN for c in verb.children) else []
            # "agreed to a truce that December, and the U.S. postponed a planned increase": then too
            dates = own if own else (fronted or shared if has_subject else dates)
            if _repeated(verb):
                dates = own  # "notified the duties in June 2018, but postponed them several times": not all then
        if verb is not None:  # "has sought a deal ever since it voted to leave in 2016": background
            for clause in (c for c in verb.children if c.dep_ == "advcl"
                           and any(m.lower_ in BACKGROUND_MARKS for m in c.children if m.dep_ in ("mark", "advmod"))):
                span = doc[clause.left_edge.i:clause.right_edge.i + 1]
                inside = [d for d in dates if span.start_char <= d["start"] < span.end_char]
                dates = [d for d in dates if d not in inside]
                if not dates and any(m.lower_ == "after" for m in clause.children if m.dep_ == "mark"):
                    dates = inside  # "secured a deal ... after Trump spoke with To Lam on Wednesday"
        since_start = self._trigger_kind(trigger) == "CONSULT" or verb is not None and (any(
            c.dep_ == "aux" and (c.lower_ in ("has", "have") or c.lower_ == "had" and verb.lemma_.lower() in ("face", "pay"))
            for c in verb.children) or verb.dep_ == "acl" and verb.tag_ == "VBN") and any(
            c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)  # talks held "since March", a rate
        # "charged on Brazil since April";
        marks = DEADLINE_MARKS + ("" if since_start else "|since")  # "has charged since June 1": began then
        marked = [d for d in dates if re.search(rf"\b({marks})\s+(the\s+)?{SEASON}$", doc_text(doc)[max(0, d["start"] - 32):d["start"]])]
        marked += [d for d in dates if any(d["start"] > m["end"] and re.fullmatch(r",\s*", doc_text(doc)[m["end"]:d["start"]])
                                           for m in marked)]
        # "would no longer apply from tomorrow, 5 August": the restated day starts it too
        plain = [d for d in dates if d not in marked
                 and not re.match(r"\s*deadline", doc_text(doc)[d["end"]:d["end"] + 10])
                 and (trigger.lower_ in EFFECT_TRIGGERS
                      or not re.search(r"\b(take|takes|taking)\s+effect\s+(on\s+|from\s+)?$", doc_text(doc)[max(0, d["start"] - 25):d["start"]]))]
        if not plain:
            return None, None  # only deadlines and start dates: not when the event happened
        if verb is not None:  # "announced X on April 2, then paused it on April 9": each its own
            own = doc[verb.left_edge.i:verb.right_edge.i + 1]
            mine = [d for d in plain if own.start_char <= d["start"] < own.end_char
                    and not any(d["start"] >= doc[c.left_edge.i].idx and d["start"] < doc[c.right_edge.i].idx + len(doc[c.right_edge.i])
                                for c in verb.children if c.dep_ == "conj")]
            if not mine:  # "Liu sat down with negotiators, and China answered on Monday": not the meeting's day
                plain = [d for d in plain if not any(
                    doc[c.left_edge.i].idx <= d["start"] < doc[c.right_edge.i].idx + len(doc[c.right_edge.i])
                    for c in verb.children if c.dep_ == "conj" and any(g.dep_ == "nsubj" for g in c.children))]
            plain = mine if strict else mine or plain  # a named-again event: only a date of its own clause
        if not plain:
            return None, None
        chosen = min(plain, key=lambda d: abs(d["start"] - trigger.idx))
        finer = next((d for d in plain if d["value"].startswith(chosen["value"] + "-")
                      and re.fullmatch(r"\s+of\s+", doc_text(doc)[d["end"]:chosen["start"]])), None)
        chosen = finer or chosen  # "On June 1 of that year": the day, not the year
        after = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "after" for m in t.children)), None)
        if after is not None and not doc[after.left_edge.i].idx <= chosen["start"] < doc[after.right_edge.i].idx:
            if after_an_interval(trigger):
                return None, None  # "less than a week after Brussels announced the duties": another day
            return chosen["value"], "main clause"  # "sighed with relief on Wednesday after Tokyo struck a deal"
        return chosen["value"], "sentence"


def _repeated(verb: Token) -> bool:
    """"postponed them several times", "repeatedly delayed": done on many days, none of them told."""
    return any(c.dep_ == "advmod" and c.lower_ in ("repeatedly", "again") or c.dep_ == "npadvmod" and c.lower_ == "times"
               and any(m.lower_ in ("several", "many", "multiple", "numerous") for m in c.children) for c in verb.children)


def _timeless(clause: Token, trigger: Token) -> bool:
    """"raised his tariff on goods that fall outside the pact to 35 per cent on Aug. 1": a present-tense
    relative clause states what is always so; a date the parser hung on it is the past act's."""
    return clause.dep_ == "relcl" and clause.tag_ in ("VBZ", "VBP") and trigger.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)


def after_an_interval(trigger: Token) -> bool:
    """The trigger's "after" clause comes a stretch of time after the main clause ("less than a week
    after Brussels announced the duties"), so the main clause's date is not its own."""
    clause = next((t for t in [trigger, *trigger.ancestors] if t.dep_ == "advcl"
                   and any(m.dep_ == "mark" and m.lower_ == "after" for m in t.children)), None)
    if clause is None:
        return False
    mark = next(m for m in clause.children if m.dep_ == "mark" and m.lower_ == "after")
    return mark.i > 0 and trigger.doc[mark.i - 1].lemma_.lower() in ("day", "week", "month", "year")  # not "hours after"


def afterward(trigger: Token) -> bool:
    """The trigger's clause happens "afterward", right after the event told before; not a
    relative clause inside it ("an increase that he had threatened"), which keeps its own time."""
    for token in [trigger, *trigger.ancestors]:
        if any(c.dep_ == "advmod" and c.lower_ in AFTERWARD for c in token.children):
            return True
        if any(c.dep_ == "prep" and c.lower_ == "within" and any(g.lower_ in ("hours", "minutes") for g in c.children)
               for c in token.children):
            return True  # "Ottawa answered within hours": that day
        if any(c.dep_ == "prep" and c.lower_ == "at" and any(g.lower_ in ("moment", "time") and any(
                m.lower_ == "same" for m in g.children) for g in c.children) for c in token.children):
            return True  # "At the same moment, Trump doubled the levy": when the act just told happened
        if token.dep_ in ("relcl", "acl") and token.pos_ in ("VERB", "AUX"):
            return False
    return False


def in_dateline(text: str, start: int) -> bool:
    """The date at ``start`` belongs to its paragraph's dateline ("SYDNEY, May 20 —"): the report's
    date, not the event's."""
    dateline = WIRE_DATELINE.match(text, text.rfind("\n", 0, start) + 1)
    return dateline is not None and start < dateline.end()


def describes_a_thing(doc: Doc, date: dict) -> bool:
    """"under Section 232 of a 1962 trade law", "the Trade Expansion Act of 1962": a year that says which
    law, not when anything happened."""
    if date.get("granularity") != "year":
        return False
    before = doc_text(doc)[max(0, date["start"] - 12):date["start"]].lower()
    if re.search(r"\b(act|law|treaty|convention|agreement)\s+of\s+$", before):
        return True  # "the Trade Expansion Act of 1962"
    span = doc.char_span(date["start"], date["end"], alignment_mode="expand")
    return bool(re.search(r"\b(a|an)\s+$", before)) and span is not None and span.root.head.pos_ == "NOUN" \
        and span.root.head.i > span.root.i
