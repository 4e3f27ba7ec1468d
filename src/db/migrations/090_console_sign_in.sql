-- 090: signing in to the staff console without passwords. A staff member
-- sends /console to the bot and gets a one-time link; opening it starts a
-- browser session. Only hashes of the random tokens are stored, so a copy of
-- the database signs nobody in.

-- A one-time sign-in link: short-lived, used at most once.
CREATE TABLE console_sign_in_links (
  token_hash        text PRIMARY KEY,
  telegram_user_id  bigint NOT NULL,
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  used_at           timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX console_sign_in_links_expires ON console_sign_in_links (expires_at);

-- A browser session: the cookie carries the token, the row its hash. Staff
-- powers are read from the staff table on every request, so deactivating a
-- staff member ends their console access at once.
CREATE TABLE console_sessions (
  token_hash        text PRIMARY KEY,
  telegram_user_id  bigint NOT NULL,
  created_at        timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  ended_at          timestamptz,
  -- The outcome of the last action (shown once on the next page): figures and codes only.
  flash             jsonb,
  CHECK (expires_at > created_at)
);
CREATE INDEX console_sessions_expires ON console_sessions (expires_at);
