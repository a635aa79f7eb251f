"""A real `kg serve` on a free loopback port, over a real on-disk store built once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from serving import UPDATE_TOKEN, Server, build_store


@pytest.fixture(scope="session")
def store_template(tmp_path_factory, seed_record_data) -> Path:
    return build_store(tmp_path_factory.mktemp("server-store"), seed_record_data)


def _copy(template: Path, tmp_path_factory, name: str) -> Path:
    folder = tmp_path_factory.mktemp(name)
    shutil.copytree(template, folder / "store")
    return folder / "store"


@pytest.fixture(scope="session")
def server(store_template, tmp_path_factory):
    """The read-only server the protocol and linked-data tests share (query timeout 1 s)."""
    running = Server(_copy(store_template, tmp_path_factory, "serve-main"), "--timeout", "1")
    yield running
    running.stop()


@pytest.fixture(scope="session")
def writable_server(store_template, tmp_path_factory, server):
    """A second server with updates on and SERVICE allowed to reach the first server."""
    running = Server(
        _copy(store_template, tmp_path_factory, "serve-writable"),
        "--timeout", "5", "--enable-updates", "--update-token", UPDATE_TOKEN,
        "--allow-remote", server.url + "/",
    )
    yield running
    running.stop()
