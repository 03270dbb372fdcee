"""Whole-article behaviour of the rules on small invented articles (LABELLING.md, by rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.extract import extract
from transforms.model import Article, Fact
from transforms.text import article_from_text

PUB = dt.date(2024, 10, 12)
LEAD = "BPJS Ketenagakerjaan Cabang Kediri terus memperluas kepesertaan BPJS Ketenagakerjaan."


def facts_of(body: str, title: str = "Kepesertaan BPJS Ketenagakerjaan Kediri") -> list[Fact]:
    """The facts of a one-paragraph article published on PUB."""
    return list(extract(Article(title, (LEAD, body)), published=PUB).facts)


def rows(facts: list[Fact]) -> list[tuple]:
    """(metric, segment, value, unit, is_target, approximate) of each fact."""
    return [(f.metric, f.segment, f.value, f.unit, f.is_target, f.approximate) for f in facts]


CASES = [
    # (body sentence, expected rows)
    ("Saat ini tercatat 170.607 tenaga kerja aktif sebagai peserta.",
     [("participants", "all", 170607, "count", False, False)]),
    ("Jumlah peserta 1.204.311 peserta atau hampir 1,2 juta.",
     [("participants", "all", 1204311, "count", False, False),
      ("participants", "all", 1200000, "count", False, True)]),
    ("Peserta PU mendominasi dengan 64 persen.",
     [("participants", "wage_earner", 64, "percent", False, False)]),
    ("Cakupan kepesertaan di Kediri masih di bawah 30 persen.",
     [("coverage_rate", "all", 30, "percent", False, True)]),
    ("Sebanyak 86 desa telah mendaftarkan perangkat desa mereka.",
     [("employers", "village_apparatus", 86, "count", False, False)]),
    ("Pemkab mendaftarkan 3.000 pegawai honorer sebagai peserta.",
     [("participants", "non_civil_servant", 3000, "count", False, False)]),
    ("Santunan yang dibayarkan sepanjang 2024 mencapai Rp 2,5 miliar untuk 120 kasus.",
     [("benefits_paid", "all", 2_500_000_000, "idr", False, False),
      ("claims", "all", 120, "count", False, False)]),
    ("Tahun depan ditargetkan 60 persen pekerja terlindungi.",
     [("coverage_rate", "all", 60, "percent", True, False)]),
    ("Jumlah pemberi kerja yang terdaftar sebanyak 3.466 perusahaan.",
     [("employers", "all", 3466, "count", False, False)]),
    ("Total pekerja sebanyak 18.963.993 orang, terdiri dari 17.835.770 bekerja dan 1.128.223 "
     "menganggur.",
     [("workforce", "all", 18963993, "count", False, False),
      ("employed", "all", 17835770, "count", False, False),
      ("unemployed", "all", 1128223, "count", False, False)]),
    # Not facts (LABELLING.md "Not labelled").
    ("Jumlah peserta naik 12 persen dibanding tahun lalu.", []),
    ("Ada penambahan 25.000 peserta baru tahun ini.", []),
    ("Masih ada 300 ribu pekerja yang belum terlindungi.", []),
    ("Tingkat kepatuhan perusahaan mencapai 87 persen.", []),
    ("Iuran yang diterima mencapai Rp 86,3 miliar.", []),
    ("Dana kelolaan mencapai Rp 725 triliun dengan imbal hasil 7 persen.", []),
    ("Realisasi baru 5 persen dari target.", []),
    ("Aturan ini tertuang dalam Permenaker 17 dan PP 44 Tahun 2015.", []),
    ("Dengarkan di Radio Idola 92,6 FM setiap pagi.", []),
    ("Ada 12 kantor cabang dan 30 desa yang belum mendaftar.", []),
    ("Pekerja berusia 56 tahun bisa mencairkan JHT.", []),
    ("Kegiatan digelar Kamis 10 Oktober 2024 pukul 10.00 WIB.", []),
    ("Hubungi call center 175 untuk informasi.", []),
    ("Tersedia 1.860 lowongan dari 42 perusahaan.", []),
    ("Pemkab menyiapkan anggaran untuk membayar iuran 10.000 pekerja rentan.",
     [("participants", "vulnerable", 10000, "count", False, False)]),
    ("Iuran peserta mandiri sebesar 16.800 rupiah per bulan.", []),
    ("Sosialisasi itu diikuti 150 peserta dari berbagai perusahaan.", []),
    ("Peserta mendapat relaksasi iuran sebesar 99 persen.", []),
    ("Kepala cabang menyerahkan santunan JKM senilai Rp 42 juta kepada ahli waris.", []),
    ("", []),
    ("1.2.3,4,5 juta peserta dan " + "9" * 30 + " peserta.", []),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_rules(body: str, expected: list[tuple]) -> None:
    assert rows(facts_of(body)) == [
        (m, s, float(v), u, t, a) for m, s, v, u, t, a in expected
    ]


def test_same_figure_in_headline_and_body_is_one_fact() -> None:
    facts = facts_of("Kepesertaan di Kediri saat ini sudah 40 persen.",
                     title="Kepesertaan BPJS Ketenagakerjaan Kediri Capai 40 Persen")
    assert rows(facts) == [("coverage_rate", "all", 40.0, "percent", False, False)]
    assert facts[0].start > 0, "the body's sentence is the evidence"


def test_link_lines_and_latest_news_are_chrome() -> None:
    body = ("Peserta aktif di Kediri saat ini 50.000 orang.\n"
            "Baca Juga: Peserta BPJS Ketenagakerjaan Naik 70 Persen\n"
            "Terkini\nKepesertaan Kota Blitar Capai 33 Persen")
    assert rows(facts_of(body)) == [("participants", "all", 50000.0, "count", False, False)]


def test_area_period_and_evidence() -> None:
    (f,) = facts_of("Hingga November 2021 jumlah pekerja di Kota Magelang yang terlindungi "
                    "baru 21,54 persen.")
    assert (f.area, f.area_type, f.area_code, f.area_mention) == (
        "Magelang", "city", "33.71", "Kota Magelang")
    assert f.as_of == "2021-11"
    assert f.value_text == "21,54 persen"
    article = Article("Kepesertaan BPJS Ketenagakerjaan Kediri", (LEAD, f.evidence))
    assert article.text[f.value_start : f.value_end] == f.value_text


def test_established_area_and_period_carry_over() -> None:
    body = ("Per Februari 2025 peserta aktif di Kabupaten Demak tercatat 80.000 orang. "
            "Sebanyak 20.000 orang di antaranya pekerja rentan yang dilindungi.")
    facts = facts_of(body)
    assert [(f.area, f.as_of, f.segment) for f in facts] == [
        ("Demak", "2025-02", "all"), ("Demak", "2025-02", "vulnerable")]


def test_health_insurance_article_is_off_topic() -> None:
    article = article_from_text(
        "Peserta JKN di Banyumas Tembus 1,7 Juta Jiwa\n\nBPJS Kesehatan mencatat peserta JKN "
        "mencapai 1.712.340 jiwa. Capaian UHC BPJS Kesehatan sudah 98 persen.\n\n"
        "BPJS Ketenagakerjaan juga hadir.")
    ext = extract(article)
    assert not ext.relevant and ext.facts == ()
    assert "Kesehatan" in ext.relevance_reason


def test_published_given_overrides_the_text() -> None:
    article = article_from_text("Judul\n\nJumat, 10 Desember 2021 | 18:24 WIB\n\nIsi.")
    assert extract(article).published == dt.date(2021, 12, 10)
    ext = extract(article, published=dt.date(2020, 1, 2))
    assert (ext.published, ext.published_source) == (dt.date(2020, 1, 2), "given")


def test_empty_article() -> None:
    ext = extract(article_from_text(""))
    assert not ext.relevant and ext.facts == () and ext.published is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_extract_never_raises(text: str) -> None:
    extract(article_from_text("BPJS Ketenagakerjaan peserta\n\n" + text))


UNSEEN_STYLE = """Cakupan Jaminan Sosial Ketenagakerjaan Jateng Capai 28,5 Persen

Semarang (ANTARA) - Pemerintah Provinsi Jawa Tengah mencatat cakupan kepesertaan jaminan sosial \
ketenagakerjaan di provinsi itu mencapai 28,5 persen per akhir Juni 2023, atau sebanyak 5,2 juta \
pekerja dari total 18,3 juta pekerja.

Gubernur Jawa Tengah Ganjar Pranowo di Semarang, Selasa, mengatakan angka tersebut naik dibanding \
tahun lalu yang hanya 25 persen.

"Untuk pekerja sektor informal, cakupannya masih rendah, yakni 9,8 persen," katanya.

Pembangunan jalan tol mencapai 80 persen dan menyerap 2.000 tenaga kerja lokal.
"""


def test_an_article_written_for_this_test() -> None:
    ext = extract(article_from_text(UNSEEN_STYLE))
    got = [(f.area, f.metric, f.segment, f.value, f.unit, f.as_of) for f in ext.facts]
    assert got == [
        ("Jawa Tengah", "coverage_rate", "all", 28.5, "percent", "2023-06"),
        ("Jawa Tengah", "participants", "all", 5_200_000, "count", "2023-06"),
        ("Jawa Tengah", "workforce", "all", 18_300_000, "count", "2023-06"),
        # "tahun lalu" with no publication date on the page: the year is unknowable.
        ("Jawa Tengah", "coverage_rate", "all", 25.0, "percent", None),
        ("Jawa Tengah", "coverage_rate", "informal", 9.8, "percent", "2023-06"),
    ]
    assert ext.published is None and ext.published_source == "unknown"


def facts_of_text(text: str) -> list[tuple]:
    """(area, area_type, metric, segment, value, as_of) of each fact of a plain-text article."""
    return [(f.area, f.area_type, f.metric, f.segment, f.value, f.as_of)
            for f in extract(article_from_text(text)).facts]


def test_list_items_take_the_metric_of_their_header() -> None:
    text = ("Data Kepesertaan BPJS Ketenagakerjaan Kabupaten Sragen\n\nSelasa, 15 Oktober 2024\n\n"
            "Berikut rincian data kepesertaan Kabupaten Sragen per September 2024:\n\n"
            "- Penerima upah (PU): 61.230 orang\n- Bukan penerima upah (BPU): 29.882 orang\n"
            "- Pertumbuhan peserta: 5,1 persen\n- Iuran diterima: Rp 86,3 miliar\n")
    assert facts_of_text(text) == [
        ("Sragen", "regency", "participants", "wage_earner", 61230.0, "2024-09"),
        ("Sragen", "regency", "participants", "non_wage_earner", 29882.0, "2024-09"),
    ]


def test_labour_statistics_periods_do_not_date_bpjs_figures() -> None:
    text = ("Kepesertaan BPJS Ketenagakerjaan Jateng\n\nSelasa, 22 Oktober 2024\n\n"
            "Per September 2024 peserta aktif BPJS Ketenagakerjaan di Jawa Tengah 4,61 juta orang. "
            "Menurut data BPS Agustus 2024, penduduk bekerja di Jawa Tengah 19,51 juta orang. "
            "Jumlah pemberi kerja yang terdaftar tercatat 120.000 perusahaan.")
    assert facts_of_text(text) == [
        ("Jawa Tengah", "province", "participants", "all", 4_610_000.0, "2024-09"),
        ("Jawa Tengah", "province", "employed", "all", 19_510_000.0, "2024-08"),
        ("Jawa Tengah", "province", "employers", "all", 120_000.0, "2024-09"),
    ]


def test_speaker_office_and_comparison_sets_are_not_the_area() -> None:
    text = ("Perlindungan PMI Lombok Timur\n\nSelasa, 27 Mei 2025\n\n"
            "Pemerintah Kabupaten Lombok Timur memperluas kepesertaan BPJS Ketenagakerjaan. "
            "Lombok Timur merupakan daerah asal PMI terbesar di NTB. "
            "Kepala BPJS Ketenagakerjaan Cabang Selong menyampaikan, sepanjang 2024 pihaknya "
            "membayarkan santunan kepada 63 ahli waris PMI dengan nilai total Rp5,04 miliar.")
    assert facts_of_text(text) == [
        ("Lombok Timur", "regency", "claims", "migrant", 63.0, "2024"),
        ("Lombok Timur", "regency", "benefits_paid", "migrant", 5_040_000_000.0, "2024"),
    ]


def test_a_ceremony_is_no_claim_count() -> None:
    text = ("BPJS Ketenagakerjaan Palu\n\nKamis, 6 Maret 2025\n\nPeserta BPJS Ketenagakerjaan di "
            "Kota Palu kini 37.815 orang. Di akhir acara, BPJS Ketenagakerjaan menyerahkan "
            "santunan kematian kepada 2 ahli waris peserta.")
    assert facts_of_text(text) == [("Palu", "city", "participants", "all", 37815.0, "2025-03")]


def test_numbered_list_of_branches() -> None:
    text = ("Lima Cabang BPJS Ketenagakerjaan di Riau\n\nRabu, 12 Juni 2024 09:30 WIB\n\n"
            "Lima kantor cabang BPJS Ketenagakerjaan di Provinsi Riau mencatat total 1.104.520 "
            "peserta aktif hingga Mei 2024.\n\nBerikut rinciannya:\n\n"
            "1. Cabang Pekanbaru Kota: 412.300 peserta\n2. Cabang Dumai: 151.200 peserta\n")
    assert facts_of_text(text) == [
        ("Riau", "province", "participants", "all", 1_104_520.0, "2024-05"),
        ("Pekanbaru Kota", "branch", "participants", "all", 412_300.0, "2024-05"),
        ("Dumai", "branch", "participants", "all", 151_200.0, "2024-05"),
    ]


def test_text_table_and_claim_list() -> None:
    text = ("Data Kepesertaan BPJS Ketenagakerjaan Kota Bandung 2024\n\n"
            "Senin, 3 Maret 2025 | 10:00 WIB\n\n"
            "Berikut data kepesertaan BPJS Ketenagakerjaan di Kota Bandung sepanjang 2024.\n\n"
            "Segmen | Peserta aktif\nPenerima upah | 512.340\nTotal | 652.325\n\n"
            "Klaim JHT sepanjang 2024:\n- Jumlah kasus: 61.200\n- Nilai klaim: Rp 1,1 triliun\n")
    assert facts_of_text(text) == [
        ("Bandung", "city", "participants", "wage_earner", 512_340.0, "2024"),
        ("Bandung", "city", "participants", "all", 652_325.0, "2024"),
        ("Bandung", "city", "claims", "all", 61_200.0, "2024"),
        ("Bandung", "city", "benefits_paid", "all", 1.1e12, "2024"),
    ]


def test_village_page_with_number_words_and_no_year() -> None:
    text = ("Pemdes Sukamaju Lindungi Seluruh Perangkat Desa\n\n"
            "Diposting oleh Admin | Rabu (15/1)\n\n"
            "Pemerintah Desa Sukamaju, Kecamatan Cisarua, Kabupaten Bogor, mendaftarkan seluruh "
            "perangkat desanya yang berjumlah dua belas orang ke program BPJS Ketenagakerjaan.\n\n"
            "Pada tahun 2025 ini desa juga mendaftarkan seratus dua puluh buruh tani sebagai "
            "peserta pekerja rentan.\n")
    ext = extract(article_from_text(text))
    assert (ext.published, ext.published_source) == (dt.date(2025, 1, 15), "weekday")
    assert [(f.area, f.area_type, f.metric, f.segment, f.value) for f in ext.facts] == [
        ("Sukamaju", "village", "participants", "village_apparatus", 12.0),
        ("Sukamaju", "village", "participants", "vulnerable", 120.0),
    ]


def test_list_of_areas_shares_the_metric_and_keeps_the_region() -> None:
    text = ("Kanwil Sumbagsel Kejar Cakupan\n\nKompas.com - 14/05/2024, 08:00 WIB\n\n"
            "Deputi Direktur BPJS Ketenagakerjaan Wilayah Sumbagsel menjawab pertanyaan.\n\n"
            "Per April 2024 ada 3,42 juta peserta aktif. Sumatera Selatan paling banyak dengan "
            "1,31 juta, lalu Lampung 1,02 juta.\n\nRata-rata cakupan baru 31 persen.\n")
    assert facts_of_text(text) == [
        ("Sumbagsel", "regional_office", "participants", "all", 3_420_000.0, "2024-04"),
        ("Sumatera Selatan", "province", "participants", "all", 1_310_000.0, "2024-04"),
        ("Lampung", "province", "participants", "all", 1_020_000.0, "2024-04"),
        ("Sumbagsel", "regional_office", "coverage_rate", "all", 31.0, "2024-04"),
    ]


def test_jkp_recipients_are_claims_and_bps_shares_are_no_rates() -> None:
    text = ("BPJS Ketenagakerjaan Padang Bayarkan Manfaat JKP\n\nPadang, 20 Januari 2025 - "
            "BPJS Ketenagakerjaan Cabang Padang sepanjang 2024 membayarkan manfaat JKP kepada "
            "1.120 peserta yang terkena PHK dengan total Rp8,2 miliar.\n\nBerdasarkan data BPS "
            "Agustus 2024, penduduk bekerja di Kota Padang sebanyak 480 ribu orang, dengan 64 "
            "persen di antaranya pekerja informal.\n")
    assert facts_of_text(text) == [
        ("Padang", "branch", "claims", "all", 1120.0, "2024"),
        ("Padang", "branch", "benefits_paid", "all", 8_200_000_000.0, "2024"),
        ("Padang", "city", "employed", "all", 480_000.0, "2024-08"),
    ]
