-- 004: fetch attempts keep their purpose (page, discovery, robots: docs/architecture.md), and a
-- source whose only successes are robots.txt fetches counts as stale.

alter table fetch_attempts add column purpose varchar;
comment on column fetch_attempts.purpose is 'Why the URL was fetched: page, discovery or robots (null if not recorded).';

create or replace view source_health as
with attempts as (
    select source_id,
           max(attempted_at) as last_attempt_at,
           max(attempted_at) filter (where ok and coalesce(purpose, 'page') <> 'robots')
               as last_success_at,
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
comment on column source_health.last_success_at is 'Last successful page or discovery fetch (robots.txt does not count), or landed page.';
comment on column source_health.last_error_at is 'Last failed attempt.';
comment on column source_health.last_error is 'What the last failed attempt said.';
comment on column source_health.attempts_7d is 'Attempts in the last 7 days.';
comment on column source_health.failures_7d is 'Failed attempts in the last 7 days.';
comment on column source_health.pages is 'Pages landed from the source.';
comment on column source_health.stale is 'True when nothing was fetched successfully in 7 days (or ever).';
