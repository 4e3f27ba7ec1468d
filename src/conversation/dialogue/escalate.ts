import type { Escalation, EscalationReason, EscalationStatus } from '../../escalation/EscalationService.ts';
import { describeError } from '../../errors/describeError.ts';
import { normalizeText } from '../../nlu/normalizeText.ts';
import { toSimplified } from '../../text/chineseScript.ts';
import { staffOffNow } from '../format/staffBack.ts';
import { escalateToStaffTool } from '../tools/escalateToStaffTool.ts';
import { answerQuestion } from './answers/answerQuestion.ts';
import type { Reply } from './Reply.ts';

/** Hands the question to staff (a ticket in their group) and tells the parent what happens next. */
export async function escalate(r: Reply, reason: EscalationReason, question: string): Promise<void> {
  const args = {
    reason,
    question: question.slice(0, 4000) || r.w.escalation.defaultQuestion,
    childAgeMonths: r.state.child?.ageMonths ?? r.state.childAgeMonths,
  };
  const run = await r.tool<{
    escalationId: number;
    existing: boolean;
    status: EscalationStatus;
    staffBackAt: string | undefined;
    staffHours: { from: string; to: string };
  }>('escalate_to_staff', args);
  r.state.pending = undefined;
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  escalateToStaffTool.present!(r, run.result, args);
}

/**
 * When staff will answer, or whether anyone is there, said about staff or replies: "多久会回复", "大概什么时候有人联系我",
 * "有人在吗 怎么还没人回", "工作人员几点在线", "when will they get back to me?", "how fast do your staff reply?",
 * "what are your staff's working hours?". A "when" about anything else ("and when do they usually drop to just one?"
 * after a question about naps) is not one: a pronoun alone ("they", "you") needs a reply or contact word beside it.
 */
// (Not how long a child may cry before the carers call, "how long can my son cry before someone calls me?": round 45.)
export const ASKS_REPLY_TIME =
  /(?:多久|多长时间|多少时间|什么时候|啥时候|几时|何时|几点|要等多久|还要等|大概|一般).{0,10}(?:回复|回我|回消息|回信|回电|答复|处理|联系我|联系|有人|打(?:电话)?给我|在线|上班|下班|接手)|(?:有人|人)(?:在吗|呢|在不在)|怎么(?:还|都)?没(?:有)?人(?:回|理|联系|管)|(?:工作人员|客服|人工|专员|老师|你们).{0,6}(?:几点|什么时候|啥时候|多久).{0,6}(?:在|上班|下班|在线|回)|(?:工作人员|客服|人工|专员).{0,4}(?:上班|工作|在线|值班)(?:时间|时段)|(?:晚上|夜间|夜里|半夜|周末|节假日|假日|放假).{0,6}(?:有人|工作人员|客服|人工).{0,4}(?:值班|在|回)|(?:有人|工作人员|客服)值班|(?<![a-z])(?:when (?:will|would|do|does|can|could|is|are) (?:someone|somebody|anyone|staff|the staff|your staff|a staff member|a person|a human)|when (?:will|would|do|does|can|could) (?:they|you|you guys)\b.{0,30}\b(?:reply|respond|answer|get back|contact|call|message|text|write|be (?:online|available|around|back|in)|pick (?:it|this|that) up)|when (?:will|would|can|could) (?:i|we) (?:hear|get (?:a |an )?(?:reply|answer|response|call))|how (?:long|soon|fast|quickly)\b(?![^.?!]{0,30}\bcr(?:y|ies|ying)\b).{0,30}\b(?:reply|replies|respond|response|answer|get back|hear back|contact|staff|someone|somebody)|get back to me|hear back|anyone there|is anybody|is anyone (?:there|here|around|online)|still waiting|no one (?:has )?(?:replied|answered|got back)|nobody (?:has )?(?:replied|answered|got back)|what (?:time|hours) (?:are|is|do) (?:staff|you|your staff)|(?:staff|your staff|staff'?s|your staff'?s) (?:working |office |opening )?hours|(?:staff|your team|customer service|anyone|someone) (?:available|around|online|on duty|answering)\b.{0,12}\b(?:at night|in the evenings?|overnight|on (?:weekends?|holidays?|sundays?|saturdays?))|(?:working|office) hours)(?![a-z])/i;

/**
 * With the parent's request already with staff, a bare "how long" or "any news" is about that request: "要等多久",
 * "有消息了吗", "how long does that usually take?", "any update?", "有人回了吗", "has anyone replied?", "我刚才说的有人处理吗".
 * Without one it
 * asks about something else, and "有人回我吗" with nothing open is someone looking for a person.
 */
const ASKS_TICKET_TIME =
  /(?:有人|工作人员|客服|人工|你们)(?:回|回复|回应|答复|联系)(?:我|消息)?了?(?:吗|没|么)|(?:有人|工作人员|客服|你们)(?:在)?(?:处理|跟进|管|看)(?:了)?(?:吗|没|么)|(?:处理|跟进)(?:了|得怎么样了?)(?:吗|没|么)|(?<![a-z])(?:has|have|did) (?:anyone|anybody|someone|somebody|staff|the staff|your staff|they) (?:replied|answered|responded|got back|reply|answer|respond|get back)(?![a-z])|^(?:那|请问|大概|大约|还|所以)?\s*(?:要|得|需要|还要)?等?(?:多久|多长时间)|(?:要|得|还要)等(?:多久|多长时间)|多久(?:会|能|才)?(?:有|好|回)|怎么样了|有(?:消息|进展|结果|回音)了?(?:吗|没)|(?<![a-z])(?:how (?:long|soon) (?:will|does|do|until|till|before|is|would)|how long (?:do|will|should) (?:i|we) (?:have to )?wait|when will (?:they|you|it|that)|any (?:update|news|word)|it'?s been a while)(?![a-z])/i;

/** The parent no longer needs the person they asked for: "never mind, I figured it out", "不用了 已经解决了". */
export const NO_LONGER_NEEDED =
  /不用了|不需要了|解决了|搞定了|弄好了|没事了|算了|(?<![a-z])(?:never ?mind|nvm|figured it out|sorted(?: it)?(?: out)?|all good now|no longer need|don'?t need (?:it|help|them|anyone) (?:any ?more|now)|it'?s fine now|solved)(?![a-z])/i;

/** Words that ask something (a question to answer), as opposed to telling staff more about the matter. */
const ASKS_SOMETHING =
  /[?？]|吗|么|嘛|呢|怎么|怎样|如何|什么|啥|多少|多久|多长|几|是否|能不能|可不可以|可以不|要不要|用不用|有没有|哪|谁|(?<![a-z])(?:how|what|why|when|where|which|who|should|can|could|is it|is there|are there|does|do i|do we|do you|will|would)(?![a-z])/i;

/**
 * A complaint that also asks about the complaint itself: how long until it is dealt with ("多久能有结果", "要多长时间处理",
 * "how long does it take"), or who else to turn to ("还能找谁", "可以打12345吗", "who else can I contact"). The
 * complaints document answers these; a complaint's own story ("怎么能这样对孩子呢") is not a question to answer.
 */
const ASKS_ABOUT_COMPLAINT =
  /多久|多长时间|要几天|几天(?:能|会|有)|什么时候(?:能|会|有)?.{0,4}(?:结果|处理|答复|回复)|找谁|向谁|跟谁|谁(?:来)?管|还能.{0,6}(?:找|向|去|投诉|反映)|(?:往|到|去)?哪(?:里|儿)?.{0,4}(?:投诉|反映|申诉)|12345|不满意.{0,6}(?:怎么办|咋办)|(?<![a-z])(?:how long|how soon|how many days|when will (?:i|we) (?:hear|get)|who else|who (?:can|should|do) i|where (?:else )?(?:can|do|should) i|anyone else|higher up|escalate (?:this|it) further)(?![a-z])/i;

export const asksAboutComplaint = (text: string) => ASKS_ABOUT_COMPLAINT.test(prepared(text)) || asksComplaintOutcome(text);

/**
 * Another way to raise the matter, asked while it is with staff: "是不是我直接打12345还快点", "那我還要再打12345嗎",
 * "is there a city hotline as well?". A question about the complaint process (the complaints document names the 12345
 * hotline) — not a second complaint, and not the "already with staff" line that leaves the question unanswered.
 */
const OTHER_CHANNEL = /12345|热线|(?<![a-z])(?:hotline|city (?:helpline|line)|government (?:helpline|line))(?![a-z])/i;
export const asksOtherChannel = (text: string) => {
  const t = prepared(text);
  return OTHER_CHANNEL.test(t) && (ASKS_SOMETHING.test(t) || /是不是|会不会|还是/.test(t));
};

/**
 * What comes after a complaint is handled and the parent is still not satisfied: "那处理完我还是不满意呢", "如果處理完我還是
 * 不滿意呢", "那处理完还是不happy怎么办", "and if I'm still not happy with how they deal with it?". The complaints document
 * answers it (an administrator's review, the operator, 12345) — it is a question about the process, not a new grievance.
 */
const ASKS_COMPLAINT_OUTCOME =
  /(?:还是|仍然|依然|仍|还|都)(?:不满意|不接受|不服|不认可|不happy|not happy)|不满意(?:的话|呢|怎么办|咋办|还能|可以)|(?:处理|结果|答复|回复)(?:完|了|以后|之后|后)?.{0,8}(?:不满意|不服|不接受|不认可)|(?<![a-z])(?:still (?:not |un)(?:happy|satisfied)|not (?:happy|satisfied) with (?:the|how|what|their)|unhappy with (?:the|how|what|their)|if (?:i'?m|we'?re|i am|we are) (?:still )?(?:not (?:happy|satisfied)|unhappy)|appeal (?:the|a|it|this))(?![a-z])/i;
export const asksComplaintOutcome = (text: string) => ASKS_COMPLAINT_OUTCOME.test(prepared(text));

/**
 * "What happens now?" about the parent's open request: "接下来怎么办", "然后呢", "下一步是什么", "what happens next?". For a
 * complaint, the complaint steps (acknowledged within a working day, an outcome within five); otherwise when staff reply.
 */
const ASKS_WHAT_NEXT =
  /接下来(?:会|要|该)?(?:怎么(?:办|样|处理|弄)|呢|会怎样|做什么|干什么)|^(?:那|所以)?然后呢|之后(?:呢|会怎样|会怎么样|怎么办|怎么处理)|下一步|现在(?:怎么办|该怎么办|呢|会怎样|怎么处理)|(?<![a-z])(?:what happens (?:now|next)|what now|what'?s next|then what|what (?:do|should|can) (?:i|we) do now|what are the next steps)(?![a-z])/i;
export const asksWhatNext = (text: string) => ASKS_WHAT_NEXT.test(prepared(text));

/**
 * More detail for the open request, said as such: "补充一下 是禮拜天江頭下午那場", "还有一点 孩子对鸡蛋过敏", "also, it was the
 * Sunday session". It goes to staff with the ticket, whatever day or place it names (no new search).
 */
const ADDS_DETAIL =
  /^(?:我|再|我再|再来)?补充(?:一下|一点|一句|两句|说明|几句)?|^(?:还有|另外)(?:一点|一件事|就是|补充)|^(?:also|adding|to add|one more thing|i forgot to (?:say|mention)|forgot to (?:say|mention)|p\.?s\.?)(?![a-z])/i;
export const addsDetail = (text: string) => ADDS_DETAIL.test(prepared(text).trim()) && !asksSomething(text);

/** "算了 我自己打电话问好了 不用了" — done with, not a request for a person in other words. */
// ("算了 我要找real person 现在", "never mind the bot, I want an actual person": a person asked for again; round 49.)
const ASKS_FOR_PERSON_AGAIN =
  /转人工|人工|真人|活人|专人|工作人员|客服|(?<![a-z])(?:staff|human|(?:a|real|actual|live) person|people|someone|somebody|agent)(?![a-z])/i;

/**
 * A message while the parent's request is with staff that the assistant should still serve although it reads as a
 * complaint or a request for a person: a question about the complaint process ("那处理完我还是不满意呢"), "what happens
 * now?", "never mind, it's sorted", or more detail for the ticket. Anything else of that kind just stays with staff.
 */
export const servedWithTicketOpen = (text: string) =>
  asksComplaintOutcome(text) ||
  asksOtherChannel(text) ||
  asksWhatNext(text) ||
  addsDetail(text) ||
  (noLongerNeeded(text) && !ASKS_FOR_PERSON_AGAIN.test(prepared(text)));

/** The complaints document on what to do when its handling does not satisfy (review, the operator, 12345), cited. */
export async function answerComplaintOutcome(r: Reply): Promise<void> {
  const cited = r.citations.length;
  await answerQuestion(r, { text: r.w.escalation.complaintOutcomeQuery });
  if (r.citations.length === cited) r.say(r.w.escalation.complaintOutcomeFallback);
}

/** The complaint steps (acknowledged within a working day, outcome or progress within five), cited. */
async function answerComplaintSteps(r: Reply): Promise<void> {
  const cited = r.citations.length;
  await answerQuestion(r, { text: r.w.escalation.complaintStepsQuery });
  if (r.citations.length === cited) r.say(r.w.escalation.complaintStepsFallback);
}

/** Complaints named as what is asked about ("投诉一般多久有回复", "how quickly do you deal with complaints?"). */
const COMPLAINT_NAMED = /投诉|客诉|申诉|(?<![a-z])complain\w*/i;
/** How soon complaints are dealt with, asked as a question (not a new complaint's story). */
const COMPLAINT_TIME = /多久|多长时间|几天|多快|(?<![a-z])(?:how (?:long|soon|quickly|fast|many days))(?![a-z])/i;
export const asksComplaintTime = (text: string) => {
  const t = prepared(text);
  return COMPLAINT_NAMED.test(t) && COMPLAINT_TIME.test(t) && ASKS_SOMETHING.test(t);
};

/** The parent's open request to staff, if any (not one a staff member has resolved). */
export async function openTicket(r: Reply): Promise<Escalation | undefined> {
  const ticket = await r.ctx.escalation.activeForParent(r.ctx.userId).catch(() => null);
  return ticket ?? undefined;
}

/** Prepared for matching: Simplified, lowercase, spaces normalised. */
const prepared = (text: string) => normalizeText(toSimplified(text));

export const asksReplyTime = (text: string) => ASKS_REPLY_TIME.test(prepared(text));
/** A reply-time question while the parent's request is with staff: the bare forms count too. */
export const asksTicketTime = (text: string) => asksReplyTime(text) || ASKS_TICKET_TIME.test(prepared(text));
export const noLongerNeeded = (text: string) => NO_LONGER_NEEDED.test(prepared(text));
export const asksSomething = (text: string) => ASKS_SOMETHING.test(prepared(text));

/**
 * When staff reply, from the service's own document (cited), after saying the parent's request is already with
 * them when it is. Without the document, the short rule the hand-over message states.
 */
export async function answerReplyTime(r: Reply, ticket: Escalation | undefined): Promise<void> {
  const w = r.w;
  if (ticket) r.say(ticket.status === 'claimed' ? w.escalation.staffHolding(ticket.claimedByName ?? undefined) : w.escalation.ticketOpen);
  // At night, first that staff are off and when they are back; the document's targets follow.
  const back = r.ctx.escalation.staffBackAt();
  if (back) r.say(staffOffNow(back, r.ctx.now, w, r.ctx.timeZone));
  const cited = r.citations.length;
  await answerQuestion(r, { text: w.escalation.replyTimeQuery });
  if (r.citations.length === cited) r.say(w.escalation.replyTimeFallback);
}

/**
 * A message while the parent's request is with staff that asks nothing the assistant should answer: when staff will
 * reply is answered; "never mind" is acknowledged; more detail about the matter is said to be with staff (the
 * conversation core has already added it to the ticket). False when the message is the assistant's to serve
 * (a question, a search): it is served as usual.
 */
export async function followUpOnTicket(r: Reply, text: string, opts: { statement?: boolean } = {}): Promise<boolean> {
  const ticket = await openTicket(r);
  if (!ticket) return false;
  // "投訴通常多久會有回覆", "how quickly do you deal with complaints?": the complaint rule (working days), not how soon
  // staff pick up a message.
  if (asksComplaintTime(text)) {
    r.say(ticket.status === 'claimed' ? r.w.escalation.staffHolding(ticket.claimedByName ?? undefined) : r.w.escalation.ticketOpen);
    await answerQuestion(r, { text });
    return true;
  }
  // "那处理完我还是不满意呢" / "what happens now?" after a complaint: what comes next, from the complaints document.
  const holding = () => r.say(ticket.status === 'claimed' ? r.w.escalation.staffHolding(ticket.claimedByName ?? undefined) : r.w.escalation.ticketOpen);
  // "还要再打12345吗" with the request already with staff: it stays with them, and where else to turn (12345), cited.
  if (asksComplaintOutcome(text) || asksOtherChannel(text)) {
    holding();
    await answerComplaintOutcome(r);
    return true;
  }
  if (asksWhatNext(text) && ticket.reason === 'complaint') {
    holding();
    await answerComplaintSteps(r);
    return true;
  }
  // "一般多久能给我答复" after a complaint: how soon staff pick it up, and then the complaint timeline (acknowledged within
  // a working day, outcome or progress within five), which is what the parent waits for.
  if (asksTicketTime(text) && ticket.reason === 'complaint') {
    await answerReplyTime(r, ticket);
    await answerComplaintSteps(r);
    return true;
  }
  if (asksTicketTime(text) || asksWhatNext(text)) {
    await answerReplyTime(r, ticket);
    return true;
  }
  if (addsDetail(text)) {
    r.say(ticket.status === 'claimed' ? r.w.escalation.staffHolding(ticket.claimedByName ?? undefined) : r.w.escalation.addedToTicket);
    return true;
  }
  if (noLongerNeeded(text)) {
    r.say(r.w.escalation.noLongerNeeded);
    return true;
  }
  if (opts.statement !== false && !asksSomething(text)) {
    r.say(ticket.status === 'claimed' ? r.w.escalation.staffHolding(ticket.claimedByName ?? undefined) : r.w.escalation.addedToTicket);
    return true;
  }
  return false;
}
