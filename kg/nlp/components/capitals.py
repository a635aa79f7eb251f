"""Capitals that only ever speak for their governments ("Abu Dhabi rejected") become names of the country,
and a seat city standing for its body ("an agreement with Brussels") a name of that body."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.model import Entity

_SEATS = {"Brussels": ("European Union", "EU")}  # a city that stands for a body seated in it
_LOCATIVE = {"in", "to", "from", "at", "near", "outside", "into", "across", "around"}
_UNDERGONE = {"sustain", "suffer", "endure", "undergo", "face", "withstand", "survive", "lose", "host", "see",
              "experience", "record", "receive", "hold"}


def _acts(tok) -> bool:
    """'Accra dismissed ...', 'if Tokyo asked for one', 'Kinshasa sided with the militias', 'Dhaka was ready to
    invest': the subject of a deed or of a readiness, as only a government is (not 'Moscow has sustained
    thousands of dead', 'Tokyo hosted the talks': what a city undergoes or where things happen)."""
    verb = tok.head
    return tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.lemma_ not in _UNDERGONE and (
        verb.lemma_ != "be" or any(c.dep_ == "xcomp" for t in (verb, *verb.children) for c in t.children))


def _located(tok) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in _LOCATIVE


def _body_seated_in(entities: list[Entity], city: str) -> int | None:
    """The body a seat city stands for in news ("Brussels" for the European Union), if the article names it."""
    names = _SEATS.get(city, ())
    return next((n for n, e in enumerate(entities) if e.kind == "organization" and e.alias_of is None
                 and (e.name in names or set(e.aliases) & set(names))), None)


class CapitalMerger:
    """Folds a capital into its country when the capital speaks in the article and is never a location, and a
    seat city into the body it stands for on the same terms."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities
        for entity in list(entities):
            if entity.kind != "place":
                continue
            tokens = [doc[i] for s, e in entity.mentions for i in range(s, e)]
            body = _body_seated_in(entities, entity.name)
            if body is not None and not any(_located(t) for t in tokens):
                entity.alias_of = body  # "an agreement with Brussels" is one with the European Union
                continue
            if not entity.country:
                continue
            if not any(_acts(t) for t in tokens) or any(_located(t) for t in tokens):
                continue
            entity.alias_of = self._country(entities, entity.country)
        return doc

    def _country(self, entities: list[Entity], name: str) -> int:
        for index, entity in enumerate(entities):
            place = self.gazetteer.lookup(entity.name) if entity.kind == "place" else None
            if place is not None and place.name == name and place.kind == "country":
                return index
        place = self.gazetteer.lookup(name)
        entities.append(Entity("place", name, place_kind="country", geonames_id=place.geonames_id if place else None))
        return len(entities) - 1
