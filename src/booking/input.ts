import { z } from 'zod';
import { DomainError } from '../errors/DomainError.ts';
import { isValidLocalDate } from '../time/zonedTime.ts';
import { DISTRICTS } from '../domain/xiamenPlaces.ts';
import { CLASS_TITLES, SESSION_KINDS } from '../domain/serviceKinds.ts';
import { LOCALES } from '../i18n/languages.ts';

/** Accepts 12 or "12" (tools and buttons send text) but never "abc", 1.5 or an id beyond the column type. */
const integerLike = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^\d{1,16}$/)
    .transform(Number),
]);

/** serial columns are int4. */
export const rowId = integerLike.pipe(z.number().int().min(1).max(2_147_483_647));
/** Telegram user ids (bigint). */
export const userId = integerLike.pipe(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER));

export const localDate = z.string().trim().refine(isValidLocalDate, 'expected YYYY-MM-DD');
export const lang = z.enum(LOCALES);

export const coordinates = z.object({
  latitude: z.number().finite().min(-90).max(90),
  longitude: z.number().finite().min(-180).max(180),
});

export const childName = z.string().trim().min(1).max(60);

export const searchQuery = z.object({
  from: localDate,
  to: localDate,
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  district: z.enum(DISTRICTS).optional(),
  near: coordinates.optional(),
  radiusKm: z.number().finite().positive().max(100).optional(),
  childAgeMonths: z.number().int().min(0).max(72).optional(),
  childId: rowId.optional(),
  parentId: userId.optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
  includeFull: z.boolean().optional(),
  limit: z.number().int().min(1).max(50).optional(),
  offset: z.number().int().min(0).max(10_000).optional(),
});
export type SearchQuery = z.input<typeof searchQuery>;

export const bookingTarget = z.object({ parentId: userId, childId: rowId, sessionId: rowId });

export const refCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{4,10}$/));

/** Turns the first zod issue into INVALID_INPUT { field, reason } — never a partial write. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue?.path.length ? String(issue.path[0]) : 'input';
  throw new DomainError('INVALID_INPUT', { field, reason: issue?.code ?? 'invalid', detail: issue?.message });
}
