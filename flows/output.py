"""Rendering facts and query results for the terminal: JSON lines, CSV, JSON, tables."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

from transforms.model import Fact

#: The keys `cakupan extract --format jsonl` prints, in order (issue 2's contract first).
EXTRACT_KEYS: tuple[str, ...] = (
    "input",
    "area",
    "area_type",
    "metric",
    "segment",
    "value",
    "unit",
    "is_target",
    "target_year",
    "as_of",
    "approximate",
    "evidence",
    "evidence_start",
    "evidence_end",
    "value_text",
    "area_mention",
    "area_code",
    "flags",
    "rules",
    "published",
)


#: Control characters (C0 but tab and line ends, DEL, C1): an escape sequence in a page title
#: would reach the terminal (retitle it, hide text, write links).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def terminal_text(value: Any) -> str:
    """A value as text that is safe to print: control characters removed."""
    return _CONTROL_RE.sub("", str(value))


def rich_text(value: Any) -> str:
    """A value as text for a rich table: control characters removed, markup escaped, so a
    title holding "[/x]" or "[link=...]" prints as written."""
    from rich.markup import escape

    return escape(terminal_text(value))


def json_number(value: float) -> int | float:
    """Whole values as JSON integers (170607, not 170607.0); others as floats."""
    if math.isfinite(value) and float(value).is_integer():
        return int(value)
    return float(value)


def fact_record(input_path: str, fact: Fact, published: dt.date | None) -> dict[str, Any]:
    """One `extract` output object: the contract keys plus evidence offsets and lineage hints."""
    return {
        "input": input_path,
        "area": fact.area,
        "area_type": fact.area_type,
        "metric": fact.metric,
        "segment": fact.segment,
        "value": json_number(fact.value),
        "unit": fact.unit,
        "is_target": bool(fact.is_target),
        "target_year": fact.target_year,
        "as_of": fact.as_of,
        "approximate": bool(fact.approximate),
        "evidence": fact.evidence,
        "evidence_start": fact.start,
        "evidence_end": fact.end,
        "value_text": fact.value_text,
        "area_mention": fact.area_mention,
        "area_code": fact.area_code,
        "flags": list(fact.flags),
        "rules": list(fact.rules),
        "published": published.isoformat() if published else None,
    }


def _plain(value: Any) -> Any:
    """JSON-safe cell values (dates as ISO text, NaN as null)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return _plain(value.item())
    return value


def to_json_lines(records: Iterable[dict[str, Any]]) -> str:
    """One compact JSON object per line, UTF-8 kept readable."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def rows_to_csv(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """RFC 4180 CSV with a header row."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if v is None else _csv_cell(_plain(v)) for v in row])
    return buf.getvalue()


def _csv_cell(value: Any) -> Any:
    """Text cells without control characters (CSV goes to terminals too); others as they are."""
    return terminal_text(value) if isinstance(value, str) else value


def rows_to_json(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A JSON array of objects, one per row."""
    records = [dict(zip(columns, (_plain(v) for v in row), strict=True)) for row in rows]
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


def render_table(title: str | None, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """A rich table on stdout, for people."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title=None if title is None else rich_text(title), show_lines=False)
    for col in columns:
        table.add_column(rich_text(col), overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else rich_text(_plain(v)) for v in row))
    console = Console()
    if not console.is_terminal:
        console = Console(width=max(console.width, 160))  # pipes and CI logs: do not fold
    console.print(table)
