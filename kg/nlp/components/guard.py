"""Keeps one article's failure inside that article: a failing component marks the Doc and the rest skip it."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

if not Doc.has_extension("error"):
    Doc.set_extension("error", default=None)


class Guarded:
    """Runs a component unless an earlier one failed; records its own failure on doc._.error."""

    def __init__(self, name: str, component: Callable[[Doc], Doc]):
        self.name = name
        self.component = component

    def __call__(self, doc: Doc) -> Doc:
        if doc._.error:
            return doc
        try:
            return self.component(doc)
        except Exception as err:  # noqa: BLE001 - reported per article, never silently
            doc._.error = f"{self.name} failed: {type(err).__name__}: {err}"
            return doc
