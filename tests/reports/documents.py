"""The report documents the tests serve and the shipped sample lands, built from real samples.

Every figure is copied from `../shared/reports/samples/` (the file is named at each builder);
the documents wrap them in the shape of their kind (an HTML page, JSON rows, a CKAN CSV
resource, a BPS dynamic table, a PDF). Addresses other than the samples' own are illustrative.
"""

from __future__ import annotations

import json

# opendata_limapuluhkotakab_ikd_disperinaker.txt (verbatim rows)
LIMAPULUHKOTA_ROWS: tuple[tuple[str, ...], ...] = (
    ("1.", "Angka partisipasi angkatan kerja", "%", "n/a", "0,7281", "0,7263", "0,7417"),
    ("2.", "Tingkat partisipasi angkatan kerja", "%", "n/a", "72,81", "7,63", "74,17"),
    ("3.", "Tingkat pengangguran terbuka", "%", "n/a", "3,72", "3,95", "3,68"),
    ("4.", "Rasio penduduk yang bekerja", "%", "n/a", "96,28", "96,04", "96,32"),
    ("5.", "Rasio kesempatan kerja terhadap penduduk usia 15 tahun ke atas", "%", "n/a", "n/a",
     "n/a", "n/a"),
    ("6.", "Proporsi tenaga kerja yang berusaha sendiri dan pekerja bebas keluarga terhadap "
           "total kesempatan kerja", "%", "n/a", "-", "n/a", "n/a"),
    ("7.", "Angka sengketa pengusaha-pekerja per tahun", "kasus", "n/a", "0", "2", "3"),
    ("8.", "Besaran kasus yang diselesaikan dengan Perjanjian Bersama (PB)", "kasus", "n/a", "0",
     "2", "2"),
    ("9.", "Besaran pencari kerja yang terdaftar yang ditempatkan", "orang", "n/a", "213", "100",
     "37"),
    ("10.", "Besaran pekerja/buruh yang menjadi peserta program Jamsostek", "orang", "n/a",
     "5,748", "6,928", "13,482"),
    ("11.", "Besaran tenaga kerja yang mendapatkan pelatihan berbasis kompetensi", "orang",
     "n/a", "208", "368", "48"),
)
LIMAPULUHKOTA_URL = ("https://opendata.limapuluhkotakab.go.id/dataset/data-prioritas-ikd-dinas-"
                     "perindustrian-dan-tenaga-kerja-kabupaten-lima-puluh-kota")


def limapuluhkota_html() -> bytes:
    """The Lima Puluh Kota IKD page: one table, comma thousands next to comma decimals."""
    head = "".join(f"<th>{h}</th>" for h in ("No", "uraian", "satuan", "2021", "2022", "2023",
                                             "2024", "sumber_data", "keterangan"))
    rows = "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in (*r, "BPJS" if r[0] == "10." else
                                                    "Disperinaker", "IKD")) + "</tr>"
        for r in LIMAPULUHKOTA_ROWS
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Data Prioritas IKD</title>"
        "</head><body><h1>Data Prioritas Indikator Kinerja Daerah (IKD) Dinas Perindustrian dan "
        "Tenaga Kerja Kabupaten Lima Puluh Kota</h1><h2>Deskripsi Dataset</h2><p>Data Prioritas "
        "Indikator Kinerja Daerah pada Dinas Perindustrian dan Tenaga Kerja Kabupaten Lima Puluh "
        f"Kota</p><h2>Metadata</h2><table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody>"
        "</table></body></html>"
    ).encode()


# satudata_banjarmasinkota_bpjstk_kepesertaan.txt (verbatim, total row shifted as stored)
BANJARMASIN_URL = ("https://satudata.banjarmasinkota.go.id/data-statistik/"
                   "87472466-695c-40c2-bedc-44c5084f3430")
BANJARMASIN_DEFINITION = (
    "Kepesertaan BPJS Ketenagakerjaan adalah keikutsertaan dalam program jaminan sosial yang "
    "diselenggarakan oleh BPJS Ketenagakerjaan, badan hukum publik yang memberikan perlindungan "
    "kepada tenaga kerja di Indonesia")


def banjarmasin_html(total: tuple[str, ...] = ("-", "83.234", "67.020", "78.015", "82.715",
                                               "88.685", "")) -> bytes:
    """The Banjarmasin page: years as columns, a total row that sums two measures, shifted."""
    years = "".join(f"<th>{y}</th>" for y in ("2020", "2021", "2022", "2023", "2024"))
    data = (("1", "Perusahaan", "1.233", "1.876", "2.174", "2.490", "2.356"),
            ("2", "Pekerja", "82.001", "65.144", "75.841", "80.225", "86.329"), total)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in data)
    return (
        "<!doctype html><html><head><meta charset='utf-8'><title>Satu Data Banjarmasin</title>"
        "</head><body><h1>Kepesertaan BPJS Ketenagakerjaan Kota Banjarmasin</h1>"
        "<table><thead><tr><th rowspan='2'>No</th><th rowspan='2'>Kepesertaan</th>"
        f"<th colspan='5'>Tahun</th></tr><tr>{years}</tr></thead><tbody>{body}</tbody></table>"
        "<p>Catatan :</p><h3>Definisi Operasional</h3><table><thead><tr><th>No</th>"
        "<th>Variabel</th><th>Definisi Operasional</th></tr></thead><tbody>"
        f"<tr><td>1</td><td>Kepesertaan</td><td>{BANJARMASIN_DEFINITION}</td></tr>"
        "<tr><td>2</td><td>Tahun</td><td>Tahun adalah satuan waktu dalam sistem penanggalan yang "
        "digunakan secara resmi di Indonesia, terdiri dari 12 bulan kalender dan dimulai dari "
        "bulan Januari hingga Desember.</td></tr></tbody></table></body></html>"
    ).encode()


# kemnaker_sdk_peserta_jamsostek_provinsi_des2023_via_spn.txt (rows 1-28, verbatim figures)
KEMNAKER_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("11", "Aceh", "583.638", "117.947"), ("12", "Sumatera Utara", "2.057.246", "848.982"),
    ("13", "Sumatera Barat", "710.474", "199.712"), ("14", "Riau", "1.108.274", "831.486"),
    ("15", "Jambi", "658.038", "354.252"), ("16", "Sumatera Selatan", "915.142", "312.082"),
    ("17", "Bengkulu", "212.266", "70.752"), ("18", "Lampung", "578.889", "206.337"),
    ("19", "Kep. Bangka Belitung", "216.685", "88.194"),
    ("21", "Kepulauan Riau", "614.605", "653.041"), ("31", "DKI Jakarta", "7.498.532",
                                                     "4.699.958"),
    ("32", "Jawa Barat", "4.855.121", "3.057.496"), ("33", "Jawa Tengah", "3.947.422",
                                                     "1.306.520"),
    ("34", "DI Yogyakarta", "558.681", "190.397"), ("35", "Jawa Timur", "4.583.246",
                                                    "1.489.379"),
    ("36", "Banten", "2.631.601", "1.389.167"), ("51", "Bali", "1.027.234", "289.797"),
    ("52", "Nusa Tenggara Barat", "570.391", "65.794"),
    ("53", "Nusa Tenggara Timur", "364.870", "67.359"),
    ("61", "Kalimantan Barat", "729.270", "395.542"),
    ("62", "Kalimantan Tengah", "686.023", "528.653"),
    ("63", "Kalimantan Selatan", "634.862", "309.683"),
    ("64", "Kalimantan Timur", "1.323.233", "859.241"),
    ("65", "Kalimantan Utara", "245.948", "155.126"),
    ("71", "Sulawesi Utara", "578.610", "135.345"), ("72", "Sulawesi Tengah", "565.871",
                                                     "140.872"),
    ("73", "Sulawesi Selatan", "1.003.082", "254.921"),
    ("74", "Sulawesi Tenggara", "323.070", "55.867"),
)
KEMNAKER_URL = "https://satudata.kemnaker.go.id/api/v1/data/peserta-jamsostek-provinsi-2023-12"


def kemnaker_rows() -> list[dict[str, object]]:
    """The province table as tidy rows (Open Data "bigdata" column convention)."""
    out = []
    for i, (code, name, active, inactive) in enumerate(KEMNAKER_ROWS, start=1):
        out.append({
            "kode_provinsi": int(code),
            # One name arrives wrapped in HTML, as SIMDASI labels do (SOURCES.md §4.7).
            "nama_provinsi": f"<div>{name}</div>" if name == "DI Yogyakarta" else name,
            "jumlah_peserta_aktif": int(active.replace(".", "")),
            "jumlah_peserta_non_aktif": int(inactive.replace(".", "")),
            "satuan": "ORANG", "tahun": 2023, "kode_bulan": 12, "nama_bulan": "DESEMBER",
            "id": i,
        })
    return out


def json_page(rows: list[dict[str, object]], *, bom_key: bool = True) -> bytes:
    """A bigdata API page; the first key carries a mis-decoded byte-order mark (ï»¿)."""
    if bom_key and rows:
        rows = [{("ï»¿" + k if j == 0 else k): v for j, (k, v) in enumerate(r.items())}
                for r in rows]
    return json.dumps({"message": "OK", "data": rows}, ensure_ascii=False).encode()


# satudata_banjarmasinkota_tpt.txt (verbatim: dot decimals on the same portal)
BANJARMASIN_TPT = (("2019", "7.69"), ("2020", "8.32"), ("2021", "8.47"), ("2022", "6.96"),
                   ("2023", "6.7"))
CKAN_BASE = "https://satudata.banjarmasinkota.go.id"
CKAN_DATASET = "tingkat-pengangguran-terbuka-kota-banjarmasin"


def tpt_csv() -> bytes:
    """The TPT resource as CSV, years as columns; "." is a decimal point here."""
    header = "No,Tingkat Pengangguran Terbuka (%)," + ",".join(y for y, _ in BANJARMASIN_TPT)
    row = "1,Kota Banjarmasin," + ",".join(v for _, v in BANJARMASIN_TPT)
    return f"\ufeff{header}\n{row}\n".encode()


def ckan_package(base: str, resource_url: str) -> bytes:
    """package_show's answer for the TPT dataset, with a CSV and a PDF resource."""
    return json.dumps({"success": True, "result": {
        "name": CKAN_DATASET, "title": "Tingkat Pengangguran Terbuka Kota Banjarmasin",
        "resources": [
            {"id": "res-pdf", "format": "PDF", "url": f"{base}/files/tpt.pdf"},
            {"id": "res-csv", "format": "CSV", "url": resource_url},
        ]}}).encode()


# bps_statictable_1911_excerpt.txt figures (Total column), in the dynamic-table shape of
# bps_webapi_dynamic_table_response.json.txt
BPS_URL = ("https://webapi.bps.go.id/v1/api/list/model/data/lang/ind/domain/0000/var/1911/"
           "key/{key}/")


def bps_json() -> bytes:
    """Employed people 15+ by main status, Feb and Aug 2008 (national)."""
    vervar = [{"val": 1, "label": "Berusaha Sendiri"},
              {"val": 4, "label": "Buruh/Karyawan/Pegawai"}]
    values = {(1, 1): 20081133, (1, 2): 20921567, (4, 1): 28515358, (4, 2): 28183773}
    content = {f"{v}19110108{t}": value for (v, t), value in values.items()}
    return json.dumps({
        "status": "OK", "data-availability": "available",
        "var": [{"val": 1911, "label": "Penduduk Berumur 15 Tahun Ke Atas yang Bekerja Selama "
                 "Seminggu yang Lalu Menurut Status Pekerjaan Utama", "unit": "Orang",
                 "subj": "Tenaga Kerja", "def": "", "decimal": 0, "note": ""}],
        "turvar": [{"val": 0, "label": "Tidak ada"}], "labelvervar": "Status Pekerjaan Utama",
        "vervar": vervar,
        "tahun": [{"val": 108, "label": "2008"}],
        "turtahun": [{"val": 1, "label": "Februari"}, {"val": 2, "label": "Agustus"}],
        "datacontent": content,
    }).encode()


PDF_URL = "https://limapuluhkotakab.go.id/dokumen/lkpj-2024-disperinaker.pdf"
