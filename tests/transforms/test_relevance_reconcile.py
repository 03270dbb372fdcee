"""Relevance decisions and in-article reconciliation flags."""

from __future__ import annotations

import pytest

from transforms.model import Fact
from transforms.reconcile import reconcile
from transforms.relevance import relevance, states_coverage

BODY_TK = "BPJS Ketenagakerjaan mencatat kepesertaan naik. Peserta BPJS Ketenagakerjaan aktif."

RELEVANCE_CASES = [
    ("Kepesertaan BPJS Ketenagakerjaan Kediri", BODY_TK, True),
    ("Peserta JKN Tembus 1,7 Juta", "BPJS Kesehatan dan JKN. BPJS Kesehatan lagi.", False),
    ("Cara Klaim JHT BPJS Ketenagakerjaan Online", BODY_TK, False),
    ("Dana Kelolaan BPJS Ketenagakerjaan Tembus Rp771 Triliun", BODY_TK, False),
    ("Job Fair Kota Tegal Sediakan 1.860 Lowongan", BODY_TK, False),
    ("Waspada Penipuan Catut BPJS Ketenagakerjaan", BODY_TK, False),
    ("Harga Cabai Naik", "Pedagang mengeluh.", False),
    ("", "", False),
]


@pytest.mark.parametrize(("title", "body", "expected"), RELEVANCE_CASES)
def test_relevance(title: str, body: str, expected: bool) -> None:
    relevant, reason = relevance(title, body)
    assert relevant is expected
    assert reason


def fact(metric: str, segment: str, value: float, unit: str = "count") -> Fact:
    """A fact of the Kediri branch, as of 2021-11."""
    return Fact("Kediri", "branch", metric, segment, value, unit, False, None, "2021-11", False,
                "", 0, 0)


def test_parts_that_sum_to_the_total_are_not_flagged() -> None:
    facts = [fact("participants", "all", 171607), fact("participants", "wage_earner", 111970),
             fact("participants", "non_wage_earner", 42414),
             fact("participants", "construction", 17223)]
    out, notes = reconcile(facts)
    assert all(not f.flags for f in out) and notes == []


def test_seed_000_parts_exceed_its_total_by_a_thousand() -> None:
    # Seed 000 prints 170.607 participants "dengan rincian" 111.970 + 42.414 + 17.223, which is
    # 171.607: the article is inconsistent, and the flag says so without changing a value.
    facts = [fact("participants", "all", 170607), fact("participants", "wage_earner", 111970),
             fact("participants", "non_wage_earner", 42414),
             fact("participants", "construction", 17223)]
    out, notes = reconcile(facts)
    assert [f.value for f in out] == [170607, 111970, 42414, 17223]
    assert all(f.flags == ("parts_exceed_total",) for f in out)
    assert notes == ["Kediri: participants parts sum to 171607, more than the total 170607"]


def test_parts_exceeding_the_total_are_flagged() -> None:
    facts = [fact("participants", "all", 100), fact("participants", "wage_earner", 80),
             fact("participants", "non_wage_earner", 40)]
    out, notes = reconcile(facts)
    assert all("parts_exceed_total" in f.flags for f in out)
    assert out[0].value == 100, "never a silent correction"
    assert len(notes) == 1


@pytest.mark.parametrize(("rate", "flagged"), [(17.0, False), (16.2, False), (30.0, True)])
def test_rate_against_participants_over_workforce(rate: float, flagged: bool) -> None:
    facts = [fact("coverage_rate", "all", rate, "percent"), fact("participants", "all", 3062280),
             fact("workforce", "all", 18963993), fact("employed", "all", 17835770)]
    out, notes = reconcile(facts)
    assert ("rate_mismatch" in out[0].flags) is flagged
    assert bool(notes) is flagged


def test_reconcile_nothing() -> None:
    assert reconcile([]) == ([], [])


def test_a_few_health_words_in_a_story_about_ours_keep_it() -> None:
    body = ("Baru 3.250 pekerja rentan terlindungi BPJS Ketenagakerjaan. Kepesertaan JKN sudah 95 "
            "persen. BPJS Kesehatan mencatat peserta JKN. Peserta BPJS Ketenagakerjaan 21.400.")
    assert relevance("DPRD Minta Pemkab Tambah Kuota Pekerja Rentan", body)[0] is True


# Headlines that call a story off-topic unless its body states a coverage figure (written for
# the test: an award, a fund or a payout story that also says how many workers are covered).
SOFT_HEADLINE_CASES = [
    ("Pemkot Sorong Raih Penghargaan Paritrana 2023",
     "BPJS Ketenagakerjaan menyerahkan penghargaan. Hingga Juni, cakupan kepesertaan BPJS "
     "Ketenagakerjaan di kota itu mencapai 47,2 persen dari pekerja yang ada.", True),
    ("Pemkot Sorong Raih Penghargaan Paritrana 2023",
     "BPJS Ketenagakerjaan menyerahkan penghargaan. Penilaian Paritrana tahun ini diikuti 150 "
     "peserta dari 12 kabupaten. Juri menilai komitmen perlindungan pekerja.", False),
    ("Dana Kelolaan BPJS Ketenagakerjaan Naik Jadi Rp 310 Triliun",
     "BPJS Ketenagakerjaan mengelola dana Rp 310 triliun. Tahun ini kepesertaan aktif ditargetkan "
     "31 juta pekerja.", True),
    ("Kanwil Banua Bayar Klaim JHT Rp 1,4 Triliun",
     "BPJS Ketenagakerjaan membayar klaim JHT. Klaim terbanyak ada di kantor cabang kota. "
     "Tenaga kerja yang terdaftar berhak atas manfaat itu.", False),
    ("Santunan Kematian Rp 84 Juta Diserahkan ke Ahli Waris Nelayan",
     "BPJS Ketenagakerjaan menyerahkan santunan. Di kabupaten ini baru 2.100 nelayan terdaftar; "
     "jumlah peserta aktif mencapai 18.400 orang.", True),
    ("Memahami Jaminan Pensiun dan Prosedur Klaimnya",
     "BPJS Ketenagakerjaan menjamin peserta. Peserta BPJS Ketenagakerjaan aktif 40 juta orang.",
     False),
]


@pytest.mark.parametrize(("title", "body", "expected"), SOFT_HEADLINE_CASES)
def test_off_topic_headline_yields_to_a_stated_coverage_figure(
    title: str, body: str, expected: bool
) -> None:
    assert relevance(title, body)[0] is expected


def test_a_numbered_list_item_is_no_count_of_workers() -> None:
    assert not states_coverage("Syarat klaim:\n1. Peserta mengundurkan diri dari perusahaan.")
    assert states_coverage("Sebanyak 12.300 tenaga kerja sudah menjadi peserta.")
