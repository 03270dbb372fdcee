"""Decision 2, the metric: what a figure counts (LABELLING.md "Metrics").

`METRIC` is read top to bottom and the first rule that matches decides; an outcome of None
means no rule knows what the number counts, and the drop table then drops it (`no_metric`).
Rupiah and percent have their own tables (`metric_rates.py`); counts are read from the noun
after the figure, the figure it restates or continues, then the nearest cue before it.
`REVISE` holds the rules that refine a decided metric (each one is named in the trace when it
fires).
"""

from __future__ import annotations

import re

from transforms import metric_context as mc
from transforms import metric_items as mi
from transforms import metric_shapes as ms
from transforms import rules
from transforms.candidate import ONLY_ITS_PLACE_RE, Candidate
from transforms.cues import nearest_cue
from transforms.engine import Rule, always, check_table, decide, revise
from transforms.metric_claims import CLAIM_RULES
from transforms.metric_rates import PERCENT, RUPIAH
from transforms.workforce_shares import could_join, share_restated, whole_of_share

_PAID_SEGMENT_RE = re.compile(r"\b(?:bukan\s+)?penerima\s+upah\b|\bB?PU\b", re.IGNORECASE)
_PUNCT_RE = re.compile(r"[,;.]")
_CONNECTED_RE = re.compile(
    r"(?:\b(?:sebanyak|sejumlah|mencapai|sebesar|ada|tercatat|yakni|yaitu|sekitar|"
    r"hampir|lebih\s+dari|kurang\s+lebih|kini|sekarang|berjumlah|tembus|menembus|baru|"
    # "menargetkan peserta aktif naik menjadi 275 ribu" (a probe article, 2026-12-03)
    r"menjadi)|:|±)"
    r"\s*$|"
    # "menargetkan peserta aktif 530 ribu" (dev 002): the cue right before the figure
    r"\b(?:peserta|pekerja)(?:\s+[a-z]+)?\s*$|"
    # "dengan jumlah perusahaan 17.200" (issue 13)
    r"\bjumlah\s+(?:perusahaan|badan\s+usaha|pemberi\s+kerja)(?:\s+[a-z]+)?\s*$", re.IGNORECASE)
#: "dari sekitar 2,6 juta pekerja di NTB, yang sudah terlindungi baru 553 ribu": the whole comes
#: first, and the registration words belong to the part after the comma (a probe, 2026-12-03).
_FROM_WHOLE_RE = re.compile(r"\b[Dd]ari\s+(?:sekitar|total|kurang\s+lebih|hampir|lebih\s+dari)?"
                            r"\s*$")
_PART_CLAUSE_RE = re.compile(r"^[^,.;]{0,60},\s*(?:yang|baru|sebanyak|sudah)\b", re.IGNORECASE)
_PLACEMENT_RE = re.compile(r"\s*(?:P3MI|perusahaan\s+penempatan|agen\s+penempatan)\b",
                           re.IGNORECASE)
_COORDINATED_END_RE = re.compile(r"^[^\d,.;]{0,40}\b(?:dan|serta)\s*$", re.IGNORECASE)
_NEXT_ITEM_REGISTERED_RE = re.compile(
    r"[\d.,]+\s+[^\d.;,]{0,40}?\b(?:yang\s+)?(?:kini\s+|sudah\s+|telah\s+|juga\s+)*"
    r"(?:terdaftar|terlindungi|dilindungi|didaftarkan|menjadi\s+peserta)\b", re.IGNORECASE)
#: Growing a registered group toward a number: "menambah menjadi", "ditambah hingga".
_GROW_TO_RE = re.compile(r"\b(?:menambah|ditambah|meningkatkan|ditingkatkan|memperluas)\b"
                         r"(?:[^,.;]{0,30}\b(?:menjadi|hingga|sampai|ke)|\s+(?:sebanyak|sekitar)?)"
                         r"\s*$", re.IGNORECASE)
#: "pekerja informal di Jatim mencapai 13,1 juta orang" (corpus 014): workers counted, no cover.
_WORKERS_ARE_RE = re.compile(
    r"\b(?:pekerja|tenaga\s+kerja|angkatan\s+kerja)\b[^,]{0,40}\b(?:mencapai|sebanyak|sejumlah|"
    r"ada|tercatat|sekitar|diperkirakan|berjumlah)(?:\s+(?:sekitar|lebih\s+dari|hampir|"
    r"kurang\s+lebih))?\s*$", re.IGNORECASE)
#: "dari (total|seluruh|jumlah) N desa": all the units, the denominator of those registered.
_OF_ALL_RE = re.compile(r"(?<!lebih\s)(?<!kurang\s)\bdari\s+(?:total|seluruh|jumlah)?\s*$",
                        re.IGNORECASE)
#: ... but companies a count of people comes from are employers ("dari 1.900 perusahaan").
_EMPLOYER_UNIT_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|BU|unit\s+usaha|pemberi\s+kerja)\b",
                               re.IGNORECASE)
_STOCK_RE = re.compile(r"^\W*(?:ada|tercatat|terdapat|sebanyak|jumlah\w*)\W*$", re.IGNORECASE)
#: "N dari M" with nothing but people after M: N of the whole M ("Label: 81.000 dari 250.000").
_PART_OF_WHOLE_RE = re.compile(
    r"\s*dari\s+(?:total\s+|sekitar\s+)?\d[\d.,]*(?:\s*(?:juta|ribu))?\s*(?:$|[,;.)]|"
    r"(?:orang|jiwa|pekerja|tenaga\s+kerja|potensi)\b)", re.IGNORECASE)
#: "N atau X persen dari M": N is the covered part the rate measures.
_OR_SHARE_OF_RE = re.compile(r"\s*(?:(?:orang|pekerja|tenaga\s+kerja|jiwa)\s+)?atau\s+"
                             r"(?:sekitar\s+|hampir\s+)?\d[\d.,]*\s*(?:persen|%)\s+"
                             r"dari\s+(?!target|sasaran|pagu|anggaran)", re.IGNORECASE)
#: "mencapai 12,4 juta, lalu naik menjadi 13,1 juta": the same measure at a later time.
_ROSE_TO_RE = re.compile(r"[\s,]*(?:(?:lalu|kemudian|dan|sebelum)\s+)?(?:naik|meningkat|bertambah|"
                         r"turun|menurun|berkurang|tumbuh|melonjak)\s+(?:lagi\s+)?(?:menjadi|ke)"
                         r"\s*(?:angka\s+)?", re.IGNORECASE)
#: "... 940 orang dan tahun ini 1.210 orang", "312 orang dan tahun 2022 305 orang": the same
#: measure in another year (a time series in one sentence).
_ANOTHER_YEAR_RE = re.compile(
    r"[\s,]*(?:orang|peserta|pekerja|jiwa)?[\s,]*(?:dan|serta|sedangkan|lalu|kemudian)\s+"
    r"(?:(?:pada|di)\s+)?(?:tahun\s+(?:ini|lalu|(?:19|20)\d\d)|(?:19|20)\d\d)\s*,?\s*"
    r"(?:sebanyak\s+|sejumlah\s+|berjumlah\s+|mencapai\s+|tercatat\s+|ada\s+)?", re.IGNORECASE)
#: "61,2 persen (412.300 orang)": a count in brackets right after a rate restates it.
_BRACKET_OPEN_RE = re.compile(r"\s*\(\s*")
#: "baru 26.000 pekerja dari potensi 1,2 juta": the covered part of a potential.
#: "... 41.300 pekerja per 30 Juni 2024 dari total potensi itu": a date may stand between.
_OF_POTENTIAL_RE = re.compile(r"\s*(?:(?:orang|pekerja|tenaga\s+kerja|jiwa|peserta)\s+)?"
                              r"(?:(?:per|hingga|sampai)\s+[\w ]{3,24}?\d{4}\s+)?"
                              r"(?:yang\s+\w+\s+)?dari\s+(?:total\s+)?potensi\w*\b", re.IGNORECASE)
#: "... pekerja dari 215 perusahaan", "... kepala desa dan perangkat desa dari 187 desa" (issue 13)
_FROM_RE = re.compile(r"(?:[^\d.;,]{0,40}?\s)?dari\s+(?:sekitar\s+)?", re.IGNORECASE)
_WORKER_NOUN_RE = mi.WORKER_NOUN_RE


def metric_of(c: Candidate) -> str | None:
    """The candidate's metric (decided once, revised by `REVISE`), None when none applies."""
    if "metric" not in c.memo:
        d = decide(METRIC_BY_UNIT[c.unit], c)
        metric, revised = revise(REVISE, c, d.outcome)
        c.memo["metric"] = metric
        c.memo["metric_rules"] = [d.name, *revised]
    return c.memo["metric"]


def _count(c: Candidate) -> bool:
    return c.unit == "count"


def _person(c: Candidate) -> bool:
    return bool(rules.PERSON_NOUN.match(c.right))


def _noun_after(c: Candidate) -> str | None:
    """The metric of the first noun-after rule that matches the words after the number."""
    if "noun_after" not in c.memo:
        c.memo["noun_after"] = next((m for p, m in rules.METRIC_AFTER if p.match(c.right)), None)
    return c.memo["noun_after"]


def _unregistered_units(c: Candidate) -> bool:
    """Villages or companies counted with no word that they registered their people."""
    if not rules.REGISTERING_UNITS.match(c.right):
        return False
    first = _PUNCT_RE.split(c.right, maxsplit=1)[0]
    if _OF_ALL_RE.search(c.clause_left) and not _EMPLOYER_UNIT_RE.match(c.right):
        return True  # "baru 120 desa yang mendaftarkan perangkatnya dari total 421 desa"
    return not rules.REGISTERED.search(c.before + " " + first) and not (
        _noun_after(c) == "employers" and _STOCK_RE.match(c.clause_left)
        and len(first.split()) <= 3)


def _registered_after(c: Candidate) -> bool:
    """Registration words after the figure, or after the next item it is coordinated with."""
    part_follows = bool(_FROM_WHOLE_RE.search(c.clause_left) and _PART_CLAUSE_RE.match(c.right))
    m = rules.PARTICIPANT_AFTER.match(c.right)
    if m and (ms.NONE_REGISTERED_RE.search(m.group(0)) or ms.BUT_THOSE_RE.search(m.group(0))):
        # "2.870 tenaga kerja, sama sekali belum ada yang terdaftar"; "ada 1,1 juta, tapi yang
        # terdaftar baru ...": the registered are another figure (issue 13)
        return False
    return bool(m and not part_follows) or bool(
        _COORDINATED_END_RE.search(c.right)
        and _NEXT_ITEM_REGISTERED_RE.match(c.text, c.right_end)) or bool(
        _person(c) and mi.FROM_UNITS_REGISTERED_RE.match(c.text, c.n.end))


def _cue(c: Candidate, window: str) -> str | None:
    """The nearest cue in a window of the candidate (cached: each window is read twice)."""
    key = ("cue", window)
    if key not in c.memo:
        c.memo[key] = nearest_cue(window)
    return c.memo[key]


def _connected(c: Candidate, window: str) -> bool:
    return bool(_person(c) or _CONNECTED_RE.search(window) or ms.RANK_WITH_RE.search(window))


def _workers(c: Candidate) -> bool:
    return bool(_WORKER_NOUN_RE.match(c.right) or _WORKERS_ARE_RE.search(c.clause_left))


def _back_fits(c: Candidate) -> bool:
    r = c.right
    return c.back is not None and bool(
        _person(c) or rules.IS_PART.match(r) or not r.strip(" .") or r.lstrip()[:1] in (",", ";")
        or r.lstrip().startswith("dan ") or ONLY_ITS_PLACE_RE.match(r))


def _whole_of_workers(c: Candidate) -> bool:
    whole = c.parts_of or c.continues
    return whole is not None and whole.unit == "count" and \
        whole.metric in ("workforce", "employed") and \
        bool(rules.IS_PART.match(c.right) and rules.PARTICIPANT_AFTER.match(c.right))


_COUNT: tuple[Rule[str | None], ...] = (
    *CLAIM_RULES,
    Rule("noun_after_placement", lambda c: _noun_after(c) == "employers"
         and _PLACEMENT_RE.match(c.right), "employers",
         "Bekerja sama dengan 56 perusahaan penempatan: agencies of migrant workers."),
    Rule("employers_workers_come_from", lambda c: _noun_after(c) == "employers"
         and c.prev is not None and c.prev.unit == "count"
         and c.prev.metric in ("participants", "workforce")
         and _FROM_RE.fullmatch(c.left), "employers",
         "Sekitar 4.100 pekerja dari 215 perusahaan di kota itu sudah terlindungi: the "
         "companies the workers come from."),
    Rule("people_per_statistics", lambda c: ms.PER_STATISTICS_RE.match(c.text, c.n.end),
         "workforce", "Di provinsi itu ada 80 ribu orang berdasar data BPS: the labour force."),
    Rule("potential_stated", lambda c: ms.POTENTIAL_STATED_RE.search(c.clause_left), "workforce",
         "Potensi kepesertaan sektor formal di kota itu berjumlah 411.200 jiwa."),
    Rule("employer_units", lambda c: ms.UNIT_AFTER_RE.match(c.text, c.n.end)
         and ms.EMPLOYER_UNITS_RE.search(c.clause_left), "employers",
         "Jumlah perusahaan yang sudah ikut peserta sebanyak 318 unit."),
    Rule("employers_with_workers", lambda c: ms.WITH_WORKERS_RE.match(c.text, c.n.end),
         "employers", "Kota A 140 perusahaan dengan 2.300 tenaga kerja: the companies listed."),
    Rule("workers_of_employers", ms.workers_of_employers, "participants",
         "Kota A 88 perusahaan dengan tenaga kerja sebanyak 1.950 orang: their workers."),
    Rule("workers_from_employers", lambda c: ms.FROM_EMPLOYERS_RE.match(c.text, c.n.end)
         and _cue(c, c.clause_left) != "workforce", "participants",
         "Sebanyak 9.400 pekerja dari 610 perusahaan di kabupaten itu sudah dilayani."),
    Rule("all_units_registered", ms.all_units_registered, "employers",
         "Seluruh desa yang berjumlah 287 beserta perangkatnya sudah terdaftar."),
    Rule("noun_after_unregistered_units", lambda c: _noun_after(c) is not None
         and _unregistered_units(c), None,
         "Kudus memiliki 132 desa (corpus 002); dari total 421 desa: units, not employers."),
    Rule("added_listed", mc.added_listed, "participants",
         "Tinggal 4.000 lagi untuk mencapai target. Tambahan peserta itu antara lain 1.500 calon "
         "peserta non-ASN, 900 aparat RT/RW: the participants to add."),
    Rule("candidates", ms.candidates, "workforce", "Dari 0,9 juta calon peserta, baru 140 ribu."),
    Rule("noun_after", _noun_after, _noun_after,
         "17.835.770 bekerja; 3.466 perusahaan; 38.211 kasus; 1.200 peserta."),
    Rule("covered_part_of_potential", lambda c: _OF_POTENTIAL_RE.match(c.text, c.n.end),
         "participants", "Untuk pekerja mandiri baru 26.000 pekerja dari potensi 1,2 juta."),
    Rule("covered_count_before_rate", ms.covered_before_rate, "participants",
         "Sebanyak 141 ribu pekerja atau sekitar 38 persen disebut telah terdaftar."),
    Rule("covered_part_with_rate", lambda c: _OR_SHARE_OF_RE.match(c.text, c.n.end),
         "participants", "Di Provinsi A tercatat 41.200 atau 62 persen dari 66.400 potensi "
         "peserta: the first figure is the part covered."),
    Rule("covered_part_of_whole", lambda c: _PART_OF_WHOLE_RE.match(c.text, c.n.end)
         and c.text.find(":", max(0, c.n.start - 80), c.n.start) >= 0, "participants",
         "• Pekerja sektor jasa: 12.100 dari 40.300 (a labelled row: covered of all)."),
    Rule("target_added_people", lambda c: _person(c) and mi.OR_ADDED_RE.search(c.left)
         and rules.TARGET_CUES.search(c.before), "participants",
         "Menargetkan kepesertaan mencapai 58 persen pada 2026, atau bertambah 1,2 juta pekerja: "
         "the target as participants added."),
    Rule("realised_of_target", lambda c: _person(c)
         and ms.REALISED_OF_TARGET_RE.search(c.before[-200:]), "participants",
         "Capaian 91 persen dari target 180 ribu pekerja, yakni sebesar 164 ribu pekerja."),
    Rule("workers_who_could_join", could_join, "workforce",
         "21,4 juta merupakan pekerja rentan yang berpotensi menjadi peserta: the potential."),
    Rule("whole_of_sector_share", whole_of_share, "workforce",
         "35% dari 88 juta potensi pekerja di sektor formal: all the workers of the share."),
    Rule("sector_share_restated", share_restated, lambda c: c.prev.metric,
         "Penduduk bekerja di kegiatan formal 38,2 persen (412,1 ribu orang): the share's people."),
    Rule("whole_of_covered", ms.whole_of_covered, "workforce",
         "12.100 dari 40.300; 62 persen dari 66.400 potensi peserta: the whole is the "
         "workforce."),
    Rule("bracketed_count_of_rate", lambda c: c.prev is not None and c.prev.unit == "percent"
         and c.prev.metric == "coverage_rate" and _BRACKET_OPEN_RE.fullmatch(c.left)
         and _person(c), "participants",
         "Cakupan di provinsi itu baru 61,2 persen (412.300 orang): the people the rate counts."),
    Rule("same_measure_later", lambda c: c.prev is not None and c.prev.unit == "count"
         and _ROSE_TO_RE.fullmatch(c.left), lambda c: c.prev.metric,
         "Pada 2021 peserta aktif 1,2 juta, lalu naik menjadi 1,4 juta setahun kemudian: a time "
         "series in one sentence."),
    Rule("same_measure_another_year", lambda c: c.prev is not None and c.prev.unit == "count"
         and c.prev.metric is not None and _ANOTHER_YEAR_RE.fullmatch(c.left) is not None,
         lambda c: c.prev.metric,
         "Tahun 2021 berjumlah 940 orang dan tahun ini 1.210 orang: a time series in one "
         "sentence."),
    Rule("compared_with_earlier", lambda c: c.prev is not None and c.prev.unit == "count"
         and mi.COMPARED_WITH_RE.search(c.left), lambda c: c.prev.metric,
         "Peserta 198.300 orang, naik 12 persen dibandingkan periode yang sama tahun lalu "
         "dengan jumlah 176.900 orang: the same measure earlier."),
    Rule("became_later", lambda c: c.prev is not None and c.prev.unit == "count"
         and ms.BECAME_RE.search(c.near), lambda c: c.prev.metric,
         "BPU ada 9.400 orang, namun akhir 2020 tercatat menurun menjadi 8.100 orang."),
    Rule("linked_rate", lambda c: c.linked is not None and c.linked.unit == "percent"
         and c.linked.metric == "coverage_rate", "participants",
         "17 persen atau 3.062.280 pekerja (seed 001)."),
    Rule("restates_rate_not_whole", lambda c: c.linked is not None
         and c.linked.metric == "workforce" and ms.RATE_WHOLE_OR_RE.search(c.before[-90:]),
         "participants", "27,5% dari 980.100 angkatan kerja atau sebanyak 269.500 pekerja."),
    Rule("range_end", lambda c: c.prev is not None and c.prev.unit == "count"
         and ms.RANGE_END_RE.fullmatch(c.left), lambda c: c.prev.metric,
         "Baru mencapai sekitar 300 ribu hingga 400 ribu pekerja: the range's upper end."),
    Rule("linked_count", lambda c: c.linked is not None and c.linked.unit == "count",
         lambda c: c.linked.metric, "Sejuta lebih, tepatnya 1.043.512 orang."),
    Rule("covered_part_of_workers", _whole_of_workers, "participants",
         "298.000 orang, namun baru 88.100 di antaranya yang terlindungi (a probe, 2026-12-03)."),
    Rule("people_after_units", ms.people_after_units, "participants",
         "Yang sudah mendaftar sebanyak 250 desa dan 2.101 pekerja: the people of those units."),
    Rule("part_after_whole", lambda c: c.prev is not None and c.prev.metric == "workforce"
         and ms.PART_AFTER_WHOLE_RE.fullmatch(c.left) and _registered_after(c), "participants",
         "Dari total potensi 21.400 non-ASN, sebanyak 19.100 orang sudah terlindungi."),
    *ms.WHOLE_RULES,
    Rule("growth_from_to", mc.growth_from_to, "participants",
         "Kepesertaan pekerja formal tumbuh 12,4 persen. Tadinya 14.100 menjadi 15.850."),
    Rule("next_place_same_measure", mc.next_place_same_measure, lambda c: c.prev.metric,
         "Ada 4,1 juta peserta aktif di Jawa Tengah dan 3,9 juta di Jawa Timur."),
    Rule("list_continues", lambda c: c.continues is not None and c.continues.unit == "count",
         lambda c: c.continues.metric,
         "Peserta penerima upah sebanyak 26,71 juta, bukan penerima upah 9,28 juta (corpus 007)."),
    Rule("part_of_total", lambda c: c.parts_of is not None, lambda c: c.parts_of.metric,
         "71.420 orang, terdiri dari 48.115 penerima upah dan ... (dev 012)."),
    Rule("potential_called_target", mc.potential_called_target, "workforce",
         "Dari potensi 2,1 juta pekerja ... Capaian 44 % dari target 2,1 juta pekerja: the "
         "potential again."),
    Rule("target_people", lambda c: ms.TARGET_BEFORE_RE.search(c.near) and _person(c),
         "participants", "Dari target 90 ribu pekerja, saat ini baru 31 ribu yang terlindungi."),
    Rule("whole_before_part", lambda c: ms.whole_first(c), "workforce",
         "Pekerja PU di kota itu 88 ribu orang, dan 80 ribu di antaranya sudah peserta."),
    Rule("workforce_then_part", lambda c: _cue(c, c.clause_left) == "workforce"
         and ms.PART_FOLLOWS_RE.match(c.text, c.n.end), "workforce",
         "Angkatan kerja di sana sekira 640 ribu lebih dan yang sudah terdaftar 90 ribu."),
    Rule("whole_after_total", lambda c: ms.WHOLE_AFTER_TOTAL_RE.search(c.near) and _person(c)
         and not _registered_after(c), "workforce",
         "Cakupan baru 41 persen (52.000 orang), dari total 127.000 orang pekerja: the whole."),
    Rule("registered_after", _registered_after, "participants",
         "170.607 tenaga kerja yang aktif sebagai peserta (seed 000); 13 perangkat desa dan "
         "25 kader posyandu yang kini terdaftar."),
    Rule("cue_in_clause", lambda c: _cue(c, c.clause_left) and _connected(c, c.clause_left),
         lambda c: _cue(c, c.clause_left), "Jumlah peserta aktif mencapai 312.458 pekerja."),
    Rule("cue_in_clause_unconnected", lambda c: _cue(c, c.clause_left), None,
         "Peserta ... menyumbang 12 kali lipat: a cue, but the number is not its figure."),
    Rule("people_after_employer_cue", mi.people_after_employers, "participants",
         "Terdiri dari 41.200 pekerja penerima upah di 3.100 badan usaha, 9.800 pekerja bukan "
         "penerima upah: people, not the companies named before them."),
    Rule("cue_in_phrase", lambda c: _cue(c, c.left) and _connected(c, c.left),
         lambda c: _cue(c, c.left), "Peserta aktif di Kudus, kata dia, ada 98.000 orang."),
    Rule("cue_in_phrase_unconnected", lambda c: _cue(c, c.left), None, "A cue, not its figure."),
    Rule("group_goes_on", ms.group_goes_on, lambda c: c.where.state.last_count[0],
         "Peserta BPU sekitar 20.000 orang. Sedangkan yang milenial ada 8.000 orang."),
    Rule("same_count_other_time", mc.same_count_other_time,
         lambda c: c.where.state.last_count[0],
         "Peserta aktif akhir tahun ini 12 juta. Sementara di akhir tahun lalu terdapat 11 juta."),
    Rule("ranking_goes_on", ms.ranked_before, ms.ranked_before,
         "Peserta terbanyak di Kota A. Kota B menyusul dengan 3 juta."),
    Rule("refers_back", _back_fits, lambda c: c.back[0],
         "Dari jumlah itu, pekerja proyek tercatat 23.115 orang (corpus 016)."),
    Rule("targets_listed", ms.people_listed, "participants", "Target ... Antara lain 90 ribu."),
    Rule("workers_grow_to_target", lambda c: _workers(c) and _GROW_TO_RE.search(c.clause_left)
         and rules.TARGET_CUES.search(c.clause_left), "participants",
         "Tahun depan ingin menambah menjadi 300 pekerja rentan."),
    Rule("workers_budgeted", lambda c: _workers(c) and ms.BUDGETED_RE.search(c.before), None,
         "Anggaran yang diusulkan Rp2 miliar untuk 10.000 pekerja: a plan."),
    Rule("workers_affected", lambda c: _workers(c) and ms.AFFECTED_RE.match(c.right), None,
         "4.500 pekerja terdampak banjir: a group an event befell."),
    Rule("workers_protected", lambda c: _workers(c) and ms.protected(c), "participants",
         "Pemkot memberikan perlindungan kepada 2.400 pekerja rentan: workers it covers."),
    Rule("people_list_goes_on", mi.people_list_goes_on, "participants",
         "Perlindungan kepada 9.100 guru honorer & 3.400 pegawai kontrak: the list's next item."),
    Rule("workers", _workers, "workforce",
         "Pekerja informal di Jatim mencapai 13,1 juta orang (corpus 014)."),
    Rule("paid_segment_people", lambda c: (_PAID_SEGMENT_RE.search(c.clause_left[-60:])
                                            or mi.IN_PAID_CATEGORY_RE.search(c.before))
         and _person(c), "participants",
         "Untuk pekerja penerima upah sudah 187.400 orang (a probe, 2026-12-03)."),
    Rule("change_of_growth_before", ms.change_of_growth_before, "participants",
         "Kepesertaan pekerja formal tumbuh 12,4 persen. Tadinya 8.120 menjadi 9.400."),
    Rule("no_metric", always, None, "Kudus memiliki 132 desa."),
)
#: The metric table: Rupiah first, then percent, then counts. Each part ends on its fallback,
#: so `metric_of` reads only the part of the candidate's unit (`METRIC_BY_UNIT`); `METRIC` is
#: the whole table for listing (explain's examples), never for `decide`.
METRIC: tuple[Rule[str | None], ...] = (*RUPIAH, *PERCENT, *_COUNT)
METRIC_BY_UNIT = {"idr": RUPIAH, "percent": PERCENT, "count": _COUNT}
for _unit, _table in METRIC_BY_UNIT.items():
    check_table(_table, f"metric ({_unit})")

#: Rules that refine a decided metric (applied in order; each that fires is traced).
REVISE: tuple[Rule[str | None], ...] = (
    Rule("paid_segment_not_workforce", lambda cm: cm[1] == "workforce"
         and _PAID_SEGMENT_RE.search(cm[0].clause_left + " " + cm[0].head)
         and not ms.whole_first(cm[0]) and not ms.OF_TOTAL_WHOLE_RE.search(cm[0].before[-120:])
         and not ms.POTENTIAL_OF_RE.search(cm[0].left),
         "participants",
         "Pekerja bukan penerima upah sekitar 6.300 orang (dev 019): PU and BPU are kinds of "
         "participants, not of workers."),
)
