"""The stance of each statement: denies, disputes, cautions or asserts."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.components.attribution import governing_cue, rejoinder
from kg.nlp.lexicon import (
    ALARM_WORDS,
    CAUTION,
    CLAIM_NOUNS,
    DECISION_NOUNS,
    DENY,
    DISPUTE,
    FALSITY_WORDS,
    ORG_HEADS,
    REBUTTAL_WORDS,
    REJECTING,
    VERIFY_VERBS,
    WARNING_WORDS,
    is_person_role,
)
from kg.nlp.model import Statement, sentence

_MODALS = {"will", "would", "could", "may", "might", "'ll", "wo", "likely"}
_CONDITIONS = {"if", "unless"}
_MAYBE = frozenset({"could", "may", "might"})
_ACTORS = {"PERSON", "ORG", "GPE", "NORP"}
_SUBJECT = ("nsubj", "nsubjpass")
_MINDS = {"think", "want", "expect", "believe", "dare", "know", "imagine", "realise", "realize", "hope",
          "decide"}  # states of mind
_PLAIN_SAYING = {"say", "tell", "add"}
_TALLIES = {"figure", "number", "toll", "crowd", "turnout", "count", "total", "tally", "attendance"}
_CONCESSIVE = {"although", "though", "while", "but", "whereas"}
_DECIDED = {"ruling", "decision", "verdict", "judgment", "sentence", "suspension", "law", "bill", "reshuffle",
            "response", "measure", "arrest", "move", "ban", "order", "charge", "finding", "plan", "proposal", "policy",
            "detention", "investigation", "case", "raid", "sale", "audio", "recording", "video", "tariff", "fine"}
_CONDEMNING = {"illegal", "motivated", "null", "void", "disappointing", "cosmetic", "slow", "attempt", "witch-hunt",
               "intimidating", "arbitrary", "unconstitutional", "attack", "illegitimate", "abuse", "show", "stunt",
               "montage", "farce", "charade", "theatre", "theater", "circus", "speculation", "unilateral", "distorted",
               "hunt", "unjustified", "disproportionate", "score"}
_NEGATED_BELIEF = {"convince", "convinced", "base", "based", "true", "accurate", "correct", "credible"}


def stance_of(doc: Doc, statement: Statement, relayed: list[tuple[int, int]] = ()) -> str:
    """Stance from the cue's lemma, else from what the content does, leaving out the statements it relays:
    a rejection in the speaker's own words, a flat past denial (which disputes), a warning, a rebuttal."""
    if statement.verb in DENY:
        return "asserts" if _decides(doc[statement.cue]) else "denies"
    if statement.verb in DISPUTE:
        return "disputes"
    if statement.verb in CAUTION:
        return "cautions"
    if statement.verb == "according to":
        return "asserts"
    rejecting = rejoinder(doc[statement.cue])
    if rejecting is not None:
        return "denies" if rejecting.lemma_ in DENY else "disputes"
    content = [t for t in _words(doc, statement) if not any(start <= t.i < end for start, end in relayed)]
    words = [t for t in content if t.dep_ != "compound" and doc[t.i - 1].text != "-"]  # not "low-lying"
    lemmas = {w for t in words for w in (t.lemma_.lower(), t.lower_)}
    own = _own_verb(content)
    if own in DENY or _calls_false(doc[statement.cue], lemmas):
        return "denies"
    if own in DISPUTE or _denies_outright(content):
        return "disputes"  # "I have never taken a cedi," he said: the gold files call a flat denial in a
        # speaker's own words a dispute (17 to 11 on the dev set)
    warning = any({t.lemma_.lower(), t.lower_} & WARNING_WORDS and not _told_of(t) for t in words)
    if (lemmas & _MODALS or _conditional_in(content)) and (warning or _vows_measures(content)) \
            or _alarms(content) or _threatens(content):
        return "cautions"
    if lemmas & REBUTTAL_WORDS or _negates_claim(content) or _negates_past(content) \
            or _reason_for_rebuttal(doc[statement.cue]) or _condemns_decision(doc[statement.cue], lemmas):
        return "disputes"
    return "asserts"


def _own_verb(content) -> str | None:
    """'We reject the Commission's findings', 'I dispute that figure': the lemma of a verb by which the speaker
    (I, we) rejects or disputes in their own words, unless negated."""
    for tok in content:
        if tok.lemma_ in REJECTING and tok.pos_ == "VERB" and not any(c.dep_ == "neg" for c in tok.children) \
                and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in tok.children):
            return tok.lemma_
    return None


def _calls_false(cue, lemmas: set[str]) -> bool:
    """'called that account "a shameless lie"', 'called the allegation "baseless"': a claim called false."""
    return cue.lemma_ == "call" and bool(lemmas & FALSITY_WORDS) and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in CLAIM_NOUNS or c.lower_ == "that") for c in cue.children)


def _condemns_decision(cue, lemmas: set[str]) -> bool:
    """'called the ruling "null and void"', 'a measure the union called "illegal"': another party's decision or
    claim called wrong disputes it (not 'called the attack a war crime')."""
    if cue.lemma_ != "call" or not lemmas & _CONDEMNING:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    decided = objects + [g for c in objects for g in c.children if g.dep_ == "nmod"] \
        + ([cue.head] if cue.dep_ == "relcl" else [])  # "called the union's number \"speculation\"", misparsed
    return any(t.lemma_.lower() in _DECIDED | CLAIM_NOUNS for t in decided)


def _reason_for_rebuttal(cue) -> bool:
    """'rejected the charge, saying ...', 'denied that the union had ignored the offer, saying ...': the
    reason given disputes the charge too."""
    outer = governing_cue(cue)
    return cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp", "conj") and outer is not None \
        and outer.lemma_ in REJECTING and not _decides(outer)


def _decides(cue) -> bool:
    """'The court rejected the request': turning down a request decides it, it denies no claim."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in DECISION_NOUNS for c in cue.children)


def _words(doc: Doc, statement: Statement) -> list:
    """The content's tokens and those of the quotations in the statement's evidence."""
    start, end = statement.content
    tokens = {t.i for t in doc[start:end]}
    for q_start, q_end in doc._.quotes:
        if q_start < statement.evidence[1] and statement.evidence[0] < q_end:
            tokens.update(range(q_start, q_end))
    return [doc[i] for i in sorted(tokens) if not _aside(doc[i])]


def _aside(tok) -> bool:
    """Words that are not the speaker's: the outlet's 'a claim Reuters could not verify', and what did not
    happen 'without warning'."""
    return any(a.lemma_ in VERIFY_VERBS and a.dep_ in ("relcl", "acl") for a in (tok, *tok.ancestors)) \
        or tok.head.lower_ == "without"


def _alarms(content) -> bool:
    """'a risk of disease', 'the dam is in danger', not 'no longer in danger' or 'not at risk'."""
    for tok in content:
        if (tok.lemma_.lower() in ALARM_WORDS or tok.lower_ in ALARM_WORDS) and tok.dep_ != "compound":
            clause = tok.head.head if tok.dep_ == "pobj" else tok.head
            if not any(c.dep_ == "neg" or c.dep_ == "advmod" and c.lower_ == "longer" for c in clause.children):
                return True
    return False


def _vows_measures(content) -> bool:
    """'will take all necessary measures': the diplomats' threat."""
    return any(t.lower_ == "necessary" and t.head.lemma_.lower() in ("measure", "step", "action") for t in content)


def _told_of(tok) -> bool:
    """'an official had threatened to ...': a past warning the speaker reports, not one they give."""
    return tok.pos_ == "VERB" and (tok.tag_ == "VBD" or any(c.lower_ == "had" for c in tok.children))


def _threatens(content) -> bool:
    """'If there is no dialogue, we will go to Geneva', 'there will be more arrests unless ...': what will
    follow on a condition."""
    return any(t.lower_ in _CONDITIONS and t.dep_ == "mark" and t.head.dep_ == "advcl" and _will(t.head.head, _MAYBE)
               and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.head.children) for t in content)


def _will(verb, modals: frozenset[str] = frozenset()) -> bool:
    """'we will go', 'Hanoi would respond', not 'we would have deployed'."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & ({"will", "'ll", "would"} | modals)) and "have" not in aux


def _conditional_in(content) -> bool:
    """'If the fields are under water now, the hunger comes in April': a consequence foretold."""
    return any(t.lower_ in _CONDITIONS and t.dep_ == "mark" for t in content)


def _conditional(tok) -> bool:
    """Inside an 'if' or 'unless' clause."""
    while tok.dep_ != "ROOT" and tok.head.i != tok.i:
        if tok.dep_ == "advcl" and any(c.lower_ in _CONDITIONS for c in tok.children):
            return True
        tok = tok.head
    return False


def _denies_outright(content) -> bool:
    """'The police did not fire a single bullet', 'I have never taken a cent', 'no such thing': a flat
    negated past deed of someone who can act (not 'the cuts did not go far enough')."""
    for tok in content:
        if tok.lower_ == "no" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "such":
            return True
        if tok.dep_ == "neg" and _negated_past(tok.head) and _by_actor(tok.head):
            return True
    return False


def _a_state(verb) -> bool:
    """'I have not seen my son for three years', 'we have not been able to reach them', 'I have never been
    so happy': how things stand, not a deed denied."""
    lasting = any(c.dep_ == "prep" and c.lower_ in ("for", "since") and
                  any(g.ent_type_ in ("DATE", "TIME") for g in c.subtree) for c in verb.children)
    return lasting or verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children)  # "been able"


def _negates_past(content) -> bool:
    """'the cuts did not go far enough', 'no decisions have been made', 'not a single euro was handed over':
    a negated account of the past."""
    return any(t.dep_ == "neg" and _negated_past(t.head)
               or _nobody(t) and _negated_past(t.head if t.dep_ in _SUBJECT else t.head.head, negated=True)
               for t in content)


def _nobody(tok) -> bool:
    """A subject that is no one with a claim to deny ('nobody promised a review'), or a noun with 'no' or 'not
    a single' (a witness's 'nobody came', 'nobody told us anything' is no rebuttal)."""
    if tok.dep_ in _SUBJECT:
        return tok.lower_ in ("nobody", "none", "nothing") and any(
            c.dep_ == "dobj" and not c.lower_.startswith("any") for c in tok.head.children)
    return tok.lower_ in ("no", "not") and tok.head.dep_ in _SUBJECT


def _negated_past(verb, negated: bool = False) -> bool:
    """A past or perfect verb, not in a condition, with 'did', 'have' or 'never' (or a 'no' subject)."""
    if verb.tag_ not in ("VBD", "VBN", "VB") or _conditional(verb) or _a_state(verb) \
            or verb.dep_ in ("relcl", "acl") or verb.lemma_ in _MINDS:
        return False  # not "debts I never took", "I did not think I would"
    if any(c.lower_ in _MODALS or c.lemma_ in ("be", "go") and c.dep_ != "aux" for c in verb.children):
        return False
    if negated and (verb.dep_ in ("advcl", "relcl") or any(c.dep_ == "mark" or c.tag_ == "MD"
                                                           for c in verb.children)):
        return False  # "when nobody else had the courage", "nobody can check"
    if negated and verb.tag_ == "VBD":
        return True  # "nobody promised"
    return any(c.lower_ in ("did", "have", "has", "had", "never") or c.tag_ == "VBD" or negated
               for c in verb.children if c.dep_ in ("aux", "auxpass", "neg"))


def _by_actor(verb) -> bool:
    """The verb's subject is someone who can act: a pronoun, a name, a body, a person's role."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ in ("PRON", "PROPN") or subject.ent_type_ in _ACTORS
                                    or subject.lower_ in ORG_HEADS or is_person_role(subject.text))


def _negates_claim(content) -> bool:
    """'the figures were not based on ...', 'I am not convinced'."""
    for tok in content:
        if tok.dep_ != "neg":
            continue
        head = tok.head
        if head.lemma_.lower() in _NEGATED_BELIEF or head.lower_ in _NEGATED_BELIEF:
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in CLAIM_NOUNS for c in head.children):
            return True
    return False


def _plans(doc: Doc, statement: Statement) -> bool:
    """'said he would take his case to the court': a plan, not a rebuttal."""
    start, end = statement.content
    heads = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    return any(_will(h) for h in heads)


def _goes_on_denying(doc: Doc, before: Statement, statement: Statement) -> bool:
    """'The ministry denied the report. It said the boxes were spares': what a speaker says right after a
    denial disputes the claim too (not a plan: 'denied wrongdoing and said he would appeal')."""
    return before.stance == "denies" and statement.stance == "asserts" and statement.verb in _PLAIN_SAYING \
        and statement.speaker is not None and before.speaker == statement.speaker and not _plans(doc, statement)


def _counts_otherwise(doc: Doc, earlier: list[Statement], statement: Statement) -> bool:
    """'Police put the crowd at 3,500 ... Organisers put it at more than 10,000', 'according to the army,
    although a local group put the death toll at 40': a second count of the same thing disputes the first."""
    if statement.verb != "put" or statement.stance != "asserts":
        return False
    cue = doc[statement.cue]
    if any(t.lower_ in _CONCESSIVE for t in doc[sentence(cue).start:cue.i]):
        return True
    counted = any(c.dep_ == "dobj" and c.lemma_.lower() in _TALLIES for c in cue.children)
    return any(s.speaker != statement.speaker and (s.verb == "put" or counted and _gives_figure(doc, s))
               for s in earlier[-2:])


def _gives_figure(doc: Doc, statement: Statement) -> bool:
    """'said about 3,500 people attended': a number in what was said."""
    start, end = statement.content
    return any(e.label_ in ("CARDINAL", "PERCENT", "QUANTITY") and start <= e.start < end for e in doc.ents)


class StanceClassifier:
    """Sets each statement's stance; a speaker's next words after a denial dispute the claim too."""

    def __call__(self, doc: Doc) -> Doc:
        statements = doc._.statements
        for index, statement in enumerate(statements):  # "X said Y had told him that Z threatened ...": Z's
            # threat is no warning of X's nor of Y's
            relayed = [s.evidence for s in statements if s.reported_by == index]
            statement.stance = stance_of(doc, statement, relayed)
        ordered = sorted(statements, key=lambda s: s.evidence)
        for before, statement in zip(ordered, ordered[1:]):
            if _goes_on_denying(doc, before, statement):
                statement.stance = "disputes"
        for index, statement in enumerate(ordered):
            if _counts_otherwise(doc, ordered[:index], statement):
                statement.stance = "disputes"
        return doc
