"""The Flask application: one blueprint per concern, CORS and plain-text errors everywhere."""

from __future__ import annotations

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from server import graph_store, internal, linked_data, sparql, void
from server.cors import CORS_HEADERS
from server.explorer import bp as explorer_bp
from server.fastpath import QueryFastPath
from server.protocol import ProtocolError, error_text
from server.queries import QueryCrashed, QueryRunner, QueryTimeout
from server.html import local_link, short_iri
from server.settings import Settings
from server.snapshots import SnapshotReader


def create_app(config: Settings) -> Flask:
    """The WSGI app for CONFIG; `kg serve` starts the writer process it talks to."""
    app = Flask(__name__)
    app.extensions["kg.settings"] = config
    runner = QueryRunner(SnapshotReader(config.run_dir), config.query_timeout, config.threads,
                         config.running_per_worker)
    app.extensions["kg.queries"] = runner
    for blueprint in (sparql.bp, linked_data.bp, graph_store.bp, void.bp, internal.bp, explorer_bp):
        app.register_blueprint(blueprint)
    app.add_template_filter(short_iri)
    app.add_template_filter(local_link)
    app.after_request(add_cors)
    app.register_error_handler(HTTPException, http_error)
    app.register_error_handler(ProtocolError, lambda exc: plain(exc.status, error_text(exc.status, exc.message)))
    app.register_error_handler(QueryTimeout, lambda exc: plain(503, str(exc)))
    app.register_error_handler(QueryCrashed, lambda exc: plain(500, str(exc)))
    app.wsgi_app = QueryFastPath(app.wsgi_app, runner, config)
    return app


def plain(status: int, message: str) -> Response:
    """A plain-text error response."""
    return Response(message.rstrip() + "\n", status=status, mimetype="text/plain")


def http_error(exc: HTTPException) -> Response:
    """Werkzeug's errors as plain text, keeping their headers (Allow on 405)."""
    response = exc.get_response()
    response.set_data(error_text(exc.code, exc.description))
    response.mimetype = "text/plain"
    return response


def add_cors(response: Response) -> Response:
    """CORS on every response, and the answer to a preflight."""
    headers = response.headers
    for name, value in CORS_HEADERS:
        headers[name] = value
    if request.method == "OPTIONS":
        headers["Access-Control-Allow-Methods"] = headers.get("Allow") or "GET, POST, OPTIONS"
        headers["Access-Control-Allow-Headers"] = request.headers.get(
            "Access-Control-Request-Headers", "Accept, Content-Type, Authorization"
        )
        headers["Access-Control-Max-Age"] = "86400"
    headers.add("Vary", "Accept")
    return response
