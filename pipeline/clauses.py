"""Parse helpers for event rules: which words belong to a clause, a phrase, a condition.

The parser's tree says more than word order does ("the 25% tariff that Washington
imposed" owns "tariff"; "Ebrard, who has traveled to Washington" stands for Mexico).
"""
from spacy.tokens import Token


def own_clause(verb: Token) -> list[Token]:
    """A verb's own words: its arguments, not the clauses hanging off it; a relative clause's
    verb also owns the noun it describes ("the 25% tariff that Washington imposed")."""
    skip = {"conj", "ccomp", "advcl", "parataxis", "xcomp"}
    tokens, stack = [], [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if (token.i != verb.i or c.dep_ not in skip)
                     and (c.dep_ != "relcl" or token.dep_ == "dobj" and token.head.i == verb.i))
    if verb.dep_ in ("relcl", "acl"):
        tokens += core_phrase(verb.head)
    return tokens


def by_means(trigger: Token) -> bool:
    """A means clause: "by proposing to expand imports"."""
    return trigger.dep_ == "pcomp" and trigger.head.lower_ == "by"


def without_exceptions(phrase: Token) -> list[Token]:
    """A phrase without its "except China", "other than Japan" parts."""
    markers = [t for t in phrase.subtree if t.lower_ in ("except", "excluding", "besides")]
    excluded = {t.i for marker in markers for t in marker.subtree}
    return [t for t in phrase.subtree if t.i not in excluded]


def object_preps(noun: Token) -> list[Token]:
    """Prepositions on an object, through "of" chains: "the first stage of a trade agreement with China"."""
    preps, stack = [], [noun]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "prep":
                preps.append(child)
                if child.lower_ == "of":
                    stack.extend(c for c in child.children if c.dep_ == "pobj")
    return preps


RELATIONS = {"partner", "ally", "rival", "neighbour", "neighbor", "competitor"}  # "U.S. partners": others
DELEGATES = {"official", "negotiator", "delegation", "team", "envoy", "diplomat", "minister", "delegate"}  # "officials from Seoul"


def core_phrase(head: Token) -> list[Token]:
    """A phrase without its relative clauses and prepositional tails: "Ebrard, who has traveled
    to Washington" stands for Mexico, not for Washington."""
    skip = {"relcl", "acl", "prep", "advcl", "ccomp"}
    tokens, stack = [], [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if (c.dep_ not in skip or (c.dep_ == "prep" and c.lower_ == "of")
                                                   or c.dep_ == "prep" and c.lower_ == "from" and token.lemma_.lower() in DELEGATES)
                     and not (token.i == head.i and head.lemma_.lower() in RELATIONS and c.dep_ in ("compound", "amod", "poss", "nmod")))
        # "Other U.S. partners are seeking relief": the partners, not the United States
    return sorted(tokens, key=lambda t: t.i)


def conditional(trigger: Token) -> bool:
    """A measure promised on a condition ("if Beijing retaliates, Washington would ...") or under a
    verb of warning: a threat, whatever its tense."""
    verb = next((t for t in [trigger, *trigger.ancestors] if t.pos_ in ("VERB", "AUX")), trigger)
    if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in verb.children):
        return False  # "if Beijing retaliated, Washington would ...": the condition, not the measure promised
    for clause in (c for c in trigger.children if c.dep_ in ("acl", "relcl")):  # "counter-tariffs, to be applied if ..."
        if any(a.dep_ == "advcl" and any(m.lower_ in ("if", "unless") for m in a.children) for a in clause.children):
            return True
    for token in [verb, *verb.ancestors][:3]:
        clauses = [c for c in token.children if c.dep_ == "advcl"]
        clauses += [g for c in clauses for g in c.children if g.dep_ == "advcl"]  # "..., to be applied if talks fail"
        if any(any(m.lower_ in ("if", "unless") for m in c.children) for c in clauses):
            return True
        if token.i != verb.i and token.lemma_.lower() in ("warn", "threaten", "vow"):
            return True
    return False


def both_sides(phrase: list[Token]) -> bool:
    """"the two sides", "both countries": the article's two parties, acting together."""
    return any(t.lower_ in ("sides", "countries", "governments", "nations", "parties", "leaders", "men", "women",
                            "presidents", "delegations")  # not "the two ministers", who may serve one side
               and any(c.lower_ in ("two", "both") for c in t.children) for t in phrase)


def relative_antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The noun a relative "that"/"which" subject stands for: the relative clause's head, also for
    a second clause ("a tariff that Trump announced ... and that took effect"), however the parser
    attached it: the nearest noun before the pronoun that heads a relative clause."""
    if pronoun.lower_ not in ("that", "which"):
        return None
    clause = verb.head if verb.dep_ == "conj" else verb
    if clause.dep_ == "relcl":
        return clause.head
    return next((t for t in reversed(pronoun.doc[pronoun.sent.start:pronoun.i])
                 if any(c.dep_ == "relcl" for c in t.children) and t.pos_ in ("NOUN", "PROPN")), None)
