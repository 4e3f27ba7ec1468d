-- Core schema: the service network, families, bookings, staff, knowledge and conversations.
-- Invariants live here as constraints so no code path (or concurrent transaction) can break them.

CREATE EXTENSION IF NOT EXISTS vector;

CREATE TABLE service_points (
  id              serial PRIMARY KEY,
  code            text NOT NULL UNIQUE,
  name_zh         text NOT NULL,
  name_en         text NOT NULL,
  district        text NOT NULL CHECK (district IN ('siming','huli','jimei','haicang','tongan','xiangan')),
  neighbourhood_zh text NOT NULL,
  neighbourhood_en text NOT NULL,
  address_zh      text NOT NULL,
  address_en      text NOT NULL,
  latitude        double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
  longitude       double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
  phone           text NOT NULL,
  point_type      text NOT NULL DEFAULT 'institution_embedded'
                  CHECK (point_type IN ('institution_embedded','community_shared')),
  operator_zh     text NOT NULL,
  operator_en     text NOT NULL,
  min_age_months  integer NOT NULL DEFAULT 0 CHECK (min_age_months >= 0),
  max_age_months  integer NOT NULL DEFAULT 36 CHECK (max_age_months <= 72),
  active          boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (min_age_months <= max_age_months)
);

CREATE TABLE sessions (
  id           serial PRIMARY KEY,
  point_id     integer NOT NULL REFERENCES service_points(id) ON DELETE CASCADE,
  starts_at    timestamptz NOT NULL,
  ends_at      timestamptz NOT NULL,
  kind         text NOT NULL CHECK (kind IN ('half_day','temporary_care','trial_class')),
  class_title  text CHECK (class_title IN ('picture_books','gross_motor','music_social','sensory_integration')),
  capacity     integer NOT NULL CHECK (capacity > 0 AND capacity <= 200),
  -- Places taken (held, confirmed, attended, no-show), maintained by trigger.
  -- The CHECK makes overbooking impossible: a concurrent second writer blocks
  -- on the row lock and then fails the check instead of exceeding capacity.
  booked       integer NOT NULL DEFAULT 0,
  status       text NOT NULL DEFAULT 'open' CHECK (status IN ('open','cancelled')),
  cancel_reason text,
  created_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_at > starts_at),
  CHECK ((kind = 'trial_class') = (class_title IS NOT NULL)),
  CONSTRAINT sessions_capacity_not_exceeded CHECK (booked >= 0 AND booked <= capacity)
);
CREATE UNIQUE INDEX sessions_unique_slot ON sessions (point_id, starts_at, kind, coalesce(class_title, ''));
CREATE INDEX sessions_starts_at ON sessions (starts_at) WHERE status = 'open';

CREATE TABLE parents (
  id                bigint PRIMARY KEY,            -- the Telegram user id
  display_name      text NOT NULL DEFAULT '',
  language          text NOT NULL DEFAULT 'zh' CHECK (language IN ('zh','en')),
  consent_at        timestamptz,
  bookings_paused_until timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE children (
  id          serial PRIMARY KEY,
  parent_id   bigint NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  birth_date  date NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX children_parent ON children (parent_id);

CREATE TABLE bookings (
  id            serial PRIMARY KEY,
  ref_code      text NOT NULL UNIQUE CHECK (ref_code ~ '^[A-Z0-9]{4,10}$'),
  session_id    integer NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  child_id      integer NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  parent_id     bigint NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
  -- held: a place reserved for a waitlisted family until hold_expires_at.
  status        text NOT NULL CHECK (status IN ('held','confirmed','cancelled','expired','attended','no_show')),
  hold_expires_at timestamptz,
  late_cancel   boolean NOT NULL DEFAULT false,
  cancelled_by  text CHECK (cancelled_by IN ('parent','staff','system')),
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  cancelled_at  timestamptz,
  CHECK ((status = 'held') = (hold_expires_at IS NOT NULL))
);
-- One active booking per child per session.
CREATE UNIQUE INDEX bookings_one_active_per_child_session
  ON bookings (session_id, child_id) WHERE status IN ('held','confirmed','attended','no_show');
CREATE INDEX bookings_parent ON bookings (parent_id);
CREATE INDEX bookings_child ON bookings (child_id);
CREATE INDEX bookings_session ON bookings (session_id);

CREATE FUNCTION booking_takes_place(s text) RETURNS boolean
  LANGUAGE sql IMMUTABLE AS $$ SELECT s IN ('held','confirmed','attended','no_show') $$;

-- Keeps sessions.booked equal to the places taken; the CHECK on sessions does the rest.
CREATE FUNCTION bookings_maintain_booked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta_old integer := 0;
  delta_new integer := 0;
BEGIN
  IF TG_OP IN ('UPDATE','DELETE') AND booking_takes_place(OLD.status) THEN delta_old := 1; END IF;
  IF TG_OP IN ('INSERT','UPDATE') AND booking_takes_place(NEW.status) THEN delta_new := 1; END IF;
  IF TG_OP = 'UPDATE' AND OLD.session_id <> NEW.session_id THEN
    UPDATE sessions SET booked = booked - delta_old WHERE id = OLD.session_id AND delta_old = 1;
    UPDATE sessions SET booked = booked + delta_new WHERE id = NEW.session_id AND delta_new = 1;
  ELSIF TG_OP = 'DELETE' THEN
    IF delta_old = 1 THEN UPDATE sessions SET booked = booked - 1 WHERE id = OLD.session_id; END IF;
  ELSIF delta_new <> delta_old THEN
    UPDATE sessions SET booked = booked + delta_new - delta_old WHERE id = NEW.session_id;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER bookings_booked_counter
  AFTER INSERT OR UPDATE OF status, session_id OR DELETE ON bookings
  FOR EACH ROW EXECUTE FUNCTION bookings_maintain_booked();

CREATE TABLE waitlist_entries (
  id            serial PRIMARY KEY,
  session_id    integer NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  child_id      integer NOT NULL REFERENCES children(id) ON DELETE CASCADE,
  parent_id     bigint NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
  status        text NOT NULL DEFAULT 'waiting'
                CHECK (status IN ('waiting','offered','accepted','declined','expired','cancelled')),
  booking_id    integer REFERENCES bookings(id) ON DELETE SET NULL,
  offered_at    timestamptz,
  offer_expires_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'offered') = (offer_expires_at IS NOT NULL AND booking_id IS NOT NULL) OR status <> 'offered')
);
CREATE UNIQUE INDEX waitlist_one_active_per_child_session
  ON waitlist_entries (session_id, child_id) WHERE status IN ('waiting','offered');
CREATE INDEX waitlist_queue ON waitlist_entries (session_id, created_at, id) WHERE status = 'waiting';

CREATE TABLE staff (
  id                serial PRIMARY KEY,
  telegram_user_id  bigint NOT NULL UNIQUE,
  name              text NOT NULL,
  role              text NOT NULL CHECK (role IN ('admin','point_staff')),
  point_id          integer REFERENCES service_points(id) ON DELETE SET NULL,
  active            boolean NOT NULL DEFAULT true,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (role = 'admin' OR point_id IS NOT NULL)
);

CREATE TABLE escalations (
  id                serial PRIMARY KEY,
  parent_id         bigint NOT NULL REFERENCES parents(id) ON DELETE CASCADE,
  reason            text NOT NULL CHECK (reason IN ('medical','complaint','human_requested','unanswered','other')),
  question          text NOT NULL,
  language          text NOT NULL CHECK (language IN ('zh','en')),
  child_age_months  integer,
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open','claimed','resolved')),
  claimed_by        integer REFERENCES staff(id) ON DELETE SET NULL,
  group_chat_id     bigint,
  group_message_id  bigint,
  created_at        timestamptz NOT NULL DEFAULT now(),
  claimed_at        timestamptz,
  resolved_at       timestamptz,
  last_announced_at timestamptz
);
CREATE INDEX escalations_parent_open ON escalations (parent_id) WHERE status <> 'resolved';

CREATE TABLE escalation_messages (
  id             bigserial PRIMARY KEY,
  escalation_id  integer NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
  author         text NOT NULL CHECK (author IN ('parent','staff','bot')),
  staff_id       integer REFERENCES staff(id) ON DELETE SET NULL,
  text           text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE knowledge_documents (
  id             serial PRIMARY KEY,
  doc_id         text NOT NULL,
  language       text NOT NULL CHECK (language IN ('zh','en')),
  title          text NOT NULL,
  source_path    text NOT NULL UNIQUE,
  audience       text,
  topic          text,
  last_reviewed  date,
  sources        jsonb NOT NULL DEFAULT '[]',
  content_hash   text NOT NULL,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (doc_id, language)
);

CREATE TABLE knowledge_chunks (
  id             serial PRIMARY KEY,
  document_id    integer NOT NULL REFERENCES knowledge_documents(id) ON DELETE CASCADE,
  chunk_index    integer NOT NULL,
  heading_path   text NOT NULL DEFAULT '',
  content        text NOT NULL,
  content_hash   text NOT NULL,
  language       text NOT NULL CHECK (language IN ('zh','en')),
  -- Search terms (CJK bigrams and Latin word stems) for the keyword half of hybrid search.
  terms          text[] NOT NULL DEFAULT '{}',
  -- Dimension depends on the embedder that built the index (see knowledge_index_meta).
  embedding      vector,
  updated_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, chunk_index)
);
CREATE INDEX knowledge_chunks_terms ON knowledge_chunks USING gin (terms);
CREATE INDEX knowledge_chunks_hash ON knowledge_chunks (content_hash);

CREATE TABLE knowledge_index_meta (
  singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  embedder       text NOT NULL,
  dimension      integer NOT NULL CHECK (dimension > 0),
  built_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE conversation_turns (
  id           bigserial PRIMARY KEY,
  user_id      bigint NOT NULL,
  role         text NOT NULL CHECK (role IN ('parent','bot','staff')),
  text         text NOT NULL,
  language     text CHECK (language IN ('zh','en')),
  -- Structured context for follow-ups ("book the second one"): last results, tool calls.
  data         jsonb,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conversation_turns_user ON conversation_turns (user_id, id DESC);
