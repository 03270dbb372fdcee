"""Issue 13, precision on real news (helper r14-precision): figures the engine invented, by
shape, each tested on a paraphrase written for the test (other words, other places, other
values), with a near-miss sentence that must still give its fact."""

from __future__ import annotations

from tests.transforms.real_shapes import facts_of


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
