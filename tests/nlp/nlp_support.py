"""Helpers shared by the extraction tests (a module of its own: conftest modules are not importable)."""

from __future__ import annotations

from pathlib import Path

DEV_DIR = Path(__file__).parents[2] / "corpus" / "dev"


def by_speaker(record: dict) -> dict[str, list[dict]]:
    """The record's assertions grouped by speaker."""
    out: dict[str, list[dict]] = {}
    for assertion in record["assertions"]:
        out.setdefault(assertion["speaker"], []).append(assertion)
    return out


def names(record: dict, kind: str) -> dict[str, dict]:
    """The record's entities of one kind by name."""
    return {e["name"]: e for e in record[kind]}
