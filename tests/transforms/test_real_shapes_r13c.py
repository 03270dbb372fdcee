"""Issue 13, area shapes of real news, each tested on a paraphrase written for the test
(other words, other places, other values)."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of


def test_places_listed_each_with_its_share_beat_the_province_named_first() -> None:
    got = facts_of(
        "Di wilayah Provinsi Jawa Tengah terdapat kabupaten yang memiliki cakupan "
        "kepesertaan tertinggi yaitu Kabupaten Kudus sebesar 51,17 persen, Kabupaten Pati "
        "sebesar 50,75 persen dan Rembang sebesar 49,43 persen."
    )
    assert ("Kudus", "coverage_rate", "all", 51.17, False) in got
    assert ("Pati", "coverage_rate", "all", 50.75, False) in got
    assert ("Rembang", "coverage_rate", "all", 49.43, False) in got
    assert not any(f[0] == "Jawa Tengah" for f in got)


def test_a_bare_island_regency_leading_its_figures_in_a_list() -> None:
    got = facts_of(
        "Di Kepulauan Anambas tujuh perusahaan dengan tenaga kerja sebanyak 152 orang, "
        "Meranti 14 perusahaan dan 313 tenaga kerja serta Mentawai 12 perusahaan dengan "
        "68 tenaga kerja."
    )
    assert ("Kepulauan Meranti", "employers", "all", 14, False) in got
    assert ("Kepulauan Meranti", "participants", "all", 313, False) in got
    assert ("Kepulauan Mentawai", "employers", "all", 12, False) in got
    assert ("Kepulauan Mentawai", "participants", "all", 68, False) in got


def test_the_country_a_best_region_is_compared_in_is_not_its_area() -> None:
    got = facts_of(
        "Disebutkan, Sikka menjadi kabupaten dengan capaian cakupan paling kecil, sebab baru "
        "sebesar 4 % dibanding Kabupaten Ende yang telah mencapai 85 % dan sempat menjadi "
        "wilayah terbaik di Indonesia."
    )
    assert ("Sikka", "coverage_rate", "all", 4, False) in got
    assert ("Ende", "coverage_rate", "all", 85, False) in got


def test_the_speaking_office_is_the_local_area_and_a_lower_case_start_splits() -> None:
    got = facts_of(
        "Kegiatan itu digelar di Palembang. Adapun Deputi Direktur BPJS Ketenagakerjaan "
        "Wilayah Sumbagsel Andi menerangkan, baru 1,2 juta pekerja yang terdaftar sebagai "
        "peserta di wilayah setempat hingga April 2024 dari total 5 juta pekerja. "
        "kepesertaan di wilayah Lampung kini ada sekitar 210 ribu peserta.",
        title="BPJS Ketenagakerjaan Sumbagsel gelar sosialisasi",
    )
    assert ("Sumbagsel", "participants", "all", 1_200_000, False) in got
    assert ("Sumbagsel", "workforce", "all", 5_000_000, False) in got
    assert ("Lampung", "participants", "all", 210_000, False) in got


def test_a_bare_place_before_its_share_beats_the_lowest_place_named_after_it() -> None:
    got = facts_of(
        "Ia menyebut, cakupan tertinggi di Provinsi Sulawesi Tenggara ada di Kota Kendari "
        "mencapai 66 persen, berikutnya Kabupaten Kolaka 52 persen, Konawe Selatan 47 persen "
        "dan terendah di Kabupaten Buton Utara 12 persen."
    )
    assert ("Konawe Selatan", "coverage_rate", "all", 47, False) in got
    assert ("Buton Utara", "coverage_rate", "all", 12, False) in got


def test_a_province_after_the_venue_of_a_talk_is_no_area() -> None:
    got = facts_of(
        "Hingga akhir 2023, jumlah peserta mencapai 31 juta orang pekerja. "
        "\"Kami terus memperluas perlindungan,\" papar Budi di Gedung Menara Sentosa, "
        "Jakarta, Kamis (12/10/2023).",
        title="Dana kelolaan BPJS Ketenagakerjaan terus tumbuh",
    )
    assert ("Indonesia", "participants", "all", 31_000_000, False) in got


def test_a_count_larger_than_any_region_is_national_and_so_is_its_breakdown() -> None:
    got = facts_of(
        "Kepala Kantor Wilayah BPJS Ketenagakerjaan Jawa Timur, Rudi, mengatakan pihaknya "
        "ikut mengejar target melindungi 60 juta pekerja pada 2027. Kini tercatat 42 juta "
        "peserta aktif. Jumlah ini terdiri atas 30 juta peserta penerima upah dan 8 juta "
        "peserta bukan penerima upah.",
        title="BPJS Ketenagakerjaan Jawa Timur kejar target",
    )
    assert ("Indonesia", "participants", "all", 60_000_000, True) in got
    assert ("Indonesia", "participants", "all", 42_000_000, False) in got
    assert ("Indonesia", "participants", "wage_earner", 30_000_000, False) in got
    assert ("Indonesia", "participants", "non_wage_earner", 8_000_000, False) in got


def test_each_clause_of_a_regional_round_up_takes_its_own_province() -> None:
    got = facts_of(
        "Peserta untuk wilayah Jambi kini ada sekitar 210 ribu peserta, sedangkan Bengkulu, "
        "ada lebih 98 ribu peserta yang terdaftar."
    )
    assert ("Jambi", "participants", "all", 210_000, False) in got
    assert ("Bengkulu", "participants", "all", 98_000, False) in got


def test_a_regency_given_as_an_example_does_not_move_the_article() -> None:
    got = facts_of(
        "Cakupan kepesertaan di Jambi terus didorong. Daerah baru seperti Tebo masih "
        "terkendala pendataan pekerja.\n\n"
        "Saat ini terdapat 9.420 perusahaan yang sudah menjadi peserta BPJS Ketenagakerjaan.",
        title="BPJS Ketenagakerjaan dorong cakupan di Jambi",
    )
    assert ("Jambi", "employers", "all", 9420, False) in got


def test_the_level_of_a_prize_is_no_area() -> None:
    got = facts_of(
        "Pemerintah Kabupaten Ogan Ilir terus menambah peserta. \"Setelah melindungi 9.300 "
        "peserta dan meraih juara II Paritrana Award 2024 tingkat Provinsi Sumsel, kami "
        "lanjutkan pendaftaran,\" kata Sekda.",
        title="Pemkab Ogan Ilir genjot kepesertaan",
    )
    assert {f[0] for f in got if f[3] == 9300} == {"Ogan Ilir"}


def test_a_bank_named_after_two_provinces_names_neither() -> None:
    got = facts_of(
        "Peserta bukan penerima upah di Jambi terus bertambah. Bantuan iuran diberikan "
        "oleh Bank Jambi Bengkulu kepada 7.500 peserta bukan penerima upah di wilayah itu.",
        title="Peserta BPU di Jambi bertambah",
    )
    assert {f[0] for f in got if f[3] == 7500} == {"Jambi"}


def test_the_place_with_the_most_participants_holds_the_figure_right_after_it() -> None:
    got = facts_of(
        "Peserta aktif terbanyak di Kota Bitung 38.400 orang. Sementara itu, Kabupaten "
        "Minahasa Utara mencatat 11.200 peserta."
    )
    assert ("Bitung", "participants", "all", 38_400, False) in got
    assert ("Minahasa Utara", "participants", "all", 11_200, False) in got


def test_places_and_figures_given_respectively_pair_in_order() -> None:
    got = facts_of(
        "Dua daerah terendah yakni Kabupaten Bone Bolango dan Pohuwato di Gorontalo yang "
        "cakupannya masing-masing 21 persen dan 26 persen."
    )
    assert ("Bone Bolango", "coverage_rate", "all", 21, False) in got
    assert ("Pohuwato", "coverage_rate", "all", 26, False) in got


def test_one_figure_shared_by_two_places_is_a_fact_of_each() -> None:
    got = facts_of(
        "Sulawesi Barat sekitar 35 persen, Gorontalo dan Sulawesi Tengah masing-masing "
        "sekitar 30 persen, serta Sulawesi Tenggara menjadi yang terendah dengan 22 persen."
    )
    assert ("Gorontalo", "coverage_rate", "all", 30, False) in got
    assert ("Sulawesi Tengah", "coverage_rate", "all", 30, False) in got
    assert ("Sulawesi Tenggara", "coverage_rate", "all", 22, False) in got


def test_the_city_most_participants_come_from_does_not_become_the_article_area() -> None:
    got = facts_of(
        "Peserta BPJS Ketenagakerjaan di Sulawesi Tengah baru tercatat 210.400 orang.\n\n"
        "\"Peserta terbanyak berasal dari Kota Palu mencapai 55 persen,\" kata Rudi.\n\n"
        "Hingga kini, kata dia, baru terdapat 4120 perusahaan yang mendaftarkan pekerjanya.",
        title="Peserta BPJS Ketenagakerjaan Sulteng masih rendah",
    )
    assert ("Palu", "participants", "all", 55, False) in got
    assert ("Sulawesi Tengah", "employers", "all", 4120, False) in got


def test_the_city_of_a_branch_named_in_passing_leaves_the_branch_the_article_area() -> None:
    got = facts_of(
        "Kepala BPJS Ketenagakerjaan Cabang Semarang Pemuda, Rina, mengatakan peserta "
        "penerima upah telah mencapai 120 ribu pekerja. Capaian ini didukung Pemerintah "
        "Kota Semarang. Dari target 90 ribu pekerja, saat ini baru 41 ribu yang terlindungi.",
        title="BPJS Ketenagakerjaan Semarang Pemuda genjot kepesertaan",
    )
    assert {f[0] for f in got if f[3] in (90_000, 41_000)} == {"Semarang Pemuda"}


def test_two_places_joined_before_one_figure_of_a_ranking_both_have_it() -> None:
    got = facts_of(
        "Kota Kendari tertinggi dengan cakupan 80 persen, diikuti Kabupaten Kolaka 61 persen, "
        "Konawe Selatan dan Buton Utara (Butur) 58 persen, dan terendah di Wakatobi 9 persen."
    )
    assert ("Konawe Selatan", "coverage_rate", "all", 58, False) in got
    assert ("Buton Utara", "coverage_rate", "all", 58, False) in got
    assert ("Wakatobi", "coverage_rate", "all", 9, False) in got
