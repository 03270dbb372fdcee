"""Write the small LKPJ-style PDF the pdf_table tests serve and the shipped sample lands.

    .venv/bin/python -m tests.reports.make_pdf

No PDF sample was stored, so this builds one from the Lima Puluh Kota IKD rows
(`../shared/reports/samples/opendata_limapuluhkotakab_ikd_disperinaker.txt`): the Jamsostek
indicator with its realisations by year (targets are not published there: "-"), one more
indicator, and a signature block with a name and a NIP under the table (dummy digits), which
the reader must never ingest. fpdf2 draws ruled cells, which pdfplumber reads as a table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

PDF_PATH = Path(__file__).with_name("lkpj_limapuluhkota_2024.pdf")
HEADER = ("No", "Indikator", "Satuan", "Target 2022", "Realisasi 2022", "Target 2023",
          "Realisasi 2023", "Target 2024", "Realisasi 2024")
ROWS = (
    ("1", "Besaran pekerja/buruh yang menjadi peserta program Jamsostek", "orang", "-", "5,748",
     "-", "6,928", "-", "13,482"),
    ("2", "Tingkat pengangguran terbuka", "%", "-", "3,72", "-", "3,95", "-", "3,68"),
)


def build() -> bytes:
    """The PDF's bytes (a fixed creation date: the same bytes every time)."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_creation_date(dt.datetime(2026, 11, 21, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 8, "LKPJ Kabupaten Lima Puluh Kota Tahun 2024 - Urusan Tenaga Kerja",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=8)
    widths = (10, 90, 18, 22, 26, 22, 26, 22, 26)
    for row in (HEADER, *ROWS):
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 8, text, border=1)
        pdf.ln()
    pdf.ln(12)
    pdf.cell(0, 6, "Sarilamak, 31 Maret 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Kepala Dinas Perindustrian dan Tenaga Kerja", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "NAMA PEJABAT, S.E.", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "NIP 00000000 000000 0 000", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def main() -> None:
    """Rewrite the fixture next to this file."""
    PDF_PATH.write_bytes(build())
    print(PDF_PATH.name, PDF_PATH.stat().st_size, "bytes")


if __name__ == "__main__":
    main()
