"""The last component: the Doc's findings become the record, and what cannot leave the process goes."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.articles import Article
from kg.nlp.record import build_record

# Extensions holding Python objects that Doc.to_bytes (multiprocessing) cannot serialise.
_TRANSIENT = ("entities", "token_entity", "quotes", "statements", "events", "article")


class RecordBuilder:
    """Sets doc._.record (or doc._.error) and clears the working extensions."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            if not doc._.error:
                doc._.record = build_record(Article(**doc._.article), doc)
        except Exception as err:  # noqa: BLE001 - reported per article
            doc._.error = f"kg_record failed: {type(err).__name__}: {err}"
        finally:
            for name in _TRANSIENT:
                doc._.set(name, None)
        return doc
