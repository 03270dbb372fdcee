"""The `cakupan` command: run the pipeline, debug one page, query and export the warehouse.

The app and its shared options are in `flows.cli_app`; importing `flows.cli_run` and
`flows.cli_data` registers their commands on it. Heavy imports (Prefect, Great Expectations,
DuckDB) happen inside the commands that need them, so `cakupan extract` and `cakupan query`
start in a fraction of a second.
"""

from __future__ import annotations

import os
import sys

import typer

from flows import cli_data, cli_run  # noqa: F401  (registers the commands on the app)
from flows.cli_app import app

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point: clear errors instead of tracebacks."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("cakupan: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # last resort: name the error, keep the traceback behind a flag
        if os.environ.get("CAKUPAN_DEBUG"):
            raise
        typer.echo(
            f"cakupan: internal error: {type(exc).__name__}: {exc} "
            "(set CAKUPAN_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(70)


if __name__ == "__main__":
    main()
