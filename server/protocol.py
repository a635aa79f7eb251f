"""The SPARQL 1.1 Protocol's rules, free of any web framework: shared by the Flask views and the fast path."""

from __future__ import annotations

from dataclasses import dataclass

from werkzeug.http import HTTP_STATUS_CODES

from server.queries import QueryRunner
from server.settings import Settings
from kg.sparql_text import refused_targets

FORM = "application/x-www-form-urlencoded"
DIRECT_QUERY = "application/sparql-query"
DIRECT_UPDATE = "application/sparql-update"
Fields = list[tuple[str, str]]


class ProtocolError(Exception):
    """A request the protocol rejects, with its HTTP status and a message for the client."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Operation:
    """One protocol request: a query or an update, with the dataset the client gave."""

    kind: str
    text: str
    default: list[str] | None = None
    named: list[str] | None = None


def error_text(status: int, message: str | None) -> str:
    """The plain-text body of every error response."""
    return f"{status} {HTTP_STATUS_CODES.get(status, 'Error')}: {message or ''}".rstrip() + "\n"


def dataset(fields: Fields) -> tuple[list[str] | None, list[str] | None]:
    """default-graph-uri and named-graph-uri values; None where the client gave none."""
    default = [v for k, v in fields if k == "default-graph-uri"] or None
    named = [v for k, v in fields if k == "named-graph-uri"] or None
    return default, named


def _single(fields: Fields, name: str) -> str | None:
    values = [v for k, v in fields if k == name]
    if len(values) > 1:
        raise ProtocolError(400, f"give one `{name}` parameter, not {len(values)}")
    return values[0] if values else None


def operation_from_fields(fields: Fields, post: bool) -> Operation | None:
    """The operation in URL or form fields (unknown fields ignored); None when there is none."""
    text, update = _single(fields, "query"), _single(fields, "update")
    if text is not None and update is not None:
        raise ProtocolError(400, "send exactly one of the `query` and `update` parameters")
    if update is not None:
        if not post:
            raise ProtocolError(405, "updates must be sent with POST")
        return Operation("update", update)
    return None if text is None else Operation("query", text, *dataset(fields))


def check_remote(text: str, allowlist: tuple[str, ...]) -> None:
    """Refuse SERVICE and LOAD targets that are not on the allow-list."""
    refused = refused_targets(text, allowlist)
    if refused:
        raise ProtocolError(403, f"SERVICE and LOAD may not reach {refused[0]}: it is not on this server's allow-list")


def run_query(runner: QueryRunner, config: Settings, operation: Operation, accept: str | None,
              html: bool) -> tuple[dict, bytes]:
    """Run a query in a query process; the reply header says the media type of the body."""
    check_remote(operation.text, config.remote_allowlist)
    reply, body = runner.query(
        operation.text, accept=accept, html=html, html_rows=config.html_row_cap,
        default=operation.default, named=operation.named,
    )
    if reply["status"] != 200:
        raise ProtocolError(reply["status"], reply.get("message", "query failed"))
    return reply, body
