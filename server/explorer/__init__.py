"""The graph explorer at `/`: one page, its scripts and styles, and the ontology's labels as JSON."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from flask import Blueprint, Response, abort, jsonify, render_template

from server.explorer.security import EXPLORER_POLICY, add_default_policy
from server.linked_data import ontology_store

bp = Blueprint("explorer", __name__, static_folder="static", static_url_path="/explorer/static")
bp.after_app_request(add_default_policy)

LABELS_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?term ?label WHERE { ?term rdfs:label|skos:prefLabel ?label }
"""


@bp.route("/", methods=["GET", "HEAD"])
def page() -> Response:
    """The explorer page; everything it shows comes from /sparql at run time."""
    if not (Path(bp.static_folder) / "vendor" / "cytoscape.min.js").is_file():
        abort(503, "the explorer's libraries are missing: reinstall newsgraph (`pip install -e .` runs `npm ci`)")
    response = Response(render_template("explorer/index.html", modules=modules()), mimetype="text/html")
    response.headers["Content-Security-Policy"] = EXPLORER_POLICY
    return response


@bp.route("/favicon.ico", methods=["GET", "HEAD"])
def favicon() -> Response:
    """Browsers ask every page's origin for one; an answer keeps 404s out of their consoles."""
    return bp.send_static_file("favicon.svg")


@bp.route("/explorer/labels.json", methods=["GET", "HEAD"])
def labels() -> Response:
    """The rdfs:label of every class, property and vocabulary concept of the ontology."""
    response = jsonify(ontology_labels())
    response.headers["Cache-Control"] = "max-age=3600"
    return response


@lru_cache(maxsize=1)
def modules() -> list[str]:
    """The page's script modules, preloaded together instead of discovered import by import."""
    folder = Path(bp.static_folder) / "js"
    return sorted(f"js/{path.name}" for path in folder.glob("*.js"))


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, str]:
    """IRI -> label, read once from the ontology the server ships."""
    return {row["term"].value: row["label"].value for row in ontology_store().query(LABELS_QUERY)}
