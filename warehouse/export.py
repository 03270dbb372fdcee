"""Export for BI tools: facts partitioned by metric and year, and every analyst view.

Reads the published copy read-only, so an export never blocks or disturbs a run.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.db import connect
from warehouse.errors import WarehouseError
from warehouse.examples import VIEW_EXAMPLES

FORMATS: tuple[str, ...] = ("parquet", "csv")

#: The facts as exported: every column, plus the year of the period (the partition key).
_FACTS_SQL = """select *, coalesce(try_cast(left(as_of, 4) as integer), target_year, 0)
                       as as_of_year
                from facts"""


def _copy_options(fmt: str) -> str:
    """COPY options for a format."""
    return "format parquet, compression zstd" if fmt == "parquet" else "format csv, header true"


def _written(folder: Path, fmt: str) -> list[Path]:
    """The files a partitioned COPY wrote, sorted."""
    return sorted(folder.rglob(f"*.{fmt}"))


def export(published: Path, out_dir: Path, fmt: str = "parquet") -> list[Path]:
    """Write facts (partitioned by metric / as_of_year) and the views to `out_dir`; returns files.

    Facts go to `out_dir/facts/metric=.../as_of_year=.../*.{fmt}` (0 = unknown year), each view
    to `out_dir/<view>.{fmt}`. An earlier export of the same files is overwritten.
    """
    if fmt not in FORMATS:
        raise WarehouseError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WarehouseError(f"cannot create export folder {out_dir}: {exc.strerror}") from exc
    con = connect(Path(published), read_only=True)
    try:
        return _export(con, out_dir, fmt)
    except duckdb.Error as exc:
        raise WarehouseError(f"export to {out_dir} failed: {exc}") from exc
    finally:
        con.close()


def _export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str) -> list[Path]:
    """The COPY statements of one export."""
    options = _copy_options(fmt)
    facts_dir = out_dir / "facts"
    con.execute(
        f"""copy ({_FACTS_SQL}) to '{_quote(facts_dir)}'
            ({options}, partition_by (metric, as_of_year), overwrite true)"""
    )
    files = _written(facts_dir, fmt)
    for view, _, _ in VIEW_EXAMPLES:
        target = out_dir / f"{view}.{fmt}"
        con.execute(f"copy (select * from {view}) to '{_quote(target)}' ({options})")
        files.append(target)
    return files


def _quote(path: Path) -> str:
    """A path inside a single-quoted SQL string."""
    return str(path).replace("'", "''")
