"""What the components leave on the Doc: entities, statements and events, plus their extensions."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token


@dataclass
class Entity:
    """One real-world person, organisation or place and the token spans that mention it."""

    kind: str  # person | organization | place
    name: str
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token [start, end)
    aliases: list[str] = field(default_factory=list)  # extra surface forms (titled names, descriptions)
    roles: list[dict] = field(default_factory=list)
    place_kind: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # for a capital: the country it stands for
    alias_of: int | None = None  # set when the entity is only another name of that entity

    def add_alias(self, alias: str) -> None:
        """Record another surface form (once, and never the name itself)."""
        if alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass
class Statement:
    """An attributed statement: who said what, by which cue, and where it is written."""

    cue: int  # token index of the cue word
    verb: str
    speaker: int | None  # entity index
    speaker_name: str
    content: tuple[int, int]  # token [start, end)
    evidence: tuple[int, int]  # token [start, end)
    stance: str = "asserts"
    verified: bool | None = None
    date: str | None = None
    reported_by: int | None = None  # index of the relaying statement


@dataclass
class Event:
    """A typed event, its participants and the words that report it."""

    type: str
    trigger: int
    evidence: tuple[int, int]
    agent: str | None = None  # entity names
    target: str | None = None
    place: str | None = None
    date: str | None = None


EXTENSIONS = {
    "article": None,  # the Article's fields (a dict), set before the pipeline runs
    "record": None,  # the extraction record, set by the last component
    "article_date": None,  # ISO date of the article, set before the pipeline runs
    "outlet": None,
    "entities": None,  # list[Entity]
    "token_entity": None,  # dict token index -> entity index (names, pronouns, descriptions)
    "quotes": None,  # list[(start, end)] token spans of quotations, marks included
    "statements": None,  # list[Statement]
    "events": None,  # list[Event]
}


def sentence(tok: Token) -> Span:
    """The token's sentence, from a per-Doc table of boundaries (spaCy's Token.sent rescans the Doc
    on every call); the table holds only numbers, so the Doc still serialises."""
    doc = tok.doc
    table = doc.user_data.get("kg_sentences")
    if table is None or table[0] != len(doc):
        sents = list(doc.sents)
        table = doc.user_data["kg_sentences"] = (len(doc), [s.start for s in sents], [s.end for s in sents])
    n = bisect_right(table[1], tok.i) - 1
    return doc[table[1][n]:table[2][n]]


def register_extensions() -> None:
    """Declare the Doc extensions once per process."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
