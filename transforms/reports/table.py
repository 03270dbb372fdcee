"""What every report reader produces: cells with their row, column, area and period."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Months as official tables name them (BPS `turtahun`, Open Data `nama_bulan`): the one table.
from transforms.calendar import MONTHS

_YEAR_RE = re.compile(r"(?<!\d)(19[7-9]\d|20\d\d)(?!\d)")
_TAG_RE = re.compile(r"<[^>]*>")


class ReportParseError(ValueError):
    """A document the mapping cannot read: the message names the dataset and what is missing."""


@dataclass(frozen=True, slots=True)
class Cell:
    """One figure as the table holds it, before it is mapped to a fact."""

    #: The row label ("Pekerja") or, for tidy rows, the measure column ("jumlah_peserta").
    row_label: str
    #: The column header the value sits under ("2023", "Realisasi 2022", "jumlah_peserta").
    column: str
    #: The cell as written ("86.329", "n/a") or the number a JSON document gave.
    text: object
    #: The period the table gives the cell (YYYY or YYYY-MM), None when it gives none.
    period: str | None = None
    area_mention: str | None = None
    area_code: str | None = None
    #: The unit the table states for the row (a `satuan` column), if any.
    unit_text: str | None = None
    #: Row number in the table (1-based, data rows only), for lineage.
    row: int = 0
    #: True/False when the column says target/realisation ("Target 2023"); None otherwise.
    is_target: bool | None = None


@dataclass(frozen=True, slots=True)
class TotalRow:
    """A total row the table printed: its label and its numeric cells, never loaded as facts."""

    label: str
    values: tuple[str, ...]
    row: int


@dataclass(slots=True)
class Table:
    """What a reader made of one document: title, definition, cells, total rows, notes."""

    title: str
    cells: list[Cell] = field(default_factory=list)
    definition: str | None = None
    #: The period columns in order (years as columns), so a shifted total row can be realigned.
    period_columns: tuple[str, ...] = ()
    totals: list[TotalRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def clean_text(value: object) -> str:
    """A label as plain text: HTML tags removed (labels inside JSON carry <div>), spaces single."""
    if value is None:
        return ""
    text = _TAG_RE.sub(" ", str(value))
    text = (text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
            .replace("&gt;", ">"))
    return " ".join(text.replace("\u00a0", " ").split())


def year_in(text: str) -> str | None:
    """The year a column header or period cell names ("2023", "Realisasi 2022"), if any."""
    m = _YEAR_RE.search(text or "")
    return m.group(1) if m else None


def period_of(year: object, month: object = None) -> str | None:
    """YYYY or YYYY-MM from a year and an optional month (number, name or BPS "Tahunan")."""
    y = year_in(str(year)) if year is not None else None
    if y is None:
        return None
    if month is None or str(month).strip() == "":
        return y
    text = str(month).strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return f"{y}-{int(text):02d}"
    for name, number in MONTHS.items():
        if text == name or text.startswith(name):
            return f"{y}-{number:02d}"
    return y  # "Tahunan", "Semester 1": the year is what is certain


def target_column(header: str) -> bool | None:
    """True for a target column ("Target 2023"), False for realisation, None for neither."""
    low = header.lower()
    if "target" in low or "rencana" in low:
        return True
    if "realisasi" in low:
        return False
    return None
