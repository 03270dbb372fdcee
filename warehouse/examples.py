"""One example query per analyst view: shown in docs/warehouse.md, run by the docs test."""

from __future__ import annotations

#: (view, the question it answers, the query). Order is the order of docs/warehouse.md.
VIEW_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    (
        "facts_readable",
        "Which figures did each outlet report for Demak, and from which sentence?",
        """select outlet, metric, segment, value, unit, as_of, evidence
from facts_readable
where area = 'Demak'
order by metric, segment, value""",
    ),
    (
        "observations",
        "Which figures were reported by more than one article (syndicated copies)?",
        """select area, metric, segment, as_of, value, n_articles, sources
from observations
order by n_articles desc, area, metric
limit 20""",
    ),
    (
        "time_series",
        "What was the coverage rate of Kediri branch over time, and do the articles agree?",
        """select as_of, reported_values, disagree, n_articles
from time_series
where area = 'Kediri' and area_type = 'branch' and metric = 'coverage_rate'
order by period_end""",
    ),
    (
        "latest_values",
        "What is the latest number of participants per area?",
        """select area, area_type, as_of, value, disagree
from latest_values
where metric = 'participants' and segment = 'all' and unit = 'count'
order by value desc""",
    ),
    (
        "coverage_rates",
        "Coverage rates per area, stated or derived from participants and workforce?",
        """select area, segment, as_of, rate, derived, participants, workforce
from coverage_rates
order by area, as_of""",
    ),
    (
        "targets_vs_actuals",
        "How far is each area from its targets?",
        """select area, metric, segment, target_year, target_value, actual_value, achieved_pct
from targets_vs_actuals
order by target_year, area""",
    ),
    (
        "source_health",
        "Which sources have gone stale, and what was their last error?",
        """select source_id, last_success_at, last_error, failures_7d
from source_health
where stale
order by source_id""",
    ),
    (
        "data_quality",
        "What needs a look: flags, quarantine reasons, stale sources, parse errors?",
        """select category, item, n, detail
from data_quality
order by category, n desc""",
    ),
    (
        "parse_errors",
        "Which pages failed to parse, most recent first?",
        """select source_id, url, error, parser_version
from parse_errors
order by loaded_at desc""",
    ),
    (
        "fact_versions",
        "What did earlier parser versions say for an area, and when was it replaced?",
        """select parser_version, metric, segment, value, is_current, superseded_at
from fact_versions
where area = 'Demak'
order by metric, segment, parser_version""",
    ),
    (
        "facts_lineage",
        "Where does each official figure come from: dataset, table, row and column?",
        """select source_kind, dataset_id, table_title, row_label, column_label, cell_text, value
from facts_lineage
where source_kind <> 'news'
order by dataset_id, row_label, column_label""",
    ),
    (
        "reports_vs_news",
        "Official figures beside the news: same area, metric, segment and period, and the gap?",
        """select area, metric, segment, period, report_value, dataset_id, news_values,
       news_sources, differences, nearest_news_as_of, nearest_news_value
from reports_vs_news
where report_value is not null
order by area, metric, period""",
    ),
)
