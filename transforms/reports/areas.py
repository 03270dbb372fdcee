"""Areas of official tables resolved through the gazetteer: ministry spellings, BPS codes.

Open Data Jabar's `kode_kabupaten_kota` 3201 and a news article's "Kabupaten Bogor" are one
area (Bogor, regency); Kemnaker writes "Kep. Bangka Belitung", BPS "KABUPATEN BOGOR".
"""

from __future__ import annotations

import re
from importlib import resources

from transforms.gazetteer import AreaRecord, all_areas, candidates, resolve

#: Abbreviations official tables use in area names, expanded before the gazetteer looks.
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^kep\.?\s+", re.IGNORECASE), "Kepulauan "),
    (re.compile(r"^kab\.?\s+adm\.?\s+", re.IGNORECASE), "Kabupaten "),
    (re.compile(r"^kota\s+adm\.?\s+", re.IGNORECASE), "Kota "),
    (re.compile(r"^d\.?\s?i\.?\s+", re.IGNORECASE), "DI "),
)


def _bps_index() -> dict[str, AreaRecord]:
    """BPS code → area: the gazetteer's codes without dots, then the listed exceptions."""
    index: dict[str, AreaRecord] = {}
    for rec in all_areas():
        if rec.code and rec.area_type in ("province", "regency", "city"):
            index[rec.code.replace(".", "")] = rec
    text = resources.files("transforms.data").joinpath("bps_codes.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, area_type = line.split("\t")[:3]
        rec = next((r for r in candidates(name) if r.area_type == area_type), None)
        if rec is None:
            raise ValueError(f"bps_codes.tsv: {name} ({area_type}) is not in areas.tsv")
        index[code] = rec
    return index


_BPS = _bps_index()


def bps_code_of(rec: AreaRecord) -> str | None:
    """The BPS code of a gazetteer area, None when neither file gives one."""
    for code, found in _BPS.items():
        if found == rec:
            return code
    return None


def by_bps_code(code: object) -> AreaRecord | None:
    """The area a BPS code names ("3201", 3201, "32.01", "3201000" as SIMDASI's 7 digits)."""
    if code is None:
        return None
    digits = re.sub(r"\D", "", str(code).split(".0")[0] if isinstance(code, float) else str(code))
    if len(digits) == 7 and digits.endswith("000"):  # SIMDASI's MFD code: 3201000
        digits = digits[:4]
    if len(digits) == 4 and digits.endswith("00"):  # a province as a 4-digit domain: 3200
        digits = digits[:2]
    return _BPS.get(digits)


def resolve_report_area(mention: str | None, code: object = None) -> AreaRecord | None:
    """The gazetteer area a table's code or name means; the code wins when both are given."""
    found = by_bps_code(code)
    if found is not None:
        return found
    if not mention:
        return None
    text = " ".join(str(mention).split())
    for pattern, replacement in _ABBREVIATIONS:
        text = pattern.sub(replacement, text)
    return resolve(text) or resolve(text.title())
