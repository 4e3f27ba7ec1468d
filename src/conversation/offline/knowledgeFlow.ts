import type { ReplyBuilder } from './ReplyBuilder.ts';
import { describeError } from '../../errors/describeError.ts';

interface Passage {
  docId: string;
  title: string;
  heading: string;
  source: string;
  language: 'zh' | 'en';
  text: string;
}

/** Trims a passage to a readable length at a sentence or line boundary. */
export function excerpt(text: string, max: number): string {
  // Plain text for every transport: drop Markdown emphasis and heading marks.
  const clean = text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^\s*[-*]\s+/gm, '• ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('\n'), cut.lastIndexOf('. '), cut.lastIndexOf('；'), cut.lastIndexOf('！'), cut.lastIndexOf('？'));
  return (boundary > max * 0.5 ? cut.slice(0, boundary + 1) : cut).trim() + ' …';
}

function sectionName(p: Passage): string {
  const parts = p.heading.split(' > ').filter(Boolean);
  return parts.at(-1) ?? p.title;
}

/** Answers from the best retrieved passages, quoted cleanly, with citations; or offers a person. */
export async function answerFromKnowledge(b: ReplyBuilder, question: string): Promise<void> {
  const run = await b.tool<{ passages: Passage[] }>('search_knowledge', { query: question });
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    return;
  }
  const passages = run.result.passages;
  if (passages.length === 0) {
    b.say(
      '这个问题我的资料里没有可靠的答案，我不想乱说。需要我把问题转给工作人员吗？',
      "I don't have a reliable answer to that in my materials, and I'd rather not guess. Shall I pass your question to a staff member?",
    );
    b.row(b.button('好的，转给工作人员', 'Yes, ask staff', 'esc'), b.button('不用了', 'No thanks', 'sf'));
    b.state.pending = { type: 'offer_escalation', question };
    b.state.lastQuestion = question;
    return;
  }
  const best = passages[0]!;
  const otherLang = best.language !== b.lang;
  if (otherLang) b.say('（中文资料里没有找到，以下摘自英文资料）', '(Not found in the English materials; this is from the Chinese version.)');
  const limit = b.lang === 'zh' ? 420 : 750;
  b.text(`📖 ${sectionName(best)}\n${excerpt(best.text, limit)}`);
  const used = [best];
  const second = passages[1];
  // A second passage only when the first is short and the second adds another document's view.
  if (second && best.text.length < (b.lang === 'zh' ? 160 : 300) && second.docId !== best.docId && second.language === best.language) {
    b.text(`📖 ${sectionName(second)}\n${excerpt(second.text, Math.round(limit * 0.6))}`);
    used.push(second);
  }
  const seen = new Set<string>();
  for (const p of used) {
    if (seen.has(p.source)) continue;
    seen.add(p.source);
    b.citations.push({ title: p.title, source: p.source, docId: p.docId, heading: p.heading });
  }
  b.text(b.lang === 'zh' ? `来源：${used.map((p) => `《${p.title}》`).filter((t, i, a) => a.indexOf(t) === i).join('、')}` : `Source: ${[...new Set(used.map((p) => p.title))].join('; ')}`);
  if (used.some((p) => /^parenting-|health/.test(p.docId))) {
    b.say('以上为一般性信息，不能代替医生的诊断；情况紧急请拨打120。', 'This is general information, not a diagnosis; in an emergency call 120.');
  }
  b.state.lastQuestion = question;
  b.row(b.button('还有疑问，找工作人员', 'Still unsure — ask staff', 'esc'));
}

/** Hands the question to staff and tells the parent what happens next. */
export async function escalate(
  b: ReplyBuilder,
  reason: 'medical' | 'complaint' | 'human_requested' | 'unanswered' | 'other',
  question: string,
): Promise<void> {
  const run = await b.tool<{ escalationId: number; existing: boolean }>('escalate_to_staff', {
    reason,
    question: question.slice(0, 4000) || (b.lang === 'zh' ? '家长希望联系工作人员' : 'The parent would like to talk to staff'),
    childAgeMonths: b.state.childAgeMonths,
  });
  b.state.pending = undefined;
  if (!run.result) {
    b.text(describeError(run.error, b.lang).message);
    return;
  }
  b.escalated = true;
  b.escalationId = run.result.escalationId;
  if (reason === 'medical') return;
  if (reason === 'complaint') {
    b.say('很抱歉给你带来不好的体验。我已把你的意见转给工作人员，他们会在这里回复你。你也可以继续补充细节。', "I'm sorry about your experience. I've passed your feedback to the staff; they will reply to you here. Feel free to add details.");
  } else {
    b.say(
      run.result.existing ? '已把这条消息补充到你的工单里，工作人员会在这里回复你。' : '好的，已转给工作人员，他们会在这里回复你（白天一般较快，夜间消息次日处理）。紧急情况请直接拨打120。',
      run.result.existing ? "I've added this to your open request; a staff member will reply here." : "Done — I've passed this to a staff member, who will reply here (usually faster in the daytime; night messages are handled the next morning). In an emergency call 120.",
    );
  }
}
