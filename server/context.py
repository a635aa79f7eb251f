"""The running app's settings and query runner, for the blueprints."""

from __future__ import annotations

from flask import current_app

from server.queries import QueryRunner
from server.settings import Settings


def settings() -> Settings:
    """The settings the app was created with."""
    return current_app.extensions["kg.settings"]


def queries() -> QueryRunner:
    """This worker's pool of query processes."""
    return current_app.extensions["kg.queries"]
