"""Issue 13, metric / drop / segment / target shapes of real news, each tested on a paraphrase
written for the test (other words, other places, other values)."""

from __future__ import annotations

import datetime as dt

from transforms.extract import extract
from transforms.text import article_from_text

TAIL = " Kepesertaan BPJS Ketenagakerjaan terus dijaga."


def _facts(body: str, title: str = "BPJS Ketenagakerjaan Kalimantan paparkan capaian"
           ) -> set[tuple[str, str, str, float, bool]]:
    text = title + "\n\n" + body + TAIL
    facts = extract(article_from_text(text), published=dt.date(2025, 3, 1)).facts
    return {(f.area, f.metric, f.segment, f.value, f.is_target) for f in facts}


def test_companies_listed_with_their_workers() -> None:
    got = _facts("Perusahaan yang terdaftar paling banyak dari Kota Pontianak 1.320 perusahaan "
                 "dengan 27.400 tenaga kerja. Kabupaten Ketapang baru 58 perusahaan dengan "
                 "tenaga kerja sebanyak 940 orang, dan Kabupaten Sintang 73 perusahaan dengan "
                 "1.215 tenaga kerja.")
    assert ("Pontianak", "employers", "all", 1320, False) in got
    assert ("Pontianak", "participants", "all", 27400, False) in got
    assert ("Ketapang", "employers", "all", 58, False) in got
    assert ("Ketapang", "participants", "all", 940, False) in got
    assert ("Sintang", "participants", "all", 1215, False) in got


def test_workers_counted_by_the_companies_that_registered_them() -> None:
    got = _facts("Sekitar 6.700 pekerja dari 415 perusahaan di Kabupaten Kapuas Hulu yang "
                 "telah bergabung dalam program BPJS Ketenagakerjaan.")
    assert ("Kapuas Hulu", "participants", "all", 6700, False) in got
    assert ("Kapuas Hulu", "employers", "all", 415, False) in got
