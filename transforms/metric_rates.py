"""Decision 2, the metric, for Rupiah and percent figures (LABELLING.md "Metrics"): the first
rule that matches decides, and each table ends on its fallback. `decide_metric.py` holds the
count rules and reads these tables by the figure's unit."""

from __future__ import annotations

import re

from transforms import metric_shapes as ms
from transforms import rules
from transforms.candidate import Candidate
from transforms.engine import Rule, always
from transforms.lexicon import STATISTICS_RE
from transforms.metric_claims import VALUE_LEFT_RE
from transforms.metric_context import sentence_before
from transforms.workforce_shares import sector_share

#: "Dari jumlah tersebut, ...": a part of the total just given.
_OF_WHICH_RE = re.compile(r"\bdari\s+(?:jumlah|angka|total)\s+(?:tersebut|itu|ini)\b",
                          re.IGNORECASE)
#: A ranking that goes on with a place, not a segment: "disusul Kota Balikpapan 71,5 persen".
_PLACE_FOLLOWS_RE = re.compile(r"\b(?i:disusul|diikuti)\s+(?i:oleh\s+)?(?:[A-Z][a-z]|Kab\.)")
#: "... 64 persen dari pekerja": a share of the workers, not a labour statistic of its own.
_OF_WORKERS_RE = re.compile(r"^\s*dari\s+(?:total\s+|jumlah\s+|seluruh\s+)?(?:penduduk|pekerja|"
                            r"tenaga\s+kerja|angkatan\s+kerja)", re.IGNORECASE)

#: "setara dengan 5,4% dari total peserta aktif nasional" (issue 13): a share of participants.
_OF_ALL_PARTICIPANTS_RE = re.compile(r"\s*(?:persen|%)?\s*dari\s+(?:total|jumlah|seluruh)\s+"
                                     r"(?:jumlah\s+)?peserta\s+(?:aktif|nasional)\b",
                                     re.IGNORECASE)

#: "baru 38% saja desa se provinsi itu yang aparatur desanya telah menjadi peserta" (issue 13).
UNIT_SHARE_RE = re.compile(r"\s*(?:persen|%)?\s*(?:saja\s+|dari\s+)?(?=(?:desa|kelurahan|kampung|"
                           r"nagari|gampong)\b)", re.IGNORECASE)
_UNITS_REGISTERED_AFTER_RE = re.compile(
    UNIT_SHARE_RE.pattern + r"\w+[^.;\d]{0,80}?\b(?:telah\s+|sudah\s+)?(?:menjadi\s+peserta|"
    r"terdaftar|didaftarkan|mendaftarkan)\b", re.IGNORECASE)
#: "kecelakaan kerja Rp4,1 miliar untuk 512 kasus" (issue 13): an amount for claim cases.
_FOR_CASES_RE = re.compile(r"\s*(?:rupiah\s+)?untuk\s+(?:sekitar\s+|sebanyak\s+)?[\d.,]+\s*"
                           r"(?:ribu\s+)?(?:kasus|klaim)\b", re.IGNORECASE)

#: "58 persen atau 912.400 pekerja dari potensi 1,57 juta" (issue 13): the covered part restated.
_AS_PART_OF_WHOLE_RE = re.compile(
    r"\s*(?:persen|%)?\s*(?:atau|yakni|setara\s+dengan)\s+(?:sekitar\s+)?[\d.,]+\s*(?:juta|ribu)?\s*"
    r"(?:orang|pekerja|peserta|tenaga\s+kerja)\s+dari\s+(?:total\s+)?(?:potensi|jumlah|seluruh)\b",
    re.IGNORECASE)
#: "Angka ini masih perlu ditingkatkan mengingat target ... sebesar 70 persen" (issue 13).
_THIS_FIGURE_RE = re.compile(r"\b(?:angka|capaian|cakupan)\s+(?:ini|tersebut|itu)\b",
                             re.IGNORECASE)


def _pct(c: Candidate) -> bool:
    return c.unit == "percent"


RUPIAH: tuple[Rule[str | None], ...] = (
    Rule("idr_benefit_cue", lambda c: c.unit == "idr"
         and rules.BENEFIT_CUES.search(c.before + c.right),
         "benefits_paid", "Membayarkan klaim sebanyak 38.211 kasus dengan total nilai "
         "Rp386,7 miliar (corpus 001)."),
    Rule("idr_for_claims", lambda c: c.unit == "idr" and c.parts_of is not None
         and c.parts_of.metric == "claims", "benefits_paid",
         "JP: 9.870 kasus, Rp12,6 miliar (dev 003): the amount paid for the cases before it."),
    Rule("idr_of_people_paid", lambda c: c.unit == "idr" and c.prev is not None
         and c.prev.metric == "claims" and VALUE_LEFT_RE.search(c.left), "benefits_paid",
         "318 peserta menerima santunan dengan total nilai Rp12 miliar: what they were paid."),
    Rule("idr_for_cases", lambda c: c.unit == "idr" and _FOR_CASES_RE.match(c.text, c.n.end),
         "benefits_paid", "Sementara kecelakaan kerja Rp4,1 miliar untuk 512 kasus: the amount "
         "paid for the cases after it."),
    Rule("idr_other", always, None, "Anggaran Rp2 miliar untuk pelatihan."),
)
PERCENT: tuple[Rule[str | None], ...] = (
    Rule("pct_sector_share", sector_share, lambda c: sector_share(c)[0],
         "Sebanyak 64 persen angkatan kerja di provinsi itu bekerja di sektor informal: the "
         "workforce by sector, no coverage rate."),
    Rule("pct_workforce_share", lambda c: _pct(c) and rules.WORKFORCE_SHARE_AFTER.match(c.right)
         and not rules.PARTICIPANT_AFTER.match(c.right), None,
         "Sekitar 59 persen pekerja kita informal: a share of the workforce."),
    Rule("pct_of_all_participants", lambda c: _pct(c)
         and _OF_ALL_PARTICIPANTS_RE.match(c.text, c.n.end), "participants",
         "Jumlahnya mencapai 2,1 juta peserta, setara dengan 5,4% dari total peserta aktif "
         "nasional: a share of the participants, no coverage rate."),
    Rule("pct_of_linked_participants", lambda c: _pct(c) and c.linked is not None
         and c.linked.unit == "count" and c.linked.metric == "participants", "coverage_rate",
         "3.062.280 peserta atau 17 persen."),
    Rule("pct_of_which", lambda c: _pct(c) and c.back is not None and c.back[0] == "participants"
         and _OF_WHICH_RE.search(c.left) and not rules.PARTICIPANT_AFTER.match(c.right)
         and " dari " not in c.right, "participants",
         "Peserta aktif 512.800 orang. Dari jumlah tersebut, sekitar 78 persen merupakan pekerja "
         "manufaktur (a probe, 2026-12-03): a share of those participants."),
    Rule("pct_ranking_next_place", lambda c: _pct(c) and (
        rules.SHARE_CUES.search(c.left) or rules.SHARE_AFTER.match(c.right))
         and _PLACE_FOLLOWS_RE.search(c.left) and c.has(rules.COVERAGE_CUES), "coverage_rate",
         "Cakupan tertinggi ada di Kota Bontang dengan 78,2 persen, disusul Kota Balikpapan "
         "71,5 persen (a probe, 2026-12-03)."),
    Rule("pct_reach", lambda c: _pct(c) and ms.REACH_RE.search(c.near), "coverage_rate",
         "Di provinsi itu sudah menjangkau 35 persen peserta atau 1,1 juta orang."),
    Rule("pct_segment_realised", lambda c: _pct(c) and ms.SEGMENT_REALISED_RE.search(c.before),
         "coverage_rate", "Realisasi pekerja penerima upah mencapai 52 persen."),
    Rule("pct_places_follow", ms.place_follows, ms.place_follows,
         "Kota A tertinggi mencapai 71 persen, diikuti Kota B 64 persen: the same measure."),
    Rule("pct_share", lambda c: _pct(c) and (
        rules.SHARE_CUES.search(c.left) or rules.SHARE_AFTER.match(c.right)), "participants",
         "Disusul peserta bukan penerima upah (BPU) 27 persen (corpus 006)."),
    Rule("pct_list_continues", lambda c: _pct(c) and c.continues is not None
         and c.continues.unit == "percent", lambda c: c.continues.metric,
         "Cakupan Kota A 41 persen, Kabupaten B 35 persen."),
    Rule("pct_of_units_registered", lambda c: _pct(c) and _UNITS_REGISTERED_AFTER_RE.match(
        c.text, c.n.end), "employers",
         "Baru 38% saja desa se provinsi itu yang aparatur desanya telah menjadi peserta: a share "
         "of the units that register their people."),
    Rule("pct_as_part_of_potential", lambda c: _pct(c) and _AS_PART_OF_WHOLE_RE.match(c.text,
                                                                                   c.n.end),
         "coverage_rate", "Target tahun depan 58 persen atau 912.400 pekerja dari potensi 1,57 "
         "juta pekerja: the rate restated as the covered part of the potential."),
    Rule("pct_target_after_coverage", lambda c: _pct(c) and rules.TARGET_CUES.search(c.before)
         and rules.COVERAGE_CUES.search(sentence_before(c)) and _THIS_FIGURE_RE.search(c.before),
         "coverage_rate", "Cakupan kini 41 persen. Angka ini masih perlu ditingkatkan mengingat "
         "target tahun 2045 sebesar 70 persen: the target of that coverage."),
    Rule("pct_coverage_cue", lambda c: _pct(c) and c.has(rules.COVERAGE_CUES), "coverage_rate",
         "Cakupan kepesertaan baru 40 persen (seed 000)."),
    Rule("pct_labour_statistic", lambda c: _pct(c) and c.has(STATISTICS_RE) and not (
        c.has(rules.REFERS_BACK) or _OF_WORKERS_RE.match(c.right)), None,
         "Data BPS ... 64 persen di antaranya pekerja informal: a labour share."),
    Rule("pct_coverage_context", lambda c: _pct(c) and (
        c.covered or rules.COVERAGE_CUES.search(c.context[1]))
         and not c.has(rules.OTHER_TOPIC), "coverage_rate",
         "Saat ini kita dengan Pemkab Demak baru 40 persen (seed 000, after a coverage sentence)."),
    Rule("pct_other", always, None, "Pembangunan jalan tol mencapai 80 persen."),
)
