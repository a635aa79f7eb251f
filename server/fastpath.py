"""A WSGI shortcut for the hot path: plain queries (GET, form POST) at /sparql and /query.

They are answered without Flask's request machinery (about a quarter of the CPU time of a point
lookup); the rules are the same functions the Flask views use. Everything else (pages, the service
description, updates, direct POSTs, preflights) goes on to Flask unchanged.
"""

from __future__ import annotations

import io
from urllib.parse import parse_qsl

from werkzeug.http import HTTP_STATUS_CODES

from server import formats
from server.cors import CORS_HEADERS
from server.protocol import FORM, ProtocolError, error_text, operation_from_fields, run_query
from server.queries import QueryCrashed, QueryRunner, QueryTimeout
from server.settings import Settings

PATHS = ("/sparql", "/query")


class QueryFastPath:
    """WSGI middleware in front of the Flask app."""

    def __init__(self, wsgi_app, runner: QueryRunner, config: Settings):
        self.wsgi_app = wsgi_app
        self.runner = runner
        self.config = config

    def __call__(self, environ, start_response):
        if environ.get("PATH_INFO") not in PATHS or "html" in environ.get("HTTP_ACCEPT", ""):
            return self.wsgi_app(environ, start_response)
        fields = _fields(environ)
        if fields is None:
            return self.wsgi_app(environ, start_response)
        try:
            operation = operation_from_fields(fields, post=environ["REQUEST_METHOD"] == "POST")
            if operation is None or operation.kind != "query":
                return self.wsgi_app(environ, start_response)
            reply, body = run_query(self.runner, self.config, operation, environ.get("HTTP_ACCEPT"), html=False)
            status, media = 200, formats.with_charset(reply["content_type"])
        except ProtocolError as exc:
            status, media, body = exc.status, "text/plain; charset=utf-8", error_text(exc.status, exc.message).encode()
        except (QueryTimeout, QueryCrashed) as exc:
            status = 503 if isinstance(exc, QueryTimeout) else 500
            media, body = "text/plain; charset=utf-8", f"{exc}\n".encode()
        headers = [("Content-Type", media), ("Content-Length", str(len(body))), *CORS_HEADERS, ("Vary", "Accept")]
        start_response(f"{status} {_reason(status)}", headers)
        return [body]


def _reason(status: int) -> str:
    return HTTP_STATUS_CODES.get(status, "Error")


def _fields(environ) -> list[tuple[str, str]] | None:
    """URL (and form) fields of a GET or form POST; None for requests left to Flask."""
    method = environ["REQUEST_METHOD"]
    url_fields = parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True)
    if method == "GET":
        return url_fields
    if method != "POST":
        return None
    media, _, params = environ.get("CONTENT_TYPE", "").partition(";")
    charset = params.partition("charset=")[2].strip().strip('"').lower()
    if media.strip().lower() != FORM or charset not in ("", "utf-8", "utf8"):
        return None
    size = int(environ.get("CONTENT_LENGTH") or 0)
    body = environ["wsgi.input"].read(size) if size else b""
    environ["wsgi.input"] = io.BytesIO(body)  # Flask can still read it if the request goes on
    try:
        return parse_qsl(body.decode("utf-8"), keep_blank_values=True) + url_fields
    except UnicodeDecodeError:
        return None
