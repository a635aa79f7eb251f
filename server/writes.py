"""The HTTP workers' side of the writer process: send one write, wait for its reply."""

from __future__ import annotations

import socket

from server.framing import read_fd, write_fd


def send_write(socket_name: str, token: str, header: dict, body: bytes = b"") -> dict:
    """Hand one write to the writer process and return its reply (status, message)."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        try:
            conn.connect("\0" + socket_name)
            write_fd(conn.fileno(), {**header, "token": token}, body)
            reply, _ = read_fd(conn.fileno())
        except (OSError, EOFError) as exc:
            return {"status": 503, "message": f"the store's writer process is not answering: {exc}"}
    return reply
