"""Publication dates: the forms Indonesian pages print, weekday inference, never raising."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.dates import find_dates, infer_year, parse_date, publication_date

PARSE_CASES = [
    ("Jumat, 10 Desember 2021 | 18:24 WIB", dt.date(2021, 12, 10)),
    ("Sabtu 12-10-2024,10:23 WIB", dt.date(2024, 10, 12)),
    ("Senin (6/12/2021)", dt.date(2021, 12, 6)),
    ("2024-10-12T10:23:00+07:00", dt.date(2024, 10, 12)),
    ("Kompas.com - 21/08/2023, 13:45 WIB", dt.date(2023, 8, 21)),
    ("12 Agt 2020", dt.date(2020, 8, 12)),
    ("5 Nop 2019", dt.date(2019, 11, 5)),
    ("3 Sept 2022", dt.date(2022, 9, 3)),
    ("1 Jan 2023", dt.date(2023, 1, 1)),
    ("Kamis, 06 Jun 2024 11:05 WIB", dt.date(2024, 6, 6)),
    ("31 Februari 2024", None),
    ("Selasa (24/12)", None),
    ("", None),
    ("tanpa tanggal", None),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_date(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_no_year_date_takes_the_reference_year() -> None:
    assert parse_date("Selasa (24/12)", reference=dt.date(2024, 1, 1)) == dt.date(2024, 12, 24)


def test_a_date_range_is_one_weekday_date_without_year() -> None:
    (m,) = find_dates("Kamis-Jumat (9-10/12)")
    assert (m.day, m.month, m.year, m.weekday) == (9, 12, None, 3)


@pytest.mark.parametrize(("day", "month", "weekday", "years", "next_year", "expected"), [
    (24, 12, 1, [2025], True, 2024),  # seed 000
    (17, 3, 0, [2025], False, 2025),  # seed 004
    (6, 2, 1, [2024], False, 2024),  # corpus 027
    (24, 12, 1, [], False, None),  # nothing to go on
    (30, 2, 1, [2024], False, None),  # no such day
])
def test_infer_year(day: int, month: int, weekday: int, years: list[int], next_year: bool,
                    expected: int | None) -> None:
    assert infer_year(day, month, weekday, years, next_year_said=next_year) == expected


def test_publication_date_is_the_first_full_date() -> None:
    lines = ["Judul", "- Jumat, 10 Desember 2021 | 18:24 WIB", "Isi berita (9-10/12).",
             "Jumat, 12 Agustus 2022 | 18:05 WIB"]
    assert publication_date(lines) == (dt.date(2021, 12, 10), "text")


def test_publication_date_from_weekday() -> None:
    lines = ["Di Semarang, Selasa (24/12).", "Harapan kami di tahun 2025.", "Tahun depan 22 ribu."]
    assert publication_date(lines) == (dt.date(2024, 12, 24), "weekday")


def test_publication_date_unknown() -> None:
    assert publication_date(["tidak ada tanggal"]) == (None, "unknown")
    assert publication_date([]) == (None, "unknown")


@given(st.text())
def test_date_parsers_never_raise(text: str) -> None:
    parse_date(text)
    find_dates(text)
    publication_date([text])


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2049, 12, 31)))
def test_parse_inverts_format(day: dt.date) -> None:
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    assert parse_date(f"{day.day} {months[day.month - 1]} {day.year}") == day
    assert parse_date(f"{day.day}/{day.month}/{day.year}") == day
    assert parse_date(day.isoformat()) == day
