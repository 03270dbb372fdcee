"""Is an article about BPJS Ketenagakerjaan coverage? Health insurance, job fairs, investment
returns and claim procedures are not, and give no facts."""

from __future__ import annotations

import re

from transforms.lexicon import HEALTH_IN_ARTICLE_RE, OURS_IN_ARTICLE_RE

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
    ("claim procedure", re.compile(
        # "Memahami JHT dan Prosedur Klaim": an explainer (issue 13, real-news traps)
        r"\b(?:cara|syarat|langkah|panduan|tips|prosedur)\b.*\b(?:klaim|cair|mencairkan|daftar|"
        r"cek)\b|"
        r"\b(?:klaim|pencairan)\b.*\b(?:syarat|cara)\b", re.IGNORECASE)),
    ("investment", re.compile(
        r"\b(?:dana\s+kelolaan|investasi|imbal\s+hasil|hasil\s+pengembangan|aset)\b",
        re.IGNORECASE)),
    ("job fair", re.compile(r"\b(?:job\s*fair|bursa\s+kerja|lowongan|loker)\b", re.IGNORECASE)),
    ("accident", re.compile(r"\b(?:tabrak|kecelakaan\s+lalu|tewas|terbakar)\b", re.IGNORECASE)),
    ("regulation", re.compile(r"\b(?:PP|Permenaker|Perpres|UU|peraturan|regulasi|aturan\s+baru)"
                              r"\b", re.IGNORECASE)),
    ("history", re.compile(r"\b(?:sejarah|profil|mengenal|apa\s+itu|asal-usul|"
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
)


def relevance(title: str, body: str) -> tuple[bool, str]:
    """(relevant, reason) for an article's headline and body text."""
    text = f"{title}\n{body}"
    tk = len(_TK_RE.findall(text))
    health = len(_HEALTH_RE.findall(text))
    if tk == 0:
        return False, "no mention of BPJS Ketenagakerjaan"
    title_health = bool(_HEALTH_RE.search(title or "")) and not _TK_RE.search(title or "")
    if (health > tk and title_health) or health > 2 * tk:
        # A headline about JKN (corpus 003) or health words swamping ours: health insurance. A
        # headline naming BPJS Ketenagakerjaan beside JKN (dev 015), or a few JKN words in a
        # story about ours, keep the article: its health sentences are dropped one by one.
        return False, f"about BPJS Kesehatan (health insurance): {health} health vs {tk} mentions"
    for reason, pattern in OFF_TOPIC_TITLES:
        if pattern.search(title or ""):
            return False, f"off-topic headline ({reason})"
    if not _COVERAGE_RE.search(text):
        return False, "no coverage wording"
    if tk < 2 and not _TK_RE.search(title or "") and not _COVERAGE_RE.search(title or "") \
            and not _SOCIAL_SECURITY_RE.search(title or ""):
        return False, "BPJS Ketenagakerjaan mentioned only in passing"
    return True, f"BPJS Ketenagakerjaan coverage ({tk} mentions)"
