"""Decision 3, target or not: is the figure a goal or what has been reached? (LABELLING.md
"Targets").

The first rule that matches decides: a figure linked to the one before shares its flag; a
baseline ("dari 44 persen menjadi ...") or the value a figure rose from is no target; a target
word after the figure makes one; otherwise the last target or current-state cue before it
decides, first within the figure's phrase, then within the sentence.
"""

from __future__ import annotations

from transforms import rules
from transforms.candidate import ROSE_FROM_RE, Candidate, last_end, spans
from transforms.decide_metric import metric_of
from transforms.engine import Rule, always, check_table, decide
from transforms.metric_context import added_listed
from transforms.metric_shapes import REALISED_OF_TARGET_RE, targets_listed


def target_of(c: Candidate) -> bool:
    """Whether the candidate is a target (decided once)."""
    if "target" not in c.memo:
        d = decide(TARGET, c)
        c.memo["target"] = d.outcome
        c.memo["target_rules"] = [d.name]
    return c.memo["target"]


def _last_cue(c: Candidate, lo: int) -> str | None:
    """"target" or "current": the kind of cue that ends last in [lo, number), or None on a tie."""
    hi = c.n.start
    t = last_end(spans(rules.TARGET_CUES, c.text), lo, hi)
    n = last_end(spans(rules.CURRENT_CUES, c.text), lo, hi)
    return "target" if t > n else "current" if n > t else None


def _in_phrase(c: Candidate) -> str | None:
    if "cue_in_phrase" not in c.memo:
        c.memo["cue_in_phrase"] = _last_cue(c, c.n.start - len(c.left))
    return c.memo["cue_in_phrase"]


def _in_sentence(c: Candidate) -> str | None:
    if "cue_in_sentence" not in c.memo:
        c.memo["cue_in_sentence"] = _last_cue(c, c.n.start - len(c.before))
    return c.memo["cue_in_sentence"]


TARGET: tuple[Rule[bool], ...] = (
    Rule("workforce", lambda c: metric_of(c) == "workforce", False,
         "Menargetkan 400 ribu peserta atau 45 persen dari angkatan kerja 880 ribu: the "
         "workforce a target is of is no target (issue 13 C3)."),
    Rule("realised_of_target", lambda c: c.unit == "count"
         and REALISED_OF_TARGET_RE.search(c.before[-200:]), False,
         "Capaian 91 persen dari target 180 ribu pekerja, yakni sebesar 164 ribu pekerja: what "
         "was reached."),
    Rule("added_listed", lambda c: metric_of(c) == "participants" and added_listed(c), True,
         "Tinggal 4.000 lagi untuk mencapai target. Tambahan peserta itu antara lain 1.500 calon "
         "peserta non-ASN: additions toward the target."),
    Rule("linked", lambda c: c.linked is not None, lambda c: c.linked.is_target,
         "Target 55 persen atau 120 ribu pekerja: the restatement is a target too."),
    Rule("baseline", lambda c: rules.BASELINE_BEFORE.search(c.left)
         and rules.BASELINE_AFTER.match(c.right), False,
         "Ditargetkan naik dari 44 persen menjadi 55 persen (seed 004): 44 is the baseline."),
    Rule("rose_from", lambda c: ROSE_FROM_RE.search(c.left), False,
         "Menargetkan 20.000 pekerja rentan pada 2025, naik dari 12.500 tahun lalu."),
    Rule("target_after", lambda c: rules.TARGET_AFTER.match(c.right), True,
         "15.000 pekerja rentan ditargetkan terdaftar (dev 016)."),
    Rule("cue_in_phrase", _in_phrase, lambda c: _in_phrase(c) == "target",
         "Tahun ini menargetkan 200 ribu peserta; saat ini baru 142 ribu."),
    Rule("targets_listed", targets_listed, True,
         "Ada beberapa target tambahan. Antara lain 90 ribu pekerja jakon, serta 3.000 PMI."),
    Rule("list_continues", lambda c: c.continues is not None, lambda c: c.continues.is_target,
         "Target PU 50 ribu dan BPU 30 ribu: the list shares the flag."),
    Rule("cue_in_sentence", _in_sentence, lambda c: _in_sentence(c) == "target",
         "Pemkab menargetkan seluruh pekerja rentan, sekitar 15.000 orang, terlindungi."),
    Rule("current", always, False, "Peserta aktif 98.000 orang."),
)
check_table(TARGET, "target")
