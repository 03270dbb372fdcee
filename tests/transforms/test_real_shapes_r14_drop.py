"""Issue 13, precision on real news (helper r14-precision): figures the engine invented, by
shape, each tested on a paraphrase written for the test (other words, other places, other
values), with a near-miss sentence that must still give its fact."""

from __future__ import annotations

import dataclasses
import datetime as dt

from tests.transforms.real_shapes import facts_of
from transforms.extract import explain, extract
from transforms.model import Fact
from transforms.reconcile import same_figure, wider_twin
from transforms.text import article_from_text

# --- headline restatements (LABELLING.md "One figure, one fact": the same value twice is one
# fact; a restatement with another value, a rounded headline included, is its own fact)


def test_rounded_headline_figure_is_its_own_fact() -> None:
    got = facts_of(
        "Hingga Mei 2025, peserta aktif BPJS Ketenagakerjaan di Provinsi Jambi tercatat "
        "2,436 juta pekerja.",
        title="Peserta BPJS Ketenagakerjaan di Jambi Capai 2,4 Juta Pekerja",
    )
    assert ("Jambi", "participants", "all", 2436000, False) in got
    assert any(f[3] == 2400000 for f in got)


def test_headline_stating_the_body_value_again_is_one_fact() -> None:
    got = facts_of(
        "Hingga Mei 2025, peserta aktif BPJS Ketenagakerjaan di Provinsi Jambi tercatat "
        "2,4 juta pekerja.",
        title="Peserta BPJS Ketenagakerjaan di Jambi Capai 2,4 Juta Pekerja",
    )
    assert [f for f in got if f[3] == 2400000] == [("Jambi", "participants", "all", 2400000,
                                                    False)]


def test_headline_target_that_is_the_body_potential_is_dropped() -> None:
    got = facts_of(
        "Dari enam provinsi, potensi kepesertaan mencapai 5,4 juta pekerja di wilayah "
        "Kalimantan.",
        title="BPJS Ketenagakerjaan Target 5,4 Juta Pekerja Jadi Peserta",
    )
    assert not any(f[4] for f in got)


def test_headline_figure_the_body_does_not_state_is_kept() -> None:
    # near miss: the body gives another figure, the headline's own stays a fact
    got = facts_of(
        "Cakupan kepesertaan di Kota Madiun mencapai 61,7 persen dari seluruh pekerja.",
        title="BPJS Ketenagakerjaan Madiun Catat 88.400 Peserta Aktif",
    )
    assert any(f[1] == "participants" and f[3] == 88400 for f in got)


def test_headline_restatement_is_traced() -> None:
    text = ("BPJS Ketenagakerjaan Target 5,4 Juta Pekerja Jadi Peserta\n\nDari enam provinsi, "
            "potensi kepesertaan mencapai 5,4 juta pekerja di wilayah Kalimantan.")
    _, traces = explain(article_from_text(text), published=dt.date(2025, 6, 1))
    head = next(t for t in traces if t.number == "5,4 Juta")
    assert not head.kept
    assert head.decisions[-1][1] == "headline_restatement"


# --- body figures a headline used to stand in for


def test_members_taken_in_are_no_jobs() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan menargetkan akan menyerap 5,2 juta peserta aktif di Pulau "
        "Sumatera pada tahun 2026."
    )
    assert any(f[1] == "participants" and f[3] == 5200000 and f[4] for f in got)


def test_jobs_a_project_creates_stay_dropped() -> None:
    # near miss: workers a factory takes on are no participants
    got = facts_of("Pabrik baru di Kabupaten Batang itu akan menyerap 4.500 tenaga kerja lokal.")
    assert not any(f[3] == 4500 for f in got)


def test_target_to_cover_the_unregistered_is_a_target() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Wilayah Sumbagut menargetkan perluasan perlindungan bagi "
        "sekitar 2,1 juta pekerja yang belum terdaftar pada 2026."
    )
    assert any(f[1] == "participants" and f[3] == 2100000 and f[4] for f in got)


def test_workers_not_yet_registered_stay_a_gap() -> None:
    # near miss: no target verb, the same count is an uncovered gap
    got = facts_of(
        "Di Provinsi Jambi masih ada sekitar 2,1 juta pekerja yang belum terdaftar sebagai "
        "peserta BPJS Ketenagakerjaan."
    )
    assert not any(f[3] == 2100000 for f in got)


# --- figures in odd sentences


def test_quota_per_village_is_no_stock() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Cabang Lahat akan mendata 60 pekerja rentan di setiap desa di "
        "Kabupaten Empat Lawang untuk didaftarkan."
    )
    assert not any(f[3] == 60 for f in got)


def test_quota_named_before_the_count_is_no_stock() -> None:
    got = facts_of(
        "Pemkab Tabanan mendukung setiap desa, 75 pekerja rentan, dengan iuran dari APBD."
    )
    assert not any(f[3] == 75 for f in got)


def test_workers_spread_over_every_village_are_a_stock() -> None:
    # near miss: a total spread over the villages stays a fact
    got = facts_of(
        "Sebanyak 12.400 pekerja rentan yang tersebar di setiap desa di Kabupaten Tabanan "
        "telah terdaftar sebagai peserta BPJS Ketenagakerjaan."
    )
    assert any(f[3] == 12400 and f[1] == "participants" for f in got)


def test_hypothetical_figure_is_rhetoric() -> None:
    got = facts_of(
        "Kalau hari ini lima puluh orang paham manfaat jaminan sosial, maka lusa harus menjadi "
        "lima ratus yang terlindungi BPJS Ketenagakerjaan di Kota Bima."
    )
    assert not any(f[3] in (50, 500) for f in got)


def test_figure_after_a_comparison_with_then_is_kept() -> None:
    # near miss: "jika dibandingkan ..., maka" with no modal states a fact
    got = facts_of(
        "Jika dibandingkan tahun lalu, maka peserta aktif BPJS Ketenagakerjaan di Kota Bima "
        "kini mencapai 45.300 orang."
    )
    assert any(f[3] == 45300 and f[1] == "participants" for f in got)


def test_share_of_companies_protecting_workers_is_compliance() -> None:
    got = facts_of(
        "Di Kota Cilegon terdapat 4.120 perusahaan peserta BPJS Ketenagakerjaan. Badan usaha "
        "skala besar sekitar 85 persen sudah mendaftarkan karyawannya."
    )
    assert not any(f[3] == 85 for f in got)
    assert any(f[3] == 4120 and f[1] == "employers" for f in got)


def test_share_of_workers_of_big_companies_is_kept() -> None:
    # near miss: the workers lead the phrase: a coverage rate
    got = facts_of(
        "Di Kota Cilegon, pekerja perusahaan besar sekitar 85 persen sudah terlindungi "
        "BPJS Ketenagakerjaan."
    )
    assert any(f[3] == 85 for f in got)


def test_share_of_a_gap_counted_before_is_no_rate() -> None:
    got = facts_of(
        "Sebanyak 61.000 pekerja formal di Kabupaten Karawang belum terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan. Jumlah itu sekitar 48 persen dari total pekerja formal di "
        "kabupaten tersebut."
    )
    assert not any(f[3] == 48 for f in got)


def test_share_of_registered_counted_before_is_kept() -> None:
    # near miss: the sentence before counts registered workers: the share is a rate
    got = facts_of(
        "Sebanyak 61.000 pekerja formal di Kabupaten Karawang sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan. Jumlah itu sekitar 48 persen dari total pekerja formal di "
        "kabupaten tersebut."
    )
    assert any(f[3] == 48 and f[1] == "coverage_rate" for f in got)


def test_rest_still_to_win_is_a_gap() -> None:
    got = facts_of(
        "Cakupan pekerja formal di Provinsi Jambi baru 39 persen. Karena itu tugas kami "
        "menjaring kepesertaan dari 61 persen lainnya di Jambi."
    )
    assert ("Jambi", "coverage_rate", "formal", 39, False) in got or any(
        f[3] == 39 for f in got)
    assert not any(f[3] == 61 for f in got)


def test_count_of_one_in_words_is_no_figure() -> None:
    got = facts_of(
        "Kepesertaan di Provinsi Jambi kini sekitar 200 ribuan dari 1,5 juta tenaga kerja, "
        "sedangkan Bengkulu ada lebih 2 juta tenaga kerja, dan yang terdaftar hanya sekitar "
        "600 ribuan, dan Lampung hampir satu juga tenaga kerja, namun yang terdaftar hanya "
        "sekitar 90 ribuan."
    )
    assert ("Lampung", "participants", "all", 90000, False) in got
    assert not any(f[3] == 1 for f in got)


# --- one figure, one fact


def _one_fact(text: str) -> Fact:
    article = article_from_text("BPJS Ketenagakerjaan paparkan capaian kepesertaan\n\n" + text)
    return extract(article, published=dt.date(2025, 3, 1)).facts[0]


def test_figure_restated_under_the_office_name_is_one_fact() -> None:
    # the province, then the branch named after it, with the same count of workers
    first = _one_fact("Menurut BPS, jumlah tenaga kerja di Provinsi Bengkulu 1,1 juta orang.")
    later = dataclasses.replace(first, area_type="branch", segment="formal")
    assert same_figure(first, later)
    # near miss: a city and a regency of one name are two places
    assert not same_figure(first, dataclasses.replace(first, area_type="city"))


def test_same_count_in_a_city_and_a_regency_stays_two_facts() -> None:
    # near miss: a city and a regency of one name are two places
    text = ("BPJS Ketenagakerjaan paparkan capaian kepesertaan\n\nPeserta aktif di Kota Bekasi "
            "tercatat 12.500 orang, sedangkan peserta aktif di Kabupaten Bekasi juga 12.500 "
            "orang.")
    facts = extract(article_from_text(text), published=dt.date(2025, 3, 1)).facts
    assert sorted(f.area_type for f in facts if f.value == 12500) == ["city", "regency"]


def test_potential_restated_as_a_target_is_one_fact() -> None:
    got = facts_of(
        "Dari total potensi 2,6 juta pekerja di Provinsi Jambi, baru sekitar 1,1 juta orang "
        "yang terdaftar. Capaian kepesertaan di Jambi masih 42 persen dari target 2,6 juta "
        "pekerja."
    )
    assert ("Jambi", "workforce", "all", 2600000, False) in got
    assert not any(f[3] == 2600000 and f[4] for f in got)


def test_target_met_exactly_stays_two_facts() -> None:
    # near miss: a participants target and the participants reached, both of one value
    got = facts_of(
        "Tahun ini Pemkab Sigi menargetkan 3.000 pekerja rentan terdaftar. Hingga Oktober, "
        "peserta pekerja rentan di Kabupaten Sigi sudah 3.000 orang."
    )
    assert sum(f[3] == 3000 for f in got) == 2


def test_commitment_to_reach_a_rate_is_the_target_restated() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Cabang Kendari menargetkan cakupan kepesertaan mencapai 45 "
        "persen pada tahun ini. \"Kami berkomitmen untuk mencapai angka coverage 45 persen "
        "dari angkatan kerja di Kendari,\" ujarnya."
    )
    assert ("Kendari", "coverage_rate", "all", 45, True) in got
    assert not any(f[3] == 45 and not f[4] for f in got)


def test_growth_restated_in_the_lead_is_no_rate() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Kota Kendari menargetkan bisa meningkatkan kepesertaan hingga "
        "8 persen. \"Cakupan di Kendari 33 persen. Kita upayakan coverage naik 8 persen menjadi "
        "41 persen,\" katanya."
    )
    assert not any(f[3] == 8 for f in got)
    assert ("Kendari", "coverage_rate", "all", 41, True) in got


def test_raising_coverage_to_a_level_stays_a_target_rate() -> None:
    # near miss: no growth of that value elsewhere, "hingga 41 persen" is the level aimed at
    got = facts_of(
        "BPJS Ketenagakerjaan Kota Kendari menargetkan bisa meningkatkan kepesertaan hingga "
        "41 persen tahun ini."
    )
    assert any(f[3] == 41 and f[4] for f in got)


def test_rate_followed_by_this_year_is_no_duration() -> None:
    got = facts_of(
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Kendari mencapai 38 persen tahun ini."
    )
    assert any(f[3] == 38 and f[1] == "coverage_rate" for f in got)


def test_bare_count_before_years_stays_a_duration() -> None:
    # near miss: "3 tahun" is a span of time
    got = facts_of(
        "Peserta aktif di Kota Kendari mencapai 52.300 orang setelah program berjalan 3 tahun."
    )
    assert not any(f[3] == 3 for f in got)


def test_province_figure_read_for_the_nation_is_the_province_twice() -> None:
    got = facts_of(
        "Data Kemnaker menunjukkan ada 39,2 juta peserta aktif BPJS Ketenagakerjaan secara "
        "nasional. Berdasarkan wilayah, Jawa Tengah menjadi provinsi dengan jumlah peserta "
        "aktif BPJS Ketenagakerjaan terbanyak nasional, yakni sebanyak 6,12 juta orang sampai "
        "Maret 2025.\n\nBerikut rinciannya:\n- Jawa Tengah: 6,12 juta orang\n"
        "- Jawa Timur: 5,87 juta orang"
    )
    assert ("Jawa Tengah", "participants", "all", 6120000, False) in got
    assert ("Indonesia", "participants", "all", 39200000, False) in got
    assert not any(f[0] == "Indonesia" and f[3] == 6120000 for f in got)


def test_round_figure_of_the_nation_and_a_province_may_repeat() -> None:
    # near miss: "1 juta" for a whole and a part is no proof of one figure
    nation = _one_fact("Secara nasional, peserta baru BPJS Ketenagakerjaan tercatat 1 juta orang.")
    province = dataclasses.replace(nation, area="Jawa Barat", area_type="province")
    assert not wider_twin(nation, province)
    assert wider_twin(dataclasses.replace(nation, value=6120000),
                      dataclasses.replace(province, value=6120000))


# --- probes: trap shapes the real sets leave unlabelled, in other words


def test_growth_target_in_percent_is_no_rate() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Cabang Ternate menargetkan kepesertaan naik 15 persen tahun depan."
    )
    assert not any(f[3] == 15 for f in got)


def test_target_rate_reached_by_rising_stays_a_target() -> None:
    # near miss: "naik menjadi 35 persen" names the level aimed at
    got = facts_of(
        "BPJS Ketenagakerjaan Cabang Ternate menargetkan cakupan kepesertaan naik menjadi "
        "35 persen tahun depan."
    )
    assert any(f[3] == 35 and f[4] for f in got)


def test_target_of_added_members_stays_a_target() -> None:
    # near miss: additional participants in a count are a target (LABELLING.md "Targets")
    got = facts_of("BPJS Ketenagakerjaan Ternate menargetkan tambahan 12 ribu peserta baru.")
    assert any(f[3] == 12000 and f[4] for f in got)


def test_share_of_companies_named_after_the_percent_is_compliance() -> None:
    got = facts_of("Sekitar 70 persen perusahaan di Kota Ternate sudah mendaftarkan pekerjanya.")
    assert not any(f[3] == 70 for f in got)


def test_inflow_of_members_is_no_stock() -> None:
    got = facts_of(
        "Peserta aktif di Kota Ternate 48.900 orang. Sepanjang semester I, peserta yang masuk "
        "sekitar 6.300 orang."
    )
    assert ("Ternate", "participants", "all", 48900, False) in got
    assert not any(f[3] == 6300 for f in got)


def test_rest_not_yet_members_is_a_gap() -> None:
    got = facts_of(
        "Cakupan pekerja informal di Kota Ternate baru 37 persen. Sisanya, 63 persen pekerja "
        "informal di Kota Ternate, belum menjadi peserta."
    )
    assert not any(f[3] == 63 for f in got)


def test_rest_named_as_a_segment_share_is_kept() -> None:
    # near miss: no gap word, the rest is the informal share of the workers
    text = ("BPJS Ketenagakerjaan paparkan capaian kepesertaan\n\nDari 210 ribu pekerja di "
            "Kota Ternate, 40 persen bekerja di sektor formal. Sisanya, 60 persen pekerja di "
            "sektor informal.")
    _, traces = explain(article_from_text(text), published=dt.date(2025, 3, 1))
    rest = next(t for t in traces if t.number == "60 persen")
    assert rest.decisions[0][1] != "rest_not_covered"


def test_underemployment_rate_is_no_coverage() -> None:
    got = facts_of("Persentase setengah penganggur di Kota Ternate sebesar 6,1 persen.")
    assert not any(f[3] == 6.1 for f in got)


def test_job_seekers_on_the_labour_office_books_are_no_members() -> None:
    got = facts_of(
        "Jumlah pencari kerja yang terdaftar di Disnaker Kota Tidore mencapai 5.100 orang."
    )
    assert not any(f[3] == 5100 for f in got)


def test_satisfaction_rate_is_no_coverage() -> None:
    got = facts_of("Tingkat kepuasan peserta BPJS Ketenagakerjaan Tidore mencapai 91 persen.")
    assert not any(f[3] == 91 for f in got)


def test_rate_from_a_labour_survey_is_kept() -> None:
    # near miss: a survey names where the rate comes from, no satisfaction
    got = facts_of(
        "Data Survei Angkatan Kerja Nasional mencatat baru 31,4 persen pekerja di Kota Tidore "
        "yang terlindungi jaminan sosial."
    )
    assert any(f[3] == 31.4 for f in got)


def test_average_served_per_day_is_no_stock() -> None:
    got = facts_of("Kantor cabang Tidore melayani rata-rata 120 peserta per hari.")
    assert not any(f[3] == 120 for f in got)


def test_share_of_claims_filed_online_is_no_rate() -> None:
    got = facts_of("Sebanyak 72 persen klaim di Kota Tidore diajukan secara daring lewat aplikasi.")
    assert not any(f[3] == 72 for f in got)


def test_cards_handed_at_a_ceremony_are_no_members() -> None:
    got = facts_of("Wali Kota Bitung menyerahkan 30 kartu peserta secara simbolis.")
    assert not any(f[3] == 30 for f in got)


def test_members_named_at_a_card_ceremony_are_kept() -> None:
    # near miss: the count is of workers, the cards are only the occasion
    got = facts_of(
        "Wali kota menyerahkan kartu peserta kepada perwakilan dari 1.250 pekerja rentan yang "
        "telah terdaftar di Kota Bitung."
    )
    assert any(f[3] == 1250 for f in got)


def test_share_of_a_target_reached_is_a_realisation() -> None:
    got = facts_of(
        "Target kepesertaan sebanyak 24.000 orang baru tercapai 55 persen di Kota Bitung."
    )
    assert not any(f[3] == 55 for f in got)


def test_benefit_for_children_in_digits_is_no_count() -> None:
    got = facts_of("Setiap peserta mendapat manfaat beasiswa untuk 2 orang anak di Kota Bitung.")
    assert not any(f[3] == 2 for f in got)


def test_members_who_drew_a_benefit_are_claims_no_stock() -> None:
    got = facts_of("Sebanyak 2.300 peserta di Kota Bitung mencairkan JHT pada semester pertama.")
    assert not any(f[3] == 2300 and f[1] in ("participants", "workforce") for f in got)
    assert ("Bitung", "claims", "all", 2300, False) in got


def test_members_paid_a_benefit_with_a_place_between_are_claims() -> None:
    got = facts_of("Sebanyak 640 peserta di Kabupaten Sinjai telah menerima santunan JKM "
                   "tahun ini.")
    assert ("Sinjai", "claims", "all", 640, False) in got


def test_members_entitled_to_a_benefit_are_kept() -> None:
    # near miss: entitled, not claimed
    got = facts_of("Sebanyak 52.000 peserta aktif di Kota Bitung berhak menerima manfaat JKK.")
    assert any(f[3] == 52000 and f[1] == "participants" for f in got)


# --- relevance: a story of payouts only


def _extraction(title: str, body: str):
    return extract(article_from_text(title + "\n\n" + body), published=dt.date(2025, 3, 1))


def test_claims_only_story_is_off_topic() -> None:
    ex = _extraction(
        "Klaim JHT di Kota Blitar Melonjak Sepanjang Tahun Lalu",
        "BPJS Ketenagakerjaan Cabang Blitar mencatat 9.400 kasus klaim JHT senilai Rp118 "
        "miliar. Peserta yang mencairkan didominasi pekerja yang berhenti bekerja. Kepala BPJS "
        "Ketenagakerjaan Blitar meminta peserta memakai aplikasi.",
    )
    assert not ex.relevant and ex.facts == ()


def test_coverage_story_keeps_its_claims() -> None:
    # near miss: the story states coverage too, its claims stay facts
    ex = _extraction(
        "BPJS Ketenagakerjaan Blitar Catat 61 Ribu Peserta Aktif",
        "BPJS Ketenagakerjaan Cabang Blitar mencatat 61.200 peserta aktif hingga Desember. "
        "Sepanjang tahun itu kantor cabang membayarkan klaim senilai Rp118 miliar untuk 9.400 "
        "kasus.",
    )
    assert ex.relevant
    assert {f.metric for f in ex.facts} >= {"participants", "claims"}


def test_companies_a_workforce_works_for_are_no_registered_employers() -> None:
    got = facts_of(
        "Data Disnaker mencatat ada 320 ribu angkatan kerja dari 1.450 perusahaan yang ada di "
        "Kabupaten Serang."
    )
    assert ("Serang", "workforce", "all", 320000, False) in got
    assert not any(f[3] == 1450 for f in got)


def test_companies_of_members_stay_employers() -> None:
    # near miss: the members' employers are registered
    got = facts_of(
        "Di Kabupaten Serang tercatat 12.400 peserta aktif dari 410 perusahaan yang terdaftar."
    )
    assert any(f[3] == 410 and f[1] == "employers" for f in got)


def test_ratio_of_workers_is_no_count() -> None:
    got = facts_of("Baru 2 dari 5 pekerja di Kota Salatiga yang terlindungi BPJS Ketenagakerjaan.")
    assert not any(f[3] in (2, 5) for f in got)


def test_registered_out_of_a_count_stays_a_fact() -> None:
    # near miss: a small count of units out of a whole stays a count
    got = facts_of("Dari 38 OPD di Kota Salatiga, 31 OPD sudah mendaftarkan tenaga honorernya.")
    assert any(f[3] == 31 and f[1] == "employers" for f in got)


def test_bounded_headline_is_its_own_fact() -> None:
    got = facts_of(
        "BPJS Ketenagakerjaan Cabang Pati mencatat 52.300 peserta aktif hingga Oktober 2024.",
        title="Peserta BPJS Ketenagakerjaan di Pati Tembus 50 Ribu",
    )
    assert ("Pati", "participants", "all", 52300, False) in got
    assert any(f[3] == 50000 for f in got)


def test_difference_between_rates_is_no_rate() -> None:
    got = facts_of(
        "Cakupan kepesertaan Kota Magelang lebih tinggi 6 persen dibanding rata-rata provinsi."
    )
    assert not any(f[3] == 6 for f in got)


def test_highest_rate_is_kept() -> None:
    # near miss: "tertinggi" names the rate itself
    got = facts_of("Cakupan kepesertaan tertinggi ada di Kota Magelang dengan 64 persen.")
    assert any(f[3] == 64 for f in got)


def test_activity_rate_of_members_is_no_coverage() -> None:
    got = facts_of("Tingkat keaktifan peserta di Kota Magelang mencapai 78 persen.")
    assert not any(f[3] == 78 for f in got)
