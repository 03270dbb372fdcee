-- 009: regional reports (issue 14). Facts read from official tables live in `facts` like news
-- facts; `report_facts` holds their report lineage (dataset, address, row, column, table title,
-- definition, kind). A news fact has no row here: its source_kind is news.

create table report_facts (
    fact_id varchar primary key,
    article_id varchar not null,
    source_kind varchar not null,
    dataset_id varchar not null,
    address varchar,
    row_label varchar,
    column_label varchar,
    table_title varchar,
    definition varchar,
    cell_text varchar,
    area_code_stated varchar,
    scale double,
    loaded_at timestamptz not null
);
comment on table report_facts is 'The report lineage of facts read from official tables (regional reports): one row per fact or quarantined fact, replaced with its document like facts.';
comment on column report_facts.fact_id is 'The fact (facts.fact_id or quarantine.fact_id).';
comment on column report_facts.article_id is 'The landed document the table was read from (articles.article_id: one document, one row).';
comment on column report_facts.source_kind is 'How the document was read: ckan, html_table, json_rows, bps or pdf_table.';
comment on column report_facts.dataset_id is 'The dataset: the source id in sources.toml, or the portal''s dataset id when the entry names one.';
comment on column report_facts.address is 'The address the document was fetched from (a BPS key is never stored: {key} stands in its place).';
comment on column report_facts.row_label is 'The row label of the cell (Pekerja), or the measure column of tidy rows (jumlah_peserta).';
comment on column report_facts.column_label is 'The column of the cell (2023, Realisasi 2022, Kepesertaan Aktif).';
comment on column report_facts.table_title is 'The table''s title (from the mapping, or as the document states it).';
comment on column report_facts.definition is 'The definition the document or the mapping gives for the figure.';
comment on column report_facts.cell_text is 'The cell as written (1.233, 72,81): the number format is decided by the unit.';
comment on column report_facts.area_code_stated is 'The area code the document states (kode_kabupaten_kota 3201), if any.';
comment on column report_facts.scale is 'Multiplier applied to the cell: the mapping''s, or the title''s unit such as (Ribu Jiwa) = 1000.';
comment on column report_facts.loaded_at is 'When this lineage row was loaded.';

create view facts_lineage as
select
    f.fact_id, coalesce(r.source_kind, 'news') as source_kind, f.source_id,
    r.dataset_id, f.url as address, r.table_title, r.row_label, r.column_label, r.definition,
    r.cell_text, f.area, f.area_type, f.area_code, f.area_mention, f.metric, f.segment,
    f.value, f.unit, f.is_target, f.target_year, f.as_of, f.evidence, f.flags, f.article_id,
    f.raw_sha256, f.parser_version, f.run_id
from facts f
left join report_facts r using (fact_id);
comment on view facts_lineage is 'Every current fact with its source kind (news or a report kind) and, for report facts, the dataset, row, column, table title and definition it was read from.';
comment on column facts_lineage.fact_id is 'Id of the fact.';
comment on column facts_lineage.source_kind is 'news, or the report kind: ckan, html_table, json_rows, bps, pdf_table.';
comment on column facts_lineage.source_id is 'The source in sources.toml (outlet or dataset).';
comment on column facts_lineage.dataset_id is 'The dataset (null for news).';
comment on column facts_lineage.address is 'URL of the article or of the report document.';
comment on column facts_lineage.table_title is 'Title of the table (null for news).';
comment on column facts_lineage.row_label is 'Row label of the cell (null for news).';
comment on column facts_lineage.column_label is 'Column of the cell (null for news).';
comment on column facts_lineage.definition is 'Definition of the figure given by the report (null for news).';
comment on column facts_lineage.cell_text is 'The cell as written (null for news: see value_text in facts).';
comment on column facts_lineage.area is 'The office or region.';
comment on column facts_lineage.area_type is 'Type of the area.';
comment on column facts_lineage.area_code is 'Official code of the area.';
comment on column facts_lineage.area_mention is 'The area as the article or the table spells it.';
comment on column facts_lineage.metric is 'What is counted.';
comment on column facts_lineage.segment is 'Which workers are counted.';
comment on column facts_lineage.value is 'The figure.';
comment on column facts_lineage.unit is 'count, percent or idr.';
comment on column facts_lineage.is_target is 'True for a target.';
comment on column facts_lineage.target_year is 'The year a target is for.';
comment on column facts_lineage.as_of is 'The period the figure describes.';
comment on column facts_lineage.evidence is 'The sentence (news) or the cell with its row and column (reports).';
comment on column facts_lineage.flags is 'Flags of the fact.';
comment on column facts_lineage.article_id is 'The article or report document.';
comment on column facts_lineage.raw_sha256 is 'Hash of the landed page or document.';
comment on column facts_lineage.parser_version is 'Parser version that read it.';
comment on column facts_lineage.run_id is 'Run that loaded it.';

create view reports_vs_news as
with report as (
    select f.area, f.area_type, f.metric, f.segment, f.unit, f.as_of, f.value, f.url,
           r.dataset_id, r.source_kind, r.table_title
    from facts f join report_facts r using (fact_id)
    where not f.is_target and f.as_of is not null
),
news as (
    select f.area, f.area_type, f.metric, f.segment, f.unit, f.as_of, f.value, f.url,
           coalesce(s.name, f.source_id) as outlet
    from facts f
    left join sources s on s.source_id = f.source_id
    where not f.is_target and f.as_of is not null
      and not exists (select 1 from report_facts r where r.fact_id = f.fact_id)
),
same_period as (
    select area, area_type, metric, segment, unit, as_of,
           list(distinct value order by value) as news_values,
           list(distinct outlet order by outlet) as news_sources,
           list(distinct url order by url) as news_urls
    from news group by all
),
nearest as (
    select r.area, r.area_type, r.metric, r.segment, r.unit, r.as_of,
           arg_min(n.as_of, abs(date_diff('day', try_cast(rpad(n.as_of, 10, '-01') as date),
                                          try_cast(rpad(r.as_of, 10, '-01') as date))))
               as nearest_news_as_of,
           arg_min(n.value, abs(date_diff('day', try_cast(rpad(n.as_of, 10, '-01') as date),
                                          try_cast(rpad(r.as_of, 10, '-01') as date))))
               as nearest_news_value
    from report r
    join news n using (area, area_type, metric, segment, unit)
    group by all
)
select
    coalesce(r.area, p.area) as area, coalesce(r.area_type, p.area_type) as area_type,
    coalesce(r.metric, p.metric) as metric, coalesce(r.segment, p.segment) as segment,
    coalesce(r.unit, p.unit) as unit, coalesce(r.as_of, p.as_of) as period,
    r.value as report_value, r.dataset_id, r.source_kind, r.table_title, r.url as report_url,
    p.news_values, p.news_sources, p.news_urls,
    list_transform(p.news_values, lambda v: v - r.value) as differences,
    case when r.value is not null and len(p.news_values) > 0
         then list_sort(list_transform(p.news_values, lambda v: abs(v - r.value)))[1] end
        as min_abs_difference,
    q.nearest_news_as_of, q.nearest_news_value
from report r
full outer join same_period p
    on p.area = r.area and p.area_type = r.area_type and p.metric = r.metric
   and p.segment = r.segment and p.unit = r.unit and p.as_of = r.as_of
left join nearest q
    on q.area = r.area and q.area_type = r.area_type and q.metric = r.metric
   and q.segment = r.segment and q.unit = r.unit and q.as_of = r.as_of;
comment on view reports_vs_news is 'Official figures beside the news, per area, metric, segment, unit and period: the report''s value, the values news articles gave for the same period with their outlets, and the differences; the nearest news figure in time when no article gives the same period.';
comment on column reports_vs_news.area is 'The region (report and news areas resolve through the same gazetteer: code 3201 and Kabupaten Bogor are one area).';
comment on column reports_vs_news.area_type is 'Type of the area.';
comment on column reports_vs_news.metric is 'What is counted.';
comment on column reports_vs_news.segment is 'Which workers are counted.';
comment on column reports_vs_news.unit is 'count, percent or idr.';
comment on column reports_vs_news.period is 'The period (YYYY or YYYY-MM) both sides describe.';
comment on column reports_vs_news.report_value is 'The official figure (null when only news give one for this period).';
comment on column reports_vs_news.dataset_id is 'The dataset the official figure comes from.';
comment on column reports_vs_news.source_kind is 'How the report was read (ckan, html_table, json_rows, bps, pdf_table).';
comment on column reports_vs_news.table_title is 'Title of the report''s table.';
comment on column reports_vs_news.report_url is 'Address of the report document.';
comment on column reports_vs_news.news_values is 'Distinct values news articles gave for the same period (null when none did).';
comment on column reports_vs_news.news_sources is 'Outlets that gave them.';
comment on column reports_vs_news.news_urls is 'Articles that gave them.';
comment on column reports_vs_news.differences is 'Each news value minus the report value, in the order of news_values.';
comment on column reports_vs_news.min_abs_difference is 'The smallest absolute difference between a news value and the report value.';
comment on column reports_vs_news.nearest_news_as_of is 'The period of the news figure nearest in time for the same area, metric and segment (any period).';
comment on column reports_vs_news.nearest_news_value is 'That news figure.';
