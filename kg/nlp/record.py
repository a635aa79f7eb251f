"""The extraction record (docs/extraction-record.md) from an article and its processed Doc."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.articles import Article
from kg.articles.checks import dateline_places
from kg.errors import ArticleError
from kg.nlp.gazetteer import gazetteer, unaccented
from kg.nlp.lexicon import OUTLET_NAMES
from kg.nlp.model import Entity, Event, Statement

_SECTIONS = {"person": "people", "organization": "organizations", "place": "places"}


class _Offsets:
    """Token ranges of the body Doc to mentions with offsets into the article text."""

    def __init__(self, article: Article, doc: Doc):
        self.article, self.doc = article, doc

    def __call__(self, start: int, end: int) -> dict:
        span = self.doc[start:end]
        first = self.article.body_start
        mention = {"start": first + span.start_char, "end": first + span.end_char, "text": span.text}
        if self.article.text[mention["start"]:mention["end"]] != mention["text"]:
            raise ArticleError(f"{self.article.source}: internal error: offsets {mention} do not match the text")
        return mention


def build_record(article: Article, doc: Doc) -> dict:
    """The record for one article from the Doc the components filled."""
    offsets = _Offsets(article, doc)
    record = {
        "article": {"id": article.id, "source": article.source, "date": article.date, "outlet": article.outlet,
                    "authors": list(article.authors), "title": article.title, "url": article.url,
                    "text": article.text},
        "people": [], "organizations": [], "places": [],
    }
    authors = {a.lower() for a in article.authors}
    entities = doc._.entities
    for entity in entities:
        if entity.alias_of is not None:
            target = entities[entity.alias_of]
            target.mentions = sorted(target.mentions + entity.mentions)
            target.aliases.append(entity.name)
    for entity in entities:
        if entity.kind == "person" and entity.name.lower() in authors or entity.alias_of is not None \
                or not entity.mentions and not entity.aliases:
            continue
        section = record[_SECTIONS[entity.kind]]
        section.append(_entity(entity, f"{entity.kind}:{len(section)}", doc, offsets))
    _add_dateline_places(article, record["places"])
    _add_nationality_places(doc, record["places"], offsets)
    _add_outlet(article, record["organizations"])
    events = doc._.events
    record["events"] = [_event(e, n, offsets) for n, e in enumerate(events)]
    statements = doc._.statements
    record["assertions"] = [_assertion(s, n, statements, events, offsets) for n, s in enumerate(statements)]
    return record


def _entity(entity: Entity, ident: str, doc: Doc, offsets: _Offsets) -> dict:
    texts = [doc[s:e].text for s, e in entity.mentions]
    aliases = []
    for alias in texts + entity.aliases:
        if alias != entity.name and alias not in aliases:
            aliases.append(alias)
    out = {"id": ident, "name": entity.name, "aliases": aliases,
           "mentions": [offsets(s, e) for s, e in entity.mentions]}
    if entity.kind == "person":
        out["roles"] = entity.roles
    if entity.kind == "place":
        out.update(kind=entity.place_kind or "other", geonames_id=entity.geonames_id, lat=entity.lat,
                   lon=entity.lon)
    return out


def _add_dateline_places(article: Article, places: list[dict]) -> None:
    """The city of the dateline ("BRASÍLIA, Brazil (AP) —") and the country after it are places of the
    article too."""
    for n, (start, end) in enumerate(dateline_places(article.text, article.body_start)):
        text = article.text[start:end]
        place = gazetteer().lookup(text.title() if text.isupper() else text)
        if place is None and (n or not text.isupper()):
            continue  # "PORT SUDAN, April 23": a date, not a place; a title-case dateline's place is a known one
        name = place.name if place else text.title()
        _add_place_mention(places, name, place, {"start": start, "end": end, "text": text})


def _add_nationality_places(doc: Doc, places: list[dict], offsets: _Offsets) -> None:
    """'Indian importers', 'a Greek-owned ship': a nationality names its country where the article names the
    country no other way (the gold files list it 46 times to 23; the unseen set's twice not)."""
    named = {p["name"] for p in places}
    short = [p["name"] for p in places if gazetteer().lookup(p["name"]) is None]  # "Congo" of the DR Congo
    for ent in doc.ents:
        country = gazetteer().country_of_demonym(ent.text) if ent.label_ == "NORP" else None
        if country is not None and country not in named and not any(country.endswith(" " + n) for n in short):
            _add_place_mention(places, country, gazetteer().lookup(country), offsets(ent.start, ent.end))
    for place in places:
        place["mentions"].sort(key=lambda m: m["start"])


def _add_outlet(article: Article, organizations: list[dict]) -> None:
    """The outlet, where the dateline or the text names it ("(AFP) -", "CNN could not verify"), is an
    organisation of the article; its units and its full name ("BBC Verify", "The Associated Press") are
    names of it."""
    if not article.outlet:
        return
    core = article.outlet.removeprefix("The ")
    first = article.text.rfind("\n", 0, article.body_start) + 1  # the dateline's line, never the header
    taken = [(m["start"], m["end"]) for o in organizations for m in o["mentions"]]
    found = [{"start": first + m.start(), "end": first + m.end(), "text": m.group()} for m in
             re.finditer(rf"(?<![\w-])(?:[Tt]he )?{re.escape(core)}(?![\w-])", article.text[first:])]
    found = [m for m in found if not any(s < m["end"] and m["start"] < e for s, e in taken)]
    entry = next((o for o in organizations if _names_outlet(o["name"], core)), None) \
        or next((o for o in organizations if _spells_outlet(o["name"], core)), None)
    if entry is None and not found:
        return
    if entry is None:
        entry = {"id": f"organization:{len(organizations)}", "name": article.outlet, "aliases": [], "mentions": []}
        organizations.append(entry)
    elif entry["name"] != article.outlet:
        entry["aliases"].append(entry["name"])
        entry["name"] = article.outlet
    entry["mentions"] = sorted(entry["mentions"] + found, key=lambda m: m["start"])
    entry["aliases"] = [a for a in dict.fromkeys(entry["aliases"] + [m["text"] for m in found]) if a != entry["name"]]


def _names_outlet(name: str, core: str) -> bool:
    """'BBC', 'BBC Verify', 'Associated Press' (for AP): the outlet, a unit of it or its full name."""
    name = name.removeprefix("The ")
    return name == core or name.startswith(core + " ") or name == OUTLET_NAMES.get(core)


def _spells_outlet(name: str, core: str) -> bool:
    """'Associated Press' for AP: a name the outlet's letters spell (only where nothing names the outlet
    itself, so that a consultancy 'AeroData Partners' stays apart from the AP)."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name.removeprefix("The ")) if w[:1].isupper())
    return len(core) > 1 and core.isupper() and initials == core


def _add_place_mention(places: list[dict], name: str, place, mention: dict) -> None:
    for entry in places:
        same_place = place is not None and place.geonames_id is not None \
            and entry.get("geonames_id") == place.geonames_id  # "DR Congo" and "Democratic Republic of Congo"
        names = {unaccented(name.lower()), unaccented(mention["text"].lower())}  # "ASUNCION" is Asunción
        if unaccented(entry["name"].lower()) in names or same_place:
            entry["mentions"].insert(0, mention)
            if mention["text"] != entry["name"] and mention["text"] not in entry["aliases"]:
                entry["aliases"].append(mention["text"])
            return
    aliases = [mention["text"]] if mention["text"] != name else []
    places.append({"id": f"place:{len(places)}", "name": name, "aliases": aliases, "mentions": [mention],
                   "kind": place.kind if place else "city", "geonames_id": place.geonames_id if place else None,
                   "lat": place.lat if place else None, "lon": place.lon if place else None})


def _event(event: Event, n: int, offsets: _Offsets) -> dict:
    return {"id": f"event:{n}", "type": event.type, "agent": event.agent, "target": event.target,
            "place": event.place, "date": event.date, "evidence": offsets(*event.evidence)}


def _about(statement: Statement, statements: list[Statement], events: list[Event]) -> list[str]:
    """Events reported in the statement's words, statements it relays, the claim it rejects."""
    start, end = statement.content
    about = [f"event:{n}" for n, e in enumerate(events) if start <= e.trigger < end]
    me = statements.index(statement)
    about += [f"assertion:{n}" for n, s in enumerate(statements) if s.reported_by == me]
    if statement.stance in ("denies", "disputes") and not about:
        earlier = [n for n, s in enumerate(statements[:me]) if s.speaker_name != statement.speaker_name]
        about += [f"assertion:{earlier[-1]}"] if earlier else []
    return about


def _assertion(statement: Statement, n: int, statements: list[Statement], events: list[Event],
               offsets: _Offsets) -> dict:
    relay = statements[statement.reported_by].speaker_name if statement.reported_by is not None else None
    return {"id": f"assertion:{n}", "speaker": statement.speaker_name, "verb": statement.verb,
            "stance": statement.stance, "content": offsets(*statement.content)["text"],
            "about": _about(statement, statements, events), "evidence": offsets(*statement.evidence),
            "verified_by_outlet": statement.verified, "date": statement.date, "reported_by": relay}
