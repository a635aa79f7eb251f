"""'The government', 'the Spanish government', 'Greek authorities': a country's government as an organisation."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.nlp.gazetteer import Gazetteer
from kg.nlp.lexicon import LEGISLATURES
from kg.nlp.model import Entity

# Words before "government" that keep it national ("the new government", "the caretaker government").
_NATIONAL = {"the", "this", "its", "their", "new", "national", "federal", "central", "interim", "caretaker",
             "minority", "coalition", "current", "previous", "outgoing", "incoming"}


# Who speaks for a government named as a modifier ("government officials"), unlike "government bonds".
_VOICES = {"spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources", "statement",
           "figures", "data", "estimates", "statistics"}  # "according to Malaysian government figures"


def add_national_governments(doc: Doc, entities: list[Entity], gazetteer: Gazetteer) -> None:
    """Add 'Government of X' with a mention for each phrase naming it: X from a demonym, a country or its
    possessive in the phrase, else the government named last, else the country the article names most;
    regional and local governments, 'a government' and 'government bonds' are left alone."""
    taken = {i for e in entities for s, t in e.mentions for i in range(s, t)}
    countries = [e for e in entities if e.kind == "place" and e.place_kind == "country"]
    current = max(countries, key=lambda e: len(e.mentions)).name if countries else None
    for tok in doc:
        speaking = tok.dep_ == "compound" and tok.head.lower_ in _VOICES  # "a Japanese government spokesperson"
        if tok.pos_ != "NOUN" or tok.dep_ == "compound" and not speaking \
                or tok.lower_ not in ("government", "authorities") \
                or tok.i in taken:  # "Osaka prefectural government" is a name of its own
            continue
        lefts = [*tok.lefts, *(t for t in tok.head.lefts if t.i < tok.i and t.dep_ != "det")] if speaking \
            else tok.lefts
        words = [t for t in lefts if t.dep_ in ("det", "amod", "compound", "poss", "nmod", "case")]
        country = next(filter(None, (_country_of(t, gazetteer) for t in words)), None)
        national = all(t.lower_ in _NATIONAL or t.dep_ == "case" or _country_of(t, gazetteer) for t in words)
        unnamed = speaking and any(c.lower_ in ("a", "an") for c in tok.head.children)  # "a government spokesperson"
        if not national or country is None and (tok.lower_ == "authorities" or not words and not unnamed
                                                or current is None):
            continue
        start = min([tok.i] + [t.left_edge.i for t in words])
        current = country or current
        _mention(entities, f"Government of {current}", doc[start:tok.i + 1])
    _add_parliament(doc, entities, taken, current)


def _add_parliament(doc: Doc, entities: list[Entity], taken: set[int], country: str | None) -> None:
    """'told parliament', 'parliament's energy committee': the legislature the article names, else the
    country's 'Parliament of X' (the country the article names most)."""
    named = legislature(entities)
    if named is None and country is None:
        return
    for tok in doc:
        if tok.lower_ != "parliament" or tok.dep_ == "compound" or tok.i in taken:
            continue
        if named is None:
            named = Entity("organization", f"Parliament of {country}")
            entities.append(named)
        named.mentions.append((tok.i, tok.i + 1))
        named.add_alias(tok.text)


def legislature(entities: list[Entity]) -> Entity | None:
    """The parliament, assembly or congress among the entities, if there is one."""
    return next((e for e in entities if e.kind == "organization" and e.alias_of is None
                 and set(e.name.lower().split()) & LEGISLATURES), None)


def _country_of(tok: Token, gazetteer: Gazetteer) -> str | None:
    """The country a word names: 'Spanish', 'Romania' (in "Romania's"), 'UK', 'Sudan' of 'South Sudan'."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].is_title and tok.doc[start - 1].head == tok:
        start -= 1  # "South" + "Sudan", "North" + "Korean"
    for name in dict.fromkeys((tok.doc[start:tok.i + 1].text, tok.text)):
        country = gazetteer.country_named(name)
        if country:
            return country
    return None


def _mention(entities: list[Entity], name: str, span) -> None:
    entity = next((e for e in entities if e.kind == "organization" and e.name == name), None)
    if entity is None:
        entity = Entity("organization", name)
        entities.append(entity)
    entity.mentions.append((span.start, span.end))
    entity.add_alias(span.text)
