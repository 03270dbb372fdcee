"""Issue 13 (helper r13d), metric / drop / segment / target shapes of real news, each tested on
a paraphrase written for the test (other words, other places, other values)."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of


def test_workers_given_protection_are_participants() -> None:
    got = facts_of(
        "Program tersebut memberikan jaminan kecelakaan kerja kepada 3.215 pekerja rentan "
        "di Kabupaten Sigi yang dibiayai dana desa."
    )
    assert ("Sigi", "participants", "vulnerable", 3215, False) in got
    assert not any(f[1] == "workforce" for f in got)


def test_workers_a_programme_embraces_are_participants() -> None:
    got = facts_of(
        "Program itu sejauh ini merangkul sekitar 41 ribu pekerja di Kota Kendari dari "
        "berbagai sektor."
    )
    assert ("Kendari", "participants", "all", 41000, False) in got


def test_workers_not_yet_protected_stay_no_participants() -> None:
    got = facts_of(
        "Di Kabupaten Bone, program itu belum melindungi 12.800 pekerja informal di desa."
    )
    assert not any(f[1] == "participants" and f[3] == 12800 for f in got)


def test_funds_placed_and_their_yield_are_no_coverage() -> None:
    got = facts_of(
        "Peserta aktif di Kota Bitung mencapai 61.200 orang. Dana itu ditempatkan pada "
        "surat berharga dengan porsi 70 persen dan imbal hasil sekitar 6,8 persen. Sebanyak "
        "65 persen kami tempatkan di instrumen pemerintah, sisanya 35 persen di swasta."
    )
    assert ("Bitung", "participants", "all", 61200, False) in got
    assert not any(f[1] == "coverage_rate" or f[3] in (70, 6.8, 65, 35) for f in got)


def test_share_of_a_budget_is_no_coverage_rate() -> None:
    got = facts_of(
        "Sebanyak 15% dari alokasi anggaran Rp 80 juta per desa di Kabupaten Kolaka dipakai "
        "untuk menjamin 9.400 pekerja rentan menjadi peserta."
    )
    assert not any(f[3] == 15 for f in got)


def test_growth_from_an_earlier_realisation_is_no_target_rate() -> None:
    got = facts_of(
        "Pada tahun itu BPJS Ketenagakerjaan Kendari menargetkan kepesertaan aktif sebesar "
        "210 ribu pekerja yang meningkat sebanyak 8,4 persen dari realisasi tahun sebelumnya."
    )
    assert not any(f[3] == 8.4 for f in got)


def test_share_realised_of_a_contribution_plan_is_no_coverage() -> None:
    got = facts_of(
        "Di Kabupaten Kolaka target iuran yang ditetapkan mencapai Rp120 miliar, dan telah "
        "terealisasi sekitar 81 persen hingga Oktober."
    )
    assert not any(f[3] == 81 for f in got)


def test_a_sentence_about_what_was_added_gives_no_stock() -> None:
    got = facts_of(
        '"Penambahan perusahaan dari hasil pendataan kami di Kota Palopo ada 95 perusahaan '
        'dengan tambahan tenaga kerja sebanyak 1.730 orang," kata kepala kantor.'
    )
    assert not any(f[3] in (95, 1730) for f in got)


def test_a_whole_of_both_sectors_named_after_the_figure_is_every_worker() -> None:
    got = facts_of(
        "Cakupan di Kabupaten Kolaka baru 31,2 persen atau 74 ribu pekerja dari total 237 ribu "
        "pekerja formal dan informal."
    )
    assert ("Kolaka", "workforce", "all", 237000, False) in got
    assert not any(f[2] == "formal" for f in got)


def test_a_rate_takes_the_segment_of_the_group_it_is_restated_as() -> None:
    got = facts_of(
        "Hingga Mei 2025, hanya sekitar 3% atau 21.400 orang pekerja BPU yang terdaftar "
        "sebagai peserta di Kabupaten Kolaka."
    )
    assert ("Kolaka", "coverage_rate", "non_wage_earner", 3, False) in got
    assert ("Kolaka", "participants", "non_wage_earner", 21400, False) in got


def test_places_a_ranking_of_rates_goes_on_to_keep_its_measure() -> None:
    got = facts_of(
        "Kota Bitung menjadi daerah dengan partisipasi tertinggi 71,3 persen, diikuti "
        "Kabupaten Minahasa 64 persen."
    )
    assert ("Bitung", "coverage_rate", "all", 71.3, False) in got
    assert ("Minahasa", "coverage_rate", "all", 64, False) in got


def test_uhc_of_our_insurer_is_no_health_insurance() -> None:
    got = facts_of(
        "Capaian Universal Health Coverage (UHC) Jamsostek di Kabupaten Kolaka baru 28 persen "
        "atau 31 ribu pekerja dari total 110 ribu pekerja."
    )
    assert ("Kolaka", "coverage_rate", "all", 28, False) in got
    assert ("Kolaka", "participants", "all", 31000, False) in got
    assert ("Kolaka", "workforce", "all", 110000, False) in got


def test_health_uhc_stays_dropped() -> None:
    got = facts_of(
        "Peserta aktif di Kota Bitung mencapai 61.200 orang. Sementara UHC di kota itu "
        "sudah 97 persen."
    )
    assert not any(f[3] == 97 for f in got)


def test_the_count_after_a_bounded_rate_is_no_gap() -> None:
    got = facts_of(
        "Di Kota Bitung, pekerja yang menjadi peserta BPJS Ketenagakerjaan belum sampai "
        "delapan persen atau baru sekitar 21 ribu orang."
    )
    assert ("Bitung", "participants", "all", 21000, False) in got
    # the bound itself stays dropped (precision first: "belum" may open a gap)
    assert not any(f[3] == 8 for f in got)


def test_both_sectors_in_either_order_are_every_worker() -> None:
    got = facts_of(
        "Hingga Mei 2025, jumlah peserta BPJS Ketenagakerjaan di Kota Bitung baik pekerja "
        "informal maupun formal mencapai 73 ribu peserta."
    )
    assert ("Bitung", "participants", "all", 73000, False) in got


def test_jumlahnya_after_the_sentence_named_its_measure_is_its_own_group() -> None:
    got = facts_of(
        "Peserta bukan penerima upah di Kota Bitung tercatat 9.100 orang. Kota Bitung menjadi "
        "daerah dengan jumlah peserta aktif terbanyak di provinsi itu, jumlahnya mencapai "
        "84 ribu peserta."
    )
    assert ("Bitung", "participants", "all", 84000, False) in got


def test_participants_added_over_months_are_a_flow() -> None:
    got = facts_of(
        "Peserta aktif di Kota Bitung mencapai 61.200 orang. Jumlah itu sudah ditambah dengan "
        "penambahan peserta selama Januari sampai Mei 2025 yang sebanyak 4.380 orang."
    )
    assert ("Bitung", "participants", "all", 61200, False) in got
    assert not any(f[3] == 4380 for f in got)


def test_the_whole_named_after_a_rate_is_the_workforce() -> None:
    got = facts_of(
        "Kepesertaan di Kota Bitung masih di bawah 35 persen dari total angka pekerja di "
        "kota itu, yang mencapai 180 ribu orang."
    )
    assert ("Bitung", "workforce", "all", 180000, False) in got
    got = facts_of(
        "Pekerja di Kota Bitung yang terlindungi sebanyak 64 ribu orang atau 36 persen dari "
        "total jumlah peserta yang ada 178 ribu orang."
    )
    assert ("Bitung", "workforce", "all", 178000, False) in got


def test_people_who_joined_the_programme_are_participants() -> None:
    got = facts_of(
        "Menurut kepala kantor, dari total potensi 410 ribu pekerja di Kota Bitung, baru "
        "sekitar 150 ribu orang yang sudah mengikuti program jaminan sosial ketenagakerjaan."
    )
    assert ("Bitung", "participants", "all", 150000, False) in got
    assert ("Bitung", "workforce", "all", 410000, False) in got


def test_people_who_received_benefits_and_their_sum_are_claims_paid() -> None:
    got = facts_of(
        "Di Kota Bitung penerima manfaat beasiswa terus bertambah. Pada 2024, sebanyak 318 "
        "peserta telah menerima bantuan dengan total nilai Rp12,4 miliar, naik dari 141 "
        "peserta dengan nilai Rp5,2 miliar pada 2023."
    )
    assert ("Bitung", "claims", "all", 318, False) in got
    assert ("Bitung", "benefits_paid", "all", 12_400_000_000, False) in got
    assert ("Bitung", "claims", "all", 141, False) in got
    assert ("Bitung", "benefits_paid", "all", 5_200_000_000, False) in got


def test_aid_without_a_benefit_named_is_no_claim() -> None:
    got = facts_of(
        "Di Kota Bitung, sebanyak 318 peserta telah menerima bantuan sembako dari pemkot."
    )
    assert not any(f[1] == "claims" for f in got)


def test_a_gap_restated_as_a_rate_is_dropped() -> None:
    got = facts_of(
        "Peserta aktif di Kota Bitung mencapai 61.200 orang. Artinya masih ada 41.300 pekerja "
        "atau sekitar 40,3 persen yang belum terlindungi."
    )
    assert ("Bitung", "participants", "all", 61200, False) in got
    assert not any(f[3] in (41300, 40.3) for f in got)


def test_participants_who_left_are_a_flow() -> None:
    got = facts_of(
        "Peserta aktif di Kota Bitung mencapai 61.200 orang. Sepanjang tahun lalu 12 ribu "
        "peserta di kota itu keluar karena berhenti bekerja."
    )
    assert not any(f[3] == 12000 for f in got)


def test_those_of_a_whole_already_working_are_employed() -> None:
    got = facts_of(
        "Angkatan kerja di Kota Bitung mencapai 240 ribu orang. Dari jumlah tersebut, yang "
        "sudah bekerja sebanyak 221 ribu."
    )
    assert ("Bitung", "employed", "all", 221000, False) in got


def test_the_people_of_registered_villages_with_them_are_participants() -> None:
    got = facts_of(
        "Di Kabupaten Bone, desa yang sudah terdaftar sebagai peserta BPJS Ketenagakerjaan "
        "sebanyak 212 desa dengan 3.140 tenaga kerja."
    )
    assert ("Bone", "participants", "village_apparatus", 3140, False) in got


def test_a_potential_of_a_wage_segment_stays_workers() -> None:
    got = facts_of(
        '"Dari potensi pekerja yang termasuk bukan penerima upah (BPU) di Kota Bitung sebanyak '
        '120 ribu orang, hanya tercatat 3.100 orang secara sukarela menjadi peserta," kata dia.'
    )
    assert ("Bitung", "workforce", "non_wage_earner", 120000, False) in got
    assert ("Bitung", "participants", "non_wage_earner", 3100, False) in got


def test_workers_who_will_be_registered_are_a_target() -> None:
    got = facts_of(
        '"Untuk di Kabupaten Bone, kami mendapat data ada 9.300 pekerja informal yang akan '
        'didaftarkan," kata kepala kantor.'
    )
    assert ("Bone", "participants", "informal", 9300, True) in got


def test_workers_before_but_those_registered_are_the_whole() -> None:
    got = facts_of(
        '"Menurut data BPS, jumlah pekerja di wilayah Kota Bitung saat ini ada sekitar 190 '
        'ribu, tapi yang terdaftar sebagai peserta baru 61 ribu," kata kepala kantor.'
    )
    assert ("Bitung", "workforce", "all", 190000, False) in got
    assert ("Bitung", "participants", "all", 61000, False) in got
