"""What the report shows, as DataFrames read from the published warehouse (no HTML here).

Each function takes a DuckDB connection and the report's filters (`area`, case-insensitive;
`since`, a year) and returns one DataFrame; every row that becomes a plotted point carries the
`fact_id` of its evidence, so the page can link the point to its sentence and article.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

#: The last day of the period a fact describes (YYYY, YYYY-MM or YYYY-MM-DD), for time axes.
PERIOD_END = """case length({col})
    when 4 then make_date(try_cast({col} as integer), 12, 31)
    when 7 then last_day(try_cast({col} || '-01' as date))
    else try_cast({col} as date) end"""


@dataclass(frozen=True, slots=True)
class Filters:
    """The report's scope: one area (any type), periods from a year on."""

    area: str | None = None
    since: int | None = None

    def sql(self, area_col: str = "area", year_expr: str | None = None) -> tuple[str, list[Any]]:
        """A WHERE fragment (starting with 'and') and its parameters."""
        parts, params = [], []
        if self.area:
            parts.append(f"lower({area_col}) = lower(?)")
            params.append(self.area)
        if self.since is not None and year_expr:
            parts.append(f"coalesce({year_expr}, 9999) >= ?")
            params.append(self.since)
        return "".join(f" and {p}" for p in parts), params


def _df(con: Any, sql: str, params: list[Any]) -> pd.DataFrame:
    """Run a query with parameters and return its frame."""
    return con.execute(sql, params).df()


def coverage_points(con: Any, filters: Filters) -> pd.DataFrame:
    """Coverage rates over time, stated by an article or derived from its two counts."""
    where, params = filters.sql("c.area", "year(period_end)")
    sql = f"""
    with c as (select *, {PERIOD_END.format(col='as_of')} as period_end from coverage_rates)
    select c.area, c.area_type, c.segment, c.as_of, c.period_end, c.rate, c.derived,
           c.participants, c.workforce, c.approximate, c.url,
           (select list(f.fact_id order by f.metric, f.fact_id) from facts f
            where f.article_id = c.article_id and f.area = c.area and f.area_type = c.area_type
              and f.segment = c.segment and f.as_of is not distinct from c.as_of
              and not f.is_target
              and ((not c.derived and f.metric = 'coverage_rate' and f.value = c.rate)
                   or (c.derived and f.metric in ('participants', 'workforce')))) as fact_ids
    from c where c.period_end is not null {where}
    order by c.area, c.segment, c.period_end, c.derived"""
    df = _df(con, sql, params)
    df["fact_id"] = df["fact_ids"].map(lambda ids: ids[0] if len(ids) else None)
    df["kind"] = df["derived"].map({True: "derived from counts", False: "stated"})
    return df


def participant_points(con: Any, filters: Filters) -> pd.DataFrame:
    """Participant counts over time, one point per fact (copies of a figure overlap)."""
    where, params = filters.sql("area", "year(period_end)")
    sql = f"""
    select * from (
      select fact_id, area, area_type, segment, as_of, value, approximate, url,
             {PERIOD_END.format(col='as_of')} as period_end
      from facts
      where metric = 'participants' and unit = 'count' and not is_target)
    where period_end is not null {where}
    order by area, segment, period_end"""
    return _df(con, sql, params)


def targets(con: Any, filters: Filters) -> pd.DataFrame:
    """Each target against the latest actual of its year, with the target's and actual's facts."""
    where, params = filters.sql("t.area", "t.target_year")
    sql = f"""
    select t.area, t.area_type, t.metric, t.segment, t.unit, t.target_year, t.target_value,
           t.actual_value, t.actual_as_of, t.achieved_pct,
           (select min(f.fact_id) from facts f where f.is_target and f.area = t.area
              and f.area_type = t.area_type and f.metric = t.metric and f.segment = t.segment
              and f.unit = t.unit and f.target_year is not distinct from t.target_year
              and f.value = t.target_value) as fact_id,
           (select min(f.fact_id) from facts f where not f.is_target and f.area = t.area
              and f.area_type = t.area_type and f.metric = t.metric and f.segment = t.segment
              and f.unit = t.unit and f.as_of = t.actual_as_of
              and f.value = t.actual_value) as actual_fact_id
    from targets_vs_actuals t where true {where}
    order by t.target_year, t.area, t.metric, t.segment, t.target_value"""
    return _df(con, sql, params)


def latest_per_branch(con: Any, filters: Filters) -> pd.DataFrame:
    """The latest actual figure of every branch office, per metric and segment."""
    where, params = filters.sql("l.area", "try_cast(left(l.as_of, 4) as integer)")
    sql = f"""
    select l.area, l.metric, l.segment, l.unit, l.as_of, l.value, l.disagree, l.n_articles,
           (select min(f.fact_id) from facts f where not f.is_target and f.area = l.area
              and f.area_type = l.area_type and f.metric = l.metric and f.segment = l.segment
              and f.unit = l.unit and f.as_of is not distinct from l.as_of
              and f.value = l.value) as fact_id
    from latest_values l where l.area_type = 'branch' {where}
    order by l.area, l.metric, l.segment"""
    return _df(con, sql, params)


def conflicts(con: Any, filters: Filters) -> pd.DataFrame:
    """Figures that disagree for the same area, metric, segment, unit and period: each article."""
    where, params = filters.sql("f.area", "try_cast(left(f.as_of, 4) as integer)")
    sql = f"""
    select f.area, f.area_type, f.metric, f.segment, f.unit, f.as_of, f.value, f.fact_id,
           f.title, f.url, f.outlet, f.published::varchar as published
    from facts_readable f
    join time_series t on t.disagree and t.area = f.area and t.area_type = f.area_type
      and t.metric = f.metric and t.segment = f.segment and t.unit = f.unit
      and t.as_of = f.as_of
    where not f.is_target {where}
    order by f.area, f.metric, f.segment, f.as_of, f.value, f.fact_id"""
    return _df(con, sql, params)


def quarantine_by_reason(con: Any, filters: Filters) -> pd.DataFrame:
    """Quarantined facts counted by the expectation they failed."""
    where, params = filters.sql("area", "try_cast(left(as_of, 4) as integer)")
    sql = f"""
    select reason, count(*) as facts, any_value(evidence) as example
    from (select unnest(reasons) as reason, evidence from quarantine where true {where})
    group by reason order by facts desc, reason"""
    return _df(con, sql, params)


def failed_pages(con: Any) -> pd.DataFrame:
    """Pages that failed to parse at their current parser version (not filtered by area)."""
    return _df(con, """select source_id, url, error, parser_version, run_id from parse_errors
                       order by loaded_at desc, url""", [])


def evidence(con: Any, fact_ids: list[str]) -> pd.DataFrame:
    """The sentence, article and outlet behind each fact a chart or table links to."""
    if not fact_ids:
        return _df(con, "select * from facts_readable where false", [])
    return _df(con, """select fact_id, area, metric, segment, value, unit, value_text, as_of,
                              is_target, target_year, evidence, title, url, outlet,
                              published::varchar as published
                       from facts_readable where list_contains(?, fact_id)
                       order by area, metric, segment, as_of, fact_id""", [sorted(set(fact_ids))])


def overview(con: Any) -> dict[str, Any]:
    """Counts for the page's header: facts, articles, areas, the latest run."""
    facts, areas = con.execute("select count(*), count(distinct area) from facts").fetchone()
    articles = con.execute("select count(*) from articles").fetchone()[0]
    run = con.execute("select run_id, status, finished_at from runs "
                      "order by started_at desc limit 1").fetchone()
    return {"facts": facts, "areas": areas, "articles": articles,
            "run": run[0] if run else None, "run_status": run[1] if run else None,
            "finished_at": run[2] if run else None}
