"""Run bookkeeping, the sources registry and fetch attempts (source health).

All writes are bulk (Arrow) and idempotent: sources upsert on their id, attempts on a hash of
the row, so loading `raw/attempts.jsonl` again adds nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.batch import as_timestamp, registered
from warehouse.errors import WarehouseError

#: The states a run row can be in (`running` until finish_run).
RUN_STATUSES: tuple[str, ...] = ("running", "ok", "partial", "failed", "crashed")

_SOURCE_SCHEMA = pa.schema(
    [
        ("source_id", pa.string()),
        ("name", pa.string()),
        ("base_url", pa.string()),
        ("discovery_kind", pa.string()),
        ("discovery_url", pa.string()),
        ("verified", pa.bool_()),
    ]
)

_ATTEMPT_SCHEMA = pa.schema(
    [
        ("attempted_at", pa.timestamp("us", tz="UTC")),
        ("source_id", pa.string()),
        ("url", pa.string()),
        ("ok", pa.bool_()),
        ("status", pa.int32()),
        ("error_kind", pa.string()),
        ("error", pa.string()),
        ("raw_sha256", pa.string()),
        ("elapsed_ms", pa.float64()),
        ("detail", pa.string()),
        ("row_hash", pa.string()),
        ("purpose", pa.string()),
    ]
)

#: Where each column is read from in an attempts row (extractors/landing.py `record_attempt`):
#: (column, accepted keys in order). `duration` is in seconds and becomes `elapsed_ms`.
_ATTEMPT_KEYS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("attempted_at", ("time", "attempted_at", "fetched_at")),
    ("source_id", ("source", "source_id")),
    ("url", ("url",)),
    ("ok", ("ok",)),
    ("status", ("status",)),
    ("error_kind", ("error_kind",)),
    ("error", ("message", "error")),
    ("raw_sha256", ("sha256", "raw_sha256")),
    ("elapsed_ms", ("elapsed_ms",)),
    ("duration", ("duration",)),
    ("purpose", ("purpose",)),
)


def start_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    flow: str,
    source: str | None,
    params: Mapping[str, Any],
) -> None:
    """Record that a run started (status running), so a crash leaves a visible trace."""
    con.execute(
        """insert into runs (run_id, flow, source_id, params, started_at, status)
           values (?, ?, ?, ?, current_timestamp, 'running')
           on conflict (run_id) do update set flow = excluded.flow,
               source_id = excluded.source_id, params = excluded.params,
               started_at = excluded.started_at, status = 'running', finished_at = null""",
        [run_id, flow, source, json.dumps(dict(params), default=str, sort_keys=True)],
    )


def finish_run(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    status: str,
    counts: Mapping[str, Any],
    errors: list[str],
    *,
    discovery_skips: Mapping[str, Mapping[str, int]] | None = None,
    gate: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Record how a run ended: status (ok, partial, failed, crashed), counts and errors.

    `discovery_skips` ({source: {reason: n}}) and `gate` ({source: samples and decision}) are
    kept per source: the first says why URLs were not fetched, the second feeds later gates.
    """
    if status not in RUN_STATUSES:
        raise WarehouseError(f"unknown run status {status!r} (one of {', '.join(RUN_STATUSES)})")
    updated = con.execute(
        """update runs set finished_at = current_timestamp, status = ?, counts = ?, errors = ?,
                  discovery_skips = ?, gate = ?
           where run_id = ? returning run_id""",
        [status, json.dumps(dict(counts), default=str, sort_keys=True), list(errors),
         _json_or_none(discovery_skips), _json_or_none(gate), run_id],
    ).fetchall()
    if not updated:
        raise WarehouseError(f"run {run_id} was never started (start_run first)")


def _json_or_none(value: Mapping[str, Any] | None) -> str | None:
    """A mapping as sorted JSON text, or None when there is nothing to say."""
    return json.dumps(dict(value), default=str, sort_keys=True) if value else None


def recent_gate_samples(
    con: duckdb.DuckDBPyConnection, parser_version: str, sources: Iterable[str], runs: int,
    *, exclude_run: str | None = None,
) -> dict[str, tuple[dict[str, int], int]]:
    """Each source's gate counts summed over its last `runs` finished runs at this parser version.

    Returns {source: (summed counts, number of runs summed)}; a source never judged is absent.
    Runs of another parser version say nothing about this one, so they never count.
    """
    wanted = set(sources)
    if runs <= 0 or not wanted:
        return {}
    rows = con.execute(
        """select gate from runs
           where gate is not null and status <> 'running' and run_id is distinct from ?
             and json_extract_string(params, '$.parser_version') = ?
           order by started_at desc, run_id desc limit 1000""",
        [exclude_run, parser_version],
    ).fetchall()
    out: dict[str, tuple[dict[str, int], int]] = {}
    for (text,) in rows:
        for source, sample in json.loads(text).items():
            if source not in wanted or out.get(source, ({}, 0))[1] >= runs:
                continue
            summed, n = out.get(source, ({}, 0))
            for key in ("facts", "bad_facts", "pages", "parse_errors"):
                value = sample.get(key)
                summed[key] = summed.get(key, 0) + (value if isinstance(value, int) else 0)
            out[source] = (summed, n + 1)
    return out


def upsert_sources(con: duckdb.DuckDBPyConnection, sources: list[dict[str, Any]]) -> int:
    """Insert or update the sources registry; returns the rows that changed.

    Each dict: id (or source_id), name, base_url, discovery kind and URL (keys `discovery_kind`
    and `discovery_url`, or a nested `discovery` dict with `kind` and `url`), verified.
    """
    rows = [_source_row(s) for s in sources]
    if not rows:
        return 0
    with registered(con, _sources=pa.Table.from_pylist(rows, schema=_SOURCE_SCHEMA)):
        row = con.execute(
            """insert into sources (source_id, name, base_url, discovery_kind, discovery_url,
                                    verified, updated_at)
               select *, current_timestamp from _sources
               qualify row_number() over (partition by source_id) = 1
               on conflict (source_id) do update set name = excluded.name,
                   base_url = excluded.base_url, discovery_kind = excluded.discovery_kind,
                   discovery_url = excluded.discovery_url, verified = excluded.verified,
                   updated_at = excluded.updated_at
               where (sources.name, sources.base_url, sources.discovery_kind,
                      sources.discovery_url, sources.verified)
                     is distinct from (excluded.name, excluded.base_url,
                      excluded.discovery_kind, excluded.discovery_url, excluded.verified)"""
        ).fetchall()[0]
    return int(row[0]) if row else 0


def _source_row(source: Mapping[str, Any]) -> dict[str, Any]:
    """One sources row from a registry entry; a source without an id is an error."""
    source_id = source.get("id") or source.get("source_id")
    if not source_id:
        raise WarehouseError(f"source without an id: {dict(source)!r}")
    discovery = source.get("discovery") if isinstance(source.get("discovery"), Mapping) else {}
    return {
        "source_id": source_id,
        "name": source.get("name") or source_id,
        "base_url": source.get("base_url"),
        "discovery_kind": source.get("discovery_kind") or discovery.get("kind"),
        "discovery_url": source.get("discovery_url") or discovery.get("url"),
        "verified": bool(source.get("verified", False)),
    }


def _attempt_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """One fetch_attempts row: known keys to columns, the rest kept as JSON in `detail`."""
    if not row.get("url"):
        raise WarehouseError(f"fetch attempt without a url: {dict(row)!r}")
    out: dict[str, Any] = {}
    used: set[str] = set()
    for column, keys in _ATTEMPT_KEYS:
        key = next((k for k in keys if k in row), None)
        out[column] = row[key] if key else None
        if key:
            used.add(key)
    seconds = out.pop("duration")
    if out["elapsed_ms"] is None and seconds is not None:
        out["elapsed_ms"] = float(seconds) * 1000.0
    if out["ok"] is None:
        status = out["status"]
        failed = out["error"] or out["error_kind"]
        out["ok"] = not failed and status is not None and 200 <= int(status) < 400
    out["ok"] = bool(out["ok"])
    try:
        out["attempted_at"] = as_timestamp(out["attempted_at"])
    except ValueError as exc:
        raise WarehouseError(f"fetch attempt with a bad time: {dict(row)!r}") from exc
    rest = {k: v for k, v in row.items() if k not in used}
    out["detail"] = json.dumps(rest, default=str, sort_keys=True) if rest else None
    canonical = json.dumps(dict(row), default=str, sort_keys=True)
    out["row_hash"] = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    return out


def load_attempts(con: duckdb.DuckDBPyConnection, rows: Iterable[Mapping[str, Any]]) -> int:
    """Load fetch attempts (raw/attempts.jsonl rows); returns new rows. Re-loading adds nothing."""
    table_rows = [_attempt_row(r) for r in rows]
    if not table_rows:
        return 0
    try:
        table = pa.Table.from_pylist(table_rows, schema=_ATTEMPT_SCHEMA)
    except (pa.ArrowException, ValueError, TypeError) as exc:
        raise WarehouseError(f"a fetch attempt row has a field of the wrong type: {exc}") from exc
    with registered(con, _attempts=table):
        row = con.execute(
            """insert into fetch_attempts (attempted_at, source_id, url, ok, status, error_kind,
                   error, raw_sha256, elapsed_ms, detail, row_hash, purpose)
               select attempted_at, source_id, url, ok, status, error_kind, error, raw_sha256,
                      elapsed_ms, detail::json, row_hash, purpose
               from _attempts qualify row_number() over (partition by row_hash) = 1
               on conflict (row_hash) do nothing"""
        ).fetchall()[0]
    return int(row[0]) if row else 0


def last_runs_by_source(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each source's latest run (one for all sources counts for each), as 'when status (flow)'."""
    rows = con.execute(
        """select s.source_id,
                  max_by(strftime(r.started_at, '%Y-%m-%d %H:%M') || ' ' || r.status
                         || ' (' || r.flow || ')', r.started_at)
           from sources s
           join runs r on r.source_id is null
                       or list_contains(string_split(r.source_id, ','), s.source_id)
           group by s.source_id"""
    ).fetchall()
    return {source: text for source, text in rows}


def mark_abandoned_runs(con: duckdb.DuckDBPyConnection, note: str) -> int:
    """Runs still 'running' when a new run holds the writer lock were killed: say so.

    Only one writer runs at a time, so a run row left 'running' belongs to a process that died
    (SIGKILL, power loss) before it could finish; it becomes 'crashed' with `note` in its errors.
    """
    rows = con.execute(
        """update runs set status = 'crashed', finished_at = current_timestamp,
                  errors = list_append(coalesce(errors, []), ?)
           where status = 'running' returning run_id""",
        [note],
    ).fetchall()
    return len(rows)
