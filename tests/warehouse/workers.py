"""Other processes for the concurrency tests: `python -m tests.warehouse.workers <role> ...`.

Roles talk to the test over stdout (one word a line) and wait for a line on stdin.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import duckdb

import warehouse.load as load_module
from tests.warehouse.batches import synthetic_batch
from warehouse.db import connect
from warehouse.lock import writer_lock


def _say(word: str) -> None:
    """Tell the test something."""
    print(word, flush=True)


def _count(con: duckdb.DuckDBPyConnection) -> int:
    """Facts in a warehouse."""
    return int(con.execute("select count(*) from facts").fetchall()[0][0])


def analyst(published: Path) -> None:
    """Hold a read-only connection across a publish, then reconnect."""
    con = connect(published, read_only=True)
    _say(f"before {_count(con)}")
    sys.stdin.readline()
    _say(f"held {_count(con)}")
    con.close()
    con = connect(published, read_only=True)
    _say(f"after {_count(con)}")
    con.close()


def stuck_load(master: Path, n_facts: int) -> None:
    """Take the lock and stop inside load_batch's transaction (the test SIGKILLs us there)."""
    original = load_module._apply

    def apply_then_hang(con: duckdb.DuckDBPyConnection, batch: load_module.LoadBatch):
        result = original(con, batch)
        _say("inside")
        time.sleep(600)
        return result

    load_module._apply = apply_then_hang
    with writer_lock(master, timeout=5, run_id="20261121T030000Z-killed"):
        con = connect(master)
        load_module.load_batch(con, synthetic_batch(n_facts, run_id="20261121T030000Z-killed"))


def hold_lock(master: Path, run_id: str) -> None:
    """Hold the writer lock until told to let go."""
    with writer_lock(master, timeout=5, run_id=run_id):
        _say("locked")
        sys.stdin.readline()


if __name__ == "__main__":
    role, *args = sys.argv[1:]
    if role == "analyst":
        analyst(Path(args[0]))
    elif role == "stuck_load":
        stuck_load(Path(args[0]), int(args[1]))
    elif role == "hold_lock":
        hold_lock(Path(args[0]), args[1])
    else:
        raise SystemExit(f"unknown role {role!r}")
