"""Issue 13, metric / drop / segment / target shapes of real news, each tested on a paraphrase
written for the test (other words, other places, other values)."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of


def test_companies_listed_with_their_workers() -> None:
    got = facts_of(
        "Perusahaan yang terdaftar paling banyak dari Kabupaten Kubu Raya 1.320 perusahaan "
        "dengan 27.400 tenaga kerja. Kabupaten Ketapang baru 58 perusahaan dengan "
        "tenaga kerja sebanyak 940 orang, dan Kabupaten Sintang 73 perusahaan dengan "
        "1.215 tenaga kerja."
    )
    assert ("Kubu Raya", "employers", "all", 1320, False) in got
    assert ("Kubu Raya", "participants", "all", 27400, False) in got
    assert ("Ketapang", "employers", "all", 58, False) in got
    assert ("Ketapang", "participants", "all", 940, False) in got
    assert ("Sintang", "participants", "all", 1215, False) in got


def test_workers_counted_by_the_companies_that_registered_them() -> None:
    got = facts_of(
        "Sekitar 6.700 pekerja dari 415 perusahaan di Kabupaten Kapuas Hulu yang "
        "telah bergabung dalam program BPJS Ketenagakerjaan."
    )
    assert ("Kapuas Hulu", "participants", "all", 6700, False) in got
    assert ("Kapuas Hulu", "employers", "all", 415, False) in got


def _kept(body: str) -> set[float]:
    return {v for _, _, _, v, _ in facts_of(body)}


def test_one_per_unit_and_children_entitled_are_no_figures() -> None:
    assert 1 not in _kept(
        "Di Kabupaten Sanggau, bagi satu pekerja bisa ikut lima program "
        "sekaligus di BPJS Ketenagakerjaan."
    )
    assert 3 not in _kept(
        "Peserta rentan di Kabupaten Sanggau yang sudah terdaftar berhak atas "
        "beasiswa bagi tiga anak pekerja yang wafat."
    )


def test_closed_companies_are_no_employers() -> None:
    assert 27 not in _kept("Selama 2021 di Kabupaten Landak tercatat 27 perusahaan tutup.")
    assert 1300 not in _kept(
        "Kepesertaan BPJS Ketenagakerjaan Kabupaten Landak: tercatat "
        "1.300 peserta keluar pada semester lalu."
    )


def test_forecast_additions_and_gaps_are_no_targets() -> None:
    got = _kept(
        "BPJS Ketenagakerjaan Kalbar diprediksi akan menambah sekitar 18% atau 310 ribu peserta."
    )
    assert 18 not in got and 310000 not in got
    got = _kept(
        "Kami harus mengejar 6.900 peserta lagi untuk mencapai target 55 persen di "
        "Kabupaten Landak."
    )
    assert 6900 not in got and 55 in got
    assert 21500 not in _kept("Di Kabupaten Landak ada gap sebesar 21.500 pekerja.")


def test_a_breakdown_item_takes_the_segment_named_after_its_figure() -> None:
    got = facts_of(
        "Peserta aktif di Kabupaten Melawi tercatat 38.700 orang. Secara rinci, pekerja "
        "formal yang terdaftar terdiri dari 27.300 orang berstatus penerima upah dan "
        "8.900 pekerja pada sektor jasa konstruksi."
    )
    assert ("Melawi", "participants", "wage_earner", 27300, False) in got
    assert ("Melawi", "participants", "construction", 8900, False) in got


def test_a_stated_potential_is_the_workforce() -> None:
    got = facts_of(
        "Potensi kepesertaan sektor informal di Kabupaten Sekadau berjumlah 97.300 jiwa "
        "dan yang terdaftar 6.100 jiwa atau 6,3 persen."
    )
    assert ("Sekadau", "workforce", "informal", 97300, False) in got
    assert ("Sekadau", "participants", "informal", 6100, False) in got
    got = facts_of(
        "Di Kabupaten Sekadau, potensinya pekerja yang bisa ikut kepesertaan mencapai 120 ribu."
    )
    assert ("Sekadau", "workforce", "all", 120000, False) in got


def test_a_ranking_goes_on_in_the_next_sentence() -> None:
    got = facts_of(
        "Cakupan kepesertaan tertinggi di Kabupaten Morowali dengan 64 persen. Diikuti oleh "
        "Kabupaten Tolitoli dengan cakupan kepesertaan sebesar 52,7 persen."
    )
    # the metric is this rule's; the place a ranking names is the area decision's
    assert ("coverage_rate", 52.7) in {(m, v) for _, m, _, v, _ in got}
    got = facts_of(
        "Peserta aktif terbanyak di Kabupaten Konawe dengan 26 ribu. Kolaka menyusul dengan "
        "19 ribu beserta diikuti Wakatobi dengan 9 ribu peserta."
    )
    assert ("Konawe", "participants", "all", 26000, False) in got
    assert ("Kolaka", "participants", "all", 19000, False) in got


def test_the_leading_term_wins_over_its_gloss_in_brackets() -> None:
    got = facts_of(
        "Peserta dari sektor informal atau bukan penerima upah (BPU) di Kabupaten "
        "Bengkayang baru 12.700 orang atau 14 persen."
    )
    assert ("Bengkayang", "participants", "informal", 12700, False) in got
    got = facts_of(
        "Di Kabupaten Bengkayang, kepesertaan Bukan Penerima Upah (informal) mencapai 9.400 orang."
    )
    assert ("Bengkayang", "participants", "non_wage_earner", 9400, False) in got


def test_a_segment_stock_of_workers_and_its_covered_part() -> None:
    got = facts_of(
        "Di Kabupaten Kayong Utara, pekerja Penerima Upah (PU) tercatat 14 ribu orang, "
        "dan 11 ribu di antaranya sudah menjadi peserta BPJS Ketenagakerjaan."
    )
    assert ("Kayong Utara", "workforce", "wage_earner", 14000, False) in got
    assert ("Kayong Utara", "participants", "wage_earner", 11000, False) in got
    got = facts_of(
        "Di Kabupaten Kayong Utara, pekerja bukan penerima upah (BPU) jumlahnya sekitar "
        "23 ribu orang. Tetapi yang sudah terdaftar baru 4 ribu atau 17 persen."
    )
    assert ("Kayong Utara", "workforce", "non_wage_earner", 23000, False) in got
    assert ("Kayong Utara", "participants", "non_wage_earner", 4000, False) in got


def test_the_whole_a_rate_is_of_is_the_workforce() -> None:
    got = facts_of(
        "Di Kabupaten Kayong Utara, pekerja penerima upah yang menjadi peserta sebesar "
        "7.900 atau 31 persen dari total pekerja penerima upah yang jumlahnya 25.400 "
        "orang."
    )
    assert ("Kayong Utara", "workforce", "wage_earner", 25400, False) in got


def test_kinds_decrees_and_per_unit_counts_are_no_figures() -> None:
    got = _kept(
        "BPJS Ketenagakerjaan Kabupaten Sambas kini punya 5 ekosistem kepesertaan dan "
        "melindungi pekerja melalui tiga program. Kantor Cabang Sambas memberi layanan "
        "kepada 60 pekerja di setiap desa. Dasarnya Keputusan Bupati Sambas Nomor: "
        "318/KEP/2023 tentang peserta."
    )
    assert not got & {5, 3, 60, 318}
    assert 2 not in _kept(
        "Di Kabupaten Sambas, peserta bisa mendapat santunan beasiswa untuk dua orang anak."
    )


def test_people_benefits_reached_and_people_given_protection() -> None:
    got = facts_of(
        "Total manfaat klaim di Kabupaten Sambas mencapai Rp21 miliar, diterima oleh "
        "2.900 pekerja. Selain itu, 140 anak dari peserta di Kabupaten Sambas telah "
        "menerima beasiswa."
    )
    assert ("Sambas", "claims", "all", 2900, False) in got
    assert ("Sambas", "claims", "all", 140, False) in got
    got = facts_of(
        "Pemkab Sambas mencatatkan 3.700 pekerja rentan sebagai penerima perlindungan "
        "jaminan sosial ketenagakerjaan."
    )
    assert ("Sambas", "participants", "vulnerable", 3700, False) in got


def test_registered_companies_with_a_hedged_worker_count() -> None:
    got = facts_of(
        "Di Kabupaten Sambas yang sudah mendaftar sekitar 640 perusahaan, dengan 9 ribu "
        "lebih tenaga kerja."
    )
    assert ("Sambas", "participants", "all", 9000, False) in got


def test_growth_per_part_year_ranges_and_labour_rates_are_no_figures() -> None:
    got = _kept(
        "Di Kabupaten Buol, tinggal 2.600 lagi tenaga kerja yang harus dilindungi agar "
        "target tercapai. Program itu dibagi dua tahap, dimana setiap tahap mencakup "
        "sekitar 1.100 pekerja. Rentang 2020-2022 kepesertaan pekerja informal bertumbuh "
        "signifikan sebanyak 74,2 persen. Tingkat Partisipasi Angkatan Kerja (TPAK) "
        "Buol sebesar 61,8 persen."
    )
    assert not got & {2600, 1100, 2021, 74.2, 61.8}


def test_both_sectors_is_every_worker_and_a_target_count_is_participants() -> None:
    got = facts_of(
        "Sebanyak 38 persen tenaga kerja formal maupun informal di Kabupaten Buol telah "
        "terlindungi BPJS Ketenagakerjaan."
    )
    assert ("Buol", "coverage_rate", "all", 38, False) in got
    got = facts_of(
        "Di Kabupaten Buol, dari target 47 ribu pekerja, saat ini baru 19 ribu yang terlindungi."
    )
    assert ("Buol", "participants", "all", 47000, True) in got
    assert ("Buol", "participants", "all", 19000, False) in got


def test_the_workforce_a_target_is_of_is_no_target() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan menargetkan kepesertaan di Kabupaten Buol mencapai 40 ribu "
        "peserta atau 45 persen dari total angkatan kerja sebanyak 88 ribu orang."
    )
    assert ("Buol", "workforce", "all", 88000, False) in got


def test_each_item_of_a_pair_takes_the_segment_after_its_figure() -> None:
    got = facts_of(
        "Dari 310 ribu pekerja yang sudah dilindungi di Kabupaten Kaimana, sebanyak 71 persen "
        "untuk segmen pekerja penerima upah dan 22 persen pekerja bukan penerima upah."
    )
    assert ("Kaimana", "participants", "wage_earner", 71, False) in got
    assert ("Kaimana", "participants", "non_wage_earner", 22, False) in got


def test_the_whole_after_dari_total_and_after_a_potential() -> None:
    got = facts_of(
        "Kepesertaan di Kabupaten Kaimana baru mencapai 37 persen (21.000 orang) atau masih ada "
        "63 persen yang belum menjadi peserta, dari total 56.700 orang pekerja."
    )
    assert ("Kaimana", "workforce", "all", 56700, False) in got
    got = facts_of(
        "Realisasi kepesertaan jasa konstruksi di Kabupaten Kaimana sebesar 118 persen dari "
        "potensi yang dihitung kantor cabang sebanyak 9.300 peserta."
    )
    assert ("Kaimana", "workforce", "construction", 9300, False) in got


def test_a_target_that_names_a_reach_and_a_growth_toward_a_target() -> None:
    got = facts_of(
        "Per Juni 2025, capaian UCJ di Kabupaten Kaimana baru 27 persen, sedangkan target "
        "capaian sesuai kesepakatan dengan pemkab tahun ini adalah 49 persen."
    )
    assert ("Kaimana", "coverage_rate", "all", 27, False) in got
    assert ("Kaimana", "coverage_rate", "all", 49, True) in got
    got = facts_of("Kami upayakan cakupan di Kabupaten Kaimana naik 6 persen menjadi 33 persen.")
    assert ("Kaimana", "coverage_rate", "all", 33, True) in got
    assert 6 not in {v for _, _, _, v, _ in got}


def test_a_covered_count_with_its_noun_before_the_rate() -> None:
    got = facts_of(
        "Hingga April 2024, sebanyak 97.100 pekerja atau 29 persen dari total angkatan "
        "kerja telah terdaftar di Kabupaten Fakfak."
    )
    assert ("Fakfak", "participants", "all", 97100, False) in got
    got = facts_of(
        "Di Kabupaten Fakfak, hanya sekitar 4% atau 2.300 orang pekerja BPU yang "
        "terdaftar sebagai peserta."
    )
    assert ("Fakfak", "participants", "non_wage_earner", 2300, False) in got


def test_companies_and_their_workers_joined_by_dan_or_jumlah() -> None:
    got = facts_of(
        "Hingga Juni 2016, perusahaan yang terdaftar sebagai peserta di Kabupaten Mimika "
        "baru 640 perusahaan dengan jumlah tenaga kerja sebanyak 18.300 orang. Kabupaten "
        "Nabire 41 perusahaan dan 870 tenaga kerja, Kabupaten Biak Numfor tiga "
        "perusahaan dengan 55 tenaga kerja."
    )
    assert ("Mimika", "participants", "all", 18300, False) in got
    assert ("Nabire", "employers", "all", 41, False) in got
    assert ("Nabire", "participants", "all", 870, False) in got
    assert ("Biak Numfor", "employers", "all", 3, False) in got


def test_counts_restated_by_a_rate_ranges_and_candidates() -> None:
    got = facts_of(
        "Di Kabupaten Boven Digoel, sebanyak kurang lebih 9 ribu pekerja atau sekitar 31 "
        "persen disebut telah terdaftar dalam program jaminan ketenagakerjaan."
    )
    assert ("Boven Digoel", "participants", "all", 9000, False) in got
    got = facts_of(
        "Selama 2023 jumlah peserta aktif di Kabupaten Boven Digoel sebanyak 24% dari "
        "41.500 angkatan kerja atau sebanyak 9.960 tenaga kerja."
    )
    assert ("Boven Digoel", "participants", "all", 9960, False) in got
    got = facts_of(
        "Kepesertaan di Kabupaten Boven Digoel baru mencapai sekitar 8 ribu hingga 9 ribu "
        "pekerja dari total angkatan kerja."
    )
    assert ("Boven Digoel", "participants", "all", 9000, False) in got
    got = facts_of(
        "Di Kabupaten Boven Digoel, dari sekitar 40 ribu calon peserta, baru 9 ribu yang terdaftar."
    )
    assert ("Boven Digoel", "workforce", "all", 40000, False) in got
    got = facts_of(
        "Seluruh perangkat kampung di Kabupaten Boven Digoel yang menjadi anggota BPJS "
        "Ketenagakerjaan ada 640 orang."
    )
    assert ("Boven Digoel", "participants", "village_apparatus", 640, False) in got


def test_villages_counted_with_their_people() -> None:
    got = facts_of(
        "Untuk Kabupaten Kebumen sejauh ini dari total 460 desa dan 4.700 pekerja, yang "
        "sudah mendaftar sebanyak 410 desa dan 4.150 pekerja."
    )
    assert ("Kebumen", "employers", "village_apparatus", 410, False) in got
    assert ("Kebumen", "participants", "village_apparatus", 4150, False) in got
    got = facts_of(
        "Untuk Kabupaten Purworejo seluruh desa yang berjumlah 494 beserta perangkatnya "
        "sebanyak 4.900 orang sudah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("Purworejo", "employers", "village_apparatus", 494, False) in got
    assert ("Purworejo", "participants", "village_apparatus", 4900, False) in got
    got = facts_of(
        "Sedangkan untuk Kabupaten Wonosobo dari 265 desa dan 2.600 tenaga kerja, sama "
        "sekali belum ada yang terdaftar."
    )
    assert ("Wonosobo", "workforce", "village_apparatus", 2600, False) in got


def test_reach_segment_realisation_and_largest_share() -> None:
    got = facts_of(
        "Sejauh ini, BPJS Ketenagakerjaan di Kabupaten Klaten sudah menjangkau 44 persen "
        "peserta atau 210 ribu orang."
    )
    assert ("Klaten", "coverage_rate", "all", 44, False) in got
    assert ("Klaten", "participants", "all", 210000, False) in got
    got = facts_of(
        "Ia merinci realisasi pekerja penerima upah (PPU) di Kabupaten Klaten mencapai 61 "
        "persen, sedangkan bukan penerima upah (BPU) hanya 6,5 persen."
    )
    assert ("Klaten", "coverage_rate", "wage_earner", 61, False) in got
    assert ("Klaten", "coverage_rate", "non_wage_earner", 6.5, False) in got
    got = facts_of("Jumlah peserta terbanyak berasal dari Kabupaten Klaten mencapai 47 persen.")
    assert ("Klaten", "participants", "all", 47, False) in got


def test_another_group_of_the_count_before() -> None:
    got = facts_of(
        "Peserta BPU di Kabupaten Klaten sekitar 31.000 orang. Sedangkan yang milenial "
        "ada 9.000 orang yang kebanyakan pekerja lepas."
    )
    assert ("Klaten", "participants", "other", 9000, False) in got


def test_people_each_programme_paid_are_claims() -> None:
    got = facts_of(
        "Di Kabupaten Bombana, jaminan yang sudah terbayarkan untuk Jaminan Hari Tua (JHT) "
        "ada 12.400 orang. Sedangkan Jaminan Kecelakaan Kerja (JKK) ada 830 orang, "
        "Jaminan Kematian (JKM) ada 210."
    )
    assert {("Bombana", "claims", "all", v, False) for v in (12400, 830, 210)} <= got
    got = facts_of(
        "Untuk klaim yang telah dibayarkan di Kabupaten Bombana, ada Jaminan Kematian "
        "sebesar Rp 620.000.000 untuk 23 orang. Lalu Jaminan Pensiun Sekaligus ada 9 "
        "orang dengan klaim sebesar Rp 9.800.000."
    )
    assert ("Bombana", "claims", "all", 23, False) in got
    assert ("Bombana", "claims", "all", 9, False) in got


def test_uncovered_counts_regions_and_scaleless_amounts_are_no_figures() -> None:
    got = _kept(
        "Artinya di Kabupaten Banggai masih ada 52.700 pekerja atau sekitar 47 persen yang "
        "belum terlindungi. Dari tiga daerah tersebut, perangkat desa sudah terdaftar. "
        "Klaim Jaminan Hari Tua di Kabupaten Banggai: Rp512,5"
    )
    assert not got & {52700, 47, 3, 512.5}


def test_a_labour_force_before_its_covered_part_is_the_workforce() -> None:
    got = facts_of(
        "Kalau angkatan kerja di Kabupaten Banggai itu menurut data kita sekira 210 ribu "
        "lebih dan yang sudah terdaftar baru sebagian."
    )
    assert ("Banggai", "workforce", "all", 210000, False) in got


def test_recruited_part_of_a_target_and_a_stock_that_fell() -> None:
    got = facts_of(
        "Dari target peserta dari sektor informal di Kabupaten Morowali yang mencapai 14 ribu "
        "orang, pihaknya baru berhasil menjaring dua ribu orang."
    )
    assert ("Morowali", "participants", "informal", 2000, False) in got
    got = facts_of(
        "Tahun 2019 lalu, BPU di Kabupaten Morowali ada 7.300 orang, namun sampai akhir "
        "Oktober 2020 tercatat menurun menjadi 6.100 orang."
    )
    assert ("Morowali", "participants", "non_wage_earner", 6100, False) in got


def test_companies_counted_in_units_and_placement_agencies() -> None:
    got = facts_of(
        "Secara keseluruhan jumlah badan usaha yang aktif di BPJS Ketenagakerjaan Kabupaten "
        "Morowali sebanyak 1.240 unit, kemudian sebanyak 77 proyek jasa konstruksi dan tiga "
        "PPTKIS."
    )
    assert ("Morowali", "employers", "all", 1240, False) in got
    assert ("Morowali", "employers", "migrant", 3, False) in got
    got = facts_of(
        "Jumlah perusahaan di Kabupaten Morowali yang sudah ikut peserta BPJS sebanyak 318 unit."
    )
    assert ("Morowali", "employers", "all", 318, False) in got


def test_a_bare_potential_and_a_labour_survey_count_are_the_workforce() -> None:
    got = facts_of(
        "Dari total potensi 21.400 non-ASN di Kabupaten Buol, sebanyak 19.100 orang sudah "
        "terlindungi."
    )
    assert ("Buol", "workforce", "non_civil_servant", 21400, False) in got
    got = facts_of("Dia mencontohkan di Kabupaten Buol itu ada 80 ribu orang berdasar data BPS.")
    assert ("Buol", "workforce", "all", 80000, False) in got


def test_the_covered_part_after_a_quoted_potential() -> None:
    got = facts_of(
        '"Dari total potensi 8.300 non-ASN, sebanyak 7.900 orang sudah terlindungi oleh BPJS '
        'Ketenagakerjaan di Kabupaten Buol," katanya.'
    )
    assert ("Buol", "participants", "non_civil_servant", 7900, False) in got


def test_an_addition_asked_for_next_year_is_a_target() -> None:
    got = facts_of(
        "Di Kabupaten Buol, kami juga mengusulkan tambahan peserta dari program PKH sebanyak "
        "6 ribu orang untuk tahun depan."
    )
    assert ("Buol", "participants", "vulnerable", 6000, True) in got


def test_targets_listed_after_the_sentence_announcing_them() -> None:
    got = facts_of(
        "Ia juga menyebutkan, ada beberapa target tambahan yang dikejar di Kabupaten Buol. "
        "Antara lain 31 ribu pekerja jasa konstruksi (jakon), dengan capaian saat ini 12,7 ribu "
        "pekerja, serta 2.000 pekerja migran, di mana baru 640 orang yang sudah terdaftar."
    )
    assert ("Buol", "participants", "construction", 31000, True) in got
    assert ("Buol", "participants", "construction", 12700, False) in got
    assert ("Buol", "participants", "migrant", 2000, True) in got
