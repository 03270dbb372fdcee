"""docs/warehouse.md, generated from the schema's own COMMENT ON texts and the view examples.

Regenerate with `python -m warehouse.docs > docs/warehouse.md`; a test fails when the committed
file differs from `render()`.
"""

from __future__ import annotations

import sys

import duckdb

from warehouse.db import migrate
from warehouse.examples import VIEW_EXAMPLES
from warehouse.reference import sync_vocabularies

REGENERATE = "python -m warehouse.docs > docs/warehouse.md"

_HEADER = f"""# The cakupan warehouse

Generated from the `COMMENT ON` texts of the schema (`warehouse/migrations/`) and the view
examples in `warehouse/examples.py`. Do not edit by hand: run `{REGENERATE}`.

Analysts open the published read-only copy (`duckdb -readonly <file>`); the nightly run writes
the master and replaces the copy atomically after each successful run. `facts` holds the current
facts; when an article is re-processed (new parser version or new page bytes), its old facts move
to `fact_history` in the same transaction (`fact_versions` shows both).
"""


def _objects(con: duckdb.DuckDBPyConnection, kind: str) -> list[tuple[str, str]]:
    """(name, comment) of every table or view of the main schema, by name."""
    source = "duckdb_tables()" if kind == "table" else "duckdb_views()"
    name = "table_name" if kind == "table" else "view_name"
    return con.execute(
        f"""select {name}, coalesce(comment, '') from {source}
            where not internal and schema_name = 'main' and database_name = current_database()
            order by {name}"""
    ).fetchall()


def _columns(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[str, str, str]]:
    """(column, type, comment) of one table or view, in column order."""
    return con.execute(
        """select column_name, data_type, coalesce(comment, '') from duckdb_columns()
           where table_name = ? and schema_name = 'main' and database_name = current_database()
           order by column_index""",
        [table],
    ).fetchall()


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def _section(con: duckdb.DuckDBPyConnection, name: str, comment: str) -> list[str]:
    """A table or view: its comment and its columns."""
    lines = [f"### `{name}`", "", comment, "", "| column | type | meaning |", "| --- | --- | --- |"]
    lines += [f"| `{c}` | {t} | {_cell(m)} |" for c, t, m in _columns(con, name)]
    return [*lines, ""]


def _vocabulary(con: duckdb.DuckDBPyConnection, table: str, key: str) -> list[str]:
    """The rows of a vocabulary table as a list."""
    rows = con.execute(f"select {key}, description from {table} order by {key}").fetchall()
    return [f"- `{k}`: {d}" for k, d in rows] + [""]


def render(con: duckdb.DuckDBPyConnection) -> str:
    """The Markdown reference of the warehouse a connection holds (tables, views, examples)."""
    examples = {view: (question, sql) for view, question, sql in VIEW_EXAMPLES}
    lines = [_HEADER, "## Views for analysts", ""]
    for name, comment in _objects(con, "view"):
        lines += _section(con, name, comment)
        if name in examples:
            question, sql = examples[name]
            lines += [f"Example: {question}", "", "```sql", sql + ";", "```", ""]
    lines += ["## Tables", ""]
    for name, comment in _objects(con, "table"):
        lines += _section(con, name, comment)
    lines += ["## Metrics", "", *_vocabulary(con, "metrics", "metric")]
    lines += ["## Segments", "", *_vocabulary(con, "segments", "segment")]
    return "\n".join(lines).rstrip("\n") + "\n"


def render_fresh() -> str:
    """The reference of a new, fully migrated in-memory warehouse (no data needed)."""
    con = duckdb.connect()
    try:
        migrate(con)
        sync_vocabularies(con)
        return render(con)
    finally:
        con.close()


if __name__ == "__main__":
    sys.stdout.write(render_fresh())
