import type { BookingRules } from '../../../config/config.ts';
import type { Catalogue } from '../../../i18n/catalogue.ts';
import { askedRules, asksAboutOtherAppointment, type RuleKey } from '../../../nlu/ruleQuestions.ts';

/**
 * The service's numbers a question asks for ("取消要提前多久", "how many
 * bookings a week"), stated from the booking configuration the engine
 * enforces. The documents render the same values ({{rules.x}}), so this is
 * said only when the quoted sentences do not already hold the number.
 */
interface RuleFact {
  /** Which rule: the NLU recognises the question (src/nlu/ruleQuestions.ts). */
  rule: RuleKey;
  /** The number the answer must contain. */
  value: (rules: BookingRules) => string;
  say: (w: Catalogue, rules: BookingRules) => string;
  /** The document that states the rule: the answer cites it. */
  doc: string;
}

const hours = (rules: BookingRules) => String(Math.round((rules.cancelDeadlineMinutes / 60) * 100) / 100);

const FACTS: RuleFact[] = [
  {
    rule: 'cancelDeadline',
    value: hours,
    say: (w, r) => w.answers.rules.cancelDeadline(hours(r), r.cancelDeadlineMinutes),
    doc: 'service-change-cancel',
  },
  {
    rule: 'bookingOpens',
    value: (r) => String(r.opensDaysAhead),
    say: (w, r) => w.answers.rules.opensDaysAhead(r.opensDaysAhead, r.closesMinutesBefore),
    doc: 'service-how-to-book',
  },
  {
    rule: 'bookingCloses',
    value: (r) => String(r.closesMinutesBefore),
    say: (w, r) => w.answers.rules.opensDaysAhead(r.opensDaysAhead, r.closesMinutesBefore),
    doc: 'service-how-to-book',
  },
  {
    rule: 'weeklyCap',
    value: (r) => String(r.weeklyWeekendBookingsPerChild),
    say: (w, r) => w.answers.rules.weeklyLimit(r.weeklyWeekendBookingsPerChild),
    doc: 'service-how-to-book',
  },
  {
    rule: 'noShow',
    value: (r) => String(r.noShowPauseDays),
    say: (w, r) => w.answers.rules.noShow(r.noShowLimit, r.noShowWindowDays, r.noShowPauseDays),
    doc: 'service-no-show',
  },
  {
    rule: 'waitlistHold',
    value: (r) => String(r.waitlistHoldMinutes),
    say: (w, r) => w.answers.rules.waitlistHold(r.waitlistHoldMinutes),
    doc: 'service-waitlist',
  },
  {
    rule: 'historyRetention',
    value: (r) => String(r.historyRetentionDays),
    say: (w, r) => w.bot.privacy(r.historyRetentionDays),
    doc: 'policy-privacy',
  },
];

/**
 * The documents that state the rules the question asks about ("weekly cap是按孩子算还是按家庭算" → the booking rules'
 * document), in a fixed order; none for a doctor's or vaccination appointment (not this service's booking).
 */
export function ruleDocuments(question: string): string[] {
  const asked = new Set(askedRules(question));
  const otherAppointment = asksAboutOtherAppointment(question);
  const docs = FACTS.filter((f) => asked.has(f.rule) && (!otherAppointment || f.doc === 'policy-privacy')).map((f) => f.doc);
  return [...new Set(docs)];
}

/** The rule sentences the answer still needs: asked for, and not already in the quoted text. */
export function missingRuleFacts(question: string, quoted: string, w: Catalogue, rules: BookingRules): string[] {
  return statedRuleFacts(question, quoted, w, rules).map((f) => f.sentence);
}

/** The same rule sentences, each with the document that states the rule (an answer from the rules alone cites it). */
export function statedRuleFacts(question: string, quoted: string, w: Catalogue, rules: BookingRules): { sentence: string; doc: string }[] {
  const out: { sentence: string; doc: string }[] = [];
  for (const f of missingFacts(question, quoted, rules)) {
    const sentence = f.say(w, rules);
    // Two facts may be said by one sentence (when booking opens and when it closes).
    if (!out.some((o) => o.sentence === sentence)) out.push({ sentence, doc: f.doc });
  }
  return out;
}

function missingFacts(question: string, quoted: string, rules: BookingRules): RuleFact[] {
  const asked = new Set(askedRules(question));
  // A doctor's or vaccination appointment is not this service's booking (the retention rule is not about booking).
  const otherAppointment = asksAboutOtherAppointment(question);
  const out: RuleFact[] = [];
  for (const f of FACTS) {
    if (!asked.has(f.rule)) continue;
    if (otherAppointment && f.doc !== 'policy-privacy') continue;
    // The number as a number: not a digit of a larger one, nor of a booking code ("K7M2QX").
    if (new RegExp(`(?<![\\d.A-Za-z])${f.value(rules).replace('.', '\\.')}(?![\\d.A-Za-z])`).test(quoted)) continue;
    out.push(f);
  }
  return out;
}
