import { format } from './format.ts';
import type { errors as zhErrors, ErrorData } from '../zh/errors.ts';

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : fallback);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const date = (v: unknown): string => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? format.date(v) : format.unknownDay);
const age = (v: unknown): string => {
  const m = num(v);
  return m === undefined ? '' : `${m} month${m === 1 ? '' : 's'}`;
};
function session(d: ErrorData): string {
  const d0 = d.localDate ? date(d.localDate) : '';
  const time = str(d.startTime);
  const point = str(d.pointNameEn);
  if (!d0 && !point) return 'this session';
  return `the ${time ? `${time} ` : ''}session${d0 ? ` on ${d0}` : ''}${point ? ` at ${point}` : ''}`;
}
const Session = (d: ErrorData) => {
  const s = session(d);
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const child = (d: ErrorData): string => str(d.childName) || 'your child';
const Child = (d: ErrorData) => {
  const s = child(d);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

const FIELDS: Record<string, string> = {
  birthDate: 'birth date',
  name: 'name',
  from: 'start date',
  to: 'end date',
  near: 'location',
  childAgeMonths: 'age in months',
  sessionId: 'session number',
  childId: 'child',
  bookingRef: 'booking code',
  date: 'date',
  language: 'language',
};

/** Domain error codes in words (English). */
export const errors: typeof zhErrors = {
  generic: 'Sorry, something went wrong on our side. Please try again in a moment, or ask to talk to staff.',
  byCode: {
    INVALID_INPUT: (d) => {
      const field = str(d.field);
      const reason = str(d.reason);
      if (field === 'birthDate' && reason === 'in_future') return "The birth date can't be in the future — could you check it again?";
      if (field === 'birthDate' && reason === 'too_old')
        return 'The community care service is for children aged 0–3; this birth date is beyond the age we can register (under 6).';
      if (reason === 'range_too_long') return `I can look up to ${str(d.maxDays, '60')} days at a time — please choose a shorter date range.`;
      if (reason === 'from_after_to') return 'The start date is after the end date — could you check the dates?';
      return `The ${FIELDS[field] ?? 'information entered'} doesn't look right — could you check it and try again?`;
    },
    PARENT_NOT_FOUND: () => "I don't have you registered yet — say hello first and I'll set you up.",
    CHILD_NOT_FOUND: () => "I couldn't find that child — please add your child's name and birth date first.",
    NO_SUCH_CHILD: (d) => {
      const names = Array.isArray(d.registered) ? d.registered.map((n) => str(n)).filter(Boolean) : [];
      const who = str(d.name) ? `No child called "${str(d.name)}" is registered.` : "I couldn't find that child.";
      return names.length ? `${who} Your registered children: ${names.join(', ')}.` : `${who} You have no children registered yet.`;
    },
    TOO_MANY_CHILDREN: (d) => `A family can register at most ${str(d.limit)} children. Staff can help if you need more.`,
    SESSION_NOT_FOUND: () => "I couldn't find that session — the number may be wrong. Shall I search available sessions again?",
    SESSION_FULL: (d) =>
      `Sorry, ${session(d)} is full. I can put you on the waitlist and tell you the moment a place opens, or look for other sessions nearby.`,
    SESSION_CANCELLED: (d) => `${Session(d)} has been cancelled${d.reason ? ` (${str(d.reason)})` : ''}. Shall I look for another time?`,
    SESSION_IN_PAST: (d) => `${Session(d)} has already started — let's look at later sessions.`,
    SESSION_HAS_PLACES: (d) =>
      `Good news — ${session(d)} still has ${str(d.free, 'some')} place${d.free === 1 ? '' : 's'}, so you can book it directly, no waitlist needed.`,
    SESSION_NOT_STARTED: (d) => `${Session(d)} hasn't started yet; attendance can be recorded once it starts.`,
    BOOKING_NOT_OPEN_YET: (d) =>
      `Booking for ${session(d)} isn't open yet — it opens on ${date(d.opensDate)} at ${str(d.opensTime, '00:00')} (${str(d.daysAhead)} days ahead). Come back then!`,
    BOOKING_CLOSED: (d) => `Booking for ${session(d)} has closed (it closes ${str(d.minutesBefore)} minutes before the start). Let's find a later session.`,
    CHILD_TOO_YOUNG: (d) =>
      `${Child(d)} will be ${age(d.ageMonths)} old on ${date(d.localDate)}; this point takes children from ${age(d.minAgeMonths)}${d.eligibleFrom ? ` — sessions from ${date(d.eligibleFrom)} on will be fine` : ''}.`,
    CHILD_TOO_OLD: (d) =>
      `${Child(d)} will be ${age(d.ageMonths)} old on ${date(d.localDate)}; this point takes children under ${age(d.maxAgeMonths)}. Ask me about options for older children.`,
    CHILD_DOUBLE_BOOKED: (d) =>
      `${Child(d)} already has a booking at that time (${date(d.otherLocalDate)} ${str(d.otherStartTime)}–${str(d.otherEndTime)} at ${str(d.otherPointNameEn)}, code ${str(d.otherRefCode)}). To switch, cancel that one first.`,
    ALREADY_BOOKED: (d) => `${Child(d)} is already booked for this session${d.refCode ? ` (code ${str(d.refCode)})` : ''}.`,
    WEEKLY_CAP_REACHED: (d) =>
      `To keep things fair for every family, each child can have ${str(d.limit)} weekend booking${d.limit === 1 ? '' : 's'} per week (Mon–Sun). ${Child(d)} already has that many for the week of ${date(d.weekStart)}. Try the following week, or a free weekday trial class.`,
    BOOKINGS_PAUSED: (d) =>
      `Because of ${str(d.noShows)} missed bookings in the last ${str(d.windowDays)} days, new bookings are paused until ${date(d.untilDate)}. After that you can book as usual; if something unusual happened, staff are happy to hear about it.`,
    BOOKING_NOT_FOUND: () => "I couldn't find that booking — please check the code, or ask me to list your bookings.",
    BOOKING_IN_PAST: (d) => `${Session(d)} has already started, so the booking can't be changed now.`,
    BOOKING_NOT_ACTIVE: (d) => `This booking is ${str(d.status, 'not active')}, so that can't be done.`,
    ALREADY_CANCELLED: () => 'That booking was already cancelled.',
    NOT_ON_WAITLIST: () => "You're not on the waitlist for that session.",
    ALREADY_ON_WAITLIST: (d) => `You're already on the waitlist, at position ${str(d.position)}.`,
    OFFER_NOT_FOUND: () => "I couldn't find that waitlist offer — it may already have been handled.",
    OFFER_EXPIRED: () => 'Sorry, the hold on that place has run out and it has passed to the next family. Shall I look for other sessions?',
    NOT_STAFF: () => 'This is for service point staff only.',
    ESCALATION_NOT_FOUND: () => "I couldn't find that request — it may already have been resolved.",
    FORBIDDEN: () => "You don't have permission for this service point.",
    DATABASE_BUSY: () => "Sorry, the system is busy right now and I couldn't finish that. Please try again in a moment.",
  },
};
