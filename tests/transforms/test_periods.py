"""as_of and target years: table-driven cases and never raising."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from transforms.periods import find_period, find_target_year

PUB = dt.date(2021, 12, 6)

PERIOD_CASES = [
    ("hingga November 2021 jumlah pekerja", "2021-11"),
    ("per Februari 2025", "2025-02"),
    ("akhir Mei 2019", "2019-05"),
    ("hingga 31 Desember 2023", "2023-12"),
    ("tahun 2023", "2023"),
    ("sepanjang 2023", "2023"),
    ("tahun lalu", "2020"),
    ("tahun ini", "2021"),
    ("saat ini ada sebanyak 667.892 tenaga kerja", "2021-12"),
    ("kini hampir setengah juta", "2021-12"),
    # "so far" is now (written for the test; real news prints "sejauh ini baru mencapai")
    ("kepesertaan di kabupaten itu sejauh ini baru 41 persen", "2021-12"),
    # "tahun" between the month and the year; the end of a range of days
    ("sampai dengan Oktober tahun 2020 tercatat 8.100 peserta", "2020-10"),
    ("klaim periode 1 Maret – 31 Agustus 2020 sebanyak 40 kasus", "2020-08"),
    ("per November 2021 juga tercatat", "2021-11"),
    ("naik 6 persen dari tahun lalu dan kini hampir setengah juta", "2021-12"),
    ("Kamis 10 Oktober 2024 dengan dihadiri", None),
    ("Inpres Nomor 2 Tahun 2021", None),
    ("tidak ada periode", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), PERIOD_CASES)
def test_find_period(text: str, expected: str | None) -> None:
    assert find_period(text, PUB)[0] == expected


def test_now_without_publication_date_is_unknowable() -> None:
    assert find_period("saat ini", None) == (None, "now")


TARGET_CASES = [
    ("Harapan kami di tahun 2025 bisa meningkat", 2025),
    ("pada tahun mendatang diharapkan meningkat", 2022),
    ("Insya Allah tahun depan Pemkab Demak", 2022),
    ("Pada saat 2025 Indonesia Emas", 2025),
    ("target tahun ini", 2021),
    ("tambahan 200 ribu peserta baru hingga akhir tahun", 2021),  # this year's end
    ("hingga akhir tahun lalu", None),
    ("menargetkan 55 persen", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), TARGET_CASES)
def test_find_target_year(text: str, expected: int | None) -> None:
    assert find_target_year(text, PUB) == expected


@given(st.text(), st.one_of(st.none(), st.dates()))
def test_period_parsers_never_raise(text: str, pub: dt.date | None) -> None:
    find_period(text, pub)
    find_target_year(text, pub)


MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember"]


@given(st.integers(min_value=1990, max_value=2049), st.integers(min_value=1, max_value=12),
       st.sampled_from(["hingga", "per", "akhir", "sampai"]))
def test_period_parses_what_it_formats(year: int, month: int, word: str) -> None:
    assert find_period(f"{word} {MONTHS[month - 1]} {year}", None)[0] == f"{year}-{month:02d}"
