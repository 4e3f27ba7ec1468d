/**
 * A bare strong adjective in a question about the child ("my 2yo grinds his teeth… sounds horrible. should I worry?",
 * "the mosquitoes at night are terrible. is a net safe over the baby's cot?") describes what the parent lives with; it is
 * not a complaint about the service. It stays a complaint when the message names the service or the people in it
 * ("the point was terrible", "your staff were awful to my son") or carries any other complaint word.
 */
import { INTENT_RULES } from './lexicon/index.ts';

/** The adjectives the complaint rule reads that also describe a noise, a night, a rash or the weather. */
const DESCRIBING_ADJECTIVE = /(?<![a-z])(?:terrible|terribly|awful|awfully|horrible|horribly|worst)(?![a-z])/g;

/** The service, its people or this chat: a strong adjective near these is a complaint. */
const SERVICE_NAMED =
  /(?<![a-z])(?:you|your|yours|bot|app|assistant|point|points|centre|center|staff|teachers?|carers?|caregivers?|service|booking|bookings|session|sessions|class|classes|trial|ai ?lin|system|website|reply|replies|answer|manager)(?![a-z])|服务点|托育点|工作人员|老师|你们/;

/** The complaint rules of the classifier's lexicon, read again once the describing adjectives are set aside. */
const COMPLAINT_RULES: readonly RegExp[] = INTENT_RULES.filter(([intent]) => intent === 'complaint').map(([, re]) => re);

/**
 * Whether the message's only complaint signal is a describing adjective, with the child spoken of and a question asked
 * (the caller tells both: the classifier from its own words, a segment's caller from the whole message's reading).
 */
export function describesNotComplains(t: string, { aboutChild, asks }: { aboutChild: boolean; asks: boolean }): boolean {
  if (!aboutChild || !asks) return false;
  DESCRIBING_ADJECTIVE.lastIndex = 0;
  if (!DESCRIBING_ADJECTIVE.test(t)) return false;
  if (SERVICE_NAMED.test(t)) return false;
  // Any other complaint word left once the adjectives are set aside keeps it a complaint.
  const rest = t.replace(DESCRIBING_ADJECTIVE, ' ');
  return !COMPLAINT_RULES.some((re) => re.test(rest));
}
