"""Rules that must generalise to unseen pages, each shown on an article written for this test
in a wording different from the labelled page that revealed the weakness."""

from __future__ import annotations

import pytest

from transforms.extract import extract
from transforms.text import article_from_text

HEAD = "Capaian BPJS Ketenagakerjaan {}\n\nSelasa, 14 Januari 2025\n\n"


def facts_of_text(text: str) -> list[tuple]:
    """(area, area_type, metric, segment, value, as_of) of each fact of a plain-text article."""
    return [(f.area, f.area_type, f.metric, f.segment, f.value, f.as_of)
            for f in extract(article_from_text(text)).facts]


AREA_CASES = [
    # "tertinggi di DIY, yakni ..." after the place the sentence is about: DIY is the set
    # compared; a regency written as one word ("Gunungkidul") is known.
    (HEAD.format("Sleman") + "Kabupaten Sleman mencatat cakupan kepesertaan tertinggi di Daerah "
     "Istimewa Yogyakarta, yakni 54,8 persen per September 2024.\n\nSementara itu, Kabupaten "
     "Gunungkidul tercatat paling rendah dengan 23,1 persen.\n",
     [("Sleman", "regency", "coverage_rate", "all", 54.8, "2024-09"),
      ("Gunung Kidul", "regency", "coverage_rate", "all", 23.1, "2024-09")]),
    # A ranking of rates goes on place by place after "disusul".
    (HEAD.format("Kaltim") + "Di tingkat kabupaten/kota, cakupan kepesertaan tertinggi ada di "
     "Kota Bontang dengan 78,2 persen, disusul Kota Balikpapan 71,5 persen.\n",
     [("Bontang", "city", "coverage_rate", "all", 78.2, "2025-01"),
      ("Balikpapan", "city", "coverage_rate", "all", 71.5, "2025-01")]),
    # A stock "naik dari" an earlier one: the same measure, with the period right after it.
    (HEAD.format("Makassar") + "Jumlah peserta BPU di Kota Makassar kini mencapai 58.300 orang, "
     "naik dari 41.200 orang pada akhir 2023.\n",
     [("Makassar", "city", "participants", "non_wage_earner", 58_300.0, "2025-01"),
      ("Makassar", "city", "participants", "non_wage_earner", 41_200.0, "2023-12")]),
    # A table a branch's breakdown introduces: its header and segment rows name no branches.
    (HEAD.format("KCP Wonosari") + "BPJS Ketenagakerjaan KCP Wonosari mencatat 41.276 peserta "
     "aktif per Oktober 2024.\n\nBerikut rincian kepesertaan KCP Wonosari per Oktober 2024:\n\n"
     "Segmen | Peserta aktif\nPenerima Upah (PU) | 22.140\nBukan Penerima Upah (BPU) | 15.903\n"
     "Jasa Konstruksi | 3.233\n\nCapaian itu setara 18,7 persen dari potensi pekerja.\n",
     [("Wonosari", "branch", "participants", "all", 41_276.0, "2024-10"),
      ("Wonosari", "branch", "participants", "wage_earner", 22_140.0, "2024-10"),
      ("Wonosari", "branch", "participants", "non_wage_earner", 15_903.0, "2024-10"),
      ("Wonosari", "branch", "participants", "construction", 3_233.0, "2024-10"),
      ("Wonosari", "branch", "coverage_rate", "all", 18.7, "2024-10")]),
    # Segment abbreviations listed after a branch's figure are no branch names.
    (HEAD.format("Cabang Kudus") + "Jumlah peserta BPJS Ketenagakerjaan Cabang Kudus per Desember "
     "2024 mencapai 98.400 tenaga kerja, terdiri dari PU 71.300, BPU 21.100 dan Jakon 6.000.\n",
     [("Kudus", "branch", "participants", "all", 98_400.0, "2024-12"),
      ("Kudus", "branch", "participants", "wage_earner", 71_300.0, "2024-12"),
      ("Kudus", "branch", "participants", "non_wage_earner", 21_100.0, "2024-12"),
      ("Kudus", "branch", "participants", "construction", 6_000.0, "2024-12")]),
    # A list that goes on place by place: each figure is its place's, with the first one's metric.
    (HEAD.format("Kalimantan") + "Hingga Oktober 2024, peserta aktif di Kalimantan Barat sebanyak "
     "601.200 orang, Kalimantan Tengah 388.400 orang, dan Kalimantan Utara 97.100 orang.\n",
     [("Kalimantan Barat", "province", "participants", "all", 601_200.0, "2024-10"),
      ("Kalimantan Tengah", "province", "participants", "all", 388_400.0, "2024-10"),
      ("Kalimantan Utara", "province", "participants", "all", 97_100.0, "2024-10")]),
    # A branch head in a list of guests, no verb after the title: a person, not the area.
    (HEAD.format("Kutim") + "Pemerintah Kabupaten Kutai Timur menggelar rapat kerja jaminan "
     "sosial yang turut dihadiri Kepala BPJS Ketenagakerjaan Cabang Sangatta.\n\n"
     "Hingga Desember 2024, peserta aktif di Kutim tercatat 88.400 orang.\n",
     [("Kutai Timur", "regency", "participants", "all", 88_400.0, "2024-12")]),
    # A national story whose quote names two provinces in passing: they place no figure.
    ("Klaim JHT Naik, BPJS Ketenagakerjaan Catat Lonjakan\n\nSenin, 6 Januari 2025\n\n"
     "JAKARTA - Sepanjang 2024 lembaga itu membayar 1,9 juta kasus klaim JHT.\n\n"
     "\"Paling banyak pencairan di Banten dan Jawa Timur,\" kata seorang direktur.\n\n"
     "Peserta aktif per Desember 2024 sebanyak 44 juta orang.\n",
     [("Indonesia", "national", "claims", "all", 1_900_000.0, "2024"),
      ("Indonesia", "national", "participants", "all", 44_000_000.0, "2024-12")]),
    # "APBD Kabupaten X 2024" dates the projects it paid for.
    (HEAD.format("Tuban") + "Di Kabupaten Tuban, sebanyak 41 paket proyek yang dibiayai APBD "
     "Tuban 2024 sudah terdaftar.\n",
     [("Tuban", "regency", "employers", "construction", 41.0, "2024")]),
    # Each figure of "dari X pada 2023 menjadi Y pada akhir 2024" takes the period after it.
    (HEAD.format("Kota Blitar") + "Di Kota Blitar, peserta aktif bertambah dari 30.100 orang pada "
     "2023 menjadi 33.900 orang pada akhir 2024.\n",
     [("Blitar", "city", "participants", "all", 30_100.0, "2023"),
      ("Blitar", "city", "participants", "all", 33_900.0, "2024-12")]),
    # A table whose header row names no metric keeps the list intro's; a year in a note cell
    # ("APBD 2024") dates no figure.
    (HEAD.format("Kabupaten Paser") + "Pemkab Paser memaparkan data Kabupaten Paser.\n\n"
     "Rekap kepesertaan Kabupaten Paser per November 2024:\n\n"
     "Kategori | Angka | Catatan\nPenerima upah | 40.210 orang | sektor sawit\n"
     "Pekerja rentan | 6.300 orang | dibiayai APBD 2024\n"
     "Bukan penerima upah | 9.870 orang | petani dan nelayan\n",
     [("Paser", "regency", "participants", "wage_earner", 40_210.0, "2024-11"),
      ("Paser", "regency", "participants", "vulnerable", 6_300.0, "2024-11"),
      ("Paser", "regency", "participants", "non_wage_earner", 9_870.0, "2024-11")]),


    # "di wilayahnya" in the words of a branch head: the branch's figure, not the regency the
    # article named before.
    (HEAD.format("Wonogiri") + "Pemkab Wonogiri mendorong perlindungan pekerja di Kabupaten "
     "Wonogiri.\n\nKepala BPJS Ketenagakerjaan Cabang Wonogiri, Sri Lestari, menyebut peserta "
     "aktif di wilayahnya per Desember 2024 sebanyak 97.500 orang.\n",
     [("Wonogiri", "branch", "participants", "all", 97_500.0, "2024-12")]),
    # Village pages: the village's own figures, "Dana Desa 2025" dates them; all the villages of
    # the regency ("dari total 412 desa") are no employers.
    ("Kades Sindangsari Daftarkan Perangkat ke BPJS Ketenagakerjaan\n\nRabu, 4 Juni 2025\n\n"
     "Kepala Desa Sindangsari, Kecamatan Cikajang, Kabupaten Garut, mendaftarkan 12 perangkat "
     "desa ke BPJS Ketenagakerjaan.\n\nLewat Dana Desa 2025, desa juga mendaftarkan 60 pekerja "
     "rentan.\n\nDi Kabupaten Garut, baru 98 desa yang mendaftarkan perangkatnya dari total 412 "
     "desa.\n",
     [("Sindangsari", "village", "participants", "village_apparatus", 12.0, "2025-06"),
      ("Sindangsari", "village", "participants", "vulnerable", 60.0, "2025"),
      ("Garut", "regency", "employers", "village_apparatus", 98.0, "2025")]),
    # "Di Kabupaten X," at the start of a sentence is a locative, and the "pemkab" after it is X,
    # not the regency named before.
    (HEAD.format("Jateng") + "Per Juni 2024 peserta aktif di Kabupaten Kudus 210.000 orang.\n\n"
     "Di Kabupaten Pati, pemkab sudah mendaftarkan 9.000 pekerja rentan.\n",
     [("Kudus", "regency", "participants", "all", 210_000.0, "2024-06"),
      ("Pati", "regency", "participants", "vulnerable", 9_000.0, "2024-06")]),
    # A Kanwil spelt out ("Kantor Wilayah Sumatera Bagian Tengah") is the regional office.
    (HEAD.format("Sumbagteng") + "BPJS Ketenagakerjaan Kantor Wilayah Sumatera Bagian Tengah "
     "mencatat 2,1 juta peserta aktif per Oktober 2024.\n",
     [("Sumbagteng", "regional_office", "participants", "all", 2_100_000.0, "2024-10")]),
    # A bare target percent after the article gave a coverage rate is the coverage target.
    (HEAD.format("Bantul") + "Cakupan kepesertaan di Kabupaten Bantul per November 2024 sudah "
     "38 persen.\n\nBupati hadir bersama jajaran dinas.\n\n\"Tahun 2026 kami menargetkan 48 "
     "persen,\" katanya.\n",
     [("Bantul", "regency", "coverage_rate", "all", 38.0, "2024-11"),
      ("Bantul", "regency", "coverage_rate", "all", 48.0, None)]),
    # A branch head named with a place and day of speaking before the verb is a speaker; the
    # breakdown he gives belongs to the total before it.
    (HEAD.format("Sulsel") + "Peserta aktif di Provinsi Sulawesi Selatan per Mei 2024 tercatat "
     "1,05 juta orang.\n\nKepala BPJS Ketenagakerjaan Cabang Makassar Rudi Hartono di Makassar, "
     "Selasa, menyampaikan dari jumlah itu sebanyak 61.200 orang merupakan pekerja konstruksi.\n",
     [("Sulawesi Selatan", "province", "participants", "all", 1_050_000.0, "2024-05"),
      ("Sulawesi Selatan", "province", "participants", "construction", 61_200.0, "2024-05")]),
    # "tertinggi di X dengan N" names the holder, not a compared set; a place in the figure's
    # own clause beats a stronger one across "sedangkan".
    (HEAD.format("Kaltara") + "Cakupan kepesertaan di Provinsi Kalimantan Utara per Oktober 2024 "
     "mencapai 62 persen.\n\nCakupan tertinggi ada di Kota Tarakan dengan 71 persen, sedangkan "
     "terendah Kabupaten Malinau 39 persen.\n",
     [("Kalimantan Utara", "province", "coverage_rate", "all", 62.0, "2024-10"),
      ("Tarakan", "city", "coverage_rate", "all", 71.0, "2024-10"),
      ("Malinau", "regency", "coverage_rate", "all", 39.0, "2024-10")]),
    # A figure for an office's territory ("wilayah kerja Cabang X yang meliputi A, B dan C") is
    # the office's, not the last regency listed.
    (HEAD.format("Cabang Kudus") + "Peserta aktif di wilayah kerja Cabang Kudus yang meliputi "
     "Kabupaten Kudus, Jepara dan Pati per Juni 2025 mencapai 402.000 orang.\n",
     [("Kudus", "branch", "participants", "all", 402_000.0, "2025-06")]),
    # "Rinciannya:" after a rate or a count: the items break it down, each with its own area.
    (HEAD.format("Jabar") + "Cakupan kepesertaan di Jawa Barat per Desember 2024 rata-rata 38 "
     "persen.\n\nRinciannya:\n1. Kota Depok: 49 persen\n2. Kabupaten Subang: 22 persen\n",
     [("Jawa Barat", "province", "coverage_rate", "all", 38.0, "2024-12"),
      ("Depok", "city", "coverage_rate", "all", 49.0, "2024-12"),
      ("Subang", "regency", "coverage_rate", "all", 22.0, "2024-12")]),
    (HEAD.format("Jabar") + "Peserta aktif di Jawa Barat per Desember 2024 sebanyak 5,2 juta "
     "orang.\n\nRinciannya:\n- Kota Depok: 310.000 orang\n- Kabupaten Subang: 120.000 orang\n",
     [("Jawa Barat", "province", "participants", "all", 5_200_000.0, "2024-12"),
      ("Depok", "city", "participants", "all", 310_000.0, "2024-12"),
      ("Subang", "regency", "participants", "all", 120_000.0, "2024-12")]),
    # "N peserta di A dan M peserta di B": the locative right after each figure is its place.
    (HEAD.format("Kalimantan") + "Kanwil mencatat per Desember 2024 ada 910.000 peserta di "
     "Kalimantan Timur dan 402.000 peserta di Kalimantan Utara.\n",
     [("Kalimantan Timur", "province", "participants", "all", 910_000.0, "2024-12"),
      ("Kalimantan Utara", "province", "participants", "all", 402_000.0, "2024-12")]),
    # Names listed after a branch's figure in one sentence are branches, regencies included.
    (HEAD.format("Sulteng") + "Peserta aktif BPJS Ketenagakerjaan di Sulawesi Tengah per "
     "September 2024 mencapai 412.000 orang.\n\nRinciannya, Kantor Cabang Palu 210.500 peserta, "
     "Luwuk 88.300 peserta dan Poso 62.000 peserta.\n",
     [("Sulawesi Tengah", "province", "participants", "all", 412_000.0, "2024-09"),
      ("Palu", "branch", "participants", "all", 210_500.0, "2024-09"),
      ("Luwuk", "branch", "participants", "all", 88_300.0, "2024-09"),
      ("Poso", "branch", "participants", "all", 62_000.0, "2024-09")]),
    # A roundup of branch offices: each row's leading name is a branch, a town that is also a
    # city ("Salatiga") included; the province comes back after the list.
    (HEAD.format("Jawa Tengah") + "BPJS Ketenagakerjaan memaparkan kepesertaan di Provinsi Jawa "
     "Tengah.\n\nCapaian tiga kantor cabang per Juni 2025 sebagai berikut:\n\n"
     "- Semarang Majapahit: 250.400 peserta aktif\n- Salatiga: 60.510 peserta aktif\n"
     "- Ungaran: 90.200 peserta aktif\n\n"
     "Secara keseluruhan peserta aktif di Jawa Tengah per Juni 2025 sebanyak 4,7 juta orang.\n",
     [("Semarang Majapahit", "branch", "participants", "all", 250_400.0, "2025-06"),
      ("Salatiga", "branch", "participants", "all", 60_510.0, "2025-06"),
      ("Ungaran", "branch", "participants", "all", 90_200.0, "2025-06"),
      ("Jawa Tengah", "province", "participants", "all", 4_700_000.0, "2025-06")]),
]


@pytest.mark.parametrize(("text", "expected"), AREA_CASES)
def test_area_and_period_choice(text: str, expected: list[tuple]) -> None:
    assert facts_of_text(text) == expected


PUB_HEAD = "Kepesertaan BPJS Ketenagakerjaan Kabupaten Blora\n\nRabu, 9 Oktober 2024\n\n"
LEAD = "BPJS Ketenagakerjaan terus memperluas kepesertaan di Kabupaten Blora. "


def metrics_of(body: str) -> list[tuple]:
    """(metric, segment, value, unit, is_target) of the facts of a Blora article."""
    ext = extract(article_from_text(PUB_HEAD + LEAD + body + "\n"))
    return [(f.metric, f.segment, f.value, f.unit, f.is_target) for f in ext.facts]


METRIC_CASES = [
    # People a benefit was handed to are cases, passive wording included.
    ("Tahun ini santunan JKK dan JKM senilai Rp1,2 miliar sudah dibayarkan kepada 41 ahli waris "
     "dan korban kecelakaan.",
     [("benefits_paid", "all", 1_200_000_000.0, "idr", False),
      ("claims", "all", 41.0, "count", False)]),
    # A table label names the metric: "Menganggur: N", "Bekerja: N".
    ("Data BPS Agustus 2024.\n\nBekerja: 510.300 orang\nMenganggur: 19.450 orang",
     [("employed", "all", 510_300.0, "count", False),
      ("unemployed", "all", 19_450.0, "count", False)]),
    # A year inside the words after a count does not hide the registration verb after it.
    ("Sebanyak 57 paket proyek jalan yang didanai APBD 2024 juga sudah terdaftar.",
     [("employers", "construction", 57.0, "count", False)]),
    # "Dari jumlah itu" breaks down the participants, not the denominator of their rate.
    ("Peserta aktif kini 40.100 orang, sekitar 30 persen dari 133 ribu pekerja. Dari jumlah itu, "
     "buruh pabrik rokok ada 9.300 orang.",
     [("participants", "all", 40_100.0, "count", False),
      ("coverage_rate", "all", 30.0, "percent", False),
      ("workforce", "all", 133_000.0, "count", False),
      ("participants", "all", 9_300.0, "count", False)]),
    # People who received or drew a benefit are cases; a group an event befell is no workforce.
    ("Tahun ini 640 buruh menerima manfaat JKK.", [("claims", "all", 640.0, "count", False)]),
    ("Sepanjang 2024 ada 1.310 peserta yang mencairkan JHT.",
     [("claims", "all", 1_310.0, "count", False)]),
    ("Sebanyak 3.200 pekerja terdampak banjir bandang pekan lalu.", []),
    # Claims of the job-loss benefit speak of layoffs and are still claims.
    ("Sepanjang 2024 kantor cabang membayarkan 733 kasus klaim JKP bagi buruh korban PHK.",
     [("claims", "all", 733.0, "count", False)]),
    # The recipients after an amount and a long benefit name are still cases.
    ("Santunan Jaminan Kecelakaan Kerja dan Jaminan Kematian senilai Rp2,75 miliar sudah "
     "dibayarkan kepada 58 pekerja dan keluarganya.",
     [("benefits_paid", "all", 2_750_000_000.0, "idr", False),
      ("claims", "all", 58.0, "count", False)]),
    # A numbered list: the item's number is no figure and does not split the item.
    ("Rinciannya per Agustus 2024 sebagai berikut:\n\n1. Peserta aktif: 90.100 orang\n"
     "2. Penerima upah: 70.400 orang\n3. Jasa konstruksi: 2.050 orang",
     [("participants", "all", 90_100.0, "count", False),
      ("participants", "wage_earner", 70_400.0, "count", False),
      ("participants", "construction", 2_050.0, "count", False)]),
    # Registered employers with "N ribu lebih"; the registration words belong to the employers.
    ("Badan usaha yang sudah terdaftar kini 2 ribu lebih.",
     [("employers", "all", 2000.0, "count", False)]),
    # A share of the workers by kind is no coverage rate; coverage of a kind still is.
    ("Kurang lebih 62 persen pekerja di kabupaten ini informal.", []),
    ("Sebanyak 35 persen tenaga kerja formal sudah terdaftar sebagai peserta.",
     [("coverage_rate", "formal", 35.0, "percent", False)]),
    # Growing a registered group toward a number next year is a participants target.
    ("Tahun depan pemkab berencana menambah hingga tiga ratus pekerja informal.",
     [("participants", "informal", 300.0, "count", True)]),
    ("Dinas akan menambah 6.000 pekerja rentan pada 2025.",
     [("participants", "vulnerable", 6_000.0, "count", True)]),
    # "terdaftar baru N ribu": the registration cue linked to the figure by "baru".
    ("Pekerja informal yang sudah terdaftar baru 57 ribu.",
     [("participants", "informal", 57_000.0, "count", False)]),
    # A count in words with "berjumlah" and a first-person registration verb.
    ("Semua pengurus RT yang berjumlah dua puluh empat orang sudah kami daftarkan.",
     [("participants", "all", 24.0, "count", False)]),
    # A part stated after its total with "di antaranya".
    ("Peserta aktif saat ini 80.200 orang, dengan 51.000 di antaranya pekerja bukan penerima upah.",
     [("participants", "all", 80_200.0, "count", False),
      ("participants", "non_wage_earner", 51_000.0, "count", False)]),
    # "dari jumlah tersebut" after a speech verb still breaks down the total before it.
    ("Peserta aktif tercatat 70.300 orang. Kepala cabang menyampaikan dari jumlah tersebut "
     "sekitar 6.100 orang merupakan pekerja migran.",
     [("participants", "all", 70_300.0, "count", False),
      ("participants", "migrant", 6_100.0, "count", False)]),
    # Care costs of work accidents are benefits paid, not a budget; a sector names a segment.
    ("Sepanjang 2024 ada 230 kasus kecelakaan kerja dengan biaya pengobatan dan santunan "
     "Rp3,1 miliar.",
     [("claims", "all", 230.0, "count", False),
      ("benefits_paid", "all", 3_100_000_000.0, "idr", False)]),
    ("Sebanyak 1.480 pekerja tambang batu bara tercatat sebagai peserta aktif.",
     [("participants", "other", 1_480.0, "count", False)]),
    # A town's nickname ("Kota Santri") names no segment.
    ("Cakupan kepesertaan di Kota Santri kini mencapai 33,2 persen.",
     [("coverage_rate", "all", 33.2, "percent", False)]),
    # Two counts coordinated before one registration phrase are both registered.
    ("Saat ini ada 21 guru ngaji dan 9 marbot masjid yang sudah terdaftar sebagai peserta.",
     [("participants", "other", 21.0, "count", False),
      ("participants", "other", 9.0, "count", False)]),
    # A day of a date is no count, even with the year after it cut away.
    ("Sampai 30 September 2024 jumlah peserta aktif mencapai 61.020 orang.",
     [("participants", "all", 61_020.0, "count", False)]),
    # Prepared or proposed budgets are plans, not people covered.
    ("Pemkab tengah menyiapkan anggaran iuran bagi 4.000 pekerja rentan tahun depan.", []),
    ("Dinas sosial mengusulkan anggaran premi untuk 2.500 buruh tani.", []),
    # Farm and casual labour registered with public money is the vulnerable-worker programme;
    # teachers paid for the same way stay a named group.
    ("Lewat Dana Desa 2025, desa mendaftarkan 90 buruh tani dan penggarap sebagai peserta.",
     [("participants", "vulnerable", 90.0, "count", False)]),
    ("Melalui APBD, pemkab juga mendaftarkan 400 guru ngaji sebagai peserta.",
     [("participants", "other", 400.0, "count", False)]),
    # Placement agencies that register migrant workers are their employers.
    ("Dinas menggandeng 9 perusahaan penempatan untuk menjamin keselamatan calon PMI.",
     [("employers", "migrant", 9.0, "count", False)]),
    # Workers a proposed budget would cover are no workforce.
    ("Anggaran iuran yang diusulkan mencapai Rp1,5 miliar untuk 7.400 pekerja.", []),
    # Limits and examples in Rupiah are no benefits paid.
    ("Lewat aplikasi, peserta bisa mencairkan klaim JHT sampai Rp10 juta tanpa antre.", []),
    ("Manfaat beasiswa diberikan paling banyak Rp174 juta untuk dua anak.", []),
    ("Nilai beasiswa anak peserta bisa mencapai Rp174 juta.", []),
    ("Klaim JHT dengan saldo di bawah Rp10 juta cukup diajukan lewat aplikasi.", []),
    # Number words inside idioms are no numbers: "pedagang kaki lima", "ojek roda dua".
    ("Iuran pedagang kaki lima dan pengemudi roda dua kini ditanggung pemkab.", []),
    # An age in brackets after a name is no participant count.
    ("\"Dulu saya harus antre,\" kata Marni (61), peserta BPJS Ketenagakerjaan sejak 1995.", []),
    # Shares of a wage are contribution rates, every percent of the sentence.
    ("Iuran JKK berkisar 0,24 sampai 1,74 persen dari upah, sedangkan JKM 0,3 persen.", []),
    # People at an event are no participants counted.
    ("Sebanyak 1.750 peserta mengikuti senam massal di alun-alun.", []),
    # Health-care claims and a fund's reserve are not our benefits paid.
    ("Nilai klaim layanan kesehatan sepanjang 2024 mencapai Rp51 miliar.", []),
    ("Kecukupan dana program JKK saat ini Rp 9 triliun.", []),
    # A contrastive clause ("sedangkan", "namun") speaks of another group: the registration
    # words in it do not make the workers before it participants.
    ("Jumlah pekerja di Blora sekitar 310 ribu orang, sedangkan yang terdaftar 96.400 orang.",
     [("workforce", "all", 310_000.0, "count", False),
      ("participants", "all", 96_400.0, "count", False)]),
    ("Angkatan kerja Blora 298.000 orang, namun baru 88.100 orang yang terlindungi.",
     [("workforce", "all", 298_000.0, "count", False),
      ("participants", "all", 88_100.0, "count", False)]),
    # The covered part of the workers ("N di antaranya yang terdaftar") is participants; a
    # part named by a kind of worker stays workforce.
    ("Angkatan kerja Blora 298.000 orang, namun baru 88.100 di antaranya yang terlindungi.",
     [("workforce", "all", 298_000.0, "count", False),
      ("participants", "all", 88_100.0, "count", False)]),
    ("Jumlah pekerja di Blora 310.000 orang, 96.400 di antaranya sudah terdaftar sebagai "
     "peserta.",
     [("workforce", "all", 310_000.0, "count", False),
      ("participants", "all", 96_400.0, "count", False)]),
    ("Jumlah pekerja di Blora 310.000 orang, 96.400 di antaranya pekerja informal.",
     [("workforce", "all", 310_000.0, "count", False),
      ("workforce", "informal", 96_400.0, "count", False)]),
    # PU and BPU are kinds of participants, with no cue word before them.
    ("\"Pekerja penerima upah sudah 52.300 orang, sementara bukan penerima upah baru 17.900 "
     "orang,\" ujarnya.",
     [("participants", "wage_earner", 52_300.0, "count", False),
      ("participants", "non_wage_earner", 17_900.0, "count", False)]),
    # A scholarship handed to children is a benefit paid, and they are its cases.
    ("\"Kami menyalurkan beasiswa kepada 120 anak peserta dengan total Rp 900 juta,\" ujarnya.",
     [("claims", "all", 120.0, "count", False),
      ("benefits_paid", "all", 900_000_000.0, "idr", False)]),
    # A sentence that opens on a target and names no measure sets one for the count before it.
    ("Peserta BPU kami saat ini ada 14 rb orang. Targetnya tahun ini tembus 20 ribu.",
     [("participants", "non_wage_earner", 14_000.0, "count", False),
      ("participants", "non_wage_earner", 20_000.0, "count", True)]),
    ("Peserta aktif saat ini 52.000 orang. Targetnya 60 persen pada 2025.",
     [("participants", "all", 52_000.0, "count", False),
      ("coverage_rate", "all", 60.0, "percent", True)]),
    # Workers whose contributions are borne are registered.
    ("Saat ini baru 4.500 pekerja rentan yang ditanggung.",
     [("participants", "vulnerable", 4_500.0, "count", False)]),
    # A share of the BPU participants named by the group after "merupakan".
    ("Peserta BPU di Blora kini 18.300 orang. Dari seluruh BPU itu, sekitar 40 persen "
     "merupakan pengemudi transportasi online.",
     [("participants", "non_wage_earner", 18_300.0, "count", False),
      ("participants", "other", 40.0, "percent", False)]),
    # "tepatnya" restates a rounded figure exactly: two facts; "-an" number words are figures.
    ("Pekerja yang terlindungi kini sejuta lebih, tepatnya 1.043.512 orang.",
     [("participants", "all", 1_000_000.0, "count", False),
      ("participants", "all", 1_043_512.0, "count", False)]),
    ("Pekerja informal yang terdaftar baru sekitar dua ratus ribuan orang.",
     [("participants", "informal", 200_000.0, "count", False)]),
    # A bracketed short name after a group does not break the list; "yang kami lindungi" are
    # participants.
    ("Pemkab juga mendaftarkan 3.100 kader posyandu (KP) dan 1.850 linmas.",
     [("participants", "other", 3_100.0, "count", False),
      ("participants", "other", 1_850.0, "count", False)]),
    ("\"Total ada 17.400 warga yang kami lindungi tahun ini,\" ujarnya.",
     [("participants", "all", 17_400.0, "count", False)]),
    # "Dari jumlah tersebut, N persen merupakan ..." after a participants total: their share.
    ("Peserta aktif di Blora 51.200 orang. Dari jumlah tersebut, sekitar 78 persen merupakan "
     "pekerja sektor manufaktur.",
     [("participants", "all", 51_200.0, "count", False),
      ("participants", "other", 78.0, "percent", False)]),
    # "dari N pekerja, yang terlindungi baru M": the whole first, then its covered part.
    ("\"Kalau dari sekitar 260 ribu pekerja di Blora, yang sudah terlindungi baru 55 ribu,\" "
     "ujarnya.",
     [("workforce", "all", 260_000.0, "count", False),
      ("participants", "all", 55_000.0, "count", False)]),
    # Added units are a flow, not a stock; "tenaga kerja aktif" are participants.
    ("Sepanjang 2024 cabang berhasil menambah 1.200 perusahaan baru yang terdaftar. Total badan "
     "usaha yang terdaftar kini 14.850 perusahaan, dengan jumlah tenaga kerja aktif 421.300 "
     "orang.",
     [("employers", "all", 14_850.0, "count", False),
      ("participants", "all", 421_300.0, "count", False)]),
    # The figure a target rises from is what was, no target.
    ("Bupati menargetkan 20.000 pekerja rentan terlindungi pada 2026, naik dari 12.500 pekerja "
     "rentan tahun ini.",
     [("participants", "vulnerable", 20_000.0, "count", True),
      ("participants", "vulnerable", 12_500.0, "count", False)]),
    # A stock compared with an earlier one is the same measure; companies "aktif membayar
    # iuran" are registered employers.
    ("Peserta aktif per Oktober 2024 tercatat 87.340 orang, turun dibandingkan Desember 2023 "
     "yang mencapai 95.120 orang. Pihaknya juga mencatat 3.910 perusahaan aktif membayar iuran.",
     [("participants", "all", 87_340.0, "count", False),
      ("participants", "all", 95_120.0, "count", False),
      ("employers", "all", 3_910.0, "count", False)]),
    # "menjadi" links a target's cue to its figure.
    ("Kami menargetkan peserta aktif naik menjadi 52 ribu pada 2025.",
     [("participants", "all", 52_000.0, "count", True)]),
    # Without such a clause the words after a count still make it participants.
    ("Sebanyak 12.600 pekerja informal, termasuk nelayan, kini terlindungi.",
     [("participants", "informal", 12_600.0, "count", False)]),
]


@pytest.mark.parametrize(("body", "expected"), METRIC_CASES)
def test_metric_and_not_a_fact(body: str, expected: list[tuple]) -> None:
    assert metrics_of(body) == expected


@pytest.mark.parametrize("title", [
    "HUT ke-48, BPJS Ketenagakerjaan Ajak Peserta Pakai JMO",
    "Perjalanan 70 Tahun Jaminan Sosial Pekerja di Indonesia",
    "Berapa Iuran BPJS Ketenagakerjaan untuk Pekerja Mandiri? Ini Rinciannya",
])
def test_app_anniversary_and_contribution_explainers_are_off_topic(title: str) -> None:
    text = (title + "\n\nSenin, 9 Desember 2024\n\nBPJS Ketenagakerjaan mengajak peserta "
            "memakai aplikasi. \"Dulu antre,\" kenang Sutrisno (61), peserta sejak 1988. Peserta "
            "bisa mencairkan JHT sampai Rp10 juta. Iuran mulai Rp16.800 per bulan.\n")
    ext = extract(article_from_text(text))
    assert not ext.relevant and ext.facts == ()


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("satu setengah juta pekerja", 1_500_000.0, None),
    ("dua setengah miliar", 2_500_000_000.0, None),
    ("setengah juta peserta", 500_000.0, None),
    ("senilai Rp tiga ratus juta", 300_000_000.0, "idr"),
    ("tercatat seribu dua ratus lima puluh orang", 1_250.0, None),
])
def test_number_words_in_more_positions(text: str, value: float, unit: str | None) -> None:
    from transforms.numbers import find_numbers

    found = find_numbers(text)
    assert [(n.value, n.unit) for n in found] == [(value, unit)]


def test_payout_to_people_counted_in_words_is_a_total() -> None:
    assert metrics_of("Santunan senilai Rp dua ratus juta dibayarkan kepada lima ahli waris.") == [
        ("benefits_paid", "all", 200_000_000.0, "idr", False),
        ("claims", "all", 5.0, "count", False),
    ]


def test_number_word_prefilter_covers_every_number_word() -> None:
    from transforms import numbers

    words = [*numbers._UNIT_WORDS, *numbers._SE_WORDS, *numbers._VAGUE_WORDS,
             *numbers._MULTIPLIERS, *numbers._BIG, "setengah"]
    assert [w for w in words if not any(stem in w for stem in numbers._WORD_STEMS)] == []


def test_a_village_registering_its_people_under_a_social_security_headline() -> None:
    # One mention of BPJS Ketenagakerjaan under a "Jaminan Sosial" headline is on topic; the
    # village of an address "Desa X, Kecamatan Y, Kabupaten Z" is the area; residents counted
    # ("berpenduduk 9.870 jiwa") are no figure.
    text = ("Desa Sukamaju Jadi Desa Sadar Jaminan Sosial\n\nMinggu, 8 Desember 2024\n\n"
            "Pemerintah Desa Sukamaju, Kecamatan Ambulu, Kabupaten Jember, mendaftarkan 27 "
            "perangkat desanya ke program BPJS Ketenagakerjaan.\n\n"
            "Desa berpenduduk 9.870 jiwa itu berharap seluruh pekerja rentan terlindungi pada "
            "2026.\n")
    ext = extract(article_from_text(text))
    assert ext.relevant
    assert [(f.area, f.area_type, f.metric, f.segment, f.value) for f in ext.facts] == [
        ("Sukamaju", "village", "participants", "village_apparatus", 27.0)]
