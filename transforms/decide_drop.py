"""Decision 1, is the number a coverage figure at all? The drop table, read top to bottom.

A number is dropped by the first rule that matches; `figure`, the last rule, keeps it. The
first rules read the words around the number (LABELLING.md "What is not a fact"); the later
ones ask the other decisions (no metric applies, a ceremony, units added), so every dropped
number names the rule that dropped it.
"""

from __future__ import annotations

import functools
import re

from transforms import rules
from transforms.candidate import Candidate
from transforms.cues import AFTER_RE, BEFORE_RE, CLAUSE_RES
from transforms.decide_metric import metric_of
from transforms.decide_target import target_of
from transforms.engine import Rule, always, check_table
from transforms.lexicon import HEALTH_IN_SENTENCE_RE, MANY_WORDS, OURS_IN_SENTENCE_RE
from transforms.metric_claims import PAID_TO_RE

_ONE_OF_RE = re.compile(r"\bsalah\s*$", re.IGNORECASE)
_YEAR_LIKE_RE = re.compile(r"^(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?$")
_SANCTION_RE = re.compile(r"\b(?:teguran|sanksi|ditegur|tidak\s+patuh|belum\s+mendaftar\w*)\b",
                          re.IGNORECASE)
_CASES_AFTER_RE = re.compile(r"\s*(?:kasus|klaim)\b", re.IGNORECASE)
_IURAN_RE = re.compile(r"\biuran\w*", re.IGNORECASE)
#: A benefit handed to one family ("Suminah ... menerima santunan Rp42 juta", corpus 035) is no
#: total paid; totals say "total", "sebanyak ... kasus".
_PAYOUT_TO_ONE_RE = re.compile(r"\b(?:menerima|diterima|diserahkan\s+kepada|ahli\s+waris|"
                               r"menyerahkan|penyerahan|simbolis)\b", re.IGNORECASE)
_THEN_BECOMES_RE = re.compile(r"\s*(?:persen\s+|%\s*)?(?:menjadi|jadi)\b", re.IGNORECASE)
_UNITS_OF_EMPLOYERS_RE = re.compile(r"\b(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b",
                                    re.IGNORECASE)
_CEREMONY_RE = re.compile(r"\b(?:menyerahkan|penyerahan|diserahkan|simbolis)\b", re.IGNORECASE)
_AGGREGATE_RE = re.compile(r"\b(?:total|seluruh|sebanyak|kasus|klaim|mencapai|sepanjang)\b",
                           re.IGNORECASE)
#: An amount paid to a number of people is a total ("Rp1,2 miliar dibayarkan kepada 41 ahli
#: waris"), unless handed over at a ceremony.
_PAID_TO_MANY_RE = re.compile(r"\b(?:dibayarkan|disalurkan|dicairkan|diberikan)\s+"
                              # "diberikan juga santunan kematian kepada tiga ahli waris"
                              r"(?:juga\s+)?(?:(?:santunan|manfaat|klaim)\s+(?:\w+\s+)?)?kepada\s+"
                              r"(?:sekitar\s+|sebanyak\s+)?" + MANY_WORDS, re.IGNORECASE)
#: Units added, a flow ("bertambah sebanyak N" is dropped earlier, as growth).
_ADDED_RE = re.compile(r"\b(?:menambah|menambahkan)\s+(?:sebanyak|sekitar|lebih\s+dari)?\s*$",
                       re.IGNORECASE)

#: Units a forecast adds, named without the word target: "diperkirakan akan
#: menambah 18% atau 310 ribu peserta" (issue 13 C3); "menargetkan tambahan ..." stays.
_ADDED_PLANNED_RE = re.compile(r"\b(?:menambah|menambahkan)\s+(?:sebanyak\s+|sekitar\s+|"
                               r"lebih\s+dari\s+)?(?:[\d.,]+\s*(?:%|persen|juta|ribu)?\s*"
                               r"atau\s+(?:sekitar\s+|sebanyak\s+)?)?$", re.IGNORECASE)
_FORECAST_RE = re.compile(r"\b(?:diperkirakan|diprediksi|diproyeksikan|diestimasi|"
                          r"memperkirakan|memprediksi)\b", re.IGNORECASE)
_TARGET_WORD_RE = re.compile(r"\b(?:target\w*|menargetkan|ditargetkan|sasaran\w*)\b",
                             re.IGNORECASE)
#: What is left to win: "masih perlu mengejar 8.400 peserta (lagi) untuk mencapai target".
_CHASE_RE = re.compile(r"\b(?:mengejar|kejar|tinggal)\s+(?:sekitar\s+|sebanyak\s+|"
                       r"kurang\s+lebih\s+)?$", re.IGNORECASE)
_CHASE_AFTER_RE = re.compile(r"^[^.;]{0,40}?\b(?:lagi|untuk\s+mencapai|agar|supaya)\b",
                             re.IGNORECASE)
#: "belum sampai sepuluh persen atau baru 21 ribu orang": the figure after a bound is stated.
_UPPER_BOUND_RE = re.compile(r"\bbelum\s+(?:sampai|mencapai|ada)\b(?=\s+(?:sekitar\s+)?"
                             r"(?:\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                             r"sepuluh|separuh|setengah))", re.IGNORECASE)
#: "masih ada 41.000 pekerja atau 38 persen yang belum terlindungi": a gap restated.
_GAP_RESTATED_RE = re.compile(r"\s*(?:orang\s+|pekerja\s+|tenaga\s+kerja\s+)*atau\s+(?:sekitar\s+)?"
                              r"[\d.,]+\s*(?:persen|%)\s+(?:yang\s+)?(?:belum|tidak|tak)\b",
                              re.IGNORECASE)
#: "12 Ribu Peserta di Kota Itu Keluar": people who left, a flow.
_LEFT_AFTER_RE = re.compile(r"\s*(?:orang\s+)?(?:peserta|pekerja)\b[^.;,]{0,50}?\b(?:keluar|"
                            r"berhenti|mengundurkan\s+diri)\b", re.IGNORECASE)
#: Funds placed and their yield: "porsi 70 persen di surat berharga, imbal 6 persen" (issue 13).
_FUNDS_PLACED_RE = re.compile(r"\b(?:dana\s+kelolaan|surat\s+berharga|portofolio|return|"
                              r"(?:di)?tempatkan|penempatan\s+dana|instrumen\s+(?:investasi|"
                              r"pemerintah|keuangan|swasta))\b", re.IGNORECASE)
#: A share of a budget: "15% dari alokasi anggaran desa dipakai untuk ..." (issue 13).
_OF_BUDGET_RE = re.compile(r"^\s*(?:persen|%)?\s*dari\s+(?:total\s+|alokasi\s+)*(?:anggaran|"
                           r"dana\s+desa|APBD|APBN|dana)\b", re.IGNORECASE)
#: Growth measured against an earlier realisation: "naik 8 persen dari realisasi 2019".
_GROWTH_FROM_RE = re.compile(r"^\s*(?:persen|%)?\s*(?:dari|dibanding\w*)\s+(?:realisasi|"
                             r"capaian|tahun|periode)\b", re.IGNORECASE)
#: What was realised of a plan: "target iuran Rp50 miliar, terealisasi 80 persen" (issue 13).
_REALISED_RE = re.compile(r"\bterealisasi\s+(?:sekitar\s+|sebesar\s+|hampir\s+)?$",
                          re.IGNORECASE)
#: A sentence about what was added: "Penambahan perusahaan tahun ini 95 unit ..." (issue 13).
_ADDED_SUBJECT_RE = re.compile(r"^\W*(?:penambahan|tambahan)\b", re.IGNORECASE)
#: "penambahan peserta selama Januari sampai Agustus yang sebanyak 9.400 orang": units added.
_ADDED_IN_CLAUSE_RE = re.compile(r"\bpenambahan\s+(?:jumlah\s+)?(?:peserta|pekerja|"
                                 r"tenaga\s+kerja|perusahaan|kepesertaan)\b", re.IGNORECASE)

#: A quota per village or per unit, no stock of an area: "mendata 50 pekerja di setiap desa",
#: "menargetkan 80 pekerja rentan di tiap kelurahan", "Bantu 60 Pekerja Tiap Desa" (issue 13).
_UNITS_EACH = (r"(?:desa|kelurahan|kalurahan|kampung|nagari|gampong|dusun|lurah|RT|RW|"
               r"kecamatan|sekolah|pasar|kelompok|koperasi|perusahaan)\b")
_QUOTA_AFTER_RE = re.compile(r"\s*(?:(?:orang|pekerja|tenaga\s+kerja|warga|peserta|rentan|"
                             r"informal|BPU)\s+){0,3}(?:di\s+)?(?:setiap|tiap|per)\s+"
                             + _UNITS_EACH, re.IGNORECASE)
#: "untuk mendukung setiap desa, 60 pekerja rentan"; "total setiap desa menjadi 60 orang".
_QUOTA_BEFORE_RE = re.compile(r"\b(?:setiap|tiap)\s+" + _UNITS_EACH + r"(?:\s*/\s*\w+)?\s*"
                              r"(?:,|menjadi|sebanyak|sejumlah)?\s*$", re.IGNORECASE)
#: A hypothetical: "Kalau hari ini lima puluh orang paham, maka lusa harus menjadi lima
#: ratus" (issue 13: rhetoric); "Jika dibandingkan ..., maka peserta kini 45.000" stays.
_IF_OPENS_RE = re.compile(r"^\W*(?:jika|kalau|apabila|bila|seandainya|andai(?:kan)?)\b",
                          re.IGNORECASE)
_THEN_MODAL_RE = re.compile(r"\bmaka\b[^.;]{0,40}?\b(?:harus|mesti|akan|bisa|dapat)\b[^.;]{0,30}$",
                            re.IGNORECASE)
#: A share of companies that protect their workers is compliance, no coverage rate:
#: "Badan usaha skala besar sekitar 85 persen sudah mendaftarkan karyawannya" (issue 13).
_COMPANIES_AFTER_RE = re.compile(r"\s*(?:dari\s+)?(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b",
                                 re.IGNORECASE)
_COMPANIES_LEAD_RE = re.compile(r"^\W*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b"
                                r"(?![^,;]*\b(?:pekerja|karyawan|tenaga\s+kerja|peserta|buruh)\b)",
                                re.IGNORECASE)
_PROTECT_WORKERS_RE = re.compile(r"\b(?:melindungi|mendaftarkan|mengikutkan|mengikutsertakan|"
                                 r"menjamin(?:kan)?)\s+(?:seluruh\s+|semua\s+)?(?:para\s+)?"
                                 r"(?:pekerja|karyawan|tenaga\s+kerja|buruh)", re.IGNORECASE)
#: A share of the gap a previous sentence counted: "Sebanyak 61.000 pekerja formal belum
#: terdaftar. Jumlah itu sekitar 48 persen dari total pekerja formal" (issue 13).
_THAT_NUMBER_RE = re.compile(r"^\W*(?:jumlah|angka)\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)
_GAP_SENTENCE_RE = re.compile(r"\b(?:belum|tidak|tak)\s+(?:ter)?(?:daftar|lindungi|cover|"
                              r"mendaftar|dilindungi|didaftarkan|menjadi\s+peserta|ikut)\w*",
                              re.IGNORECASE)

#: The rest still to win: "tugas menjaring kepesertaan dari 61 persen lainnya" (issue 13).
_REST_AFTER_RE = re.compile(r"\s*(?:persen\s+|%\s*)?(?:(?:pekerja|tenaga\s+kerja)\s+)?"
                            r"(?:lainnya|sisanya|selebihnya)\b", re.IGNORECASE)
_TO_WIN_RE = re.compile(r"\b(?:menjaring|menggarap|mengejar|kejar|merangkul|menyasar|"
                        r"menjangkau|membidik|meraih|menggaet)\b[^.;]{0,60}$", re.IGNORECASE)

#: People who came in or went out, a flow: "untuk yang masuk ada sekitar 21.500 orang".
_FLOW_BEFORE_RE = re.compile(r"\b(?:yang\s+|peserta\s+)(?:masuk|keluar)\s+(?:ada\s+)?"
                             r"(?:sekitar\s+|sebanyak\s+|mencapai\s+)?$", re.IGNORECASE)
#: "Sisanya, 63 persen pekerja informal, belum menjadi peserta": the rest, not covered.
_REST_OPENS_RE = re.compile(r"^\W*(?:sisanya|selebihnya|sisa\s+\w+)\b", re.IGNORECASE)

#: Job seekers on the labour office's books are no members: "pencari kerja yang terdaftar di
#: Disnaker mencapai 6.400 orang" (issue 13 probe).
_JOB_SEEKERS_RE = re.compile(r"\b(?:pencari\s+kerja|pencaker|job\s*seekers?)\b", re.IGNORECASE)
#: Satisfaction, no coverage: "Tingkat kepuasan peserta mencapai 88 persen".
_SATISFACTION_RE = re.compile(r"\b(?:puas|kepuasan)\b", re.IGNORECASE)
#: An average or a rate per day is no stock: "melayani rata-rata 150 peserta per hari".
_AVERAGE_BEFORE_RE = re.compile(r"\b(?:rata-rata|rerata)\s+(?:sekitar\s+|sebanyak\s+)?$",
                                re.IGNORECASE)
_PER_TIME_AFTER_RE = re.compile(r"\s*(?:(?:orang|peserta|pekerja|klaim|kasus|pengunjung|"
                                r"perusahaan|baru)\s+){0,2}(?:per|setiap|tiap|/)\s*(?:hari|"
                                r"minggu|pekan|bulan)\b", re.IGNORECASE)
#: A share of claims or cases is no coverage rate: "65 persen klaim diajukan lewat aplikasi".
_OF_CLAIMS_RE = re.compile(r"\s*(?:dari\s+)?(?:total\s+|seluruh\s+|jumlah\s+)?(?:klaim|kasus|"
                           r"pengajuan|transaksi)\b", re.IGNORECASE)

#: Cards handed over at a ceremony: "menyerahkan 25 kartu peserta secara simbolis".
_CARDS_AFTER_RE = re.compile(r"\s*(?:buah\s+|lembar\s+)?kartu\b", re.IGNORECASE)
#: What was reached of a target: "Target kepesertaan 30.000 orang baru tercapai 60 persen".
_TARGET_REACHED_RE = re.compile(r"\btarget\w*\b[^;]{0,80}?\b(?:tercapai|terpenuhi|dicapai|"
                                r"terealisasi)\s+(?:sekitar\s+|baru\s+|sebesar\s+|hampir\s+)?$",
                                re.IGNORECASE)
#: The companies a workforce works for are no registered employers: "320 ribu angkatan kerja
#: dari 1.450 perusahaan yang ada di kabupaten ini" (issue 13); "12.400 peserta dari 410
#: perusahaan" stays (members' employers are registered).
_FROM_BEFORE_RE = re.compile(r"\bdari\s+(?:sekitar\s+|total\s+|lebih\s+dari\s+)?$", re.IGNORECASE)
_COMPANIES_HEAD_RE = re.compile(r"\s*(?:perusahaan|badan\s+usaha|pemberi\s+kerja)\b",
                                re.IGNORECASE)

#: A ratio of people: "Baru 1 dari 3 Pekerja Terlindungi", "dua dari lima pekerja".
_SMALL = (r"(?:\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
          r"seratus|100)")
_RATIO_BEFORE_RE = re.compile(r"\b" + _SMALL + r"\s+dari\s+$", re.IGNORECASE)
_RATIO_AFTER_RE = re.compile(r"\s*dari\s+(?:setiap\s+|tiap\s+)?" + _SMALL + r"\s+(?:orang|pekerja|"
                             r"peserta|tenaga\s+kerja|warga|buruh)\b", re.IGNORECASE)

#: The share of members still paying, no coverage: "Tingkat keaktifan peserta 78 persen".
_ACTIVITY_RATE_RE = re.compile(r"\b(?:keaktifan|tingkat\s+aktif)\b", re.IGNORECASE)
#: A difference between two rates: "lebih tinggi 6 persen dibanding rata-rata provinsi".
_DIFFERENCE_BEFORE_RE = re.compile(r"\b(?:lebih\s+)?(?:tinggi|rendah|besar|kecil|banyak|sedikit|"
                                   r"unggul|tertinggal)\s+(?:sekitar\s+|sebesar\s+|hampir\s+)?$",
                                   re.IGNORECASE)
_COMPARED_AFTER_RE = re.compile(r"\s*(?:persen\s+|%\s*)?(?:poin\s+)?(?:\w+\s+){0,2}?(?:dari|"
                                r"dibanding\w*|daripada)\b", re.IGNORECASE)

#: "bagi satu pekerja bisa ikut lima program": one of something, per unit.
_PER_ONE_RE = re.compile(r"\b(?:untuk|bagi|setiap|tiap)\s*$", re.IGNORECASE)
#: "santunan pendidikan untuk tiga anak": how many children a benefit covers, no people.
_CHILDREN_RE = re.compile(r"^\s*(?:orang\s+)?anak\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def health_only(text: str) -> bool:
    """A sentence naming health insurance and not ours."""
    return bool(HEALTH_IN_SENTENCE_RE.search(text)) and not OURS_IN_SENTENCE_RE.search(text)


#: Members taken in are no jobs: "menargetkan akan menyerap 5,2 juta peserta aktif".
_MEMBERS_HEAD_RE = re.compile(r"^\s*(?:orang\s+)?peserta\b", re.IGNORECASE)
#: A target to cover the workers not yet registered is a target, no gap: "menargetkan
#: perluasan perlindungan bagi 2,1 juta pekerja yang belum terdaftar" (LABELLING.md "A target
#: stated as additional participants is a target too").
_TARGET_TO_COVER_RE = re.compile(
    r"\b(?:menargetkan|ditargetkan|target(?:kan|nya)?)\b[^.;]{0,40}?\b(?:perlindungan|"
    r"melindungi|lindungi|dilindungi|mendaftarkan|didaftarkan|menjangkau|merangkul|"
    r"mengcover|meng-cover)\b[^.;,]{0,30}$", re.IGNORECASE)


def _before(c: Candidate) -> str | None:
    """The not-a-fact word right before the number, by rule name."""
    m = BEFORE_RE.search(c.near)
    if not m:
        return None
    if m.lastgroup == "jobs" and _MEMBERS_HEAD_RE.match(c.right):
        return None
    if m.lastgroup == "growth" and c.unit == "percent":
        # "menargetkan kepesertaan naik 15 persen tahun depan": a growth target, no rate
        return m.lastgroup
    if not (m.lastgroup == "growth" and rules.TARGET_CUES.search(c.before)) or \
            _THEN_BECOMES_RE.match(c.right) or _GROWTH_FROM_RE.match(c.right):
        # "upayakan cakupan naik 6 persen menjadi 33 persen": 6 is growth (issue 13)
        return m.lastgroup
    # "menargetkan tambahan 40 ribu peserta baru" (corpus 027) is a target, no growth.
    return next((name for name, p in rules.NOT_FACT_BEFORE
                 if name != "growth" and p.search(c.near)), None)


_SCALED_RE = re.compile(r"(?:ribu|juta|miliar|triliun|jt|rb)", re.IGNORECASE)


def _after(c: Candidate) -> str | None:
    """The unit right after the number that is never a coverage figure, by rule name."""
    m = AFTER_RE.match(c.right)
    if m and m.lastgroup == "time" and (c.unit == "percent" or (
            c.unit == "count" and _SCALED_RE.search(c.n.text))):
        return None  # "cakupan hingga 41 persen tahun ini", "1,2 juta tahun lalu": no duration
    if m and m.lastgroup == "office" and _UNITS_OF_EMPLOYERS_RE.search(c.clause_left) and \
            c.right.lstrip().lower().startswith("unit"):
        return None  # "badan usaha yang aktif sebanyak 1.069 unit" (issue 13)
    return m.lastgroup if m else None


def _clause(c: Candidate) -> str | None:
    """The not-a-fact word in the number's clause, by rule name (per unit)."""
    # "belum sampai 10 persen atau baru 21 ribu orang": the count after a bound (issue 13)
    m = CLAUSE_RES[c.unit].search(_UPPER_BOUND_RE.sub(" ", c.clause_left) + " " + c.right_clause)
    if m and m.lastgroup == "gap" and c.unit == "count" and m.start() > len(c.clause_left) \
            and _TARGET_TO_COVER_RE.search(c.before[-120:]):
        return None  # "menargetkan perlindungan bagi 2,1 juta pekerja yang belum terdaftar"
    if m and not (m.lastgroup == "layoff" and (PAID_TO_RE.search(c.before)
                                               or _CASES_AFTER_RE.match(c.right))):
        # "membayarkan manfaat JKP kepada 1.120 peserta yang terkena PHK", "850 kasus klaim JKP
        # bagi korban PHK": claims, not layoffs
        return m.lastgroup
    return None


def _not_a_count(c: Candidate) -> bool:
    n = c.n
    return c.unit == "count" and bool(n.vague or _YEAR_LIKE_RE.match(n.text)
                                      or n.value != int(n.value))


#: The drop table: outcome True keeps the number, False drops it.
DROP: tuple[Rule[bool], ...] = (
    Rule("health_sentence", lambda c: health_only(c.text), False,
         "Sementara untuk BPJS Kesehatan, pemkot menanggung iuran 38.600 warga miskin."),
    Rule("wage_rate", lambda c: c.unit == "percent" and c.has(rules.WAGE_RATE), False,
         "Peserta membayar 2 persen dari upah, pemberi kerja 3,7 persen."),
    Rule("sanction", lambda c: c.unit == "count" and c.has(_SANCTION_RE), False,
         "1.250 perusahaan menerima surat teguran karena belum mendaftarkan pekerjanya."),
    Rule("before", _before, False,
         "Berdasarkan Permenaker Nomor 5 ...; naik sebanyak 3.000 peserta; berusia 45 tahun."),
    Rule("after", _after, False, "selama 3 bulan; di 12 kecamatan; 2.300 peserta mengikuti "
         "jalan sehat."),
    Rule("implausible_amount", lambda c: c.unit == "idr" and c.n.value < 1000, False,
         "Klaim JHT: Rp512,5 (a table cell whose scale word is in its header)."),
    Rule("limit", lambda c: c.unit == "idr" and rules.LIMIT_BEFORE.search(c.near), False,
         "Klaim JHT bisa diajukan lewat aplikasi sampai Rp10 juta."),
    Rule("age_in_brackets", lambda c: c.n.unit is None and c.n.value < 120
         and rules.AGE_IN_BRACKETS[0].search(c.near) and rules.AGE_IN_BRACKETS[1].match(c.right),
         False, "kata Wahyuni (47), pedagang pasar."),
    Rule("clause", _clause, False, "Masih ada 40 persen pekerja yang belum terdaftar."),
    Rule("gap_restated", lambda c: c.unit == "count" and _GAP_RESTATED_RE.match(c.text, c.n.end),
         False, "Masih ada 41.000 pekerja atau 38 persen yang belum terlindungi: a gap."),
    Rule("people_who_left", lambda c: c.unit == "count" and _LEFT_AFTER_RE.match(c.text, c.n.end),
         False, "12 Ribu Peserta BPJS Ketenagakerjaan di Kota Itu Keluar: a flow."),
    Rule("funds_placed", lambda c: c.unit == "percent" and c.has(_FUNDS_PLACED_RE), False,
         "Sebagian besar, 70 persen, ditempatkan di surat berharga dengan imbal 6 persen."),
    Rule("share_of_budget", lambda c: c.unit == "percent" and _OF_BUDGET_RE.match(c.right),
         False, "Sebanyak 15% dari alokasi anggaran desa dipakai untuk iuran: a budget share."),
    Rule("realised_share", lambda c: c.unit == "percent" and _REALISED_RE.search(c.near),
         False, "Target iuran Rp50 miliar dan telah terealisasi 80 persen: no coverage."),
    Rule("added_subject", lambda c: c.unit == "count" and (
        _ADDED_SUBJECT_RE.match(c.text) or _ADDED_IN_CLAUSE_RE.search(c.clause_left))
         and not rules.TARGET_CUES.search(c.text), False,
         "Penambahan perusahaan dari pendataan ada 95 perusahaan dengan 1.200 pekerja: a flow."),
    Rule("realisation", lambda c: c.unit == "percent" and rules.REALISATION.search(c.clause),
         False, "Realisasi baru 5 persen dari target."),
    Rule("contribution_amount", lambda c: c.unit == "idr" and _IURAN_RE.search(c.before)
         and not rules.BENEFIT_CUES.search(c.clause), False,
         "Anggaran untuk membayar iuran pekerja rentan, total Rp14,2 miliar (corpus 027)."),
    Rule("not_a_count", _not_a_count, False, "ribuan pekerja; tahun 2024; 2,5 orang."),
    Rule("one_of", lambda c: c.n.in_words and _ONE_OF_RE.search(c.near[-8:]), False,
         "Salah satu guru TPQ menerima santunan (corpus 045)."),
    Rule("one_payout", lambda c: c.unit == "idr" and _PAYOUT_TO_ONE_RE.search(c.clause)
         and not (_AGGREGATE_RE.search(c.clause) or c.has(_PAID_TO_MANY_RE)), False,
         "Suminah, ahli waris almarhum, menerima santunan Rp42 juta (corpus 035)."),
    Rule("per_one", lambda c: c.n.in_words and c.n.value == 1 and _PER_ONE_RE.search(c.near),
         False, "Bagi satu pekerja bisa ikut lima program: one per unit, no count."),
    Rule("children_entitled", lambda c: (c.n.in_words or c.n.unit is None) and c.n.value <= 5
         and _CHILDREN_RE.match(c.right), False,
         "Ada santunan pendidikan untuk tiga anak peserta: an entitlement, no claims."),
    Rule("added_planned", lambda c: _ADDED_PLANNED_RE.search(c.before[-90:])
         and _FORECAST_RE.search(c.before[-150:])
         and not _TARGET_WORD_RE.search(c.clause_left + " " + c.before[-90:]), False,
         "Diprediksi akan menambah 18% atau 310 ribu peserta: a forecast flow."),
    Rule("left_to_chase", lambda c: _CHASE_RE.search(c.near) and _CHASE_AFTER_RE.match(c.right),
         False, "Kami masih perlu mengejar 8.400 peserta lagi untuk mencapai target: a gap."),
    Rule("quota_per_unit", lambda c: c.unit == "count" and (
        _QUOTA_AFTER_RE.match(c.right) or _QUOTA_BEFORE_RE.search(c.near)), False,
         "Kami akan mendata 50 pekerja di setiap desa: a quota per village, no stock."),
    Rule("hypothetical", lambda c: _IF_OPENS_RE.match(c.text)
         and _THEN_MODAL_RE.search(c.before), False,
         "Kalau hari ini lima puluh orang paham, maka lusa harus menjadi lima ratus: rhetoric."),
    Rule("share_of_companies", lambda c: c.unit == "percent"
         and (_COMPANIES_LEAD_RE.match(c.clause_left) or _COMPANIES_AFTER_RE.match(c.right))
         and _PROTECT_WORKERS_RE.search(c.right),
         False, "Badan usaha skala besar sekitar 85 persen sudah mendaftarkan karyawannya: "
         "compliance."),
    Rule("share_of_gap", lambda c: c.unit == "percent" and _THAT_NUMBER_RE.match(c.text)
         and _GAP_SENTENCE_RE.search(c.context[1]), False,
         "Sebanyak 61.000 pekerja formal belum terdaftar. Jumlah itu sekitar 48 persen dari "
         "total pekerja formal: a share of the gap."),
    Rule("rest_to_win", lambda c: _REST_AFTER_RE.match(c.right) and _TO_WIN_RE.search(c.before),
         False, "Tugas kami menjaring kepesertaan dari 61 persen lainnya: a gap to win."),
    Rule("flow_in_out", lambda c: c.unit == "count" and _FLOW_BEFORE_RE.search(c.near), False,
         "Untuk yang masuk ada sekitar 21.500 orang: an inflow, no stock."),
    Rule("rest_not_covered", lambda c: _REST_OPENS_RE.match(c.text)
         and _GAP_SENTENCE_RE.search(c.text, c.n.end), False,
         "Sisanya, 63 persen pekerja informal, belum menjadi peserta: a gap."),
    Rule("job_seekers", lambda c: c.unit != "idr" and _JOB_SEEKERS_RE.search(c.clause), False,
         "Pencari kerja yang terdaftar di Disnaker mencapai 6.400 orang: no members."),
    Rule("satisfaction", lambda c: c.unit == "percent" and _SATISFACTION_RE.search(c.clause),
         False, "Tingkat kepuasan peserta mencapai 88 persen: no coverage."),
    Rule("average_or_per_time", lambda c: c.unit == "count" and (
        _AVERAGE_BEFORE_RE.search(c.near) or _PER_TIME_AFTER_RE.match(c.right)), False,
         "Kantor cabang melayani rata-rata 150 peserta per hari: no stock."),
    Rule("share_of_claims", lambda c: c.unit == "percent" and _OF_CLAIMS_RE.match(c.right),
         False, "Sebanyak 65 persen klaim diajukan lewat aplikasi: a share of claims."),
    Rule("cards_handed", lambda c: c.unit == "count" and _CARDS_AFTER_RE.match(c.right)
         and c.has(_CEREMONY_RE), False,
         "Wali kota menyerahkan 25 kartu peserta secara simbolis: a ceremony."),
    Rule("target_reached", lambda c: c.unit == "percent"
         and _TARGET_REACHED_RE.search(c.before[-120:]), False,
         "Target kepesertaan 30.000 orang baru tercapai 60 persen: a realisation."),
    Rule("employers_of_workforce", lambda c: c.unit == "count" and c.prev is not None
         and c.prev.metric == "workforce" and _FROM_BEFORE_RE.search(c.near)
         and _COMPANIES_HEAD_RE.match(c.right), False,
         "320 ribu angkatan kerja dari 1.450 perusahaan yang ada: companies, no registrations."),
    Rule("ratio", lambda c: c.unit == "count" and c.n.value <= 100 and (
        _RATIO_BEFORE_RE.search(c.near) or _RATIO_AFTER_RE.match(c.right)), False,
         "Baru 1 dari 3 pekerja terlindungi: a ratio, no count."),
    Rule("activity_rate", lambda c: c.unit == "percent" and _ACTIVITY_RATE_RE.search(c.clause),
         False, "Tingkat keaktifan peserta 78 persen: members still paying, no coverage."),
    Rule("difference", lambda c: _DIFFERENCE_BEFORE_RE.search(c.near)
         and _COMPARED_AFTER_RE.match(c.right), False,
         "Cakupan kita lebih tinggi 6 persen dibanding rata-rata provinsi: a difference."),
    Rule("lone_one", lambda c: c.unit == "count" and c.n.in_words and c.n.value == 1, False,
         "Kepri hampir satu juga [sic] tenaga kerja: a count of one is no coverage figure."),
    Rule("no_metric", lambda c: metric_of(c) is None, False,
         "Kudus memiliki 132 desa (corpus 002): no metric rule names what it counts."),
    Rule("ceremony", lambda c: metric_of(c) in ("claims", "benefits_paid")
         and c.has(_CEREMONY_RE) and not c.has(_AGGREGATE_RE), False,
         "Menyerahkan santunan kematian kepada 2 ahli waris (dev 020)."),
    Rule("added_flow", lambda c: not target_of(c) and _ADDED_RE.search(c.clause_left), False,
         "Berhasil menambah 1.200 perusahaan baru: a flow, not a stock (a probe, 2026-12-03)."),
    Rule("figure", always, True, "Peserta aktif mencapai 170.607 orang (seed 000)."),
)
check_table(DROP, "drop")
