"""Paragraph breaks are sentence breaks and a rank's abbreviation is none: set before the parser, which keeps
them."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.nlp.lexicon import is_title


class ParagraphSplitter:
    """Marks the first token after a line break as a sentence start, and a name after 'Brig.' as none."""

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc[1:]:
            previous = doc[tok.i - 1]
            if "\n" in previous.text_with_ws and not tok.is_space:
                tok.is_sent_start = True
            elif previous.text.endswith(".") and is_title(previous.text) and tok.is_title:
                tok.is_sent_start = False
        return doc
