"""Indonesian numbers: table-driven cases, the empty and the absurd, and round-trip properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.numbers import find_numbers, format_number, format_scaled, parse_number

PARSE_CASES = [
    ("170.607", 170607),
    ("21,54 persen", 21.54),
    ("40,89%", 40.89),
    ("1,3 juta lebih", 1_300_000),
    ("580 ribu", 580_000),
    ("10 rb", 10_000),
    ("2,5 jt", 2_500_000),
    ("Rp 2,5 miliar", 2_500_000_000),
    ("Rp9,5 M", 9_500_000_000),
    ("Rp 1,2 triliun", 1_200_000_000_000),
    ("200 Ribu", 200_000),
    ("sejuta", 1_000_000),
    ("Setengah Juta", 500_000),
    ("ratusan", 100),
    ("ribuan", 1000),
    ("10-15 ribu", 12_500),
    ("dua", 2),
    ("empat", 4),
    ("seratus", 100),
    ("dua puluh lima ribu", 25_000),
    ("sekitar 580 ribu", 580_000),
    ("± 10", 10),
    ("21.54", 21.54),
    ("1,300,000", 1_300_000),
    ("1.2.3,4,5 juta", None),
    ("", None),
    ("   ", None),
    ("Rp", None),
    ("juta", None),
    ("9 M", None),
    ("1" + "0" * 30, None),
    ("lebih", None),
    ("persen", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_number(text: str, expected: float | None) -> None:
    got = parse_number(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and math.isclose(got, expected)


FIND_CASES = [
    # (sentence, [(value, unit, approximate), ...])
    ("sebanyak 1,3 juta lebih", [(1_300_000, None, True)]),
    ("baru 44 persen atau sekitar 580 ribu orang", [(44, "percent", False),
                                                    (580_000, None, True)]),
    ("hampir 60 persen", [(60, "percent", True)]),
    ("mencapai 135.163 tenaga kerja", [(135_163, None, False)]),
    ("Idola 92,6 FM", [(92.6, None, False)]),
    ("Kamis-Jumat (9-10/12)", []),
    ("Sabtu 12-10-2024,10:23 WIB", []),
    ("antara 10 dan 15 ribu pekerja", [(12_500, None, True)]),
    ("12 ribuan pekerja", [(12_000, None, True)]),
    ("2.000-an peserta", [(2000, None, True)]),
    # number words hedged by "-an" are figures, approximate ("dua ratus ribuan" was 201.000)
    ("sekitar dua ratus ribuan orang", [(200_000, None, True)]),
    ("tiga ribuan peserta", [(3_000, None, True)]),
    ("lima puluhan orang", [(50, None, True)]),
    ("di bawah 30 persen", [(30, "percent", True)]),
    ("Rp9,5 M untuk 226 kasus", [(9_500_000_000, "idr", False), (226, None, False)]),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_find_numbers(text: str, expected: list[tuple[float, str | None, bool]]) -> None:
    got = [(n.value, n.unit, n.approximate) for n in find_numbers(text)]
    assert got == expected


def test_find_numbers_offsets_point_at_the_spelling() -> None:
    text = "saat ini tercatat ada 170.607 tenaga kerja"
    (n,) = find_numbers(text)
    assert text[n.start : n.end] == n.text == "170.607"


FORMAT_CASES = [
    (170607, "count", "170.607"),
    (21.54, "percent", "21,54 persen"),
    (2_500_000, "idr", "Rp 2.500.000"),
    (0, "count", "0"),
]


@pytest.mark.parametrize(("value", "unit", "expected"), FORMAT_CASES)
def test_format_number(value: float, unit: str, expected: str) -> None:
    assert format_number(value, unit) == expected


@pytest.mark.parametrize("bad", [-1.0, math.inf, math.nan])
def test_format_number_refuses_what_it_cannot_spell(bad: float) -> None:
    with pytest.raises(ValueError, match="cannot format"):
        format_number(bad)


@pytest.mark.parametrize(("value", "expected"), [(1_300_000, "1,3 juta"), (580_000, "580 ribu"),
                                                  (17, "17")])
def test_format_scaled(value: float, expected: str) -> None:
    assert format_scaled(value) == expected


@given(st.text())
def test_parsers_never_raise(text: str) -> None:
    parse_number(text)
    find_numbers(text)


values = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False,
                     allow_infinity=False).map(float)


@given(values, st.sampled_from(["count", "percent", "idr"]))
def test_parse_inverts_format(value: float, unit: str) -> None:
    got = parse_number(format_number(value, unit))
    assert got is not None and math.isclose(got, value, rel_tol=1e-9, abs_tol=1e-9)


@given(st.integers(min_value=1, max_value=999).map(lambda n: n * 1000))
def test_parse_inverts_format_scaled(value: int) -> None:
    assert parse_number(format_scaled(value)) == value
