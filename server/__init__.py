"""The HTTP side of newsgraph: SPARQL endpoint, linked data and explorer.

Kept import-light: the query and writer processes (`python -m server.executor`, `server.writer`)
import this package too.
"""

from __future__ import annotations


def create_app(config):
    """The Flask app for a `server.settings.Settings` (see server.app.create_app)."""
    from server.app import create_app as build

    return build(config)
