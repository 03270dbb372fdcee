"""Tidy rows (Open Data Jabar "bigdata" JSON, CKAN CSV/XLSX resources and datastore_search):
one cell per (row, measure column), area and period read from their columns.

Traps handled: a UTF-8 byte-order mark in the first key (as bytes, or mis-decoded as "ï»¿"),
HTML inside values, and a column the mapping names that the rows lack (a changed schema: a
clear error naming the dataset and the column).
"""

from __future__ import annotations

import io
import json
from typing import Any

from transforms.reports.mapping import Mapping
from transforms.reports.table import (
    Cell,
    ReportParseError,
    Table,
    clean_text,
    period_of,
    year_in,
)

_BOMS: tuple[str, ...] = ("\ufeff", "ï»¿")


def _key(name: object) -> str:
    """A column name without a byte-order mark (real or mis-decoded) and outer spaces."""
    text = str(name)
    for bom in _BOMS:
        while text.startswith(bom):
            text = text[len(bom):]
    return text.strip()


def json_records(body: bytes, dataset: str) -> list[dict[str, Any]]:
    """The row objects of a JSON document: `data`, `result.records` (CKAN) or a bare list."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportParseError(f"dataset {dataset}: not JSON ({exc})") from None
    rows: Any = doc
    if isinstance(doc, dict):
        result = doc.get("result")
        if isinstance(result, dict) and isinstance(result.get("records"), list):
            rows = result["records"]
        elif "data" in doc:
            rows = doc["data"]
            if isinstance(rows, dict) and isinstance(rows.get("data"), list):
                rows = rows["data"]
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise ReportParseError(f"dataset {dataset}: no list of row objects under 'data' or "
                               f"'result.records'")
    return [{_key(k): v for k, v in r.items()} for r in rows]


def table_records(body: bytes, dataset: str, content_type: str | None) -> list[dict[str, Any]]:
    """Rows of a CSV or XLSX resource (every cell as text), or of a JSON document."""
    import pandas as pd

    head = body.lstrip()[:1]
    ctype = (content_type or "").lower()
    if head in (b"{", b"[") or "json" in ctype:
        return json_records(body, dataset)
    try:
        if body[:4] == b"PK\x03\x04" or "spreadsheet" in ctype or "excel" in ctype:
            df = pd.read_excel(io.BytesIO(body), dtype=str, keep_default_na=False)
        else:
            text = body.decode("utf-8-sig", errors="replace")
            sep = ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") \
                else ","
            df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=sep)
    except (ValueError, OSError) as exc:
        raise ReportParseError(f"dataset {dataset}: unreadable table ({exc})") from None
    return [{_key(k): v for k, v in row.items()} for row in df.to_dict("records")]


def _require(rows: list[dict[str, Any]], mapping: Mapping, dataset: str) -> None:
    """Every column the mapping names must be in the rows: a changed schema stops here."""
    if not rows:
        return
    have = set().union(*(r.keys() for r in rows))
    named = [mapping.area_column, mapping.area_code_column, mapping.period_column,
             mapping.month_column, mapping.unit_column, mapping.label_column,
             *(() if mapping.label_column else (r.label for r in mapping.metrics))]
    for column in named:
        if column and column not in have:
            raise ReportParseError(f"dataset {dataset}: column {column!r} missing from the rows "
                                   f"(columns: {', '.join(sorted(have))})")


def rows_to_table(rows: list[dict[str, Any]], mapping: Mapping, *, dataset: str,
                  title: str) -> Table:
    """Cells of tidy rows: one per mapped measure column (or per row, with a label column)."""
    _require(rows, mapping, dataset)
    table = Table(title=title)
    for index, row in enumerate(rows, start=1):
        period = None
        if mapping.period_column:
            period = period_of(row.get(mapping.period_column),
                               row.get(mapping.month_column) if mapping.month_column else None)
        common = {
            "period": period,
            "area_mention": clean_text(row.get(mapping.area_column)) or None
            if mapping.area_column else None,
            "area_code": _code(row.get(mapping.area_code_column))
            if mapping.area_code_column else None,
            "unit_text": clean_text(row.get(mapping.unit_column)) or None
            if mapping.unit_column else None,
            "row": index,
        }
        if mapping.label_column:  # years as columns, as in a spreadsheet of the portal
            label = clean_text(row.get(mapping.label_column))
            for column in row:
                if year_in(column) and column not in _structural(mapping):
                    table.cells.append(Cell(row_label=label, column=column, text=row[column],
                                            **{**common, "period": year_in(column)}))
            continue
        for rule in mapping.metrics:
            table.cells.append(Cell(row_label=rule.label, column=rule.label,
                                    text=_value(row.get(rule.label)), **common))
    return table


def _structural(mapping: Mapping) -> set[str]:
    """Columns that describe a row rather than hold a figure."""
    return {c for c in (mapping.area_column, mapping.area_code_column, mapping.period_column,
                        mapping.month_column, mapping.unit_column, mapping.label_column) if c} | {
        "id", "no", "No", "No.", "kode_provinsi", "nama_provinsi", "kode_kabupaten_kota",
        "nama_kabupaten_kota", "satuan", "tahun", "_id"}


def _value(value: Any) -> Any:
    """A JSON value as the mapping reads it: numbers stay numbers, text is cleaned of HTML."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return clean_text(value) if value is not None else None


def _code(value: Any) -> str | None:
    """An area code as text ("3201"; 3201.0 from a spreadsheet is 3201)."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    return text[:-2] if text.endswith(".0") else text
