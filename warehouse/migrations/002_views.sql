-- 002: the analyst views. Each view's example query is in warehouse/examples.py
-- (docs/warehouse.md shows them; tests/warehouse/test_docs.py runs every one).

create view facts_readable as
select
    f.area, f.area_type, ar.parent as parent_area, f.metric, f.segment, f.value, f.unit,
    f.value_text, f.approximate, f.is_target, f.target_year, f.as_of, f.published,
    coalesce(s.name, f.source_id) as outlet, a.title, f.url, f.evidence, f.flags,
    f.fact_id, f.article_id, f.raw_sha256, f.parser_version, f.run_id, f.loaded_at
from facts f
left join articles a on a.article_id = f.article_id
left join sources s on s.source_id = f.source_id
left join areas ar on ar.name = f.area and ar.area_type = f.area_type;
comment on view facts_readable is 'The current facts with their article, outlet and parent area, ready to read.';
comment on column facts_readable.area is 'The office or region the figure describes.';
comment on column facts_readable.area_type is 'national, regional_office, province, regency, city, branch, ...';
comment on column facts_readable.parent_area is 'The parent area in the gazetteer (null if unknown).';
comment on column facts_readable.metric is 'What is counted.';
comment on column facts_readable.segment is 'Which workers are counted.';
comment on column facts_readable.value is 'The figure as a number.';
comment on column facts_readable.unit is 'count, percent or idr.';
comment on column facts_readable.value_text is 'The number as spelt in the article.';
comment on column facts_readable.approximate is 'True when the text hedges.';
comment on column facts_readable.is_target is 'True for a target.';
comment on column facts_readable.target_year is 'The year a target is for.';
comment on column facts_readable.as_of is 'The period the figure describes.';
comment on column facts_readable.published is 'Publication date of the article.';
comment on column facts_readable.outlet is 'The outlet that published the article (source name).';
comment on column facts_readable.title is 'Headline of the article.';
comment on column facts_readable.url is 'URL of the article.';
comment on column facts_readable.evidence is 'The sentence the figure was read from.';
comment on column facts_readable.flags is 'Reconciliation and plausibility flags.';
comment on column facts_readable.fact_id is 'Id of the fact.';
comment on column facts_readable.article_id is 'Id of the article.';
comment on column facts_readable.raw_sha256 is 'Hash of the landed page.';
comment on column facts_readable.parser_version is 'Parser version that read the figure.';
comment on column facts_readable.run_id is 'Run that loaded the figure.';
comment on column facts_readable.loaded_at is 'When the figure was loaded.';

create view observations as
select
    area, area_type, metric, segment, unit, as_of,
    case length(as_of) when 4 then 'year' when 7 then 'month' when 10 then 'day' end
        as period_grain,
    case length(as_of)
        when 4 then make_date(try_cast(as_of as integer), 1, 1)
        when 7 then try_cast(as_of || '-01' as date)
        when 10 then try_cast(as_of as date)
    end as period_start,
    case length(as_of)
        when 4 then make_date(try_cast(as_of as integer), 12, 31)
        when 7 then last_day(try_cast(as_of || '-01' as date))
        when 10 then try_cast(as_of as date)
    end as period_end,
    value,
    bool_and(approximate) as approximate,
    count(distinct article_id) as n_articles,
    list(distinct source_id order by source_id) as sources,
    list(distinct url order by url) as urls,
    list(distinct fact_id order by fact_id) as fact_ids,
    min(published) as first_published,
    max(published) as last_published
from facts
where not is_target and as_of is not null
group by all;
comment on view observations is 'One row per distinct actual figure (area, metric, segment, unit, period, value): syndicated copies of the same figure are one observation with all their sources.';
comment on column observations.area is 'The office or region.';
comment on column observations.area_type is 'Type of the area.';
comment on column observations.metric is 'What is counted.';
comment on column observations.segment is 'Which workers are counted.';
comment on column observations.unit is 'count, percent or idr.';
comment on column observations.as_of is 'The period as stated (YYYY, YYYY-MM or YYYY-MM-DD).';
comment on column observations.period_grain is 'year, month or day.';
comment on column observations.period_start is 'First day of the period.';
comment on column observations.period_end is 'Last day of the period.';
comment on column observations.value is 'The figure.';
comment on column observations.approximate is 'True when every article reporting it hedged.';
comment on column observations.n_articles is 'How many articles reported this figure.';
comment on column observations.sources is 'The outlets that reported it.';
comment on column observations.urls is 'The articles that reported it.';
comment on column observations.fact_ids is 'The facts behind the observation.';
comment on column observations.first_published is 'Earliest publication date among those articles.';
comment on column observations.last_published is 'Latest publication date among those articles.';

create view time_series as
select
    area, area_type, metric, segment, unit, as_of, period_grain, period_start, period_end,
    sum(n_articles) as n_articles,
    count(*) as n_values,
    list(value order by value) as "values",
    count(*) > 1 as disagree,
    min(value) as min_value,
    max(value) as max_value,
    list_sort(list_distinct(flatten(list(sources)))) as sources,
    max(last_published) as last_published
from observations
group by all;
comment on view time_series is 'Actual figures per area, metric, segment and period: how many articles reported them, the distinct values and whether they disagree (never averaged).';
comment on column time_series.area is 'The office or region.';
comment on column time_series.area_type is 'Type of the area.';
comment on column time_series.metric is 'What is counted.';
comment on column time_series.segment is 'Which workers are counted.';
comment on column time_series.unit is 'count, percent or idr.';
comment on column time_series.as_of is 'The period as stated.';
comment on column time_series.period_grain is 'year, month or day.';
comment on column time_series.period_start is 'First day of the period.';
comment on column time_series.period_end is 'Last day of the period.';
comment on column time_series.n_articles is 'Articles reporting a figure for this period (an article counts once per distinct value).';
comment on column time_series."values" is 'The distinct values reported, ascending.';
comment on column time_series.n_values is 'How many distinct values were reported.';
comment on column time_series.disagree is 'True when articles report different values for the same period.';
comment on column time_series.min_value is 'Smallest value reported.';
comment on column time_series.max_value is 'Largest value reported.';
comment on column time_series.sources is 'Outlets reporting figures for this period.';
comment on column time_series.last_published is 'Latest publication date among those articles.';

create view latest_values as
with ranked as (
    select
        o.*,
        row_number() over (
            partition by area, area_type, metric, segment, unit
            order by period_end desc, n_articles desc, last_published desc nulls last, value
        ) as rank
    from observations o
)
select
    r.area, r.area_type, r.metric, r.segment, r.unit, r.as_of, r.value, r.approximate,
    r.n_articles, t."values", t.disagree, r.sources, r.last_published
from ranked r
join time_series t
    on t.area = r.area and t.area_type = r.area_type and t.metric = r.metric
   and t.segment = r.segment and t.unit = r.unit and t.as_of = r.as_of
where r.rank = 1;
comment on view latest_values is 'The latest actual value per area, metric, segment and unit: the latest period, and within it the value most articles reported (others shown in values).';
comment on column latest_values.area is 'The office or region.';
comment on column latest_values.area_type is 'Type of the area.';
comment on column latest_values.metric is 'What is counted.';
comment on column latest_values.segment is 'Which workers are counted.';
comment on column latest_values.unit is 'count, percent or idr.';
comment on column latest_values.as_of is 'The latest period reported.';
comment on column latest_values.value is 'The value most articles reported for that period (ties: the most recently published).';
comment on column latest_values.approximate is 'True when every article reporting that value hedged.';
comment on column latest_values.n_articles is 'Articles reporting that value.';
comment on column latest_values."values" is 'All distinct values reported for that period.';
comment on column latest_values.disagree is 'True when articles disagree for that period.';
comment on column latest_values.sources is 'Outlets reporting that value.';
comment on column latest_values.last_published is 'Latest publication date among those articles.';

create view coverage_rates as
with reported as (
    select area, area_type, segment, as_of, value as rate, false as derived,
           null::double as participants, null::double as workforce, approximate,
           article_id, url
    from facts
    where metric = 'coverage_rate' and unit = 'percent' and not is_target
),
counts as (
    select article_id, url, area, area_type, segment, as_of, metric,
           arg_min(value, approximate::integer) as value, bool_and(approximate) as approximate
    from facts
    where metric in ('participants', 'workforce') and unit = 'count' and not is_target
    group by all
),
derived as (
    select p.area, p.area_type, p.segment, p.as_of,
           round(100.0 * p.value / w.value, 2) as rate, true as derived,
           p.value as participants, w.value as workforce,
           p.approximate or w.approximate as approximate, p.article_id, p.url
    from counts p
    join counts w
      on w.article_id = p.article_id and w.area = p.area and w.area_type = p.area_type
     and w.segment = p.segment and w.as_of is not distinct from p.as_of
     and w.metric = 'workforce'
    where p.metric = 'participants' and w.value > 0
      and not exists (
          select 1 from reported r
          where r.article_id = p.article_id and r.area = p.area and r.area_type = p.area_type
            and r.segment = p.segment and r.as_of is not distinct from p.as_of)
)
select * from reported
union all
select * from derived;
comment on view coverage_rates is 'Coverage rates: as reported, plus derived as 100 * participants / workforce where an article gives both counts for the same area, segment and period but no rate (derived = true).';
comment on column coverage_rates.area is 'The office or region.';
comment on column coverage_rates.area_type is 'Type of the area.';
comment on column coverage_rates.segment is 'Which workers the rate is about.';
comment on column coverage_rates.as_of is 'The period.';
comment on column coverage_rates.rate is 'Percent of workers covered.';
comment on column coverage_rates.derived is 'True when computed from the article''s counts, false when the article states the rate.';
comment on column coverage_rates.participants is 'Participants count used (derived rows only).';
comment on column coverage_rates.workforce is 'Workforce count used (derived rows only).';
comment on column coverage_rates.approximate is 'True when the rate or a count it uses is hedged.';
comment on column coverage_rates.article_id is 'The article the rate or counts come from.';
comment on column coverage_rates.url is 'URL of that article.';

create view targets_vs_actuals as
with targets as (
    select area, area_type, metric, segment, unit, target_year, value as target_value,
           count(distinct article_id) as n_articles,
           list(distinct source_id order by source_id) as sources,
           max(published) as last_published
    from facts
    where is_target
    group by all
),
actuals as (
    select area, area_type, metric, segment, unit, year(period_end) as year, as_of, value,
           row_number() over (
               partition by area, area_type, metric, segment, unit, year(period_end)
               order by period_end desc, n_articles desc, last_published desc nulls last, value
           ) as rank
    from observations
)
select
    t.area, t.area_type, t.metric, t.segment, t.unit, t.target_year, t.target_value,
    a.value as actual_value, a.as_of as actual_as_of,
    round(100.0 * a.value / nullif(t.target_value, 0), 1) as achieved_pct,
    t.n_articles, t.sources, t.last_published
from targets t
left join actuals a
    on a.rank = 1 and a.area = t.area and a.area_type = t.area_type and a.metric = t.metric
   and a.segment = t.segment and a.unit = t.unit and a.year = t.target_year;
comment on view targets_vs_actuals is 'Each target against the latest actual figure of the same area, metric, segment and unit within the target year (null until one is reported).';
comment on column targets_vs_actuals.area is 'The office or region.';
comment on column targets_vs_actuals.area_type is 'Type of the area.';
comment on column targets_vs_actuals.metric is 'What is counted.';
comment on column targets_vs_actuals.segment is 'Which workers are counted.';
comment on column targets_vs_actuals.unit is 'count, percent or idr.';
comment on column targets_vs_actuals.target_year is 'The year the target is for (null if not stated).';
comment on column targets_vs_actuals.target_value is 'The target.';
comment on column targets_vs_actuals.actual_value is 'The latest actual reported within the target year.';
comment on column targets_vs_actuals.actual_as_of is 'The period of that actual.';
comment on column targets_vs_actuals.achieved_pct is '100 * actual / target, rounded to 0.1.';
comment on column targets_vs_actuals.n_articles is 'Articles stating the target.';
comment on column targets_vs_actuals.sources is 'Outlets stating the target.';
comment on column targets_vs_actuals.last_published is 'Latest publication date among those articles.';

create view source_health as
with attempts as (
    select source_id,
           max(attempted_at) as last_attempt_at,
           max(attempted_at) filter (where ok) as last_success_at,
           max(attempted_at) filter (where not ok) as last_error_at,
           arg_max(coalesce(error, error_kind, 'HTTP ' || status), attempted_at)
               filter (where not ok) as last_error,
           count(*) filter (where attempted_at >= now() - interval 7 day) as attempts_7d,
           count(*) filter (where not ok and attempted_at >= now() - interval 7 day)
               as failures_7d
    from fetch_attempts
    group by source_id
),
landed as (
    select source_id, max(fetched_at) as last_landed_at, count(*) as pages
    from pages group by source_id
),
ids as (
    select source_id from sources
    union select source_id from attempts
    union select source_id from landed
)
select
    i.source_id, s.name, s.verified, a.last_attempt_at,
    greatest(a.last_success_at, l.last_landed_at) as last_success_at,
    a.last_error_at, a.last_error,
    coalesce(a.attempts_7d, 0) as attempts_7d, coalesce(a.failures_7d, 0) as failures_7d,
    coalesce(l.pages, 0) as pages,
    coalesce(greatest(a.last_success_at, l.last_landed_at) < now() - interval 7 day, true)
        as stale
from ids i
left join sources s on s.source_id = i.source_id
left join attempts a on a.source_id = i.source_id
left join landed l on l.source_id = i.source_id
where i.source_id is not null;
comment on view source_health is 'Per source: last attempt, last success, last error, recent failures, and whether it has gone stale (no successful fetch for 7 days).';
comment on column source_health.source_id is 'The source.';
comment on column source_health.name is 'The outlet''s name (null if not in the registry).';
comment on column source_health.verified is 'True when checked by hand.';
comment on column source_health.last_attempt_at is 'Last fetch attempt.';
comment on column source_health.last_success_at is 'Last successful fetch or landed page.';
comment on column source_health.last_error_at is 'Last failed attempt.';
comment on column source_health.last_error is 'What the last failed attempt said.';
comment on column source_health.attempts_7d is 'Attempts in the last 7 days.';
comment on column source_health.failures_7d is 'Failed attempts in the last 7 days.';
comment on column source_health.pages is 'Pages landed from the source.';
comment on column source_health.stale is 'True when nothing was fetched successfully in 7 days (or ever).';

create view data_quality as
select 'flag' as category, flag as item, count(*) as n, 'facts carrying this flag' as detail
from (select unnest(flags) as flag from facts)
group by flag
union all
select 'quarantine', reason, count(*), 'facts held back for failing this expectation'
from (select unnest(reasons) as reason from quarantine)
group by reason
union all
select 'stale_source', source_id, 1,
       'last success: ' || coalesce(strftime(last_success_at, '%Y-%m-%d %H:%M'), 'never')
from source_health where stale
union all
select 'parse_error', coalesce(source_id, '?'), count(*), 'pages that failed to parse: ' || any_value(error)
from articles where error is not null
group by source_id
union all
select 'disagreement', metric, count(*), 'periods where articles report different values'
from time_series where disagree
group by metric;
comment on view data_quality is 'One table of everything worth a look: fact flags, quarantine counts by reason, stale sources, parse errors and disagreeing figures.';
comment on column data_quality.category is 'flag, quarantine, stale_source, parse_error or disagreement.';
comment on column data_quality.item is 'The flag, the failed expectation, the source or the metric.';
comment on column data_quality.n is 'How many facts, sources, pages or periods.';
comment on column data_quality.detail is 'What n counts, or an example.';

create view parse_errors as
select a.article_id, a.source_id, a.url, a.raw_sha256, a.error, a.parser_version, a.run_id,
       a.loaded_at
from articles a
where a.error is not null;
comment on view parse_errors is 'Pages that failed to parse at their current parser version, with the error.';
comment on column parse_errors.article_id is 'The article.';
comment on column parse_errors.source_id is 'The source.';
comment on column parse_errors.url is 'URL of the page.';
comment on column parse_errors.raw_sha256 is 'Hash of the landed page (raw/pages/...).';
comment on column parse_errors.error is 'Why it failed.';
comment on column parse_errors.parser_version is 'Parser version that failed on it.';
comment on column parse_errors.run_id is 'Run that processed it.';
comment on column parse_errors.loaded_at is 'When that processing was loaded.';

create view fact_versions as
select *, true as is_current, null::timestamptz as superseded_at, null as superseded_by_run
from facts
union all by name
select * exclude (superseded_by_parser), false as is_current
from fact_history;
comment on view fact_versions is 'Current and past versions of every fact, for lineage questions (which parser version said what).';
comment on column fact_versions.fact_id is 'As facts.fact_id.';
comment on column fact_versions.article_id is 'As facts.article_id.';
comment on column fact_versions.source_id is 'As facts.source_id.';
comment on column fact_versions.url is 'As facts.url.';
comment on column fact_versions.raw_sha256 is 'As facts.raw_sha256.';
comment on column fact_versions.parser_version is 'As facts.parser_version.';
comment on column fact_versions.run_id is 'As facts.run_id.';
comment on column fact_versions.published is 'As facts.published.';
comment on column fact_versions.area is 'As facts.area.';
comment on column fact_versions.area_type is 'As facts.area_type.';
comment on column fact_versions.area_code is 'As facts.area_code.';
comment on column fact_versions.area_mention is 'As facts.area_mention.';
comment on column fact_versions.metric is 'As facts.metric.';
comment on column fact_versions.segment is 'As facts.segment.';
comment on column fact_versions.value is 'As facts.value.';
comment on column fact_versions.unit is 'As facts.unit.';
comment on column fact_versions.is_target is 'As facts.is_target.';
comment on column fact_versions.target_year is 'As facts.target_year.';
comment on column fact_versions.as_of is 'As facts.as_of.';
comment on column fact_versions.approximate is 'As facts.approximate.';
comment on column fact_versions.evidence is 'As facts.evidence.';
comment on column fact_versions.evidence_start is 'As facts.evidence_start.';
comment on column fact_versions.evidence_end is 'As facts.evidence_end.';
comment on column fact_versions.value_text is 'As facts.value_text.';
comment on column fact_versions.flags is 'As facts.flags.';
comment on column fact_versions.loaded_at is 'As facts.loaded_at.';
comment on column fact_versions.is_current is 'True for the current version (in facts), false for a superseded one.';
comment on column fact_versions.superseded_at is 'When the version was replaced (null while current).';
comment on column fact_versions.superseded_by_run is 'Run that replaced it (null while current).';
