import type { Reply } from '../Reply.ts';
import { escalateQuestionAction } from '../../actions/helpActions.ts';
import { findPlacesAction } from '../../actions/searchActions.ts';
import { excerpt } from './excerpt.ts';

/** A knowledge passage as the search_knowledge tool returns it. */
export interface Passage {
  docId: string;
  title: string;
  heading: string;
  source: string;
  language: 'zh' | 'en';
  text: string;
  questions?: string[];
}

function sectionName(p: Passage): string {
  return p.heading.split(' > ').filter(Boolean).at(-1) ?? p.title;
}

/** "Nothing reliable": say so, and offer a person with one tap. */
export function offerStaffInstead(r: Reply, question: string, line: string): void {
  r.say(line);
  r.row(r.button(escalateQuestionAction, [], r.w.knowledge.yesAskStaff), r.button(findPlacesAction, [], r.w.knowledge.noThanks));
  r.state.pending = { type: 'offer_escalation', question };
  r.state.lastQuestion = question;
}

/**
 * A knowledge answer: the passage that answers, quoted cleanly, with its
 * source; or, when nothing relevant was found, an honest "I don't know" and a
 * person.
 */
export function presentAnswer(r: Reply, question: string, passages: Passage[]): void {
  const w = r.w;
  if (passages.length === 0) return offerStaffInstead(r, question, w.knowledge.noAnswer);
  const best = passages[0]!;
  if (best.language !== r.lang) r.say(w.knowledge.fromOtherLanguage);
  const limit = r.lang === 'zh' ? 420 : 750;
  r.say(`📖 ${sectionName(best)}\n${excerpt(best.text, limit)}`);
  const used = [best];
  const second = passages[1];
  // A second passage only when the first is short and the second adds another document's view.
  if (second && best.text.length < (r.lang === 'zh' ? 160 : 300) && second.docId !== best.docId && second.language === best.language) {
    r.say(`📖 ${sectionName(second)}\n${excerpt(second.text, Math.round(limit * 0.6))}`);
    used.push(second);
  }
  const seen = new Set<string>();
  for (const p of used) {
    if (seen.has(p.source)) continue;
    seen.add(p.source);
    r.citations.push({ title: p.title, source: p.source, docId: p.docId, heading: p.heading });
  }
  r.say(w.knowledge.source([...new Set(used.map((p) => p.title))]));
  if (used.some((p) => /^parenting-|health/.test(p.docId))) r.say(w.knowledge.medicalDisclaimer);
  r.state.lastQuestion = question;
  r.row(r.button(escalateQuestionAction, [], w.knowledge.stillUnsure));
}
