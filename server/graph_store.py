"""The read side of the SPARQL 1.1 Graph Store Protocol at /store."""

from __future__ import annotations

from flask import Blueprint, Response, abort, request

from server import formats
from server.context import queries

bp = Blueprint("graph_store", __name__)


@bp.route("/store", methods=["GET", "HEAD"])
def get_graph() -> Response:
    """`?graph=IRI` one graph, `?default` the default (union) graph, nothing the whole dataset."""
    graphs = request.args.getlist("graph")
    if len(graphs) > 1 or (graphs and "default" in request.args):
        abort(400, "give one of `graph=IRI` and `default`, once")
    graph = graphs[0] if graphs else ("default" if "default" in request.args else None)
    reply, body = queries().ask({"op": "graph", "graph": graph, "accept": request.headers.get("Accept")})
    if reply["status"] != 200:
        abort(reply["status"], reply.get("message"))
    return Response(body, content_type=formats.with_charset(reply["content_type"]))
