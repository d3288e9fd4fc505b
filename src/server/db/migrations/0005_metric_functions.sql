-- The metric functions of the condition language, twins of src/core/metrics/functions.ts (a
-- property test holds them equal). A window of N days ending on ref_day is ref_day − N + 1 …
-- ref_day. Array position p holds the value of start_day + p − 1. Nulls are skipped, never 0.
-- None is STRICT: a LEFT JOIN that finds no series passes nulls and gets null (or 0 from
-- pm_series_count) instead of an error.

-- The stored values of the window, in day order, clipped to the series.
CREATE OR REPLACE FUNCTION pm_series_window(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT vals[greatest(1, (ref_day - start_day) - days + 2) : (ref_day - start_day) + 1]
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pm_series_avg(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT avg(v) FROM unnest(pm_series_window(start_day, vals, ref_day, days)) AS v
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pm_series_sum(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT sum(v) FROM unnest(pm_series_window(start_day, vals, ref_day, days)) AS v
$$;
--> statement-breakpoint
-- Count of event X in the window from its events.X series: 0 when there is nothing, never null.
CREATE OR REPLACE FUNCTION pm_series_count(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(sum(v), 0) FROM unnest(pm_series_window(start_day, vals, ref_day, days)) AS v
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pm_series_change_abs(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT pm_series_value(start_day, vals, ref_day) - pm_series_value(start_day, vals, ref_day - days)
$$;
--> statement-breakpoint
-- A fraction: -0.3 is -30%. Null when the base is missing or 0.
CREATE OR REPLACE FUNCTION pm_series_change(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (pm_series_value(start_day, vals, ref_day) - pm_series_value(start_day, vals, ref_day - days))
    / nullif(abs(pm_series_value(start_day, vals, ref_day - days)), 0)
$$;
--> statement-breakpoint
-- Least-squares slope per day; x is the position in the window, which the slope does not depend on.
CREATE OR REPLACE FUNCTION pm_series_slope(start_day date, vals double precision[], ref_day date, days integer)
RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regr_slope(v, i::double precision) FROM unnest(pm_series_window(start_day, vals, ref_day, days)) WITH ORDINALITY AS t(v, i)
$$;
--> statement-breakpoint
-- Walks back from ref_day: recent activity is found in a step or two.
CREATE OR REPLACE FUNCTION pm_series_last_nonzero(start_day date, vals double precision[], ref_day date)
RETURNS date LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  i integer;
BEGIN
  IF start_day IS NULL OR vals IS NULL OR ref_day IS NULL THEN RETURN NULL; END IF;
  FOR i IN REVERSE least((ref_day - start_day) + 1, cardinality(vals)) .. 1 LOOP
    IF vals[i] <> 0 THEN RETURN start_day + (i - 1); END IF;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION pm_series_days_since(start_day date, vals double precision[], ref_day date)
RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ref_day - pm_series_last_nonzero(start_day, vals, ref_day)
$$;
--> statement-breakpoint
-- The last non-null value on or before ref_day: sparse reported metrics (seats) keep their last report.
CREATE OR REPLACE FUNCTION pm_series_last_value(start_day date, vals double precision[], ref_day date)
RETURNS double precision LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  i integer;
BEGIN
  IF start_day IS NULL OR vals IS NULL OR ref_day IS NULL THEN RETURN NULL; END IF;
  FOR i IN REVERSE least((ref_day - start_day) + 1, cardinality(vals)) .. 1 LOOP
    IF vals[i] IS NOT NULL THEN RETURN vals[i]; END IF;
  END LOOP;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Twin of eventMetricName in src/core/metrics/event-names.ts. ASCII-only folding, so the
-- database's locale cannot change a name.
CREATE OR REPLACE FUNCTION pm_event_metric_name(event_type text, event text)
RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN event_type IN ('page', 'screen') THEN 'events.' || event_type
    WHEN event_type = 'track' THEN 'events.' || nullif(trim(BOTH '_' FROM regexp_replace(
      translate(event, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '[^a-z0-9]+', '_', 'g')), '')
  END
$$;
--> statement-breakpoint
-- Writes the non-null values of (new_start, new_values) over a series, growing it at either end.
-- Days that neither array covers get `fill`: rollups pass 0, because a day no event touched had
-- no activity. The result starts on least(start_day, new_start) (an empty series: new_start).
CREATE OR REPLACE FUNCTION pm_series_overlay(start_day date, vals double precision[], new_start date, new_values double precision[], fill double precision)
RETURNS double precision[] LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  old_len integer := coalesce(cardinality(vals), 0);
  new_len integer := coalesce(cardinality(new_values), 0);
  first_day date;
  last_day date;
  result double precision[];
  i integer;
BEGIN
  IF new_len = 0 THEN RETURN coalesce(vals, '{}'); END IF;
  IF old_len = 0 THEN
    first_day := new_start;
    result := array_fill(fill, ARRAY[new_len]);
  ELSE
    first_day := least(start_day, new_start);
    last_day := greatest(start_day + old_len - 1, new_start + new_len - 1);
    result := vals;
    IF start_day > first_day THEN
      result := array_fill(fill, ARRAY[start_day - first_day]) || result;
    END IF;
    IF last_day > start_day + old_len - 1 THEN
      result := result || array_fill(fill, ARRAY[last_day - (start_day + old_len - 1)]);
    END IF;
  END IF;
  FOR i IN 1 .. new_len LOOP
    IF new_values[i] IS NOT NULL THEN
      result[(new_start - first_day) + i] := new_values[i];
    END IF;
  END LOOP;
  RETURN result;
END
$$;
--> statement-breakpoint
-- The rollup reads one account's events of one day; without this index it would walk every
-- event the account ever sent (the (account_id, event, occurred_at) index leads with the name).
CREATE INDEX IF NOT EXISTS events_account_time_idx ON events (account_id, occurred_at);
