"""The batch frames as Arrow tables with fixed types: what load_batch scans in bulk.

Column names follow docs/architecture.md; a missing column is a clear error, extra columns
are ignored, and an empty frame still has its types (so the SQL binds the same way).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from warehouse.errors import WarehouseError

_FACT_FIELDS: list[tuple[str, pa.DataType]] = [
    ("fact_id", pa.string()),
    ("article_id", pa.string()),
    ("source_id", pa.string()),
    ("url", pa.string()),
    ("raw_sha256", pa.string()),
    ("parser_version", pa.string()),
    ("run_id", pa.string()),
    ("published", pa.date32()),
    ("area", pa.string()),
    ("area_type", pa.string()),
    ("area_code", pa.string()),
    ("area_mention", pa.string()),
    ("metric", pa.string()),
    ("segment", pa.string()),
    ("value", pa.float64()),
    ("unit", pa.string()),
    ("is_target", pa.bool_()),
    ("target_year", pa.int32()),
    ("as_of", pa.string()),
    ("approximate", pa.bool_()),
    ("evidence", pa.string()),
    ("evidence_start", pa.int32()),
    ("evidence_end", pa.int32()),
    ("value_text", pa.string()),
    ("flags", pa.list_(pa.string())),
    # The rules that decided the fact (transforms/engine.py; migration 005).
    ("rules", pa.list_(pa.string())),
]

FACT_SCHEMA = pa.schema(_FACT_FIELDS)
QUARANTINE_SCHEMA = pa.schema(
    [*_FACT_FIELDS, ("reasons", pa.list_(pa.string())), ("severity", pa.string())]
)
ARTICLE_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("source_id", pa.string()),
        ("url", pa.string()),
        ("raw_sha256", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("published_source", pa.string()),
        ("relevant", pa.bool_()),
        ("relevance_reason", pa.string()),
        ("n_paragraphs", pa.int32()),
        ("n_facts", pa.int32()),
        ("parser_version", pa.string()),
        ("run_id", pa.string()),
        ("error", pa.string()),
    ]
)
PAGE_SCHEMA = pa.schema(
    [
        ("sha256", pa.string()),
        ("url", pa.string()),
        ("final_url", pa.string()),
        ("source", pa.string()),
        ("fetched_at", pa.timestamp("us", tz="UTC")),
        ("status", pa.int32()),
        ("content_type", pa.string()),
        ("etag", pa.string()),
        ("last_modified", pa.string()),
        ("size", pa.int64()),
    ]
)


def _as_date(value: Any) -> dt.date | None:
    """A date from a date, a datetime or an ISO string (None stays None)."""
    if value is None or (not isinstance(value, str | dt.date) and pd.isna(value)):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def as_timestamp(value: Any) -> pd.Timestamp | None:
    """A UTC timestamp from an ISO string or a datetime (naive values are taken as UTC)."""
    if value is None or (not isinstance(value, str | dt.date) and pd.isna(value)):
        return None
    ts = pd.Timestamp(value)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _coerce(frame: pd.DataFrame, schema: pa.Schema) -> pd.DataFrame:
    """Convert the columns Arrow cannot cast on its own (dates, timestamps)."""
    out = frame.copy(deep=False)
    for field in schema:
        column = out[field.name]
        if pa.types.is_date(field.type):
            kind = pd.api.types.infer_dtype(column, skipna=True)
            if kind not in ("date", "empty"):  # datetime.date objects convert as they are
                out[field.name] = column.map(_as_date)
        elif pa.types.is_timestamp(field.type):
            # Vectorised: one call per column, not one Timestamp per row (~14% of a load).
            # Naive values are taken as UTC, as `as_timestamp` does for single values.
            out[field.name] = pd.to_datetime(column, utc=True, format="ISO8601")
    return out


def to_arrow(frame: pd.DataFrame | None, schema: pa.Schema, what: str) -> pa.Table:
    """The frame's contract columns as an Arrow table of the given schema."""
    if frame is None or (len(frame) == 0 and not set(schema.names) <= set(frame.columns)):
        return schema.empty_table()
    missing = [name for name in schema.names if name not in frame.columns]
    if missing:
        raise WarehouseError(f"the {what} frame lacks columns: {', '.join(missing)}")
    selected = frame.loc[:, list(schema.names)]
    if len(selected) == 0:
        return schema.empty_table()
    try:
        return pa.Table.from_pandas(_coerce(selected, schema), schema=schema, preserve_index=False)
    except (pa.ArrowException, ValueError, TypeError) as exc:
        raise WarehouseError(f"the {what} frame has a column of the wrong type: {exc}") from exc


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, **tables: pa.Table) -> Iterator[None]:
    """Register Arrow tables as views for a block, then drop them.

    DuckDB 2.0 refuses `register` while a caller's result is half read (`fetchone`), so the
    pending result is run to its end first.
    """
    con.complete()
    for name, table in tables.items():
        con.register(name, table)
    try:
        yield
    finally:
        for name in tables:
            with suppress(duckdb.Error):  # an aborted transaction refuses; register replaces
                con.unregister(name)
