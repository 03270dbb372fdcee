"""Article texts for the benchmark corpus: coverage stories with known facts, and off-topic news.

Sentences are templates with slots (areas, numbers, segments, months) filled from a seeded
`random.Random`, so the same seed gives the same texts. A relevant story records the facts its
sentences state (`KnownFact`), as LABELLING.md would label them; distractor sentences (growth,
gaps, contributions) carry numbers that are not facts. Off-topic stories (sports, crime,
BPJS Kesehatan, budgets, weather, prices) are full of numbers too, as real regional news is.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from transforms.gazetteer import all_areas

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
PEOPLE = (
    "Suharno Abidin", "Farah Diana", "Cahyaning Indriasari", "Dian Agung Senoaji", "Budi Santoso",
    "Ratna Widyastuti", "Agus Prasetyo", "Siti Nurhaliza", "Hendra Gunawan", "Yuliani Putri",
    "Eko Saputro", "Dewi Lestari", "Bambang Sutrisno", "Nur Aini", "Teguh Wibowo",
)


@dataclass(frozen=True, slots=True)
class KnownFact:
    """A figure the composed text states, labelled the way LABELLING.md says."""

    area: str
    area_type: str
    metric: str
    segment: str
    value: float
    unit: str
    is_target: bool = False
    target_year: int | None = None
    as_of: str | None = None


@dataclass(slots=True)
class Story:
    """A composed article: headline, paragraphs, whether it is about coverage, its facts."""

    title: str
    paragraphs: list[str]
    relevant: bool
    topic: str
    facts: list[KnownFact] = field(default_factory=list)


# -- Indonesian number spelling ---------------------------------------------------------------


def id_int(n: int) -> str:
    """An integer with Indonesian thousands dots: 135163 -> '135.163'."""
    return f"{n:,}".replace(",", ".")


def id_dec(x: float, places: int = 2) -> str:
    """A decimal with an Indonesian comma: 21.54 -> '21,54' (no trailing ',00')."""
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def month_year(day: dt.date) -> str:
    """'November 2021'."""
    return f"{MONTHS_ID[day.month - 1]} {day.year}"


def ym(day: dt.date) -> str:
    """'2021-11', the as_of of a month."""
    return f"{day.year:04d}-{day.month:02d}"


# -- areas ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Place:
    """An area an article can be about: its name, how the text calls it, its type."""

    name: str
    area_type: str
    mention: str


@cache
def places() -> tuple[Place, ...]:
    """Regencies, cities and provinces of the gazetteer, spelt as the press spells them."""
    prefix = {"regency": "Kabupaten", "city": "Kota", "province": "Provinsi"}
    out = []
    for rec in all_areas():
        if rec.area_type in prefix:
            out.append(Place(rec.name, rec.area_type, f"{prefix[rec.area_type]} {rec.name}"))
    return tuple(sorted(out, key=lambda p: (p.area_type, p.name)))


@cache
def branches() -> tuple[str, ...]:
    """Branch names articles use as "BPJS Ketenagakerjaan Cabang <name>" (regencies and cities)."""
    return tuple(p.name for p in places() if p.area_type in ("regency", "city"))


# -- relevant stories -------------------------------------------------------------------------

SEGMENT_PHRASES: tuple[tuple[str, str], ...] = (
    ("wage_earner", "pekerja penerima upah (PU)"),
    ("non_wage_earner", "pekerja bukan penerima upah (BPU)"),
    ("construction", "pekerja jasa konstruksi"),
    ("vulnerable", "pekerja rentan"),
    ("village_apparatus", "perangkat desa"),
    ("non_civil_servant", "pegawai non-ASN"),
    ("migrant", "pekerja migran Indonesia"),
)

FILLERS: tuple[str, ...] = (
    "Menurut {person}, perlindungan jaminan sosial ketenagakerjaan merupakan hak setiap pekerja.",
    "Pihaknya terus melakukan sosialisasi kepada pelaku usaha dan pekerja informal di {mention}.",
    "\u201cKami mengajak seluruh pemberi kerja untuk mendaftarkan pekerjanya,\u201d kata {person}.",
    "Program yang dimiliki meliputi Jaminan Kecelakaan Kerja (JKK), Jaminan Kematian (JKM), "
    "Jaminan Hari Tua (JHT), Jaminan Pensiun dan Jaminan Kehilangan Pekerjaan.",
    "Hal itu disampaikan dalam kegiatan media gathering di {mention}, {weekday} ({dm}).",
    "Kerja sama dengan pemerintah daerah dinilai penting untuk memperluas cakupan kepesertaan.",
    "{person} menambahkan, layanan kini bisa diakses melalui aplikasi Jamsostek Mobile.",
    "Ia berharap dukungan pemerintah desa dan kecamatan terus meningkat tahun ini.",
    "Menurutnya, masih banyak pekerja sektor informal yang belum memahami manfaat program.",
    "Upaya tersebut sejalan dengan Instruksi Presiden tentang optimalisasi jaminan sosial.",
)

#: Sentences with numbers that are not facts (growth, gaps, contributions, realisation).
DISTRACTORS: tuple[str, ...] = (
    "Jumlah itu naik {pct} persen dibanding periode yang sama tahun lalu.",
    "Masih ada sekitar {small} pekerja yang belum terlindungi jaminan sosial.",
    "Iuran yang terkumpul sepanjang tahun mencapai Rp {bn} miliar.",
    "Realisasi baru {pct} persen dari target yang ditetapkan.",
    "Terdapat penambahan {small} peserta baru dalam tiga bulan terakhir.",
)


def _pick_office(rng: random.Random) -> tuple[str, str, str, str]:
    """(area, area_type, office phrase, short name) for the office or region a story is about."""
    if rng.random() < 0.6:
        name = rng.choice(branches())
        return name, "branch", f"BPJS Ketenagakerjaan Cabang {name}", name
    place = rng.choice(places())
    return place.name, place.area_type, f"BPJS Ketenagakerjaan {place.mention}", place.mention


def _fill_filler(rng: random.Random, mention: str, person: str, published: dt.date) -> str:
    """One filler sentence with its slots filled."""
    return rng.choice(FILLERS).format(
        person=person, mention=mention, weekday=DAYS_ID[published.weekday()],
        dm=f"{published.day}/{published.month}",
    )


def _fill_distractor(rng: random.Random) -> str:
    """A sentence whose numbers are not coverage facts."""
    return rng.choice(DISTRACTORS).format(
        pct=id_dec(rng.uniform(1, 30), 1), small=id_int(rng.randint(120, 90000)),
        bn=id_dec(rng.uniform(1, 900), 1),
    )


def relevant_story(rng: random.Random, published: dt.date) -> Story:
    """A coverage story: participants, segments, workforce, rate, employers, claims, target."""
    area, area_type, office, short = _pick_office(rng)
    person = rng.choice(PEOPLE)
    as_of_day = published - dt.timedelta(days=rng.randint(20, 75))
    as_of = ym(as_of_day)
    total = rng.randint(8_000, 900_000)
    facts: list[KnownFact] = []
    sentences: list[str] = []

    def fact(metric: str, segment: str, value: float, unit: str, **kw: object) -> None:
        facts.append(KnownFact(area, area_type, metric, segment, value, unit,
                               as_of=kw.pop("as_of", as_of), **kw))  # type: ignore[arg-type]

    sentences.append(
        f"{office} mencatat hingga {month_year(as_of_day)} jumlah peserta aktif mencapai "
        f"{id_int(total)} pekerja."
    )
    fact("participants", "all", total, "count")
    if rng.random() < 0.7:
        seg_a, seg_b = rng.sample(SEGMENT_PHRASES[:3], 2)
        part_a = rng.randint(total // 3, total * 2 // 3)
        part_b = total - part_a
        sentences.append(
            f"Dari jumlah itu, sebanyak {id_int(part_a)} merupakan {seg_a[1]} dan "
            f"{id_int(part_b)} {seg_b[1]}."
        )
        fact("participants", seg_a[0], part_a, "count")
        fact("participants", seg_b[0], part_b, "count")
    if rng.random() < 0.6:
        workforce = int(total / rng.uniform(0.15, 0.65))
        rate = round(100 * total / workforce, 2)
        sentences.append(
            f"Dengan jumlah angkatan kerja sebanyak {id_int(workforce)} orang, tingkat cakupan "
            f"kepesertaan di wilayah {short} baru {id_dec(rate)} persen."
        )
        fact("workforce", "all", workforce, "count")
        fact("coverage_rate", "all", rate, "percent")
    if rng.random() < 0.5:
        employers = rng.randint(150, 25_000)
        sentences.append(
            f"Selain itu, tercatat {id_int(employers)} perusahaan atau pemberi kerja yang telah "
            f"terdaftar sebagai peserta."
        )
        fact("employers", "all", employers, "count")
    if rng.random() < 0.4:
        seg = rng.choice(SEGMENT_PHRASES[3:])
        n = rng.randint(500, 60_000)
        sentences.append(f"Sebanyak {id_int(n)} {seg[1]} juga sudah terlindungi program ini.")
        fact("participants", seg[0], n, "count")
    if rng.random() < 0.4:
        billions = round(rng.uniform(2, 400), 1)
        cases = rng.randint(200, 40_000)
        sentences.append(
            f"Sepanjang {as_of_day.year}, pihaknya telah membayarkan manfaat sebesar "
            f"Rp {id_dec(billions, 1)} miliar untuk {id_int(cases)} kasus klaim."
        )
        fact("benefits_paid", "all", billions * 1e9, "idr", as_of=str(as_of_day.year))
        fact("claims", "all", cases, "count", as_of=str(as_of_day.year))
    if rng.random() < 0.5:
        target = rng.randint(40, 95)
        year = published.year + 1
        sentences.append(
            f"Pada {year}, {person} menargetkan cakupan kepesertaan meningkat menjadi "
            f"{target} persen."
        )
        fact("coverage_rate", "all", target, "percent", is_target=True, target_year=year,
             as_of=None)
    for _ in range(rng.randint(1, 2)):
        sentences.insert(rng.randint(1, len(sentences)), _fill_distractor(rng))
    paragraphs = _interleave(rng, sentences, lambda: _fill_filler(rng, short, person, published))
    title = rng.choice((
        f"{id_int(total)} Pekerja di {short} Terlindungi BPJS Ketenagakerjaan",
        f"BPJamsostek {short} Kejar Perluasan Kepesertaan",
        f"Kepesertaan BPJS Ketenagakerjaan {short} Terus Bertambah",
        f"Cakupan Jaminan Sosial Pekerja di {short} Masih Rendah",
    ))
    return Story(title, paragraphs, True, "coverage", facts)


def _interleave(
    rng: random.Random, sentences: Sequence[str], filler: Callable[[], str], lo: int = 6,
    hi: int = 14,
) -> list[str]:
    """Paragraphs of one to three sentences, fact sentences in order with fillers between."""
    paragraphs: list[str] = []
    pending = list(sentences)
    target = rng.randint(lo, hi)
    while pending or len(paragraphs) < target:
        parts = []
        for _ in range(rng.randint(1, 3)):
            if pending and rng.random() < 0.6:
                parts.append(pending.pop(0))
            else:
                parts.append(filler())
        paragraphs.append(" ".join(parts))
        if len(paragraphs) >= hi and pending:
            paragraphs.append(" ".join(pending))
            pending = []
    return paragraphs


# -- off-topic stories ------------------------------------------------------------------------

#: topic -> (title templates, sentence templates); slots: {place}, {n}, {m}, {pct}, {rp}, {person}.
OFF_TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "sports": (
        ("Persatuan Sepak Bola {place} Menang {a}-{b} di Laga Kandang",
         "{n} Pelari Ramaikan Lomba Lari di {place}"),
        ("Pertandingan disaksikan sekitar {n} penonton yang memadati stadion.",
         "Pelatih {person} mengaku puas dengan penampilan anak asuhnya.",
         "Gol kemenangan dicetak pada menit ke-{m} melalui sundulan kepala.",
         "Dengan hasil ini, tim naik ke peringkat {a} klasemen sementara dengan {m} poin.",
         "Panitia menyiapkan hadiah total Rp {rp} juta bagi para pemenang."),
    ),
    "crime": (
        ("Polisi Tangkap {a} Pelaku Pencurian Motor di {place}",
         "Penipuan Online di {place} Rugikan Korban Rp {rp} Juta"),
        ("Kapolres {place} AKBP {person} mengatakan pelaku ditangkap di rumahnya.",
         "Dari tangan tersangka, petugas mengamankan barang bukti {a} unit sepeda motor.",
         "Kerugian korban ditaksir mencapai Rp {rp} juta.",
         "Pelaku dijerat Pasal {m} KUHP dengan ancaman hukuman {a} tahun penjara.",
         "Sepanjang tahun ini polisi telah mengungkap {n} kasus serupa."),
    ),
    "kesehatan": (
        ("BPJS Kesehatan {place} Catat {n} Peserta JKN Baru",
         "Cakupan JKN di {place} Capai {pct} Persen"),
        ("BPJS Kesehatan Cabang {place} mencatat peserta JKN-KIS mencapai {n} jiwa.",
         "Cakupan kesehatan semesta (UHC) di daerah itu sudah {pct} persen dari jumlah penduduk.",
         "Sebanyak {n} warga miskin iurannya ditanggung APBD.",
         "Kepala cabang {person} mengimbau peserta membayar iuran tepat waktu.",
         "Fasilitas kesehatan tingkat pertama yang bekerja sama berjumlah {a} puskesmas."),
    ),
    "budget": (
        ("APBD {place} Tahun Depan Ditetapkan Rp {rp} Miliar",
         "DPRD {place} Sahkan Perubahan Anggaran"),
        ("Rapat paripurna DPRD {place} menetapkan APBD sebesar Rp {rp} miliar.",
         "Pendapatan asli daerah ditargetkan naik {pct} persen.",
         "Belanja pegawai masih menyerap {pct} persen dari total anggaran.",
         "Defisit anggaran direncanakan ditutup dari sisa lebih pembiayaan Rp {a} miliar.",
         "Ketua DPRD {person} meminta eksekutif mempercepat serapan anggaran."),
    ),
    "weather": (
        ("Banjir Rendam {n} Rumah di {place}", "BMKG: Curah Hujan di {place} Masih Tinggi"),
        ("Ketinggian air mencapai {m} sentimeter di permukiman warga.",
         "BPBD {place} mencatat {n} jiwa terdampak dan {a} titik longsor.",
         "Curah hujan tercatat {m} milimeter per hari, kata prakirawan {person}.",
         "Warga diimbau waspada hingga {a} hari ke depan.",
         "Bantuan logistik senilai Rp {rp} juta telah disalurkan."),
    ),
    "prices": (
        ("Harga Cabai di {place} Tembus Rp {rp} Ribu per Kilogram",
         "Inflasi {place} Tercatat {pct} Persen"),
        ("Harga beras medium naik menjadi Rp {n} per kilogram.",
         "Badan Pusat Statistik mencatat inflasi tahunan {pct} persen.",
         "Pedagang {person} mengaku omzetnya turun hingga {a}0 persen.",
         "Operasi pasar digelar di {a} titik dengan {n} paket sembako.",
         "Stok bahan pokok dinilai aman hingga {m} hari ke depan."),
    ),
    "events": (
        ("Festival Budaya {place} Dihadiri {n} Pengunjung",
         "Pemkab {place} Resmikan Pasar Rakyat Senilai Rp {rp} Miliar"),
        ("Acara berlangsung selama {a} hari di alun-alun.",
         "Sebanyak {m} pelaku UMKM ikut meramaikan bazar.",
         "Transaksi selama kegiatan mencapai Rp {rp} juta.",
         "Bupati {person} berharap kegiatan serupa digelar setiap tahun.",
         "Panitia menyiapkan {n} kursi bagi tamu undangan."),
    ),
}


def off_topic_story(rng: random.Random, published: dt.date) -> Story:
    """A story that is not about coverage, with numbers (scores, rupiah, percents, counts)."""
    topic = rng.choice(tuple(OFF_TOPICS))
    titles, templates = OFF_TOPICS[topic]
    place = rng.choice(places()).name

    def fill(template: str) -> str:
        return template.format(
            place=place, person=rng.choice(PEOPLE), a=rng.randint(1, 9), b=rng.randint(0, 5),
            n=id_int(rng.randint(50, 250_000)), m=rng.randint(2, 90),
            pct=id_dec(rng.uniform(0.5, 99), 2), rp=id_int(rng.randint(5, 4_000)),
        )

    title = fill(rng.choice(titles))
    sentences = [fill(t) for t in rng.sample(templates, len(templates))]
    paragraphs = _interleave(rng, sentences, lambda: fill(rng.choice(templates)), lo=5, hi=12)
    return Story(title, paragraphs, False, topic)


def story(rng: random.Random, published: dt.date, relevant_share: float) -> Story:
    """A relevant story with probability `relevant_share`, else an off-topic one."""
    if rng.random() < relevant_share:
        return relevant_story(rng, published)
    return off_topic_story(rng, published)
