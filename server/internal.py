"""The internal write route: whole article graphs from `kg ingest` on this machine, behind a token."""

from __future__ import annotations

import hmac
import ipaddress

from flask import Blueprint, Response, abort, request

from server.context import settings
from server.writes import send_write

bp = Blueprint("internal", __name__)

GRAPH_MEDIA = ("application/n-triples", "application/n-quads", "text/plain")


def _check_caller() -> None:
    try:
        loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        abort(403, "the write route answers only on the loopback interface")
    expected = f"Bearer {settings().write_token}"
    if not settings().write_token or not hmac.compare_digest(request.headers.get("Authorization", "").encode(), expected.encode()):
        abort(403, "the write route needs the token from kg-serve.json")


def _graph() -> str:
    graph = request.args.get("graph", "")
    if not graph.startswith(("http://", "https://", "urn:")):
        abort(400, "give the article graph's IRI as `graph=`")
    return graph


@bp.route("/internal/graphs", methods=["PUT", "DELETE"])
def write_graph() -> Response:
    """PUT replaces one article graph atomically (N-Triples or N-Quads body); DELETE removes it."""
    _check_caller()
    graph = _graph()
    config = settings()
    if request.method == "DELETE":
        reply = send_write(config.writer_socket, config.write_token, {"op": "delete", "graph": graph})
    else:
        if request.mimetype not in GRAPH_MEDIA:
            abort(415, "send the article graph as application/n-triples or application/n-quads")
        header = {"op": "put", "graph": graph, "media": request.mimetype}
        reply = send_write(config.writer_socket, config.write_token, header, request.get_data())
    if reply["status"] >= 400:
        abort(reply["status"], reply.get("message"))
    return Response(status=reply["status"])
