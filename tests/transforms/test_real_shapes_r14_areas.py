"""Issue 13 (helper r14-areas), area shapes of real news, each tested on a paraphrase written
for the test (other words, other places, other values)."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of
from transforms.areas import declared_aliases, find_mentions


def test_bracketed_name_after_a_branch_is_its_alias_for_the_rest() -> None:
    got = facts_of(
        "Peserta di Kabupaten Sinjai tercatat 4.120 tenaga kerja. Sementara kepesertaan "
        "Kantor Cabang Bulukumba (Pesisir Timur) seluruhnya berjumlah 88.410 tenaga kerja. "
        "Menurut dia, usaha di Sinjai memang banyak yang kecil. Untuk peserta penerima "
        "upah di Pesisir Timur jumlahnya sekitar 61.000 orang.",
        title="Kepesertaan BPJS Ketenagakerjaan di Sinjai Masih Rendah",
    )
    assert ("Sinjai", "participants", "all", 4120, False) in got
    assert ("Bulukumba", "participants", "all", 88410, False) in got
    assert ("Bulukumba", "participants", "wage_earner", 61000, False) in got
    assert not any(f[0] == "Sinjai" and f[3] == 61000 for f in got)


def test_bracketed_known_place_or_abbreviation_is_no_alias() -> None:
    s = ("Kantor Cabang Buol (Sulteng) dan Kantor Cabang Perintis (KCP) Poso serta "
         "Kantor Wilayah Sumatera Bagian Tengah (Sumbagteng) hadir.")
    assert declared_aliases(s, find_mentions(s)) == {}


def test_alias_is_read_only_after_it_is_declared() -> None:
    s = "Cabang Lamongan (Pantura Timur) mencatat 21.000 peserta."
    aliases = declared_aliases(s, find_mentions(s))
    assert set(aliases) == {"pantura timur"}
    later = find_mentions("Pekerja di Pantura Timur mencapai 9.000 orang.", aliases=aliases)
    assert [(m.record.name, m.record.area_type, m.locative) for m in later] == [
        ("Lamongan", "branch", True)]


def test_one_rate_for_a_list_of_regencies_is_each_ones() -> None:
    got = facts_of(
        "Menurut data BPJS Ketenagakerjaan, Kota Baubau, Kabupaten Konawe, Kolaka dan "
        "Muna tercatat memiliki tingkat kepesertaan di bawah 45%."
    )
    for place in ("Baubau", "Konawe", "Kolaka", "Muna"):
        assert (place, "coverage_rate", "all", 45, False) in got


def test_one_rate_for_a_pair_of_regencies_is_each_ones() -> None:
    got = facts_of(
        "Kabupaten Wakatobi dan Buton memiliki tingkat kepesertaan tertinggi dengan lebih "
        "dari 75% pekerja terlindungi."
    )
    assert ("Wakatobi", "coverage_rate", "all", 75, False) in got
    assert ("Buton", "coverage_rate", "all", 75, False) in got


def test_a_count_for_a_list_of_places_is_not_repeated() -> None:
    got = facts_of(
        "Kota Baubau, Kabupaten Konawe dan Kolaka mencatat 52.300 peserta aktif."
    )
    assert len([f for f in got if f[3] == 52300]) == 1


def test_a_rate_after_a_pair_compared_is_not_repeated() -> None:
    got = facts_of(
        "Selisih antara Kabupaten Konawe dan Kolaka tercatat 12 persen dalam cakupan "
        "kepesertaan."
    )
    assert not ({f[0] for f in got if f[3] == 12} >= {"Konawe", "Kolaka"})


def test_two_rates_for_two_places_are_not_shared() -> None:
    got = facts_of(
        "Kabupaten Konawe dan Kolaka memiliki tingkat kepesertaan 41 persen dan 38 persen."
    )
    assert not ({f[0] for f in got if f[3] == 41} >= {"Konawe", "Kolaka"})


def test_each_figure_of_a_comparison_takes_the_place_after_it() -> None:
    got = facts_of(
        "Tercatat 2,41 juta peserta aktif BPJS Ketenagakerjaan di Sumatera Utara dan 1,38 "
        "juta di Sumatera Selatan."
    )
    assert ("Sumatera Utara", "participants", "all", 2410000, False) in got
    assert ("Sumatera Selatan", "participants", "all", 1380000, False) in got


def test_nation_after_a_superlative_is_the_set_compared() -> None:
    got = facts_of(
        "Menurut wilayah, Jawa Tengah menjadi provinsi dengan peserta aktif BPJS "
        "Ketenagakerjaan terbanyak nasional, yakni sebanyak 5,12 juta orang."
    )
    assert ("Jawa Tengah", "participants", "all", 5120000, False) in got
    assert not any(f[0] == "Indonesia" for f in got)


def test_regional_office_with_bracketed_abbreviation_in_a_title_is_the_speaker() -> None:
    got = facts_of(
        "Potensi peserta di Jambi mencapai 1,42 juta pekerja. Deputi Direktur BPJS "
        "Ketenagakerjaan Wilayah Sumatera Bagian Tengah (Sumbagteng) Rudi Hartono di Kota "
        "Jambi, Rabu (4/9) lalu, mengatakan terdapat 402.115 pekerja per 31 Agustus 2024 "
        "dari total potensi tersebut.",
        title="Kepesertaan BPJS Ketenagakerjaan di Jambi Baru 28 Persen",
    )
    assert ("Jambi", "participants", "all", 402115, False) in got
    assert not any(f[0] == "Sumbagteng" for f in got)


def test_town_an_event_is_held_in_is_no_area() -> None:
    got = facts_of(
        "Peserta aktif di Kabupaten Parigi Moutong mencapai 22.600 orang. Dalam acara yang "
        "digelar di Kota Baubau itu, Bupati menyebut cakupan kepesertaan baru 29 persen.",
        title="Kepesertaan BPJS Ketenagakerjaan di Parigi Moutong",
    )
    assert ("Parigi Moutong", "coverage_rate", "all", 29, False) in got
    assert not any(f[0] == "Baubau" for f in got)


def test_a_persons_former_office_is_no_area() -> None:
    got = facts_of(
        "Mantan Kepala Dinas Sosial Kabupaten Morowali itu merinci, peserta aktif di daerah itu "
        "mencapai 7.350 orang.",
        title="Kepesertaan BPJS Ketenagakerjaan di Buol",
    )
    assert ("Buol", "participants", "all", 7350, False) in got
    got = facts_of("Sebanyak 310 mantan pekerja migran di Kabupaten Banggai terdaftar.")
    assert any(f[0] == "Banggai" and f[3] == 310 for f in got)


def test_bracketed_name_after_the_organisation_and_a_town_is_its_alias() -> None:
    got = facts_of(
        "Peserta di Kabupaten Klaten tercatat 5.300 orang. Kepesertaan BPJamsostek Boyolali "
        "(Merapi Timur) berjumlah 91.200 orang. Usaha di Klaten memang kecil. Peserta "
        "penerima upah di Merapi Timur sekitar 64.000 orang.",
        title="Kepesertaan BPJS Ketenagakerjaan di Klaten",
    )
    assert ("Boyolali", "participants", "wage_earner", 64000, False) in got
    assert not any(f[0] == "Klaten" and f[3] == 64000 for f in got)


def test_each_figure_of_a_longer_comparison_takes_the_place_after_it() -> None:
    got = facts_of(
        "Tercatat 2,41 juta peserta aktif di Sumatera Utara, 1,38 juta di Sumatera Selatan, "
        "sedangkan 1,02 juta di Lampung."
    )
    assert ("Sumatera Utara", "participants", "all", 2410000, False) in got
    assert ("Sumatera Selatan", "participants", "all", 1380000, False) in got
    assert ("Lampung", "participants", "all", 1020000, False) in got


def test_provinces_in_brackets_after_a_regional_office_are_its_territory() -> None:
    got = facts_of(
        "Peserta di Kepri sekitar 380 ribuan, maka total peserta Kanwil Sumbagteng "
        "(Sumbar, Riau dan Kepri) mencapai 3,12 juta.",
        title="Kepesertaan BPJS Ketenagakerjaan di Riau",
    )
    assert ("Kepulauan Riau", "participants", "all", 380000, False) in got
    assert ("Sumbagteng", "participants", "all", 3120000, False) in got


def test_province_after_a_rank_or_superlative_with_se_is_the_set_compared() -> None:
    got = facts_of(
        "Capaian itu menempatkan Kabupaten Bolaang Mongondow Timur di peringkat pertama "
        "se-Sulawesi Utara dengan cakupan 58 persen.",
        title="Kepesertaan BPJS Ketenagakerjaan di Sulawesi Utara",
    )
    assert ("Bolaang Mongondow Timur", "coverage_rate", "all", 58, False) in got
    got = facts_of(
        "Cakupan tertinggi se-Sulawesi Utara dicapai Kabupaten Kepulauan Sangihe dengan 63 persen.",
        title="Kepesertaan BPJS Ketenagakerjaan di Sulawesi Utara",
    )
    assert ("Kepulauan Sangihe", "coverage_rate", "all", 63, False) in got


def test_each_figure_of_a_comparison_joined_by_dan_takes_its_place() -> None:
    got = facts_of("Terdapat 71.000 peserta di Kabupaten Maluku Tengah, 13.000 di Kepulauan Aru "
                   "dan 8.000 di Seram Bagian Timur.")
    assert ("Kepulauan Aru", "participants", "all", 13000, False) in got


def test_a_share_a_list_of_places_makes_up_together_is_not_repeated() -> None:
    for body in (
        "Kota Luwuk dan Kabupaten Banggai menyumbang 58 persen dari total peserta aktif.",
        "Kota Luwuk dan Kabupaten Banggai bersama-sama mencakup 58 persen peserta aktif.",
    ):
        got = facts_of(body)
        assert len([f for f in got if f[3] == 58]) <= 1


def test_region_in_an_institutions_name_is_no_area() -> None:
    for org in ("Bank Pembangunan Daerah Sulawesi Utara", "BPD Sulut",
                "Kepala Kejaksaan Tinggi Sulawesi Utara", "Kejati Sulut"):
        got = facts_of(
            "Peserta aktif di Kabupaten Bombana mencapai 21.300 orang. " + org
            + " menyebut 1.450 pekerja rentan didaftarkan.",
            title="Kepesertaan BPJS Ketenagakerjaan di Bombana",
        )
        assert not any(f[0] == "Sulawesi Utara" for f in got), org


def test_town_an_event_took_place_in_sets_no_area_for_later_figures() -> None:
    for venue in ("Hal itu disampaikan dalam rapat koordinasi di Kota Probolinggo.",
                  "Bupati menerima penghargaan Paritrana Award di Kota Probolinggo.",
                  "Usai pertemuan di Kota Probolinggo, Bupati menyampaikan capaian itu."):
        got = facts_of(
            "Peserta aktif di Kabupaten Sampang mencapai 18.200 orang. " + venue
            + " Cakupan kepesertaan baru 24 persen.",
            title="Kepesertaan BPJS Ketenagakerjaan di Sampang",
        )
        assert ("Sampang", "coverage_rate", "all", 24, False) in got, venue
    got = facts_of("Kegiatan di Kabupaten Bangkalan berhasil mendaftarkan 640 pekerja rentan.")
    assert any(f[0] == "Bangkalan" and f[3] == 640 for f in got)


def test_one_rate_before_the_list_of_places_that_reach_it_is_each_ones() -> None:
    got = facts_of("Cakupan kepesertaan di atas 70 persen dicapai Kabupaten Lamandau dan "
                   "Seruyan.")
    assert ("Lamandau", "coverage_rate", "all", 70, False) in got
    assert ("Seruyan", "coverage_rate", "all", 70, False) in got
    got = facts_of("Ada tiga daerah dengan cakupan di bawah 35 persen, yakni Kabupaten "
                   "Barito Selatan, Kabupaten Lamandau dan Kapuas.")
    for place in ("Barito Selatan", "Lamandau", "Kapuas"):
        assert (place, "coverage_rate", "all", 35, False) in got


def test_a_list_after_a_rate_that_goes_on_is_not_repeated() -> None:
    got = facts_of("Cakupan kepesertaan mencapai 45 persen di Kabupaten Lamandau dan Seruyan, "
                   "lebih tinggi dari tahun lalu.")
    assert len([f for f in got if f[3] == 45]) == 1


def test_press_abbreviations_of_regencies_are_their_regencies() -> None:
    got = facts_of("Peserta aktif di Konsel mencapai 52.300 orang. Peserta aktif di Jaktim "
                   "mencapai 410.200 orang.")
    assert ("Konawe Selatan", "participants", "all", 52300, False) in got
    assert ("Jakarta Timur", "participants", "all", 410200, False) in got


def test_a_regencys_abbreviation_in_brackets_is_no_second_place() -> None:
    got = facts_of("Cakupan tertinggi di Kabupaten Paser 81 persen, Kabupaten Kutai Barat 74 "
                   "persen, Kutai Timur dan Kutai Kartanegara (Kukar) 52 persen.")
    assert ("Kutai Timur", "coverage_rate", "all", 52, False) in got
    assert ("Kutai Kartanegara", "coverage_rate", "all", 52, False) in got


def test_coverage_jargon_is_no_regency() -> None:
    got = facts_of("Di Kabupaten Paser, realisasi pekerja penerima upah (PPU) mencapai 47 "
                   "persen.", title="Kepesertaan BPJS Ketenagakerjaan di Paser")
    assert any(f[0] == "Paser" and f[3] == 47 for f in got)


def test_a_named_group_of_regencies_is_its_own_area() -> None:
    got = facts_of("Peserta aktif di Jabodetabek mencapai 9,1 juta orang.",
                   title="Kepesertaan BPJS Ketenagakerjaan di Jakarta")
    assert ("Jabodetabek", "participants", "all", 9100000, False) in got
    got = facts_of("Cakupan kepesertaan di Solo Raya baru 43 persen.",
                   title="Kepesertaan BPJS Ketenagakerjaan di Klaten")
    assert ("Solo Raya", "coverage_rate", "all", 43, False) in got


def test_name_before_an_offices_bracketed_name_is_its_alias() -> None:
    s = "Peserta BPJamsostek Pesisir Barat Daya (Kantor Cabang Pinrang) berjumlah 47.300 orang."
    assert {k: v.name for k, v in declared_aliases(s, find_mentions(s)).items()} == {
        "pesisir barat daya": "Pinrang"}
    for s in ("BPJS Ketenagakerjaan Sulsel (Kanwil Sulama) hadir.",
              "Deputi Direktur Wilayah (Kanwil Sulama) hadir.",
              "Kantor Cabang Pinrang (Kabupaten Tanah Merah Baru) hadir."):
        assert declared_aliases(s, find_mentions(s)) == {}, s


def test_the_nation_a_rank_or_superlative_is_taken_in_is_the_set_compared() -> None:
    for body in ("Sulbar menjadi provinsi dengan cakupan terendah se-Indonesia, yakni 19 persen.",
                 "Sulbar menduduki peringkat ke-31 secara nasional dengan cakupan 19 persen."):
        got = facts_of(body, title="Kepesertaan BPJS Ketenagakerjaan di Sulawesi Barat")
        assert ("Sulawesi Barat", "coverage_rate", "all", 19, False) in got, body


def test_the_last_of_a_ranked_list_holds_its_figure() -> None:
    got = facts_of(
        "Cakupan tertinggi di Kabupaten Bantaeng mencapai 66 persen, selanjutnya Kabupaten "
        "Barru 51 persen, Soppeng 44 persen dan terendah di kabupaten Sinjai 12 persen. "
        "Sementara tertinggi di Kota Parepare 70 persen, dan terendah di Pinrang dua persen.",
        title="Kepesertaan BPJS Ketenagakerjaan di Sulawesi Selatan",
    )
    assert ("Sinjai", "coverage_rate", "all", 12, False) in got
    assert ("Pinrang", "coverage_rate", "all", 2, False) in got


def test_the_countrys_total_after_a_figure_is_national() -> None:
    got = facts_of("Peserta aktif di Sulbar mencapai 98.000 orang dari total 40,2 juta peserta "
                   "secara nasional.", title="Kepesertaan BPJS Ketenagakerjaan di Sulawesi Barat")
    assert ("Indonesia", "participants", "all", 40200000, False) in got
    assert ("Sulawesi Barat", "participants", "all", 98000, False) in got


def test_a_dateline_outlet_day_or_company_form_in_brackets_is_no_alias() -> None:
    for s in ("BPJS Ketenagakerjaan Sinjai (Antara) mencatat 4.100 peserta baru.",
              "Kantor Cabang Sinjai (Senin) mencatat 4.100 peserta baru.",
              "BPJS Ketenagakerjaan Sinjai (Persero) mencatat 4.100 peserta baru."):
        assert declared_aliases(s, find_mentions(s)) == {}, s
    s = "Kantor Cabang Bulukumba (Pesisir Timur) mencatat 88.410 peserta."
    aliases = declared_aliases(s, find_mentions(s))
    assert find_mentions("peserta di pesisir timur desa itu", aliases=aliases) == []
