"""The VoID description at /.well-known/void."""

from __future__ import annotations

from flask import Blueprint, Response, request

from server import formats
from server.describe import rdf_response, void_description

bp = Blueprint("void", __name__)


@bp.route("/.well-known/void", methods=["GET"])
def void() -> Response:
    """VoID in any RDF format the client asks for (Turtle by default)."""
    return rdf_response(void_description(), formats.negotiate(request.headers.get("Accept"), formats.GRAPH_TYPES))
