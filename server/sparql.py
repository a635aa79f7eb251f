"""The SPARQL 1.1 Protocol: query (GET, POST form, POST direct), update behind a token, the query page."""

from __future__ import annotations

import hmac
import json

from flask import Blueprint, Response, render_template, request

from kg.rdf.namespaces import PREFIXES, sparql_prefixes
from kg.resources import queries_dir
from server import formats
from server.context import queries, settings
from server.describe import rdf_response, service_description
from server.protocol import (
    DIRECT_QUERY, DIRECT_UPDATE, FORM, Operation, ProtocolError, check_remote, dataset, operation_from_fields, run_query,
)
from server.writes import send_write

bp = Blueprint("sparql", __name__, static_folder="static/sparql", static_url_path="/static/sparql")

def _body_text() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"the body must be UTF-8, not {charset}")
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ProtocolError(400, "the body is not valid UTF-8") from exc


def read_operation() -> Operation | None:
    """The query or update this request carries; None for a plain GET (service description)."""
    url_fields = list(request.args.items(multi=True))
    if request.method in ("GET", "HEAD"):
        return operation_from_fields(url_fields, post=False)
    mimetype = request.mimetype
    if mimetype == FORM:
        operation = operation_from_fields(list(request.form.items(multi=True)) + url_fields, post=True)
        if operation is None:
            raise ProtocolError(400, "send exactly one of the `query` and `update` parameters")
        return operation
    if mimetype == DIRECT_QUERY:
        return Operation("query", _body_text(), *dataset(url_fields))
    if mimetype == DIRECT_UPDATE:
        return Operation("update", _body_text())
    raise ProtocolError(415, f"POST a query as {FORM}, {DIRECT_QUERY} or {DIRECT_UPDATE}, not {mimetype or 'no content type'}")


@bp.route("/sparql", methods=["GET", "POST"])
@bp.route("/query", methods=["GET", "POST"])
def endpoint() -> Response:
    """The protocol's query operation (and update, when POSTed and allowed)."""
    operation = read_operation()
    if operation is None:
        return _describe_or_page()
    if operation.kind == "update":
        return run_update(operation.text)
    return answer_query(operation)


@bp.route("/update", methods=["POST"])
def update_endpoint() -> Response:
    """The protocol's update operation at its own path."""
    operation = read_operation()
    if operation is None or operation.kind != "update":
        raise ProtocolError(400, "POST an update as `update=` form field or as application/sparql-update")
    return run_update(operation.text)


def answer_query(operation: Operation) -> Response:
    """Run a query and answer in the negotiated format (an HTML table for a browser)."""
    reply, body = run_query(queries(), settings(), operation, request.headers.get("Accept"), html=True)
    if reply["content_type"] == formats.HTML:
        return _page(operation.text, json.loads(body))
    return Response(body, content_type=formats.with_charset(reply["content_type"]))


def run_update(text: str) -> Response:
    """Apply an update through the writer process, if updates are on and the token is right."""
    config = settings()
    if not config.updates_enabled or not config.update_token:
        raise ProtocolError(403, "this endpoint is read-only: start `kg serve` with --enable-updates and a token to allow updates")
    given = request.headers.get("Authorization", "")
    if not hmac.compare_digest(given.encode(), f"Bearer {config.update_token}".encode()):
        raise ProtocolError(403, "updates need the server's bearer token in the Authorization header")
    check_remote(text, config.remote_allowlist)
    reply = send_write(config.writer_socket, config.write_token, {"op": "update"}, text.encode("utf-8"))
    if reply["status"] >= 400:
        raise ProtocolError(reply["status"], reply.get("message", "update failed"))
    return Response(status=204)


def _describe_or_page() -> Response:
    media = formats.negotiate(request.headers.get("Accept"), formats.GRAPH_TYPES, html=True)
    if media == formats.HTML:
        return _page("", None)
    return rdf_response(service_description(), media)


def examples() -> list[tuple[str, str]]:
    """The example queries in examples/queries/*.rq, as (title, text); the title is the first comment line."""
    found = []
    for path in sorted(queries_dir().glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first = text.lstrip().splitlines()[0] if text.strip() else ""
        title = first.lstrip("# ").strip() if first.startswith("#") else path.stem.replace("-", " ")
        found.append((title, text))
    return found


def _page(text: str, result: dict | None) -> Response:
    body = render_template(
        "sparql/query.html",
        query=text or sparql_prefixes() + "\nSELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10\n",
        result=result,
        examples=examples(),
        prefixes=PREFIXES,
        cap=settings().html_row_cap,
    )
    return Response(body, mimetype="text/html")
