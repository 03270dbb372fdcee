"""Which text blocks of a body are article paragraphs, and the dateline that opens them.

Rules are ordered tables of regexes; each comment names the site chrome that needed it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from extractors.html_body import Block
from extractors.html_dates import DATE_PATTERNS, parse_date_text

_I = re.IGNORECASE

#: (name, pattern): a block matching any of these is chrome and is dropped.
CHROME_LINES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Baca Juga: ...", "BACA JUGA:...", "Baca juga:" links (kompas, disway, Promedia).
    ("related_link", re.compile(r"^(?:baca|simak|lihat)\s*(?:juga|pula)\b", _I)),
    # Ad slot labels (detik, tribun).
    ("advertisement", re.compile(r"^[\W_]*(?:advertisement|advertisment|iklan|ads?)[\W_]*$", _I)),
    ("scroll", re.compile(r"^scroll to continue with content\s*$", _I)),
    # "Ikuti Kami di Google News" (radioidola), "Cek Berita dan Artikel ... Google News" (disway).
    ("google_news", re.compile(r"^.{0,80}\bgoogle\s*news\b.{0,60}$", _I)),
    # "Simak breaking news ... WhatsApp Channel" (kompas), channel invitations.
    ("channel_promo", re.compile(
        r"^.{0,200}\b(?:whatsapp|telegram)\s+channel\b.{0,80}$|^.{0,120}\b(?:saluran|channel)"
        r"\s+(?:whatsapp|telegram)\b.{0,80}$", _I)),
    # "Halaman:" and page links (Promedia), "Halaman selanjutnya" (tribun).
    ("pagination", re.compile(
        r"^(?:halaman\s*:?[\s\d]*|halaman (?:selanjutnya|berikutnya)\b.*)$", _I)),
    # "Editor: M. Nur Chakim", "Reporter : ...", "Kategori :" (Promedia, disway).
    ("label", re.compile(
        r"^(?:editor|reporter|penulis|pewarta|sumber|kategori|tags?|foto|fotografer|video"
        r"|copyright|redaktur|penyunting)\s*:.{0,80}$", _I)),
    ("copyright", re.compile(r"^(?:©|\(c\)|copyright\b).{0,120}$", _I)),
    # Prev/next article links (WordPress "Newspaper" theme).
    ("prev_next", re.compile(r"^artikel (?:sebelumnya|selanjutnya|berikutnya)", _I)),
    # A headline in a list of other news, ending with its date and time ("... 2022 | 18:05 WIB").
    ("headline_with_time", re.compile(
        r"^.{0,220}\b(?:19|20)\d\d\s*[|,-]?\s*\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)?\s*$")),
    # Blocks with no word in them: ">", "|", "X" close buttons, share counters.
    ("no_words", re.compile(r"^(?:[\W_]*|\w)$")),
    # Bylines and credits: "Oleh : Nama", "Uploader : Nama", "Rep: Nama/ Red: Nama",
    # "Posted: 3 jam lalu", "oleh - 120 Dilihat" (WordPress themes, republika).
    ("byline", re.compile(
        r"^(?:oleh|uploader|rep|red|posted|diposting|diunggah)\s*[:\-].{0,80}$"
        r"|^.{0,40}\b\d+\s*(?:kali\s+)?dilihat\s*$", _I)),
    # Share and banner widgets: "Bagikan Artikel ini", "Sebarkan artikel ini", "Banner".
    ("share", re.compile(r"^(?:bagikan|sebarkan|share)\b.{0,30}$|^(?:title=)?\W*banner\W*$", _I)),
    # An image's file name left as text ("kepala-cabang1.jpg").
    ("image_file", re.compile(r"^\S{1,120}\.(?:jpe?g|png|gif|webp)$", _I)),
    # Photo credits on a line of their own: "F/IST.", "Ilustrasi./Antara-Nama", "dok Humas
    # Pemkab", "TRIBUN/NAMA FOTOGRAFER": short, a credit word or a slash between capitals.
    ("photo_credit", re.compile(
        r"^(?:f|foto|dok|dokumentasi|ilustrasi|ist)\b[./ ]?\s*[A-Za-z./ -]{0,70}$"
        r"|^(?-i:[A-Z][A-Z.]*\s*/\s*[A-Z][A-Z. /]{1,60})$", _I)),
    # A photo caption: a line that credits its photo at the end ("... di kantornya. (Foto:
    # Humas)", "Nama, Kepala Cabang.(Foto/Dok)") or places the people in it ("Nama (kiri)
    # dan Nama (kanan) saat ..."); captions state no figure of the story.
    ("caption", re.compile(
        r"^.{0,300}\((?:foto|dok|ist|ilustrasi)\b[^)]{0,60}\)\W*$"
        r"|^.{0,300}\((?:ki|ka|kiri|kanan|tengah|ki-ka|kiri ke kanan)\).{0,300}$", _I)),
    # Keyword lists: "id Pekerja Rentan, Pemkab X, kepesertaan" (a tags widget's text).
    ("tag_line", re.compile(r"^id\s+[^.!?]{1,250}$")),
)

#: Headings after which a body holds only chrome: every later block is dropped too
#: (once some text was kept; a ticker heading above the text is dropped alone).
STOP_HEADINGS = re.compile(
    r"^(?:terkini|berita terkini|berita terkait|artikel terkait|terpopuler|berita terpopuler"
    r"|populer|trending|rekomendasi|berita lainnya|baca berikutnya|tags?|topik|komentar|pos terkait"
    r"|komentar anda|tulis komentar|reaksi anda terhadap berita ini\s*:?)\s*:?$",
    _I,
)

#: A block whose text is mostly link text is navigation, not a paragraph.
MAX_LINK_SHARE = 0.5

#: What a date line holds besides the date: weekdays, times, zones, separators.
DATE_LINE_FILLER = re.compile(
    r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|wib|wita|wit|pukul"
    r"|diperbarui|diterbitkan|dipublikasikan|published|updated)\b|\d{1,2}[:.]\d{2}|[\W_]+",
    _I,
)

#: Datelines that open the first paragraph, in order; group 1 is the dateline as printed.
DATELINES: tuple[re.Pattern[str], ...] = (
    # "KBRN, Kediri:" (RRI)
    re.compile(r"^(KBRN,\s*[A-Z][\w .]{1,40}?\s*:)"),
    # "SEMARANG, suaramerdeka-kedu.com -", "MAGELANG, MAGELANGEKSPRES.COM", "JAKARTA, KOMPAS.com -"
    re.compile(r"^([A-Z][\w .]{1,40},\s*[\w.-]+\.(?:com|co\.id|id|net)\b\s*(?:[-–—:]+)?)", _I),
    # "Semarang, Idola 92,6 FM-" (radio stations)
    re.compile(r"^([A-Z][\w .]{1,40},\s*[\w .]{1,30}?\d{2,3}[,.]\d\s*FM\s*(?:[-–—:]+)?)"),
    # "JAMBIEKSPRES.CO.ID -"
    re.compile(r"^([A-Z][\w-]*\.(?:com|co\.id|id|net)\s*[-–—:]+)", _I),
    # "JAKARTA (ANTARA) -", "SEMARANG -"
    re.compile(r"^([A-Z]{3,}(?: [A-Z]{3,})*\s*(?:\([A-Za-z. ]+\))?\s*[-–—:]+)\s"),
    # "Jakarta - " (detik)
    re.compile(r"^([A-Z][a-z]+(?: [A-Z][a-z]+)? [-–—] )"),
)

#: How many leading paragraphs are searched for a dateline (a caption may come first).
DATELINE_SEARCH = 3

_NON_ALNUM = re.compile(r"[\W_]+")


def article_paragraphs(blocks: Iterable[Block], title: str) -> list[str]:
    """The blocks that are article text: no chrome lines, link lists or title captions."""
    title_key = _key(title)
    kept: list[str] = []
    for block in blocks:
        text = block.text
        if STOP_HEADINGS.match(text):
            if kept:
                break
            continue  # a "Terkini" ticker above the text: skip the heading, not the article
        if _is_chrome(block) or _repeats_title(text, title_key):
            continue
        kept.append(text)
    if kept:
        kept[-1] = trim_cut_end(kept[-1])
        if not kept[-1]:
            kept.pop()
    return kept


#: A last line long enough to be prose (a table row or a list item is not cut prose).
CUT_MIN_CHARS = 60
_LAST_TOKEN_RE = re.compile(r"\s*\S+$")
#: A figure right before the cut, its noun or unit lost: "sebanyak 12.500 pe", "Rp 3,2 tr".
_FIGURE_AT_END_RE = re.compile(
    r"\s*(?:Rp\.?\s*)?\d[\d.,]*(?:\s*(?:ribu|juta|miliar|triliun|rb|jt|persen|%))?\W*$", _I)
_YEAR_AT_END_RE = re.compile(r"\b(?:19|20)\d\d\W*$")


def trim_cut_end(text: str) -> str:
    """The last paragraph without the word a page cut in half, and without a figure the cut
    parted from its noun.

    A page that ends mid-sentence ("... telah mencapai 12.500 pe", a paywall or the end of page
    one) leaves a figure whose metric noun, unit or digits may be missing: it is left out, as a
    figure the engine is unsure of. A year right before the cut keeps its meaning and stays.
    Text ending on punctuation, a comma included (a clause boundary), is whole and unchanged.
    """
    head, _, last = text.rpartition("\n")
    if (len(last) < CUT_MIN_CHARS or len(last.split()) < 8 or "|" in last
            or not last[-1:].isalnum()):
        return text
    cut = _LAST_TOKEN_RE.sub("", last)
    if not _YEAR_AT_END_RE.search(cut):
        cut = _FIGURE_AT_END_RE.sub("", cut)
    cut = cut.rstrip(" ,;:-–—(\"“")
    return f"{head}\n{cut}" if head and cut else (cut or head)


def _ends_like_a_time(text: str, low: str) -> bool:
    """False when a line cannot end with a time ("18:05", "18:05 WIB"): its last character
    other than whitespace is neither a digit nor the last letter of a time zone."""
    last = text.rstrip()[-1:]
    return last.isdigit() or last in {"B", "A", "T"}


#: Rules whose regex tries every start of a line's first 40-220 characters, with a cheap test
#: of the line and its lower-case form that is False only where the regex cannot match: a
#: word it needs is missing. (Each word avoids "i" and "s", the only ASCII letters a regex
#: matches case-insensitively to a character that lower() keeps apart: dotless ı, long ſ.)
CHROME_LINE_NEEDS: dict[str, Callable[[str, str], bool]] = {
    "google_news": lambda text, low: "google" in low,
    "channel_promo": lambda text, low: "app" in low or "telegram" in low,
    "headline_with_time": _ends_like_a_time,
    "byline": lambda text, low: low[:1] in {"o", "u", "r", "p", "d"}
    or low.rstrip().endswith("hat"),
}


#: Every chrome rule without a CHROME_LINE_NEEDS test in one regex (each with its own flags):
#: a line it does not match and no needs test admits is matched by no rule, in one call.
_ANY_OTHER_CHROME = re.compile("|".join(
    f"(?{'i' if pattern.flags & re.IGNORECASE else ''}:{pattern.pattern})"
    for name, pattern in CHROME_LINES if name not in CHROME_LINE_NEEDS
))


def chrome_reason(text: str) -> str | None:
    """The name of the chrome rule a line matches, or None for article text."""
    low = text.lower()
    admitted = [name for name, needs in CHROME_LINE_NEEDS.items() if needs(text, low)]
    if admitted or _ANY_OTHER_CHROME.match(text):
        for name, pattern in CHROME_LINES:
            if name in CHROME_LINE_NEEDS and name not in admitted:
                continue
            if pattern.match(text):
                return name
    return "date_line" if _is_date_line(text) else None


def _is_date_line(text: str) -> bool:
    """True for a line that is a date and nothing else ("- Jumat, 10 Desember 2021 | 18:24 WIB")."""
    if len(text) > 80 or parse_date_text(text) is None:
        return False
    rest = text
    for pattern in DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    return len(DATE_LINE_FILLER.sub(" ", rest).split()) <= 1


def _is_chrome(block: Block) -> bool:
    """True when a block is a chrome line or mostly link text."""
    if block.link_chars > MAX_LINK_SHARE * len(block.text):
        return True
    return chrome_reason(block.text) is not None


def _repeats_title(text: str, title_key: str) -> bool:
    """True for a caption or heading that repeats the headline ("<title>. (Foto: ...)")."""
    if len(title_key) < 12:
        return False
    key = _key(text)
    return key.startswith(title_key) and len(key) <= len(title_key) + 40


def find_dateline(paragraphs: list[str]) -> str | None:
    """The dateline opening one of the first paragraphs, as printed, if any."""
    for text in paragraphs[:DATELINE_SEARCH]:
        for pattern in DATELINES:
            m = pattern.match(text)
            if m:
                return m.group(1).strip()
    return None


def _key(text: str) -> str:
    """Lower-case letters and digits only, for loose comparisons with the title."""
    return _NON_ALNUM.sub("", text.lower())
