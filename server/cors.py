"""CORS headers, sent on every response (errors included)."""

from __future__ import annotations

CORS_HEADERS = [
    ("Access-Control-Allow-Origin", "*"),
    ("Access-Control-Expose-Headers", "Link, Content-Type, Content-Location, Allow"),
]
