"""Across processes: publishing under an open reader, SIGKILL mid-load, two writers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.warehouse.batches import seed_batch, synthetic_batch
from warehouse.db import connect
from warehouse.errors import WarehouseBusy, WarehouseError
from warehouse.load import load_batch
from warehouse.lock import lock_path, writer_lock
from warehouse.publish import publish

REPO = Path(__file__).resolve().parents[2]
CHECKSUM = "select count(*), md5(string_agg(fact_id || value, ',' order by fact_id)) from facts"


@contextmanager
def worker(*args: str) -> Iterator[subprocess.Popen[str]]:
    """A worker process (tests/warehouse/workers.py), killed if the test leaves it running."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.warehouse.workers", *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _line(proc: subprocess.Popen[str]) -> str:
    """The worker's next word."""
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def _checksum(path: Path) -> tuple:
    """Count and checksum of a warehouse file's facts, read-only."""
    con = connect(path, read_only=True)
    try:
        return con.execute(CHECKSUM).fetchall()[0]
    finally:
        con.close()


def _seeded_and_published(master: Path, published: Path) -> None:
    """A master with the seeds, published."""
    con = connect(master)
    load_batch(con, seed_batch())
    con.close()
    publish(master, published)


def test_reader_keeps_working_during_publish(tmp_path: Path) -> None:
    master, published = tmp_path / "m.duckdb", tmp_path / "p.duckdb"
    _seeded_and_published(master, published)
    with worker("analyst", str(published)) as analyst:
        assert _line(analyst) == "before 37"
        con = connect(master)
        load_batch(con, synthetic_batch(1000))
        con.close()
        publish(master, published)
        assert analyst.stdin is not None
        analyst.stdin.write("go\n")
        analyst.stdin.flush()
        assert _line(analyst) == "held 37"
        assert _line(analyst) == "after 1037"
    assert not list(tmp_path.glob(".p.duckdb.*")), "no temporary copy left behind"


def test_sigkill_mid_load_leaves_master_consistent(tmp_path: Path) -> None:
    master, published = tmp_path / "m.duckdb", tmp_path / "p.duckdb"
    _seeded_and_published(master, published)
    before_master, before_published = _checksum(master), _checksum(published)
    with worker("stuck_load", str(master), "50000") as loader:
        assert _line(loader) == "inside"
        os.kill(loader.pid, signal.SIGKILL)
        loader.wait(timeout=30)
    assert _checksum(published) == before_published
    with writer_lock(master, timeout=0):
        assert _checksum(master) == before_master
        con = connect(master)
        killed = con.execute(
            "select count(*) from articles where run_id = '20261121T030000Z-killed'"
        ).fetchall()
        assert killed == [(0,)]
        result = load_batch(con, synthetic_batch(50_000))
        assert result.inserted == 50_000
        con.close()
        publish(master, published)
    assert _checksum(published)[0] == 37 + 50_000


def test_second_writer_waits_then_names_the_first(tmp_path: Path) -> None:
    master = tmp_path / "m.duckdb"
    with worker("hold_lock", str(master), "20261121T040000Z-first1") as holder:
        assert _line(holder) == "locked"
        started = time.monotonic()
        with pytest.raises(WarehouseBusy) as busy, writer_lock(master, timeout=0.5):
            pass
        assert time.monotonic() - started >= 0.5
        message = str(busy.value)
        assert f"pid {holder.pid}" in message
        assert "run 20261121T040000Z-first1" in message and "since 20" in message
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    with writer_lock(master, timeout=0, run_id="second") as path:
        assert path == lock_path(master)
        assert '"run_id": "second"' in path.read_text()


def test_waiting_writer_gets_the_lock_when_it_is_freed(tmp_path: Path) -> None:
    master = tmp_path / "m.duckdb"
    with worker("hold_lock", str(master), "first") as holder:
        assert _line(holder) == "locked"
        assert holder.stdin is not None
        holder.stdin.write("done\n")
        holder.stdin.flush()
        with writer_lock(master, timeout=10, run_id="second"):
            pass


def test_publish_without_master_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="does not exist"):
        publish(tmp_path / "none.duckdb", tmp_path / "p.duckdb")


def test_publish_in_the_writers_process_sees_committed_data(tmp_path: Path) -> None:
    master, published = tmp_path / "m.duckdb", tmp_path / "p.duckdb"
    con = connect(master)
    load_batch(con, seed_batch())
    publish(master, published)  # the writer's connection is still open in this process
    con.close()
    assert _checksum(published)[0] == 37
    (tmp_path / "p.duckdb.wal").write_bytes(b"stale")
    publish(master, published)
    assert not (tmp_path / "p.duckdb.wal").exists()
    assert _checksum(published)[0] == 37


def test_failed_publish_leaves_the_old_copy(tmp_path: Path) -> None:
    master, published = tmp_path / "m.duckdb", tmp_path / "p.duckdb"
    _seeded_and_published(master, published)
    before = _checksum(published)
    master.write_bytes(b"not a database" * 1000)
    with pytest.raises(WarehouseError, match="cannot open master"):
        publish(master, published)
    assert _checksum(published) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".p.")) == []
