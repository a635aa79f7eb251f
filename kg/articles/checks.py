"""Checks shared by every reader: decoding, English text, dates, datelines."""

from __future__ import annotations

import re
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from kg.errors import ArticleError

MIN_STOPWORD_SHARE = 0.2
_WORD = re.compile(r"[^\W\d_]+")
# "(CNN) —", "PORT SUDAN, April 23 (Reuters) -", "BRASÍLIA, Brazil (AP) —", "LONDON —"
_UP = "A-ZÀ-ÖØ-Þ"
# A country after the city may have lower-case joining words ("Democratic Republic of the Congo").
_COUNTRY = rf"[{_UP}][\w.]*(?:\s+(?:(?:of|the|and)\s+)*[{_UP}][\w.]*)*"
_PLACE = rf"[{_UP}][{_UP}.'\- ]+(?:,\s*{_COUNTRY}(?:\s+\d{{1,2}})?){{0,2}}"  # "VAN, Turkey, March 18"
# "Lusaka (AFP) -": a place in title case, only before the outlet's brackets
_TITLED_WORDS = rf"[{_UP}][^\W\d_]+(?:[ -][{_UP}][^\W\d_]+)*"
_TITLED_PLACE = rf"{_TITLED_WORDS}(?:,\s*{_TITLED_WORDS}(?:\s+\d{{1,2}})?)?"
_DATELINE = re.compile(
    rf"""\s*(?:
        (?:(?:{_PLACE}|{_TITLED_PLACE})\s*)?\([A-Za-z][\w .&'-]*\)\s*[—–-]+
      | {_PLACE}\s*[—–]
    )\s*""",
    re.VERBOSE,
)


def decode(data: bytes, name: str) -> str:
    """Bytes to text, refusing empty, binary and non-UTF-8 input."""
    if not data.strip():
        raise ArticleError(f"{name}: the file is empty")
    if b"\x00" in data[:8192]:
        raise ArticleError(f"{name}: the file is binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ArticleError(f"{name}: invalid UTF-8 at byte {err.start}") from None


def require_english(text: str, name: str) -> None:
    """Refuse text whose share of English stop-words is too low to be English prose."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if not words:
        raise ArticleError(f"{name}: the text has no words")
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < MIN_STOPWORD_SHARE:
        raise ArticleError(f"{name}: the text does not look like English ({share:.0%} English stop-words)")


def iso_date(value: str | None, name: str) -> str | None:
    """An ISO date (YYYY-MM-DD) from a header or metadata value; None stays None."""
    if value is None or not str(value).strip():
        return None
    head = str(value).strip()[:10]
    try:
        return date.fromisoformat(head).isoformat()
    except ValueError:
        raise ArticleError(f"{name}: unparseable date {value!r} (expected YYYY-MM-DD)") from None


def dateline_places(text: str, body_start: int) -> list[tuple[int, int]]:
    """Offsets of the places a dateline opens with: "BRASÍLIA" and "Brazil" of "BRASÍLIA, Brazil (AP) —"
    (the second part may be a date, "April 23": the caller checks it is a place)."""
    start = text.rfind("\n", 0, body_start) + 1
    line = text[start:body_start]
    second = rf"(?:,\s*({_COUNTRY}))?"
    match = re.match(rf"\s*([{_UP}][{_UP}.'\- ]*[{_UP}])\s*{second}\s*[,(—–-]", line) \
        or re.match(rf"\s*({_TITLED_WORDS})\s*{second}(?:\s+\d{{1,2}})?\s*\(", line)
    if not match:
        return []
    return [(start + match.start(n), start + match.end(n)) for n in (1, 2) if match.group(n)]


def dateline_end(text: str, start: int) -> int:
    """Offset just after a leading dateline at `start` (or `start` itself if there is none)."""
    match = _DATELINE.match(text, start)
    return match.end() if match else start
