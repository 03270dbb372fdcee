-- 001: the core tables: sources, landed pages, articles, facts and their history, quarantine,
-- runs, fetch attempts and the reference tables (areas, metrics, segments).

create table sources (
    source_id varchar primary key,
    name varchar not null,
    base_url varchar,
    discovery_kind varchar,
    discovery_url varchar,
    verified boolean not null default false,
    updated_at timestamptz not null default current_timestamp
);
comment on table sources is 'The news sites cakupan reads (extractors/sources.toml), one row each.';
comment on column sources.source_id is 'Short id of the source, as in sources.toml and raw/manifest.jsonl.';
comment on column sources.name is 'The outlet''s name as readers know it.';
comment on column sources.base_url is 'Home page of the site.';
comment on column sources.discovery_kind is 'How new articles are found: sitemap, rss or listing.';
comment on column sources.discovery_url is 'The sitemap, feed or listing page that discovery reads.';
comment on column sources.verified is 'True when the source was checked by hand to publish BPJS Ketenagakerjaan figures.';
comment on column sources.updated_at is 'When this row last changed.';

create table pages (
    raw_sha256 varchar not null,
    url varchar not null,
    final_url varchar,
    source_id varchar,
    fetched_at timestamptz,
    status integer,
    content_type varchar,
    etag varchar,
    last_modified varchar,
    size bigint,
    primary key (raw_sha256, url)
);
comment on table pages is 'Pages landed in raw/ (the manifest rows): one row per body hash and URL.';
comment on column pages.raw_sha256 is 'sha256 of the body bytes; the file raw/pages/<2 hex>/<sha256>.html.';
comment on column pages.url is 'The URL that was requested.';
comment on column pages.final_url is 'The URL after redirects.';
comment on column pages.source_id is 'The source the page was fetched for.';
comment on column pages.fetched_at is 'When the body was received (UTC).';
comment on column pages.status is 'HTTP status code of the response.';
comment on column pages.content_type is 'Content-Type header of the response.';
comment on column pages.etag is 'ETag header of the response, if any.';
comment on column pages.last_modified is 'Last-Modified header of the response, if any.';
comment on column pages.size is 'Body size in bytes.';

create table articles (
    article_id varchar primary key,
    source_id varchar,
    url varchar,
    raw_sha256 varchar not null,
    title varchar,
    published date,
    published_source varchar,
    relevant boolean not null,
    relevance_reason varchar,
    n_paragraphs integer,
    n_facts integer,
    parser_version varchar not null,
    run_id varchar not null,
    error varchar,
    loaded_at timestamptz not null
);
comment on table articles is 'One row per article (canonical URL): its latest processing. A page that failed to parse keeps a row with its error.';
comment on column articles.article_id is 'First 16 hex of sha256 of the canonical URL (docs/architecture.md).';
comment on column articles.source_id is 'The outlet that published the article.';
comment on column articles.url is 'Canonical URL of the article.';
comment on column articles.raw_sha256 is 'Hash of the landed page the current facts were read from.';
comment on column articles.title is 'Headline of the article.';
comment on column articles.published is 'Publication date used to resolve periods such as saat ini or tahun depan.';
comment on column articles.published_source is 'Where the publication date came from: page, text, weekday, given or unknown.';
comment on column articles.relevant is 'True when the article is about BPJS Ketenagakerjaan coverage.';
comment on column articles.relevance_reason is 'Why the article was judged relevant or not.';
comment on column articles.n_paragraphs is 'Number of body paragraphs the parser kept.';
comment on column articles.n_facts is 'Number of distinct facts the parser read (before validation).';
comment on column articles.parser_version is 'Parser version that produced the current facts.';
comment on column articles.run_id is 'Run that last processed the article.';
comment on column articles.error is 'Why the page could not be parsed (null when it parsed).';
comment on column articles.loaded_at is 'When this processing of the article was loaded.';

create table page_processing (
    raw_sha256 varchar not null,
    parser_version varchar not null,
    article_id varchar not null,
    run_id varchar not null,
    processed_at timestamptz not null,
    primary key (raw_sha256, parser_version, article_id)
);
comment on table page_processing is 'Which landed page was processed at which parser version: incremental runs skip these.';
comment on column page_processing.raw_sha256 is 'Hash of the landed page.';
comment on column page_processing.parser_version is 'Parser version the page was processed with.';
comment on column page_processing.article_id is 'Article the page was read as.';
comment on column page_processing.run_id is 'Run that first processed the page at this version.';
comment on column page_processing.processed_at is 'When that run loaded it.';

create table facts (
    fact_id varchar primary key,
    article_id varchar not null,
    source_id varchar,
    url varchar,
    raw_sha256 varchar not null,
    parser_version varchar not null,
    run_id varchar not null,
    published date,
    area varchar not null,
    area_type varchar not null,
    area_code varchar,
    area_mention varchar,
    metric varchar not null,
    segment varchar not null,
    value double not null,
    unit varchar not null,
    is_target boolean not null,
    target_year integer,
    as_of varchar,
    approximate boolean not null,
    evidence varchar not null,
    evidence_start integer,
    evidence_end integer,
    value_text varchar,
    flags varchar[] not null,
    loaded_at timestamptz not null
);
comment on table facts is 'The current coverage facts: one figure from one article, with full lineage. Replaced per article when its page is re-processed; older versions move to fact_history.';
comment on column facts.fact_id is 'First 16 hex of sha256 of the natural key (article, area, area type, metric, segment, unit, value, target, target year, as_of).';
comment on column facts.article_id is 'The article the figure was read from (articles.article_id).';
comment on column facts.source_id is 'The outlet that published the article.';
comment on column facts.url is 'URL of the article.';
comment on column facts.raw_sha256 is 'Hash of the landed page in raw/ the figure was read from.';
comment on column facts.parser_version is 'Version of the parser that read the figure.';
comment on column facts.run_id is 'Run that loaded the figure.';
comment on column facts.published is 'Publication date of the article.';
comment on column facts.area is 'The office or region the figure describes, normalised (Semarang Majapahit, Demak, Jawa Tengah).';
comment on column facts.area_type is 'national, regional_office, province, regency, city, branch, district, village or other.';
comment on column facts.area_code is 'Official code of the area (BPS / Kemendagri) when one exists.';
comment on column facts.area_mention is 'The area as spelt in the article (Pemkab Demak).';
comment on column facts.metric is 'What is counted (see the metrics table).';
comment on column facts.segment is 'Which workers are counted (see the segments table).';
comment on column facts.value is 'The figure as a number (170607, 21.54, 2500000000).';
comment on column facts.unit is 'count, percent or idr.';
comment on column facts.is_target is 'True for a target (ditargetkan, harapan), false for an actual figure.';
comment on column facts.target_year is 'The year a target is for (null if not stated, or for actuals).';
comment on column facts.as_of is 'The period the figure describes: YYYY-MM-DD, YYYY-MM or YYYY (null if unknowable or a target).';
comment on column facts.approximate is 'True when the text hedges (sekitar, lebih dari, hampir, ribuan).';
comment on column facts.evidence is 'The sentence the figure was read from, whitespace normalised.';
comment on column facts.evidence_start is 'Character offset of the evidence in the article text (title, blank line, paragraphs).';
comment on column facts.evidence_end is 'End offset of the evidence (exclusive).';
comment on column facts.value_text is 'The number as spelt in the article (170.607, 1,3 juta).';
comment on column facts.flags is 'Reconciliation and plausibility flags (parts_exceed_total, ...): never silent fixes.';
comment on column facts.loaded_at is 'When this version of the fact was loaded.';

create table fact_history (
    fact_id varchar not null,
    article_id varchar not null,
    source_id varchar,
    url varchar,
    raw_sha256 varchar not null,
    parser_version varchar not null,
    run_id varchar not null,
    published date,
    area varchar not null,
    area_type varchar not null,
    area_code varchar,
    area_mention varchar,
    metric varchar not null,
    segment varchar not null,
    value double not null,
    unit varchar not null,
    is_target boolean not null,
    target_year integer,
    as_of varchar,
    approximate boolean not null,
    evidence varchar not null,
    evidence_start integer,
    evidence_end integer,
    value_text varchar,
    flags varchar[] not null,
    loaded_at timestamptz not null,
    superseded_at timestamptz not null,
    superseded_by_run varchar not null,
    superseded_by_parser varchar not null
);
comment on table fact_history is 'Facts that were current once and were replaced when their article was re-processed (new parser version or new page bytes). Valid from loaded_at until superseded_at.';
comment on column fact_history.fact_id is 'Id of the fact (see facts.fact_id).';
comment on column fact_history.article_id is 'The article the figure was read from.';
comment on column fact_history.source_id is 'The outlet that published the article.';
comment on column fact_history.url is 'URL of the article.';
comment on column fact_history.raw_sha256 is 'Hash of the landed page the figure was read from.';
comment on column fact_history.parser_version is 'Version of the parser that read the figure.';
comment on column fact_history.run_id is 'Run that loaded the figure.';
comment on column fact_history.published is 'Publication date of the article.';
comment on column fact_history.area is 'The office or region the figure describes, normalised.';
comment on column fact_history.area_type is 'Type of the area.';
comment on column fact_history.area_code is 'Official code of the area when one exists.';
comment on column fact_history.area_mention is 'The area as spelt in the article.';
comment on column fact_history.metric is 'What is counted.';
comment on column fact_history.segment is 'Which workers are counted.';
comment on column fact_history.value is 'The figure as a number.';
comment on column fact_history.unit is 'count, percent or idr.';
comment on column fact_history.is_target is 'True for a target.';
comment on column fact_history.target_year is 'The year a target is for.';
comment on column fact_history.as_of is 'The period the figure describes.';
comment on column fact_history.approximate is 'True when the text hedges.';
comment on column fact_history.evidence is 'The sentence the figure was read from.';
comment on column fact_history.evidence_start is 'Character offset of the evidence in the article text.';
comment on column fact_history.evidence_end is 'End offset of the evidence (exclusive).';
comment on column fact_history.value_text is 'The number as spelt in the article.';
comment on column fact_history.flags is 'Reconciliation and plausibility flags.';
comment on column fact_history.loaded_at is 'When this version was loaded (start of its validity).';
comment on column fact_history.superseded_at is 'When it was replaced (end of its validity).';
comment on column fact_history.superseded_by_run is 'Run that replaced it.';
comment on column fact_history.superseded_by_parser is 'Parser version of the replacing processing.';

create table quarantine (
    fact_id varchar not null,
    article_id varchar not null,
    source_id varchar,
    url varchar,
    raw_sha256 varchar not null,
    parser_version varchar not null,
    run_id varchar not null,
    published date,
    area varchar,
    area_type varchar,
    area_code varchar,
    area_mention varchar,
    metric varchar,
    segment varchar,
    value double,
    unit varchar,
    is_target boolean,
    target_year integer,
    as_of varchar,
    approximate boolean,
    evidence varchar,
    evidence_start integer,
    evidence_end integer,
    value_text varchar,
    flags varchar[],
    reasons varchar[] not null,
    severity varchar not null,
    quarantined_at timestamptz not null,
    primary key (fact_id)
);
comment on table quarantine is 'Facts held back because they failed validation, with the expectations they failed. Replaced per article like facts.';
comment on column quarantine.fact_id is 'Id of the held-back fact.';
comment on column quarantine.article_id is 'The article it was read from.';
comment on column quarantine.source_id is 'The outlet that published the article.';
comment on column quarantine.url is 'URL of the article.';
comment on column quarantine.raw_sha256 is 'Hash of the landed page.';
comment on column quarantine.parser_version is 'Parser version that read it.';
comment on column quarantine.run_id is 'Run that validated it.';
comment on column quarantine.published is 'Publication date of the article.';
comment on column quarantine.area is 'Area as read.';
comment on column quarantine.area_type is 'Area type as read.';
comment on column quarantine.area_code is 'Area code as read.';
comment on column quarantine.area_mention is 'The area as spelt in the article.';
comment on column quarantine.metric is 'Metric as read.';
comment on column quarantine.segment is 'Segment as read.';
comment on column quarantine.value is 'Value as read.';
comment on column quarantine.unit is 'Unit as read.';
comment on column quarantine.is_target is 'Target flag as read.';
comment on column quarantine.target_year is 'Target year as read.';
comment on column quarantine.as_of is 'Period as read.';
comment on column quarantine.approximate is 'Hedge flag as read.';
comment on column quarantine.evidence is 'The sentence it was read from.';
comment on column quarantine.evidence_start is 'Offset of the evidence.';
comment on column quarantine.evidence_end is 'End offset of the evidence.';
comment on column quarantine.value_text is 'The number as spelt in the article.';
comment on column quarantine.flags is 'Reconciliation and plausibility flags.';
comment on column quarantine.reasons is 'Names of the expectations the fact failed.';
comment on column quarantine.severity is 'How bad the failure is (error).';
comment on column quarantine.quarantined_at is 'When it was loaded into quarantine.';

create table runs (
    run_id varchar primary key,
    flow varchar not null,
    source_id varchar,
    params json,
    started_at timestamptz not null,
    finished_at timestamptz,
    status varchar not null,
    counts json,
    errors varchar[]
);
comment on table runs is 'One row per pipeline run: what ran, with which parameters, how it ended.';
comment on column runs.run_id is 'YYYYmmddTHHMMSSZ-<6 hex>.';
comment on column runs.flow is 'The flow that ran (nightly, process, reprocess, ...).';
comment on column runs.source_id is 'The source the run was limited to (null for all).';
comment on column runs.params is 'The run''s parameters as JSON.';
comment on column runs.started_at is 'When the run started.';
comment on column runs.finished_at is 'When the run finished (null while running or after a crash).';
comment on column runs.status is 'running while it runs, then ok, partial (some sources failed), failed or crashed.';
comment on column runs.counts is 'Counts reported at the end (pages, articles, facts, quarantined, ...) as JSON.';
comment on column runs.errors is 'Error messages collected during the run.';

create table fetch_attempts (
    attempted_at timestamptz,
    source_id varchar,
    url varchar not null,
    ok boolean not null,
    status integer,
    error_kind varchar,
    error varchar,
    raw_sha256 varchar,
    elapsed_ms double,
    detail json,
    row_hash varchar primary key
);
comment on table fetch_attempts is 'Every fetch attempt from raw/attempts.jsonl, failures included: the source health record.';
comment on column fetch_attempts.attempted_at is 'When the attempt was made (UTC).';
comment on column fetch_attempts.source_id is 'The source fetched.';
comment on column fetch_attempts.url is 'The URL requested.';
comment on column fetch_attempts.ok is 'True when a body was received and landed (or was already landed).';
comment on column fetch_attempts.status is 'HTTP status, null when no response came back.';
comment on column fetch_attempts.error_kind is 'Kind of failure (timeout, http, robots, ...), null on success.';
comment on column fetch_attempts.error is 'What went wrong, in words, null on success.';
comment on column fetch_attempts.raw_sha256 is 'Hash of the body landed by a successful attempt.';
comment on column fetch_attempts.elapsed_ms is 'How long the attempt took in milliseconds.';
comment on column fetch_attempts.detail is 'Any other fields of the attempts row, as JSON.';
comment on column fetch_attempts.row_hash is 'sha256 of the attempts row as loaded: loading the same rows again adds nothing.';

create table areas (
    name varchar not null,
    area_type varchar not null,
    code varchar,
    parent varchar,
    origin varchar not null,
    primary key (name, area_type)
);
comment on table areas is 'Areas and offices (branch, regency/city, province, national) from the gazetteer, plus any area seen in facts that the gazetteer lacks.';
comment on column areas.name is 'Normalised area name, as in facts.area.';
comment on column areas.area_type is 'Type of the area, as in facts.area_type.';
comment on column areas.code is 'Official code (BPS / Kemendagri) where one exists.';
comment on column areas.parent is 'Name of the parent area (branch to regency/city to province to national), null at the top.';
comment on column areas.origin is 'gazetteer, or facts when the area was only seen in facts.';

create table metrics (
    metric varchar primary key,
    description varchar not null
);
comment on table metrics is 'The metrics a fact can have, with what each counts (shared LABELLING conventions).';
comment on column metrics.metric is 'Metric name as in facts.metric.';
comment on column metrics.description is 'What the metric counts.';

create table segments (
    segment varchar primary key,
    description varchar not null
);
comment on table segments is 'The segments of workers a fact can describe.';
comment on column segments.segment is 'Segment name as in facts.segment.';
comment on column segments.description is 'Which workers the segment covers.';
