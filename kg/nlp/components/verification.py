"""Whether the outlet says it verified a statement ("could not independently verify", "verified by")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.components.attribution import is_negated
from kg.nlp.lexicon import CLAIM_NOUNS, DOCUMENT_NOUNS, VERIFY_VERBS
from kg.nlp.model import Statement, sentence


# Outlets whose byline name is short for the name they give themselves in the text.
OUTLET_NAMES = {"ap": "associated press", "afp": "agence france-presse", "dpa": "deutsche presse-agentur"}


class VerificationMarker:
    """Marks statements the outlet could not verify (False) or verified (True)."""

    def __call__(self, doc: Doc) -> Doc:
        outlet = (doc._.outlet or "").lower()
        for verb in doc:
            verifies = verb.lemma_ in VERIFY_VERBS
            if not outlet or not (verifies or _saw_document(verb)) or not self._by_outlet(verb, outlet):
                continue
            if verifies:
                negative = is_negated(verb)
                for statement in self._targets(doc, verb, negative):
                    statement.verified = not negative
            else:
                for statement in _supported(doc, verb):
                    statement.verified = True
        _share_with_relays(doc._.statements)
        return doc

    def _by_outlet(self, verb: Token, outlet: str) -> bool:
        actors = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        actors += [p for c in verb.children if c.dep_ == "agent" for p in c.children]
        tok = verb  # "CNN could not verify", "CNN is unable to verify": the subject of the governing verb
        while tok.dep_ in ("xcomp", "acomp") and tok.head.i != tok.i:
            tok = tok.head
            actors += [c for c in tok.children if c.dep_ == "nsubj"]
        names = {outlet.removeprefix("the "), OUTLET_NAMES.get(outlet, outlet)}  # "Guardian Australia" too
        return any(name in " ".join(t.text for t in a.subtree).lower() for a in actors for name in names)

    def _targets(self, doc: Doc, verb: Token, negative: bool) -> list[Statement]:
        """The statement the verification is about: a named speaker's claims, else its sentence's
        first statement, else (for a failed verification) the latest statement before it."""
        statements = doc._.statements
        before = [s for s in statements if s.cue < verb.i]
        claim = _claim_noun(verb)
        if claim is not None and _of_either_side(claim):
            return [s for s in before if s.verb != "according to"]
        if claim is not None and any(c.dep_ == "poss" or c.lower_ == "by" for c in claim.children):
            # "her claim", "claims by X": that speaker's statements, those relaying another's account first
            owner = self._owner(doc, claim)
            own = [s for s in before if s.speaker_name == owner] if owner else []
            relays = {statements[s.reported_by].cue for s in statements if s.reported_by is not None}
            return [s for s in own if s.cue in relays] or own
        same = [s for s in _in_sentence(doc, sentence(verb).start) if s.cue != verb.i]
        if same:
            return [same[0]]
        return before[-1:] if negative else []

    def _owner(self, doc: Doc, claim: Token) -> str | None:
        links, entities = doc._.token_entity, doc._.entities
        for child in claim.children:
            if child.dep_ == "poss" and child.i in links:
                return _statement_name(doc, entities[links[child.i]].name)
            if child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.i in links:
                        return _statement_name(doc, entities[links[pobj.i]].name)
        return None


def _of_either_side(claim: Token) -> bool:
    """'either side's account', 'both sides' versions': every party's statements so far."""
    return any(c.dep_ == "poss" and c.lemma_.lower() in ("side", "party") and
               any(d.lower_ in ("either", "both", "neither", "each") for d in c.children) for c in claim.children)


def _share_with_relays(statements: list[Statement]) -> None:
    """'X said Y had told him that ...': what the outlet could (not) verify of the one, it could (not) verify
    of the other, the account being one."""
    for statement in statements:
        if statement.reported_by is None:
            continue
        outer = statements[statement.reported_by]
        if outer.verified is None:
            outer.verified = statement.verified
        elif statement.verified is None:
            statement.verified = outer.verified


def _saw_document(verb: Token) -> bool:
    """'The BBC has seen a copy of the report', 'according to a copy seen by BBC Sport'."""
    if verb.lemma_ not in ("see", "obtain", "review") or is_negated(verb):
        return False
    documents = [c for c in verb.children if c.dep_ == "dobj"] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(d.lemma_.lower() in DOCUMENT_NOUNS or d.lower_ in DOCUMENT_NOUNS for d in documents)


def _supported(doc: Doc, verb: Token) -> list[Statement]:
    """The statements a document the outlet has seen bears out: those of its sentence, else those of the
    sentence before (a relayed statement and its relay alike)."""
    start = sentence(verb).start
    same = _in_sentence(doc, start)
    return same if same or start == 0 else _in_sentence(doc, sentence(doc[start - 1]).start)


def _in_sentence(doc: Doc, start: int) -> list[Statement]:
    """The statements whose cue lies in the sentence starting at START."""
    return [s for s in doc._.statements if sentence(doc[s.cue]).start == start]


def _statement_name(doc: Doc, name: str) -> str:
    """The speaker name statements use for an entity (a capital's country, when they used it)."""
    names = {s.speaker_name for s in doc._.statements}
    if name in names:
        return name
    for entity in doc._.entities:
        if entity.name == name and entity.country in names:
            return entity.country
    return name


def _claim_noun(verb: Token) -> Token | None:
    """The claim a verification clause is about: its object, or the noun it modifies."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_ in CLAIM_NOUNS:
            return child
    tok = verb
    while tok.dep_ in ("xcomp", "acomp", "relcl", "ccomp") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_ in CLAIM_NOUNS:
            return tok
    while tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:  # "the claim by Moscow, which CNN ...":
        tok = tok.head                                              # the clause hangs on the claimant
        if tok.pos_ == "NOUN" and tok.lemma_ in CLAIM_NOUNS:
            return tok
    return None
