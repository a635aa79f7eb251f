"""Reading article files and folders by their extension."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.articles.checks import decode
from kg.articles.html import parse_html
from kg.articles.jsonl import parse_jsonl
from kg.articles.model import Article
from kg.articles.text import parse_text
from kg.errors import ArticleError

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


def source_name(path: Path, root: Path | None) -> str:
    """The path relative to `root` (posix) when it lies under it, else the file name."""
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.name


def article_files(path: Path) -> list[Path]:
    """The article files at `path`: itself, or those under it (sorted) when it is a folder."""
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
    return [path]


def iter_file(path: Path, root: Path | None = None) -> Iterator[Article | ArticleError]:
    """The articles of one file, each failure yielded as its ArticleError."""
    name = source_name(path, root)
    suffix = path.suffix.lower()
    try:
        if suffix not in SUFFIXES:
            raise ArticleError(f"{name}: unknown article format {suffix or '(no extension)'!r}")
        try:
            data = path.read_bytes()
        except OSError as err:
            raise ArticleError(f"{name}: cannot read ({err.strerror})") from None
        text = decode(data, name)
        if suffix == ".jsonl":
            yield from parse_jsonl(text, name)
        elif suffix == ".txt":
            yield parse_text(text, name)
        else:
            yield parse_html(text, name)
    except ArticleError as err:
        yield err


def iter_articles(path: Path, root: Path | None = None) -> Iterator[Article | ArticleError]:
    """Every article under `path` (file or folder); a broken one is yielded as its error."""
    path = Path(path)
    if not path.exists():
        yield ArticleError(f"{path}: no such file or folder")
        return
    for file in article_files(path):
        yield from iter_file(file, root if root is not None else (path if path.is_dir() else None))


def read_path(path: Path, root: Path | None = None) -> list[Article]:
    """The articles at `path`; raises the first ArticleError (use iter_articles to skip bad ones)."""
    articles = []
    for item in iter_articles(path, root):
        if isinstance(item, ArticleError):
            raise item
        articles.append(item)
    return articles
