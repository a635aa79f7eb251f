"""Typed events from verb and noun triggers, with agent, target, place and day; repeats merged."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.components.attribution import is_negated, subject_of
from kg.nlp.components.speakers import Speakers
from kg.nlp.components.statement_dates import day_of
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import EVENT_TRIGGERS, LABOUR_STRIKE_WORDS, ORG_HEADS, PATIENT_NOUNS, TRIGGER_NEEDS, WEAK_MODIFIERS
from kg.nlp.model import Event, sentence

_LEFT_OUT = {"conj", "cc", "advcl", "ccomp", "parataxis", "punct", "mark", "appos"}
_NOUN_LEFT_OUT = {"conj", "cc", "punct", "appos", "advcl", "relcl", "acl", "ccomp"}
_TARGET_PREPS = {"on", "of", "against", "into", "to", "for", "in", "over", "between", "with"}
_NEAR = 4
_ELECTED = {"elect", "re-elect", "reelect"}
_SPECIFYING_PREPS = {"between", "by", "with", "in", "against", "on", "over", "outside", "near", "at", "across",
                     "through"}


def trigger_type(tok: Token) -> str | None:
    """The event type a token triggers, if it is a trigger in this context."""
    if tok.pos_ not in ("NOUN", "VERB") or tok.ent_type_ and tok.ent_type_ != "EVENT":
        return None
    lemma = tok.lemma_.lower()
    if lemma == "take" and any(c.lower_ in ("prisoner", "captive", "control") for c in tok.children):
        return "capture"
    kind = EVENT_TRIGGERS.get(lemma) or EVENT_TRIGGERS.get(tok.lower_)
    if kind is None or tok.pos_ == "VERB" and lemma in ("talk", "war", "deal", "accord", "address", "review") \
            or tok.lower_ == "talk":
        return None
    window = tok.doc[max(sentence(tok).start, tok.i - _NEAR):min(sentence(tok).end, tok.i + _NEAR + 1)]
    near = {t.lower_ for t in window if t.i != tok.i} | {c.lower_ for c in tok.children}
    if tok.pos_ == "VERB":
        near |= {t.lower_ for t in tok.subtree if t.i != tok.i}
    else:  # "Rail workers ended a three-day strike": the verb's subject counts
        near |= {t.lower_ for c in tok.head.children if c.dep_ == "nsubj" for t in c.subtree}
    if lemma == "cut" and near & {"jobs", "job", "workers", "staff", "positions"}:
        return "layoffs"
    if lemma == "strike" and near & LABOUR_STRIKE_WORDS or lemma == "strike" and tok.pos_ == "NOUN" and \
            any(c.lower_ in ("national", "nationwide", "general") for c in tok.children):
        return "strike"
    if lemma in TRIGGER_NEEDS and not near & TRIGGER_NEEDS[lemma]:
        return None
    if tok.pos_ == "VERB" and (is_negated(tok) or tok.dep_ in ("amod", "acl") and lemma != "publish"):
        return None
    if tok.pos_ == "NOUN" and not _specified(tok):
        return None
    return kind


def _specified(noun: Token) -> bool:
    """'heavy fighting', 'Sunday's runoff', 'talks between X and Y', 'flooding overwhelmed': a noun event
    with a modifier of its own or acting as a subject ('the war', 'new elections' are background)."""
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return True
    if noun.dep_ == "dobj" and any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for c in noun.head.children
                                   if c.dep_ in ("prep", "npadvmod") for t in c.subtree):
        return True  # "staged protests in Kumasi on Sunday"
    return any(c.dep_ in ("amod", "poss", "compound", "nmod", "nummod") and c.lower_ not in WEAK_MODIFIERS or
               c.dep_ == "acl" or c.dep_ == "prep" and c.lower_ in _SPECIFYING_PREPS for c in noun.children)


class EventFinder:
    """Sets doc._.events."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        speakers = Speakers(doc, self.gazetteer)
        events = []
        for tok in doc:
            kind = trigger_type(tok)
            if kind is not None:
                events.append(self._event(doc, tok, kind, speakers))
        doc._.events = _merge(events)
        _speakers_act(doc, doc._.events)
        return doc

    def _event(self, doc: Doc, tok: Token, kind: str, speakers: Speakers) -> Event:
        if tok.pos_ == "VERB":
            evidence = _core_clause(tok)
            agent = self._agent_of_verb(tok, speakers)
        else:
            evidence = _range(tok, _NOUN_LEFT_OUT)
            agent = self._agent_of_noun(tok, speakers)
        clause = _range(tok, _LEFT_OUT, with_subject=True) if tok.pos_ == "VERB" else evidence
        target, place = self._target_and_place(doc, tok, clause, agent)
        days = [day_of(e, doc._.article_date) for e in doc.ents
                if e.label_ == "DATE" and clause[0] <= e.start < clause[1]]
        return Event(kind, tok.i, evidence, agent, target, place, next((d for d in days if d), None))

    def _who(self, tok: Token | None, speakers: Speakers) -> str | None:
        if tok is None:
            return None
        found = speakers.resolve(tok, create=False) or speakers.behind(tok, create=False)
        return found[1] if found else None

    def _agent_of_verb(self, verb: Token, speakers: Speakers) -> str | None:
        passive_agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children), None)
        if passive_agent is not None:
            return self._who(passive_agent, speakers)
        subject = subject_of(verb)
        if subject is None and verb.dep_ in ("xcomp", "advcl"):
            subject = subject_of(verb.head) or next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        passive_subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive_subject is not None:  # "X was re-elected": the elected is who the election is about
            return self._who(passive_subject, speakers) if verb.lemma_ in _ELECTED else None
        return self._who(subject, speakers)

    def _agent_of_noun(self, noun: Token, speakers: Speakers) -> str | None:
        for child in noun.children:
            if child.dep_ == "poss" and noun.lemma_ in PATIENT_NOUNS:
                continue  # "his arrest": he is arrested, not arresting
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i < noun.i:
                who = self._who(child, speakers)
                if who is not None:
                    return who
            if child.dep_ == "prep" and child.lower_ in ("by", "between", "from"):
                pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
                who = self._who(pobj, speakers)
                if who is not None:
                    return who
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or noun.dep_ in ("nsubj", "nsubjpass"):
            return None
        subject = subject_of(verb) or (subject_of(verb.head) if verb.dep_ in ("xcomp", "advcl") else None)
        found = speakers.resolve(subject, create=False) if subject is not None else None
        return found[1] if found else None  # "RSF claimed to have captured X after a three-day offensive"

    def _target_and_place(self, doc: Doc, tok: Token, evidence: tuple[int, int], agent: str | None):
        """The first entity the trigger acts on, and the first place it happens in."""
        links, entities = doc._.token_entity, doc._.entities
        target = place = None
        for t in doc[evidence[0]:evidence[1]]:
            index = links.get(t.i)
            if index is None or entities[index].name == agent or t.i == tok.i \
                    or t.i < tok.i and tok.pos_ == "VERB":
                continue
            entity = entities[index]
            via = t.head.lower_ if t.dep_ == "pobj" else None
            if entity.kind == "place" and via == "in" and place is None:
                place = entity.name
            elif target is None and (t.dep_ in ("dobj", "nsubjpass") or via in _TARGET_PREPS
                                     or t.head.dep_ in ("dobj", "pobj")):
                target = entity.name
        return target, place


def _speakers_act(doc: Doc, events: list[Event]) -> None:
    """An agentless event a speaker announces ("services would remain suspended, West Japan Railway
    said") is the speaker's own doing; one done by "the union" a speaker leads is the union's."""
    for event in events:
        trigger = doc[event.trigger]
        holders = [s for s in doc._.statements if s.content[0] <= event.trigger < s.content[1]]
        if event.agent is not None or not holders:
            continue
        speaker = min(holders, key=lambda s: s.content[1] - s.content[0])
        clause = trigger if trigger.pos_ == "VERB" else trigger.head
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is None:
            event.agent = speaker.speaker_name
        elif subject.lower_ in ORG_HEADS and speaker.speaker is not None:  # "the union would hold a strike"
            roles = doc._.entities[speaker.speaker].roles
            event.agent = next((r["organization"] for r in roles if r["organization"]), None)


def _core_clause(verb: Token) -> tuple[int, int]:
    """Subject (or, for 'claimed to have captured', the governing subject), verb and object."""
    subject = subject_of(verb) or next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is None and verb.dep_ == "xcomp":
        subject = subject_of(verb.head)
    start = verb.i
    if subject is not None and subject.i < verb.i and subject.lower_ not in ("who", "which", "that"):
        start = subject.left_edge.i
    end = verb.i + 1
    for child in verb.rights:
        if child.dep_ in ("dobj", "oprd", "prt", "attr", "dative") or child.dep_ == "prep" and end == verb.i + 1 \
                and child.lower_ in ("to", "into", "from", "on", "against"):
            end = child.right_edge.i + 1
    return start, end


def _range(head: Token, left_out: set[str], with_subject: bool = False) -> tuple[int, int]:
    """Token range of the trigger's phrase (its clause, for a verb), trimmed of loose attachments."""
    comma = next((c.i for c in head.rights if c.text in (",", "–", "—", ";")), None)
    keep, stack = [head.i], [c for c in head.children if c.dep_ not in left_out and (comma is None or c.i < comma)]
    if not with_subject:
        stack = [c for c in stack if c.dep_ not in ("nsubj", "nsubjpass")] + \
            [c for c in head.children if c.dep_ in ("nsubj",) and c.i > head.i]
    while stack:
        tok = stack.pop()
        keep.extend(t.i for t in tok.subtree)
    start, end = min(keep), max(keep) + 1
    doc = head.doc
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _merge(events: list[Event]) -> list[Event]:
    """One event per type and participants: a repeated mention fills in what the first lacked."""
    merged: list[Event] = []
    for event in events:
        same = next((m for m in merged if m.type == event.type
                     and _compatible(m.agent, event.agent) and _compatible(m.target, event.target)
                     and _compatible(m.date, event.date)), None)
        if same is None:
            merged.append(event)
            continue
        same.agent = same.agent if same.agent is not None else event.agent
        same.target = same.target if same.target is not None else event.target
        same.place = same.place if same.place is not None else event.place
        same.date = same.date or event.date
    return merged


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b
