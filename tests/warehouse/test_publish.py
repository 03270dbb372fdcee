"""Publishing: stale temporary copies of a killed publish are cleared by the next one."""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.db import connect
from warehouse.publish import publish


def test_a_killed_publish_leaves_nothing_behind_after_the_next(tmp_path: Path) -> None:
    master, published = tmp_path / "w.duckdb", tmp_path / "w.published.duckdb"
    connect(master).close()
    stale = tmp_path / ".w.published.duckdb.k1ll3d"
    stale.write_bytes(b"half a copy")
    other = tmp_path / ".other.duckdb.tmp"
    other.write_bytes(b"not ours")
    assert publish(master, published) == published
    assert not stale.exists()
    assert other.exists()
    con = duckdb.connect(str(published), read_only=True)
    assert con.execute("select max(version) from schema_version").fetchone()[0] >= 1
    con.close()
