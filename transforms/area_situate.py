"""Where a mention stands in its sentence: a locative, a dateline, a place of speaking, a venue,
or the address of another place (split from `areas.py`, which finds the mentions)."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from transforms.area_words import SPOKEN_AT_RE, VENUE_BEFORE_RE

if TYPE_CHECKING:
    from transforms.areas import Mention


#: What stands between a place and the province of its address: "Kabupaten X, Jawa Timur".
_ADDRESS_GAP_RE = re.compile(r"\s*,\s*")


def _is_address_of(sentence: str, mentions: list[Mention], m: Mention) -> bool:
    """True for a province written after one of its regencies or cities as its address
    ("Pemerintah Kabupaten X, Jawa Timur, mendaftarkan ...", "di Kota Y, Provinsi Z"): it
    says where the place lies, and the figure belongs to the place."""
    if not mentions or m.record.area_type != "province":
        return False
    prev = mentions[-1]
    return (prev.record.area_type in ("regency", "city") and prev.record.parent == m.record.name
            and bool(_ADDRESS_GAP_RE.fullmatch(sentence[prev.end : m.start])))


#: A locative before a name: the figure is about that place ("peserta aktif di Bali", corpus 024).
_LOCATIVE_RE = re.compile(r"(?:\b[Dd]i|\bse|\b[Ww]ilayah|\b[Dd]aerah|\b[Kk]awasan)\s+$|\bse-$")
#: "daerah asal PMI terbesar di NTB" (dev 016), "paling banyak di X dan Y": the set a figure is
#: compared against, not its area; names coordinated after it belong to the same set.
_COORDINATED_RE = re.compile(r"\s*(?:,|dan|serta|atau|,\s*dan)\s*")
#: ... unless the figure follows the place: "cakupan tertinggi di Kota Tarakan dengan 71 persen",
#: "peserta terbanyak di Kota X 42.100 orang" name the place that holds it.
_HOLDER_AFTER_RE = re.compile(
    r"\s*,?\s*(?:dengan|yakni|yaitu|sebesar|sebanyak|mencapai|:)\s|\s+(?=\d)|"
    # "dan terendah di Kabupaten X tiga persen": a figure in words
    r"\s+(?=(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|"
    r"se(?:puluh|ratus|ribu))\b)", re.IGNORECASE)
#: "peringkat pertama se-Provinsi X dengan 61 persen", "tertinggi se-X": the set compared.
_COMPARED_IN_RE = re.compile(
    r"\b(?:dibanding\w*|lain|ter(?:besar|banyak|tinggi|kecil|sedikit|baik|buruk)|terendah|"
    r"paling\s+\w+|"
    r"peringkat\s+\w+)\b[^,.;]{0,30}(?:\bdi\s+|\bse-?\s*)$", re.IGNORECASE)
#: After a locative: a weekday or a date makes it the place of speaking ("di Jakarta, Senin",
#: corpus 007), not the area of the figures.
_SPEAKING_RE = re.compile(
    r"^\s*,?\s*(?:\(\s*\d|(?:pada\s+)?(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|"
    r"Minggu)\b)")
#: A dateline at the start of a paragraph: "Jakarta (ANTARA) -", "Banyumas -", "KBRN, Ambon:".
_DATELINE_AFTER_RE = re.compile(
    r"^\s*(?:\([^)]{1,40}\))?\s*[-–—:]\s(?![\s\d]*[\d])|"  # not "Cabang Dumai: 151.200 peserta"
    r"^\s*,\s*\S*(?:\.com|\.co\.id|\.id|Idola|KOMPAS)|"
    # "Kota, (Nama Media) -", "Kota, Nama Media -": the outlet after the place, then the dash
    r"^\s*,\s*\(?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\)?\s*[-–—]{1,2}\s")
_DATELINE_BEFORE_RE = re.compile(r"^\W*(?:KBRN|RRI\.co\.id|[A-Z]{3,}\.(?:COM|CO\.ID|ID))\s*,?\s*$")
#: "Namamedia.co, Kota -", "Nama Media, Kota -": the outlet first, the place, then the dash.
_DATELINE_OUTLET_BEFORE_RE = re.compile(
    r"^\W*(?:[\w-]+\.(?:com|co\.id|co|id|net)|[A-Z][\w]*(?:\s+[A-Z][\w]*)?)\s*,\s*$",
    re.IGNORECASE)
_DASH_AFTER_RE = re.compile(r"^\s*[-–—]{1,2}\s")
#: A whole dateline head: "Kota, Provinsi (ANTARA) -", "Kota, 10/12 (Antara) -", "Kota, Media -",
#: or a line that is only "Kota, Nama Media": every name inside it is the place of writing.
_DATELINE_HEAD_RE = re.compile(
    r"^\W*(?!(?:Di|Dari|Ke|Untuk|Sementara|Sedangkan|Selain|Adapun|Namun|Lalu)\b)"
    r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*,\s*"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s*|\d{1,2}/\d{1,2}(?:/\d{2,4})?\s*)"
    r"(?:\([^()]{1,40}\)\s*)?(?:[-–—]{1,2}\s|[-–—]*\s*$)")
#: The outlet's own name in a dateline's brackets: "Kota (ANTARA Kalsel) -" names no area.
_IN_OUTLET_BEFORE_RE = re.compile(r"^[^()]{1,30}\([^()]*$")
_IN_OUTLET_AFTER_RE = re.compile(r"^[^()]*\)\s*[-–—]{1,2}\s")
#: ... or after the place, unbracketed: "Kota, Radar Papua -".
_OUTLET_NAME_BEFORE_RE = re.compile(r"^\W*[A-Z]\w*(?:\s+[A-Z]\w*)?\s*,\s*(?:[A-Z][\w.]*\s+){1,2}$")
_OUTLET_NAME_AFTER_RE = re.compile(r"^(?:\s+[A-Z][\w.]*)?\s*[-–—]{1,2}\s")
_SPEAKER_BEFORE_RE = re.compile(
    r"\b(?:Kepala|Kakanwil|Kacab|Deputi\s+Direktur|Direktur|Plt\.?|Pjs\.?|Asisten\s+Deputi)\b"
    r"[^,.;]*$")
#: A title at the end of its clause or before any verb but a figure ("dihadiri Kepala BPJS
#: Ketenagakerjaan Cabang X.", "Kepala Cabang X menambahkan"): a person, not a place.
_TITLE_END_RE = re.compile(
    r"^\s*(?:[.;)]|$|(?:[a-z]+\s+){0,2}(?:me|ber|di)[a-z]+\b(?![^.;]{0,12}\d))")
#: "Cabang Mataram Adventus Souhuwat di Mataram, Kamis, mengatakan": the name, then a place
#: and day of speaking may stand before the verb.
_SPEAKER_AFTER_RE = re.compile(
    # "Wilayah Sumatera Bagian Tengah (Sumbagteng) Nama Orang di Kota, Rabu (4/9) lalu,
    # mengatakan": the office's abbreviation in brackets may follow its name
    r"^\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:[A-Z][\w.']*\s*){1,4},?\s*)?"
    r"(?:di\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s*,?\s*)?"
    r"(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b[^,]{0,14},\s*)?"
    r"(?:mengatakan|menyebut|menjelaskan|mengungkapkan|menyampaikan|memaparkan|menuturkan|"
    r"menambahkan|menegaskan|,)")
#: Words before "Indonesia" that make it the country as an area ("seluruh Indonesia"); in
#: "pekerja migran Indonesia" (corpus 004) it is not.
_NATIONAL_BEFORE_RE = re.compile(
    r"(?:\bdi|\bseluruh|\bse-?|\btingkat|\bsecara|\bnegara|\bRepublik|^)\s*$", re.IGNORECASE)


#: "meraih juara I Paritrana Award tingkat Provinsi X": the level of a prize, not an area.
_PRIZE_LEVEL_RE = re.compile(
    r"\b(?:juara|peringkat|penghargaan|award|lomba)\b[^.;]{0,50}\btingkat\s+"
    r"(?:Provinsi\s+|Kabupaten\s+|Kota\s+)?$", re.IGNORECASE)


#: "Hal itu disampaikan dalam rapat koordinasi di Kota X.", "Usai pertemuan di Kota X, Bupati
#: menyebut ...", "menerima penghargaan di Kota X.": the town an event took place in, when the
#: clause ends on it (not "kegiatan di Kabupaten X berhasil mendaftarkan 500 pekerja").
_EVENT_AT_RE = re.compile(
    r"\b(?:rapat|pertemuan|acara|kegiatan|penghargaan|award|kunjungan|seminar|workshop|"
    r"lokakarya|konferensi|forum|rakor\w*|raker\w*|festival|peluncuran|penandatanganan|"
    r"upacara|ajang|pameran|diskusi|gathering|sambutan|disampaikan|diserahkan|diterima)\b"
    r"[^,.;:\d\"“”]{0,50}\bdi\s+$", re.IGNORECASE)
_EVENT_PLACE_ENDS_RE = re.compile(r"\s*(?:[.;]|,(?!\s*\d)|$)")


def _situate(sentence: str, m: Mention, headline: bool = False) -> Mention | None:
    """Mark a locative mention; drop datelines, places of speaking and the country as adjective."""
    before = sentence[: m.start]
    after = sentence[m.end :]
    if not headline and m.start <= 40 and (head := _DATELINE_HEAD_RE.match(sentence)) and \
            m.end <= head.end():
        return None
    if not headline and m.start <= 12 and (_DATELINE_AFTER_RE.match(after)
                                           or _DATELINE_BEFORE_RE.match(before)):
        return None
    if not headline and m.start <= 40 and (
            (_DATELINE_OUTLET_BEFORE_RE.match(before) and _DASH_AFTER_RE.match(after))
            or (_IN_OUTLET_BEFORE_RE.match(before) and _IN_OUTLET_AFTER_RE.match(after))
            or (_OUTLET_NAME_BEFORE_RE.match(before) and _OUTLET_NAME_AFTER_RE.match(after))):
        return None
    if m.record.area_type in ("city", "regency", "province") and \
            VENUE_BEFORE_RE.search(before[-60:]):
        return None
    if _PRIZE_LEVEL_RE.search(before[-90:]):
        return None
    if m.record.area_type in ("city", "regency", "province") and \
            before[-8:].rstrip().endswith("di") and _EVENT_PLACE_ENDS_RE.match(after) and \
            _EVENT_AT_RE.search(before[-80:]):
        return None
    if m.record.area_type == "national" and m.text == "Indonesia" and \
            not _NATIONAL_BEFORE_RE.search(before):
        return None
    if m.record.area_type in ("branch", "regional_office") and _SPEAKER_BEFORE_RE.search(
            before[-70:]) and (_SPEAKER_AFTER_RE.match(after) or _TITLE_END_RE.match(after)):
        return dataclasses.replace(m, speaker=True)
    if _LOCATIVE_RE.search(before[-14:]):
        if _SPEAKING_RE.match(after) or SPOKEN_AT_RE.search(before[-60:]):
            return None
        return dataclasses.replace(m, locative=True)
    return m
