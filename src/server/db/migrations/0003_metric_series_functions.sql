-- Daily series are arrays: values[1] is the value on start_day. These functions keep the
-- arithmetic of "which element is which day" in one place, for writers and for the engine.

-- Sets the value of each given day, growing the array at either end as needed (gaps are null).
CREATE OR REPLACE FUNCTION pm_series_merge(start_day date, vals double precision[], days date[], new_values double precision[])
RETURNS double precision[] LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  first_day date := least(start_day, (SELECT min(d) FROM unnest(days) d));
  result double precision[] := coalesce(vals, '{}');
  i int;
BEGIN
  IF first_day < start_day THEN
    result := array_fill(NULL::double precision, ARRAY[start_day - first_day]) || result;
  END IF;
  FOR i IN 1 .. coalesce(array_length(days, 1), 0) LOOP
    -- Assigning past the end of a one-dimensional array extends it with nulls.
    result[(days[i] - first_day) + 1] := new_values[i];
  END LOOP;
  RETURN result;
END
$$;
--> statement-breakpoint
-- The value on a day, or null when the series has none.
CREATE OR REPLACE FUNCTION pm_series_value(start_day date, vals double precision[], day date)
RETURNS double precision LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN day < start_day THEN NULL ELSE vals[(day - start_day) + 1] END
$$;
