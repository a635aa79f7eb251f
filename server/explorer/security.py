"""Content-Security-Policy headers: strict on the explorer, a baseline on every other HTML page."""

from __future__ import annotations

from flask import Response

_COMMON = (
    "default-src 'self'; script-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
EXPLORER_POLICY = _COMMON + "; style-src 'self'"
"""No inline script or style at all: cytoscape styles its canvas through the CSSOM, which CSP allows."""
PAGE_POLICY = _COMMON + "; style-src 'self' 'unsafe-inline'"
"""The server's other HTML pages keep their inline <style> blocks; scripts still only from files."""


def add_default_policy(response: Response) -> Response:
    """Give an HTML response without a policy the baseline one."""
    if response.mimetype == "text/html" and "Content-Security-Policy" not in response.headers:
        response.headers["Content-Security-Policy"] = PAGE_POLICY
    return response
