-- Dual prevention: hazards (隐患) and their closed loop, photos, in-app notifications (issue 4; PRODUCT.md
-- module 3). Runs unchanged on PostgreSQL 15 (server) and PGlite. Every row carries division_code (copied
-- from the enterprise): the data-scope column and the distribution key. Overdue is never stored: it is
-- derived from `deadline` at query time.

CREATE TABLE hazard (
  id                   uuid PRIMARY KEY,
  enterprise_id        uuid NOT NULL REFERENCES enterprise(id),
  division_code        text NOT NULL REFERENCES division(code),
  sector               text NOT NULL,
  source               text NOT NULL CHECK (source IN ('企业自查', '网格巡查', '执法检查', '第三方', '群众举报')),
  location             text NOT NULL,
  description          text NOT NULL,
  checklist_item       text,
  level                text NOT NULL DEFAULT '一般' CHECK (level IN ('一般', '重大')),
  status               text NOT NULL DEFAULT 'reported'
                       CHECK (status IN ('reported', 'assessed', 'rectifying', 'acceptance_requested', 'accepted')),
  deadline             date,                          -- 整改期限, set at assessment
  plan                 jsonb,                         -- 五落实: responsiblePerson, measures, funds, deadline, contingencyPlan
  listed_by_division   text,                          -- 挂牌督办 authority (重大): its division code …
  listed_by_name       text,                          -- … and name
  supervision_deadline date,                          -- the authority's own 督办 deadline
  found_at             timestamptz NOT NULL,
  reported_by          uuid,
  reported_at          timestamptz NOT NULL DEFAULT now(),
  assessed_by          uuid,
  assessed_at          timestamptz,
  rectified_by         uuid,                          -- who applied for acceptance (anti-gaming: ≠ acceptor)
  accepted_by          uuid,
  accepted_at          timestamptz,
  rejections           integer NOT NULL DEFAULT 0,
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hazard_division_time_idx ON hazard (division_code text_pattern_ops, reported_at DESC, id);
CREATE INDEX hazard_enterprise_idx ON hazard (enterprise_id, reported_at DESC);
-- Overdue lists and the reminder job: open hazards by deadline.
CREATE INDEX hazard_open_deadline_idx ON hazard (deadline) WHERE status <> 'accepted';

-- Every step of the loop, who, when, with comment and photos; written in the step's transaction.
CREATE TABLE hazard_event (
  id            bigserial PRIMARY KEY,
  hazard_id     uuid NOT NULL REFERENCES hazard(id) ON DELETE CASCADE,
  division_code text NOT NULL,
  action        text NOT NULL,
  from_status   text,
  to_status     text NOT NULL,
  user_id       uuid,
  username      text,
  display_name  text,
  role_code     text,
  comment       text,
  photos        text[] NOT NULL DEFAULT '{}',
  detail        jsonb,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hazard_event_hazard_idx ON hazard_event (hazard_id, id);
CREATE INDEX hazard_event_photos_idx ON hazard_event USING gin (photos);

-- Uploaded photos, stored once under the data dir by SHA-256 of the content (the file name is the hash).
CREATE TABLE upload (
  sha256      text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  mime        text NOT NULL CHECK (mime IN ('image/jpeg', 'image/png', 'image/webp')),
  size        integer NOT NULL CHECK (size > 0),
  uploaded_by uuid,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- In-app notifications (站内消息). One per (hazard, kind, recipient): the reminder job can rerun freely.
CREATE TABLE notification (
  id         uuid PRIMARY KEY,
  user_id    uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  hazard_id  uuid REFERENCES hazard(id) ON DELETE CASCADE,
  kind       text NOT NULL,
  title      text NOT NULL,
  body       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at    timestamptz,
  UNIQUE (hazard_id, kind, user_id)
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
