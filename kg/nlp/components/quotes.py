"""Finding quotations: token spans between matching quote marks, across sentences."""

from __future__ import annotations

from spacy.tokens import Doc

OPENING = {"“", "«"}
CLOSING = {"”", "»"}
STRAIGHT = {'"', "''", "``"}
MAX_QUOTE_TOKENS = 250


class QuoteFinder:
    """Sets doc._.quotes: [(start, end)] token spans of quotations, marks included."""

    def __call__(self, doc: Doc) -> Doc:
        spans, start = [], None
        for tok in doc:
            opens = tok.text in OPENING or tok.text in STRAIGHT and start is None
            closes = tok.text in CLOSING or tok.text in STRAIGHT and start is not None
            if opens:
                start = tok.i  # an unclosed quotation is dropped when another opens
            elif closes and start is not None:
                if tok.i - start <= MAX_QUOTE_TOKENS:
                    spans.append((start, tok.i + 1))
                start = None
        doc._.quotes = spans
        return doc


def quote_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The quotation holding token i, if any."""
    return next(((s, e) for s, e in doc._.quotes if s <= i < e), None)
