"""connect and migrations: new files, in-place upgrades, read-only opens, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.batches import custom_batch
from transforms.gazetteer import AreaRecord, all_areas
from transforms.model import METRICS, SEGMENTS
from warehouse.db import connect, migrate, migrations, schema_version
from warehouse.errors import WarehouseError
from warehouse.load import load_batch
from warehouse.reference import upsert_areas

REPO = Path(__file__).resolve().parents[2]
LATEST = migrations()[-1].version


def test_new_file_gets_every_migration(con: duckdb.DuckDBPyConnection) -> None:
    applied = con.execute("select version from schema_version order by version").fetchall()
    assert [v for (v,) in applied] == [m.version for m in migrations()]
    assert schema_version(con) == LATEST >= 2


@pytest.mark.parametrize("start", [m.version for m in migrations()][:-1])
def test_old_file_upgrades_in_place(master: Path, start: int) -> None:
    raw = duckdb.connect(str(master))
    # Numbers are reserved per branch, so a checkout may skip one: compare with the files.
    assert migrate(raw, upto=start) == [m.version for m in migrations() if m.version <= start]
    raw.execute(
        """insert into facts (fact_id, article_id, raw_sha256, parser_version, run_id, area,
               area_type, metric, segment, value, unit, is_target, as_of, approximate, evidence,
               flags, loaded_at)
           values ('f1', 'a1', 's1', '0.1.0', 'r1', 'Demak', 'regency', 'participants', 'all',
                   5, 'count', false, '2024-12', false, 'Ada 5 peserta.', [], now())"""
    )
    raw.close()
    con = connect(master)
    assert schema_version(con) == LATEST
    assert con.execute("select area, value from latest_values").fetchall() == [("Demak", 5.0)]
    assert con.execute("select fact_id, value from facts").fetchall() == [("f1", 5.0)]
    assert con.execute("select count(*) from fact_versions").fetchall() == [(1,)]
    series = con.execute("select reported_values from time_series").fetchall()
    assert series == [([5.0],)]
    con.close()


def test_migrating_again_applies_nothing(con: duckdb.DuckDBPyConnection) -> None:
    assert migrate(con) == []


def test_read_only_never_migrates(master: Path) -> None:
    raw = duckdb.connect(str(master))
    migrate(raw, upto=1)
    raw.close()
    ro = connect(master, read_only=True)
    assert schema_version(ro) == 1
    ro.close()


def test_reopening_changes_no_reference_rows(master: Path) -> None:
    first = connect(master)
    load_batch(first, custom_batch([{}]))
    before = first.execute("select * from areas order by all").fetchall()
    first.close()
    again = connect(master)
    assert again.execute("select * from areas order by all").fetchall() == before
    again.close()


def test_vocabularies_have_descriptions(con: duckdb.DuckDBPyConnection) -> None:
    metrics = dict(con.execute("select metric, description from metrics").fetchall())
    segments = dict(con.execute("select segment, description from segments").fetchall())
    assert set(metrics) == set(METRICS) and all(metrics.values())
    assert set(segments) == set(SEGMENTS) and all(segments.values())


def test_every_table_view_and_column_is_commented(con: duckdb.DuckDBPyConnection) -> None:
    bare = con.execute(
        """select 'table ' || table_name from duckdb_tables()
             where not internal and coalesce(comment, '') = ''
           union all select 'view ' || view_name from duckdb_views()
             where not internal and coalesce(comment, '') = ''
           union all select table_name || '.' || column_name from duckdb_columns()
             where not internal and coalesce(comment, '') = ''"""
    ).fetchall()
    assert bare == []


def test_missing_read_only_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="does not exist"):
        connect(tmp_path / "nope.duckdb", read_only=True)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match=r"folder .* does not exist"):
        connect(tmp_path / "no" / "such" / "w.duckdb")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(WarehouseError, match="cannot"):
            connect(locked / "w.duckdb")
    finally:
        locked.chmod(0o700)


def test_file_held_by_another_process_is_a_clear_error(master: Path) -> None:
    connect(master).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(master)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WarehouseError, match="in use by another process"):
            connect(master, read_only=True)
    finally:
        holder.communicate("done\n", timeout=30)


HOLD = """
import sys
from pathlib import Path
from warehouse.db import connect
con = connect(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
con.close()
"""


def test_a_folder_in_place_of_the_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "w.duckdb").mkdir()
    with pytest.raises(WarehouseError, match="cannot open warehouse"):
        connect(tmp_path / "w.duckdb")


def test_gazetteer_areas_are_loaded_with_parents(con: duckdb.DuckDBPyConnection) -> None:
    records = list(all_areas())
    rows = con.execute("select count(*) from areas where origin = 'gazetteer'").fetchall()
    assert rows == [(len({(r.name, r.area_type) for r in records}),)]
    orphans = con.execute(
        """select a.name from areas a where a.parent is not null
           and not exists (select 1 from areas p where p.name = a.parent)"""
    ).fetchall()
    assert orphans == []


def test_gazetteer_row_wins_over_an_area_seen_in_facts(con: duckdb.DuckDBPyConnection) -> None:
    load_batch(con, custom_batch([{"area": "Kampung Uji", "area_type": "village"}]))
    record = AreaRecord("Kampung Uji", "village", "3321012001", "Demak")
    assert upsert_areas(con, [record]) == 1
    assert upsert_areas(con, [record]) == 0
    row = con.execute("select code, parent, origin from areas where name = 'Kampung Uji'")
    assert row.fetchall() == [("3321012001", "Demak", "gazetteer")]


def test_a_newer_warehouse_is_refused(master: Path) -> None:
    connect(master).close()
    raw = duckdb.connect(str(master))
    raw.execute("insert into schema_version (version, name) values (999, '999_future.sql')")
    raw.close()
    with pytest.raises(WarehouseError, match="schema version 999, newer than this code"):
        connect(master)
