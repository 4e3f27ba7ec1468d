-- The kinds of session are listed once, in code (src/domain/serviceKinds.ts):
-- migrate() writes that list into this table at every start, and every column
-- holding a kind references it. A new kind needs no migration; an unknown kind
-- is still refused by the database.
CREATE TABLE session_kinds (kind text PRIMARY KEY);
INSERT INTO session_kinds (kind) VALUES ('half_day'), ('temporary_care'), ('trial_class');

ALTER TABLE sessions DROP CONSTRAINT sessions_kind_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_kind_fkey FOREIGN KEY (kind) REFERENCES session_kinds (kind);
ALTER TABLE session_templates DROP CONSTRAINT session_templates_kind_check;
ALTER TABLE session_templates ADD CONSTRAINT session_templates_kind_fkey FOREIGN KEY (kind) REFERENCES session_kinds (kind);
ALTER TABLE timetable_exceptions DROP CONSTRAINT timetable_exceptions_session_kind_check;
ALTER TABLE timetable_exceptions ADD CONSTRAINT timetable_exceptions_session_kind_fkey FOREIGN KEY (session_kind) REFERENCES session_kinds (kind);
ALTER TABLE unmet_searches DROP CONSTRAINT unmet_searches_kind_check;
ALTER TABLE unmet_searches ADD CONSTRAINT unmet_searches_kind_fkey FOREIGN KEY (kind) REFERENCES session_kinds (kind);
