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

/**
 * The parent's own anger ("I was so angry", "我当时很生气"), told of someone in the family ("my mother in law let our 1 year
 * old lick 辣椒 … I was so angry. is chilli bad for her?"): a row at home, and the question is about the child.
 */
const OWN_ANGER =
  /(?<![a-z])(?:i|we) (?:was|were|am|are|'m|'re|got|get|feel|felt) (?:so |really |very |quite |pretty |absolutely )?(?:angry|furious|mad|upset|cross|livid|annoyed|frustrated)(?: (?:with|at) (?:her|him|them))?(?![a-z])|我(?:当时|真的)?(?:很|好|超|特别|非常|都)?(?:生气|气死了?|火大|不高兴)/gi;
/**
 * Someone in the family finding the parents too strict ("爷爷奶奶又觉得我们太凶了", "婆婆嫌我对孩子凶", round 43): a row at home
 * about discipline, not a complaint about the service.
 */
const FAMILY_FINDS_US_HARSH =
  /(?:觉得|说|嫌|怪|认为)(?:我们|我|他爸|他妈|孩子(?:他|她)?(?:爸|妈)|我老公|我老婆)(?:对(?:孩子|他|她|娃))?(?:太|有点|很|好|过于|特别)?(?:凶|严)/g;
const FAMILY_MEMBER =
  /(?<![a-z])(?:mother[- ]in[- ]law|father[- ]in[- ]law|in-laws|mil|fil|grandma|grandpa|granny|grandmother|grandfather|nainai|laolao|yeye|waipo|my (?:mum|mom|mother|dad|father|husband|wife|partner))(?![a-z])|婆婆|公公|奶奶|爷爷|外婆|姥姥|外公|姥爷|老公|老婆|我妈|我爸|孩子(?:他|她)?爸/i;

/** The complaint rules of the classifier's lexicon, read again once the describing adjectives are set aside. */
const COMPLAINT_RULES: readonly RegExp[] = INTENT_RULES.filter(([intent]) => intent === 'complaint').map(([, re]) => re);

/**
 * Whether the message's only complaint signal is a describing adjective, with the child spoken of and a question asked
 * (the caller tells both: the classifier from its own words, a segment's caller from the whole message's reading).
 */
export interface DescribingContext {
  aboutChild: boolean;
  asks: boolean;
  /** The whole message, when `t` is one part of it. */
  whole?: string;
}

export function describesNotComplains(t: string, { aboutChild, asks, whole = t }: DescribingContext): boolean {
  if (!aboutChild || !asks) return false;
  // The words that only describe: the strong adjectives, and the parent's anger where someone in the family is its cause.
  let rest = t.replace(DESCRIBING_ADJECTIVE, ' ');
  if (FAMILY_MEMBER.test(whole)) rest = rest.replace(OWN_ANGER, ' ').replace(FAMILY_FINDS_US_HARSH, ' ');
  if (rest === t) return false;
  if (SERVICE_NAMED.test(t) || SERVICE_NAMED.test(whole)) return false;
  // Any other complaint word left once the describing words are set aside keeps it a complaint.
  return !COMPLAINT_RULES.some((re) => re.test(rest));
}
