"""Issue 13 (helper r13d), metric / drop / segment / target shapes of real news, each tested on
a paraphrase written for the test (other words, other places, other values)."""

from __future__ import annotations

import datetime as dt

from transforms.extract import extract
from transforms.text import article_from_text

TAIL = " Kepesertaan BPJS Ketenagakerjaan terus dijaga."


def _facts(
    body: str, title: str = "BPJS Ketenagakerjaan paparkan capaian kepesertaan"
) -> set[tuple[str, str, str, float, bool]]:
    text = title + "\n\n" + body + TAIL
    facts = extract(article_from_text(text), published=dt.date(2025, 3, 1)).facts
    return {(f.area, f.metric, f.segment, f.value, f.is_target) for f in facts}


def test_workers_given_protection_are_participants() -> None:
    got = _facts(
        "Program tersebut memberikan jaminan kecelakaan kerja kepada 3.215 pekerja rentan "
        "di Kabupaten Sigi yang dibiayai dana desa."
    )
    assert ("Sigi", "participants", "vulnerable", 3215, False) in got
    assert not any(f[1] == "workforce" for f in got)


def test_workers_a_programme_embraces_are_participants() -> None:
    got = _facts(
        "Program itu sejauh ini merangkul sekitar 41 ribu pekerja di Kota Kendari dari "
        "berbagai sektor."
    )
    assert ("Kendari", "participants", "all", 41000, False) in got


def test_workers_not_yet_protected_stay_no_participants() -> None:
    got = _facts(
        "Di Kabupaten Bone, program itu belum melindungi 12.800 pekerja informal di desa."
    )
    assert not any(f[1] == "participants" and f[3] == 12800 for f in got)
