import type { Intent } from './types.ts';

/**
 * The parts of a message that may each be a request: sentences, lines, and
 * clauses after "另外/还有个问题/顺便/also/btw". Chinese writers often
 * separate sentences with a space ("周六上午有位吗 孩子咳嗽能去吗").
 */
export function splitSegments(text: string): string[] {
  return text
    .split(
      /[。！!？?\n]+|(?:另外|还有个?问题|还想问(?:一下)?|顺便问(?:一下)?|顺便|对了|(?<![a-z])(?:also|btw|by the way|another question|one more thing)(?![a-z]))[,，:：\s]*|(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5]{4,})/,
    )
    .map((s) => s.trim())
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
