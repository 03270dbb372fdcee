-- 005: every fact carries the names of the rules that decided it ("metric:noun_after.participants",
-- "area:place_in_sentence", ...; transforms/engine.py), so an analyst who doubts a figure reads why
-- it came out. Facts loaded before this migration have none (null).

alter table facts add column rules varchar[];
comment on column facts.rules is 'The rules that decided the fact, as decision:rule in order (metric, segment, target, period, area); see transforms/README.md. Null for facts loaded before migration 005.';
alter table fact_history add column rules varchar[];
comment on column fact_history.rules is 'As facts.rules.';
alter table quarantine add column rules varchar[];
comment on column quarantine.rules is 'As facts.rules.';
