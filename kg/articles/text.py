"""Plain-text articles: ` date YYYY-MM-DD By A, B and C, OUTLET`, a blank line, the body."""

from __future__ import annotations

import re

from kg.articles.checks import dateline_end, iso_date, require_english
from kg.articles.model import Article
from kg.errors import ArticleError

_HEADER = re.compile(r"[ \t]*date[ \t]+(?P<date>\S+)(?:[ \t]+By[ \t]+(?P<byline>[^\n]*))?[ \t]*(?:\r?\n|$)")
_BLANK = re.compile(r"(?:[ \t]*\r?\n)+")


def parse_byline(byline: str) -> tuple[list[str], str | None]:
    """`A, B and C, OUTLET` to (["A", "B", "C"], "OUTLET"); the last comma part is the outlet."""
    parts = [p.strip() for p in byline.split(",") if p.strip()]
    if not parts:
        return [], None
    if len(parts) == 1:
        return [], parts[0]
    authors = [a.strip() for p in parts[:-1] for a in re.split(r"\s+and\s+", p) if a.strip()]
    return authors, parts[-1]


def parse_text(text: str, source: str) -> Article:
    """One article from the text of a .txt file."""
    header = _HEADER.match(text)
    if not header:
        raise ArticleError(f"{source}: no header line (expected ' date YYYY-MM-DD By AUTHORS, OUTLET')")
    authors, outlet = parse_byline(header["byline"] or "")
    blank = _BLANK.match(text, header.end())
    start = blank.end() if blank else header.end()
    body_start = dateline_end(text, start)
    require_english(text[body_start:], source)
    return Article(
        source=source, text=text, date=iso_date(header["date"], source),
        outlet=outlet, authors=authors, body_start=body_start,
    )
