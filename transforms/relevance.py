"""Is an article about BPJS Ketenagakerjaan coverage? Health insurance, job fairs, investment
returns and claim procedures are not, and give no facts."""

from __future__ import annotations

import re

from transforms.lexicon import HEALTH_IN_ARTICLE_RE, OURS_IN_ARTICLE_RE
from transforms.sentences import split_sentences

_TK_RE = OURS_IN_ARTICLE_RE
_HEALTH_RE = HEALTH_IN_ARTICLE_RE
#: A headline on social security ("Desa Sadar Jaminan Sosial"): with health insurance ruled out
#: above, one mention of BPJS Ketenagakerjaan in the body is enough (a probe article, 2026-12-03).
_SOCIAL_SECURITY_RE = re.compile(r"\bjaminan\s+sosial\b|\bjamsos\b", re.IGNORECASE)
_COVERAGE_RE = re.compile(
    r"\b(?:kepesertaan|peserta|coverage|cakupan|terlindungi|perlindungan|terdaftar|lindungi|"
    r"melindungi|dilindungi|didaftarkan|mendaftarkan|pekerja\s+rentan|perangkat\s+desa|"
    r"pemberi\s+kerja|santunan|manfaat)\b",
    re.IGNORECASE,
)
#: Off-topic stories, recognised by their headline: (reason, pattern).
OFF_TOPIC_TITLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Memahami JHT dan Prosedur Klaim": a procedure or an explainer is a how-to as well.
    ("claim procedure", re.compile(
        # "Memahami JHT dan Prosedur Klaim": an explainer (issue 13, real-news traps)
        r"\b(?:cara|syarat|langkah|panduan|tips|prosedur|alur)\b.*\b(?:klaim|cair|mencairkan|"
        r"daftar|cek)\b|\b(?:klaim|pencairan)\b.*\b(?:syarat|cara|prosedur|alur)\b",
        re.IGNORECASE)),
    ("investment", re.compile(
        r"\b(?:dana\s+kelolaan|investasi|imbal\s+hasil|hasil\s+pengembangan|aset)\b",
        re.IGNORECASE)),
    ("job fair", re.compile(r"\b(?:job\s*fair|bursa\s+kerja|lowongan|loker)\b", re.IGNORECASE)),
    ("accident", re.compile(r"\b(?:tabrak|kecelakaan\s+lalu|tewas|terbakar)\b", re.IGNORECASE)),
    ("regulation", re.compile(r"\b(?:PP|Permenaker|Perpres|UU|peraturan|regulasi|aturan\s+baru)"
                              r"\b", re.IGNORECASE)),
    ("history", re.compile(r"\b(?:sejarah|profil|mengenal|memahami|apa\s+itu|asal-usul|"
                           r"perjalanan\s+\d+\s+tahun)\b", re.IGNORECASE)),
    # "Dari Kartu KPJ ke Aplikasi JMO", "HUT ke-48, ... Ajak Peserta Pakai JMO"
    ("app or anniversary", re.compile(r"\b(?:aplikasi|JMO|Jamsostek\s+Mobile|HUT|ulang\s+tahun|"
                                      r"anniversary)\b", re.IGNORECASE)),
    # "Berapa Iuran BPJS Ketenagakerjaan Pekerja Mandiri?", "Besaran Iuran JKK 2025"
    ("contribution explainer", re.compile(
        r"\b(?:berapa|besaran|simulasi|rincian|daftar|hitungan|potongan)\b[^.?!]{0,30}\biuran\b|"
        r"\biuran\b[^.?!]{0,40}\b(?:berapa|besarannya|rinciannya|simulasi)\b", re.IGNORECASE)),
    ("event", re.compile(r"\b(?:pelari|fun\s*run|run\s+20\d\d|lomba|turnamen|jalan\s+sehat|"
                         r"donor\s+darah|bakti\s+sosial|mudik|peresmian|diresmikan|senam)\b",
                         re.IGNORECASE)),
    ("award", re.compile(r"\b(?:penghargaan|award|paritrana|anugerah)\b",
                         re.IGNORECASE)),
    ("recruitment", re.compile(r"\b(?:rekrutmen|lowongan\s+kerja\s+BPJS|CPNS|seleksi\s+pegawai)\b",
                               re.IGNORECASE)),
    ("fraud", re.compile(r"\b(?:penipuan|hoaks|hoax|modus|waspada|catut|mencatut)\b",
                         re.IGNORECASE)),
    # "Kantor X Bayar JHT Rp3 Triliun", "Klaim Jaminan Kematian Rp12 Miliar": a payout story.
    ("benefit payout", re.compile(
        r"\b(?:bayar|membayar|bayarkan|membayarkan|dibayarkan|pembayaran|salurkan|menyalurkan|"
        r"disalurkan|cairkan|mencairkan|dicairkan|klaim|santunan)\b[^.?!]{0,60}\bRp\s?\d",
        re.IGNORECASE)),
)
#: Headline reasons that a body stating a coverage figure overrides: an award, fund or payout
#: story that also says how many workers are covered is about coverage as well (an award
#: story closing on "universal coverage di provinsi ini 40,4 persen"). A how-to, a regulation,
#: an accident or a job fair stays off-topic whatever numbers it holds.
SOFT_REASONS: frozenset[str] = frozenset({"investment", "award", "benefit payout"})

_NUM = r"\d(?:[\d.,]*\d)?(?:\s*(?:ribu|juta|jt|rb)(?:an)?)?"
#: A count of workers ("2,3 juta tenaga kerja", "17 juta orang pekerja").
_WORKERS_RE = re.compile(_NUM + r"\s+(?:orang\s+)?(?:pekerja|tenaga\s+kerja|karyawan)\b",
                         re.IGNORECASE)
#: A count of people or members ("27.180 peserta", "51.904 jiwa"): a coverage figure only
#: beside a registration word, as "peserta" also names the entrants of a contest or a run.
_PEOPLE_RE = re.compile(_NUM + r"\s+(?:orang|jiwa|peserta)\b", re.IGNORECASE)
_PERCENT_RE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:persen|%)", re.IGNORECASE)
_REGISTERED_RE = re.compile(
    r"\b(?:kepesertaan|terdaftar|didaftarkan|terlindungi|dilindungi|tercover|cakupan|coverage|"
    r"UCJ|peserta\s+(?:aktif|BPJS|BP\s?Jamsostek|BPJamsostek|Jamsostek))\b", re.IGNORECASE)
_MEMBER_RE = re.compile(r"\bpeserta\b", re.IGNORECASE)


def states_coverage(body: str) -> bool:
    """True when a sentence of the body states a coverage figure: workers who are members, or a
    count or percent beside a registration word in its sentence or the one before it."""
    previous = ""
    last_paragraph = -1
    for sentence in split_sentences(body):
        if sentence.paragraph != last_paragraph:
            previous, last_paragraph = "", sentence.paragraph
        text = sentence.text
        registered = _REGISTERED_RE.search(text) or _REGISTERED_RE.search(previous)
        if _WORKERS_RE.search(text) and (registered or _MEMBER_RE.search(text)):
            return True
        if registered and (_PEOPLE_RE.search(text) or
                           (_PERCENT_RE.search(text) and _REGISTERED_RE.search(text))):
            return True
        previous = text
    return False


def relevance(title: str, body: str) -> tuple[bool, str]:
    """(relevant, reason) for an article's headline and body text."""
    text = f"{title}\n{body}"
    tk = len(_TK_RE.findall(text))
    if tk == 0:
        return False, "no mention of BPJS Ketenagakerjaan"
    health = len(_HEALTH_RE.findall(text))
    title_health = bool(_HEALTH_RE.search(title or "")) and not _TK_RE.search(title or "")
    if (health > tk and title_health) or health > 2 * tk:
        # A headline about JKN (corpus 003) or health words swamping ours: health insurance. A
        # headline naming BPJS Ketenagakerjaan beside JKN (dev 015), or a few JKN words in a
        # story about ours, keep the article: its health sentences are dropped one by one.
        return False, f"about BPJS Kesehatan (health insurance): {health} health vs {tk} mentions"
    for reason, pattern in OFF_TOPIC_TITLES:
        if pattern.search(title or ""):
            if reason in SOFT_REASONS and states_coverage(body):
                break
            return False, f"off-topic headline ({reason})"
    if not _COVERAGE_RE.search(text):
        return False, "no coverage wording"
    if tk < 2 and not _TK_RE.search(title or "") and not _COVERAGE_RE.search(title or "") \
            and not _SOCIAL_SECURITY_RE.search(title or ""):
        return False, "BPJS Ketenagakerjaan mentioned only in passing"
    return True, f"BPJS Ketenagakerjaan coverage ({tk} mentions)"


#: Metrics of benefits paid out: an article giving only these is a payout story.
PAYOUT_METRICS = frozenset({"claims", "benefits_paid"})


#: A headline on claims or benefits paid ("Klaim JHT di Kota X Melonjak").
_PAYOUT_TITLE_RE = re.compile(r"\b(?:klaim|santunan|manfaat|JHT|JKP|JKM|JKK|JP|pencairan|"
                              r"mencairkan|cair|bayar\w*|membayar\w*|dibayarkan)\b",
                              re.IGNORECASE)


def payout_only(metrics: set[str], title: str, body: str) -> bool:
    """True when a headline on claims or payouts heads an article whose every figure is a
    claim count or an amount paid, and no sentence states coverage: a claims story ("Klaim JHT
    di Kota X Melonjak") is off-topic like a payout headline with an amount (realdev traps).
    A coverage story that also reports claims keeps them."""
    return (bool(metrics) and metrics <= PAYOUT_METRICS
            and bool(_PAYOUT_TITLE_RE.search(title or "")) and not states_coverage(body))
