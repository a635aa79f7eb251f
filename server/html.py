"""Helpers for the HTML views: short IRIs, local links, and article text with mentions marked."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from kg.rdf.namespaces import BASE, PREFIXES

_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))
_BOUNDARIES = ("\n", ". ", "? ", "! ", "\u201d ")
_WINDOW = 300


def short_iri(iri: str) -> str:
    """IRI as prefix:local when a project prefix fits."""
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def local_link(iri: str) -> str:
    """Where IRI resolves: on this server when it is minted by the project, else itself."""
    return "/" + iri[len(BASE):] if iri.startswith(BASE) else iri


def explorer_link(iri: str) -> str:
    """The graph explorer, focused on IRI."""
    return "/?focus=" + quote(iri, safe="")


@dataclass
class Span:
    """A marked stretch of article text."""

    start: int
    end: int
    title: str = ""
    href: str = ""


def mark_spans(text: str, spans: list[Span]) -> Markup:
    """TEXT escaped, with every span wrapped in <mark> (nested spans nest; partial overlaps are clipped)."""
    parts: list[str] = []
    stack: list[Span] = []
    position = 0

    def emit(until: int) -> None:
        nonlocal position
        parts.append(escape(text[position:until]))
        position = until

    def close() -> None:
        span = stack.pop()
        emit(span.end)
        parts.append(Markup("</a></mark>") if span.href else Markup("</mark>"))

    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        while stack and stack[-1].end <= span.start:
            close()
        end = min(span.end, stack[-1].end) if stack else span.end
        if not 0 <= span.start < end <= len(text):
            continue
        emit(span.start)
        href = span.href if not stack else ""
        opening = Markup('<mark title="{}">').format(span.title) if span.title else Markup("<mark>")
        parts.append(opening + (Markup('<a href="{}">').format(href) if href else ""))
        stack.append(Span(span.start, end, span.title, href))
    while stack:
        close()
    emit(len(text))
    return Markup("").join(parts)


def evidence_window(text: str, start: int, end: int) -> Markup:
    """The sentence around [START, END) of TEXT, escaped, with that stretch marked."""
    left = max(0, start - _WINDOW)
    for boundary in _BOUNDARIES:
        found = text.rfind(boundary, left, start)
        if found >= 0:
            left = max(left, found + len(boundary))
    right = min(len(text), end + _WINDOW)
    for boundary in _BOUNDARIES:
        found = text.find(boundary, end, right)
        if found >= 0:
            right = min(right, found + 1)
    snippet = text[left:right]
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(text) else ""
    return Markup("{}{}{}").format(prefix, mark_spans(snippet, [Span(start - left, end - left)]), suffix)
