"""Length-prefixed messages (a JSON header and a byte body) over pipes and sockets."""

from __future__ import annotations

import json
import os
import struct

_SIZES = struct.Struct("!II")


def encode(header: dict, body: bytes = b"") -> bytes:
    """One message as bytes."""
    head = json.dumps(header).encode("utf-8")
    return _SIZES.pack(len(head), len(body)) + head + body


def write_fd(fd: int, header: dict, body: bytes = b"") -> None:
    """Write one message to a file descriptor."""
    view = memoryview(encode(header, body))
    while view:
        view = view[os.write(fd, view):]


def _read_exact(fd: int, size: int) -> bytes:
    chunks, remaining = [], size
    while remaining:
        chunk = os.read(fd, min(remaining, 1 << 20))
        if not chunk:
            raise EOFError("the other side closed the pipe")
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def read_fd(fd: int) -> tuple[dict, bytes]:
    """Read one message from a file descriptor."""
    head_size, body_size = _SIZES.unpack(_read_exact(fd, _SIZES.size))
    message = _read_exact(fd, head_size + body_size)
    return json.loads(message[:head_size]), message[head_size:]
