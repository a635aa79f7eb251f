"""A small article whose person's name is an HTML injection, in the seed record's format with exact offsets."""

from __future__ import annotations

HOSTILE_NAME = "Mallory <img src=x onerror=alert(1)>"
HOSTILE_CLAIM = "The bridge in <script>alert(2)</script> Pokrovsk was closed."
HOSTILE_SOURCE = "hostile-explorer.txt"


def _span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def hostile_record(seed: dict) -> dict:
    """An article by the seed's outlet in which the hostile person makes a claim about Pokrovsk."""
    outlet = seed["article"]["outlet"]
    sentence = f"{HOSTILE_NAME} said the bridge in Pokrovsk was closed."
    text = f"By staff, {outlet}\n\n{sentence}\n"
    return {
        "article": {
            "id": f"urn:article:{HOSTILE_SOURCE}", "source": HOSTILE_SOURCE, "date": seed["article"]["date"],
            "outlet": outlet, "authors": [], "title": None, "text": text,
        },
        "people": [{"id": "urn:person:0", "name": HOSTILE_NAME, "aliases": ["Mallory"], "roles": [],
                    "mentions": [_span(text, HOSTILE_NAME)]}],
        "organizations": [{"id": "urn:org:0", "name": outlet, "aliases": [], "mentions": [_span(text, outlet)]}],
        "places": [{"id": "urn:place:0", "name": "Pokrovsk", "kind": "city", "aliases": [], "geonames_id": None,
                    "lat": None, "lon": None, "mentions": [_span(text, "Pokrovsk")]}],
        "events": [],
        "assertions": [{
            "id": "urn:assertion:0", "speaker": HOSTILE_NAME, "verb": "say", "stance": "asserts",
            "content": HOSTILE_CLAIM, "about": [], "evidence": _span(text, sentence),
            "verified_by_outlet": None, "date": seed["article"]["date"], "reported_by": None,
        }],
    }
