"""Area and period shapes of real news (issue 13, helper r13b), each on a made-up paraphrase in
other words and other places than the article that revealed it."""

from __future__ import annotations

from transforms.extract import extract
from transforms.text import article_from_text


def facts_of_text(text: str) -> list[tuple]:
    """(area, metric, value, as_of) of each fact of a plain-text article."""
    return [(f.area, f.metric, f.value, f.as_of)
            for f in extract(article_from_text(text)).facts]


def test_an_undated_stock_is_dated_to_the_publication_month() -> None:
    text = ("Perlindungan Pekerja di Kota Palu\n\nKamis, 12 Maret 2026\n\n"
            "Jumlah peserta BPJS Ketenagakerjaan di Kota Palu mencapai 41.000 orang.\n")
    assert facts_of_text(text) == [("Palu", "participants", 41_000.0, "2026-03")]


def test_an_undated_stock_in_an_undated_article_stays_unknown() -> None:
    text = ("Perlindungan Pekerja di Kota Palu\n\n"
            "Jumlah peserta BPJS Ketenagakerjaan di Kota Palu mencapai 41.000 orang.\n")
    assert facts_of_text(text) == [("Palu", "participants", 41_000.0, None)]


def test_periods_of_a_series_a_range_and_a_month_after_its_year() -> None:
    text = ("Peserta BPJS Ketenagakerjaan Kota Bitung\n\nKamis, 12 Maret 2026\n\n"
            "Pada 2019 peserta aktif BPJS Ketenagakerjaan di Kota Bitung 8.100 orang, lalu naik "
            "menjadi 9.700 orang setahun kemudian.\n\n"
            "Sejak awal tahun 2018 hingga saat ini, peserta aktif di Kota Bitung 12.000 orang.\n\n"
            "Sementara pada 2025 hingga bulan Mei ada 11 ribu tenaga kerja aktif di Bitung.\n\n"
            "Jumlah pekerja yang terdaftar mencapai 12.500 orang di 2026 atau meningkat dari "
            "10.100 pekerja pada Maret 2025.\n")
    assert facts_of_text(text) == [
        ("Bitung", "participants", 8_100.0, "2019"),
        ("Bitung", "participants", 9_700.0, "2020"),
        ("Bitung", "participants", 12_000.0, "2026-03"),
        ("Bitung", "participants", 11_000.0, "2025-05"),
        ("Bitung", "participants", 12_500.0, "2026"),
        ("Bitung", "participants", 10_100.0, "2025-03"),
    ]


def test_a_later_data_sentence_dates_the_figures_said_now() -> None:
    text = ("Perlindungan Pekerja di Provinsi Jambi\n\nSenin, 9 November 2026\n\n"
            "Kepala Cabang mengatakan, hanya 27 persen pekerja di Provinsi Jambi yang terlindungi "
            "BPJS Ketenagakerjaan. Hal ini berdasarkan data BPJS Ketenagakerjaan per Agustus "
            "2026.\n\nPeserta aktif di Provinsi Jambi per Oktober 2026 sebanyak 400 ribu orang.\n")
    assert facts_of_text(text) == [
        ("Jambi", "coverage_rate", 27.0, "2026-08"),
        ("Jambi", "participants", 400_000.0, "2026-10"),
    ]


def test_a_figure_restated_with_its_month_takes_that_month() -> None:
    text = ("Peserta BPJS Ketenagakerjaan di Kota Kendari\n\nSenin, 9 November 2026\n\n"
            "Tercatat jumlah pekerja di Kota Kendari yang terdaftar sebagai peserta BPJS "
            "Ketenagakerjaan mencapai 61 ribu orang.\n\n\"Sampai Agustus 2026, jumlahnya telah "
            "mencapai 61 ribu peserta,\" ujarnya.\n")
    assert facts_of_text(text) == [("Kendari", "participants", 61_000.0, "2026-08")]


def test_saat_ini_right_after_a_dated_intro_means_then() -> None:
    text = ("Cakupan Jaminan Sosial di Sulawesi Tenggara\n\nSenin, 5 Januari 2026\n\n"
            "Hingga 30 November 2025, perlindungan pekerja di Sulawesi Tenggara terus naik. "
            "Saat ini 39 persen pekerja di Sulawesi Tenggara terlindungi BPJS Ketenagakerjaan.\n\n"
            "Menurut dia, saat ini peserta aktif di Sulawesi Tenggara 310 ribu orang.\n")
    assert facts_of_text(text) == [
        ("Sulawesi Tenggara", "coverage_rate", 39.0, "2025-11"),
        ("Sulawesi Tenggara", "participants", 310_000.0, "2026-01"),
    ]


def test_the_ministrys_figures_in_a_province_headlined_article_are_national() -> None:
    text = ("Peserta BPJS Ketenagakerjaan: Jambi Tertinggi\n\nSenin, 9 November 2026\n\n"
            "Peserta aktif di Provinsi Jambi per Oktober 2026 sebanyak 400 ribu orang.\n\n"
            "Data Kemnaker mencatat 41 juta pekerja terdaftar per Oktober 2026. Jumlah itu "
            "terdiri atas 27 juta peserta penerima upah dan 9 juta peserta bukan penerima upah.\n")
    assert [(a, m, v) for a, m, v, _ in facts_of_text(text)] == [
        ("Jambi", "participants", 400_000.0),
        ("Indonesia", "participants", 41_000_000.0),
        ("Indonesia", "participants", 27_000_000.0),
        ("Indonesia", "participants", 9_000_000.0),
    ]


def test_the_town_of_a_venue_is_not_the_figures_area() -> None:
    text = ("Kanwil BPJS Ketenagakerjaan Sulawesi Maluku Gelar Temu Media\n\n"
            "Senin, 9 November 2026\n\n"
            "Dalam acara temu media di Hotel Melati, Kendari, Kepala Kanwil menyampaikan bahwa "
            "peserta BPJS Ketenagakerjaan yang terdaftar mencapai 2,4 juta orang.\n")
    assert [(a, m, v) for a, m, v, _ in facts_of_text(text)] == [
        ("Sulawesi Maluku", "participants", 2_400_000.0)]


def test_in_a_ranking_each_value_takes_the_place_before_it() -> None:
    text = ("Cakupan BPJS Ketenagakerjaan di Sulawesi Utara\n\nSenin, 9 November 2026\n\n"
            "\"Bitung memiliki cakupan tertinggi sebesar 66 persen dan Kabupaten Sitaro memiliki "
            "cakupan terendah 19 persen,\" ujarnya.\n\n"
            "Minahasa paling rendah, hanya 12 persen, ketimbang Kota Tomohon yang mencapai 48 "
            "persen.\n")
    assert [(a, m, v) for a, m, v, _ in facts_of_text(text)] == [
        ("Bitung", "coverage_rate", 66.0),
        ("Kepulauan Siau Tagulandang Biaro", "coverage_rate", 19.0),
        ("Minahasa", "coverage_rate", 12.0),
        ("Tomohon", "coverage_rate", 48.0),
    ]



def test_a_sentence_ending_on_the_highest_place_gives_it_the_next_figures() -> None:
    text = ("Kepesertaan BPJS Ketenagakerjaan Sulawesi Maluku\n\nSenin, 9 November 2026\n\n"
            "Asisten Deputi BPJS Ketenagakerjaan Wilayah Sulawesi Maluku, Rina, mengatakan "
            "kepesertaan tertinggi di Sulawesi Tenggara.\n\n"
            "Sebanyak 412.000 atau 61 persen dari 675.400 potensi peserta.\n")
    assert {a for a, _, _, _ in facts_of_text(text)} == {"Sulawesi Tenggara"}


def test_a_national_target_quoted_for_a_region_is_the_regions() -> None:
    text = ("Cakupan BPJS Ketenagakerjaan Kota Palu\n\nSenin, 9 November 2026\n\n"
            "Cakupan kepesertaan di Kota Palu baru 44 persen, masih di bawah target nasional "
            "sebesar 60 persen.\n")
    facts = extract(article_from_text(text)).facts
    assert [(f.area, f.value, f.is_target) for f in facts] == [
        ("Palu", 44.0, False), ("Palu", 60.0, True)]


def test_a_regency_followed_by_its_province_is_the_area() -> None:
    text = ("Peserta BPJS Ketenagakerjaan di Sulawesi Barat\n\nSenin, 9 November 2026\n\n"
            "Jumlah peserta BPJS Ketenagakerjaan di wilayah Kabupaten Mamuju, Provinsi Sulawesi "
            "Barat mencapai 31 ribu jiwa.\n\n"
            "Pemerintah Kabupaten Majene, Sulawesi Barat mendaftarkan 2.150 pekerja rentan dalam "
            "program BPJS Ketenagakerjaan.\n")
    assert [(a, v) for a, _, v, _ in facts_of_text(text)] == [
        ("Mamuju", 31_000.0), ("Majene", 2_150.0)]


def test_the_town_a_person_speaks_in_is_no_area() -> None:
    text = ("Perusahaan di Paser Daftar BPJS Ketenagakerjaan\n\nSenin, 9 November 2026\n\n"
            "\"Saat ini 96 perusahaan di kabupaten ini sudah menjadi peserta,\" jelas Rudi di "
            "Kutai Barat, usai rapat.\n\n"
            "Sebanyak 8.700 pekerja dari perusahaan itu terdaftar sebagai peserta BPJS "
            "Ketenagakerjaan.\n")
    assert "Kutai Barat" not in {a for a, _, _, _ in facts_of_text(text)}


def test_a_bare_year_after_a_figure_of_a_series_dates_it() -> None:
    text = ("Peserta BPJS Ketenagakerjaan Nasional\n\nKamis, 12 Maret 2026\n\n"
            "Pada 2019 tercatat 21,4 juta peserta aktif, 23,9 juta peserta aktif 2020, dan "
            "25,1 juta per Juni 2021.\n")
    assert [(v, p) for _, _, v, p in facts_of_text(text)] == [
        (21_400_000.0, "2019"), (23_900_000.0, "2020"), (25_100_000.0, "2021-06")]


def test_the_year_of_a_figure_that_is_no_fact_dates_nothing_after_it() -> None:
    text = ("Peserta BPJS Ketenagakerjaan Kota Ambon\n\nKamis, 12 Maret 2026\n\n"
            "Penerimaan iuran di Kota Ambon sebesar Rp410 miliar pada tahun 2025.\n\n"
            "Peserta BPJS Ketenagakerjaan di Kota Ambon terdiri dari pekerja formal 61 ribu "
            "orang.\n")
    assert [(v, p) for _, _, v, p in facts_of_text(text)] == [(61_000.0, "2026-03")]


def test_the_year_of_the_figure_a_rate_becomes_is_not_its_own() -> None:
    text = ("Cakupan BPJS Ketenagakerjaan Kabupaten Kendal\n\nKamis, 12 Maret 2026\n\n"
            "Kepala cabang menargetkan peningkatan kepesertaan dari 38 persen menjadi 55 persen "
            "pada tahun 2027 di Kabupaten Kendal.\n")
    facts = extract(article_from_text(text)).facts
    assert [(f.value, f.is_target, f.as_of) for f in facts] == [
        (38.0, False, "2026-03"), (55.0, True, None)]


def test_a_place_of_speaking_with_pada_and_a_weekday_is_no_area() -> None:
    text = ("Peserta BPJS Ketenagakerjaan di Maluku Utara\n\nKamis, 12 Maret 2026\n\n"
            "BPJS Ketenagakerjaan melaporkan peserta aktif di Provinsi Maluku Utara mencapai "
            "98.000 orang. Data ini diungkapkan oleh Kepala BPJS Ketenagakerjaan Cabang "
            "Ternate, Rudi Hartono, di Ternate pada Sabtu lalu.\n\n"
            "Tercatat 41.000 tenaga kerja formal yang aktif menjadi peserta.\n")
    assert {a for a, _, _, _ in facts_of_text(text)} == {"Maluku Utara"}


def test_an_earlier_point_compared_with_is_not_carried() -> None:
    text = ("Cakupan BPJS Ketenagakerjaan Kabupaten Lahat\n\nKamis, 18 September 2025\n\n"
            "Cakupan perlindungan di Kabupaten Lahat hingga Juli 2025 telah mencapai 48 persen.\n\n"
            "\"Capaian ini naik dari posisi Desember 2024 yang hanya mencapai 41 persen,\" "
            "katanya.\n\nJumlah peserta aktif di Kabupaten Lahat mencapai 51 ribu orang.\n")
    assert [(v, p) for _, _, v, p in facts_of_text(text)] == [
        (48.0, "2025-07"), (41.0, "2024-12"), (51_000.0, "2025-07")]


def test_a_programme_listed_after_a_branchs_figure_is_no_branch() -> None:
    text = ("Kepesertaan BPJS Ketenagakerjaan Cabang Kendari\n\nKamis, 12 Maret 2026\n\n"
            "Peserta aktif BPJS Ketenagakerjaan Cabang Kendari mencapai 61 ribu orang.\n\n"
            "Kantor Cabang Kendari membayar klaim Jaminan Hari Tua sebanyak 5.200 kasus, "
            "Jaminan Kematian sebanyak 310 kasus.\n")
    assert {a for a, _, _, _ in facts_of_text(text)} == {"Kendari"}
