"""`kg serve`: start the writer process, then the app under granian with several worker processes and threads."""

from __future__ import annotations

import dataclasses
import http.client
import json
import os
import secrets
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

from server.settings import Settings
from server.wsgi import SETTINGS_ENV, settings_to_env

SERVER_FILE = "kg-serve.json"


class ServeError(Exception):
    """The server cannot start (store locked, port taken, ...)."""


def _run_http(settings: Settings) -> None:
    """Serve the app with granian (a Rust HTTP server) and SETTINGS.workers x SETTINGS.threads until stopped."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    os.environ[SETTINGS_ENV] = settings_to_env(settings)
    server = Granian(
        "server.wsgi:app_from_environment",
        factory=True,
        address=settings.host,
        port=settings.port,
        interface=Interfaces.WSGI,
        workers=settings.workers,
        blocking_threads=settings.threads,
        log_level=LogLevels.warning,
        respawn_failed_workers=True,
    )
    server.serve()


def _announce_when_up(settings: Settings, give_up: float = 120.0) -> None:
    """Write kg-serve.json once /sparql answers, so `kg ingest` finds a server that is really there."""
    deadline = time.monotonic() + give_up
    host = urllib.parse.urlsplit(_local_url(settings)).hostname
    while time.monotonic() < deadline:
        connection = http.client.HTTPConnection(host, settings.port, timeout=5)
        try:
            connection.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
            if connection.getresponse().status == 200:
                _write_server_file(settings)
                return
        except OSError:
            time.sleep(0.1)
        finally:
            connection.close()


def _start_writer(settings: Settings) -> subprocess.Popen:
    """Start the writer process and wait until it holds the store and published the first snapshot."""
    writer = subprocess.Popen(
        [sys.executable, "-m", "server.writer"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    config = {
        "store": str(settings.store),
        "run_dir": str(settings.run_dir),
        "socket": settings.writer_socket,
        "token": settings.write_token,
        "keep_seconds": settings.query_timeout + 10,
    }
    writer.stdin.write(json.dumps(config) + "\n")
    writer.stdin.flush()
    if writer.stdout.readline().strip() != "ready":
        writer.wait()
        raise ServeError(f"the store at {settings.store} could not be opened for serving (see the error above)")
    return writer


def _local_url(settings: Settings) -> str:
    host = "127.0.0.1" if settings.host in ("0.0.0.0", "", "localhost") else settings.host
    if host == "::":
        host = "::1"
    return f"http://[{host}]:{settings.port}" if ":" in host else f"http://{host}:{settings.port}"


def _write_server_file(settings: Settings) -> None:
    record = {"url": _local_url(settings), "token": settings.write_token, "pid": os.getpid()}
    path = Path(settings.store) / SERVER_FILE
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(record), encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def _remove_server_file(settings: Settings) -> None:
    path = Path(settings.store) / SERVER_FILE
    try:
        if json.loads(path.read_text(encoding="utf-8")).get("pid") == os.getpid():
            path.unlink()
    except (OSError, ValueError):
        pass


def serve(settings: Settings) -> None:
    """Run the server until it is stopped (Ctrl-C or SIGTERM); clean up after it."""
    from kg.store.via_server import find_server

    Path(settings.store).mkdir(parents=True, exist_ok=True)
    running = find_server(settings.store)
    if running is not None:
        raise ServeError(f"a server already holds the store at {settings.store}: {running.url}")
    settings = dataclasses.replace(
        settings,
        write_token=secrets.token_urlsafe(32),
        writer_socket=f"newsgraph-writer-{os.getpid()}-{secrets.token_hex(6)}",
    )
    shutil.rmtree(settings.run_dir, ignore_errors=True)
    writer = _start_writer(settings)
    try:
        threading.Thread(target=_announce_when_up, args=(settings,), daemon=True).start()
        _run_http(settings)
    finally:
        _remove_server_file(settings)
        writer.terminate()
        writer.wait()
        shutil.rmtree(settings.run_dir, ignore_errors=True)
