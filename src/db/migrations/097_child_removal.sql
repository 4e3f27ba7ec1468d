-- 097: a parent removes ONE registered child without deleting the family
-- (src/booking/removeChild.ts). The child's row stays, marked removed_at, so
-- its past bookings (attended, no-show, cancelled) stay in the operators'
-- figures: bookings reference children ON DELETE CASCADE, and a hard delete
-- would erase that attendance. Parent-facing reads skip removed children.
--
-- The invariant "a removed child holds no place" is kept by the database, not
-- only by the service: a removed child cannot get a held/confirmed booking or a
-- waiting/offered waitlist entry (the booking decider book_session() and the
-- waitlist insert both lock the child's row first, so a removal and a booking
-- of the same child are serialised), and a child cannot be marked removed
-- while it still holds a place after the moment of removal. Both raise constraint
-- children_not_removed (SQLSTATE 23514), which the service maps to
-- CHILD_NOT_FOUND.

ALTER TABLE children ADD COLUMN removed_at timestamptz;

CREATE FUNCTION refuse_place_for_removed_child() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM children WHERE id = NEW.child_id AND removed_at IS NOT NULL) THEN
    RAISE EXCEPTION 'child % was removed by the family', NEW.child_id
      USING ERRCODE = '23514', CONSTRAINT = 'children_not_removed';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER bookings_child_not_removed
  BEFORE INSERT OR UPDATE OF status ON bookings
  FOR EACH ROW WHEN (NEW.status IN ('held', 'confirmed'))
  EXECUTE FUNCTION refuse_place_for_removed_child();

CREATE TRIGGER waitlist_child_not_removed
  BEFORE INSERT OR UPDATE OF status ON waitlist_entries
  FOR EACH ROW WHEN (NEW.status IN ('waiting', 'offered'))
  EXECUTE FUNCTION refuse_place_for_removed_child();

CREATE FUNCTION refuse_removal_with_places() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM bookings b JOIN sessions s ON s.id = b.session_id
              WHERE b.child_id = NEW.id AND b.status IN ('held', 'confirmed') AND s.starts_at > NEW.removed_at)
     OR EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.child_id = NEW.id AND w.status IN ('waiting', 'offered')) THEN
    RAISE EXCEPTION 'child % still holds a place', NEW.id
      USING ERRCODE = '23514', CONSTRAINT = 'children_not_removed';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER children_removed_without_places
  BEFORE UPDATE OF removed_at ON children
  FOR EACH ROW WHEN (NEW.removed_at IS NOT NULL AND OLD.removed_at IS NULL)
  EXECUTE FUNCTION refuse_removal_with_places();
