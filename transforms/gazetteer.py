"""Indonesia's areas and BPJS Ketenagakerjaan offices, and normalising how articles name them.

"Jateng" is Jawa Tengah, "Pemkab Demak" is Demak (regency), "Kota Magelang" is Magelang (city),
"Kanwil Jateng-DIY" is the regional office Jateng-DIY and "Cabang Kediri" the branch Kediri.
A bare name that is both a regency and a city is the regency; a province outranks both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

NATIONAL = "Indonesia"


@dataclass(frozen=True, slots=True)
class AreaRecord:
    """One area or office: its normalised name, type, official code and parent's name."""

    name: str
    area_type: str
    code: str | None
    parent: str | None


#: Province abbreviations and variant spellings used by the press.
PROVINCE_ALIASES: dict[str, str] = {
    "Jateng": "Jawa Tengah", "Jatim": "Jawa Timur", "Jabar": "Jawa Barat",
    "DIY": "DI Yogyakarta", "D.I. Yogyakarta": "DI Yogyakarta", "DI Yogyakarta": "DI Yogyakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta", "Yogyakarta": "DI Yogyakarta",
    "Jogja": "DI Yogyakarta", "Yogya": "DI Yogyakarta", "Jogjakarta": "DI Yogyakarta",
    "DKI": "DKI Jakarta", "Jakarta": "DKI Jakarta", "DKI Jakarta": "DKI Jakarta",
    "Sumut": "Sumatera Utara", "Sumbar": "Sumatera Barat", "Sumsel": "Sumatera Selatan",
    "Sumatra Utara": "Sumatera Utara", "Sumatra Barat": "Sumatera Barat",
    "Sumatra Selatan": "Sumatera Selatan", "Kaltim": "Kalimantan Timur",
    "Kalbar": "Kalimantan Barat", "Kalsel": "Kalimantan Selatan", "Kalteng": "Kalimantan Tengah",
    "Kaltara": "Kalimantan Utara", "Sulsel": "Sulawesi Selatan", "Sulut": "Sulawesi Utara",
    "Sulteng": "Sulawesi Tengah", "Sultra": "Sulawesi Tenggara", "Sulbar": "Sulawesi Barat",
    "NTB": "Nusa Tenggara Barat", "NTT": "Nusa Tenggara Timur",
    "Babel": "Kepulauan Bangka Belitung", "Bangka Belitung": "Kepulauan Bangka Belitung",
    "Kepri": "Kepulauan Riau", "Malut": "Maluku Utara", "Nanggroe Aceh Darussalam": "Aceh",
}
#: Words that name the whole country.
NATIONAL_ALIASES: tuple[str, ...] = ("Indonesia", "nasional", "seluruh Indonesia", "RI")

#: Words in front of a name that fix its type, longest first ("Pemkab Demak" = regency).
TYPE_PREFIXES: tuple[tuple[str, str], ...] = (
    ("pemerintah provinsi", "province"),
    ("pemerintah propinsi", "province"),
    ("pemerintah kabupaten", "regency"),
    ("pemerintah kota", "city"),
    ("kantor wilayah", "regional_office"),
    ("kantor cabang perintis", "branch"),
    # "Kantor Cabang Utama Surakarta": a main branch (KCU) is a branch.
    ("kantor cabang utama", "branch"),
    ("kantor cabang pembantu", "branch"),
    ("kantor cabang", "branch"),
    ("wali kota", "city"),
    ("provinsi", "province"),
    ("propinsi", "province"),  # the older spelling, still printed
    ("prov.", "province"),
    ("prov", "province"),
    ("pemprov", "province"),
    ("gubernur", "province"),
    ("kabupaten", "regency"),
    ("kab.", "regency"),
    ("kab", "regency"),
    ("pemkab", "regency"),
    ("bupati", "regency"),
    ("kota", "city"),
    ("pemkot", "city"),
    ("walikota", "city"),
    ("kanwil", "regional_office"),
    ("wilayah", "regional_office"),
    ("kacab", "branch"),
    ("cabang utama", "branch"),
    ("cabang", "branch"),
    ("kcp", "branch"),
    ("kc", "branch"),
)
#: For a bare name, which type wins when several share it.
TYPE_RANK: dict[str, int] = {
    "national": 0, "province": 1, "regency": 2, "city": 3, "regional_office": 4, "branch": 5,
}
_PREFIX_RE = re.compile(
    r"^(?P<p>" + "|".join(re.escape(p) for p, _ in TYPE_PREFIXES) + r")\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_PREFIX_TYPE = dict(TYPE_PREFIXES)
_ORG_RE = re.compile(
    r"^(?:BPJS\s+Ketenagakerjaan|BPJamsostek|BP\s+Jamsostek|BPJS\s+TK|Jamsostek)\s+", re.IGNORECASE
)


def key_of(name: str) -> str:
    """The lookup key of a name: lower case, single spaces."""
    return " ".join(name.replace("\u00a0", " ").split()).lower()


def _read_tsv(filename: str) -> list[list[str]]:
    """Rows of a shipped data file, comments skipped."""
    text = resources.files("transforms.data").joinpath(filename).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _load() -> tuple[list[AreaRecord], dict[str, list[AreaRecord]]]:
    """All records and the index from every spelling to its records."""
    records: list[AreaRecord] = [AreaRecord(NATIONAL, "national", None, None)]
    index: dict[str, list[AreaRecord]] = {}

    def add(spelling: str, rec: AreaRecord) -> None:
        bucket = index.setdefault(key_of(spelling), [])
        if rec not in bucket:
            bucket.append(rec)

    cities_by_name: dict[str, AreaRecord] = {}
    for row in _read_tsv("areas.tsv"):
        code, name, area_type, parent, aliases = (row + [""] * 5)[:5]
        rec = AreaRecord(name, area_type, code or None, parent or None)
        records.append(rec)
        add(name, rec)
        for alias in filter(None, aliases.split("|")):
            add(alias, rec)
        if area_type in ("regency", "city") and " " in name and len(name.split()) == 2:
            # "Gunungkidul", "Kulonprogo": local spellings write two-word names as one (a probe
            # article, 2026-12-03); only added where no other area is spelt so
            joined = name.replace(" ", "")
            if key_of(joined) not in index:
                add(joined, rec)
        if area_type in ("regency", "city"):
            cities_by_name.setdefault(name, rec)
            if area_type == "city":
                cities_by_name[name] = rec
    provinces = {r.name: r for r in records if r.area_type == "province"}
    for alias, target in PROVINCE_ALIASES.items():
        add(alias, provinces[target])
    for alias in NATIONAL_ALIASES:
        add(alias, records[0])
    for row in _read_tsv("offices.tsv"):
        name, area_type, parent, aliases = (row + [""] * 4)[:4]
        rec = AreaRecord(name, area_type, None, parent or None)
        records.append(rec)
        add(name, rec)
        for alias in filter(None, aliases.split("|")):
            add(alias, rec)
    for recs in index.values():
        recs.sort(key=lambda r: TYPE_RANK.get(r.area_type, 9))
    return records, index


_RECORDS, _INDEX = _load()
#: The longest spelling in words, to bound the mention scanner.
MAX_NAME_WORDS = max(len(k.split()) for k in _INDEX)
#: Every word-prefix of every spelling ("semarang", "semarang majapahit"): the scanner stops as
#: soon as the words it has read start no known name.
NAME_PREFIXES: frozenset[str] = frozenset(
    " ".join(words[:n]) for words in (k.split() for k in _INDEX) for n in range(1, len(words) + 1)
)


def all_areas() -> Iterable[AreaRecord]:
    """Every known area and office, national first (the warehouse's areas table)."""
    return tuple(_RECORDS)


def candidates(name: str) -> tuple[AreaRecord, ...]:
    """Every record a bare spelling can mean, best-ranked first."""
    return tuple(_INDEX.get(key_of(name), ()))


def branch(name: str) -> AreaRecord:
    """A branch office named `name`; its parent is the regency/city of that name if one exists."""
    for rec in candidates(name):
        if rec.area_type == "branch":
            return rec
    parent = next((r.name for r in candidates(name) if r.area_type in ("city", "regency")), None)
    return AreaRecord(name, "branch", None, parent)


def resolve_typed(name: str, area_type: str | None) -> AreaRecord | None:
    """The record of a bare name of a given type (None = the best-ranked type)."""
    found = candidates(name)
    if area_type is None:
        return found[0] if found else None
    if area_type == "branch":
        if found or name[:1].isupper():
            return branch(_canonical_branch_name(name))
        return None
    for rec in found:
        if rec.area_type == area_type:
            return rec
    return None


def _canonical_branch_name(name: str) -> str:
    """A branch's name as the office list spells it, else the name as written."""
    for rec in candidates(name):
        if rec.area_type == "branch":
            return rec.name
    for rec in candidates(name):
        if rec.area_type in ("city", "regency"):
            return rec.name
    return " ".join(name.split())


def resolve(name: str) -> AreaRecord | None:
    """The area or office a name means: "Kab. Demak", "Pemkot Magelang", "Kanwil Jateng-DIY"."""
    if not isinstance(name, str):
        return None
    text = " ".join(name.replace("\u00a0", " ").split())
    text = re.sub(r"^(?:seluruh|se-?)\s*(?=Indonesia\b)", "", text, flags=re.IGNORECASE)
    if not text:
        return None
    m = _PREFIX_RE.match(text)
    if m:
        area_type = _PREFIX_TYPE[m.group("p").lower()]
        rest = _ORG_RE.sub("", m.group("rest"))
        return resolve_typed(rest, area_type)
    rest = _ORG_RE.sub("", text)
    return resolve_typed(rest, None)
