-- Platform foundation: organisation, accounts, sessions, security policy, audit log.
-- Runs unchanged on PostgreSQL 15 (server) and PGlite (embedded, PostgreSQL 17+).

CREATE TABLE division (
  code        text PRIMARY KEY,           -- GB/T 2260 (6 digits) or statistics code (9 / 12 digits)
  name        text NOT NULL,
  level       text NOT NULL CHECK (level IN ('province', 'city', 'county', 'township', 'village')),
  parent_code text REFERENCES division(code)
);
CREATE INDEX division_parent_idx ON division (parent_code);
CREATE INDEX division_code_prefix_idx ON division (code text_pattern_ops);

CREATE TABLE sector (
  code text PRIMARY KEY,
  name text NOT NULL,
  sort integer NOT NULL DEFAULT 0
);

CREATE TABLE department (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  short_name    text,
  division_code text NOT NULL REFERENCES division(code),
  sectors       text[] NOT NULL DEFAULT '{}',
  duties        text,                     -- 权力清单 / 责任清单 summary
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (division_code, name)
);
CREATE INDEX department_division_idx ON department (division_code text_pattern_ops);

CREATE TABLE role (
  code         text PRIMARY KEY,
  mfa_required boolean NOT NULL DEFAULT false
);

CREATE TABLE app_user (
  id                   uuid PRIMARY KEY,
  username             text NOT NULL UNIQUE,        -- stored case-folded (AUTH-01)
  display_name         text NOT NULL,
  role_code            text REFERENCES role(code),  -- null: no role, own profile only (AC-01)
  division_code        text REFERENCES division(code),
  department_id        uuid REFERENCES department(id),
  enterprise_id        uuid,
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'disabled')),
  password_hash        jsonb NOT NULL,              -- {alg, params, salt, hash}
  password_history     jsonb NOT NULL DEFAULT '[]',
  password_changed_at  timestamptz NOT NULL DEFAULT now(),
  must_change_password boolean NOT NULL DEFAULT false,
  failed_logins        integer NOT NULL DEFAULT 0,
  locked_until         timestamptz,
  totp_secret          text,
  totp_enabled         boolean NOT NULL DEFAULT false,
  totp_last_step       bigint,
  recovery_codes       jsonb NOT NULL DEFAULT '[]',
  expires_at           timestamptz,
  last_login_at        timestamptz,
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX app_user_division_idx ON app_user (division_code text_pattern_ops);
CREATE INDEX app_user_department_idx ON app_user (department_id);

CREATE TABLE user_session (
  token_hash   text PRIMARY KEY,              -- SHA-256 of the cookie token (RI-01)
  user_id      uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  stage        text NOT NULL CHECK (stage IN ('mfa', 'full')),
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  ip           text,
  user_agent   text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

CREATE TABLE setting (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Append-only audit log (SECURITY.md AU-01..04). Each row's hash covers its content and the previous
-- row's hash, keyed with a secret kept outside the database.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL,
  user_id     uuid,
  username    text,
  role_code   text,
  org         text,
  ip          text,
  user_agent  text,
  request_id  text,
  event_type  text NOT NULL,
  action      text NOT NULL,
  object_type text,
  object_id   text,
  outcome     text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  reason      text,
  diff        jsonb,
  prev_hash   text NOT NULL,
  row_hash    text NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_user_idx ON audit_log (username);
CREATE INDEX audit_log_action_idx ON audit_log (action);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
