"""JSON Lines: one article per line with url, date, outlet, authors, title and text."""

from __future__ import annotations

import json
from collections.abc import Iterator

from kg.articles.checks import dateline_end, iso_date, require_english
from kg.articles.model import Article
from kg.errors import ArticleError


def parse_line(line: str, where: str) -> Article:
    """One article from one JSON line; `where` names the file and line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise ArticleError(f"{where}: bad JSON ({err.msg} at column {err.colno})") from None
    if not isinstance(obj, dict):
        raise ArticleError(f"{where}: expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleError(f"{where}: no article text")
    require_english(text, where)
    authors = obj.get("authors") or []
    if isinstance(authors, str):
        authors = [authors]
    return Article(
        source=obj.get("url") or where,
        text=text,
        date=iso_date(obj.get("date"), where),
        outlet=obj.get("outlet"),
        authors=[str(a) for a in authors],
        title=obj.get("title"),
        url=obj.get("url"),
        body_start=dateline_end(text, 0),
    )


def parse_jsonl(text: str, source: str) -> Iterator[Article | ArticleError]:
    """Every line's article, or its error: a bad line never stops the others."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield parse_line(line, f"{source} line {number}")
            except ArticleError as err:
                yield err
