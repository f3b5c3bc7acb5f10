-- 在线监测预警 → 站内消息: a new alarm (高报/高高报/离线) tells the regulators in scope and the enterprise,
-- once per alarm and recipient (a second instance raising the same alarm, or a rerun, writes nothing more).
ALTER TABLE notification ADD COLUMN alarm_id uuid REFERENCES monitoring_alarm(id) ON DELETE CASCADE;
CREATE UNIQUE INDEX notification_alarm_key ON notification (alarm_id, user_id) WHERE alarm_id IS NOT NULL;
