"""The article: text exactly as read, plus the metadata its header or page gives."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One news article; offsets in extraction records index into `text`."""

    source: str
    text: str
    date: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    title: str | None = None
    url: str | None = None
    body_start: int = 0
    id: str | None = None

    @property
    def body(self) -> str:
        """The text from the start of the body (header and dateline skipped)."""
        return self.text[self.body_start:]
