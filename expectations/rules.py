"""The domain numbers the suites check against, kept as data so a reviewer can read them."""

from __future__ import annotations

from transforms.model import AREA_TYPES, METRICS, SEGMENTS, UNITS

__all__ = [
    "APPROXIMATE_ALLOWANCE",
    "AREA_TYPES",
    "JAMSOSTEK_START_YEAR",
    "METRICS",
    "METRIC_UNITS",
    "PARTITION_SEGMENTS",
    "PARTS_TYPO_ALLOWANCE",
    "PERCENT_CEILING",
    "PLAUSIBLE_MAX",
    "PLAUSIBLE_MIN",
    "PUBLISHED_SOURCES",
    "SEGMENTS",
    "UNITS",
    "plausible_max",
    "plausible_min",
]

#: Jamsostek (BPJS Ketenagakerjaan's predecessor scheme, Astek) began in 1977: no earlier figure.
JAMSOSTEK_START_YEAR = 1977

#: Units each metric may carry (LABELLING.md): a participants percent is a segment's share,
#: an unemployed percent is an unemployment rate, a workforce percent is the labour force
#: participation rate (TPAK, official tables); benefits are Rupiah, claims are cases.
METRIC_UNITS: tuple[str, ...] = (
    "participants/count",
    "participants/percent",
    "workforce/count",
    "workforce/percent",
    "employed/count",
    "unemployed/count",
    "unemployed/percent",
    "employers/count",
    "coverage_rate/percent",
    "benefits_paid/idr",
    "claims/count",
)

#: Segments that partition participants (penerima upah, bukan penerima upah, jasa konstruksi,
#: pekerja migran): their sum cannot exceed the total. Other segments overlap these
#: (vulnerable is mostly non_wage_earner, formal is wage_earner), so each is checked alone.
PARTITION_SEGMENTS: tuple[str, ...] = ("wage_earner", "non_wage_earner", "construction", "migrant")

#: A hedged total ("1,3 juta lebih", "hampir 3 juta") may be exceeded by this share before a
#: part-above-total or participants-above-workforce row counts as an error.
APPROXIMATE_ALLOWANCE = 0.10

#: Parts summing to a little more than their total are usually a typo in one figure (seed 000:
#: 111.970 + 42.414 + 17.223 = 171.607 against a stated total of 170.607): up to this share
#: above the total the parts load with a warning; beyond it they are an error.
PARTS_TYPO_ALLOWANCE = 0.02

#: Highest plausible coverage percent per area type. Above 100 is possible where employers
#: register at head office (a province or city with many head offices counts workers who work
#: elsewhere), so 100 < x <= ceiling is a warning; nationally the effect cancels out.
PERCENT_CEILING: dict[str, float] = {
    "national": 100.0,
    "regional_office": 200.0,
    "province": 200.0,
    "regency": 200.0,
    "city": 200.0,
    "branch": 200.0,
    "district": 100.0,
    "village": 100.0,
    "other": 100.0,
}

_M = 1_000_000
_T = 1_000_000_000_000  # one trillion Rupiah (Rp 1 triliun)

#: Highest plausible value per (metric, unit) and area type; above it the row is an error.
#: National active participants were about 30-46 million in 2020-2024 and the labour force
#: about 140-153 million (BPS); Indonesia has ~11 regional offices and ~125 branches, so a
#: branch with tens of millions of participants is a misread number ("40 juta" for "40 ribu").
#: Benefits: BPJS Ketenagakerjaan paid about Rp 40-60 trillion a year nationally.
PLAUSIBLE_MAX: dict[tuple[str, str], dict[str, float]] = {
    ("participants", "count"): {
        "national": 60 * _M,
        "regional_office": 20 * _M,
        "province": 20 * _M,
        "regency": 5 * _M,
        # Cities host head offices that register workers employed elsewhere (Jakarta Selatan).
        "city": 8 * _M,
        "branch": 3 * _M,
        "district": 500_000,
        "village": 50_000,
        "other": 60 * _M,
    },
    ("workforce", "count"): {
        "national": 200 * _M,
        "regional_office": 60 * _M,
        "province": 40 * _M,
        "regency": 5 * _M,
        "city": 8 * _M,
        "branch": 10 * _M,
        "district": 1 * _M,
        "village": 50_000,
        "other": 200 * _M,
    },
    ("employed", "count"): {
        "national": 200 * _M,
        "regional_office": 60 * _M,
        "province": 40 * _M,
        "regency": 5 * _M,
        "city": 8 * _M,
        "branch": 10 * _M,
        "district": 1 * _M,
        "village": 50_000,
        "other": 200 * _M,
    },
    ("unemployed", "count"): {
        "national": 20 * _M,
        "regional_office": 6 * _M,
        "province": 4 * _M,
        "regency": 1 * _M,
        "city": 1 * _M,
        "branch": 2 * _M,
        "district": 100_000,
        "village": 10_000,
        "other": 20 * _M,
    },
    ("employers", "count"): {
        "national": 3 * _M,
        "regional_office": 1 * _M,
        "province": 1 * _M,
        "regency": 200_000,
        "city": 300_000,
        "branch": 200_000,
        "district": 20_000,
        "village": 2_000,
        "other": 3 * _M,
    },
    ("claims", "count"): {
        "national": 20 * _M,
        "regional_office": 6 * _M,
        "province": 6 * _M,
        "regency": 1 * _M,
        "city": 1 * _M,
        "branch": 1 * _M,
        "district": 100_000,
        "village": 10_000,
        "other": 20 * _M,
    },
    ("benefits_paid", "idr"): {
        "national": 500 * _T,
        "regional_office": 100 * _T,
        "province": 100 * _T,
        "regency": 10 * _T,
        "city": 20 * _T,
        "branch": 10 * _T,
        "district": 1 * _T,
        "village": 100_000_000_000,
        "other": 500 * _T,
    },
    ("coverage_rate", "percent"): PERCENT_CEILING,
    # A share of all participants, or an unemployment rate, cannot exceed the whole.
    ("participants", "percent"): dict.fromkeys(AREA_TYPES, 100.0),
    ("unemployed", "percent"): dict.fromkeys(AREA_TYPES, 100.0),
    ("workforce", "percent"): dict.fromkeys(AREA_TYPES, 100.0),
}

#: Lowest plausible value of a whole-population total, per (metric, unit, segment, area type):
#: national active participants are tens of millions, so a national total of 46 000 is "46
#: juta" misread. Segments and small areas have no floor (a national migrant count is ~300k).
PLAUSIBLE_MIN: dict[tuple[str, str, str, str], float] = {
    ("participants", "count", "all", "national"): 1 * _M,
    ("workforce", "count", "all", "national"): 10 * _M,
    ("employed", "count", "all", "national"): 10 * _M,
    ("participants", "count", "all", "province"): 1_000,
    ("workforce", "count", "all", "province"): 100_000,
}

#: Where an article's publication date came from (transforms.model.Extraction).
PUBLISHED_SOURCES: tuple[str, ...] = ("page", "text", "weekday", "given", "unknown")


def plausible_max(metric: str, unit: str, area_type: str) -> float | None:
    """The table's ceiling for one row, None when the combination is checked elsewhere."""
    return PLAUSIBLE_MAX.get((metric, unit), {}).get(area_type)


def plausible_min(metric: str, unit: str, segment: str, area_type: str) -> float | None:
    """The table's floor for one row, None when it has none."""
    return PLAUSIBLE_MIN.get((metric, unit, segment, area_type))
