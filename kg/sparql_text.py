"""A light look at SPARQL text before it runs: dataset clauses and remote targets (SERVICE, LOAD)."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# Strings (long and short) and comments; IRIs are kept because SERVICE and LOAD targets are IRIs.
_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
)
_PREFIX = re.compile(r"\bPREFIX\s+([\w.-]*):\s*<([^>]*)>", re.IGNORECASE)
_FROM = re.compile(r"(?<![?$:\w.-])FROM\s+(?:NAMED\s+)?[<\w:]", re.IGNORECASE)
_REMOTE = re.compile(
    r"(?<![?$:\w.-])(?:SERVICE\s+(?:SILENT\s+)?|LOAD\s+(?:SILENT\s+)?)(<[^>]*>|\?\w+|\$\w+|[\w.-]*:[\w.%-]*)",
    re.IGNORECASE,
)


def _unescape(text: str) -> str:
    """Apply SPARQL's codepoint escapes, which are processed before parsing."""
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), text)


def _may_contain(text: str, *keywords: str) -> bool:
    """A cheap first look: could TEXT hold one of KEYWORDS (lower case), escapes included?"""
    lowered = text.lower()
    return "\\u" in lowered or any(keyword in lowered for keyword in keywords)


def _without_noise(text: str) -> str:
    """TEXT with strings and comments blanked out, IRIs kept."""
    return _NOISE.sub(lambda m: m.group(0) if m.group(0).startswith("<") else " ", text)


def has_dataset_clause(text: str) -> bool:
    """Whether the query names its own dataset with FROM or FROM NAMED."""
    if not _may_contain(text, "from"):
        return False
    return bool(_FROM.search(_without_noise(_unescape(text))))


def remote_targets(text: str) -> list[str]:
    """The IRIs that SERVICE and LOAD in TEXT would reach ('?var' when only known at run time)."""
    if not _may_contain(text, "service", "load"):
        return []
    clean = _without_noise(_unescape(text))
    prefixes = {name: iri for name, iri in _PREFIX.findall(clean)}
    targets = []
    for target in _REMOTE.findall(clean):
        if target.startswith("<"):
            targets.append(target[1:-1])
        elif target[0] in "?$":
            targets.append(target)
        else:
            name, _, local = target.partition(":")
            targets.append(prefixes.get(name, name + ":") + local)
    return targets


def refused_targets(text: str, allowlist: tuple[str, ...]) -> list[str]:
    """The remote targets of TEXT that are not under an allow-listed IRI prefix."""
    return [t for t in remote_targets(text) if not any(t.startswith(prefix) for prefix in allowlist)]


_IRI = r"<[^<>\"{}|^`\\\s]*>"
_NAME = r"(?:[A-Za-z][\w-]*)?:[A-Za-z0-9_][\w-]*"
_VAR = r"[?$]\w+"
_LOOKUP = re.compile(
    rf"(?:\s*(?:PREFIX\s+(?:[A-Za-z][\w-]*)?:\s*{_IRI}|BASE\s+{_IRI}))*"
    rf"\s*(?:SELECT\s+(?:(?:DISTINCT|REDUCED)\s+)?(?:\*|(?:{_VAR}\s*)+)|ASK)"
    rf"\s*(?:WHERE\s*)?\{{\s*(?:{_IRI}|{_NAME})\s+(?:{_IRI}|{_NAME}|a|{_VAR})\s+(?:{_IRI}|{_NAME}|{_VAR})\s*\.?\s*\}}"
    r"(?:\s*(?:LIMIT|OFFSET)\s+\d+)*\s*",
    re.IGNORECASE,
)


def is_point_lookup(text: str) -> bool:
    """Whether TEXT is one triple pattern about one named subject (`SELECT ?label { <x> rdfs:label ?label }`).

    Such a query reads one subject's triples and nothing else, so it cannot run away whatever the
    store holds. Anything else (a comment, an escape, a FILTER, a second pattern) is not one.
    """
    return len(text) < 4096 and "\\" not in text and _LOOKUP.fullmatch(text) is not None
