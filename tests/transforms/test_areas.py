"""Area mentions in sentences and the choice of the area a figure describes."""

from __future__ import annotations

import pytest

from transforms.area_choice import choose, establishing
from transforms.areas import find_mentions

MENTION_CASES = [
    ("Kepala Kantor BPJS Ketenagakerjaan Cabang Semarang Majapahit Farah Diana mengatakan",
     [("Semarang Majapahit", "branch")]),
    ("jumlah pekerja di Kota dan Kabupaten Kediri yang terlindungi", [("Kediri", "regency")]),
    ("Saat ini Kota Magelang kepesertaan sudah hampir 60 persen", [("Magelang", "city")]),
    ("Pada saat 2025 Indonesia Emas, bisa berharap", []),
    ("di PO Hotel Semarang, Kamis", []),
    ("SEMARANG, suaramerdeka-kedu.com - BPJS", []),
    ("Jakarta (ANTARA) - BPJS Ketenagakerjaan mencatat", []),
    ("Direktur Utama di Jakarta, Senin, mengatakan", []),
    ("pekerja migran Indonesia atau P3MI", []),
    ("secara nasional", [("Indonesia", "national")]),
    # the abbreviation in brackets names the same province again: one mention
    ("Pemerintah Provinsi Jawa Tengah (Jateng) bekerja", [("Jawa Tengah", "province")]),
    ("Kab. Demak dan Kota Magelang", [("Demak", "regency"), ("Magelang", "city")]),
    ("di Kecamatan Kroya sebanyak 1.200 pekerja", [("Kroya", "district")]),
    ("di Desa Karangkandri, Kecamatan Kesugihan", [("Karangkandri", "village"),
                                                   ("Kesugihan", "district")]),
    ("Yakni Kecamatan Pedurungan, Semarang Timur dan Gayamsari", [("Pedurungan", "district")]),
    ("peserta di Jateng-DIY sebanyak", [("Jateng-DIY", "regional_office")]),
    ("cakupan se-Jawa Tengah baru 26 persen", [("Jawa Tengah", "province")]),
    # An office's abbreviation in brackets after its type words is no name.
    ("BPJS Ketenagakerjaan Kantor Cabang Perintis (KCP) Wonosari mencatat",
     [("Wonosari", "branch")]),
    ("Kantor Cabang (KC) Kudus", [("Kudus", "branch")]),
    ("", []),
]


@pytest.mark.parametrize(("sentence", "expected"), MENTION_CASES)
def test_find_mentions(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.record.name, m.record.area_type) for m in find_mentions(sentence)]
    assert got == expected


def test_office_name_after_bpjs_words_is_the_article_branch() -> None:
    (m,) = find_mentions("Media Gathering BPJamsostek Kediri", {"Kediri"})
    assert (m.record.name, m.record.area_type) == ("Kediri", "branch")
    (bare,) = find_mentions("bupati di Kediri", {"Kediri"})
    assert bare.record.area_type == "regency"


def test_both_regency_and_city_is_the_article_branch() -> None:
    (m,) = find_mentions("di Kota dan Kabupaten Kediri yang", {"Kediri"})
    assert (m.record.name, m.record.area_type) == ("Kediri", "branch")


def test_locative_beats_the_speakers_branch() -> None:
    s = ("Kepala BPJS Ketenagakerjaan Cabang Denpasar, I Nyoman Suarjaya, mengatakan jumlah "
         "peserta aktif di Bali tercatat 812.540 pekerja")
    mentions = find_mentions(s)
    assert choose(mentions, s.index("812")).record.name == "Bali"
    assert establishing(mentions).record.name == "Bali"


def test_explicit_mention_after_the_number_in_the_same_clause() -> None:
    s = ("BPJS Ketenagakerjaan Jambi menargetkan 55 persen dari jumlah total pekerja di "
         "Provinsi Jambi")
    chosen = choose(find_mentions(s, {"Jambi"}), s.index("55"), s)
    assert (chosen.record.name, chosen.record.area_type) == ("Jambi", "province")


def test_no_mention_no_choice() -> None:
    assert choose([], 0) is None
    assert establishing([]) is None


@pytest.mark.parametrize("sentence", [
    "Pemerintah Kabupaten Kendal, Jawa Tengah mendaftarkan 2.100 pekerja rentan.",
    "Jumlah peserta di wilayah Kabupaten Kendal, Provinsi Jawa Tengah mencapai 12 ribu jiwa.",
])
def test_a_province_written_as_the_address_of_its_regency_is_no_place_of_its_own(
    sentence: str,
) -> None:
    assert [m.record.name for m in find_mentions(sentence)] == ["Kendal"]


def test_a_province_that_is_not_the_parent_is_another_place() -> None:
    names = [m.record.name for m in find_mentions("Peserta di Kabupaten Kendal, Jawa Timur dan "
                                                  "Bali naik.")]
    assert names == ["Kendal", "Jawa Timur", "Bali"]


@pytest.mark.parametrize("sentence", [
    # the outlet after the place, bracketed or not, then the dash
    "Sorong, (Antara Papua) - Sebanyak 12.400 pekerja terdaftar sebagai peserta.",
    "Sorong, Radar Papua - Sebanyak 12.400 pekerja terdaftar sebagai peserta.",
    # the outlet first, a domain or a name, then the place and the dash
    "Papuanews.co, Sorong - Sebanyak 12.400 pekerja terdaftar sebagai peserta.",
    "Warta Timur, Sorong - Sebanyak 12.400 pekerja terdaftar sebagai peserta.",
])
def test_datelines_printed_around_an_outlet_name_are_no_area(sentence: str) -> None:
    assert find_mentions(sentence) == []


def test_a_place_listed_before_others_is_no_dateline() -> None:
    names = [m.record.name for m in find_mentions("Sorong, Manokwari dan Fakfak - tiga daerah "
                                                  "itu - mencatat kenaikan peserta.")]
    assert names == ["Sorong", "Manokwari", "Fakfak"]


def test_the_province_in_an_outlet_name_of_a_dateline_is_no_area() -> None:
    names = [m.record.name for m in find_mentions("Manokwari (ANTARA Papua Barat) - Peserta di "
                                                  "Kabupaten Sorong naik.")]
    assert names == ["Sorong"]


def test_a_branch_named_with_the_city_type_word_is_that_city_branch() -> None:
    mentions = find_mentions("Kantor BPJS Ketenagakerjaan Cabang Kota Sorong mencatat 310 "
                             "perusahaan baru.")
    assert [(m.record.name, m.record.area_type) for m in mentions] == [("Sorong", "branch")]


@pytest.mark.parametrize(("sentence", "names"), [
    # the place, its province and the agency: the province is part of the dateline too
    ("Sorong, Papua Barat Daya (ANTARA) - Pemkab Sorong mendaftarkan 900 pekerja rentan.",
     ["Sorong"]),
    # the place and a day/month before the agency
    ("Ternate, 14/3 (Antara) - BPJS Ketenagakerjaan Malut menargetkan 90.000 pekerja.",
     ["Maluku Utara"]),
    # a dateline alone on its line
    ("Ternate, Malut Pos", []),
    # a sentence that opens with a place and a comma is no dateline
    ("Kota Ternate, Maluku Utara mencatat 1.000 peserta baru.", ["Ternate"]),
])
def test_dateline_heads_name_no_area(sentence: str, names: list[str]) -> None:
    assert [m.record.name for m in find_mentions(sentence)] == names
