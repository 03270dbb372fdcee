"""Tables in PDF reports (LKPJ, LKjIP): table rows only, read with pdfplumber.

Only what pdfplumber finds inside ruled tables is read, so the signature block under a table
(an official's name and NIP, personal data) never reaches a fact. A row that still mentions
"NIP" is dropped as a second guard. Columns "Target 2023" / "Realisasi 2023" give targets and
actuals of that year; a plain "2023" column gives an actual.
"""

from __future__ import annotations

import io
import re

from transforms.reports.html_table import _NUMBER_HEADERS
from transforms.reports.mapping import Mapping
from transforms.reports.table import (
    Cell,
    ReportParseError,
    Table,
    clean_text,
    target_column,
    year_in,
)

_NIP_RE = re.compile(r"\bNIP\b", re.IGNORECASE)


def pdf_rows(body: bytes, dataset: str) -> list[list[list[str]]]:
    """Every ruled table of every page, as rows of cleaned cell texts."""
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        with pdfplumber.open(io.BytesIO(body)) as pdf:
            return [
                [[clean_text(c) for c in row] for row in table if row]
                for page in pdf.pages
                for table in page.extract_tables()
            ]
    except (PDFSyntaxError, ValueError, KeyError) as exc:
        raise ReportParseError(f"dataset {dataset}: not a readable PDF ({exc})") from None
    except Exception as exc:  # pdfminer raises its own families for broken files
        if type(exc).__module__.startswith(("pdfminer", "pdfplumber")):
            raise ReportParseError(f"dataset {dataset}: not a readable PDF ({exc})") from None
        raise


def parse_pdf_table(body: bytes, mapping: Mapping, *, dataset: str, title: str = "") -> Table:
    """The chosen table's rows as cells, one per (indicator, year column)."""
    tables = pdf_rows(body, dataset)
    rows = _choose(tables, mapping.table_match, dataset)
    header, data = rows[0], rows[1:]
    label_at = _label_at(header, mapping)
    years = [(i, year_in(h)) for i, h in enumerate(header) if year_in(h) and i != label_at]
    if not years:
        raise ReportParseError(f"dataset {dataset}: the PDF table has no year columns "
                               f"(columns: {', '.join(header)})")
    unit_at = next((i for i, h in enumerate(header) if h.lower() == "satuan"), None)
    table = Table(title=title or dataset, period_columns=tuple(header[i] for i, _ in years))
    for number, row in enumerate(data, start=1):
        if any(_NIP_RE.search(c) for c in row):
            table.notes.append(f"row {number} dropped: it names an official (NIP)")
            continue
        cells = row + [""] * (len(header) - len(row))
        for i, year in years:
            table.cells.append(Cell(
                row_label=cells[label_at], column=header[i], text=cells[i], period=year,
                unit_text=cells[unit_at] if unit_at is not None else None, row=number,
                is_target=target_column(header[i]),
            ))
    return table


def _choose(tables: list[list[list[str]]], match: str | None, dataset: str) -> list[list[str]]:
    """The table holding `match` (the first with a year in its header otherwise)."""
    for rows in tables:
        if not rows:
            continue
        text = " ".join(" ".join(r) for r in rows).lower()
        if (match and match.lower() in text) or (not match and any(map(year_in, rows[0]))):
            return rows
    raise ReportParseError(f"dataset {dataset}: no table holding {match!r} in the PDF "
                           f"({len(tables)} table(s) found)")


def _label_at(header: list[str], mapping: Mapping) -> int:
    """The indicator column: the mapping's, else the first text column after No."""
    low = [h.lower() for h in header]
    if mapping.label_column and mapping.label_column.lower() in low:
        return low.index(mapping.label_column.lower())
    for i, h in enumerate(low):
        if h not in _NUMBER_HEADERS and not year_in(h):
            return i
    return 0
