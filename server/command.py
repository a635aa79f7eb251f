"""The `serve` click command, added to the `kg` command line and runnable as `python -m server`."""

from __future__ import annotations

import os
from pathlib import Path

import click

from server.settings import Settings


@click.command("serve")
@click.option("--store", "store", envvar="KG_STORE", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Store folder (default: $KG_STORE or ./.kg/store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="TCP port.")
@click.option("--timeout", "query_timeout", default=30.0, show_default=True, type=float,
              help="Seconds before a query is stopped and answered 503.")
@click.option("--workers", default=2, show_default=True, type=int, help="HTTP worker processes.")
@click.option("--threads", default=4, show_default=True, type=int, help="Request threads per worker.")
@click.option("--running-queries", default=0, show_default=True, type=int,
              help="Queries run at once, all workers together (0: one per CPU core).")
@click.option("--html-row-cap", default=1000, show_default=True, type=int, help="Most rows an HTML view shows.")
@click.option("--enable-updates", is_flag=True, help="Accept SPARQL updates that carry the update token.")
@click.option("--update-token", envvar="KG_UPDATE_TOKEN", default=None,
              help="Bearer token for updates (or $KG_UPDATE_TOKEN).")
@click.option("--allow-remote", multiple=True, metavar="IRI-PREFIX",
              help="Let SERVICE and LOAD reach IRIs under this prefix (repeatable).")
def serve(store, host, port, query_timeout, workers, threads, running_queries, html_row_cap, enable_updates,
          update_token, allow_remote):
    """Serve the store: SPARQL endpoint, linked data and explorer, until Ctrl-C."""
    from kg.store import store_path
    from server.runtime import ServeError, serve as run

    if enable_updates and not update_token:
        raise click.UsageError("--enable-updates needs --update-token (or $KG_UPDATE_TOKEN)")
    settings = Settings(
        store=store_path(store).resolve(), host=host, port=port, query_timeout=query_timeout,
        html_row_cap=html_row_cap, updates_enabled=enable_updates, update_token=update_token,
        remote_allowlist=tuple(allow_remote), workers=workers, threads=threads,
        running_queries=running_queries,
    )
    click.echo(f"kg serve: {settings.store} on http://{host}:{port}/sparql (pid {os.getpid()})", err=True)
    try:
        run(settings)
    except ServeError as exc:
        raise click.ClickException(str(exc)) from exc
