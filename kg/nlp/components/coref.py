"""Pronouns and descriptions ("he", "its", "the Russian leader", "the army") to the entity they mean."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.components.quotes import quote_at
from kg.nlp.components.speakers import is_outlet, named_of, org_named, salient_org, stranded_subject
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import GENERIC_ORG_NOUNS, HEAD_OF_STATE, PERSON_ROLES, is_person_role
from kg.nlp.model import Entity, sentence

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GENDER = {"he": "m", "him": "m", "his": "m", "mr": "m", "mr.": "m", "she": "f", "her": "f", "hers": "f",
          "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
PLURAL_PRONOUNS = {"they", "them", "their"}  # a body's members, never a country or city
_SUBJECTS = {"nsubj", "nsubjpass"}
_PEOPLE_NOUNS = {"man", "woman", "boy", "girl", "child", "victim", "conscript", "person", "baby", "teenager"}


def is_main_subject(tok: Token) -> bool:
    """A subject of the sentence's main verb or of a verb coordinated with it, or the source of an
    'according to'."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according":
        return True
    verb = tok.head
    while verb.dep_ == "conj" and verb.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return tok.dep_ in _SUBJECTS and verb.dep_ == "ROOT" or tok.dep_ in ("conj", "appos") \
        and stranded_subject(sentence(tok).root) == tok


def _genders(doc: Doc) -> dict[int, str]:
    """A person's gender as the article shows it: a pronoun or honorific that follows them in a
    sentence where no other person is named, the pronoun outside a quotation ('Chanda said: "... his
    business"' tells nothing of Chanda) (keyed by id of the entity)."""
    votes: dict[int, list[str]] = {}
    links, entities = doc._.token_entity, doc._.entities
    for sent in doc.sents:
        people = {links[t.i] for t in sent if t.i in links and entities[links[t.i]].kind == "person"}
        for tok in sent:
            gender = GENDER.get(tok.lower_)
            if gender is None:
                continue
            if tok.lower_.startswith("m") and tok.i + 1 < len(doc) and tok.i + 1 in links:
                votes.setdefault(id(entities[links[tok.i + 1]]), []).append(gender)
            elif len(people) == 1 and any(t.i in links for t in sent[:tok.i - sent.start]) \
                    and not _someone_else_between(doc, sent.start, tok) and quote_at(doc, tok.i) is None:
                votes.setdefault(id(entities[next(iter(people))]), []).append(gender)
    return {key: v[0] for key, v in votes.items() if len(set(v)) == 1}  # conflicting evidence: unknown


def _apposed_to(name: Token) -> Token:
    """The phrase a name in apposition stands for: 'the minister responsible for the SPSA, Lorne Hatcher,
    rejected' names the minister, though the parser may hang the name on 'SPSA'."""
    node = name.head
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.dep_ in ("amod", "nsubj", "nsubjpass"):
        node = node.head.head.head if node.head.head.dep_ == "amod" else node.head.head
    return node


def _someone_else_between(doc: Doc, start: int, pronoun: Token) -> bool:
    """'Avetisyan said the dead soldier had been in his first week': an unnamed person between the
    named one and the pronoun may be whom it means."""
    links = doc._.token_entity
    named = max(i for i in range(start, pronoun.i) if i in links)
    return any(t.pos_ == "NOUN" and (is_person_role(t.text) or t.lemma_.lower() in _PEOPLE_NOUNS)
               for t in doc[named + 1:pronoun.i])


def _common_noun(tok: Token) -> bool:
    """A noun or adjective; a lower-case 'proper noun' too (the tagger's 'the minister/PROPN said')."""
    return tok.pos_ in ("NOUN", "ADJ") or tok.pos_ == "PROPN" and tok.is_lower


def _is_age(tok: Token) -> bool:
    """'the 47-year-old' (one token or five)."""
    doc = tok.doc
    return tok.lower_.endswith("-old") or tok.lower_ == "old" and tok.i >= 2 and doc[tok.i - 2].lower_ == "year"


def _determiner(tok: Token) -> str | None:
    """The article or possessive of a noun phrase ('the' of 'the 47-year-old' even when misparsed)."""
    det = next((c.lower_ for c in tok.children if c.dep_ in ("det", "poss")), None)
    if det is None and _is_age(tok):
        first = tok.i - 4 if tok.lower_ == "old" else tok.i
        det = tok.doc[first - 1].lower_ if first > 0 else None
    return det


def _first_after(entities: list[Entity], position: int, accept) -> int | None:
    """The first entity that `accept`s, first mentioned after POSITION."""
    later = [(e.mentions[0][0], n) for n, e in enumerate(entities) if e.mentions[0][0] > position and accept(e)]
    return min(later)[1] if later else None


class MentionResolver:
    """Adds pronoun and description tokens to doc._.token_entity, pointing at the most salient
    compatible entity mentioned before them (main-clause subjects first)."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities, links = doc._.entities, doc._.token_entity
        genders = _genders(doc)
        resolved = {}
        for tok in doc:
            if tok.i in links:
                continue
            low = tok.lower_
            if low in PERSON_PRONOUNS:
                target = self._recent(doc, tok, lambda e, g=GENDER[low]: e.kind == "person"
                                      and genders.get(id(e), g) == g)
            elif low in GROUP_PRONOUNS and tok.tag_ != "EX":
                kinds = ("organization",) if low in PLURAL_PRONOUNS else ("organization", "place")
                target = self._recent(doc, tok, lambda e, k=kinds: e.kind in k and not is_outlet(doc, e.name))
            elif _common_noun(tok) and tok.dep_ != "compound":
                target = self._description(doc, tok, entities)
            else:
                continue
            if target is not None:
                links[tok.i] = target  # at once, so that a later pronoun can follow it
                resolved[tok.i] = target
        for i, target in resolved.items():
            tok = doc[i]
            if _common_noun(tok):
                phrase = doc[tok.left_edge.i:tok.i + 1].text
                if phrase.lower().startswith(("the ", "a ", "an ")):
                    entities[target].add_alias(phrase)
        return doc

    def _recent(self, doc: Doc, tok: Token, accept) -> int | None:
        """The nearest earlier subject in the sentence, else the latest main-clause subject before it,
        else the latest mention, among the entities that `accept`."""
        links, entities = doc._.token_entity, doc._.entities
        fallback = None
        here, quoted = sentence(tok).start, quote_at(doc, tok.i)
        before = sentence(doc[here - 1]).start if here > 0 else 0
        for i in range(tok.i - 1, -1, -1):
            index = links.get(i)
            if index is None or not accept(entities[index]) or quote_at(doc, i) not in (None, quoted):
                continue  # a name inside a quotation the pronoun is outside of is no antecedent
            if i < before and fallback is not None and fallback_at >= before and doc[fallback_at].dep_ != "poss":
                return fallback  # the one such entity the sentence before names, as its object
            same_sentence = i >= here
            subject = _apposed_to(doc[i]) if doc[i].dep_ == "appos" else doc[i]  # "her predecessor, X, had told"
            if subject.dep_ in _SUBJECTS and same_sentence or is_main_subject(subject) or is_main_subject(doc[i]):
                return index
            if fallback is None:
                fallback, fallback_at = index, i
        return fallback

    def _description(self, doc: Doc, tok: Token, entities: list[Entity]) -> int | None:
        det = _determiner(tok)
        named = tok.i + 1 < len(doc) and (doc[tok.i + 1].ent_type_ or doc[tok.i + 1].pos_ == "PROPN") \
            or named_of(tok) is not None  # "the office of President X" names a body of its own
        national = det is not None and det != "the" and tok.lower_ in PERSON_ROLES and self._country_poss(tok)
        kin = det in ("his", "her", "their") and tok.lower_ in PERSON_ROLES  # "his lawyer", named before or after
        if det != "the" and not national and not kin or named:
            return None  # an indefinite phrase introduces someone new; "the group Safe Screens" names itself
        low = tok.lower_
        if low not in PERSON_ROLES and is_person_role(low) and det == "the" and tok.pos_ == "NOUN" \
                and not any(c.dep_ == "appos" for c in tok.children):  # "the rector": one the article named so
            return self._recent(doc, tok, lambda e: e.kind == "person" and self._fits_role(e, tok, _title_words(tok)))
        if _is_age(tok) or low in PERSON_ROLES and not any(c.dep_ == "appos" for c in tok.children):
            portfolio = _title_words(tok)

            def fits(entity: Entity) -> bool:
                return entity.kind == "person" and self._fits_role(entity, tok, portfolio)
            strict = self._recent(doc, tok, fits)
            if national or kin:  # a lede's "Sri Lanka's sports minister" may be named further down
                return strict if strict is not None else _first_after(entities, tok.i, fits)
            return strict if strict is not None else self._recent(doc, tok, lambda e: e.kind == "person" and
                                                                  self._fits_country(e, tok))
        if det != "the" or tok.pos_ != "NOUN":
            return None
        named = org_named(doc, tok)
        if named is None and low in GENERIC_ORG_NOUNS:
            return salient_org(doc, tok.i, low)
        return named

    def _country_poss(self, tok: Token) -> bool:
        """'Sri Lanka's minister': the possessor is a country."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        return poss is not None and self.gazetteer.lookup(tok.doc[poss.left_edge.i:poss.i + 1].text) is not None

    def _fits_role(self, entity: Entity, tok: Token, portfolio: set[str]) -> bool:
        """The description's noun names one of the person's titles, holding its portfolio words, and its
        nationality fits."""
        titles = " ".join(r["title"].lower() for r in entity.roles)
        low = tok.lower_
        if _is_age(tok) or not titles:
            return False
        if low not in titles and not (low == "leader" and any(w in titles for w in HEAD_OF_STATE)):
            return False
        return self._fits_country(entity, tok) and portfolio <= set(titles.split())

    def _fits_country(self, entity: Entity, tok: Token) -> bool:
        """No nationality in the description, or one that matches the person's affiliations."""
        demonyms = [c.text for c in tok.children if c.dep_ in ("amod", "compound")
                    and self.gazetteer.country_of_demonym(c.text)]
        known = [r["organization"] for r in entity.roles if r["organization"]]
        if not demonyms or not known and not any(self.gazetteer.country_of_demonym(w) for a in entity.aliases
                                                 for w in a.split()):
            return True
        country = self.gazetteer.country_of_demonym(demonyms[0])
        return any(r["organization"] in (country, demonyms[0]) for r in entity.roles) or \
            any(country.lower() in a.lower() or demonyms[0] in a for a in entity.aliases)


def _title_words(tok: Token) -> set[str]:
    """The words of a description that name a portfolio: a noun ('industry' of 'Egypt's industry minister')
    or a word some person's title in the article holds ('prime' of 'the prime minister'), not 'new' of 'the
    new minister'."""
    doc = tok.doc
    titles = {w for e in doc._.entities if e.kind == "person" for r in e.roles for w in r["title"].lower().split()}
    modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.is_lower]
    return {c.lower_ for c in modifiers if c.lower_ in titles or c.dep_ == "compound" and c.pos_ == "NOUN"
            and c.i + 1 == tok.i}
