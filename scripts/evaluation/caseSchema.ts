import { z } from 'zod';
import { CLASS_TITLES, SESSION_KINDS } from '../../src/domain/serviceKinds.ts';
import { DISTRICTS } from '../../src/domain/xiamenPlaces.ts';

/**
 * The format of the frozen conversation evaluation set
 * (test/fixtures/eval-conversations/*.jsonl, one case per line; README there).
 * Every object is strict so a misspelt expectation key fails validation
 * instead of silently checking nothing.
 */

export const CATEGORIES = ['booking', 'multi_turn', 'children', 'two_requests', 'honesty', 'parenting', 'policy', 'safety', 'human'] as const;
export type Category = (typeof CATEGORIES)[number];
export const LANGS = ['zh', 'zh-Hant', 'en', 'mixed'] as const;
export type CaseLang = (typeof LANGS)[number];

const regex = z
  .string()
  .min(1)
  .refine((s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** What identifies a booking or waitlist place; every given field must match. */
export const placeSpec = z.strictObject({
  district: z.enum(DISTRICTS).optional(),
  date: localDate.optional(),
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
  child: z.string().min(1).optional(),
  point: z
    .string()
    .regex(/^[A-Z]{2}-[A-Z]{2}$/, 'a point code such as HL-JT')
    .optional(),
});
export type PlaceSpec = z.infer<typeof placeSpec>;

/** One spec (exactly one row), several (exactly that many rows, each matching one spec), or false (none). */
const placeExpectation = z.union([z.literal(false), placeSpec, z.array(placeSpec).min(1)]);
export type PlaceExpectation = z.infer<typeof placeExpectation>;

const cancelExpectation = z.union([
  z.literal(false),
  z.strictObject({ child: z.string().min(1).optional(), date: localDate.optional() }),
  z.array(z.strictObject({ child: z.string().min(1).optional(), date: localDate.optional() })).min(1),
]);

export const searchSpec = z.strictObject({
  district: z.enum(DISTRICTS).optional(),
  date: localDate.optional(),
  dateNot: localDate.optional(),
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
  childAgeMonths: z.number().int().min(0).max(72).optional(),
});
export type SearchSpec = z.infer<typeof searchSpec>;

const registeredExpectation = z.union([z.literal(false), z.array(z.string().min(1)).min(1)]);

export const expectation = z.strictObject({
  booked: placeExpectation.optional(),
  cancelled: cancelExpectation.optional(),
  waitlisted: placeExpectation.optional(),
  registered: registeredExpectation.optional(),
  searched: z.union([z.literal(false), searchSpec]).optional(),
  escalated: z.boolean().optional(),
  escalationReason: z.enum(['medical', 'complaint', 'human_requested', 'unanswered']).optional(),
  replyIncludes: z.array(regex).optional(),
  replyExcludes: z.array(regex).optional(),
  first: regex.optional(),
  script: z.enum(['Hans', 'Hant', 'en']).optional(),
  cites: z.array(regex).min(1).optional(),
  noCitation: z.literal(true).optional(),
  maxChars: z.number().int().positive().optional(),
});
export type Expectation = z.infer<typeof expectation>;

/** Checks over the whole case (diff from before the first turn to after the last). */
export const endExpectation = z.strictObject({
  booked: placeExpectation.optional(),
  cancelled: cancelExpectation.optional(),
  waitlisted: placeExpectation.optional(),
  registered: registeredExpectation.optional(),
});
export type EndExpectation = z.infer<typeof endExpectation>;

const textTurn = z.strictObject({ text: z.string().min(1), expect: expectation.default({}) });
const tapTurn = z.strictObject({
  tap: regex,
  nth: z.number().int().min(1).default(1),
  /** A confirmation the parent presses only if the answer offers it; skipped (not failed) when absent. */
  optional: z.boolean().optional(),
  expect: expectation.default({}),
});
const locationTurn = z.strictObject({
  location: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]),
  expect: expectation.default({}),
});
export const turn = z.union([textTurn, tapTurn, locationTurn]);
export type Turn = z.infer<typeof turn>;

export const setupBooking = z.strictObject({
  child: z.string().min(1),
  date: localDate,
  district: z.enum(DISTRICTS).optional(),
  point: z.string().optional(),
  partOfDay: z.enum(['morning', 'afternoon']).optional(),
  kind: z.enum(SESSION_KINDS).optional(),
  classTitle: z.enum(CLASS_TITLES).optional(),
});
export type SetupBooking = z.infer<typeof setupBooking>;

export const evalCase = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9]{1,3}-[a-z-]+-\d{3}$/, 'ids look like bk-zh-001 or sf5-zh-001'),
  category: z.enum(CATEGORIES),
  lang: z.enum(LANGS),
  rubric: z.string().min(10),
  now: z.iso.datetime({ offset: true }).optional(),
  setup: z
    .strictObject({
      children: z.array(z.strictObject({ name: z.string().min(1), birthDate: localDate })).optional(),
      bookings: z.array(setupBooking).optional(),
    })
    .optional(),
  turns: z.array(turn).min(1),
  end: endExpectation.optional(),
});
export type EvalCase = z.infer<typeof evalCase>;

/** Wednesday 25 Nov 2026, 10:00 in Xiamen (as the test helpers). */
export const DEFAULT_NOW = '2026-11-25T10:00:00+08:00';
