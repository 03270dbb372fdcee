"""Reference tables: metric and segment descriptions, and the areas of the gazetteer.

The vocabularies live in `transforms/model.py`; the one-line descriptions follow the shared
labelling conventions. Syncing only inserts what is missing and fixes changed descriptions, so
opening the warehouse twice changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb
import pyarrow as pa

from transforms import gazetteer
from transforms.model import METRICS, SEGMENTS
from warehouse.batch import registered

#: What each metric counts (LABELLING.md, "Which numbers are facts").
METRIC_DESCRIPTIONS: dict[str, str] = {
    "participants": (
        "Active, registered or protected workers (count), or a segment's share of all "
        "participants (percent)."
    ),
    "workforce": "Workers an area has: labour force, total pekerja, tenaga kerja, potensi peserta.",
    "employed": "People in work (bekerja, penduduk bekerja).",
    "unemployed": "People out of work (menganggur).",
    "employers": (
        "Registered employers: companies, badan usaha, pemberi kerja, and units registering "
        "a special segment (villages, government units, projects, placement agencies)."
    ),
    "coverage_rate": "Percent of workers covered by BPJS Ketenagakerjaan, and nothing else.",
    "benefits_paid": "Rupiah paid out in claims or benefits.",
    "claims": "Number of claim cases.",
}

#: Which workers each segment covers (LABELLING.md, "Segments").
SEGMENT_DESCRIPTIONS: dict[str, str] = {
    "all": "All workers, no segment named.",
    "wage_earner": "Penerima upah (PU): workers paid wages by an employer.",
    "non_wage_earner": "Bukan penerima upah (BPU): self-employed and informal-sector workers.",
    "construction": "Jasa konstruksi: workers on construction projects (pekerja proyek).",
    "migrant": "Pekerja migran Indonesia: migrant workers abroad.",
    "formal": "Workers named as the formal sector.",
    "informal": "Workers named as the informal sector.",
    "vulnerable": (
        "Pekerja rentan and recipients of social assistance, often paid for by local governments."
    ),
    "village_apparatus": "Perangkat desa, aparatur kampung and village ecosystems.",
    "non_civil_servant": "Honorer and non-ASN government staff.",
    "other": "A named group fitting no other segment: teachers, health workers, milenial.",
}

_AREA_SCHEMA = pa.schema(
    [
        ("name", pa.string()),
        ("area_type", pa.string()),
        ("code", pa.string()),
        ("parent", pa.string()),
        ("origin", pa.string()),
    ]
)


def _sync_vocabulary(
    con: duckdb.DuckDBPyConnection, table: str, key: str, descriptions: dict[str, str]
) -> None:
    """Insert missing vocabulary rows and update changed descriptions, touching nothing else."""
    rows = pa.table({key: list(descriptions), "description": list(descriptions.values())})
    with registered(con, _vocab=rows):
        con.execute(
            f"""insert into {table} ({key}, description) select {key}, description from _vocab
                on conflict ({key}) do update set description = excluded.description
                where {table}.description <> excluded.description"""
        )


def sync_vocabularies(con: duckdb.DuckDBPyConnection) -> None:
    """Bring the metrics and segments tables in line with the vocabularies of transforms.model."""
    missing = [m for m in METRICS if m not in METRIC_DESCRIPTIONS]
    missing += [s for s in SEGMENTS if s not in SEGMENT_DESCRIPTIONS]
    if missing:
        raise ValueError(f"no description for vocabulary values: {', '.join(missing)}")
    _sync_vocabulary(con, "metrics", "metric", METRIC_DESCRIPTIONS)
    _sync_vocabulary(con, "segments", "segment", SEGMENT_DESCRIPTIONS)


def _area_field(record: Any, name: str) -> Any:
    """A field of an AreaRecord-like object or mapping."""
    return record[name] if isinstance(record, dict) else getattr(record, name)


def upsert_areas(con: duckdb.DuckDBPyConnection, records: Iterable[Any]) -> int:
    """Load gazetteer areas (`AreaRecord(name, area_type, code, parent)`); returns rows changed.

    A gazetteer row wins over an area first seen only in facts; identical rows are left alone.
    """
    rows = [
        {
            "name": _area_field(r, "name"),
            "area_type": _area_field(r, "area_type"),
            "code": _area_field(r, "code"),
            "parent": _area_field(r, "parent"),
            "origin": "gazetteer",
        }
        for r in records
    ]
    if not rows:
        return 0
    table = pa.Table.from_pylist(rows, schema=_AREA_SCHEMA)
    with registered(con, _areas=table):
        changed = con.execute(
            """insert into areas
               select * from _areas
               qualify row_number() over (partition by name, area_type) = 1
               on conflict (name, area_type) do update set
                   code = excluded.code, parent = excluded.parent, origin = excluded.origin
               where areas.code is distinct from excluded.code
                  or areas.parent is distinct from excluded.parent
                  or areas.origin is distinct from excluded.origin"""
        ).fetchall()[0]
    return int(changed[0]) if changed else 0


def gazetteer_areas() -> list[Any]:
    """The gazetteer's areas (`transforms.gazetteer.all_areas()`)."""
    return list(gazetteer.all_areas())


def sync_reference(con: duckdb.DuckDBPyConnection) -> None:
    """Vocabularies and gazetteer areas, in one transaction; a no-op when nothing changed."""
    con.execute("begin transaction")
    try:
        sync_vocabularies(con)
        upsert_areas(con, gazetteer_areas())
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
