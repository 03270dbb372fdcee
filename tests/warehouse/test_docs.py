"""docs/warehouse.md is generated and current; every example runs; exports are readable."""

from __future__ import annotations

import csv
import functools
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from tests.warehouse.batches import seed_batch
from warehouse.db import connect, migrate
from warehouse.docs import REGENERATE, render, render_fresh
from warehouse.errors import WarehouseError
from warehouse.examples import VIEW_EXAMPLES
from warehouse.export import export
from warehouse.load import load_batch
from warehouse.publish import publish

DOCS = Path(__file__).resolve().parents[2] / "docs" / "warehouse.md"


@functools.cache
def fresh_docs() -> str:
    """render_fresh() once per test session (it builds a new in-memory warehouse)."""
    return render_fresh()


def test_committed_docs_match_the_schema() -> None:
    assert DOCS.is_file(), f"docs/warehouse.md is missing: run `{REGENERATE}`"
    assert DOCS.read_text(encoding="utf-8") == fresh_docs(), (
        f"docs/warehouse.md is out of date: run `{REGENERATE}`"
    )


def test_render_does_not_depend_on_data(seeded: duckdb.DuckDBPyConnection) -> None:
    assert render(seeded) == fresh_docs()


def test_every_view_has_an_example() -> None:
    con = duckdb.connect()
    migrate(con)
    views = {
        name
        for (name,) in con.execute(
            "select view_name from duckdb_views() where not internal"
        ).fetchall()
    }
    assert views == {view for view, _, _ in VIEW_EXAMPLES}


@pytest.mark.parametrize(
    ("view", "question", "sql"), VIEW_EXAMPLES, ids=[v[0] for v in VIEW_EXAMPLES]
)
def test_example_runs(
    seeded: duckdb.DuckDBPyConnection, view: str, question: str, sql: str
) -> None:
    assert view in sql and question
    result = seeded.execute(sql).fetchall()
    assert isinstance(result, list)
    assert f"```sql\n{sql};\n```" in fresh_docs()


def test_examples_answer_on_the_seeds(seeded: duckdb.DuckDBPyConnection) -> None:
    answered = {view for view, _, sql in VIEW_EXAMPLES if seeded.execute(sql).fetchall()}
    assert {
        "facts_readable",
        "time_series",
        "latest_values",
        "coverage_rates",
        "targets_vs_actuals",
        "observations",
        "fact_versions",
    } <= answered


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """A published copy of a warehouse holding the seeds."""
    master = tmp_path / "m.duckdb"
    con = connect(master)
    load_batch(con, seed_batch())
    con.close()
    return publish(master, tmp_path / "p.duckdb")


def test_export_parquet_is_readable(published: Path, tmp_path: Path) -> None:
    files = export(published, tmp_path / "out", "parquet")
    facts = [f for f in files if "facts" in f.parts]
    assert any("metric=participants" in str(f) and "as_of_year=2024" in str(f) for f in facts)
    total = sum(pq.read_table(f).num_rows for f in facts)
    assert total == 37
    assert pq.read_table(tmp_path / "out" / "time_series.parquet").num_rows > 0
    table = pq.read_table(facts[0])
    assert {"fact_id", "evidence", "raw_sha256", "parser_version"} <= set(table.column_names)


def test_export_csv_is_readable(published: Path, tmp_path: Path) -> None:
    files = export(published, tmp_path / "out", "csv")
    facts = [f for f in files if "facts" in f.parts]
    rows = [row for f in facts for row in csv.DictReader(f.open(encoding="utf-8"))]
    assert len(rows) == 37 and rows[0]["evidence"]
    with (tmp_path / "out" / "latest_values.csv").open(encoding="utf-8") as handle:
        assert "area" in next(csv.reader(handle))


def test_export_is_repeatable(published: Path, tmp_path: Path) -> None:
    first = export(published, tmp_path / "out", "parquet")
    assert export(published, tmp_path / "out", "parquet") == first


def test_export_rejects_unknown_format(published: Path, tmp_path: Path) -> None:
    with pytest.raises(WarehouseError, match="unknown export format 'xlsx'"):
        export(published, tmp_path / "out", "xlsx")
