"""The extraction record (docs of ../shared/docs/extraction-record.md): load it and check it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from kg.errors import RecordError

ENTITY_LISTS = ("people", "organizations", "places")
STANCES = ("asserts", "denies", "disputes", "cautions")
PLACE_KINDS = ("city", "country", "region", "other")


def load_record(path: Path, source: str | None = None) -> dict[str, Any]:
    """Read a record file and check it; RecordError names the file and the problem.

    A record that names no source of its own takes SOURCE (default: the file's name).
    """
    try:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(f"{path}: not a JSON extraction record: {exc}") from exc
    if isinstance(record, dict) and isinstance(record.get("article"), dict) and not record["article"].get("source"):
        record["article"]["source"] = source or Path(path).name
    check_record(record, where=str(path))
    return record


def check_record(record: Any, where: str = "record") -> None:
    """Raise RecordError unless RECORD has the required fields, valid offsets and valid values."""
    problems = list(_problems(record))
    if problems:
        raise RecordError(f"{where}: " + "; ".join(problems[:10]) + (" ..." if len(problems) > 10 else ""))


def _problems(record: Any):
    if not isinstance(record, dict) or not isinstance(record.get("article"), dict):
        yield "an extraction record is a JSON object with an 'article' object"
        return
    article = record["article"]
    text = article.get("text")
    if not isinstance(text, str) or not text.strip():
        yield "article.text is required and must be a non-empty string"
        return
    if not article.get("source") and not article.get("url"):
        yield "article.source (file name or URL) is required"
    yield from _date_problem(article.get("date"), "article.date")
    for key in ENTITY_LISTS:
        for i, entity in enumerate(_list(record, key)):
            where = f"{key}[{i}]"
            if not isinstance(entity, dict) or not str(entity.get("name") or "").strip():
                yield f"{where} needs a name"
                continue
            for j, mention in enumerate(entity.get("mentions") or []):
                yield from _span_problem(mention, text, f"{where}.mentions[{j}]")
            if key == "places" and entity.get("kind") not in (None, *PLACE_KINDS):
                yield f"{where}.kind must be one of {', '.join(PLACE_KINDS)}, not {entity.get('kind')!r}"
    for i, event in enumerate(_list(record, "events")):
        if not str(event.get("type") or "").strip():
            yield f"events[{i}] needs a type"
        yield from _span_problem(event.get("evidence"), text, f"events[{i}].evidence")
        yield from _date_problem(event.get("date"), f"events[{i}].date")
    for i, assertion in enumerate(_list(record, "assertions")):
        where = f"assertions[{i}]"
        if not str(assertion.get("speaker") or "").strip():
            yield f"{where} needs a speaker"
        if assertion.get("stance", "asserts") not in STANCES:
            yield f"{where}.stance must be one of {', '.join(STANCES)}, not {assertion.get('stance')!r}"
        if assertion.get("verified_by_outlet") not in (True, False, None):
            yield f"{where}.verified_by_outlet must be true, false or null"
        yield from _span_problem(assertion.get("evidence"), text, f"{where}.evidence")
        yield from _date_problem(assertion.get("date"), f"{where}.date")


def _list(record: dict, key: str) -> list:
    value = record.get(key) or []
    if not isinstance(value, list):
        raise RecordError(f"'{key}' must be a list")
    return value


def _span_problem(span: Any, text: str, where: str):
    if not isinstance(span, dict):
        yield f"{where} must be an object with start, end and text"
        return
    start, end, exact = span.get("start"), span.get("end"), span.get("text")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        yield f"{where} has offsets {start!r}..{end!r} outside the article text (length {len(text)})"
    elif text[start:end] != exact:
        yield f"{where}.text {exact!r} does not equal the article text at {start}..{end} ({text[start:end]!r})"


def _date_problem(value: Any, where: str):
    if value is None:
        return
    try:
        dt.date.fromisoformat(str(value))
    except ValueError:
        yield f"{where} must be an ISO date (YYYY-MM-DD) or null, not {value!r}"
