import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { withTransaction } from '../db/withTransaction.ts';
import type { Queryable } from '../db/Queryable.ts';
import { localDateOf } from '../time/zonedTime.ts';
import type { BookingDeps } from './context.ts';
import { childName, lang, localDate, parseInput, rowId, userId } from './input.ts';
import type { Child, Lang, Parent } from './types.ts';
import type { Row } from './rows.ts';
import { stripControlCharacters } from '../text/controlCharacters.ts';

export const MAX_CHILDREN_PER_PARENT = 8;
/** The service is for 0–3; older siblings up to 6 may still be registered (some points take them). */
export const MAX_REGISTRABLE_AGE_MONTHS = 72;

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

function parentFromRow(r: Row): Parent {
  return {
    id: Number(r.id),
    displayName: r.display_name,
    language: r.language,
    consentAt: iso(r.consent_at),
    bookingsPausedUntil: iso(r.bookings_paused_until),
  };
}

/** A child's columns with the age today ($today), by child_age_months(), the one age computation booking also uses. */
const CHILD_COLUMNS = (today: string) => `id, parent_id, name, birth_date::text AS birth_date, child_age_months(birth_date, ${today}::date) AS age_months`;

function childFromRow(r: Row): Child {
  return { id: r.id, parentId: Number(r.parent_id), name: r.name, birthDate: r.birth_date, ageMonths: r.age_months };
}

const ensureParentInput = z.object({
  parentId: userId,
  // Telegram names may carry NUL (PostgreSQL text refuses it), other control
  // characters or bidi overrides (spoofing in staff views): dropped, not refused.
  displayName: z
    .string()
    .transform((s) => stripControlCharacters(s))
    .pipe(z.string().trim().max(120))
    .optional(),
  language: lang.optional(),
});

async function checkBirthDate(db: Queryable, birthDate: string, today: string): Promise<void> {
  if (birthDate > today) throw new DomainError('INVALID_INPUT', { field: 'birthDate', reason: 'in_future' });
  const r = await db.query<{ age: number }>('SELECT child_age_months($1::date, $2::date) AS age', [birthDate, today]);
  if (r.rows[0]!.age >= MAX_REGISTRABLE_AGE_MONTHS) {
    throw new DomainError('INVALID_INPUT', { field: 'birthDate', reason: 'too_old', maxAgeMonths: MAX_REGISTRABLE_AGE_MONTHS });
  }
}

export function familyOperations(deps: BookingDeps) {
  const { pool, clock, timeZone } = deps;
  const today = () => localDateOf(clock.now(), timeZone);

  return {
    /** Creates the parent on first contact; later calls only fill in what was given. */
    async ensureParent(args: { parentId: number; displayName?: string; language?: Lang }): Promise<Parent> {
      const a = parseInput(ensureParentInput, args);
      const r = await pool.query<Row>(
        `INSERT INTO parents (id, display_name, language) VALUES ($1, coalesce($2, ''), coalesce($3, 'zh'))
         ON CONFLICT (id) DO UPDATE SET
           display_name = coalesce($2, parents.display_name),
           language = coalesce($3, parents.language),
           updated_at = CASE WHEN $2::text IS NULL AND $3::text IS NULL THEN parents.updated_at ELSE now() END
         RETURNING *`,
        [a.parentId, a.displayName ?? null, a.language ?? null],
      );
      return parentFromRow(r.rows[0]!);
    },

    async setLanguage(parentId: number, language: Lang): Promise<Parent> {
      const id = parseInput(userId, parentId);
      const l = parseInput(z.object({ language: lang }), { language }).language;
      const r = await pool.query<Row>('UPDATE parents SET language = $2, updated_at = now() WHERE id = $1 RETURNING *', [id, l]);
      if (!r.rows[0]) throw new DomainError('PARENT_NOT_FOUND', { parentId: id });
      return parentFromRow(r.rows[0]);
    },

    async recordConsent(parentId: number): Promise<Parent> {
      const id = parseInput(userId, parentId);
      const r = await pool.query<Row>('UPDATE parents SET consent_at = coalesce(consent_at, $2), updated_at = now() WHERE id = $1 RETURNING *', [
        id,
        clock.now(),
      ]);
      if (!r.rows[0]) throw new DomainError('PARENT_NOT_FOUND', { parentId: id });
      return parentFromRow(r.rows[0]);
    },

    async getParent(parentId: number): Promise<Parent | null> {
      const id = parseInput(userId, parentId);
      const r = await pool.query<Row>('SELECT * FROM parents WHERE id = $1', [id]);
      return r.rows[0] ? parentFromRow(r.rows[0]) : null;
    },

    async registerChild(parentId: number, child: { name: string; birthDate: string }): Promise<Child> {
      const id = parseInput(userId, parentId);
      const c = parseInput(z.object({ name: childName, birthDate: localDate }), child);
      const t = today();
      await checkBirthDate(pool, c.birthDate, t);
      return withTransaction(pool, async (client) => {
        // Lock the parent so two quick registrations count children correctly.
        const p = await client.query('SELECT id FROM parents WHERE id = $1 FOR UPDATE', [id]);
        if (!p.rows[0]) throw new DomainError('PARENT_NOT_FOUND', { parentId: id });
        const existing = await client.query<Row>(`SELECT ${CHILD_COLUMNS('$2')} FROM children WHERE parent_id = $1 AND removed_at IS NULL ORDER BY id`, [
          id,
          t,
        ]);
        // Same name and birth date again (a repeated message) returns the same child.
        const same = existing.rows.find((r) => r.name === c.name && r.birth_date === c.birthDate);
        if (same) return childFromRow(same);
        if (existing.rows.length >= MAX_CHILDREN_PER_PARENT) {
          throw new DomainError('TOO_MANY_CHILDREN', { limit: MAX_CHILDREN_PER_PARENT });
        }
        const r = await client.query<Row>(`INSERT INTO children (parent_id, name, birth_date) VALUES ($1, $2, $3) RETURNING ${CHILD_COLUMNS('$4')}`, [
          id,
          c.name,
          c.birthDate,
          t,
        ]);
        return childFromRow(r.rows[0]!);
      });
    },

    /** The family's children, a removed child (src/booking/removeChild.ts) no longer among them. */
    async listChildren(parentId: number): Promise<Child[]> {
      const id = parseInput(userId, parentId);
      const r = await pool.query<Row>(`SELECT ${CHILD_COLUMNS('$2')} FROM children WHERE parent_id = $1 AND removed_at IS NULL ORDER BY id`, [id, today()]);
      return r.rows.map(childFromRow);
    },

    async updateChild(parentId: number, childId: number, changes: { name?: string; birthDate?: string }): Promise<Child> {
      const pid = parseInput(userId, parentId);
      const cid = parseInput(rowId, childId);
      const c = parseInput(z.object({ name: childName.optional(), birthDate: localDate.optional() }), changes);
      const t = today();
      if (c.birthDate) await checkBirthDate(pool, c.birthDate, t);
      const r = await pool.query<Row>(
        `UPDATE children SET name = coalesce($3, name), birth_date = coalesce($4::date, birth_date), updated_at = now()
         WHERE id = $1 AND parent_id = $2 AND removed_at IS NULL
         RETURNING ${CHILD_COLUMNS('$5')}`,
        [cid, pid, c.name ?? null, c.birthDate ?? null, t],
      );
      if (!r.rows[0]) throw new DomainError('CHILD_NOT_FOUND', { childId: cid });
      return childFromRow(r.rows[0]);
    },
  };
}
