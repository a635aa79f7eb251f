"""Fixtures of the extraction tests: the spaCy pipeline, loaded once per session."""

from __future__ import annotations

import pytest

from kg.articles import Article
from kg.nlp import extract, load_pipeline


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


@pytest.fixture(scope="session")
def record_of(nlp):
    """Extract a record from a small body text (article date 2025-12-01, a Monday; outlet CNN)."""
    def run(body: str, date: str = "2025-12-01", outlet: str = "CNN") -> dict:
        return extract(Article(source="test.txt", text=body, date=date, outlet=outlet), nlp)
    return run

