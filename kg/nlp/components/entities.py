"""Grouping entity mentions into entities: one per person, organisation or place, with aliases and roles."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from kg.nlp.components.governments import add_national_governments
from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import (COMPANY_PREFIXES, COMPASS_WORDS, INVERTED_CUES, ORG_HEADS, SITES, is_firm_name,
                            is_person_role, is_title)
from kg.nlp.model import Entity, sentence

KINDS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place"}
_NAME_STOPWORDS = {"of", "for", "and", "the", "on", "in", "de", "del", "la"}
_PREFIX_DEPS = {"compound", "amod", "nmod", "punct"}
_LOCATIVE = {"in", "near", "between", "outside"}
_UNITS = {"province", "region", "prefecture", "state", "district", "county", "oblast", "governorate", "constituency"}
_PLACE_UNITS = _UNITS | {"island", "village", "town", "commune", "regency", "municipality", "township"}
_SITE_UNITS = SITES | {"motorway", "highway", "expressway", "border", "crossing", "checkpoint", "field", "deposit",
                       "mountains", "hills", "valley"}
_WATER_UNITS = {"river", "sea"}  # "the Aegean" is the Aegean Sea, though the Buzi district is no river


def norm(text: str) -> str:
    """Lower-case name without a leading article or a trailing possessive."""
    text = text.lower().replace("’", "'")
    if text.startswith("the "):
        text = text[4:]
    return text[:-2] if text.endswith("'s") else text


def _without_unit(name: str, units: set[str] = _UNITS) -> str:
    """A place's name without a trailing administrative (or other) word: 'surin province' -> 'surin'."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in units else name


def _own_name(name: str) -> str:
    """A place's own name without the words for its kind: 'Escondida' of 'Escondida mine', 'Dorohusk' of
    'Dorohusk border crossing', 'Surin' of 'Surin province'."""
    words = name.split()
    site = words[-1] in SITES
    while len(words) > 1 and words[-1] in _PLACE_UNITS | _SITE_UNITS:
        words.pop()
    while site and len(words) > 1 and words[-1].islower():
        words.pop()  # "Campo Arenal" of "Campo Arenal nuclear power plant"
    return " ".join(words) if words[-1][:1].isupper() else name


def _distinctive(word: str, gazetteer: Gazetteer) -> bool:
    """'alcora' of 'Laboratorios Alcora SA' names it alone; 'bank' or 'kenya' of 'Central Bank of Kenya' not."""
    return len(word) > 3 and word not in ORG_HEADS | _NAME_STOPWORDS and gazetteer.lookup(word) is None \
        and not gazetteer.country_of_demonym(word)


def initials(text: str) -> str:
    """'Rapid Support Forces' -> 'RSF'."""
    return "".join(w[0] for w in text.split() if w.lower() not in _NAME_STOPWORDS and w[0].isalpha()).upper()


class EntityGrouper:
    """Builds doc._.entities and doc._.token_entity from the (fixed) named entities."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Entity] = []
        ents = [e for e in doc.ents if e.label_ in KINDS]
        people = [e for e in ents if e.label_ == "PERSON"]
        for ent in sorted(ents, key=lambda e: (e.label_ != "PERSON", -len(e), e.start)):
            slipped = _names_person(ent, people) and not self.gazetteer.is_country(ent.text)  # not "A Rocha Ghana"
            index = self._find(entities, ent) if ent.label_ == "PERSON" or not slipped \
                else self._find_person(entities, ent)
            acronym_of = _acronym_of(doc, ent, entities)
            if acronym_of is not None:
                index = acronym_of
                entities[index].add_alias(ent.text)
            if index is None:
                entities.append(self._new(ent))
                index = len(entities) - 1
            entities[index].mentions.append((ent.start, ent.end))
            if ent.label_ == "PERSON":
                self._add_role(doc, ent, entities[index])
            elif ent.label_ == "ORG":
                _add_possessor_alias(doc, ent, entities[index])
        _unname_single_words(doc, entities)
        _owners_tell_apart(entities)
        _merge_appositions(doc, entities)
        add_national_governments(doc, entities, self.gazetteer)
        for entity in entities:
            entity.mentions.sort()
        doc._.entities = entities
        doc._.token_entity = {i: n for n, e in enumerate(entities) for s, t in e.mentions for i in range(s, t)}
        return doc

    def _new(self, ent: Span) -> Entity:
        kind = KINDS[ent.label_]
        if kind == "organization":
            name = self._owned_name(ent.text)
            return Entity(kind, name, aliases=[ent.text] if name != ent.text else [])
        if kind != "place":
            return Entity(kind, ent.text)
        place = self.gazetteer.lookup(ent.text)
        if place is None:
            place_kind = "region" if ent.text.lower().split()[-1] in _UNITS else "other"
            bare = _own_name(ent.text) if ent[-1].is_lower else ent.text
            return Entity(kind, ent.text, aliases=[bare] if bare != ent.text else [], place_kind=place_kind)
        return Entity(kind, ent.text, place_kind=place.kind, geonames_id=place.geonames_id, lat=place.lat,
                      lon=place.lon, country=self.gazetteer.country_of_capital(place.name))

    def _find_person(self, entities: list[Entity], ent: Span) -> int | None:
        """The person a mislabelled mention names; a fuller form ("Carolina Pizarro") becomes the name."""
        text = norm(ent.text)
        for index, entity in enumerate(entities):
            if entity.kind != "person":
                continue
            if text.endswith(" " + norm(entity.name)):
                entity.name = ent.text
                return index
            if self._same("person", text, ent.text, entity):
                return index
        return None

    def _owned_name(self, text: str) -> str:
        """'Iraq’s State Organization for Marketing of Oil' is the State Organization ...: a country's
        possessive is no part of an organisation's name (it stays an alias)."""
        owner, rest = _possessive(text)
        return rest if owner and self.gazetteer.lookup(owner) is not None else text

    def _find(self, entities: list[Entity], ent: Span) -> int | None:
        kind, text = KINDS[ent.label_], norm(ent.text)
        nation = None
        if kind == "organization":
            text = norm(self._owned_name(ent.text))
            nation = self._nation(_possessed(ent).text)
        found = (index for index, entity in enumerate(entities)
                 if entity.kind == kind and self._same(kind, text, ent.text, entity)
                 and not (nation and {self._nation(n) for n in [entity.name, *entity.aliases]} - {None, nation}))
        # not "Iran's Foreign Ministry" nor "the Bolivian Foreign Ministry" for "Oman's Foreign Ministry"
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if text in ORG_HEADS and getattr(after, "pos_", "") != "PROPN":
            # "a Commission spokeswoman": the one named last before it (not "Bank" of "Bank Indonesia")
            return max(found, key=lambda n: max((s for s, _ in entities[n].mentions if s < ent.start), default=-1),
                       default=None)
        return next(found, None)

    def _nation(self, name: str) -> str | None:
        """The country an organisation's name says it is of: "Oman's Foreign Ministry", 'Bolivian Foreign
        Ministry'."""
        return self.gazetteer.owned(name)[0]

    def _same(self, kind: str, text: str, raw: str, entity: Entity) -> bool:
        name = norm(entity.name)
        if text == name:
            return True
        if kind == "person":  # "Mamani" of "Rosa Mamani Cruz": a Spanish name's first surname
            return name.endswith(" " + text) or name.startswith(text + " ") \
                or " " not in text and name.count(" ") >= 2 and f" {text} " in name
        if kind == "organization":
            if raw.isupper() and raw == initials(entity.name) or raw in entity.aliases \
                    or name in (text + " party", text.removesuffix("s") + " party"):  # "the Socialists",
                return True  # "Social Renewal leader X" of the Social Renewal Party
            if name.startswith(text + " of ") and self.gazetteer.is_country(name[len(text) + 4:]):
                return True  # "India's Competition Commission" is the Competition Commission of India
            if name.startswith(text + " ") and is_firm_name(entity.name):
                return True  # "Rupali Knit" of "Rupali Knit Composite Ltd.", "Sao Viet" of "Sao Viet Motors"
            return name.endswith(" " + text) or " " not in text and name.startswith(text + " ") \
                or " " not in text and f" {text} " in f" {name} " and _distinctive(text, self.gazetteer)
        if _without_unit(text, _PLACE_UNITS) == _without_unit(name, _PLACE_UNITS) \
                or entity.name.split()[-1] in SITES and text == norm(_own_name(entity.name)):
            return True  # "Surin province" and "Surin", "the Campo Arenal nuclear power plant" and "Campo Arenal"
        bare = name if name == _without_unit(text, _WATER_UNITS) \
            else text if text == _without_unit(name, _WATER_UNITS) else None
        if bare is not None:
            known = self.gazetteer.lookup(bare)  # "the Aegean Sea" and "the Aegean", not the city of Opava
            return known is None or known.kind == "other"  # "the Brahmaputra" is the Brahmaputra River
        a, b = self.gazetteer.lookup(text), self.gazetteer.lookup(name)
        if any(short is None and full is not None and full.kind == "country" and long.endswith(" " + word)
               for word, short, long, full in ((text, a, name, b), (name, b, text, a))):
            return True  # "Congo" of the Democratic Republic of Congo, "Korea" of South Korea
        return a is not None and a == b

    def _add_role(self, doc: Doc, ent: Span, entity: Entity) -> None:
        """Titles before the name ("Kremlin spokesperson"), a role it stands in apposition to ("the rector, X") and
        appositions after it ("the head of X")."""
        start = _prefix_start(doc, ent)
        if start < ent.start:
            prefix = doc[start:ent.start]
            entity.add_alias(doc[start:ent.end].text)
            title = " ".join(t.text for t in prefix if not t.ent_type_ and t.text not in "-,")
            org = next((e.text for e in prefix.ents if e.label_ in ("ORG", "GPE", "NORP")), None)
            if title:
                _add_role_entry(entity, title, self._affiliation(org))
        role = ent.root.head
        if ent.root.dep_ == "appos" and role.i < ent.start and role.pos_ == "NOUN" and is_person_role(role.text):
            _add_role_entry(entity, role.text, None)  # "the rector, Serik Baimukhanov"
        for appos in (c for c in ent.root.children if c.dep_ == "appos" and c.i >= ent.end):
            phrase = doc[appos.left_edge.i:appos.right_edge.i + 1]
            if appos.ent_type_ == "PERSON" or appos.like_num:  # "Lucía Ferrer, 34,": an age, no role
                continue
            org = next((e.text for e in phrase.ents if e.label_ in ("ORG", "GPE", "NORP")), None)
            _add_role_entry(entity, appos.text, self._affiliation(org))
            if appos.lower_.endswith("-old") or appos.i - phrase.start <= 3:
                entity.add_alias(phrase.text)

    def _affiliation(self, name: str | None) -> str | None:
        if name is None:
            return None
        return self.gazetteer.country_of_demonym(name) or name


def _unname_single_words(doc: Doc, entities: list[Entity]) -> None:
    """A 'person' never named with a first and last name is a brand, a paper, a body or a place the
    model took for a person ("Handelsblatt", "between Shin-Osaka and ..."); it joins an organisation it
    names, or becomes one (a place, when it follows a locative preposition)."""
    for entity in entities:
        if entity.kind != "person" or entity.roles or any(_words(doc[s:e]) > 1 for s, e in entity.mentions):
            continue
        located = any(doc[s].dep_ == "pobj" and doc[s].head.lower_ in _LOCATIVE for s, _ in entity.mentions)
        entity.kind = "place" if located else "organization"
        entity.place_kind = "other" if located else None
        for other in entities:
            if other is not entity and other.kind == entity.kind and other.mentions and \
                    f" {entity.name} " in f" {other.name} ":
                other.mentions += entity.mentions
                entity.mentions = []
                break


def _words(span: Span) -> int:
    """Capitalised words: 'al-Sharabi' is one ('al' a particle), 'Jae-won' one."""
    return len([w for w in span.text.split() if len(w) > 1 and any(p[:1].isupper() for p in w.split("-"))])


def _other_names(tok) -> list:
    """'the Electoral Service, Servel', 'the Directorate ..., known as the Hawks': the names a name is given."""
    known = [p for c in tok.children if c.dep_ == "acl" and c.lemma_ == "know"
             for a in c.children if a.dep_ == "prep" and a.lower_ == "as" for p in a.children if p.dep_ == "pobj"]
    return [c for c in tok.children if c.dep_ == "appos"] + known


def _merge_appositions(doc: Doc, entities: list[Entity]) -> None:
    """'the Electoral Service, Servel', 'the Competition Commission, known as CNMC': two names of one
    organisation."""
    owner = {i: n for n, e in enumerate(entities) for s, t in e.mentions for i in range(s, t)}
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start not in owner:
            continue
        for child in _other_names(ent.root):
            other = owner.get(child.i)
            mine = owner[ent.start]
            if other is not None and other != mine and \
                    entities[other].kind == "organization" and entities[mine].kind == "organization":
                entities[mine].mentions += entities[other].mentions
                entities[mine].aliases.append(entities[other].name)
                entities[other].mentions = []
    entities[:] = [e for e in entities if e.mentions]


def _acronym_of(doc: Doc, ent: Span, entities: list[Entity]) -> int | None:
    """The organisation or place whose name stands just before this acronym's brackets: 'the Union (BMS)',
    'the Line of Actual Control (LAC)'."""
    if ent.label_ != "ORG" or ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" \
            or doc[ent.end].text != ")":
        return None
    before = ent.start - 2
    return next((n for n, e in enumerate(entities)
                 if e.kind in ("organization", "place") and any(s <= before < t for s, t in e.mentions)), None)


def _names_person(ent: Span, people: list[Span]) -> bool:
    """An organisation or place mention that is a person's name, surname or (one word) given name: the
    model's label slipped."""
    text = ent.text.lower()  # "Al-Hamzi" at a sentence's start is "Abdulqader al-Hamzi"
    if ent[0].lower_ in COMPANY_PREFIXES:
        return False  # "Grupo Vertice", though the model took "Vertice" alone for a person
    return ent.label_ != "PERSON" and any(
        text == name or name.endswith(" " + text)
        or len(ent) == 1 and (name.startswith(text + " ") or len(p) >= 3 and f" {text} " in name)
        or len(ent) <= 3 and text.endswith(" " + name) and ent[0].lower_ not in COMPASS_WORDS  # not "East Java"
        for p in people for name in [p.text.lower()])


def _prefix_start(doc: Doc, ent: Span) -> int:
    """Start of the compound/adjective words that directly precede a name and depend on it."""
    start = ent.start
    while start > sentence(ent[0]).start:
        tok = doc[start - 1]
        if tok.dep_ not in _PREFIX_DEPS or not (start <= tok.head.i < ent.end) or tok.ent_type_ == "PERSON" \
                or tok.lower_ in INVERTED_CUES:
            break
        if tok.dep_ == "punct" and tok.text != "-":
            break
        start -= 1
    while start < ent.start and not (doc[start].is_title or doc[start].ent_type_ or is_title(doc[start].text)):
        start += 1
    return start


def _possessive(text: str) -> tuple[str | None, str]:
    """("Oman", "Foreign Ministry") of "Oman's Foreign Ministry"; (None, text) without a possessive."""
    owner, mark, rest = text.replace("’s ", "'s ").partition("'s ")
    return (owner, rest) if mark and rest else (None, text)


def _owners_tell_apart(entities: list[Entity]) -> None:
    """An organisation whose name another one's names hold too ("Foreign Ministry" beside the Iranian Foreign
    Ministry, "coast guard" beside the China Coast Guard) is named with its owner ("Oman's Foreign Ministry")."""
    orgs = [e for e in entities if e.kind == "organization"]
    for entity in orgs:
        name = " " + entity.name.lower()
        if any(other is not entity and any((" " + n.lower()).endswith(name) for n in [other.name, *other.aliases])
               for other in orgs):
            entity.name = next((a for a in entity.aliases if _possessive(a)[0]), entity.name)


def _possessed(ent: Span) -> Span:
    """'Kenya's National Assembly': the organisation's name with the possessor before it, if there is one."""
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "’s") and doc[ent.start - 2].ent_type_:
        first = doc[ent.start - 2]
        while first.i > 0 and doc[first.i - 1].ent_iob_ == "I" or first.ent_iob_ == "I":
            first = doc[first.i - 1]
        return doc[first.i:ent.end]
    return ent


def _add_possessor_alias(doc: Doc, ent: Span, entity: Entity) -> None:
    """'Kenya's National Assembly': the organisation named with its possessor; 'the Congress party': with the
    word for what it is."""
    named = _possessed(ent)
    if named.start < ent.start:
        entity.add_alias(named.text)
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.lower_ == "party" and ent.root.head.i == after.i:
        entity.add_alias(f"{ent.text} {after.text}")


def _add_role_entry(entity: Entity, title: str, organization: str | None) -> None:
    role = {"title": title, "organization": organization}
    if role not in entity.roles:
        entity.roles.append(role)
