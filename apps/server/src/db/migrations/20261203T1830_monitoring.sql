-- 重大危险源在线监测预警 (issue 12 item 5): monitoring points of a major hazard unit, their readings as
-- per-minute aggregates (decision 0012), and the alarms the readings and their silence raise.
CREATE TABLE monitoring_point (
  id             uuid PRIMARY KEY,
  unit_id        uuid NOT NULL REFERENCES major_hazard_unit(id),
  enterprise_id  uuid NOT NULL REFERENCES enterprise(id),
  division_code  text NOT NULL REFERENCES division(code),
  sector         text NOT NULL REFERENCES sector(code),
  code           text NOT NULL,
  name           text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('level', 'temperature', 'pressure', 'flammable_gas', 'toxic_gas', 'flow')),
  uom            text NOT NULL,
  high           double precision,
  high_high      double precision,
  last_value     double precision,
  last_at        timestamptz,
  created_by     uuid REFERENCES app_user(id),
  created_at     timestamptz NOT NULL DEFAULT now(),
  updated_at     timestamptz NOT NULL DEFAULT now(),
  retired_at     timestamptz,
  CHECK (high IS NULL OR high_high IS NULL OR high_high > high)
);
CREATE UNIQUE INDEX monitoring_point_code_idx ON monitoring_point (unit_id, code) WHERE retired_at IS NULL;
CREATE INDEX monitoring_point_division_idx ON monitoring_point (division_code text_pattern_ops);
CREATE INDEX monitoring_point_enterprise_idx ON monitoring_point (enterprise_id);

-- One row per point and minute: min, max, sum and count (avg = sum / count) and the minute's last reading.
CREATE TABLE monitoring_minute (
  point_id       uuid NOT NULL REFERENCES monitoring_point(id),
  minute         timestamptz NOT NULL,
  division_code  text NOT NULL,
  min            double precision NOT NULL,
  max            double precision NOT NULL,
  sum            double precision NOT NULL,
  count          integer NOT NULL,
  last           double precision NOT NULL,
  last_at        timestamptz NOT NULL,
  PRIMARY KEY (point_id, minute)
);

CREATE TABLE monitoring_alarm (
  id                   uuid PRIMARY KEY,
  point_id             uuid NOT NULL REFERENCES monitoring_point(id),
  unit_id              uuid NOT NULL REFERENCES major_hazard_unit(id),
  enterprise_id        uuid NOT NULL REFERENCES enterprise(id),
  division_code        text NOT NULL,
  sector               text NOT NULL,
  kind                 text NOT NULL CHECK (kind IN ('high', 'high_high', 'offline')),
  value                double precision,
  threshold            double precision,
  peak                 double precision,
  raised_at            timestamptz NOT NULL,
  cleared_at           timestamptz,
  acknowledged_at      timestamptz,
  acknowledged_by      uuid REFERENCES app_user(id),
  acknowledged_name    text,
  comment              text,
  hazard_id            uuid REFERENCES hazard(id)
);
-- At most one open threshold alarm and one open 离线 alarm per point (two ingestors cannot double-raise).
CREATE UNIQUE INDEX monitoring_alarm_open_idx ON monitoring_alarm (point_id, (kind = 'offline')) WHERE cleared_at IS NULL;
CREATE INDEX monitoring_alarm_division_idx ON monitoring_alarm (division_code text_pattern_ops, raised_at DESC);
CREATE INDEX monitoring_alarm_point_idx ON monitoring_alarm (point_id, raised_at DESC);
