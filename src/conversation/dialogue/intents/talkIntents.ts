import { praisesCarer } from '../../../nlu/carerPraised.ts';
import { describeError } from '../../../errors/describeError.ts';
import { shortQuote } from '../../../text/shortQuote.ts';
import { myBookingsAction } from '../../actions/bookingActions.ts';
import { switchLanguage } from '../../actions/helpActions.ts';
import {
  answerComplaintOutcome,
  answerReplyTime,
  asksAboutComplaint,
  asksComplaintOutcome,
  asksReplyTime,
  asksSomething,
  escalate,
  followUpOnTicket,
  noLongerNeeded,
  openTicket,
} from '../escalate.ts';
import { talkToStaffAction } from '../../actions/helpActions.ts';
import { addMainMenu, capabilities } from '../menu.ts';
import { answerQuestion, knowledge } from './questionIntents.ts';
import type { IntentHandler } from './Request.ts';
import { FOLLOW_UP } from '../answers/parentWords.ts';
import { tellsBack, tellsOfChild } from '../answers/followUp.ts';
import { asksRuleFact } from '../../../nlu/ruleQuestions.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { prepareText } from '../../../nlu/prepareText.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { PARENT_DISTRESS } from '../../../nlu/lexicon/parentDistress.ts';
import { ARBITRATION } from '../../../nlu/lexicon/index.ts';
import { book, bookTheOnlyOne } from './searchIntents.ts';
import { justBooked, samePointItem } from './moveBooking.ts';
import { confirmCancel } from '../../actions/bookingActions.ts';
import type { Reply } from '../Reply.ts';
import type { Request } from './Request.ts';
import { outsidePlace, outsideSight } from '../outsidePlace.ts';
import { CARE_NEAR_PLACE } from '../../../nlu/lexicon/outsidePlaces.ts';
import { findPointsTool } from '../../tools/findPointsTool.ts';
import type { PointInfo } from '../../../points/PointDirectory.ts';

/** Asking for someone ("找人工", "can someone call me", "让工作人员联系我"), not only asking about them. */
const WANTS_PERSON =
  /转|找|要|帮我|请|麻烦|让|叫|联系我|给我打|打(?:个)?电话给我|跟我|和我|(?<![a-z])(?:talk|speak|chat|call me|get me|connect|put me through|want|need|contact me|reach me)(?![a-z])/i;

/**
 * A person: a ticket in the staff group and what happens next. A question only about when staff are there or reply
 * ("你们工作人员一般几点在线", "how fast do your staff reply?") is answered, with a person on offer.
 */
export const human: IntentHandler = async (r, q) => {
  // With a request already with staff, what the conversation core lets through ("算了 我自己打电话问好了 不用了", "补充一下 …")
  // is the ticket's, not a second one.
  if (await followUpOnTicket(r, q.text, { statement: false })) return;
  if (asksReplyTime(q.text) && !WANTS_PERSON.test(q.text.toLowerCase())) {
    await answerReplyTime(r, await openTicket(r));
    r.row(r.button(talkToStaffAction, []));
    return;
  }
  // "I just need someone to talk to", "我就是想找个人说说话": a parent who is low hears a human tone and the helpline
  // (12356) as well as the hand-over, since staff may reply only later.
  if (PARENT_DISTRESS.test(normalizeText(toSimplified(q.text)))) r.say(r.w.answers.overwhelmed);
  // "那帮我问一下吧", "yes please ask them": what staff are asked is the question the assistant could not answer.
  const onBehalf = ARBITRATION.asksOnMyBehalf.test(prepareText(q.text)) && r.state.lastQuestion;
  return escalate(r, 'human_requested', onBehalf ? `${r.state.lastQuestion}\n(${q.text})` : q.text);
};

/**
 * A complaint goes to staff; one that also asks how long it takes or who else to turn to ("我要投诉 多久能有结果",
 * "还能找谁 可以打12345吗") is answered too, from the complaints document, after the hand-over.
 */
export const complaint: IntentHandler = async (r, q) => {
  // "那处理完我还是不满意呢" with the complaint already with staff: what happens next, not a second ticket.
  if (await followUpOnTicket(r, q.text, { statement: false })) return;
  await escalate(r, 'complaint', q.text);
  if (asksComplaintOutcome(q.text)) return answerComplaintOutcome(r);
  if (!asksAboutComplaint(q.text)) return;
  await answerQuestion(r, { text: q.text });
};

export const greeting: IntentHandler = async (r) => {
  r.say(r.w.menu.hello);
  capabilities(r);
  addMainMenu(r);
};

export const help: IntentHandler = async (r) => {
  capabilities(r);
  addMainMenu(r);
};

/** Thanks words, so what else the message says can be served ("thanks. when will they get back to me?"). */
const THANKS_WORDS = /谢谢(?:你|您|啦|了)?|多谢|感谢|谢啦|辛苦了|(?<![a-z])(?:thanks|thank you|thank u|thx|ty|cheers)(?![a-z])/gi;

/** Thanks; a question asked after them is answered too (when staff reply, or the question itself). */
export const thanks: IntentHandler = async (r, q) => {
  const rest = q.text.replace(THANKS_WORDS, ' ').replace(/^[\s,.!，。！、~]+|[\s,.!，。！、~]+$/g, '');
  if (/\p{L}{2,}/u.test(rest) && asksSomething(rest)) {
    if (await followUpOnTicket(r, rest, { statement: false })) return;
    return knowledge(r, { ...q, intent: 'knowledge', text: rest });
  }
  // "thanks, she had a great time last Saturday": glad it went well, and how to come again.
  // "林老师真的太好了 想谢谢她", "please tell her thanks": praise for a carer, thanked for with how it reaches her.
  const said = prepareText(q.text);
  if (praisesCarer(said)) {
    r.say(r.w.menu.carerPraised);
    return;
  }
  r.say(ARBITRATION.wentWell.test(said) ? r.w.menu.gladItWent : r.w.menu.thanks);
};

/** Not wanting what was just done ("等等 先不要了", "算了 不约了", "never mind, don't want it"), not only saying no to a question. */
const DROPS_IT = /不要了|不约了|不订了|不预约了|不去了|(?<![a-z])(?:never ?mind|forget it|don'?t (?:want|need) it|scrap that)(?![a-z])/i;

export const deny: IntentHandler = async (r, q) => {
  const asked = r.state.pending;
  r.state.pending = undefined;
  // "等等 先不要了" right after a booking was made (and nothing asked since): whether to cancel that booking, which
  // stays until the parent confirms — a refusal must not leave a place held that the parent no longer wants.
  if (!asked && DROPS_IT.test(toSimplified(q.text).toLowerCase())) {
    const recent = await justBooked(r);
    const listFor = r.state.lastSearch?.args.childId;
    if (recent && (listFor === undefined || listFor === recent.childId)) return confirmCancel(r, recent);
  }
  // "不用了 已经解决了" while staff have the parent's request: staff are told (the message is on the ticket).
  if (noLongerNeeded(q.text) && (await followUpOnTicket(r, q.text))) return;
  r.say(r.w.menu.noProblem);
};

export const changeLanguage: IntentHandler = (r, q) => switchLanguage(r, q.slots.language ?? (r.lang === 'zh' ? 'en' : 'zh'));

/** "好的/要/take it": a waitlist place held for this family is taken; with a list shown, say how to pick. */
export const affirm: IntentHandler = async (r, q) => {
  const offers = await r.ctx.booking.pendingOffers(r.ctx.userId).catch(() => []);
  if (offers.length === 1 && !r.state.pending) {
    try {
      const result = await r.ctx.booking.acceptOffer(r.ctx.userId, offers[0]!.entryId);
      r.tools.push({ name: 'accept_offer', args: { entryId: offers[0]!.entryId }, ok: true, result });
      r.say(r.w.booking.offerTaken);
      return myBookingsAction.run(r, []);
    } catch (err) {
      r.say(describeError(err, r.lang).message);
      return;
    }
  }
  if (r.state.lastSearch) {
    // "确认" / "ok" to a move whose new list has the booking's own point: the booking moves there.
    const same = samePointItem(r);
    if (same !== undefined) return book(r, { ...q, intent: 'book', slots: { ...q.slots, ordinal: same } });
    // "yes please" to a list of one session books it.
    if (await bookTheOnlyOne(r, q)) return;
    r.say(r.w.search.affirmWithList);
    return;
  }
  r.say(r.w.menu.okWhatElse);
  addMainMenu(r);
};

/** Not something the assistant does: the knowledge base is tried first for anything that reads as a question. */
export const outOfScope: IntentHandler = async (r, q) => {
  const w = r.w;
  // While staff have the parent's request, what is not the assistant's to answer is for them ("never mind, I
  // figured it out", "Also they lost his water bottle").
  if (await followUpOnTicket(r, q.text)) return;
  // A job, a party, the rooms or a tour asked with booking words: no passage answers it (a nearby one would be cited
  // wrongly); staff can, so they come first.
  if (q.slots.outOfScopeRequest) {
    r.say(w.menu.outOfScopeRequest(q.slots.outOfScopeRequest, shortQuote(q.text, 60)));
    addMainMenu(r);
    return;
  }
  if (q.slots.outOfScopePlace) return outsidePlaceReply(r, q);
  // "换另一个", "the other one please" with places on screen: a session is picked without saying which — ask which,
  // rather than call a step of the booking outside what the assistant does.
  if (r.state.lastSearch?.shown.length && q.text.trim().length <= 24 && ARBITRATION.pickWithoutWhich.test(normalizeText(toSimplified(q.text)))) {
    r.say(w.search.whichFromList);
    return;
  }
  // A follow-up to the question before ("那要坚持多久才有效果") is read with it; a question for one of the service's
  // numbers ("聊天紀錄你們留多久") is answered from the rules even when no passage is found.
  const t = normalizeText(toSimplified(q.text));
  const asking = /[?？吗呢怎么如何什么能不能可以多少多久几]|(?<![a-z])(?:how|what|can|when|why|should|is|are|do)(?![a-z])/i.test(t);
  if (asking && ((r.state.lastQuestion && FOLLOW_UP.test(t)) || asksRuleFact(t))) return answerQuestion(r, q);
  // …and so is the child told about right after an answer, with no question ("he only sleeps if I hold him", "她就是
  // 不爱喝水"): how the topic just answered goes for this child.
  // (…as is a word answered back, told: what a relative says of it, or what was tried — "we tried that and she screamed".)
  if (r.state.lastQuestion && r.state.lastAnswer && (tellsOfChild(t) || tellsBack(t))) return answerQuestion(r, q);
  if (
    q.text.trim().length >= 4 &&
    (q.confidence < 0.6 || /[?？吗呢怎么如何什么能不能可以多少]|(?<![a-z])(?:how|what|can|when|why|should|is|are|do)(?![a-z])/i.test(q.text))
  ) {
    const probe = await r.ctx.knowledge.search(q.text, { lang: r.lang, k: 1 }).catch(() => []);
    if (probe.length > 0) {
      // Answered as a question, it is remembered as one: what follows it ("there's a small black mark on his finger" after a
      // shock from a socket) is a follow-up to that answer (respond keeps the last request's intent; round 45).
      q.intent = 'knowledge';
      return answerQuestion(r, q);
    }
  }
  if (!/[\p{L}]{2,}/u.test(q.text)) {
    r.say(w.menu.notUnderstood);
    addMainMenu(r);
    return;
  }
  r.say(w.menu.outOfScope);
  addMainMenu(r);
};

/**
 * The ferry, a sight, the airport or a station (tickets, times, sightseeing): not the service's, said in the parent's
 * language with the place named as a sentence names it. Care asked for there ("带宝宝去鼓浪屿 那边有托育点吗", "is there
 * childcare near the ferry?") is told honestly — no point there — with the points of the district nearest to it.
 */
async function outsidePlaceReply(r: Reply, q: Request): Promise<void> {
  const w = r.w;
  const t = normalizeText(toSimplified(q.text));
  const way = outsidePlace(t) ?? { kind: 'sight' as const, word: q.slots.outOfScopePlace!, place: {} };
  // Care asked for at a sight with the ferry asked about beside it: the care is the sight's, the ferry is said to be not ours.
  const sight = way.kind !== 'sight' && CARE_NEAR_PLACE.test(t) ? outsideSight(t) : undefined;
  const found = sight?.place.district ? sight : way;
  const district = found.place.district;
  const districtName = district ? w.format.district(district) : undefined;
  if (district && CARE_NEAR_PLACE.test(t)) {
    const nb = found.place.neighbourhood;
    const args = { district, ...(nb ? { near: { latitude: nb.latitude, longitude: nb.longitude } } : {}), limit: 3 };
    const run = await r.tool<{ points: PointInfo[] }>('find_points', args);
    if (run.result?.points.length) {
      // (Never a place said to have no point when one is in its neighbourhood: the airport's 殿前 has one.)
      const own = nb !== undefined && run.result.points.some((p) => p.neighbourhoodZh === nb.zh);
      r.say(own ? w.menu.nearSight(found.kind, found.word) : w.menu.noPointAtSight(found.kind, found.word, districtName!));
      findPointsTool.present!(r, run.result, args);
      if (found !== way) r.say(w.menu.alsoOutOfScope(way.kind, way.word));
      return;
    }
  }
  r.say(w.menu.outOfScopePlace(found.kind, found.word, districtName));
  addMainMenu(r);
}
