"""Sentence shapes of real news that the metric rules read (issue 13), kept apart from
`decide_metric.py` so each module stays small. Every pattern cites a made-up paraphrase."""

from __future__ import annotations

import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.engine import Rule

EMPLOYER_NOUN = r"(?:perusahaan|badan\s+usaha|pemberi\s+kerja)"
WORKER_NOUN = r"(?:tenaga\s+kerja|pekerja|karyawan|buruh)"
_WITH = (r"\s*,?\s+(?:dengan\s+(?:jumlah\s+)?(?:" + WORKER_NOUN
         + r"\s+(?:sebanyak\s+|sejumlah\s+|berjumlah\s+)?)?|dan\s+)")
#: "120 perusahaan dengan 1.400 tenaga kerja", "... dengan tenaga kerja sebanyak 95 orang",
#: "44 perusahaan dan 610 tenaga kerja": the companies a list counts with their registered
#: workers (issue 13, real news).
WITH_WORKERS_RE = re.compile(r"\s*" + EMPLOYER_NOUN + _WITH + r"(?:\d|\w+\s+(?:ribu\s+)?"
                             + WORKER_NOUN + r")", re.IGNORECASE)
OF_EMPLOYERS_WITH_RE = re.compile(r"\b" + EMPLOYER_NOUN + _WITH + r"$", re.IGNORECASE)
#: "Sekitar 9.400 pekerja dari 610 perusahaan": workers counted by the companies that
#: registered them are participants (issue 13, real news).
FROM_EMPLOYERS_RE = re.compile(r"\s*(?:" + WORKER_NOUN + r"|orang)\s+dari\s+(?:sekitar\s+)?"
                                r"[\d.,]+\s*(?:ribu\s+)?" + EMPLOYER_NOUN + r"\b", re.IGNORECASE)
#: "Potensi coverage sektor informal mencapai 640.100 jiwa", "potensinya masyarakat yang bisa
#: terdaftar mencapai 1,9 juta": the potential stated is the workforce (issue 13 A2); "dari potensi
#: itu yang sudah terdaftar mencapai ..." is no statement of the potential.
POTENTIAL_STATED_RE = re.compile(
    r"\bpotensi\w*\s+(?:(?!(?:sudah|telah|baru|tersebut|itu|ini|kini|saat)\b)[\w-]+\s+){0,8}?"
    r"(?:mencapai|berjumlah|sebesar|sebanyak|sejumlah|tercatat|ada)\s+"
    r"(?:sekitar\s+|lebih\s+dari\s+|hampir\s+|kurang\s+lebih\s+)?$|"
    # "Dari total potensi 21.870 non-ASN, sebanyak ..." (issue 13 A1)
    r"\bpotensi\w*\s+(?:sebesar\s+|sekitar\s+)?$", re.IGNORECASE)
#: A ranking that goes on from the figure before: "Diikuti Kota A dengan 98 ribu", "Kota B
#: menyusul dengan 3 juta", "Selanjutnya Kota A 12.400 atau ..." (issue 13 B2).
RANK_ON_RE = re.compile(
    r"\b(?:menyusul|disusul|diikuti|selanjutnya|kemudian)\b(?:\s+oleh)?(?:\s+[\w()-]+){0,5}?\s+"
    r"(?:dengan\s+)?(?:(?:sebanyak|sekitar|mencapai|sebesar)\s+)?$|"
    r"\b(?:menyusul|disusul)\s+dengan\s+$", re.IGNORECASE)
#: "Peserta aktif terbanyak di Kota A dengan 5,1 juta": the ranking's holder and its figure.
RANK_WITH_RE = re.compile(r"\b(?:terbanyak|tertinggi|terbesar|terendah|paling\s+banyak)\b"
                           r"[^,.;]{0,50}\bdengan\s+$", re.IGNORECASE)
_COVERED = r"(?:menjadi\s+peserta|terdaftar|terlindungi|dilindungi|tercover|ikut\s+kepesertaan)"
#: "tenaga kerja PU tercatat 88 ribu orang, dan 80 ribu di antaranya sudah menjadi peserta": the
#: first figure is the whole the covered part is taken from (issue 13 A3).
WHOLE_BEFORE_PART_RE = re.compile(
    r"\s*(?:orang|pekerja|tenaga\s+kerja|jiwa)?\s*,?\s*(?:dan|namun|tetapi|sedangkan)?\s*"
    r"(?:baru\s+|hanya\s+)?[\d.,]+\s*(?:ribu|juta)?\s*(?:orang\s+|pekerja\s+)?"
    r"(?:di\s*antaranya|dari\s+jumlah\s+(?:itu|tersebut))\b[^.;]{0,30}?\b" + _COVERED,
    re.IGNORECASE)
#: The next sentence takes the covered part: "... jumlahnya mencapai 61 ribu orang. Namun, yang
#: sudah menjadi peserta baru 21 ribu" (issue 13 A3, E2).
COVERED_NEXT_RE = re.compile(r"^\W*(?:namun|tetapi|akan\s+tetapi|sedangkan|sementara)?\W*yang\s+"
                             r"(?:sudah\s+|telah\s+|baru\s+)+" + _COVERED, re.IGNORECASE)
#: "... atau 22,1 persen dari total Pekerja Penerima Upah yang jumlahnya mencapai 232.100 orang":
#: the whole a rate is of.
OF_TOTAL_WHOLE_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:total|seluruh|jumlah)\b[^.;]{0,80}$",
                               re.IGNORECASE)


def next_sentence(paragraph: str, sentence: str) -> str:
    """The text of the paragraph after a sentence ("" when it is the last one)."""
    i = paragraph.find(sentence)
    return paragraph[i + len(sentence):] if i >= 0 else ""


#: "Dari target 90 ribu pekerja, baru ...": the people a target counts are participants.
TARGET_BEFORE_RE = re.compile(r"\btarget(?:nya)?\s+(?:sebanyak\s+|sekitar\s+)?$", re.IGNORECASE)
#: "141 ribu pekerja atau sekitar 38 persen disebut telah terdaftar": the count the rate
#: restates, registered (the registration words stand after the rate).
#: "baru sebanyak 9.100, atau 58 persen tenaga kerja yang telah terdaftar" (issue 13): a comma.
OR_RATE_AFTER_RE = re.compile(r"\s*(?:(?:orang|pekerja|tenaga\s+kerja|jiwa|peserta)\s*)?,?\s*"
                              r"atau\s+(?:sekitar\s+|hampir\s+)?\d[\d.,]*\s*(?:persen|%)",
                              re.IGNORECASE)
#: "27,5% dari 980.100 angkatan kerja atau sebanyak 269.500 tenaga kerja": the count restates
#: the rate, not the whole between them.
RATE_WHOLE_OR_RE = re.compile(r"(?:persen|%)\s+dari\s+(?:total\s+)?[\d.,]+\s*(?:juta|ribu)?"
                              r"[^,.;\d]{0,30}\batau\s+(?:sebanyak\s+|sekitar\s+)?$",
                              re.IGNORECASE)
#: "300 ribu hingga 400 ribu pekerja": the upper end of a range is the same measure.
RANGE_END_RE = re.compile(r"\s*(?:hingga|sampai|-|–)\s*", re.IGNORECASE)
#: "Dari sekitar 0,9 juta calon peserta, baru 140 ribu ...": people who could join.
CANDIDATES_AFTER_RE = re.compile(r"\s*calon\s+peserta\b", re.IGNORECASE)
#: People right after a figure, a hedge between: "41 ribu lebih tenaga kerja".
PEOPLE_AFTER_RE = re.compile(r"\s*(?:lebih\s+)?(?:tenaga\s+kerja|pekerja|orang|karyawan|buruh)\b",
                             re.IGNORECASE)
#: "..., dari total 127.000 orang pekerja": the whole the figures before are parts of.
WHOLE_AFTER_TOTAL_RE = re.compile(r"\bdari\s+(?:total|jumlah|seluruh)\s+$", re.IGNORECASE)
#: Villages counted with their people (issue 13 A5): "seluruh desa yang berjumlah 287 beserta
#: perangkatnya ... sudah terdaftar", "dari 401 desa dan 4.010 tenaga kerja juga seluruhnya
#: sudah terdaftar"; "... sama sekali belum ada yang terdaftar" registers none.
ALL_REGISTERED_RE = re.compile(r"\bseluruh(?:nya)?\b(?:[^.;]|\.(?=\d)){0,80}?\b(?:sudah|telah)\s+"
                               r"(?:terdaftar|"
                               r"didaftarkan|menjadi\s+peserta)", re.IGNORECASE)
UNITS_NUMBERING_RE = re.compile(r"\b(?:desa|kelurahan|kampung|nagari|gampong)\s+(?:yang\s+)?"
                                r"berjumlah\s+$", re.IGNORECASE)
NONE_REGISTERED_RE = re.compile(r"\b(?:belum|tidak|tak)\s+(?:ada\s+)?(?:yang\s+)?(?:\w+\s+)?\w+$",
                                re.IGNORECASE)
UNITS_AND_RE = re.compile(r"\b(?:dan|serta|beserta|dengan)\s+(?:perangkat\w*\s+)?(?:sebanyak\s+)?$",
                          re.IGNORECASE)
#: "sudah menjangkau 35 persen peserta atau 1,1 juta orang": the reach is a coverage rate.
REACH_RE = re.compile(r"\b(?:menjangkau|mencakup|meng-?cover)\s+(?:sekitar\s+|hampir\s+)?$",
                      re.IGNORECASE)
#: "Ia merinci realisasi pekerja penerima upah mencapai 52 persen": a segment's coverage.
SEGMENT_REALISED_RE = re.compile(r"\brealisasi\s+(?:kepesertaan\s+)?(?:pekerja\s+|peserta\s+|"
                                 r"segmen\s+|sektor\s+)?(?:bukan\s+)?penerima\s+upah\b|"
                                 r"\brealisasi\s+(?:pekerja\s+)?(?:PU|BPU|PPU|jakon)\b",
                                 re.IGNORECASE)
#: "Sedangkan yang milenial ada 8.000 orang": one more group of the count before (issue 13 E2).
GROUP_GOES_ON_RE = re.compile(r"^\W*(?:sedangkan|sementara|adapun|lalu)\W+(?:peserta\s+)?yang\s+"
                              r"[\w-]+(?:\s+[\w-]+)?\s+(?:ada|sebanyak|sekitar|mencapai|"
                              r"berjumlah)\s+(?:sekitar\s+)?$", re.IGNORECASE)
_NOT_RE = re.compile(r"\b(?:belum|tidak|tak)\b", re.IGNORECASE)
AFFECTED_RE = re.compile(r"[^,.;]{0,40}?\b(?:terdampak|terkena|korban|mengalami|mengikuti|"
                         r"dirumahkan|mogok|berunjuk|demo|kehilangan)\b", re.IGNORECASE)
BUDGETED_RE = re.compile(r"\b(?:anggaran|dianggarkan|usulan|diusulkan|mengusulkan|"
                         r"dialokasikan|alokasi)\b", re.IGNORECASE)
#: "memberikan perlindungan ... kepada 2.400 pekerja rentan", "kini merangkul 40 ribu pekerja":
#: the workers a programme covers are its participants (issue 13).
PROTECTED_BEFORE_RE = re.compile(
    r"(?:\b(?:memberikan|diberikan|memberi|diberi)\s+(?:\w+\s+){0,2}?(?:perlindungan|jaminan|"
    r"kepesertaan)\b[^.;\d]{0,120}?\b(?:kepada|bagi|terhadap)|\b(?:melindungi|dilindungi|"
    # "setelah menjangkau 8.000 pekerja rentan" (issue 13): the workers a programme reached
    r"merangkul|mengcover|meng-cover|menjangkau))\s+(?:sekitar\s+|sebanyak\s+|hampir\s+|"
    r"lebih\s+dari\s+)?$",
    re.IGNORECASE)
#: "angkatan kerja sekira 640 ribu lebih dan yang sudah terdaftar ...": the whole comes first.
PART_FOLLOWS_RE = re.compile(r"\s*(?:lebih\s+)?(?:orang\s+|pekerja\s+|jiwa\s+)?,?\s*"
                             r"(?:dan|sedangkan|namun|tetapi)\s+yang\s+(?:sudah|telah|baru)\b",
                             re.IGNORECASE)
#: "BPU ada 9.400 orang, namun ... tercatat menurun menjadi 8.100 orang": the same measure later.
#: "kembali meningkat pada 2024 menjadi 42.300 jiwa": the year may stand between (a time series).
BECAME_RE = re.compile(r"\b(?:naik|turun|menurun|meningkat|bertambah|berkurang|tumbuh|melonjak)\s+"
                       r"(?:lagi\s+|tipis\s+|drastis\s+)?(?:(?:pada|di)\s+(?:tahun\s+)?(?:19|20)\d\d,?\s+)?"
                       r"(?:menjadi|jadi)\s+(?:sekitar\s+)?$", re.IGNORECASE)
#: "jumlah perusahaan yang sudah ikut peserta sebanyak 318 unit": companies counted in units.
EMPLOYER_UNITS_RE = re.compile(r"\b(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b", re.IGNORECASE)
UNIT_AFTER_RE = re.compile(r"\s*unit\b(?!\s+usaha)", re.IGNORECASE)
#: "Di provinsi itu ada 80 ribu orang berdasar data BPS": people a labour survey counts (A7).
PER_STATISTICS_RE = re.compile(r"\s*(?:orang|jiwa|pekerja|tenaga\s+kerja)?\s*,?\s*"
                               r"(?:berdasar(?:kan)?|menurut|sesuai)\s+data\s+(?:BPS|Badan\s+Pusat\s+Statistik|"
                               r"Sakernas|Disnaker|Dinas\s+Tenaga\s+Kerja)", re.IGNORECASE)
#: "Dari total potensi 21.400 non-ASN, sebanyak 19.100 orang sudah terlindungi": the part.
PART_AFTER_WHOLE_RE = re.compile(r"[^,.;]{0,30},\s*(?:sebanyak|baru|hanya|sudah|yang\s+sudah)\s+"
                                 r"(?:sekitar\s+)?$", re.IGNORECASE)
SENTENCE_END_RE = re.compile(r"\s*(?:orang|pekerja|jiwa|tenaga\s+kerja)?\s*[.!]?\s*$",
                             re.IGNORECASE)
_WORKER_RE = re.compile(WORKER_NOUN, re.IGNORECASE)


#: "... ada sekitar 41.300 pekerja BPU. Dari jumlah itu, target kami tahun ini 12.000": a
#: target taken out of a count makes the count the potential (issue 13).
TARGET_OF_WHICH_RE = re.compile(r"^\W*dari\s+(?:jumlah|angka|total)\s+(?:itu|tersebut|ini)\W+"
                                r"(?:\w+\s+){0,2}?target(?:nya)?\b", re.IGNORECASE)


_LAST_FIGURE_RE = re.compile(r"[^\d.;!?]{0,80}[.!]?[\s”\"]*")


def whole_first(c: Candidate) -> bool:
    """A count of people the same or the next sentence takes the covered part of."""
    if WHOLE_BEFORE_PART_RE.match(c.text, c.n.end):
        return True
    if SENTENCE_END_RE.match(c.right):
        following = next_sentence(c.context[0], c.text)
        return bool(COVERED_NEXT_RE.match(following) or TARGET_OF_WHICH_RE.match(following))
    # the sentence's last figure, a place after it ("41.300 pekerja BPU di Kabupaten A.")
    return bool(_LAST_FIGURE_RE.fullmatch(c.right) and _people(c) and TARGET_OF_WHICH_RE.match(
        next_sentence(c.context[0], c.text)))


def workers_of_employers(c: Candidate) -> bool:
    """The workers a list counts with their companies ("44 perusahaan dan 610 tenaga kerja")."""
    m = OF_EMPLOYERS_WITH_RE.search(c.before[-80:])
    if m is None:
        return False
    if PEOPLE_AFTER_RE.match(c.text, c.n.end):
        return True
    return not m.group(0).rstrip().endswith("dan") and bool(_WORKER_RE.search(m.group(0)))


def covered_before_rate(c: Candidate) -> bool:
    """A count restated by the rate after it, with registration words after the rate."""
    m = OR_RATE_AFTER_RE.match(c.text, c.n.end)
    after = rules.PARTICIPANT_AFTER.match(c.text[m.end() : m.end() + 200]) if m else None
    # "412.080 pekerja atau 52 persen yang belum terlindungi" is a gap, no participants
    return after is not None and not _NOT_RE.search(after.group(0))


def ranked_before(c: Candidate) -> str | None:
    """The metric of the count a ranking goes on from (this sentence's, else the last one)."""
    if not RANK_ON_RE.search(c.clause_left):
        return None
    if c.prev is not None:
        return c.prev.metric if c.prev.unit == "count" else None
    last = c.where.state.last_count if c.where is not None else None
    return last[0] if last else None


def _people(c: Candidate) -> bool:
    return bool(rules.PERSON_NOUN.match(c.right))


def all_units_registered(c: Candidate) -> bool:
    """Villages counted where the sentence says every one of them registered."""
    return bool((rules.REGISTERING_UNITS.match(c.right) or UNITS_NUMBERING_RE.search(c.near))
                and c.has(ALL_REGISTERED_RE))


def people_after_units(c: Candidate) -> bool:
    """The people of registered units: "yang sudah mendaftar 250 desa dan 2.101 pekerja"."""
    return bool(c.prev is not None and c.prev.metric == "employers" and _people(c)
                and UNITS_AND_RE.search(c.before[-45:])
                and (rules.REGISTERED.search(c.before[: -len(c.left)][-120:])
                     or c.has(ALL_REGISTERED_RE)))


def group_goes_on(c: Candidate) -> bool:
    """One more group of the count the sentence before gave ("Sedangkan yang milenial ada ...")."""
    return bool(_people(c) and GROUP_GOES_ON_RE.search(c.clause_left) and c.where is not None
                and c.where.state.last_count is not None)


def candidates(c: Candidate) -> bool:
    """People who could join ("0,9 juta calon peserta"), unless a target counts them."""
    return bool(CANDIDATES_AFTER_RE.match(c.text, c.n.end)
                and not rules.TARGET_CUES.search(c.before))


_LISTED_RE = re.compile(r"^\W*(?:antara\s+lain|di\s*antaranya|yakni|yaitu)\b", re.IGNORECASE)
_TARGET_WORD_RE = re.compile(r"\btarget\w*\b", re.IGNORECASE)


def targets_listed(c: Candidate) -> bool:
    """A sentence listing the targets the sentence before announced ("Ada beberapa target
    tambahan yang dikejar. Antara lain 101 ribu pekerja jasa konstruksi, ...")."""
    if not _LISTED_RE.match(c.text):
        return False
    paragraph = c.context[0]
    i = paragraph.find(c.text)
    before = paragraph[:i] if i > 0 else ""
    previous = before[-300:].rstrip().rstrip(".").rsplit(". ", 1)[-1]
    return bool(_TARGET_WORD_RE.search(previous))


def people_listed(c: Candidate) -> bool:
    """People a list of announced targets counts are participants (to be)."""
    return _people(c) and targets_listed(c)


#: "... mau membantu membayar premi kepesertaan. Seperti yang dilakukan oleh Bank A terhadap
#: 9.000 pekerja rentan di wilayah itu." (issue 13): the help the paragraph described, given.
DONE_FOR_RE = re.compile(r"\byang\s+(?:telah\s+|sudah\s+)?dilakukan\s+(?:oleh\s+)?[^.;\d]{0,60}?"
                         r"\bterhadap\s+(?:sekitar\s+|sebanyak\s+)?$", re.IGNORECASE)
_COVER_HELP_RE = re.compile(r"\b(?:iuran|premi|perlindungan|kepesertaan|mendaftarkan|"
                            r"jaminan\s+sosial)\b", re.IGNORECASE)


def protected(c: Candidate) -> bool:
    """Workers a programme gives its protection to, unless the protection is denied."""
    if DONE_FOR_RE.search(c.before[-120:]):
        return _people(c) and bool(_COVER_HELP_RE.search(c.context[0]))
    found = PROTECTED_BEFORE_RE.search(c.before[-200:])
    return bool(found and _people(c) and not _NOT_RE.search(c.before[-200:][: found.start()][-25:])
                and not _NOT_RE.search(found.group(0)))


#: "... mencapai 71 persen, diikuti Kota Bitung 64 persen": the places a ranking goes on to.
PLACE_FOLLOWS_RE = re.compile(r"\b(?:diikuti|disusul|menyusul|selanjutnya)\s+(?:oleh\s+)?"
                              r"(?:(?:kota|kabupaten|kab\.?|provinsi)\s+)?[A-Z]")


def place_follows(c: Candidate) -> str | None:
    """The measure of a ranking's first rate, for the places that follow it."""
    prev = c.prev
    if c.unit != "percent" or prev is None or prev.unit != "percent" or prev.metric is None:
        return None
    return prev.metric if PLACE_FOLLOWS_RE.search(c.left) else None


#: The words between a covered part (or its rate) and the whole: "dari", "dari total",
#: "dari potensi".
WHOLE_LEFT_RE = re.compile(r"\s*(?:atau\s+)?dari\s+(?:total\s+|sekitar\s+|jumlah\s+)?"
                           r"(?:potensi\w*\s+)?", re.IGNORECASE)


def whole_of_covered(c: Candidate) -> bool:
    """The whole after a covered part or its rate: "81.000 dari 250.000", "80 persen dari
    780.000 potensi peserta"."""
    prev = c.prev
    return prev is not None and bool(WHOLE_LEFT_RE.fullmatch(c.left)) and (
        (prev.unit == "count" and prev.metric == "participants")
        or (prev.unit == "percent" and prev.metric == "coverage_rate"))


#: "Dari potensi pekerja BPU di provinsi itu sebanyak 9,1 juta orang": a potential is workers.
POTENTIAL_OF_RE = re.compile(r"\b(?:potensi|semesta)\b", re.IGNORECASE)
#: "ada 1,1 juta, tapi yang terdaftar baru 300 ribu": the registered are a part named next.
BUT_THOSE_RE = re.compile(r"\b(?:tapi|tetapi|namun|sedangkan|sementara)\s+(?:\w+\s+)?yang\b|"
                          # "ada lebih 1,6 juta tenaga kerja, dan yang terdaftar hanya ..."
                          r",\s*dan\s+yang\b", re.IGNORECASE)
#: "30 persen dari total pekerja di kota itu, yang mencapai 2 juta orang", "dari total
#: jumlah peserta yang ada tiga juta orang": the whole a rate or part was taken of (issue 13).
WHOLE_NAMED_BEFORE_RE = re.compile(r"\bdari\s+(?:total|seluruh)\s+(?:jumlah\s+|angka\s+)?"
                                   r"[^.;\d]{0,60}?\b(?:yang\s+)?(?:mencapai|ada|sebanyak|"
                                   r"berjumlah)\s+(?:sekitar\s+|lebih\s+dari\s+)?$",
                                   re.IGNORECASE)

#: Count rules read before a list or a total is followed (decide_metric splices them in).
WHOLE_RULES: tuple[Rule[str | None], ...] = (
    Rule("whole_named_before", lambda c: c.unit == "count" and _people(c)
         and bool(WHOLE_NAMED_BEFORE_RE.search(c.before[-140:])), "workforce",
         "Baru 30 persen dari total pekerja di kota itu, yang mencapai 2 juta orang: the whole."),
)




#: "capaian telah mencapai 91 persen dari target 180 ribu pekerja, yakni sebesar 164 ribu
#: pekerja": the count restates what was reached, not the target (issue 13).
REALISED_OF_TARGET_RE = re.compile(
    r"\b(?:capaian|realisasi|tercapai|mencapai|terealisasi)\b[^.;]{0,60}?(?:persen|%)\s+dari\s+"
    r"target\b[^.;\d]{0,30}[\d.,]+\s*(?:ribu|juta)?\s*(?:orang|pekerja|peserta|tenaga\s+kerja)?"
    r"\s*,?\s*(?:yakni|yaitu|atau)\s+(?:sebesar\s+|sebanyak\s+|sekitar\s+)?$", re.IGNORECASE)


#: "Tadinya 8.120 menjadi 9.400.", "Dari 2.700 orang menjadi 6.050 orang.": a sentence that is
#: only the two ends of a change ...
FROM_TO_ONLY_RE = re.compile(
    r"\W*(?:tadinya|semula|sebelumnya|dari)\s+(?:sekitar\s+)?[\d.,]+(?:\s+(?:ribu|juta))?"
    r"(?:\s+(?:orang|peserta|pekerja|jiwa|tenaga\s+kerja))?\s*,?\s+(?:kemudian\s+|lalu\s+)?"
    r"(?:naik\s+|turun\s+|meningkat\s+|menurun\s+|bertambah\s+)?(?:menjadi|jadi)\s+"
    r"(?:sekitar\s+)?[\d.,]+(?:\s+(?:ribu|juta))?(?:\s+(?:orang|peserta|pekerja|jiwa|tenaga\s+kerja))?"
    r"\W*", re.IGNORECASE)
#: ... after a sentence on how the participants grew ("kepesertaan pekerja formal tercatat
#: tumbuh 12,4 persen"): both ends are participants.
PARTICIPATION_GREW_RE = re.compile(
    r"\b(?:kepesertaan|peserta)\b[^.]{0,80}?\b(?:tumbuh|bertumbuh|naik|meningkat|menurun|turun|"
    r"bertambah)\b|\b(?:pertumbuhan|kenaikan|peningkatan|penurunan)\s+(?:jumlah\s+)?"
    r"(?:kepesertaan|peserta)\b", re.IGNORECASE)


def change_of_growth_before(c) -> bool:
    """The sentence is only "Tadinya A menjadi B" after one on the participants' growth."""
    return bool(FROM_TO_ONLY_RE.fullmatch(c.text)
                and PARTICIPATION_GREW_RE.search(c.context[1]))
