"""Rules that must generalise to unseen pages, each shown on an article written for this test
in a wording different from the labelled page that revealed the weakness."""

from __future__ import annotations

import pytest

from transforms.extract import extract
from transforms.text import article_from_text

HEAD = "Capaian BPJS Ketenagakerjaan {}\n\nSelasa, 14 Januari 2025\n\n"


def facts_of_text(text: str) -> list[tuple]:
    """(area, area_type, metric, segment, value, as_of) of each fact of a plain-text article."""
    return [(f.area, f.area_type, f.metric, f.segment, f.value, f.as_of)
            for f in extract(article_from_text(text)).facts]


AREA_CASES = [
    # A branch head in a list of guests, no verb after the title: a person, not the area.
    (HEAD.format("Kutim") + "Pemerintah Kabupaten Kutai Timur menggelar rapat kerja jaminan "
     "sosial yang turut dihadiri Kepala BPJS Ketenagakerjaan Cabang Sangatta.\n\n"
     "Hingga Desember 2024, peserta aktif di Kutim tercatat 88.400 orang.\n",
     [("Kutai Timur", "regency", "participants", "all", 88_400.0, "2024-12")]),
    # A national story whose quote names two provinces in passing: they place no figure.
    ("Klaim JHT Naik, BPJS Ketenagakerjaan Catat Lonjakan\n\nSenin, 6 Januari 2025\n\n"
     "JAKARTA - Sepanjang 2024 lembaga itu membayar 1,9 juta kasus klaim JHT.\n\n"
     "\"Paling banyak pencairan di Banten dan Jawa Timur,\" kata seorang direktur.\n\n"
     "Peserta aktif per Desember 2024 sebanyak 44 juta orang.\n",
     [("Indonesia", "national", "claims", "all", 1_900_000.0, "2024"),
      ("Indonesia", "national", "participants", "all", 44_000_000.0, "2024-12")]),
    # A table whose header row names no metric keeps the list intro's; a year in a note cell
    # ("APBD 2024") dates no figure.
    (HEAD.format("Kabupaten Paser") + "Pemkab Paser memaparkan data Kabupaten Paser.\n\n"
     "Rekap kepesertaan Kabupaten Paser per November 2024:\n\n"
     "Kategori | Angka | Catatan\nPenerima upah | 40.210 orang | sektor sawit\n"
     "Pekerja rentan | 6.300 orang | dibiayai APBD 2024\n"
     "Bukan penerima upah | 9.870 orang | petani dan nelayan\n",
     [("Paser", "regency", "participants", "wage_earner", 40_210.0, "2024-11"),
      ("Paser", "regency", "participants", "vulnerable", 6_300.0, "2024-11"),
      ("Paser", "regency", "participants", "non_wage_earner", 9_870.0, "2024-11")]),
]


@pytest.mark.parametrize(("text", "expected"), AREA_CASES)
def test_area_and_period_choice(text: str, expected: list[tuple]) -> None:
    assert facts_of_text(text) == expected
