"""Attributed statements: speech verbs with their speaker and content, "according to X", direct
quotes before, after and around the speaker, nominal claims ("accusations by X that"), nesting."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.components.quotes import quote_at
from kg.nlp.components.speakers import Speakers, closing_apposition, is_outlet, misparsed_name, stranded_subject
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import (
    CAUTION,
    CLAUSE_ONLY,
    CUE_VERBS,
    DENY,
    GENERIC_ORG_NOUNS,
    NOUN_CUE_CARRIERS,
    NOUN_CUES,
    OBJECT_CUES,
    ORG_HEADS,
    REJECTING,
    VERIFY_VERBS,
    is_person_role,
)
from kg.nlp.model import Statement, sentence

_COMPLEMENTS = {"ccomp", "xcomp"}
_EMBEDDED = {"ccomp", "xcomp", "relcl", "acl", "pcomp"}
_NEGATORS = {"not", "n't", "never", "unable", "no"}
_QUOTE_MARKS = {"“", '"', "«", "``"}
_REFLEXIVES = {"itself", "themselves", "himself", "herself"}
_EXPECTING = {"expect", "want", "urge", "ask", "invite", "plan", "hope", "intend", "wish", "need", "due", "likely",
              "schedule"}
_TELL_LIKE = {"tell", "assure", "inform", "warn", "remind", "brief"}


def is_negated(verb: Token) -> bool:
    """'did not say', 'has never confirmed', 'was unable to confirm', 'has not been able to verify'."""
    if any(c.dep_ == "neg" or c.lower_ in ("never",) for c in verb.children):
        return True
    tok = verb
    while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.lower_ in _NEGATORS or any(c.dep_ == "neg" for c in tok.children):
            return True
    return False


def subject_of(verb: Token) -> Token | None:
    """The verb's subject (the one nearest it, unless that one only ends a phrase of another: "X of the
    consultancy Y cautioned"), inherited along coordination ("cautioned ... and said"); a name the parser
    misattached just before the verb ("Kiptoo/advmod added") also counts."""
    subjects = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - verb.i))
    if subjects:
        nearest = subjects[0]
        person = next((c for c in nearest.lefts if c.dep_ in ("nmod", "compound") and c.ent_type_ == "PERSON"
                       and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)), None)
        if person is not None:
            return person  # "Lucia Ramirez/nmod of the advocacy group Andean Water Watch/nsubj told"
        return next((o for o in subjects[1:] if any(c.dep_ == "prep" and c.right_edge.i + 1 == nearest.left_edge.i
                                                    for c in o.children)), nearest)
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return subject_of(verb.head)
    before = verb.doc[verb.i - 1] if verb.i > sentence(verb).start else None
    if before is not None and before.head == verb and before.dep_ != "nsubjpass" and \
            (before.pos_ == "PROPN" or before.i in verb.doc._.token_entity or misparsed_name(before)):
        return before
    return stranded_subject(verb)


def _closing_advcl(verb: Token) -> bool:
    """'Talks are due next week, the ministry said on Wednesday.': the parser hung the closing cue on the
    clause it reports, with no subject of its own."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and verb.doc[subject.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("ccomp", "dobj", "xcomp", "mark", "advmod") for c in verb.children)


def passive_agent(verb: Token) -> Token | None:
    """X in 'was sued by X'."""
    return next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)


class AttributionFinder:
    """Sets doc._.statements from speech verbs, "according to" phrases and nominal claims."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        speakers = Speakers(doc, self.gazetteer)
        found, group = [], []
        for tok in doc:
            if tok.pos_ in ("VERB", "AUX") and tok.lemma_ in CUE_VERBS:
                made = self._verb_statements(doc, tok, speakers, group)
                group = made or group
                found.extend(made)
            elif tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                made = [s for s in self._according_to(doc, tok, speakers) if s is not None]
                group = made or group
                found.extend(made)
            elif tok.pos_ == "NOUN" and tok.lemma_ in NOUN_CUES:
                found.append(self._noun_statement(doc, tok, speakers))
        statements = sorted((s for s in found if s is not None), key=lambda s: s.evidence[0])
        doc._.statements = _nest(doc, statements)
        return doc

    # --- speech verbs -------------------------------------------------------------------------

    def _verb_statements(self, doc: Doc, verb: Token, speakers: Speakers, group: list[Statement]) -> list[Statement]:
        """One statement per speaker of a speech verb ("X and Y said" gives two; a following "They
        warned" gives two again)."""
        misread = _after_apposition(verb)
        if is_negated(verb) or verb.dep_ in ("amod", "acl") and not misread or _dependent_participle(verb) \
                or _unsaid(verb) or _rejecters_participle(verb) or _naming_inside_statement(verb) or _decree(verb) \
                or _interrogation(verb):
            return []
        subject = verb.head if misread else subject_of(verb)
        outer = governing_cue(verb)
        coordinated = verb.dep_ == "conj" or verb.dep_ == "ccomp" and doc[verb.i - 1].lower_ in ("and", "but")
        if outer is not None and (verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp")
                                  or coordinated and not any(c.dep_ == "nsubj" for c in verb.children)):
            subject = subject_of(outer)  # "said A, warning that B" / "said A and insisted that B" (the parser
            # may hang "and warned that B" on "said" as its clause)
        elif subject is None and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
            subject = subject_of(verb.head)
        elif subject is None and verb.lemma_ in OBJECT_CUES:
            subject = passive_agent(verb)  # "Her assurance was questioned by Michelle van Wyk"
        if subject is None:
            return []
        statements = []
        if group and (subject.lower_ == "it" and _goes_on(doc, subject, group[-1])
                      or _the_document(subject) and _just_before(doc, subject, group[-1])):
            statement = self._verb_statement(doc, verb, subject, (group[-1].speaker, group[-1].speaker_name))
            return [statement] if statement is not None else []
        if subject.lower_ in ("they", "them") and (len(group) > 1 or group and not _is_person(doc, group[0])):
            for earlier in group:
                statement = self._verb_statement(doc, verb, subject, (earlier.speaker, earlier.speaker_name))
                statements += [statement] if statement is not None else []
            return statements
        for person in _conjuncts(subject):
            speaker = speakers.resolve(person)
            if speaker in [(s.speaker, s.speaker_name) for s in statements]:
                continue  # "X Manufacturers and Exporters Association": one name the parser read as two
            if speaker is not None and not (verb.lemma_ in VERIFY_VERBS and is_outlet(doc, speaker[1])):
                statement = self._verb_statement(doc, verb, subject, speaker)
                if statement is not None:
                    statements.append(statement)
        return statements

    def _verb_statement(self, doc: Doc, verb: Token, subject: Token, speaker) -> Statement | None:
        content = self._content(doc, verb)
        if content is None:
            return None
        if _after_apposition(verb):  # the parser took the clause's own verb for the sentence's
            end = sentence(verb).end
            content = content[0], end - 1 if doc[end - 1].is_punct else end
        reason = rejoinder(verb) or next((c for c in verb.children if c.lemma_ in CUE_VERBS
                                          and _dependent_participle(c)), None)
        if reason is not None and reason.right_edge.i >= content[1]:
            content = content[0], reason.right_edge.i + 1  # "rejected that figure, saying ...": the reason too
        named = closing_apposition(subject) or subject  # "a former officer, Chong Mei Ling, told": from the name
        own = [verb.i, content[0], content[1] - 1]
        if not (verb.tag_ == "VBG" and subject.head.i != verb.i and governing_cue(verb) is not None):
            own.append(named.left_edge.i)  # "said A, adding that B": B from the participle; "went further,
            # calling the claim a lie": from the speaker
        if subject.i > verb.i:
            own.append(_name_end(subject))
        quoted = any(q_start < content[1] and content[0] < q_end for q_start, q_end in doc._.quotes)
        if quoted and verb.right_edge.i < sentence(verb).end and content[1] <= verb.i:
            own.append(verb.right_edge.i)  # '"...," X told reporters in Tacloban.'
        evidence = _extend(doc, min(own), max(own) + 1, content)
        if quoted:
            evidence = evidence[0], _continued_quote(doc, evidence[1])
        return Statement(verb.i, verb.lemma_, speaker[0], speaker[1], content, evidence)

    def _content(self, doc: Doc, verb: Token) -> tuple[int, int] | None:
        """What the cue says: its clause, an adjacent quotation, or its object."""
        for child in sorted(verb.children, key=lambda c: c.i < verb.i):  # a clause after the cue first
            if child.dep_ in _COMPLEMENTS and (child.dep_ == "ccomp" or _has_to(child)):
                return clause_range(child)
        quote = _adjacent_quote(doc, verb)
        if quote is not None:
            return quote
        that = next((t for t in doc[verb.i + 1:sentence(verb).end] if t.lower_ == "that" and t.dep_ == "mark"
                     and not _conjoined_cue(t.head.head, verb)), None)
        if that is not None and (verb.lemma_ in _TELL_LIKE or not any(c.dep_ == "dobj" and c != that.head
                                                                       for c in verb.children)):
            start, end = clause_range(that.head)
            return min(start, that.i), end  # a that-clause the parser hung elsewhere
        objects = [c for c in verb.children if c.dep_ == "dobj"]  # "cautioned both camps/dobj against/prep ..."
        clause = next((o for o in objects if any(c.dep_ == "acl" and c.i == o.i + 1 for c in o.children)), None)
        if clause is not None and verb.lemma_ not in OBJECT_CUES:
            span = clause.left_edge.i, clause.right_edge.i + 1  # "said the fine/dobj related/acl to ...": a clause
            return _extend(doc, *span, span)
        against = next((c for t in [verb, *objects] for c in t.children
                        if c.dep_ == "prep" and c.lower_ in ("against", "of")), None)
        if against is not None and verb.lemma_ in CAUTION | {"accuse"}:
            return against.i, against.right_edge.i + 1
        if verb.lemma_ in DENY:
            gerund = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if gerund is not None:
                return clause_range(gerund)
        if verb.lemma_ == "call":
            demand = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
            if demand is not None and verb.i + 1 == demand.i:
                return demand.i + 1, demand.right_edge.i + 1  # "called for a parliamentary inquiry"
        if verb.lemma_ == "put" and not any(c.dep_ == "dobj" and c.lemma_ in _ESTIMATED for c in verb.children):
            return None  # only "put the death toll at 40" says something
        if verb.lemma_ in OBJECT_CUES and verb.lemma_ not in CLAUSE_ONLY or verb.lemma_ in ("call", "put"):
            objects = [c for c in verb.children if c.dep_ in ("dobj", "oprd")] \
                or [c for c in verb.children if c.dep_ == "nsubjpass" and passive_agent(verb) is not None]
            if verb.lemma_ == "call" and (not any(c.dep_ == "oprd" for c in verb.children)
                                          and not any(quote_at(doc, t.i) for t in verb.subtree)
                                          or any(c.lower_ in _REFLEXIVES for c in verb.children)):
                return None  # "a group calling itself Black Monsoon" names itself, says nothing
            if objects:
                rights = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "prep", "advmod", "npadvmod")]
                return min(o.left_edge.i for o in objects), max(o.right_edge.i for o in objects + rights) + 1
            if verb.dep_ == "relcl":
                head = verb.head
                return head.left_edge.i, head.i + 1
        if (verb.dep_ == "parataxis" or verb.dep_ == "ccomp" and verb.head.lemma_ not in CUE_VERBS
                or _closing_advcl(verb)) and verb.lemma_ not in CLAUSE_ONLY:
            head = verb.head if verb.head.i < verb.i else sentence(verb).root  # "A, X said, B": the whole clause
            return clause_range(head, skip=verb)
        if verb.lemma_ == "say" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children):
            return verb.i + 1, _sentence_end(doc, verb)  # "said the proposal, delivered on Monday, called for
            # ...": a clause the parser broke at the comma after its subject
        return None

    # --- according to X -----------------------------------------------------------------------

    def _according_to(self, doc: Doc, according: Token, speakers: Speakers) -> list[Statement]:
        to = doc[according.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        author = _author_of(source) or _closing_name(source) or _name_in_phrase(source) if source is not None else None
        speaker = speakers.resolve(author or source) if source is not None else None
        if speaker is None and source is not None:
            speaker = _issuer(doc, source)  # "according to the judgment": the tribunal the article names
        if speaker is None:
            return []
        sent = sentence(according)
        start, end = sent.start, _sentence_end(doc, according)
        content = (start, according.i) if according.i > start + 2 else (source.right_edge.i + 1, end)
        outer = Statement(according.i, "according to", speaker[0], speaker[1], content, (start, end))
        inner = self._quoted_deed(doc, according.head, speakers, limit=according.i)
        return [outer] + ([inner] if inner else [])

    def _quoted_deed(self, doc: Doc, verb: Token, speakers: Speakers, limit: int) -> Statement | None:
        """'X thanked them for their "successful actions"': a deed reported with the doer's words."""
        if verb.pos_ != "VERB" or verb.lemma_ in CUE_VERBS:
            return None
        quote = next((q for q in doc._.quotes if verb.i < q[0] < limit), None)
        subject = subject_of(verb) if quote is not None else None
        speaker = speakers.resolve(subject) if subject is not None else None  # only then: resolving may add a body
        if speaker is None:
            return None
        end = min(quote[1], limit)
        while end < limit and doc[end].is_punct:
            end += 1
        return Statement(verb.i, verb.lemma_, speaker[0], speaker[1], (verb.i + 1, end),
                         (subject.left_edge.i, end))

    # --- nominal claims -------------------------------------------------------------------------

    def _noun_statement(self, doc: Doc, noun: Token, speakers: Speakers) -> Statement | None:
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")
                       and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
        if clause is None:
            return None
        content = clause_range(clause)
        speaker, start = None, noun.left_edge.i
        by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is not None:
            agent = next((c for c in by.children if c.dep_ == "pobj"), None)
            speaker = speakers.resolve(agent) if agent is not None else None
        elif noun.dep_ == "dobj" and noun.head.lemma_ in NOUN_CUE_CARRIERS:
            subject = subject_of(noun.head)
            speaker = speakers.resolve(subject) if subject is not None else None
            start = subject.left_edge.i if subject is not None else start
        if speaker is None:
            return None
        evidence = _extend(doc, start, content[1], content)
        return Statement(noun.i, NOUN_CUES[noun.lemma_], speaker[0], speaker[1], content, evidence)


_OWN_STANCE = REJECTING | CAUTION | {"add"}  # participles that say something of their own
_REJOINDERS = DENY | {"dispute", "contradict"}  # ... unless they only turn down another's claim
_SIDE_BY_SIDE = {"while", "whereas", "as", "though", "although"}
_DECREES = {"state", "day", "mourning", "curfew", "emergency", "holiday"}
_ESTIMATED = {"toll", "figure", "number", "cost", "damage", "loss", "losses", "magnitude", "participation", "turnout",
              "crowd", "size"}
_ISSUED = {"statement", "report", "letter", "ruling", "judgment", "judgement", "filing", "indictment", "notice"}
_COURTS = ("court", "tribunal", "jury")
_PROSECUTORS = ("prosecutor", "attorney")
_ISSUERS = {"judgment": _COURTS, "judgement": _COURTS, "ruling": _COURTS, "verdict": _COURTS,
            "indictment": _PROSECUTORS, "prosecution": _PROSECUTORS, "sheet": _PROSECUTORS,  # "the charge sheet"
            "result": ("electoral", "election")}  # "according to the official results"


def _issuer(doc: Doc, source: Token) -> tuple[int, str] | None:
    """The body that issues a document of the source's kind, named in the article (the latest before it, else
    the first): the court for 'according to the judgment', the prosecutors for 'according to the indictment'."""
    words = _ISSUERS.get(source.lemma_.lower())
    if words is None or any(c.dep_ == "poss" for c in source.children) \
            or source.lower_ == "sheet" and not any(c.lower_ == "charge" for c in source.children):
        return None
    bodies = [(s, n) for n, e in enumerate(doc._.entities) if e.kind == "organization"
              and any(w in e.name.lower() for w in words) for s, _ in e.mentions]
    before = [b for b in bodies if b[0] < source.i]
    chosen = max(before) if before else min(bodies, default=None)
    return (chosen[1], doc._.entities[chosen[1]].name) if chosen else None


def _author_of(source: Token) -> Token | None:
    """X in 'a report by X', 'figures from X', "the Commission's calculations", 'UN figures': who stands behind a
    document."""
    prep = next((c for c in source.children if c.dep_ == "prep" and c.lower_ in ("by", "from")), None)
    if prep is not None:
        return next((c for c in prep.children if c.dep_ == "pobj"), None)
    owner = next((c for c in source.children if c.dep_ == "poss"), None)
    said = source.pos_ == "NOUN" and not is_person_role(source.text) \
        and source.lemma_ not in ORG_HEADS | GENERIC_ORG_NOUNS  # not "Paraguay's health ministry"
    if owner is None and source.i not in source.doc._.token_entity:
        owner = next((c for c in reversed(list(source.lefts)) if c.dep_ == "compound"
                      and c.i in source.doc._.token_entity), None)
    return owner if owner is not None and said else None


def _closing_name(source: Token) -> Token | None:
    """The name after a description: 'according to the army's spokesman in Ituri, Lieutenant Didier Mawazo'."""
    if source.pos_ != "NOUN":
        return None
    names = [t for t in source.subtree if t.ent_type_ == "PERSON" and t.dep_ != "compound"]
    name = names[-1] if names else _name_after(source)
    return name if name is not None and source.doc[name.left_edge.i - 1].text == "," else None


def _name_in_phrase(source: Token) -> Token | None:
    """'according to the business daily Handelsblatt': a name later in the phrase that the parser hung
    elsewhere."""
    links, doc = source.doc._.token_entity, source.doc
    end = source.i + 1
    while end < len(doc) and not doc[end].is_punct and doc[end].pos_ in ("PROPN", "NOUN", "ADJ"):
        end += 1
    return next((t for t in reversed(doc[source.i + 1:end]) if t.i in links), None)


def _name_after(source: Token) -> Token | None:
    """'according to a doctor there, Amina Sheikh Ali.': a name closing the sentence that the parser did not
    hang on the description before it."""
    doc, end = source.doc, source.right_edge.i + 2
    if end >= len(doc) or doc[end - 1].text != "," or doc[end].ent_iob_ != "B" or doc[end].ent_type_ != "PERSON":
        return None
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[end] if end + 1 == len(doc) or doc[end + 1].is_sent_end or doc[end + 1].text in ".," else None


def _goes_on(doc: Doc, it: Token, before: Statement) -> bool:
    """'The army denied striking the market. In a statement, it said ...': 'it' is the body that spoke in the
    sentence before, when the body it was linked to is not named since (the army was described, not named,
    when pronouns were resolved)."""
    if not _just_before(doc, it, before) or doc._.entities[before.speaker].kind != "organization":
        return False
    linked = doc._.token_entity.get(it.i)
    return linked is None or linked != before.speaker and not any(
        before.evidence[0] <= s < it.i for s, _ in doc._.entities[linked].mentions)


def _just_before(doc: Doc, tok: Token, before: Statement) -> bool:
    """Whether a statement with a known speaker was made in the sentence before the token's or in its own."""
    start = sentence(tok).start
    return bool(start) and before.speaker is not None and before.cue >= sentence(doc[start - 1]).start


def _the_document(subject: Token) -> bool:
    """'..., the statement said': the document the body that spoke just before issued."""
    return subject.lower_ in _ISSUED and any(c.lower_ == "the" for c in subject.children) \
        and not any(c.dep_ in ("poss", "compound", "prep") for c in subject.children)


def _is_person(doc: Doc, statement: Statement) -> bool:
    return statement.speaker is not None and doc._.entities[statement.speaker].kind == "person"


def governing_cue(verb: Token) -> Token | None:
    """The speech verb whose clause a participle or a coordinated verb hangs from, if any."""
    tok = verb.head
    while tok.i != tok.head.i and tok.dep_ in ("ccomp", "conj", "xcomp", "advcl") and tok.lemma_ not in CUE_VERBS:
        tok = tok.head
    return tok if tok.i != verb.i and tok.lemma_ in CUE_VERBS else None


def _conjuncts(subject: Token) -> list[Token]:
    """'X and Y' as [X, Y], looking through an apposition ('two firms, X and Y', not 'X, a consultant and former
    inspector'); otherwise [subject]."""
    heads = [subject] + [c for c in subject.children if c.dep_ == "conj"]
    out = []
    for head in heads:
        appos = next((c for c in head.children if c.dep_ == "appos"), None)
        if appos is not None and (head.pos_ == "NUM" or head.pos_ != "PROPN" and any(c.dep_ == "conj"
                                                                                  for c in appos.children)):
            out += [appos] + [c for c in appos.children if c.dep_ == "conj"]
        elif head.pos_ in ("PROPN", "NOUN", "PRON") or head.i == subject.i:
            out.append(head)
    return out


def _rejecters_participle(verb: Token) -> bool:
    """'denied reports that it planned to withdraw, calling them "baseless"': the parser hangs the participle
    on the rejected claim's verb, but it is the rejecter's, inside the rejection's statement."""
    return verb.lemma_ == "call" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp") \
        and verb.head.lemma_ not in CUE_VERBS and _under_cue(verb.head, REJECTING)


def _decree(verb: Token) -> bool:
    """'declared a state of emergency', 'declared three days of mourning': an act, not a claim (unlike
    'declared X the winner', 'declared a cholera outbreak')."""
    return verb.lemma_ == "declare" and any(c.dep_ == "dobj" and c.lemma_ in _DECREES for c in verb.children)


def _naming_inside_statement(verb: Token) -> bool:
    """'rejected what it called "foreign interference"', 'said ... would satisfy what it called expansionist
    ambitions': a name given inside a statement is part of it ('in what HRW called a crackdown' stands alone)."""
    return verb.lemma_ in ("call", "describe", "term", "dub") and any(c.lower_ == "what" for c in verb.children) \
        and _under_cue(verb, CUE_VERBS)


def _after_apposition(verb: Token) -> bool:
    """'The French interior minister, Étienne Marchal, announced that ...': the parser hung the speech verb
    on the title as if it described it; the name in apposition just before it and the clause it governs
    make it the sentence's own verb."""
    head = verb.head
    return verb.dep_ == "acl" and verb.doc[verb.i - 1].text == "," \
        and any(c.dep_ == "appos" and c.right_edge.i + 2 == verb.i for c in head.children) \
        and any(c.dep_ == "ccomp" for c in verb.children)


def _under_cue(tok: Token, cues: frozenset[str]) -> bool:
    """Whether a verb among `cues` governs the token: it is inside that verb's statement."""
    return any(a.lemma_ in cues and a.pos_ == "VERB" for a in tok.ancestors)


def _dependent_participle(verb: Token) -> bool:
    """'..., arguing that' elaborates its head's statement, unless it adds a stance or a point of its own
    ('..., adding that') or the head states nothing ('announced the decision, telling lawmakers that')."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return False
    outer = governing_cue(verb)
    states = outer is not None and (outer.lemma_ in OBJECT_CUES or any(c.dep_ == "ccomp" for c in outer.children))
    rebuts = outer is not None and outer.lemma_ in DENY and verb.lemma_ in ("say", "add", "write")
    return states and not rebuts and (verb.lemma_ not in _OWN_STANCE or rejoinder(outer) == verb)


def rejoinder(cue: Token) -> Token | None:
    """'said five soldiers had died, disputing the militants' figures': the participle by which a plain saying
    rejects a claim, one statement with it."""
    if cue.lemma_ not in ("say", "tell"):
        return None
    return next((t for t in cue.subtree if t.tag_ == "VBG" and t.dep_ in ("advcl", "xcomp", "conj")
                 and t.lemma_ in _REJOINDERS and governing_cue(t) == cue), None)


def clause_range(head: Token, skip: Token | None = None) -> tuple[int, int]:
    """Token range of a clause, leaving out independent statements attached to it and `skip`."""
    keep = []
    stack = [head]
    while stack:
        tok = stack.pop()
        keep.append(tok.i)
        for child in tok.children:
            if skip is not None and child.i == skip.i or _independent(child):
                continue
            stack.append(child)
    return min(keep), max(keep) + 1


def _independent(tok: Token) -> bool:
    """A clause that is a statement of its own, not part of its head's content."""
    if tok.dep_ in ("advcl", "conj", "parataxis", "relcl") and tok.lemma_ in CUE_VERBS \
            and not (tok.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)):
        # "told her during a call that investigators had questioned him": the parser's relative clause is what
        # was told
        own_stance = tok.tag_ == "VBG" and tok.lemma_ in _OWN_STANCE  # "..., warning that"
        return tok.dep_ == "conj" or own_stance or any(c.dep_ == "nsubj" for c in tok.children)
    return tok.lower_ == "according" or tok.dep_ == "punct" and tok.text in (";",)


def _unsaid(verb: Token) -> bool:
    """'We expect Japan to respond', 'is due to announce': a cue someone is only expected or asked to speak by
    (not 'went on to say')."""
    return verb.dep_ in _COMPLEMENTS and _has_to(verb) and verb.head.lemma_ in _EXPECTING \
        or any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)  # "to find out who was right"


def _interrogation(verb: Token) -> bool:
    """'investigators had questioned him for hours': a questioning of someone, no doubt cast on a claim."""
    return verb.lemma_ == "question" and any(
        c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them", "me", "us") or c.ent_type_ == "PERSON"
                              or c.tag_ == "NNS" and is_person_role(c.lemma_)) for c in verb.children)


def _has_to(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _name_end(subject: Token) -> int:
    """Last token of the subject's phrase, leaving out a long relative clause after it."""
    end = subject.i
    for child in subject.rights:
        if child.dep_ in ("relcl", "acl") and child.i - subject.i > 1:
            break
        end = child.right_edge.i
    return end


def _adjacent_quote(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """A quotation just before the verb's clause ('"...," X said') or just after it ('X said: "..."',
    'promised "total co-operation"')."""
    sent = sentence(verb)
    for start, end in doc._.quotes:
        closes_here = end - 1 >= sent.start or doc[end - 2].text == ","
        if end <= verb.i and closes_here and start < verb.i:
            between = doc[end:verb.i]
            if all(t.is_punct or t.dep_ in ("nsubj", "compound", "det", "amod", "poss", "case", "punct")
                   or t.ent_type_ or t.head == verb or t.head.dep_ == "nsubj" for t in between):
                return start, end
        if start == verb.i + 1 and verb.dep_ == "ROOT":
            return start, end  # 'she promised “total co-operation”'
        if start > verb.i and start - verb.i <= 6 and doc[start - 1].text in (":", ",", "—", "–") and \
                all(t.is_punct or t.head.i == verb.i and t.dep_ in ("dobj", "dative", "npadvmod")
                    or t.head.dep_ in ("dobj", "dative") for t in doc[verb.i + 1:start]):
            return start, end  # 'X said: "..."', 'X told reporters: "..."'
    return None


def _sentence_end(doc: Doc, tok: Token) -> int:
    end = sentence(tok).end
    while end > sentence(tok).start and doc[end - 1].is_space:
        end -= 1
    return end


def _extend(doc: Doc, start: int, end: int, content: tuple[int, int]) -> tuple[int, int]:
    """Widen an evidence span to whole quotations it touches and to the punctuation closing it."""
    for q_start, q_end in doc._.quotes:
        if q_start < end and start < q_end:
            start, end = min(start, q_start), max(end, q_end)
    sent_end = _sentence_end(doc, doc[end - 1])
    if all(t.is_punct for t in doc[end:sent_end]):
        end = sent_end
    while end - 1 > start and (doc[end - 1].dep_ == "cc" or doc[end - 1].text in (",", ";", "–", "—")):
        end -= 1  # "..., and" left behind by a cut-off coordinated statement
    return start, end


def _continued_quote(doc: Doc, end: int) -> int:
    """The end of the quotation sentences that directly follow a quoted statement in its paragraph."""
    while True:
        nxt = end
        while nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
            nxt += 1
        quote = next(((s, e) for s, e in doc._.quotes if s == nxt), None)
        if quote is None or nxt == len(doc) or "\n" in doc[end - 1].whitespace_:
            return end
        q_end = quote[1]
        if q_end < len(doc) and doc[q_end].is_punct and doc[q_end].text not in _QUOTE_MARKS:
            q_end += 1
        if q_end < len(doc) and not doc[q_end].is_space and not doc[q_end].is_sent_start:
            return end
        end = q_end


def _conjoined_cue(other: Token, verb: Token) -> bool:
    """'called the claims "exaggerated" and warned that ...': the that-clause is the second cue's."""
    return other.dep_ == "conj" and other.head == verb and other.lemma_ in CUE_VERBS


def _container(inner: Statement, statements: list[Statement]) -> Statement | None:
    """The statement whose content holds another's cue and whose evidence holds its evidence."""
    return next((o for o in statements if o is not inner and o.content[0] <= inner.cue < o.content[1]
                 and o.evidence[0] <= inner.evidence[0] and inner.evidence[1] <= o.evidence[1]), None)


def _quoted_by_another(doc: Doc, inner: Statement, statements: list[Statement]) -> bool:
    """The statement's cue lies in a quotation that is the evidence of a statement cued outside it."""
    quote = quote_at(doc, inner.cue)
    return quote is not None and any(o is not inner and o.evidence[0] <= quote[0] and quote[1] <= o.evidence[1]
                                     and quote_at(doc, o.cue) != quote for o in statements)


def _nest(doc: Doc, statements: list[Statement]) -> list[Statement]:
    """Mark statements inside another's content as relayed by it; drop restatements by the same speaker."""
    kept = []
    for inner in statements:
        outer = _container(inner, statements)
        if outer is not None and outer.speaker_name == inner.speaker_name and doc[inner.cue].dep_ in _EMBEDDED:
            continue  # "Ukraine dismissed what it said were ...": one statement
        if _quoted_by_another(doc, inner, statements):
            continue  # '"They said it was safe," said X', '"They told us our cocoa was safe," said X': what is
            # said inside a quotation is X's
        kept.append(inner)
    for inner in kept:
        outer = _container(inner, kept)
        cue = doc[inner.cue]
        beside = outer is not None and cue.dep_ in ("advcl", "conj") and (
            cue.head.i == outer.cue or any(c.dep_ == "mark" and c.lower_ in _SIDE_BY_SIDE for c in cue.children))
        # "The army said ..., while the rebels said ...", "..., a medical group said, as the army insisted ...":
        # two accounts side by side
        if outer is not None and outer.speaker_name != inner.speaker_name and outer.verb not in REJECTING \
                and not beside:
            inner.reported_by = kept.index(outer)  # a rejected accusation is not relayed by its rejecter
    return kept
