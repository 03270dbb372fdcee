"""Ordered keyword tables: which numbers are not facts, which metric and segment a figure has.

Rules are data; `extract.py` applies them with small functions. The first matching rule wins,
so more specific spellings come first ("bukan penerima upah" before "penerima upah").
"""

from __future__ import annotations

import re

from transforms.calendar import MONTH_ALT
from transforms.lexicon import HEALTH_IN_CLAUSE, OTHER_CLAUSE


def _rx(pattern: str) -> re.Pattern[str]:
    """A case-insensitive compiled pattern (all tables use word boundaries explicitly)."""
    return re.compile(pattern, re.IGNORECASE)


#: Segment terms, most specific first (LABELLING.md "Segments").
SEGMENT_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"\b(?:bukan\s+penerima\s+upah|BPU|pekerja\s+mandiri|peserta\s+mandiri|PBPU)\b"),
     "non_wage_earner"),
    (_rx(r"\b(?:penerima\s+upah|PPU)\b|\bPU\b(?!\w)"), "wage_earner"),
    (_rx(r"\b(?:jasa\s+konstruksi|jakon|pekerja\s+proyek|pekerja\s+konstruksi|konstruksi)\b"),
     "construction"),
    (_rx(r"\b(?:pekerja\s+migran|PMI|CPMI|TKI|migran)\b"), "migrant"),
    # "sektor nonformal", "non formal", "non-formal" (issue 13): the informal sector, never formal
    (_rx(r"\b(?:informal|non[-\s]?formal)\b"), "informal"),
    (_rx(r"\bformal\b"), "formal"),
    # "tambahan peserta dari program PKH" (issue 13 C2): families of the welfare programme
    # "pekerja rentang" is a frequent misspelling of "pekerja rentan" (issue 13)
    (_rx(r"\b(?:pekerja\s+rentan|pekerja\s+rentang|rentan|penerima\s+bansos|bansos|miskin\s+ekstrem|PKH)\b"),
     "vulnerable"),
    (_rx(r"\b(?:perangkat\s+desa\w*|aparatur\s+desa|aparatur\s+kampung|aparat\s+desa|"
         r"ekosistem\s+(?:desa|gampong|kampung|nagari)|kepala\s+desa|perangkat\s+kampung|perangkat\s+nagari|"
         # "900 aparat RT/RW" (issue 13): neighbourhood heads
         r"pamong(?:\s+kalurahan)?|aparat\s+RT(?:\s*/\s*RW)?|ketua\s+RT(?:\s*/\s*RW)?)\b"),
     "village_apparatus"),
    # "1.450 pegawai non Aparatur Sipil Negara (ASN)" (issue 13): spelt out
    (_rx(r"\b(?:non[-\s]?ASN|honorer|PPNPN|tenaga\s+kontrak|pegawai\s+tidak\s+tetap|"
         r"pegawai\s+non\s+ASN|non[-\s]?aparatur\s+sipil\s+negara)\b"), "non_civil_servant"),
    (_rx(r"\b(?:guru|tenaga\s+kesehatan|nakes|milenial|petani|nelayan|pedagang|ojek|ojol|"
         r"driver|pengemudi|kurir|transportasi\s+online|marbot|atlet|wartawan|jurnalis|kader|"
         r"PKL|seniman|santri|pariwisata|"
         # "12.000 pekerja sosial keagamaan", "pekerja di sektor pendidikan" (issue 13)
         r"pekerja\s+sosial\s+keagamaan|pelayan\s+keagamaan|pemuka\s+agama|tokoh\s+agama|"
         r"sektor\s+pendidikan|tenaga\s+pendidik(?:an)?|"
         # "412 ribu angkatan kerja dalam negeri dan 300 an tenaga kerja asing" (issue 13)
         r"tenaga\s+kerja\s+asing|TKA|"
         r"pertanian|perkebunan|perikanan|pertambangan|manufaktur|perhotelan|migas|tambang)\b"),
     "other"),
)

#: A noun right after a count that fixes its metric ("17.835.770 bekerja", "3.466 PK").
METRIC_AFTER: tuple[tuple[re.Pattern[str], str], ...] = (
    # "25,6 juta penduduk Jawa Barat bekerja", "651.900 orang di antaranya bekerja" (dev 013, 016)
    (re.compile(r"^\s*(?:orang\s+)?(?:di\s+antaranya\s+)?(?:yang\s+)?(?:[Pp]enduduk\s+"
                r"(?:[A-Z][\w-]*\s+){0,3})?(?:yang\s+)?(?:bekerja)\b"), "employed"),
    (_rx(r"^\s*(?:orang\s+)?(?:yang\s+)?(?:menganggur|pengangguran|penganggur)\b"), "unemployed"),
    (_rx(r"^\s*(?:pemberi\s+kerja|PK|perusahaan|badan\s+usaha|BU|unit\s+usaha|"
         r"P3MI|PPTKIS|PJTKI|OPD|(?:organisasi\s+)?perangkat\s+daerah|instansi|SKPD|proyek|paket\s+proyek|desa|"
         r"kampung|nagari|gampong|kalurahan|kelurahan)\b"),
     "employers"),
    (_rx(r"^\s*(?:kasus|klaim|ahli\s+waris)\b"), "claims"),
    # People who received or drew a benefit are claims: "1.200 pekerja menerima manfaat JKP",
    # "850 peserta yang mencairkan JHT".
    (_rx(r"^\s*(?:orang\s+|pekerja\s+|peserta\s+|buruh\s+|karyawan\s+)?(?:yang\s+)?"
         r"(?:telah\s+|sudah\s+)?(?:menerima|mendapat(?:kan)?|mencairkan|mengklaim)\s+"
         r"(?:manfaat|santunan|klaim|dana|JHT|JKP|JKK|JKM|JP|beasiswa|uang\s+tunai)\b"), "claims"),
    # "11 nelayan peserta meninggal dunia di laut" (dev 018): deaths of participants are claims.
    (_rx(r"^[^,.;]{0,50}?\b(?:meninggal|wafat|tewas)\b"), "claims"),
    # "Jaminan Pensiun ada 9 orang dengan klaim sebesar Rp9 juta" (issue 13 A9)
    (_rx(r"^\s*(?:orang|peserta|pekerja)\s+dengan\s+(?:total\s+)?(?:nilai\s+)?(?:klaim|santunan|"
         r"manfaat)\b"), "claims"),
    # "140 anak dari peserta ... telah menerima beasiswa" (issue 13, real-news shape)
    (_rx(r"^\s*anak\b[^.;]{0,60}?\b(?:menerima|mendapat(?:kan)?)\s+(?:manfaat|santunan|"
         r"beasiswa)\b"), "claims"),
    (_rx(r"^\s*peserta\b"), "participants"),
)
#: Units that are employers only when they registered their people ("86 kalurahan telah
#: mendaftarkan pamong", corpus 008); "Kudus memiliki 132 desa" (corpus 002) is no figure.
REGISTERING_UNITS = _rx(r"^\s*(?:desa|kampung|nagari|gampong|kalurahan|kelurahan|OPD|instansi|"
                        r"SKPD|proyek|paket\s+proyek|(?:organisasi\s+)?perangkat\s+daerah|"
                        r"perusahaan|badan\s+usaha|BU|unit\s+usaha)\b")
REGISTERED = _rx(r"\bdaftarkan\b|"
                 r"\b(?:telah|sudah|yang)\s+(?:mendaftarkan|mendaftar|didaftarkan|terdaftar|"
                 r"mengikutsertakan|melindungi)\b|\bterdaftar\b|\bdidaftarkan\b|\bbergabung\b|"
                 r"\bpemberi\s+kerja\b|\bPK\b|\bpeserta\b|\bkepesertaan\b|"
                 # "3.910 perusahaan aktif membayar iuran" (a probe article, 2026-12-03)
                 r"\b(?:perusahaan|badan\s+usaha)\s+(?:yang\s+)?aktif\b|\bmembayar\s+iuran\b")
#: Segments implied by the unit an employer count counts (LABELLING.md "employers").
EMPLOYER_UNIT_SEGMENTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_rx(r"^\s*(?:desa|kampung|nagari|gampong|kalurahan|kelurahan)\b"), "village_apparatus"),
    (_rx(r"^\s*(?:OPD|(?:organisasi\s+)?perangkat\s+daerah|instansi|SKPD)\b"),
     "non_civil_servant"),
    (_rx(r"^\s*(?:proyek|paket\s+proyek)\b"), "construction"),
    (_rx(r"^\s*(?:P3MI|PPTKIS|PJTKI|perusahaan\s+penempatan|agen\s+penempatan)\b"), "migrant"),
)
#: Nouns for people after a count: the count is of workers, the context says which metric.
PERSON_NOUN = _rx(
    r"^\s*(?:tenaga\s+(?:kerja|honorer|kontrak|kesehatan|pendidik|harian)|angkatan\s+kerja|"
    r"pekerja|orang|jiwa|karyawan|buruh|pegawai|warga|"
    r"peserta|anggota|"
    r"TK|nelayan|petani|guru|perangkat|aparatur|aparat|honorer|kepala\s+desa|pedagang|pengemudi|driver|ojol|"
    r"marbot|kader|atlet|santri|pelaku|PMI|penerima|pamong|korban|ahli\s+waris)\b"
)
#: Right after a count: the workers counted are covered ("170.607 tenaga kerja yang aktif
#: sebagai peserta", seed 000).
#: (a contrastive conjunction opens a clause about another group: lexicon.OTHER_CLAUSE)
_OTHER_CLAUSE = OTHER_CLAUSE
PARTICIPANT_AFTER = _rx(
    r"^(?:(?!" + _OTHER_CLAUSE + r")[^.;]){0,120}?\b(?:aktif|terdaftar|terlindungi|dilindungi|"
    r"menjadi\s+peserta|sebagai\s+peserta|tercover|terproteksi|terkover|didaftarkan|daftarkan|"
    r"peserta|"
    # "baru 4.500 pekerja rentan yang ditanggung", "17.400 warga yang kami lindungi" (probe
    # articles, 2026-12-03)
    r"yang\s+(?:iurannya\s+)?ditanggung|lindungi|"
    # "baru 115.000 pekerja yang ikut kepesertaan" (issue 13, real news)
    r"ikut\s+(?:serta\s+dalam\s+)?kepesertaan|"
    # "3.700 pekerja rentan sebagai penerima perlindungan", "mendapat jaminan sosial" (issue 13)
    r"sebagai\s+penerima\s+perlindungan|mendapat(?:kan)?\s+(?:perlindungan|jaminan\s+sosial)|"
    r"iuran\w*\s+(?:di\w+|ditanggung)|"
    # "baru 1,1 juta orang yang sudah mengikuti program jaminan sosial" (issue 13)
    r"mengikuti\s+program\s+(?:jaminan\s+sosial|BPJS|perlindungan|Jamsostek|BPJAMSOSTEK)|"
    # "1,1 juta pekerja di provinsi itu mendaftar pada program BPJAMSOSTEK" (issue 13)
    r"mendaftar(?:kan\s+diri)?\s+(?:pada|di|ke|dalam|sebagai)\s+(?:program\s+)?(?:BPJS|BP\s*Jamsostek|"
    r"BPJAMSOSTEK|Jamsostek|jaminan\s+sosial|peserta)|"
    # "baru 41.300 orang yang terdata dalam BPJS Ketenagakerjaan", "ada 300 ribu pekerja dengan
    # kepesertaan BPJS Ketenagakerjaan" (issue 13)
    r"terdata\s+(?:dalam|di|sebagai)\s+(?:peserta|BPJS|BP\s*Jamsostek|program)|"
    r"dengan\s+kepesertaan)\b"
)
#: Cues before a figure, nearest wins: (pattern, metric).
LEFT_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # "jumlah tenaga kerja aktif 421.300 orang" counts participants (a probe, 2026-12-03)
    (_rx(r"\b(?:total|jumlah|seluruh)\s+(?:tenaga\s+kerja|pekerja|angkatan\s+kerja)\b"
         r"(?!\s+(?:aktif|terdaftar|terlindungi|peserta))|"
         r"\bangkatan\s+kerja\b|\bpotensi\w*(?:\s+(?:peserta|pekerja|kepesertaan))?\b|"
         r"\bpenduduk\s+usia\s+kerja\b"), "workforce"),
    # a table label counts: "Bekerja: 288.700 orang", "Pengangguran | 23.800"
    (_rx(r"\bpenduduk\s+(?:yang\s+)?bekerja\b|(?:^|\|)\W*bekerja\s*[:|]|"
         # "Dari jumlah tersebut, yang sudah bekerja sebanyak 41 ribu" (issue 13)
         r"\byang\s+(?:sudah\s+|telah\s+)?bekerja\s+(?:sebanyak|mencapai|ada|berjumlah)\b"),
     "employed"),
    (_rx(r"\b(?:pengangguran|penganggur|menganggur)\b"), "unemployed"),
    # "Badan usaha yang terdaftar kini 4 ribu lebih": the registered employers, not people
    (_rx(r"\b(?:pemberi\s+kerja|badan\s+usaha|perusahaan)(?:\s+(?:yang\s+)?(?:sudah\s+|telah\s+)?"
         r"(?:terdaftar|peserta|aktif|menjadi\s+peserta))*\b"), "employers"),
    (_rx(r"\b(?:kasus|klaim)\b"), "claims"),
    (_rx(r"\b(?:peserta|kepesertaan|terdaftar|terlindungi|dilindungi|perlindungan|tercover|"
         r"terkover|terproteksi|mendaftarkan|didaftarkan|bantuan|menanggung|ditanggung|"
         # "Badan Penyelenggara Jaminan Sosial (BPJS) ... mencatat pekerja rentan ada 173.000
         # jiwa" (issue 13): the insurer's spelt-out name is no cue
         r"lindungi|melindungi|diikutsertakan|mengikutsertakan|(?<!penyelenggara\s)jaminan\s+sosial|"
         r"daftarkan|tanggung\w*|membiayai|dibiayai|membayar(?:kan)?\s+iuran|"
         r"iuran\s+(?:untuk|bagi)|(?:tenaga\s+kerja|pekerja)\s+aktif|menjadi\s+anggota|"
         # "pihaknya baru berhasil menjaring dua ribu orang" (issue 13)
         r"menjaring|mengakuisisi)\b"),
     "participants"),
)
#: Words saying that what follows breaks down a total ("dengan rincian", seed 000).
#: "menjangkau 9.000 pekerja rentan, termasuk 5.210 kader ..." (issue 13): "termasuk" too.
PARTS_OF = _rx(r"\b(?:rincian|terdiri\s+(?:dari|atas)|meliputi|di\s+antaranya|antara\s+lain|"
               r"termasuk)\b")
#: Count links: "17 persen atau 3.062.280 pekerja" (seed 001) restates one figure.
OR_LINK = _rx(
    # "sejuta lebih, tepatnya 1.043.512 orang" (a probe article, 2026-12-03)
    # "baru 12 persen atau baru sekitar 300 ribu orang" (issue 13): two hedges
    # "bukan penerima upah 41.300 peserta atau sudah 62,1 persen" (issue 13): "sudah" too
    r"\b(?:atau|setara(?:\s+dengan)?|tepatnya|persisnya)\s+(?:(?:baru|hanya|sekitar|sebanyak|"
    r"sejumlah|sebesar|hampir|lebih\s+dari|kurang\s+lebih|±|mencapai|setara|sudah|telah)\s*)"
    r"{0,2}$"
)
#: "Dari jumlah itu, pekerja proyek ... tercatat 23.115 orang" (corpus 016), "Angka itu ... kini
#: hampir setengah juta pekerja" (corpus 020): the sentence breaks down or restates the last total.
REFERS_BACK = _rx(r"(?:^\W*|\b(?:mengatakan|menyebut(?:kan)?|menjelaskan|mengungkapkan|"
                  r"menyampaikan|memaparkan|menambahkan|ujarnya|katanya)\s*,?\s*)"
                  r"(?:dari\s+(?:jumlah|total|angka|[\d.,]+(?:\s+\w+)?)\s+(?:itu|tersebut|ini)|"
                  r"(?:angka|jumlah|total)\s+(?:itu|tersebut|ini))\b|\bjumlahnya\b|"
                  r"\bkelompok\s+(?:itu|tersebut|ini)\b")
LIST_CONTINUES = _rx(r"^[\s,;]*(?:dan|serta|sedangkan|kemudian|lalu|dan\s+juga)?[\s,;]*$")
#: Percent of coverage: the sentence or its paragraph talks about coverage.
COVERAGE_CUES = _rx(
    r"\b(?:coverage|cakupan\w*|kepesertaan\w*|peserta|terdaftar|terlindungi|dilindungi|tercover|"
    r"terkover|terproteksi|perlindungan|jangkauan\w*|UCJ|universal|jaminan\s+sosial|terjamin)\b"
)
#: A sentence about something else: a bare percent in it is no coverage rate even when the
#: sentence before spoke of coverage ("Pembangunan jalan tol mencapai 80 persen").
OTHER_TOPIC = _rx(
    r"\b(?:pembangunan|progres|proyek|tol|jembatan|realisasi|serapan|inflasi|ekonomi|harga|"
    r"penjualan|produksi|vaksinasi|stunting|kemiskinan|suara|survei|elektabilitas|kehadiran|"
    r"kelulusan|pajak|retribusi|pendapatan)\b"
)
#: A percent that is a segment's share of all participants (LABELLING.md "Metric subtleties").
SHARE_CUES = _rx(
    r"\b(?:dari\s+(?:total|seluruh|jumlah)\s+(?:peserta|kepesertaan|BPU|PU|"
    r"(?:pekerja\s+)?(?:bukan\s+)?penerima\s+upah)|mendominasi|porsi\w*|"
    r"proporsi\w*|komposisi\w*|didominasi|disusul|diikuti|sisanya|"
    # "Jumlah peserta terbesar berasal dari Kota A mencapai 55 persen" (issue 13 A6)
    r"(?:terbesar|terbanyak)\s+berasal\s+dari)\b|"
    # "Disusul peserta bukan penerima upah (BPU) 27 persen" (corpus 006): a segment's share.
    r"\bpeserta\s+(?:bukan\s+penerima\s+upah|penerima\s+upah|BPU|PU|jasa\s+konstruksi|"
    r"jakon|PMI|milenial)\b"
)
#: Right after a percent, a share of the workers by kind: "sekitar 59 persen pekerja kita
#: informal", "64 persen tenaga kerja bekerja di sektor pertanian" (no coverage rate).
WORKFORCE_SHARE_AFTER = _rx(r"^\s*(?:persen\s+|%\s*)?(?:dari\s+)?(?:pekerja|tenaga\s+kerja|"
                            r"penduduk\s+bekerja|angkatan\s+kerja)\b[^,.;]{0,30}"
                            r"\b(?:informal|formal|sektor|bekerja\s+di)\b")
#: Right after a percent: "menyumbang 35 persen peserta" (corpus 024) is a share of participants.
SHARE_AFTER = _rx(r"^\s*(?:dari\s+(?:total\s+|seluruh\s+|jumlah\s+)?)?peserta\b|"
                  # "59 persen untuk segmen penerima upah" (issue 13, real news)
                  r"^\s*untuk\s+segmen\b")
#: Rupiah that are benefits paid (and not budgets, contributions or funds).
BENEFIT_CUES = _rx(
    r"\b(?:santunan|manfaat|klaim|dibayarkan|pembayaran\s+(?:klaim|jaminan|manfaat)|"
    # "kami sudah membayar 37 kasus kecelakaan kerja ... senilai Rp1,15 miliar" (dev 019)
    r"membayar(?:kan)?\s+(?:[\d.,]+\s+)?(?:klaim|santunan|manfaat|kasus|jaminan)|"
    r"dicairkan|cair|beasiswa|JKM|JKK|JHT|JKP|jaminan\s+(?:kematian|kecelakaan|hari\s+tua|pensiun))\b"
)

#: Numbers that are not facts, by what stands right before them.
NOT_FACT_BEFORE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("regulation", re.compile(
        r"\b(?:Permenaker|Permen|PP|Perpres|Inpres|UU|Undang-Undang|Perda|Pergub|Perbup|Perwal|"
        r"Perwali|Kepmen|Kepmenaker|SE|Nomor|No|Pasal|Ayat|Keppres|Instruksi\s+Presiden)"
        # "Keputusan Bupati Nomor: 318/KEP..." (issue 13, real-news shape)
        r"\.?\s*:?\s*$", re.IGNORECASE)),
    ("age", _rx(r"\b(?:usia|umur|berusia|berumur)\s*(?:di\s+atas|minimal|maksimal)?\s*$")),
    ("growth", _rx(
        r"\b(?:naik|meningkat|bertambah|tumbuh|penambahan|tambahan|pertumbuhan|kenaikan|"
        r"peningkatan|turun|menurun|berkurang|penurunan|melonjak|lonjakan|bertumbuh)\s+"
        # "bertumbuh signifikan sebanyak 74 persen" (issue 13, real-news shape)
        r"(?:(?:sebesar|sebanyak|sekitar|hampir|lebih\s+dari|signifikan)\s+){0,2}$")),
    # "setiap tahap mencakup sekitar 1.100 pekerja": a share per part, no stock (issue 13)
    ("per_each", _rx(r"\b(?:setiap|tiap|masing-masing)\s+(?:\w+\s+){1,2}(?:mencakup|berisi|"
                     r"meliputi|sebanyak|sekitar)\s+(?:sekitar\s+)?$|"
                     # "untuk mendukung setiap desa, 100 pekerja rentan" (issue 13)
                     # "total setiap desa/lurah menjadi 100 tenaga kerja"
                     r"\b(?:setiap|tiap)\s+(?:desa|kelurahan|kampung|nagari|kecamatan)(?:/\w+)?"
                     r"\s*(?:,\s*|(?:menjadi|sebanyak|ada)\s+)$")),
    ("frequency", _rx(r"\b(?:FM|AM|radio)\s*$")),
    # People at an event are no participants of the programme ("Sosialisasi diikuti 150 peserta").
    ("attendance", _rx(r"\b(?:diikuti|dihadiri|menghadirkan|mengundang|mengumpulkan)\s+(?:oleh\s+)?"
                       r"(?:sekitar|sebanyak|lebih\s+dari|ratusan|puluhan)?\s*$")),
    # A request is no figure: "Kami juga minta Pemkab mendaftarkan 5.000 pekerja rentan" (dev 002).
    ("request", _rx(r"\b(?:minta|meminta|diminta|mendorong|mengajak|mengimbau|agar|supaya)\b"
                    r"[^,.;]{0,80}$")),
    # A budget planned for people not yet registered (dev 004: "sudah menganggarkan iuran untuk
    # 15.000 pekerja rentan").
    # "tengah menyiapkan anggaran iuran bagi 3.000 nelayan", "mengusulkan anggaran ... untuk"
    ("budget_plan", _rx(r"\b(?:menganggarkan|mengalokasikan|dialokasikan|(?:menyiapkan|"
                        r"disiapkan|mengusulkan|diusulkan|merencanakan)\s+anggaran)\b"
                        r"[^,.;]{0,40}$")),
    # Jobs a project creates are no workforce of the area ("menyerap 2.000 tenaga kerja").
    ("jobs", _rx(r"\b(?:menyerap|merekrut|mempekerjakan|membutuhkan|dibutuhkan|menampung|"
                 r"merumahkan|melibatkan)\s+(?:sekitar|sebanyak|hingga|lebih\s+dari)?\s*$")),
    ("phone", _rx(r"\b(?:telepon|telp|hp|wa|whatsapp|hubungi|call\s+center)\.?\s*:?\s*$")),
    # Residents are no workers counted: "Desa berpenduduk 9.870 jiwa itu" (a probe, 2026-12-03).
    ("population", _rx(r"\b(?:berpenduduk|penduduk(?:nya)?\s+(?:sebanyak|berjumlah|mencapai))\s*"
                       r"(?:sekitar|sebanyak|lebih\s+dari|mencapai|hampir)?\s*$")),
    ("money_growth", _rx(r"\byoy\b.*$")),
)
#: Rupiah that are a limit, a floor or an example, never an amount paid: "klaim JHT bisa
#: diajukan lewat aplikasi sampai Rp10 juta", "misalnya Rp 5 juta", "paling sedikit Rp 16.800".
LIMIT_BEFORE = _rx(r"\b(?:hingga|sampai(?:\s+dengan)?|maksimal|maksimum|paling\s+(?:banyak|tinggi|"
                   r"sedikit|rendah)|minimal|minimum|misalnya|contohnya|umpamanya|batas|"
                   r"plafon|(?:bisa|dapat|berhak)\s+(?:mencapai|mendapat\w*|menerima)|"
                   # "klaim dengan saldo di bawah Rp15 juta bisa diproses daring": a threshold
                   r"saldo\s+(?:di\s+(?:bawah|atas)|kurang\s+dari|lebih\s+dari))"
                   r"\s*(?:Rp\.?|IDR)?\s*$")
#: A small number in brackets after a name is a person's age: "kata Wahyuni (47), pedagang".
AGE_IN_BRACKETS = (re.compile(r"\b[A-Z][a-z]+\s*\(\s*$"), re.compile(r"^\s*(?:tahun\s*)?\)"))

#: A sentence stating shares of a wage is about contribution rates: none of its percents is a
#: coverage rate ("JHT 5,7 persen dari upah, 2 persen ditanggung pekerja").
WAGE_RATE = _rx(r"(?:persen|%)\s+dari\s+(?:upah|gaji|penghasilan)\b")

#: Numbers that are not facts, by the clause around them.
NOT_FACT_CLAUSE: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("gap", _rx(r"\b(?:belum|sisa|kekurangan|selisih|gap|tidak\s+terdaftar|"
                r"tidak\s+terlindungi|tak\s+terlindungi|nonaktif|tidak\s+aktif)\b")),
    ("compliance", _rx(r"\b(?:kepatuhan|patuh|tertib|PDS)\b")),
    ("arrears", _rx(r"\b(?:tunggakan|piutang|menunggak|nunggak|denda)\b")),
    ("contribution", _rx(r"\b(?:iuran\w*)\b")),
    # Health insurance figures beside ours (corpus 023: "peserta JKN ... UHC 99,2 persen").
    ("health", _rx(HEALTH_IN_CLAUSE)),
    ("investment", _rx(r"\b(?:investasi|dana\s+kelolaan|kecukupan\s+dana|dana\s+cadangan|"
                       r"imbal\s+hasil|yield|aset|deposito|"
                       r"saham|obligasi|reksa\s+dana|surat\s+utang|dana\s+jaminan\s+sosial)\b")),
    ("vacancy", _rx(r"\b(?:lowongan|loker|formasi)\b")),
    ("layoff", _rx(r"\b(?:PHK|pemutusan\s+hubungan\s+kerja|dirumahkan)\b")),
    ("growth", _rx(r"\b(?:pertumbuhan|tumbuh|kenaikan|penambahan)\b")),
    ("discount", _rx(r"\b(?:diskon|potongan|relaksasi|keringanan|bunga|cashback|imbal)\b")),
    # "persentase setengah penganggur 6,1 persen" (issue 13: BPS figures beside coverage)
    ("labour_statistic", _rx(r"\b(?:TPT|TPAK|tingkat\s+pengangguran|pengangguran\s+terbuka|inflasi|"
                             r"setengah\s+penganggur\w*|pekerja\s+paruh\s+waktu|"
                             r"pertumbuhan\s+ekonomi|tingkat\s+partisipasi)\b")),
    ("entitlement", _rx(r"\b(?:berhak|hak\s+atas|maksimal|paling\s+banyak|"
                        r"sebesar\s+\d+\s+kali)\b")),
    # "biaya perawatan dan santunan" of work accidents are benefits paid, not a budget
    ("budget", _rx(r"\b(?:anggaran|APBD|APBN|alokasi\s+dana|dana\s+desa|"
                   r"biaya(?!\s+(?:perawatan|pengobatan|pemakaman|rehabilitasi)))\b")),
    ("wage", _rx(r"\b(?:upah|UMK|UMP|UMR|gaji)\b")),
)
#: Right after a number: units that are never coverage figures.
NOT_FACT_AFTER: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "selama 3 tahun", but not "41,5 juta tahun 2023": a figure then the year it is of
    ("time", _rx(r"^\s*(?:tahun(?!\s+(?:19|20)\d\d\b)|bulan|minggu|hari|jam|menit|detik|WIB|WITA|"
                 r"WIT)\b")),
    # "hingga 31 Desember 2023": a day of a date
    ("date", _rx(rf"^\s*(?:{MONTH_ALT})\b\.?(?!\w)")),  # the one month table
    ("distance", _rx(r"^\s*(?:meter|km|kilometer|cm|kg|ton|hektare|ha)\b")),
    ("office", _rx(r"^\s*(?:kantor|cabang|KCP|kanwil|titik|lokasi|gerai|posko|halaman|unit)\b")),
    # "dari tiga daerah itu" (issue 13 F1)
    ("area_count", _rx(r"^\s*(?:kecamatan|kabupaten|kota|provinsi|kelurahan|RT|RW|pemda|pemkab|"
                       r"daerah|"
                       r"pemkot|pemerintah\s+(?:daerah|kabupaten|kota|provinsi))\b")),
    ("frequency", _rx(r"^\s*FM\b")),
    # Kinds, not people: "punya 5 ekosistem", "lewat tiga program" (issue 13 F1)
    ("kinds", _rx(r"^\s*(?:program|ekosistem|pilar|tahap|tahapan|kategori|jenis|segmen|klaster|"
                  r"aspek|poin|strategi|langkah|layanan|manfaat|kali)\b")),
    # A decree's number: "Nomor: 318/KEP/2023"
    ("reference", _rx(r"^\s*/\s*[A-Za-z]")),
    # Units closed or gone: "tercatat 41 perusahaan tutup", "2.100 peserta keluar" (issue 13 F4)
    ("closed", _rx(r"^\s*(?:perusahaan|badan\s+usaha|peserta|pekerja|orang)?\s*(?:yang\s+)?"
                   r"(?:tutup|bangkrut|gulung\s+tikar|berhenti\s+beroperasi|keluar|tak\s+aktif)\b")),
    # People at an event: "2.300 peserta mengikuti jalan sehat", "500 orang hadir"
    ("attendance", _rx(r"^\s*(?:orang\s+|peserta\s+|pekerja\s+|warga\s+)?(?:yang\s+)?"
                       r"(?:mengikuti|menghadiri|hadir|memadati|meramaikan)\b")),
    ("realisation", _rx(r"^\s*(?:persen\s+)?dari\s+(?:target|sasaran|pagu|anggaran)\b")),
    ("growth", _rx(r"^\s*(?:persen\s+)?(?:secara\s+)?(?:tahunan|year-on-year|yoy)\b")),
    ("per_unit", _rx(r"^\s*(?:per|/)\s*(?:orang|peserta|bulan|tahun|anak|kader|pekerja|hari|"
                     r"jiwa|kepala)\b|"
                     # "layanan kepada 60 pekerja di setiap desa" (issue 13, real-news shape)
                     # "100 pekerja rentan di setiap desa", "100 pekerja tiap desa" (issue 13)
                     r"^\s*(?:(?:orang|pekerja|peserta|warga)(?:\s+rentan)?)?\s*"
                     r"(?:(?:di|untuk|bagi)\s+)?(?:tiap|setiap|masing-masing)\b")),
)
#: Percentages of realisation against a target ("realisasi baru 5 persen dari target").
REALISATION = _rx(r"\b(?:realisasi|pencapaian|capaian)\b[^.]*\bdari\s+target\b")

#: A target stated after the figure: "15.000 pekerja rentan ditargetkan terdaftar" (dev 016).
TARGET_AFTER = _rx(r"^[^,.;]{0,40}?\b(?:ditargetkan|ditarget|diharapkan|direncanakan|"
                   # "... sebanyak 12 ribu orang untuk tahun depan" (issue 13 C2)
                   r"untuk\s+tahun\s+(?:depan|mendatang)|"
                   # "ada 9.000 pekerja informal yang akan didaftarkan" (issue 13)
                   r"yang\s+akan\s+(?:di)?daftarkan)\b")
#: "X merupakan penerima upah", "4.360 orang adalah nelayan" (dev 017, 018): the words after a
#: figure that say which part of a total it is.
IS_PART = _rx(r"^\s*(?:orang\s+|pekerja\s+|peserta\s+)?(?:merupakan|adalah|ialah|yaitu|yakni|"
              r"di\s*antaranya)\b")
#: Target and current-state cues before a figure; the last one before it decides.
TARGET_CUES = _rx(
    r"\b(?:target\w*|menargetkan|ditargetkan|harap\w*|diharapkan|berharap|mengharapkan|akan|"
    r"rencana\w*|direncanakan|berencana|proyeksi|diproyeksikan|tahun\s+depan|tahun\s+mendatang|"
    r"sasaran\w*|mengejar|kejar|menyasar|dibidik|membidik|bidik|menuju|ingin|menginginkan|"
    # "Kami upayakan cakupan naik menjadi 33 persen" (issue 13 C)
    r"upayakan|mengupayakan|diupayakan|"
    # "kami berkomitmen untuk mencapai angka coverage 45 persen" (issue 13)
    r"berkomitmen\s+(?:untuk\s+)?(?:mencapai|meraih|menuju)|komitmen\s+(?:untuk|kami)\s+mencapai)\b"
)
CURRENT_CUES = _rx(
    # "target capaian ... adalah 52 persen": the reach a target names is no current cue
    r"\b(?:saat\s+ini|kini|sekarang|baru|masih|sudah|telah|tercatat|(?<!target\s)capaian|"
    r"(?<!target\s)realisasi|"
    r"terealisasi|tahun\s+lalu)\b"
)
#: "dari 44 persen menjadi 55 persen" (seed 004): the figure after "dari" is the baseline.
BASELINE_BEFORE = _rx(r"\bdari\s*$")
BASELINE_AFTER = _rx(r"^\s*(?:persen\s+)?(?:menjadi|ke|hingga)\b")
#: Lines that are links or site chrome; their numbers are never facts.
CHROME_LINE = re.compile(
    r"^\s*(?:baca\s+juga|lihat\s+juga|simak\s+juga|baca\s+selengkapnya|artikel\s+sebelumnya|"
    r"artikel\s+selanjutnya|ikuti\s+kami|cek\s+berita|sumber\s*:|editor\s*:|reporter\s*:|"
    r"penulis\s*:|pewarta\s*:|tags?\s*:|kategori\s*:|halaman\s*:|reaksi\s+anda|komentar|"
    r"dapatkan\s+update|klik\s+|follow\s+|advertisement|scroll\s+to|copyright|©|"
    r"pilihan\s+editor|artikel\s+terkait|berita\s+terkait\s*:|simak\s+berita|"
    r"artikel\s+ini\s+telah\s+tayang)",
    re.IGNORECASE,
)
#: A line that starts the site's lists of other stories: everything after it is chrome.
CHROME_START = re.compile(
    r"^\s*(?:(?:berita\s+)?terkini|berita\s+terkait|terpopuler|populer|berita\s+terbaru|terbaru|"
    r"rekomendasi|baca\s+berita\s+lainnya|berita\s+lainnya|artikel\s+terkait|most\s+popular)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
