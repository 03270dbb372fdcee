"""One month table for bylines, text and periods; relative bylines dated from the fetch time."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from extractors.article import parse_html
from extractors.html_dates import parse_date_text
from transforms.calendar import MONTHS, month_number
from transforms.dates import parse_date, relative_date
from transforms.periods import find_period

REPO = Path(__file__).resolve().parents[2]

#: Spellings seen on Indonesian sites; "Agst" and "Agust" were each missed by one parser.
SPELLINGS = [("Jan", 1), ("Peb", 2), ("Pebruari", 2), ("Febr", 2), ("Mrt", 3), ("Mei", 5),
             ("Agt", 8), ("Agst", 8), ("Agust", 8), ("Ags", 8), ("Agu", 8), ("Sept", 9),
             ("Okt", 10), ("Nop", 11), ("Nopember", 11), ("Des", 12), ("Aug", 8), ("Oct", 10)]


@pytest.mark.parametrize(("word", "month"), SPELLINGS)
def test_bylines_text_and_periods_read_every_spelling(word: str, month: int) -> None:
    assert month_number(word) == month and month_number(word + ".") == month
    expected = dt.date(2024, month, 7)
    assert parse_date_text(f"Rabu, 07 {word} 2024 10:15 WIB") == expected  # a byline
    assert parse_date(f"Jakarta, 7 {word} 2024 - Peserta bertambah") == expected  # text
    assert find_period(f"hingga {word} 2024 tercatat 1.200 peserta", None)[0] == \
        f"2024-{month:02d}"


def test_no_other_month_table_in_the_product_code() -> None:
    """A second table would drift again; transforms/extract.py and rules.py are listed apart."""
    pattern = re.compile(r"[\"']agustus[\"']\s*:", re.IGNORECASE)
    holders = [p.relative_to(REPO).as_posix()
               for folder in ("transforms", "extractors", "flows", "warehouse", "expectations")
               for p in (REPO / folder).rglob("*.py")
               if pattern.search(p.read_text(encoding="utf-8"))]
    assert holders == ["transforms/calendar.py"]
    assert len(set(MONTHS.values())) == 12


#: Fetched at 20:00 UTC on 4 December 2026: 03:00 on 5 December in WIB.
FETCHED = dt.datetime(2026, 12, 4, 20, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 jam lalu", dt.date(2026, 12, 5)),
        ("5 jam yang lalu", dt.date(2026, 12, 4)),  # 22:00 WIB the day before
        ("30 menit lalu", dt.date(2026, 12, 5)),
        ("2 hari lalu", dt.date(2026, 12, 3)),
        ("dua hari lalu", dt.date(2026, 12, 3)),
        ("sehari lalu", dt.date(2026, 12, 4)),
        ("1 minggu lalu", dt.date(2026, 11, 28)),
        ("kemarin", dt.date(2026, 12, 4)),
        ("Kemarin, 14:30 WIB", dt.date(2026, 12, 4)),
        ("Hari ini, 01:10 WIB", dt.date(2026, 12, 5)),
        ("3 hours ago", dt.date(2026, 12, 5)),
        ("Bagikan artikel ini", None),
        ("2 jam", None),
    ],
)
def test_relative_dates_are_resolved_against_the_fetch_time(text: str,
                                                            expected: dt.date | None) -> None:
    assert relative_date(text, FETCHED) == expected
    assert parse_date_text(text, now=FETCHED) == expected
    assert parse_date(text, now=FETCHED) == expected
    assert parse_date_text(text) is None  # without a fetch time nothing is guessed


def test_a_printed_date_wins_over_a_relative_one() -> None:
    assert parse_date_text("2 jam lalu - 3 Desember 2026", now=FETCHED) == dt.date(2026, 12, 3)


PAGE = """<html><head><title>BPJS Ketenagakerjaan Kudus</title></head><body><article>
<h1>BPJS Ketenagakerjaan Kudus</h1><span class="post-date">3 jam lalu</span>
<div class="entry-content"><p>Kudus - Peserta aktif BPJS Ketenagakerjaan di Kudus tercatat 85.420
tenaga kerja, kata kepala cabang.</p><p>Angka itu naik dibanding tahun lalu.</p></div>
</article></body></html>"""


def test_a_page_with_a_relative_byline_is_dated_from_its_fetch_time() -> None:
    article = parse_html(PAGE, url="https://kudus.example/berita/1", fetched_at=FETCHED)
    assert article.published == dt.date(2026, 12, 5)
    assert "3 jam lalu" in article.date_hints
    undated = parse_html(PAGE, url="https://kudus.example/berita/1")
    assert undated.published is None


def test_the_pipeline_passes_each_page_its_fetch_time() -> None:
    from flows.steps import PageRef, process_page

    ref = PageRef("0" * 64, "https://kudus.example/berita/1", "kudus", "2026-12-04T20:00:00Z")
    row, _ = process_page(PAGE.encode(), ref, "run-1")
    assert row["published"] == dt.date(2026, 12, 5)
