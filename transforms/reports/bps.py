"""BPS WebAPI dynamic tables (`model=data`): cells rebuilt from the dimensions.

`datacontent` is keyed by str(vervar) + str(var) + str(turvar) + str(tahun) + str(turtahun),
with no separator and varying length ("121801171", "1218012210"): keys are built from the ids
the response lists, never split. A key the response lacks is a missing cell (no fact).
"""

from __future__ import annotations

import json
from typing import Any

from transforms.reports.mapping import Mapping
from transforms.reports.table import Cell, ReportParseError, Table, clean_text, period_of

_DIMENSIONS: tuple[str, ...] = ("var", "vervar", "turvar", "tahun", "turtahun")


def datacontent_key(vervar: object, var: object, turvar: object, tahun: object,
                    turtahun: object) -> str:
    """The key of one cell: the five ids concatenated as BPS does."""
    return f"{vervar}{var}{turvar}{tahun}{turtahun}"


def parse_bps(body: bytes, mapping: Mapping, *, dataset: str, title: str = "") -> Table:
    """Every (vervar, var, turvar, tahun, turtahun) combination the response holds, as cells."""
    try:
        doc = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportParseError(f"dataset {dataset}: not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("data-availability") == "list-not-available":
        raise ReportParseError(f"dataset {dataset}: BPS answered no data")
    missing = [d for d in (*_DIMENSIONS, "datacontent") if not isinstance(doc.get(d), list | dict)]
    if missing:
        raise ReportParseError(f"dataset {dataset}: column {missing[0]!r} missing from the BPS "
                               f"response (keys: {', '.join(sorted(doc))})")
    content: dict[str, Any] = doc["datacontent"]
    var = doc["var"][0] if doc["var"] else {}
    table = Table(title=title or clean_text(var.get("label")) or dataset,
                  definition=clean_text(var.get("def")) or None)
    unit = clean_text(var.get("unit")) or None
    row = 0
    for vv in doc["vervar"]:
        row += 1
        for v in doc["var"]:
            for tv in doc["turvar"]:
                for th in doc["tahun"]:
                    for tt in doc["turtahun"]:
                        key = datacontent_key(vv["val"], v["val"], tv["val"], th["val"],
                                              tt["val"])
                        if key not in content:
                            continue
                        table.cells.append(_cell(vv, v, tv, th, tt, content[key], unit, row,
                                                 mapping))
    return table


def _cell(vv: dict, v: dict, tv: dict, th: dict, tt: dict, value: Any, unit: str | None,
          row: int, mapping: Mapping) -> Cell:
    """One cell: the vervar is the area or the row label, as the mapping says."""
    vervar = clean_text(vv.get("label"))
    var_label = clean_text(v.get("label"))
    turvar = clean_text(tv.get("label"))
    label = var_label if mapping.areas_in_rows else vervar
    if turvar and turvar.lower() != "tidak ada":
        label = f"{label} / {turvar}"
    month = clean_text(tt.get("label"))
    return Cell(
        row_label=label,
        column=f"{clean_text(th.get('label'))} {month}".strip(),
        text=value,
        period=period_of(th.get("label"), month),
        area_mention=vervar if mapping.areas_in_rows else None,
        unit_text=unit,
        row=row,
    )
