"""Satu Data pages: an HTML table with years as columns, melted to one cell per (label, year).

Read with pandas `read_html` (lxml): every cell is kept as text (`extract_links="all"` stops
pandas from reading "1.233" as 1.233), and the two-row header (No | Kepesertaan | Tahun over
2020 … 2024) comes back as (level 1, level 2) pairs.
"""

from __future__ import annotations

import io
from typing import Any

from transforms.reports.mapping import Mapping
from transforms.reports.table import Cell, ReportParseError, Table, TotalRow, clean_text, year_in

_NUMBER_HEADERS = frozenset({"no", "no.", "nomor", "#"})


def _text(value: Any) -> str:
    """A cell of `extract_links="all"` (text, link) as clean text."""
    if isinstance(value, tuple):
        value = value[0]
    return clean_text(value)


def _header(column: Any) -> list[str]:
    """A column's header levels as texts, repeated levels collapsed."""
    levels = column if isinstance(column, tuple) and column and isinstance(column[0], tuple) \
        else (column,)
    out: list[str] = []
    for level in levels:
        text = _text(level)
        if text and not text.startswith("Unnamed") and (not out or out[-1] != text):
            out.append(text)
    return out


def read_html_tables(html: str) -> list[Any]:
    """Every table of a page as a DataFrame of texts (no table: an empty list)."""
    import pandas as pd

    try:
        return pd.read_html(io.StringIO(html), extract_links="all", keep_default_na=False,
                            flavor="lxml")
    except ValueError:  # "No tables found"
        return []


def _choose(tables: list[Any], match: str | None, dataset: str) -> Any:
    """The table whose headers or cells hold `match` (the first table with a year column else)."""
    for df in tables:
        headers = " ".join(" ".join(_header(c)) for c in df.columns)
        body = " ".join(_text(v) for v in df.to_numpy().ravel()[:200])
        if match and match.lower() in f"{headers} {body}".lower():
            return df
        if not match and any(year_in(h[-1]) for h in map(_header, df.columns) if h):
            return df
    wanted = f"holding {match!r}" if match else "with years as columns"
    raise ReportParseError(f"dataset {dataset}: no table {wanted} on the page "
                           f"({len(tables)} table(s) found)")


def parse_html_table(body: bytes, mapping: Mapping, *, dataset: str, title: str = "") -> Table:
    """The page's table as cells: one per (row label, year column), totals set aside."""
    html = body.decode("utf-8", errors="replace")
    df = _choose(read_html_tables(html), mapping.table_match, dataset)
    headers = [_header(c) for c in df.columns]
    names = [h[-1] if h else "" for h in headers]
    label_at = _label_column(names, mapping, dataset)
    number_at = next((i for i, n in enumerate(names) if n.lower() in _NUMBER_HEADERS), None)
    unit_at = _find(names, mapping.unit_column) if mapping.unit_column else \
        _find(names, "satuan")
    years = [(i, year_in(n)) for i, n in enumerate(names) if i != label_at and year_in(n)]
    if not years:
        raise ReportParseError(f"dataset {dataset}: the table has no year columns "
                               f"(columns: {', '.join(names)})")
    table = Table(title=title or _title(html) or dataset,
                  period_columns=tuple(names[i] for i, _ in years),
                  definition=_definition(html, names[label_at]))
    data_row = 0
    for index, raw in enumerate(df.itertuples(index=False), start=1):
        cells = [_text(v) for v in raw]
        label = cells[label_at]
        if _is_total(cells, label, number_at, mapping):
            start = (number_at + 1) if number_at is not None else label_at
            table.totals.append(TotalRow(label or cells[number_at or 0], tuple(cells[start:]),
                                         index))
            continue
        data_row += 1
        for i, year in years:
            table.cells.append(Cell(
                row_label=label, column=names[i], text=cells[i], period=year,
                unit_text=cells[unit_at] if unit_at is not None else None, row=data_row,
            ))
    return table


def _find(names: list[str], wanted: str | None) -> int | None:
    """The index of a column by name (case-insensitive), None when absent."""
    low = [n.lower() for n in names]
    return low.index(wanted.lower()) if wanted and wanted.lower() in low else None


def _label_column(names: list[str], mapping: Mapping, dataset: str) -> int:
    """The column holding row labels: the mapping's, else the first text column after No."""
    if mapping.label_column:
        found = _find(names, mapping.label_column)
        if found is None:
            raise ReportParseError(f"dataset {dataset}: column {mapping.label_column!r} missing "
                                   f"(columns: {', '.join(names)})")
        return found
    for i, name in enumerate(names):
        if name.lower() not in _NUMBER_HEADERS and not year_in(name):
            return i
    raise ReportParseError(f"dataset {dataset}: no label column (columns: {', '.join(names)})")


def _is_total(cells: list[str], label: str, number_at: int | None, mapping: Mapping) -> bool:
    """A total row: a total label, or a row numbered "-" whose label is a figure (shifted)."""
    low = label.lower()
    if any(low == t or low.startswith(t + " ") for t in mapping.total_labels):
        return True
    shifted = not label or label.replace(".", "").replace(",", "").isdigit()
    return number_at is not None and cells[number_at] in ("-", "") and shifted


def _title(html: str) -> str:
    """The page's heading (h1/h2/caption/title), the table's title when the mapping has none."""
    from lxml import html as lh

    try:
        doc = lh.fromstring(html)
    except (ValueError, TypeError):
        return ""
    for path in ("//caption", "//h1", "//h2", "//title"):
        found = doc.xpath(path)
        if found:
            return clean_text(found[0].text_content())
    return ""


def _definition(html: str, variable: str) -> str | None:
    """The "Definisi Operasional" the page gives for the label column's variable, if any."""
    for df in read_html_tables(html):
        names = [(_header(c) or [""])[-1].lower() for c in df.columns]
        if "definisi operasional" not in names:
            continue
        var_at, def_at = names.index("variabel") if "variabel" in names else 1, \
            names.index("definisi operasional")
        for raw in df.itertuples(index=False):
            if _text(raw[var_at]).lower() == variable.lower():
                return _text(raw[def_at])
    return None
