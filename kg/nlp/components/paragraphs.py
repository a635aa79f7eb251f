"""Paragraph breaks are sentence breaks: set before the parser, which keeps them."""

from __future__ import annotations

from spacy.tokens import Doc


class ParagraphSplitter:
    """Marks the first token after a line break as a sentence start."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            previous = doc[tok.i - 1]
            if "\n" in previous.text_with_ws and not tok.is_space:
                tok.is_sent_start = True
        return doc
