-- The State Council's holiday schedule by year (国务院办公厅 部分节假日安排), the data every working-day period
-- is counted on. Seeded from reference/standards/holidays-cn.json where a year is missing; edited by an
-- administrator when the next year's notice is published (audited). Days are ISO dates, expanded from the
-- notice's ranges.
CREATE TABLE holiday_year (
  year              integer PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  source            text NOT NULL,
  off_days          text[] NOT NULL,
  weekend_workdays  text[] NOT NULL,
  working_days      integer CHECK (working_days BETWEEN 0 AND 366),
  updated_by        uuid REFERENCES app_user (id),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
