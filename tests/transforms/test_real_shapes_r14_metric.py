"""Issue 13 (helper r14-metric), metric and segment shapes of real news, each tested on a
paraphrase written for the test (other words, other places, other values)."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of


def test_nonformal_sector_is_informal_not_formal() -> None:
    got = facts_of(
        "Tidak seperti pekerja di sektor formal, pekerja sektor nonformal di Kabupaten Dompu "
        "yang tergabung BPJS Ketenagakerjaan hanya 4,1 persen atau 3.120 orang dari 76.100 "
        "orang pekerja secara keseluruhan."
    )
    assert ("Dompu", "coverage_rate", "informal", 4.1, False) in got
    assert ("Dompu", "workforce", "informal", 76100, False) in got
    assert not any(f[2] == "formal" for f in got)


def test_non_formal_spelt_apart_is_informal() -> None:
    got = facts_of(
        "Target peserta dari sektor pekerja non formal tahun ini di Kota Blitar mencapai "
        "12 ribu orang."
    )
    assert ("Blitar", "participants", "informal", 12000, True) in got


def test_rate_after_or_already_restates_the_count_before_it() -> None:
    got = facts_of(
        "Di Provinsi Gorontalo, penerima upah 58.210 peserta atau 61,3 persen. Lalu, bukan "
        "penerima upah 21.400 peserta atau sudah 48,2 persen dan jasa konstruksi 9.120 peserta "
        "atau 55,6 persen."
    )
    assert ("Gorontalo", "coverage_rate", "non_wage_earner", 48.2, False) in got
    assert ("Gorontalo", "coverage_rate", "construction", 55.6, False) in got
    assert not any(f[3] == 48.2 and f[2] != "non_wage_earner" for f in got)


def test_kinds_of_people_in_a_wage_category_are_its_participants() -> None:
    got = facts_of(
        "Peserta penerima upah di Kabupaten Teluk Wondama tercatat 21.300 orang. Dalam "
        "kategori penerima upah, terdapat 6.420 honorer daerah, 2.180 aparatur kampung dan "
        "pekerja badan usaha lainnya."
    )
    assert ("Teluk Wondama", "participants", "non_civil_servant", 6420, False) in got
    assert ("Teluk Wondama", "participants", "village_apparatus", 2180, False) in got


def test_vulnerable_workers_a_programme_reached_are_participants() -> None:
    got = facts_of(
        "Setelah menjangkau 6.300 pekerja rentan di dalam BPJS Ketenagakerjaan, Pemkab Ogan "
        "Ilir akan terus menyisir pekerja rentan lainnya."
    )
    assert ("Ogan Ilir", "participants", "vulnerable", 6300, False) in got
    assert not any(f[1] == "workforce" for f in got)


def test_vulnerable_workers_the_insurer_counts_are_workforce() -> None:
    # the insurer's spelt-out name ("Jaminan Sosial") is no cue for participants
    got = facts_of(
        "Badan Penyelenggara Jaminan Sosial (BPJS) Ketenagakerjaan mencatat pekerja rentan di "
        "Kabupaten Serang ada sebanyak 173.000 jiwa."
    )
    assert ("Serang", "workforce", "vulnerable", 173000, False) in got


def test_misspelt_vulnerable_workers_keep_their_segment() -> None:
    got = facts_of(
        "Sebanyak 9.420 pekerja rentang dari tiga kabupaten di Jambi mendapat jaminan sosial "
        "ketenagakerjaan."
    )
    assert ("Jambi", "participants", "vulnerable", 9420, False) in got


def test_workers_who_signed_up_for_the_programme_are_participants() -> None:
    got = facts_of(
        "Kantor wilayah itu mencatat sebanyak 2,1 juta pekerja di Jawa Tengah mendaftar pada "
        "program BPJAMSOSTEK."
    )
    assert ("Jawa Tengah", "participants", "all", 2100000, False) in got


def test_shares_of_the_workforce_by_sector_are_workforce() -> None:
    got = facts_of(
        "Menurut dia, ada 35% dari 88,4 juta potensi pekerja eligible di sektor pekerja formal "
        "di Indonesia yang berpeluang menjadi peserta aktif. Kemudian 65% di sektor pekerja "
        "informal, 24,1 juta merupakan pekerja rentan berpotensi menjadi peserta aktif."
    )
    assert ("Indonesia", "workforce", "formal", 35, False) in got
    assert ("Indonesia", "workforce", "all", 88400000, False) in got
    assert ("Indonesia", "workforce", "informal", 65, False) in got
    assert ("Indonesia", "workforce", "vulnerable", 24100000, False) in got
    assert not any(f[1] in ("coverage_rate", "participants") for f in got)


def test_labour_force_working_in_the_informal_sector_is_a_workforce_share() -> None:
    got = facts_of(
        "Data Sakernas BPS menunjukkan bahwa 64,2% angkatan kerja di Bengkulu bekerja di "
        "sektor informal."
    )
    assert ("Bengkulu", "workforce", "informal", 64.2, False) in got


def test_workforce_dominated_by_informal_workers() -> None:
    got = facts_of(
        "Kepala kantor wilayah itu menyampaikan bahwa ketenagakerjaan di Kalimantan Barat masih "
        "didominasi oleh pekerja informal dan pekerja rentan (61,3%)."
    )
    assert ("Kalimantan Barat", "workforce", "informal", 61.3, False) in got


def test_informal_workers_as_a_part_of_all_workers() -> None:
    got = facts_of(
        "Pendataan masih berjalan, karena diperkirakan pekerja informal di Kota Bitung sekitar "
        "28 persen dari keseluruhan tenaga kerja yang ada."
    )
    assert ("Bitung", "workforce", "informal", 28, False) in got


def test_percentage_of_people_working_formally_is_employed() -> None:
    got = facts_of(
        "Menurut data BPS Sulawesi Tengah, persentase penduduk yang bekerja di kegiatan formal "
        "mencapai 38,2 persen (412,1 ribu orang)."
    )
    assert ("Sulawesi Tengah", "employed", "formal", 38.2, False) in got
    assert ("Sulawesi Tengah", "employed", "formal", 412100, False) in got


def test_coverage_of_a_sector_stays_a_coverage_rate() -> None:
    got = facts_of("Cakupan kepesertaan di Kota Palu baru 21 persen di sektor informal.")
    assert ("Palu", "coverage_rate", "informal", 21, False) in got


def test_breakdown_with_companies_between_its_items() -> None:
    got = facts_of(
        "Secara rinci pekerja di Provinsi Bengkulu yang tergabung di BPJS Ketenagakerjaan "
        "terdiri dari 81.300 pekerja penerima upah atau formal yang tersebar di 4.120 pemberi "
        "kerja atau badan usaha, 15.600 pekerja bukan penerima upah dan 40.200 pekerja di "
        "sektor jasa konstruksi."
    )
    assert ("Bengkulu", "participants", "wage_earner", 81300, False) in got
    assert ("Bengkulu", "employers", "all", 4120, False) in got
    assert ("Bengkulu", "participants", "non_wage_earner", 15600, False) in got
    assert ("Bengkulu", "participants", "construction", 40200, False) in got


def test_people_listed_after_covered_people_are_covered() -> None:
    got = facts_of(
        "Pemprov Sulawesi Barat telah memberikan perlindungan kepesertaan BPJS "
        "Ketenagakerjaan kepada 7.310 guru PTT atau GTT & 2.650 pegawai kontrak non-ASN."
    )
    assert ("Sulawesi Barat", "participants", "other", 7310, False) in got
    assert ("Sulawesi Barat", "participants", "non_civil_servant", 2650, False) in got


def test_workers_of_every_kind_named_are_every_worker() -> None:
    got = facts_of(
        "Hingga akhir Juni universal coverage Jamsostek di Provinsi Jambi telah mencapai 38,2 "
        "persen atau jumlah pekerja yang terlindungi sebanyak 612.400 pekerja baik dari sektor "
        "penerima upah, bukan penerima upah dan juga jasa konstruksi dari semesta coverage "
        "sebesar 1.603.100 pekerja."
    )
    assert ("Jambi", "participants", "all", 612400, False) in got
    assert ("Jambi", "workforce", "all", 1603100, False) in got


def test_workers_but_the_state_employees_are_every_worker() -> None:
    got = facts_of(
        "Di Kabupaten Lamongan terdapat 402.310 pekerja non-ASN, TNI, dan Polri. Sebanyak "
        "211.900 pekerja telah terdaftar sebagai peserta aktif."
    )
    assert ("Lamongan", "workforce", "all", 402310, False) in got


def test_count_restating_what_was_reached_of_a_target() -> None:
    got = facts_of(
        "Kepala BPJS Ketenagakerjaan Cabang Kota Kupang menyampaikan bahwa untuk peserta "
        "penerima upah capaian telah mencapai 91 persen dari target 180 ribu pekerja, yakni "
        "sebesar 164 ribu pekerja."
    )
    assert ("Kupang", "participants", "wage_earner", 164000, False) in got
    assert not any(f[1] == "workforce" for f in got)


def test_segment_set_as_the_topic_of_the_sentence_before() -> None:
    got = facts_of(
        "Peserta penerima upah di Kota Kupang mencapai 88 ribu orang. Sementara itu, untuk "
        "sektor pekerja bukan penerima upah, masih terdapat tantangan. Dari target 47 ribu "
        "pekerja, saat ini baru 19 ribu yang terlindungi."
    )
    assert ("Kupang", "participants", "non_wage_earner", 47000, True) in got
    assert ("Kupang", "participants", "non_wage_earner", 19000, False) in got


def test_count_a_target_is_taken_out_of_is_the_potential() -> None:
    got = facts_of(
        "Kami mencatat ada sekitar 48.900 pekerja BPU di Kabupaten Solok. Dari jumlah itu, "
        "target kami untuk tahun ini adalah 14.000 pekerja BPU yang terdaftar."
    )
    assert ("Solok", "workforce", "non_wage_earner", 48900, False) in got
    assert ("Solok", "participants", "non_wage_earner", 14000, True) in got


def test_benefit_given_to_several_heirs_is_claims_and_amount() -> None:
    got = facts_of(
        "Di Kabupaten Wonosobo, pada acara itu diberikan juga santunan kematian kepada tiga "
        "orang ahli waris dari para pekerja harian lepas di pasar yang meninggal dunia sebesar "
        "Rp 126 juta."
    )
    assert ("Wonosobo", "claims", "all", 3, False) in got
    assert ("Wonosobo", "benefits_paid", "all", 126000000, False) in got


def test_people_paid_by_a_periodic_pension_are_claims() -> None:
    got = facts_of(
        "Klaim yang dibayarkan di Kabupaten Kendal antara lain Jaminan Hari Tua ada 212 orang. "
        "Lalu Jaminan Pensiun Sekaligus ada 9 orang dengan klaim sebesar Rp 11.200.000 dan "
        "Jaminan Pensiunan Berkala untuk 11 orang sebesar Rp 298.000 per orang per bulan."
    )
    assert ("Kendal", "claims", "all", 9, False) in got
    assert ("Kendal", "claims", "all", 11, False) in got


def test_claims_of_all_then_claims_of_a_group() -> None:
    got = facts_of(
        "Sepanjang tahun lalu, BPJS Ketenagakerjaan membayarkan manfaat kepada peserta di "
        "Provinsi Bengkulu senilai Rp 212 miliar dengan jumlah kasus sebanyak 18 ribu kasus dan "
        "untuk kepesertaan non-ASN yang menerima manfaat senilai Rp 2,3 miliar dengan jumlah "
        "61 kasus."
    )
    assert ("Bengkulu", "claims", "all", 18000, False) in got
    assert ("Bengkulu", "benefits_paid", "non_civil_servant", 2300000000, False) in got
    assert ("Bengkulu", "claims", "non_civil_servant", 61, False) in got


def test_target_rate_restated_as_people_to_add() -> None:
    got = facts_of(
        "Kepala kantor wilayah menjelaskan bahwa BPJS Ketenagakerjaan menargetkan kepesertaan "
        "di Sulawesi Tenggara mencapai 58,4 % pada tahun 2026, atau bertambah 410 ribu pekerja."
    )
    assert ("Sulawesi Tenggara", "participants", "all", 410000, True) in got
    assert not any(f[1] == "workforce" for f in got)


def test_figures_of_that_sector_take_the_sector_just_named() -> None:
    got = facts_of(
        "Dari total 512.300 pekerja yang menjadi peserta di Provinsi Jambi, 281.400 merupakan "
        "pekerja jasa konstruksi. Bahkan realisasi kepesertaan dari sektor itu tercatat sebesar "
        "176,4 persen dari potensi sebanyak 159.500 peserta."
    )
    assert ("Jambi", "coverage_rate", "construction", 176.4, False) in got
    assert ("Jambi", "workforce", "construction", 159500, False) in got


def test_count_restated_by_a_registered_rate_after_a_comma() -> None:
    got = facts_of(
        "Di Kota Ambon terdapat 15.400 tenaga kerja yang bekerja pada 1.210 perusahaan besar dan "
        "kecil, dari jumlah itu, baru sebanyak 9.100, atau 59 persen tenaga kerja yang telah "
        "terdaftar keanggotaannya di BPJS Ketenagakerjaan."
    )
    assert ("Ambon", "participants", "all", 9100, False) in got
    assert not any(f[1] == "employers" and f[3] == 9100 for f in got)


def test_workers_before_and_those_registered_are_the_workforce() -> None:
    got = facts_of(
        "Di Provinsi Jambi ada lebih 1,6 juta tenaga kerja, dan yang terdaftar hanya sekitar "
        "420 ribuan."
    )
    assert ("Jambi", "workforce", "all", 1600000, False) in got
    assert not any(f[1] == "participants" and f[3] == 1600000 for f in got)


def test_workers_helped_as_the_paragraph_describes_are_participants() -> None:
    got = facts_of(
        "Dengan kondisi ini, diharapkan perusahaan di Kota Sorong mau membantu pembayaran "
        "premi kepesertaan pekerja rentan. Seperti yang dilakukan oleh sebuah bank daerah "
        "terhadap 7.400 pekerja rentan di wilayah itu."
    )
    assert ("Sorong", "participants", "vulnerable", 7400, False) in got


def test_workers_a_survey_was_done_on_stay_no_participants() -> None:
    got = facts_of(
        "Survei itu dilakukan oleh dinas tenaga kerja Kota Sorong terhadap 1.200 pekerja "
        "pelabuhan soal upah."
    )
    assert not any(f[1] == "participants" for f in got)


def test_religious_social_workers_and_education_are_other() -> None:
    got = facts_of(
        "Pemprov Gorontalo terus menindaklanjuti kepesertaan BPJS Ketenagakerjaan 12.000 pekerja "
        "sosial keagamaan yang iurannya didanai APBD."
    )
    assert ("Gorontalo", "participants", "other", 12000, False) in got


def test_non_civil_servants_spelt_out() -> None:
    got = facts_of(
        "Pemkab Bone Bolango telah mendaftarkan 1.450 pegawai non Aparatur Sipil Negara (ASN) "
        "sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("Bone Bolango", "participants", "non_civil_servant", 1450, False) in got


def test_share_of_all_active_participants_is_participants() -> None:
    got = facts_of(
        "Jawa Timur menjadi provinsi dengan jumlah peserta aktif terbanyak kedua, jumlahnya "
        "mencapai 6,1 juta peserta, setara dengan 14,7% dari total peserta aktif nasional."
    )
    assert ("Jawa Timur", "participants", "all", 14.7, False) in got
    assert not any(f[1] == "coverage_rate" for f in got)


def test_rate_after_the_sectors_are_combined_is_of_every_worker() -> None:
    got = facts_of(
        "Dari sekitar 2,1 juta tenaga kerja formal di Banten, baru 31,2 persen yang terdaftar. "
        "Bahkan, jika digabungkan dengan tenaga kerja informal sebanyak 3 juta orang, "
        "kepesertaan BPJS Ketenagakerjaan di Banten hanya 12,4 persen."
    )
    assert ("Banten", "coverage_rate", "all", 12.4, False) in got
    assert ("Banten", "workforce", "informal", 3000000, False) in got


def test_workers_per_village_are_no_stock() -> None:
    got = facts_of(
        "Pemerintah Kabupaten Klungkung menargetkan 80 pekerja rentan di setiap desa menjadi "
        "peserta BPJS Ketenagakerjaan. Kantor cabang juga memberi layanan 80 pekerja tiap desa. "
        "Pemkab mendukung setiap desa, 80 pekerja rentan, lewat APBD. Sehingga total setiap "
        "desa/lurah menjadi 80 tenaga kerja."
    )
    assert not any(f[3] == 80 for f in got)


def test_share_of_companies_protecting_their_workers_is_no_coverage() -> None:
    got = facts_of(
        "Saat ini terdapat 9.300 perusahaan di Kota Jambi yang sudah menjadi peserta. "
        "Perusahaan besar dan menengah hampir 85 persen sudah melindungi pekerjanya."
    )
    assert not any(f[3] == 85 for f in got)


def test_foreign_workers_are_other_and_their_companies_all() -> None:
    got = facts_of(
        "Data Disnaker ada 412 ribu angkatan kerja dalam negeri dan 300 an tenaga kerja asing "
        "dari 2.100 perusahaan di Kabupaten Serang."
    )
    assert ("Serang", "workforce", "other", 300, False) in got
    assert not any(f[1] == "employers" and f[2] != "all" for f in got)


def test_whole_stated_as_more_than_a_figure_of_workers() -> None:
    got = facts_of(
        "Dari 3 juta lebih angka pekerja di Sulawesi Tengah, tahun ini tercatat baru 22 persen "
        "atau sekitar 660 ribu yang terdaftar menjadi peserta."
    )
    assert ("Sulawesi Tengah", "workforce", "all", 3000000, False) in got


def test_companies_counted_with_the_participants() -> None:
    got = facts_of(
        "Hingga Juni jumlah peserta aktif di wilayah Jambi sudah sebanyak 512.300 tenaga kerja, "
        "dengan jumlah perusahaan 9.120."
    )
    assert ("Jambi", "employers", "all", 9120, False) in got


def test_groups_included_in_a_reach_are_its_parts() -> None:
    got = facts_of(
        "Program perlindungan juga telah menjangkau lebih dari 9.000 pekerja rentan, termasuk "
        "5.210 kader Linmas dan 2.480 petugas keagamaan di Provinsi Gorontalo."
    )
    assert ("Gorontalo", "participants", "other", 5210, False) in got


def test_series_rising_again_in_a_later_year() -> None:
    got = facts_of(
        "Di Kota Bitung tahun 2021 mencatat sebanyak 21.300 peserta, menurun tipis menjadi "
        "20.100 pada 2022, namun kembali meningkat pada 2023 menjadi 24.800 jiwa."
    )
    assert ("Bitung", "participants", "all", 24800, False) in got


def test_same_count_at_an_earlier_time() -> None:
    got = facts_of(
        "Kepala kantor wilayah Sulawesi Tengah menyebut total peserta BPU di akhir tahun ini "
        "sebanyak 412 ribu pekerja. Sementara di akhir tahun lalu terdapat 365 ribu."
    )
    assert ("Sulawesi Tengah", "participants", "non_wage_earner", 365000, False) in got


def test_amount_for_claim_cases_is_benefits_paid() -> None:
    got = facts_of(
        "Di Provinsi Maluku, klaim jaminan hari tua mencapai Rp 88 miliar. Sementara kecelakaan "
        "kerja Rp. 4,12 miliar untuk 512 kasus."
    )
    assert ("Maluku", "benefits_paid", "all", 4120000000, False) in got
    assert ("Maluku", "claims", "all", 512, False) in got


def test_count_compared_with_the_same_period_before() -> None:
    got = facts_of(
        "Disnakertrans Bengkulu mencatat jumlah pekerja formal yang sudah terlindungi BP "
        "Jamsostek hingga Agustus sejumlah 141.220 orang pekerja, meningkat 21,4 persen "
        "dibandingkan periode yang sama pada 2020 dengan jumlah 116.300 orang."
    )
    assert ("Bengkulu", "participants", "formal", 116300, False) in got


def test_workers_made_of_both_sectors_are_every_worker() -> None:
    got = facts_of(
        "Menurut data BPS, jumlah pekerja di Provinsi Maluku Utara 640 ribu orang terdiri dari "
        "sektor formal dan informal atau mandiri."
    )
    assert ("Maluku Utara", "workforce", "all", 640000, False) in got


def test_share_of_the_uncovered_is_no_coverage_rate() -> None:
    got = facts_of(
        "Sebanyak 412.300 pekerja formal di Provinsi Lampung belum terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan. Jumlah tersebut mencapai sekitar 48 persen dari total pekerja "
        "formal di Provinsi Lampung yang sebanyak 859.000 orang. Karena itu, kantor wilayah "
        "masih harus menjaring kepesertaan dari 48 persen lainnya."
    )
    assert not any(f[3] == 48 for f in got)
    assert ("Lampung", "workforce", "formal", 859000, False) in got


def test_participants_listed_as_additions_toward_a_target() -> None:
    got = facts_of(
        "Kantor cabang di Kota Ternate menargetkan 150.000 peserta pada akhir tahun. Tinggal "
        "3.000 lagi tenaga kerja yang harus dilindungi untuk mencapai target tersebut. Ia "
        "menyebut, tambahan peserta itu antara lain 1.500 calon peserta non-ASN, 900 aparat "
        "RT/RW dan 600 perangkat desa."
    )
    assert ("Ternate", "participants", "non_civil_servant", 1500, True) in got
    assert ("Ternate", "participants", "village_apparatus", 900, True) in got
    assert ("Ternate", "participants", "village_apparatus", 600, True) in got
    assert not any(f[1] == "workforce" for f in got)


def test_count_followed_by_its_year_is_no_duration() -> None:
    got = facts_of(
        "Di Provinsi Aceh, pada 2021 tercatat ada 1,12 juta peserta aktif, 1,19 juta tahun 2022, "
        "dan 1,25 juta peserta aktif 2023."
    )
    assert ("Aceh", "participants", "all", 1190000, False) in got


def test_a_commitment_to_reach_a_rate_is_a_target() -> None:
    got = facts_of(
        "Tahun ini menjadi tantangan karena kami berkomitmen untuk mencapai angka coverage "
        "45 persen dari angkatan kerja yang ada di Kota Kendari."
    )
    assert ("Kendari", "coverage_rate", "all", 45, True) in got


def test_people_recorded_in_the_programme_are_participants() -> None:
    got = facts_of(
        "Sementara, dari sekitar 2,3 juta tenaga kerja informal se-Sumsel baru 61.250 orang yang "
        "terdata dalam BPJS Ketenagakerjaan."
    )
    assert ("Sumatera Selatan", "participants", "informal", 61250, False) in got


def test_the_same_count_for_the_next_place() -> None:
    got = facts_of(
        "Terdapat 1,21 juta peserta aktif BPJS Ketenagakerjaan di Sumatera Barat dan 1,07 juta "
        "di Jambi."
    )
    assert ("Jambi", "participants", "all", 1070000, False) in got


def test_village_heads_from_villages_registered_after_the_villages() -> None:
    got = facts_of(
        "Sebanyak 1.940 kepala desa dan perangkat desa dari 187 desa di Kabupaten Wonosobo, Jawa "
        "Tengah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert ("Wonosobo", "participants", "village_apparatus", 1940, False) in got
    assert ("Wonosobo", "employers", "village_apparatus", 187, False) in got


def test_values_a_growth_went_from_and_to() -> None:
    got = facts_of(
        "Di Kabupaten Tabanan tercatat pertumbuhan signifikan dalam kepesertaan. Rentang "
        "2021-2023 pekerja formal tercatat tumbuh 14,1 persen. Tadinya 21.400 menjadi 24.420."
    )
    assert ("Tabanan", "participants", "formal", 21400, False) in got
    assert ("Tabanan", "participants", "formal", 24420, False) in got


def test_targets_of_a_coverage_just_given() -> None:
    got = facts_of(
        "Cakupan kepesertaan di Provinsi Jambi kini 41,3 persen.\n\nMeskipun demikian, angka ini "
        "masih perlu ditingkatkan mengingat target Rencana Pembangunan Jangka Panjang Daerah "
        "(RPJPD) Jambi tahun 2045 sebesar 71,5 persen. "
        "Target tahun 2026 sendiri adalah 55,2 persen atau 912.400 pekerja dari potensi "
        "1.652.900 pekerja."
    )
    assert ("Jambi", "coverage_rate", "all", 71.5, True) in got
    assert ("Jambi", "coverage_rate", "all", 55.2, True) in got


def test_registrations_realised_so_far() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan turut berkolaborasi dengan Pemerintah Kota Tarakan, yang telah "
        "mendaftarkan 19 ribu pekerja informal. \"Tahun ini sudah terealisasi 12 ribu, "
        "sisanya akan dilanjutkan tahun depan."
    )
    assert ("Tarakan", "participants", "informal", 12000, False) in got


def test_headline_target_restating_a_body_potential_is_no_second_fact() -> None:
    got = facts_of(
        "Dari enam provinsi di wilayah itu, potensi kepesertaan di Kalimantan Timur mencapai "
        "5,4 juta pekerja.",
        title="BPJS Ketenagakerjaan Target 5,4 Juta Pekerja Jadi Peserta Jaminan Sosial",
    )
    assert not any(f[3] == 5400000 and f[4] for f in got)
    assert any(f[1] == "workforce" and f[3] == 5400000 for f in got)


def test_potential_called_a_target_later_stays_the_workforce() -> None:
    got = facts_of(
        "Dari total potensi 2,1 juta pekerja di Sulawesi Tenggara, baru sekitar 920 ribu orang "
        "yang sudah mengikuti program jaminan sosial ketenagakerjaan. \"Capaian di provinsi itu "
        "masih berada di angka 43,8 % dari target 2,1 juta pekerja,\" ujarnya."
    )
    assert ("Sulawesi Tenggara", "workforce", "all", 2100000, False) in got
    assert not any(f[3] == 2100000 and f[4] for f in got)


def test_share_of_villages_registering_their_apparatus_is_employers() -> None:
    got = facts_of(
        "Dari 18 kab/kota dan 3.120 desa/kel baru 38% saja desa se Jawa Tengah yang aparatur "
        "pemerintahan desanya telah menjadi peserta BPJS Ketenagakerjaan."
    )
    assert ("Jawa Tengah", "employers", "village_apparatus", 38, False) in got
    assert not any(f[1] == "coverage_rate" for f in got)


def test_sector_share_of_participants_is_no_workforce_share() -> None:
    got = facts_of(
        "Peserta aktif di Kota Padang mencapai 212.000 orang. Dari jumlah peserta itu, 60% di "
        "sektor informal."
    )
    assert not any(f[1] == "workforce" for f in got)


def test_a_commitment_to_grow_is_no_target_of_the_value_reached() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Kota Dumai berkomitmen meningkatkan kepesertaan, yang tahun ini "
        "naik 5 persen menjadi 40 persen."
    )
    assert ("Dumai", "coverage_rate", "all", 40, False) in got


def test_count_a_target_is_taken_out_of_spelt_targetnya() -> None:
    got = facts_of(
        "Ada 8.000 pekerja BPU di Kota Dumai. Dari jumlah itu, targetnya tahun ini 3.000 pekerja "
        "terdaftar."
    )
    assert ("Dumai", "workforce", "non_wage_earner", 8000, False) in got


def test_signing_up_for_another_programme_is_no_participation() -> None:
    got = facts_of("Sebanyak 1.200 pekerja di Kota Bima mendaftar pada program pelatihan kerja.")
    assert not any(f[1] == "participants" for f in got)


def test_figures_of_a_hypothetical_count_nothing() -> None:
    got = facts_of(
        "\"Jika hari ini lima puluh orang di Kota Bima memahami pentingnya perlindungan kerja, "
        "maka besok harus menjadi lima ratus yang terlindungi,\" ujarnya."
    )
    assert not got


def test_workers_with_membership_are_participants() -> None:
    got = facts_of("Di Kota Mataram ada sekitar 210 ribu pekerja dengan kepesertaan BPJS "
                   "Ketenagakerjaan.")
    assert ("Mataram", "participants", "all", 210000, False) in got
