"""Capitals that only ever speak for their governments ("Abu Dhabi rejected") become names of the country."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import CUE_VERBS
from kg.nlp.model import Entity

_LOCATIVE = {"in", "to", "from", "at", "near", "outside", "into", "across", "around"}


def _speaks(verb) -> bool:
    """'Accra dismissed ...', 'Canberra resisted calls ..., saying ...': a cue verb, or one a cue follows."""
    return verb.lemma_ in CUE_VERBS or any(c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_ in CUE_VERBS
                                           for c in verb.children)


class CapitalMerger:
    """Folds a capital into its country when the capital speaks in the article and is never a location."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        entities = doc._.entities
        for entity in list(entities):
            if entity.kind != "place" or not entity.country:
                continue
            tokens = [doc[i] for s, e in entity.mentions for i in range(s, e)]
            speaks = any(t.dep_ == "nsubj" and _speaks(t.head) for t in tokens)
            if not speaks or any(t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE for t in tokens):
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
