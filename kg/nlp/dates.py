"""Resolving date expressions against the article date: weekdays, yesterday, 'March 3'."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec")
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
RELATIVE_PHRASES = {"last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}
# Words that frame a day without changing it ("earlier Monday", "late on Sunday", "Wednesday evening").
_FRAMING = re.compile(r"\b(earlier|later|late|early|on|this|last|past|the|by|since|until|morning|"
                      r"afternoon|evening|night|overnight)\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b"
                        r"|\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\.?(?:,?\s+(\d{4}))?\b",
                        re.IGNORECASE)


def _weekday(word: str, base: date, forward: bool) -> date:
    target = WEEKDAYS.index(word)
    if forward:
        return base + timedelta(days=(target - base.weekday()) % 7 or 7)
    return base - timedelta(days=(base.weekday() - target) % 7)


def is_point_date(text: str) -> bool:
    """True for a day-level expression (weekday, yesterday, 'March 3'); false for 'last week', '2023'."""
    low = text.lower()
    return (any(w in low.split() or low.startswith(w) for w in WEEKDAYS + tuple(RELATIVE_DAYS))
            or any(p in low for p in RELATIVE_PHRASES) or bool(_MONTH_DAY.search(text)))


@lru_cache(maxsize=4096)
def resolve_date(text: str, article_date: str | None) -> str | None:
    """The ISO day a date expression names, resolved against the article date; None if not a day."""
    base = date.fromisoformat(article_date) if article_date else None
    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    phrase = next((p for p in RELATIVE_PHRASES if p in " ".join(words)), None)
    if phrase and base and not set(words) & set(WEEKDAYS):  # "last night", but "Sunday night" is Sunday
        return (base + timedelta(days=RELATIVE_PHRASES[phrase])).isoformat()
    for word in words:
        if word in RELATIVE_DAYS and base:
            return (base + timedelta(days=RELATIVE_DAYS[word])).isoformat()
        if word in WEEKDAYS and base:
            return _weekday(word, base, forward="next" in words or "coming" in words).isoformat()
    match = _MONTH_DAY.search(text)
    if not match:
        return None
    settings = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month"]}
    if base:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    parsed = dateparser.parse(_FRAMING.sub(" ", match.group(0)).strip(), languages=["en"], settings=settings)
    return parsed.date().isoformat() if parsed else None
