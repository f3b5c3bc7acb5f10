-- Dual prevention: the risk model as the official 双重预防 data model (2022 危险化学品企业双重预防机制
-- 数字化建设指南): 风险分析对象 → 风险分析单元 → 安全风险事件 → 管控措施 → 隐患排查任务 → 排查记录 → 隐患
-- (issue 4 item 1). Every row carries enterprise_id, division_code and sector (copied from the enterprise):
-- the one data-scope rule applies to each table alone. Grades of units and enterprises are never stored:
-- they are derived at query time from the events (domain rule riskGradeOf); a task's next due date is
-- derived from its last record.

CREATE TABLE risk_object (
  id                uuid PRIMARY KEY,
  enterprise_id     uuid NOT NULL REFERENCES enterprise(id),
  division_code     text NOT NULL REFERENCES division(code),
  sector            text NOT NULL,
  kind              text NOT NULL CHECK (kind IN ('重大危险源', '设施设备', '作业活动', '场所')),
  name              text NOT NULL,
  code              text,                                -- e.g. the 重大危险源 备案编号
  description       text,
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_object_enterprise_idx ON risk_object (enterprise_id);
CREATE INDEX risk_object_division_idx ON risk_object (division_code text_pattern_ops);

CREATE TABLE risk_unit (
  id                 uuid PRIMARY KEY,
  object_id          uuid NOT NULL REFERENCES risk_object(id) ON DELETE CASCADE,
  enterprise_id      uuid NOT NULL REFERENCES enterprise(id),
  division_code      text NOT NULL,
  sector             text NOT NULL,
  name               text NOT NULL,
  location           text,
  department         text NOT NULL,                      -- 责任部门
  responsible_person text NOT NULL,                      -- 责任人
  responsible_phone  text,                               -- not shown on public pages
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_unit_object_idx ON risk_unit (object_id);
CREATE INDEX risk_unit_enterprise_idx ON risk_unit (enterprise_id);
CREATE INDEX risk_unit_division_idx ON risk_unit (division_code text_pattern_ops);

CREATE TABLE risk_event (
  id            uuid PRIMARY KEY,
  unit_id       uuid NOT NULL REFERENCES risk_unit(id) ON DELETE CASCADE,
  enterprise_id uuid NOT NULL,
  division_code text NOT NULL,
  sector        text NOT NULL,
  name          text NOT NULL,                           -- 风险事件名称
  consequence   text,                                    -- 可能导致的后果
  method        text NOT NULL CHECK (method IN ('LEC', 'LS')),
  l             double precision NOT NULL,
  e             double precision,
  c             double precision,
  s             double precision,
  score         double precision NOT NULL,               -- D (LEC) or R (LS)
  danger_class  text,                                    -- LEC only
  level         text NOT NULL CHECK (level IN ('重大风险', '较大风险', '一般风险', '低风险')),
  color         text NOT NULL CHECK (color IN ('red', 'orange', 'yellow', 'blue')),
  rule_version  text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((method = 'LEC') = (e IS NOT NULL AND c IS NOT NULL AND s IS NULL))
);
CREATE INDEX risk_event_unit_idx ON risk_event (unit_id);
CREATE INDEX risk_event_enterprise_idx ON risk_event (enterprise_id);

CREATE TABLE risk_measure (
  id                 uuid PRIMARY KEY,
  event_id           uuid NOT NULL REFERENCES risk_event(id) ON DELETE CASCADE,
  unit_id            uuid NOT NULL,
  enterprise_id      uuid NOT NULL,
  division_code      text NOT NULL,
  sector             text NOT NULL,
  type               text NOT NULL CHECK (type IN ('工程技术', '维护保养', '操作行为', '应急措施')),
  content            text NOT NULL,
  responsible_level  text NOT NULL CHECK (responsible_level IN ('公司', '部门', '班组', '岗位')),
  responsible_person text,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_measure_event_idx ON risk_measure (event_id);
CREATE INDEX risk_measure_unit_idx ON risk_measure (unit_id);

CREATE TABLE risk_check_task (
  id                 uuid PRIMARY KEY,
  measure_id         uuid NOT NULL REFERENCES risk_measure(id) ON DELETE CASCADE,
  unit_id            uuid NOT NULL,
  enterprise_id      uuid NOT NULL,
  division_code      text NOT NULL,
  sector             text NOT NULL,
  content            text NOT NULL,                      -- 排查内容
  cycle_num          integer NOT NULL CHECK (cycle_num > 0),
  cycle_unit         text NOT NULL CHECK (cycle_unit IN ('hour', 'day', 'week', 'month', 'year')),
  responsible_person text,
  starts_at          timestamptz NOT NULL DEFAULT now(),
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_check_task_measure_idx ON risk_check_task (measure_id);
CREATE INDEX risk_check_task_enterprise_idx ON risk_check_task (enterprise_id);

CREATE TABLE risk_check_record (
  id            uuid PRIMARY KEY,
  task_id       uuid NOT NULL REFERENCES risk_check_task(id) ON DELETE CASCADE,
  enterprise_id uuid NOT NULL,
  division_code text NOT NULL,
  sector        text NOT NULL,
  result        text NOT NULL CHECK (result IN ('normal', 'hazard')),
  hazard_id     uuid REFERENCES hazard(id),
  comment       text,
  checked_at    timestamptz NOT NULL,
  checked_by    uuid,
  checker_name  text,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((result = 'hazard') = (hazard_id IS NOT NULL))
);
CREATE INDEX risk_check_record_task_idx ON risk_check_record (task_id, checked_at DESC);
CREATE INDEX risk_check_record_hazard_idx ON risk_check_record (hazard_id) WHERE hazard_id IS NOT NULL;
