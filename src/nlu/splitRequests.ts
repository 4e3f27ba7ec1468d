import type { Intent } from './types.ts';

/**
 * The parts of a message that may each be a request: sentences, lines, and
 * clauses after "另外/还有个问题/顺便/also/btw". Chinese writers often
 * separate sentences with a space ("周六上午有位吗 孩子咳嗽能去吗").
 */
const SENTENCES =
  /[。！!？?\n]+|[,，]\s*还有(?!位|名额|空|号|别的|其他|没有|哪|吗|呢|什么时候|几)|(?:另外|还有个?问题|还想问(?:一下|下)?|顺便问(?:一下|下)?|顺便|对了|(?<![a-z])(?:also|btw|by the way|another question|one more thing)(?![a-z]))[,，:：\s]*|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5]{4,})/;

/** "…, 再帮我看看下周六" / "… and find her Sunday instead": a second action joined to the first. */
const THEN_ACTION =
  /[,，;；]?\s*(?:然后|之后|再)(?=(?:帮我|给我|帮忙|麻烦)?(?:看看|找|约|查|订|预约|报名|取消|登记))|[,，;；]\s*(?=(?:改|换|另)(?:找|约|订|看|查|预约))|[,;]?\s+(?:and|then|and then)\s+(?=(?:also\s+)?(?:find|book|search|look|get|show|check|cancel|register|add|put)\b)|[,;]?\s+(?:and|also|plus)\s+(?=(?:can|could|do|does|is|are|should|will|what|how|where|when|why)\s)/i;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The parts of a message that may each be a request: sentences, lines, and
 * clauses after "另外/还有个问题/顺便/also/btw", a second action ("然后/再帮我…",
 * "and find…"), and — with the family's children's names — a clause about
 * another child ("朵朵约周六上午，果果约周日"). Chinese writers often separate
 * sentences with a space ("周六上午有位吗 孩子咳嗽能去吗").
 */
export function splitSegments(text: string, childNames: string[] = []): string[] {
  const names = childNames.filter((n) => n.trim().length > 0).map(escapeRegExp);
  const perChild =
    names.length > 1
      ? new RegExp(`[,，;；、]\\s*(?:and\\s+|then\\s+|以及|还有|然后)?(?=(?:给|帮|把|为|for\\s+)?(?:${names.join('|')})(?![a-z]))`, 'i')
      : undefined;
  return text
    .split(SENTENCES)
    .flatMap((s) => (s ? s.split(THEN_ACTION) : []))
    .flatMap((s) => (s && perChild ? s.split(perChild) : [s]))
    .map((s) => (s ?? '').trim().replace(/^(?:我|还|再)?想问(?:一下|下)?[,，:：\s]*/, ''))
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Kinds of request: two requests of one kind in a message are one request. */
export function requestFamily(intent: Intent): 'booking' | 'question' | 'person' | 'talk' | 'other' {
  switch (intent) {
    case 'find_slots':
    case 'book':
    case 'join_waitlist':
    case 'cancel':
    case 'my_bookings':
    case 'register_child':
    case 'list_children':
    case 'more':
    case 'reschedule':
    case 'remind_opening':
      return 'booking';
    case 'knowledge':
    case 'point_info':
    case 'can_attend':
    case 'service_intro':
      return 'question';
    case 'human':
    case 'complaint':
      return 'person';
    case 'greeting':
    case 'thanks':
    case 'affirm':
    case 'deny':
    case 'help':
    case 'identity':
    case 'switch_language':
      return 'talk';
    default:
      return 'other';
  }
}
