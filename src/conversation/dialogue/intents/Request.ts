import type { Child } from '../../../booking/types.ts';
import type { Intent, Slots } from '../../../nlu/types.ts';
import type { Reply } from '../Reply.ts';
import { askToRegister, childByAge, familyChildren, findChild, focusChild } from '../children.ts';
import { alternation, CHILD_CALLED_EN, CHILD_CALLED_ZH, SIBLING_TERMS, words } from '../../../nlu/lexicon/childWords.ts';

/** Words a family calls its child by instead of a name ("妹妹", "宝宝", "女儿"). */
const CHILD_WORD = new RegExp(`^(?:${alternation([...words(SIBLING_TERMS), ...CHILD_CALLED_ZH, ...CHILD_CALLED_EN])})$`, 'i');
/** Another child said to come along: "也", "一起", "too", "also". */
const ANOTHER_TOO = /也|一起|还有|還有|另一个|另一個|(?<![a-z])(?:too|also|as well|another)(?![a-z])/i;

function onlyChildByWord(children: Child[], word: string | undefined, text: string): Child | undefined {
  if (children.length !== 1 || !word || !CHILD_WORD.test(word.trim()) || ANOTHER_TOO.test(text)) return undefined;
  return children[0];
}

/** One request of a parent's message, as language understanding read it. */
export interface Request {
  text: string;
  /** The whole message, when this request is one part of it: a part may be set by another ("…改到周日 是要先取消再重新约吗"). */
  message?: string;
  intent: Intent;
  confidence: number;
  slots: Slots;
}

/** What the assistant does for one intent (dialogue/intents/index.ts maps every intent to one). */
export type IntentHandler = (r: Reply, q: Request) => Promise<void>;

/**
 * The registered child a request is about, put in focus: the one named or
 * described by birth order, else the one already in focus, else the only
 * child. `unknown` when the parent named a child who is not registered (the
 * parent has been asked to register them).
 */
export async function childForRequest(r: Reply, q: Request): Promise<{ child?: Child; unknown?: boolean; children: Child[] }> {
  const children = await familyChildren(r);
  const mention = q.slots.child ?? (q.slots.childName && !q.slots.birthDate ? { name: q.slots.childName } : undefined);
  if (mention) {
    // "幫妹妹預約禮拜六早上", "给宝宝约一个" in a family of one: a word for the child, not a name, is that child — unless
    // another child is said to come too ("妹妹也一起"), which is a sibling not registered yet.
    const found = findChild(children, mention) ?? onlyChildByWord(children, mention.name, q.text);
    if (found) {
      focusChild(r, found);
      return { child: found, children };
    }
    // "my son Ben is 11 months, can he go to Xinglin on Sunday?" before any child is registered: the age told is enough to
    // search (and to say which points take him); registering waits for the booking, which asks for it.
    const toldWithAge = children.length === 0 && q.slots.childAgeMonths !== undefined && !q.slots.birthDate;
    if (toldWithAge) return { children };
    if (children.length > 0 || mention.name) {
      const names = r.w.format.list(children.map((c) => c.name));
      if (mention.name) r.say(r.w.children.unknownChild(mention.name, names || '—'));
      askToRegister(r, { name: mention.name });
      return { unknown: true, children };
    }
  }
  // "一岁多那个", "the two-year-old": in a family of several, an age that fits one child names that child.
  const stated = q.slots.childAgeMonths;
  const byAge = children.length > 1 && stated !== undefined ? childByAge(children, stated) : undefined;
  if (byAge) {
    focusChild(r, byAge);
    return { child: byAge, children };
  }
  const focus = r.state.child ? children.find((c) => c.id === r.state.child!.id) : undefined;
  if (focus) return { child: focus, children };
  if (r.state.child) r.state.child = undefined;
  if (children.length === 1) return { child: children[0], children };
  return { children };
}
