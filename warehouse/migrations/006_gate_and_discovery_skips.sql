-- 006: a run keeps, per source, what discovery skipped and why, and what the load gate saw
-- (its samples judge the next runs); quarantine also holds the facts the gate held back.

alter table runs add column discovery_skips json;
comment on column runs.discovery_skips is 'Per source, the discovered URLs not fetched, by reason (no_keyword, older_than_since, newer_than_until, offsite, robots, over_limit, bad_url), as JSON: {"source": {"reason": n}}.';
alter table runs add column gate json;
comment on column runs.gate is 'Per source, what the load gate saw and decided: facts, bad_facts, pages, parse_errors, held_back and the rule that tripped, as JSON. Later runs of the same parser version read it as the source''s recent sample.';

comment on table quarantine is 'Facts kept out of the facts table, with why: those that failed validation (severity error) and those the load gate held back (severity held_back: the parser looked broken; the page stays pending and the next run after a fix releases them). Replaced per article like facts.';
comment on column quarantine.reasons is 'Names of the expectations the fact failed; a held-back fact starts with ''held back by the gate''.';
comment on column quarantine.severity is 'error (failed validation) or held_back (held back by the load gate with its whole page).';
comment on column quarantine.run_id is 'Run that validated it (or held it back).';
comment on column runs.status is 'running while it runs, then ok, partial (a source failed, or facts were quarantined or held back), failed (nothing could be loaded: the gate held back every source that had pages) or crashed.';
