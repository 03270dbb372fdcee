-- 003: `values` is an SQL keyword analysts had to quote: time_series and latest_values
-- call the list of distinct values `reported_values` instead.

create or replace view time_series as
select
    area, area_type, metric, segment, unit, as_of, period_grain, period_start, period_end,
    sum(n_articles) as n_articles,
    count(*) as n_values,
    list(value order by value) as reported_values,
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
comment on column time_series.reported_values is 'The distinct values reported, ascending.';
comment on column time_series.n_values is 'How many distinct values were reported.';
comment on column time_series.disagree is 'True when articles report different values for the same period.';
comment on column time_series.min_value is 'Smallest value reported.';
comment on column time_series.max_value is 'Largest value reported.';
comment on column time_series.sources is 'Outlets reporting figures for this period.';
comment on column time_series.last_published is 'Latest publication date among those articles.';

create or replace view latest_values as
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
    r.n_articles, t.reported_values, t.disagree, r.sources, r.last_published
from ranked r
join time_series t
    on t.area = r.area and t.area_type = r.area_type and t.metric = r.metric
   and t.segment = r.segment and t.unit = r.unit and t.as_of = r.as_of
where r.rank = 1;
comment on view latest_values is 'The latest actual value per area, metric, segment and unit: the latest period, and within it the value most articles reported (others shown in reported_values).';
comment on column latest_values.area is 'The office or region.';
comment on column latest_values.area_type is 'Type of the area.';
comment on column latest_values.metric is 'What is counted.';
comment on column latest_values.segment is 'Which workers are counted.';
comment on column latest_values.unit is 'count, percent or idr.';
comment on column latest_values.as_of is 'The latest period reported.';
comment on column latest_values.value is 'The value most articles reported for that period (ties: the most recently published).';
comment on column latest_values.approximate is 'True when every article reporting that value hedged.';
comment on column latest_values.n_articles is 'Articles reporting that value.';
comment on column latest_values.reported_values is 'All distinct values reported for that period.';
comment on column latest_values.disagree is 'True when articles disagree for that period.';
comment on column latest_values.sources is 'Outlets reporting that value.';
comment on column latest_values.last_published is 'Latest publication date among those articles.';
