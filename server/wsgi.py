"""The WSGI entry point each HTTP worker process loads: the app for the settings `kg serve` passed on."""

from __future__ import annotations

import json
import os
from pathlib import Path

from flask import Flask

from server.settings import Settings

SETTINGS_ENV = "KG_SERVE_SETTINGS"


def settings_to_env(settings: Settings) -> str:
    """SETTINGS as the JSON text the worker processes read from $KG_SERVE_SETTINGS."""
    fields = {name: getattr(settings, name) for name in settings.__dataclass_fields__}
    fields["store"] = str(settings.store)
    fields["remote_allowlist"] = list(settings.remote_allowlist)
    return json.dumps(fields)


def app_from_environment() -> Flask:
    """Build the app from $KG_SERVE_SETTINGS (set by `kg serve` before it starts the workers)."""
    from server.app import create_app

    fields = json.loads(os.environ[SETTINGS_ENV])
    fields["store"] = Path(fields["store"])
    fields["remote_allowlist"] = tuple(fields["remote_allowlist"])
    return create_app(Settings(**fields))
