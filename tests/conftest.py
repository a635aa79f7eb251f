"""Fixtures shared by every test area: the seed record, and stores built once per session."""

from __future__ import annotations

import copy
import json

import pytest

from kg.ingest import store_record
from kg.store import OxigraphStore
from support import SEED_RECORD


@pytest.fixture(scope="session")
def seed_record_data() -> dict:
    return json.loads(SEED_RECORD.read_text(encoding="utf-8"))


@pytest.fixture
def seed_record(seed_record_data) -> dict:
    """A fresh copy of the seed's gold record, free to change."""
    return copy.deepcopy(seed_record_data)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_record_data) -> OxigraphStore:
    """An on-disk store holding the seed article; tests only read it."""
    store = OxigraphStore(tmp_path_factory.mktemp("seed-store") / "store")
    store_record(copy.deepcopy(seed_record_data), store)
    return store
