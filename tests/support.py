"""Paths and helpers the test areas share (fixtures live in conftest.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_RECORD = SEEDS / "000_9a0db413bb4ab67c.record.json"
QUERIES = ROOT / "examples" / "queries"


def run_kg(*args: str, store: Path | None = None, input: str | None = None, env: dict | None = None):
    """Run the real `kg` command in a child process."""
    command = [sys.executable, "-m", "kg.cli", *args]
    if store is not None:
        command[3:4] = [args[0], "--store", str(store)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, input=input, env=full_env, cwd=ROOT, timeout=300)
