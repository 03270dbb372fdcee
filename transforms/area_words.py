"""The word tables `areas.py` reads to find area mentions: type words, organisation words,
stop words around names, placeholders ("Pemkab") and local place prefixes (desa, kecamatan)."""

from __future__ import annotations

import re

from transforms.gazetteer import TYPE_PREFIXES

_TOKEN_RE = re.compile(r"[A-Za-z](?:[A-Za-z'’.-]*[A-Za-z])?")
#: Organisation words that may stand between a type word or nothing and a name.
_ORG_WORDS: tuple[tuple[str, ...], ...] = (
    ("bpjs", "ketenagakerjaan"), ("bp", "jamsostek"), ("bpjs", "tk"), ("bpjamsostek",),
    ("jamsostek",),
)
#: Words before a capitalised name that make it part of another proper name ("PO Hotel Semarang").
STOP_BEFORE: frozenset[str] = frozenset({
    "hotel", "universitas", "bank", "pasar", "jalan", "jl", "stasiun", "bandara", "radio", "rsud",
    "rs", "masjid", "gedung", "toko", "kampus", "perumahan", "taman", "lapangan", "harian",
    "politeknik", "institut", "stadion", "pelabuhan", "terminal", "polres", "polresta", "kodim",
    "koran", "tribun", "unit", "uin", "iain", "unnes", "undip", "kecamatan", "kec", "kelurahan",
    "desa", "dusun", "kampung", "ibu",
    # institutions named after their region: "Kejati Maluku", "Polda Jambi", "BPD Bali"
    "kejati", "kejari", "polda", "korem", "kodam", "lantamal", "bpd", "bpr",
})
#: Words after a name that make it a slogan or another proper name: "2025 Indonesia Emas"
#: (seed 000: the 95 percent target belongs to Demak, not to the country).
STOP_AFTER: frozenset[str] = frozenset({"emas", "maju", "raya", "timur", "barat", "selatan",
                                         "utara", "tengah", "pos", "ekspres", "post", "today"})
#: A type word that names the regency and the city at once ("Kota dan Kabupaten Kediri", seed 003).
_BOTH_RE = re.compile(r"^(?:kota\s+dan\s+kabupaten|kabupaten\s+dan\s+kota)$")
_PREFIX_WORDS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(((tuple(p.rstrip(".").split()), t) for p, t in TYPE_PREFIXES),
           key=lambda x: -len(x[0]))
)
#: Prefixes whose name must be capitalised in the text ("Wilayah Jateng-DIY", not "di wilayah").
_CAPITAL_ONLY_PREFIXES = frozenset({("wilayah",), ("kota",), ("cabang",), ("kc",)})
_NATIONAL_WORDS = {"nasional": "nasional"}
_PREFIXES_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _type in _PREFIX_WORDS:
    _PREFIXES_BY_FIRST.setdefault(_words[0], []).append((_words, _type))
#: "Pemkab" with no name after it: the regency the article is about (corpus 015).
_PLACEHOLDERS = {"pemkab": "regency", "pemkot": "city", "pemprov": "province"}
#: Type words for places below a regency, which the gazetteer does not list (corpus 018).
_LOCAL_PREFIXES: dict[str, str] = {
    "kecamatan": "district", "kec": "district", "desa": "village", "kelurahan": "village",
    "kalurahan": "village", "kades": "village", "lurah": "village", "pemdes": "village",
}
#: Lower-case words that can start a mention; any other lower-case word is skipped at once.
_TRIGGERS = frozenset({*_PREFIXES_BY_FIRST, *_LOCAL_PREFIXES, *_PLACEHOLDERS, "nasional"})
#: Second words of district and village names ("Semarang Timur", "Mandiraja Kulon"); any other
#: capitalised word after the name is not part of it ("Pemdes Sukamaju Lindungi ...").
_PLACE_SECOND_WORDS = frozenset({"Timur", "Barat", "Utara", "Selatan", "Tengah", "Kulon", "Wetan",
                                 "Lor", "Kidul", "Baru", "Lama", "Jaya", "Indah", "Makmur", "Sari",
                                 "Raya", "Hilir", "Hulu", "Ilir", "Ulu", "Dalam", "Luar"})
_NOT_A_PLACE_BEFORE = frozenset({"perangkat", "aparatur", "aparat", "dana", "ekosistem",
                                 "anggaran", "pemerintahan", "musyawarah", "sekretaris"})
_NOT_NAMES = frozenset({"Kepala", "Kantor", "BPJS", "Deputi", "Direktur", "Bupati", "Ketua",
                        "Dinas", "Pemkab", "Pemkot", "Pemprov", "Pemerintah", "Sekretaris"})

#: A venue before a town ("acara itu digelar di Hotel Melati, Kendari, ..."; "bertemu di kantor
#: BPJS Ketenagakerjaan, Jakarta"): the town is where an event took place, not an area.
#: "dalam acara yang digelar di Kota X itu": where an event is held, not the figures' area.
#: "Mantan Kepala Dinas Sosial Kota X itu merinci": a person's former office.
VENUE_BEFORE_RE = re.compile(
    r"\bdi\s+(?:Hotel|Gedung|Aula|Graha|Ballroom|Auditorium|Pendopo|kantor)\b[^,.;]{0,40},\s*$|"
    r"\b(?:digelar|diselenggarakan|berlangsung|bertempat|diadakan)\s+di\s+$|"
    r"\b(?:[Mm]antan|[Ee]ks)\s+(?:(?:Kepala|Ketua|Kadis|Sekda|Sekretaris|Direktur|Camat|"
    r"Anggota)\b[^,.;]{0,50})?$")
#: "kepesertaan tertinggi di X." ends its sentence on the holder; its figure comes next.
_HOLDER_ENDS_RE = re.compile(r"\s*[.!]?[\"”]?\s*$")
_SUPERLATIVE_IN_RE = re.compile(r"\b(?:ter(?:besar|banyak|tinggi|rendah)|paling\s+\w+)\b"
                                r"[^,.;]{0,30}\bdi\s+$", re.IGNORECASE)


def ends_on_holder(sentence: str, start: int, end: int) -> bool:
    """A place after "tertinggi di" that ends its sentence holds the next sentence's figure."""
    return bool(_HOLDER_ENDS_RE.match(sentence, end)
                and _SUPERLATIVE_IN_RE.search(sentence[:start][-60:]))
#: "jelas Rudi di Tanjung": the place a person speaks in after a speech verb, not an area.
SPOKEN_AT_RE = re.compile(
    r"\b(?:kata|ujar|jelas|ungkap|tutur|terang|imbuh|papar|sebut)(?:nya)?\s+"
    r"(?:[A-Z][\w.'’]*\s+){1,3}di\s+$")
