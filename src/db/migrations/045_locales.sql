-- Parents who write Traditional Chinese are answered in Traditional, also in
-- proactive messages and staff hand-overs: the stored language is a locale
-- (src/i18n/languages.ts: zh, zh-Hant, en).
ALTER TABLE parents DROP CONSTRAINT IF EXISTS parents_language_check;
ALTER TABLE parents ADD CONSTRAINT parents_language_check CHECK (language IN ('zh','zh-Hant','en'));
ALTER TABLE escalations DROP CONSTRAINT IF EXISTS escalations_language_check;
ALTER TABLE escalations ADD CONSTRAINT escalations_language_check CHECK (language IN ('zh','zh-Hant','en'));
ALTER TABLE conversation_turns DROP CONSTRAINT IF EXISTS conversation_turns_language_check;
ALTER TABLE conversation_turns ADD CONSTRAINT conversation_turns_language_check CHECK (language IN ('zh','zh-Hant','en'));
ALTER TABLE outbox DROP CONSTRAINT IF EXISTS outbox_language_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_language_check CHECK (language IN ('zh','zh-Hant','en'));
