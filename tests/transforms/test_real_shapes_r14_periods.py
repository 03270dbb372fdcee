"""Issue 13 (helper r14-asof), as_of shapes of real news, each tested on a paraphrase written for
the test (other words, other places, other values)."""

from __future__ import annotations

import datetime as dt

from tests.transforms.real_shapes import TAIL
from transforms.extract import extract
from transforms.text import article_from_text

TITLE = "BPJS Ketenagakerjaan paparkan capaian kepesertaan"


def periods_of(body: str, published: dt.date | None = None,
               today: dt.date | None = None) -> dict[float, str | None]:
    """value -> as_of of the facts of a body under a headline on coverage."""
    text = TITLE + "\n\n" + body + TAIL
    ext = extract(article_from_text(text), published=published)
    return {f.value: f.as_of for f in ext.facts if not f.is_target}


# --- "akhir 2017": the year's last month ----------------------------------------------------


def test_end_of_a_year_is_its_december() -> None:
    got = periods_of("Di Kota Kupang, sampai akhir 2019 tercatat ada 52 ribu peserta aktif.",
                     published=dt.date(2020, 6, 3))
    assert got[52000] == "2019-12"


def test_end_of_the_year_with_tahun_is_its_december() -> None:
    got = periods_of("Hingga akhir tahun 2024, sekitar 81 ribu pekerja di Kabupaten Sumba Timur "
                     "telah terdaftar sebagai peserta BPJS Ketenagakerjaan.",
                     published=dt.date(2025, 1, 20))
    assert got[81000] == "2024-12"


# --- an undated article dates its present figures by the one period it states -------------


def test_undated_article_dates_now_figures_by_its_one_month() -> None:
    got = periods_of(
        "Saat ini jumlah peserta BPJS Ketenagakerjaan di Provinsi Gorontalo mencapai 93.420 "
        "orang dari 540 ribu pekerja.\n\n"
        "Untuk pekerja bukan penerima upah, per Juni 2016 baru tercatat 12.310 peserta.")
    assert got[93420] == "2016-06"
    assert got[540000] == "2016-06"
    assert got[12310] == "2016-06"


def test_undated_article_history_years_do_not_stop_its_data_month() -> None:
    got = periods_of(
        "Sejak tahun 2016 kantor wilayah ini aktif mendorong perusahaan mendaftar.\n\n"
        "Kini kepesertaan di Kabupaten Pesisir Selatan ada sekitar 41 ribu pekerja.\n\n"
        "Data tersebut tercatat hingga Maret 2018.")
    assert got[41000] == "2018-03"


def test_undated_article_dates_now_figures_by_its_one_year() -> None:
    got = periods_of(
        "Saat ini peserta aktif di Kabupaten Sanggau mencapai 38.150 orang.\n\n"
        "Pada tahun 2022 pihaknya juga menggelar sosialisasi di setiap kecamatan.")
    assert got[38150] == "2022"


def test_undated_article_with_a_later_year_than_its_month_stays_unknown() -> None:
    # the month is a past point the figure grew from, not the data's date
    got = periods_of(
        "Saat ini peserta aktif di Kabupaten Sintang mencapai 27.400 orang.\n\n"
        "Jumlah itu naik dari 21.900 pekerja pada Oktober 2021, kata dia usai acara pada 2023.")
    assert got[27400] is None


def test_undated_article_with_two_years_stays_unknown() -> None:
    got = periods_of(
        "Saat ini peserta aktif di Kabupaten Melawi mencapai 19.300 orang.\n\n"
        "Program itu berjalan sejak tahun 2019 dan diperluas pada tahun 2021.")
    assert got[19300] is None


def test_undated_article_target_year_dates_no_figure() -> None:
    got = periods_of(
        "Saat ini peserta aktif di Kabupaten Landak mencapai 15.800 orang.\n\n"
        "Pihaknya menargetkan 25 ribu peserta pada tahun 2026.")
    assert got[15800] is None


def test_undated_article_last_year_figure_is_not_the_article_year() -> None:
    got = periods_of(
        "Pada akhir tahun lalu peserta aktif di Kabupaten Ketapang tercatat 30.200 orang.\n\n"
        "Hingga Mei 2020 jumlahnya sudah mencapai 33.900 orang.")
    assert got[33900] == "2020-05"
    assert got[30200] is None


# --- a weekday with day/month and no year, in an article naming no year ----------------------


def test_latest_weekday_year_is_the_last_fit_up_to_today() -> None:
    from transforms.dates import latest_weekday_year

    # 15 March fell on a Friday in 2024 and 2019; read in 2026 it is 2024
    assert latest_weekday_year(15, 3, 4, dt.date(2026, 6, 1)) == 2024
    # not after today: read on 10 March 2024, it is the Friday of 2019
    assert latest_weekday_year(15, 3, 4, dt.date(2024, 3, 10)) == 2019


def test_weekday_byline_with_no_year_dates_now_figures_up_to_today() -> None:
    text = (TITLE + "\n\nKepala cabang menyampaikan hal itu di Kota Ambon, Jumat (15/3).\n\n"
            "Saat ini peserta aktif di Kota Ambon mencapai 64.700 orang." + TAIL)
    ext = extract(article_from_text(text), today=dt.date(2026, 6, 1))
    assert ext.published == dt.date(2024, 3, 15)
    assert {f.value: f.as_of for f in ext.facts}[64700] == "2024-03"
    # without the day it is read, the article stays undated
    ext = extract(article_from_text(text))
    assert ext.published is None
    assert {f.value: f.as_of for f in ext.facts}[64700] is None


def test_weekday_byline_with_a_year_named_keeps_the_named_years_choice() -> None:
    text = (TITLE + "\n\nKepala cabang menyampaikan hal itu di Kota Ambon, Jumat (15/3).\n\n"
            "Pada tahun 2019 peserta aktif di Kota Ambon mencapai 51.300 orang." + TAIL)
    ext = extract(article_from_text(text), today=dt.date(2026, 6, 1))
    assert ext.published == dt.date(2019, 3, 15)


# --- the period after a denominator's words is the denominator's ----------------------------


def test_year_of_the_total_a_share_is_of_does_not_date_the_share() -> None:
    got = periods_of(
        "Peserta aktif sektor formal di Kabupaten Badung hingga Oktober 2024 tercatat 88 ribu "
        "orang. Sementara peserta bukan penerima upah di Kabupaten Badung baru mencapai 41.300 "
        "pekerja atau sekitar 18,5 persen dari total pekerja informal yang tercatat di BPS pada "
        "2023 sebanyak 223.240 orang.",
        published=dt.date(2024, 11, 20))
    assert got[41300] == "2024-10"
    assert got[18.5] == "2024-10"
    assert got[223240] == "2023"


# --- a survey's year dates the figure it gives ---------------------------------------------


def test_survey_year_dates_its_figure_in_a_later_article() -> None:
    got = periods_of(
        "Pemkab Tabanan meluncurkan program perlindungan pekerja rentan tahun ini. Ia "
        "memaparkan data Survei Angkatan Kerja Nasional (Sakernas) 2023, yang mencatat baru "
        "41,2% pekerja di Kabupaten Tabanan yang terlindungi jaminan sosial.",
        published=dt.date(2024, 10, 2))
    assert got[41.2] == "2023"


# --- time series in one sentence: each value its own year ----------------------------------


def test_series_value_before_tahun_and_a_year_is_no_duration() -> None:
    got = periods_of(
        "Pada 2021, tercatat ada 21,40 juta peserta aktif, 24,15 juta tahun 2022, 27,05 juta "
        "peserta aktif 2023, dan 26,10 juta per Mei 2024.", published=dt.date(2024, 7, 1))
    assert got[24150000] == "2022"
    assert got[21400000] == "2021"
    assert got[26100000] == "2024-05"


def test_series_value_after_a_year_standing_between_rose_and_menjadi() -> None:
    got = periods_of(
        "Tahun 2021 mencatat sebanyak 21.140 peserta di Kota Bima, turun tipis menjadi 20.870 "
        "pada 2022, namun kembali meningkat pada 2023 menjadi 23.310 jiwa.",
        published=dt.date(2024, 7, 1))
    assert got[21140] == "2021"
    assert got[20870] == "2022"
    assert got[23310] == "2023"


# --- a goal's year and a regulation's year date no figure -----------------------------------


def test_goal_year_after_a_rate_does_not_date_it_or_what_follows() -> None:
    got = periods_of(
        "Peserta aktif di Provinsi Jambi hingga Desember 2023 sejumlah 301.200 orang. Dengan "
        "begitu cakupan Provinsi Jambi baru mencapai angka 38,20 %, sehingga diperlukan upaya "
        "bersama untuk meningkatkan capaian di tahun 2024. Pemprov juga telah melindungi 21 "
        "ribu pekerja rentan.")
    assert got[301200] == "2023-12"
    assert got[38.2] == "2023-12"
    assert got[21000] == "2023-12"


def test_regulation_sentence_year_dates_nothing_after_it() -> None:
    got = periods_of(
        "Hingga Agustus 2024, cakupan di Provinsi Gorontalo baru sekitar 31,5 persen. Dasarnya "
        "Pergub Gorontalo Nomor 12 Tahun 2020 dan peraturan bupati di Kabupaten Boalemo pada "
        "tahun 2023. Program itu telah menjangkau 8.400 pekerja rentan di Provinsi Gorontalo.")
    assert got[31.5] == "2024-08"
    assert got[8400] == "2024-08"


# --- "periode sama tahun lalu": the same point a year earlier -------------------------------


def test_same_period_last_year_is_a_year_before_the_period_stated() -> None:
    got = periods_of(
        "Peserta aktif di Kota Bengkulu hingga Juni 2024 ada 88.100 orang, naik dibanding "
        "periode sama tahun lalu yang sejumlah 71.300 orang.", published=dt.date(2024, 8, 2))
    assert got[88100] == "2024-06"
    assert got[71300] == "2023-06"


def test_same_period_last_year_in_the_next_sentence_takes_the_carried_period() -> None:
    got = periods_of(
        "Peserta aktif di Kota Bengkulu hingga Desember 2024 sejumlah 90.400 peserta. Angka itu "
        "meningkat 12%, jika dibandingkan periode sama tahun lalu yang sejumlah 80.700.")
    assert got[80700] == "2023-12"


def test_year_said_again_without_a_figure_keeps_the_month_stated() -> None:
    got = periods_of(
        "Pekerja formal di Kabupaten Lombok Tengah yang terlindungi hingga Juli 2023 sejumlah "
        "61.200 orang. Peningkatan jumlah pekerja yang terlindungi pada 2023 tidak lepas dari "
        "kesadaran perusahaan. Rinciannya terdiri dari 40.100 pekerja penerima upah dan 21.100 "
        "pekerja bukan penerima upah.", published=dt.date(2023, 9, 4))
    assert got[40100] == "2023-07"


# --- "dari A turun menjadi B" after a change stated between two periods ---------------------


def test_segment_changes_take_the_two_periods_of_the_change_stated_before() -> None:
    got = periods_of(
        "Cakupan kepesertaan di Provinsi Maluku Utara di tahun 2022 lalu mencapai 38,10 persen, "
        "sementara per 31 Mei 2023 turun menjadi 33,40 persen. Untuk segmen PU dari 51,20 "
        "persen turun menjadi 47,60 persen, sedangkan segmen BPU dari 22,30 persen turun "
        "menjadi 18,90 persen.", published=dt.date(2023, 6, 20))
    assert got[38.1] == "2022"
    assert got[33.4] == "2023-05"
    assert got[51.2] == "2022" and got[22.3] == "2022"
    assert got[47.6] == "2023-05" and got[18.9] == "2023-05"


def test_change_without_periods_stated_before_keeps_the_carried_period() -> None:
    got = periods_of(
        "Hingga Mei 2023 cakupan di Provinsi Maluku Utara 33,40 persen. Untuk segmen PU dari "
        "51,20 persen turun menjadi 47,60 persen.", published=dt.date(2023, 6, 20))
    assert got[47.6] == "2023-05"


def test_value_a_rise_started_from_takes_the_period_closing_its_words() -> None:
    got = periods_of(
        "Pada 2024, tercatat sebanyak 418 peserta di Kota Palu telah menerima santunan dengan "
        "total nilai Rp15,2 miliar, meningkat tajam dari 151 peserta dengan nilai Rp5,4 miliar "
        "pada 2023.", published=dt.date(2025, 2, 1))
    assert got[418] == "2024"
    assert got[151] == "2023"


def test_point_compared_with_after_the_figure_does_not_date_it() -> None:
    got = periods_of(
        "Menurut BPS, jumlah angkatan kerja Provinsi Bengkulu pada Agustus 2023 tercatat 1,08 "
        "juta orang. Persentase penduduk yang bekerja di kegiatan formal mencapai 38,12 persen "
        "(391,40 ribu orang), meningkat 2,10 persen poin jika dibandingkan Agustus 2022.",
        published=dt.date(2023, 11, 6))
    assert got[391400] == "2023-08"


def test_undated_article_range_of_years_is_no_data_year() -> None:
    got = periods_of(
        "Peserta aktif BPJS Ketenagakerjaan Tahun 2021 di Kabupaten Kapuas Hulu\n\n"
        "Hingga saat ini sudah terdaftar sebanyak 12.600 pekerja rentan di Kabupaten Kapuas "
        "Hulu. Pedoman penyusunan APBD 2020-2021 mencakup perlindungan pekerja rentan.")
    assert got[12600] == "2021"


def test_undated_article_budget_in_brackets_gives_its_year() -> None:
    got = periods_of(
        "Pemkab Bangli mendaftarkan sebanyak 1.240 pekerja rentan dalam program jaminan sosial "
        "ketenagakerjaan. Sebelumnya Pemkab Bangli menganggarkan dana pada Anggaran Pendapatan "
        "dan Belanja Daerah (APBD) Perubahan 2024.")
    assert got[1240] == "2024"


def test_undated_article_year_of_an_achievement_against_a_target_dates_it() -> None:
    got = periods_of(
        "Cakupan jaminan sosial di Provinsi Gorontalo tahun 2022 telah mencapai 71,20 persen "
        "dari target.\n\n"
        "Saat ini tenaga kerja di Provinsi Gorontalo yang telah dilindungi mencapai 212.400 "
        "orang.")
    assert got[212400] == "2022"


def test_now_figure_dated_by_the_month_the_next_sentence_points_back_to() -> None:
    got = periods_of(
        "Cakupan di Provinsi Bangka Belitung per 31 Mei 2023 turun menjadi 29,10 persen.\n\n"
        "\"Jadi saat ini jumlah peserta kita sekitar 301.400 peserta aktif di Provinsi Bangka "
        "Belitung. Jadi per Mei 2023 itu, ada 140.200 peserta tak aktif,\" katanya.",
        published=dt.date(2023, 6, 23))
    assert got[301400] == "2023-05"


# --- "Tadinya A menjadi B" after a sentence on the participants' growth ----------------------


def test_change_ends_after_participation_growth_are_participants() -> None:
    text = (TITLE + "\n\nUntuk pekerja informal di Kabupaten Jembrana kepesertaan juga "
            "bertumbuh signifikan sebanyak 104,5 persen. Dari 2.710 orang menjadi 5.542 orang."
            + TAIL)
    facts = extract(article_from_text(text), published=dt.date(2023, 2, 1)).facts
    got = {f.value: (f.metric, f.segment, f.as_of) for f in facts}
    assert got[5542] == ("participants", "informal", "2023-02")
    # the value it started from is of an earlier time nobody stated
    assert got[2710] == ("participants", "informal", None)
    assert 104.5 not in got


def test_change_ends_without_a_growth_sentence_before_stay_dropped() -> None:
    text = (TITLE + "\n\nBupati meresmikan pasar baru di Kabupaten Jembrana. Tadinya 8.120 "
            "menjadi 9.400." + TAIL)
    facts = extract(article_from_text(text), published=dt.date(2023, 2, 1)).facts
    assert not any(f.value in (8120, 9400) for f in facts)


# --- parts that add up to a total stated before are of its period --------------------------


def test_box_parts_summing_to_an_earlier_total_take_its_period() -> None:
    got = periods_of(
        "Kepala cabang mengatakan selama 2023 jumlah peserta aktif di Kota Magelang sebanyak "
        "51.400 tenaga kerja.\n\n"
        "Dari jumlah tersebut, peserta aktif hingga awal Januari 2024 terdiri dari penerima upah "
        "sebanyak 40.200 pekerja dan bukan penerima upah sebanyak 19.300 pekerja.\n\n"
        "CAKUPAN KOTA MAGELANG\n\n"
        "Penerima Upah : 30.100 orang.\n\n"
        "Bukan Penerima Upah (BPU) : 21.300 orang.", published=dt.date(2024, 1, 8))
    assert got[51400] == "2023"
    assert got[40200] == "2024-01"
    assert got[30100] == "2023" and got[21300] == "2023"


def test_box_parts_not_summing_to_a_total_keep_the_carried_period() -> None:
    got = periods_of(
        "Kepala cabang mengatakan selama 2023 jumlah peserta aktif di Kota Magelang sebanyak "
        "51.400 tenaga kerja.\n\n"
        "Hingga awal Januari 2024 pihaknya terus bersosialisasi.\n\n"
        "Penerima Upah : 30.100 orang.\n\n"
        "Bukan Penerima Upah (BPU) : 20.300 orang.", published=dt.date(2024, 1, 8))
    assert got[30100] == "2024-01" and got[20300] == "2024-01"


# --- "per Juli kemarin": the last such month before publication -----------------------------


def test_month_last_is_the_last_such_month_before_publication() -> None:
    got = periods_of(
        "Ada 1,2 juta tenaga kerja di Provinsi Jawa Timur yang masih aktif sebagai peserta. "
        "\"Ini data per Juli kemarin,\" katanya.", published=dt.date(2019, 9, 2))
    assert got[1200000] == "2019-07"
    got = periods_of("Hingga Oktober lalu peserta aktif di Kota Kediri tercatat 88.400 orang.",
                     published=dt.date(2020, 2, 3))
    assert got[88400] == "2019-10"


# --- the figures of one target share its year ----------------------------------------------


def test_target_restated_with_its_share_gives_the_share_its_year() -> None:
    text = (TITLE + "\n\nPADANG - Sejuta pekerja di Provinsi Jambi ditargetkan terlindungi "
            "BPJS Ketenagakerjaan hingga akhir tahun 2026.\n\n\"Kita menargetkan bisa mencapai "
            "sejuta peserta atau 31 persen dari jumlah angkatan kerja di Provinsi Jambi,\" "
            "katanya." + TAIL)
    facts = extract(article_from_text(text), published=dt.date(2025, 10, 14)).facts
    got = {f.value: f.target_year for f in facts if f.is_target}
    assert got[1000000] == 2026
    assert got[31] == 2026


def test_target_an_achievement_is_measured_against_is_this_years() -> None:
    text = (TITLE + "\n\nKepala BPJS Ketenagakerjaan Cabang Tanjung Pinang menyampaikan bahwa "
            "untuk peserta penerima upah capaian telah mencapai 91 persen dari target 84 ribu "
            "pekerja." + TAIL)
    facts = extract(article_from_text(text), published=dt.date(2024, 8, 5)).facts
    got = {f.value: f.target_year for f in facts if f.is_target}
    assert got[84000] == 2024


def test_same_measure_in_another_year_of_one_sentence() -> None:
    got = periods_of(
        "Peserta pekerja rentan di Kabupaten Bangkalan tahun 2021 berjumlah 870 orang dan tahun "
        "ini 1.140 orang. Nelayan yang didaftarkan program BPJS Ketenagakerjaan di Kabupaten "
        "Bangkalan pada 2021 sebanyak 212 orang dan tahun 2022 205 orang.",
        published=dt.date(2023, 10, 16))
    assert got[870] == "2021" and got[1140] == "2023"
    assert got[212] == "2021" and got[205] == "2022"


def test_data_year_dates_the_figure_it_records() -> None:
    got = periods_of(
        "Jumlah peserta aktif di Kota Ternate tahun ini mencapai 41.300 orang, padahal data "
        "2022 mencatat 36.900 peserta.", published=dt.date(2023, 10, 16))
    assert got[41300] == "2023"
    assert got[36900] == "2022"


# --- an undated article that states no period: the one year it names -----------------------


def _undated(body: str, today: dt.date | None) -> dict[float, str | None]:
    text = TITLE + "\n\n" + body + TAIL
    ext = extract(article_from_text(text), today=today)
    return {f.value: f.as_of for f in ext.facts if not f.is_target}


CONTEXT = ("Kejati Riau dan BPJS Ketenagakerjaan luncurkan rencana aksi 2024.\n\n"
           "Dalam RPJMD 2024-2029 perlindungan pekerja menjadi prioritas, sesuai UU No. 24 Tahun "
           "2011.\n\nSaat ini perlindungan di Provinsi Riau baru mencapai 31,40% atau sekitar "
           "612.300 tenaga kerja, jauh dari target 2024 sebesar 45%.")


def test_undated_article_naming_one_year_dates_its_now_figures() -> None:
    got = _undated(CONTEXT, dt.date(2026, 12, 1))
    assert got[31.4] == "2024" and got[612300] == "2024"


def test_undated_article_context_year_needs_the_day_it_is_read() -> None:
    assert _undated(CONTEXT, None)[612300] is None


def test_undated_article_naming_a_year_after_today_stays_unknown() -> None:
    got = _undated(CONTEXT.replace("2024", "2030"), dt.date(2026, 12, 1))
    assert got[612300] is None


def test_undated_article_naming_two_years_stays_unknown() -> None:
    got = _undated(CONTEXT + " Program itu dimulai pada 2022.", dt.date(2026, 12, 1))
    assert got[612300] is None


def test_undated_article_target_year_is_its_year_when_it_states_no_other() -> None:
    got = _undated("Potensi pekerja bukan penerima upah di Provinsi Jambi sebanyak 1,4 juta "
                   "orang, hanya tercatat 38.000 peserta.\n\nSementara target peserta dari "
                   "sektor nonformal pada tahun 2016 di Provinsi Jambi mencapai 90.000 orang.",
                   dt.date(2026, 12, 1))
    assert got[1400000] == "2016" and got[38000] == "2016"
