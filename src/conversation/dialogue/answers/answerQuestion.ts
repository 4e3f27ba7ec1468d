import type { Slots } from '../../../nlu/types.ts';
import { withoutChildNames } from '../../../knowledge/childNicknames.ts';
import { familyChildren } from '../children.ts';
import { describeError } from '../../../errors/describeError.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { PARENT_DISTRESS, POSTNATAL_LOW, withoutDistress } from '../../../nlu/lexicon/parentDistress.ts';
import { searchKnowledgeTool } from '../../tools/searchKnowledgeTool.ts';
import type { Reply } from '../Reply.ts';
import { answeringSection, answersQuestion, namesTopic, passageOf, withMomentSection, WELLBEING_DOC, type Passage } from './presentAnswer.ts';
import { DOSE, FOLLOW_UP } from './parentWords.ts';
import { type FollowUpReading, readFollowUp, WHEN_DOCTOR } from './followUp.ts';
import { familyOf, POINTS_BACK, readAsFollowUp } from './followUpReadings.ts';
import { offerPersonIfOverwhelmed } from './offerPerson.ts';
import { asksSessionTimes, sayUsualTimes, sessionTimesAskedAgain } from './sessionTimes.ts';
import { DEFAULT_THRESHOLDS } from '../../../knowledge/KnowledgeBase.ts';
import { keyWords, mentions, searchable } from './questionTerms.ts';

/**
 * A knowledge answer. An overwhelmed parent first hears a person speaking to
 * them and is offered someone to talk to; a dose question hears that a dose
 * comes from a doctor or pharmacist; then the passage that answers, cited.
 */
export async function answerQuestion(r: Reply, asked: { text: string; searchText?: string; slots?: Slots; message?: string }): Promise<void> {
  const w = r.w;
  const heard = asked.slots;
  // "小芽最近晚上一直醒 怎么办", "Mia keeps waking at night": the family's children's names are whom the question is about,
  // read as the documents' word for the child (childNicknames.ts), so they do not weigh against every section.
  const names = (await familyChildren(r)).map((c) => c.name);
  const q = names.length
    ? { text: withoutChildNames(asked.text, names), ...(asked.searchText ? { searchText: withoutChildNames(asked.searchText, names) } : {}) }
    : asked;
  const t = normalizeText(toSimplified(q.text));
  const overwhelmed = offerPersonIfOverwhelmed(r, q.text);
  if (DOSE.test(t)) r.say(w.knowledge.notDose);
  // "半日托几点接", "weekend opening hours": the times themselves first, from the published sessions; the document
  // (which says where each session's exact times are) follows.
  // ("when does it close?" after the soft spot asks when the soft spot closes: see asksOfTopicBefore.)
  // ("那 afternoon 呢", "那临时托呢" right after: that part of the day's or that kind's times, the same way; the answer from
  // the documents follows as for the first question.)
  const before = r.state.lastQuestion ? normalizeText(toSimplified(r.state.lastQuestion)) : undefined;
  const timesAgain = asksSessionTimes(t) ? undefined : sessionTimesAskedAgain(t, before, heard?.partOfDay);
  if (asksSessionTimes(t) && !asksOfTopicBefore(r, t)) await sayUsualTimes(r, t);
  else if (timesAgain) await sayUsualTimes(r, timesAgain, heard?.partOfDay);
  // (A question asked about one session is looked up by its rule alone, `searchText`; the parent's own words are
  // what a "not covered" line quotes and what a follow-up leans on.)
  let args = { query: q.searchText ?? q.text };
  const run = await r.tool<{ passages: Passage[] }>('search_knowledge', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  let found = run.result.passages;
  // "那第一口吃什么好", "and if it was a mistake?": a follow-up is about the question before it.
  const previous = withoutOwnDistress(r.state.lastQuestion);
  // (A message that only asks whether to see a doctor — "要不要带他去医院看看", "should we get her checked?" — leans on
  // the question before as well, whether or not it opens with a follow-up word.)
  // ("will you suggest somewhere else?", "有别的吗" lean on what was just said as surely: "else", "other" are other than it.)
  const ownReading = readFollowUp(t, previous, q.text);
  // "不好意思我说错了 是一岁八个月", "sorry she's 20 months not 10": an age corrected, and nothing else, is the question before
  // asked again of that age — it leans on it as surely as "那一岁八个月呢" (the NLU reads the change: followUpChange.ts).
  const reading: FollowUpReading =
    !ownReading.leans && ownReading.reason === 'stands-alone' && heard?.followUpChange === 'age' && heard.correction
      ? { leans: true, signal: 'no-topic-of-its-own', asked: t, ownTopic: false }
      : ownReading;
  // The readings of a follow-up, tried in order (followUpReadings.ts): the first that finds the answer answers.
  const followUp = await readAsFollowUp({ r, text: q.text, t, previous, reading, heard, own: found });
  if (followUp && 'readAs' in followUp) {
    if (overwhelmed) r.say(w.answers.answerFollows);
    for (const line of followUp.lead ?? []) r.say(line);
    await searchKnowledgeTool.present!(r, { passages: followUp.passages }, followUp.readAs);
    r.state.lastQuestion = followUp.remember;
    if (followUp.otherPart) await answerOtherPart(r, q.text);
    return;
  }
  if (followUp) {
    args = followUp.withContext;
    found = followUp.passages;
  }
  // "…Should I stay longer?", "…and do we need the 3段 growing up milk?" after the message's first question: a later part
  // whose own words find no answer, while the message as a whole finds a section already quoted above, is answered there
  // (respond.ts says so) — not called "not covered" under the answer that covers it.
  if (!reading.leans && (await answeredAboveInMessage(r, asked.message, q.text, found))) return;
  if (overwhelmed && found.length) r.say(w.answers.answerFollows);
  const passages = overwhelmed ? await withWellbeing(r, q.text, await withMomentSection(r, args.query, found)) : found;
  const rewritten = q.searchText !== undefined && args.query === q.searchText;
  await searchKnowledgeTool.present!(r, { passages }, rewritten ? ownWordsUnlessAnswered(q, passages) : args);
  if (rewritten) keepOwnWords(r, q.searchText!, q.text);
  // (Not after a search with the question before: only the parent's own message may hold two questions.)
  // (A message looked up by a rule's words — lunch asked about, "do they give lunch? And can I stay inside with baby?" —
  // still holds the parent's other question: its parts are the parent's own words, not the rule's.)
  if (args.query === (q.searchText ?? q.text)) await answerOtherPart(r, q.text);
}

/** Whether `part`, a later question of `message` its own passages do not answer, is answered by a section already quoted this turn. */
async function answeredAboveInMessage(r: Reply, message: string | undefined, part: string, own: Passage[]): Promise<boolean> {
  if (!message || message === part || r.citations.length === 0 || answersQuestion(part, own)) return false;
  const whole = (await r.ctx.knowledge.search(message, { lang: r.lang, k: 1 }).catch(() => [])).map(passageOf)[0];
  return whole !== undefined && r.citations.some((c) => c.docId === whole.docId && c.heading === whole.heading);
}

/**
 * The words an answer found with the rewritten `searchText` is read with: the rewritten words when they find an
 * answer (so the session's day and kind do not pull the reading to the kinds of care), else the parent's own, which
 * the "not covered" line then quotes ("这周六下午的临时托 那边有停车位吗", not words the parent never wrote).
 */
function ownWordsUnlessAnswered(q: { text: string; searchText?: string }, passages: Passage[]): { query: string } {
  return answersQuestion(q.searchText!, passages) ? { query: q.searchText! } : { query: q.text };
}

/** The question remembered for follow-ups and handed to staff is the parent's own, not the words it was searched with. */
function keepOwnWords(r: Reply, searched: string, said: string): void {
  if (searched === said) return;
  if (r.state.lastQuestion === searched) r.state.lastQuestion = said;
  const pending = r.state.pending;
  if (pending?.type === 'offer_escalation' && pending.question === searched) r.state.pending = { ...pending, question: said };
}

/**
 * The question before, as a follow-up leans on it: without the parent's distress words when it named a topic besides
 * them ("寶寶4個月 每天晚上脹氣哭 … 好崩潰" then "那可以讓他喝一點水嗎" is about the baby's wind, not the parent's breaking
 * point, which the answer before already spoke to).
 */
function withoutOwnDistress(previous: string | undefined): string | undefined {
  if (!previous) return previous;
  const t = normalizeText(toSimplified(previous));
  if (!PARENT_DISTRESS.test(t)) return previous;
  const rest = withoutDistress(t);
  return rest.length >= 6 && namesTopic(rest) ? rest : previous;
}

const WELLBEING_TOPIC = { zh: '带娃带到崩溃 家长情绪 怎么办', en: 'parent exhausted overwhelmed at the end of my rope what can I do' };
/** How the wellbeing document's section on postnatal depression is found, and known by its heading. */
const POSTNATAL_TOPIC = { zh: '会不会是产后抑郁 产后情绪低落', en: 'could it be postnatal depression low mood after birth' };
const POSTNATAL_HEADING = /产后抑郁|postnatal depression/i;
/**
 * The child's crying or tantrum named, or shaking the baby to stop it ("is it ok to shake him a bit to calm him
 * down?"): its coping document (what to do in the moment, never to shake) answers first. A child saying no to
 * everything is the same document's ("什么都说不要 … 好崩溃", "says NO to everything … before I lose it"): not the
 * parent's own anger, which leaves the tantrum sections out.
 */
const CHILD_MOMENT =
  /哭|闹|发脾气|打滚|摇晃|都说不|都不要|(?<![a-z])(?:cry\w*|tantrums?|meltdowns?|screams?|colic\w*|shak(?:e|es|ing)|says? no to|saying no to)(?![a-z])/i;

/**
 * The passages for a parent who is low or at the end of their tether always hold the parent-wellbeing section that
 * fits their words, whatever else the search found ("觉得自己是个很差的妈妈" finds sleep, "feel like a bad mom" after
 * no sleep finds crying): first, unless the child's crying or tantrum they ask about is answered by its own coping
 * document, then after it.
 */
async function withWellbeing(r: Reply, text: string, passages: Passage[]): Promise<Passage[]> {
  // Low after the birth ("生完孩子三个月了 每天都想哭"): the section on postnatal depression and where to get help answers,
  // whichever section of the document the distress words find (a hard day with a toddler). Alone: the answer reads the
  // sections it is given for the question's own words, and "失败的妈妈" would pick the hard day again.
  if (POSTNATAL_LOW.test(normalizeText(toSimplified(text)))) {
    const lang = r.lang === 'en' ? 'en' : 'zh';
    const pnd = (await r.ctx.knowledge.search(POSTNATAL_TOPIC[lang], { lang: r.lang, k: 4, within: WELLBEING_DOC }).catch(() => []))
      .map(passageOf)
      .find((p) => p.docId === WELLBEING_DOC && p.language === lang && POSTNATAL_HEADING.test(p.heading));
    if (pnd) return [pnd];
  }
  const found = passages.find((p) => p.docId === WELLBEING_DOC);
  // (When the parent's words are too far from every section to be among the search's candidates — "對小孩大吼大叫 我快瘋了"
  // — the document's own topic finds its section on a parent at the end of their tether.)
  const search = (query: string) => r.ctx.knowledge.search(query, { lang: r.lang, k: 3, within: WELLBEING_DOC }).catch(() => []);
  const hits = found ? [] : [...(await search(text)), ...(await search(WELLBEING_TOPIC[r.lang === 'en' ? 'en' : 'zh']))];
  const hit = found ?? hits.map(passageOf).find((h) => h.docId === WELLBEING_DOC && h.language === (r.lang === 'en' ? 'en' : 'zh'));
  if (!hit) return passages;
  // The parent's own question, read without their distress words, is answered from its own section whichever section the
  // distress words drew first: "寶寶一歲了晚上還是每兩小時醒一次 我快崩潰了" draws a toddler's evening crying ("天天晚上闹 我受不了了")
  // and a crying baby before the night-waking section the question without "崩潰" finds clearly.
  // (Not first when the child's crying or tantrum is what they ask about: its coping document answers, with the section on
  // what to do in the moment, below.)
  const childMoment = CHILD_MOMENT.test(normalizeText(toSimplified(text)));
  const wellbeingFirst = found !== undefined && found === passages[0];
  // (Only a question asked: a parent who only tells what wears them out hears the wellbeing section first, below.)
  const asks = ASKS.test(normalizeText(toSimplified(text)));
  const besides = wellbeingFirst || (!childMoment && asks) ? await askedBesides(r, text, hit) : undefined;
  if (besides) return besides;
  if (wellbeingFirst) return passages;
  // (One language per answer: the section in the parent's language, with what the search found in it. The child's
  // crying or tantrum sections are about the parent only when they name it: "對小孩大吼大叫 我快瘋了" is their anger.)
  const rest = passages.filter((p) => p !== hit && p.language === hit.language && (childMoment || !/crying|tantrum/.test(p.docId)));
  // (A concrete question the search answers — "sleep regression 要持续多久 好崩溃" — is answered as asked, the section after.
  // Only one asked: a parent who tells what wears them out and asks nothing — "hasn't slept more than 2 hours in a row
  // for weeks… I snapped at her today. I feel awful." — hears the wellbeing section first, not how long toddlers sleep.)
  const asked = rest.length > 0 && namesTopic(text) && asks && answersQuestion(text, rest);
  if (asked || (childMoment && rest[0] && /crying|tantrum/.test(rest[0].docId))) return [...rest, hit];
  return (childMoment ? await askedBesides(r, text, hit) : undefined) ?? [hit, ...rest];
}

/**
 * A concrete question told with the parent's distress ("寶寶一歲了晚上還是每兩小時醒一次 我快崩潰了 有什麼方法嗎"), whose
 * distress words drew the search to the wellbeing section: the question asked without them, when a section answers it,
 * first, and the wellbeing section after — asked or only told ("老大最近特别黏我 … 好心累": what wears them out is what to
 * help with). Undefined when the words left name nothing a section answers ("好累 怎么办").
 */
async function askedBesides(r: Reply, text: string, hit: Passage): Promise<Passage[] | undefined> {
  const rest = withoutDistress(normalizeText(toSimplified(text)));
  if (rest.length < 6 || !namesTopic(rest)) return undefined;
  const run = await r.tool<{ passages: Passage[] }>('search_knowledge', { query: rest });
  // (Only a parenting section that lists a question clearly like theirs: "老公天天加班 … 一个人带娃" left without its distress
  // is not about who collects a child.)
  const found = (run.result?.passages ?? []).filter((p) => p.docId !== WELLBEING_DOC && p.docId.startsWith('parenting-') && p.language === hit.language);
  if (!found.length || (found[0]!.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch || !answersQuestion(rest, found)) return undefined;
  return [...found, hit];
}

/** A part that names the service itself: a booking, a session, a point, a kind of care. */
const NAMES_SERVICE =
  /预约|约的|托育|服务点|半日托|临时托|体验课|上课|名额|候补|送托|送去|送过去|能去|去吗|能来|来吗|接孩子|老师|爱邻|护幼|周[六日末]|礼拜[六天日]|星期[六天日]|(?<![a-z])(?:book\w*|sessions?|slots?|points?|care|childcare|daycare|nursery|waitlist\w*|class(?:es)?|teachers?|staff|saturday|sunday|weekend|go|come|attend)(?![a-z])/i;

/** Something asked at all: a question mark, a question word or "what do I do" (read on Simplified, lowercased text). */
const ASKS =
  /[?？吗呢么嘛]|多久|多长|几|怎么|怎样|如何|什么|啥|哪|多少|能不能|可不可以|会不会|要不要|有没有|是不是|正常|(?<![a-z])(?:how|what|when|where|why|which|should (?:i|we)|can (?:i|we)|is (?:it|this|that)|does|do (?:i|we))(?![a-z])/i;

/** A part that reads as a question of its own: a question word or mark. */
const QUESTION_PART =
  /[?？吗呢么嘛]|多久|多长|几|怎么|怎样|如何|什么|啥|哪|多少|能不能|可不可以|会不会|要不要|有没有|(?<![a-z])(?:how|what|when|where|why|which|who|can|could|do|does|is|are|will|should)(?![a-z])/i;

/** "这是做噩梦吗", "是不是湿疹啊", "is it a nightmare?": whether it is something, asked yes or no. */
const ASKS_WHETHER_IT_IS =
  /^(?:那|那么)?(?:这|那|这个|那个|他|她|它|宝宝|孩子)?(?:是不是|是|算不算|算)[^，,。?？]{1,10}(?:吗|么|啊|呀)?[?？]?$|^(?:is|was) (?:it|this|that) (?:a |an )?[a-z\s]{2,30}\??$/i;

/**
 * Two questions in one message ("会把孩子信息给别人吗 聊天记录存多久", "Do you share our data? How long do you keep
 * chats?"): the answer above answers one of them; the other part, when it reads as a question of its own and a
 * section clearly answers it that the answer has not cited, is answered after it.
 */
async function answerOtherPart(r: Reply, text: string): Promise<void> {
  // (Split where a question particle ends a part in either script: "會通知我嗎 要多久內回覆" as "会通知我吗 …" — a Traditional
  // message is divided as its Simplified reading is, round 54.)
  const parts = text
    .split(/(?<=[?？吗呢么嘛嗎麼])\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .map((x) => x.trim())
    .filter((x) => [...x].length >= 4 && QUESTION_PART.test(toSimplified(x)));
  // (When the message's own topic is not covered, its other part is about the same thing: "寶寶可以穿耳洞嗎 幾歲穿比較好"
  // is not an age-rule question; nor is a part that names no topic of its own.)
  // (A later part that points back — "how do I stop it without her screaming", "这样要怎么办" — or only asks whether to
  // see a doctor — "宝宝红屁股好几天了 需要带去给医生看吗" — is about the part before it: one question, answered above.)
  const own = parts.filter((x, i) => i === 0 || !(POINTS_BACK.test(toSimplified(x).toLowerCase()) || onlyDoctor(normalizeText(toSimplified(x)))));
  if (own.length < 2 || r.citations.length === 0) return;
  const saidSoFar = searchable(r.said());
  for (const part of own.filter(namesTopic)) {
    // ("…第二天什么都不记得 这是做噩梦吗" under the night-terror section: a part asking whether it is something, whose topic
    // words the answer above already speaks of, is answered by it — a night terror, not a nightmare — not by another section.)
    if (ASKS_WHETHER_IT_IS.test(toSimplified(part)) && keyWords(part).every((k) => mentions(saidSoFar, k))) continue;
    const run = await r.tool<{ passages: Passage[] }>('search_knowledge', { query: part });
    const top = run.result?.passages[0];
    if (!top || (top.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch) continue;
    if (r.citations.some((c) => c.docId === top.docId && c.heading === top.heading)) continue;
    // (Nor when the section that would answer the part, not retrieval's first, is one already quoted: "殿前那个点有空调吗"
    // finds how to set a baby's air conditioning first, but asked of the point it is the point's rooms, quoted above.)
    const answering = answeringSection(part, run.result!.passages);
    if (!answering || r.citations.some((c) => c.docId === answering.docId && c.heading === answering.heading)) continue;
    // (A parenting answer's other part is the service's rule only when it names the service: "明天约了打疫苗 … 还能打吗 要不要
    // 改时间" is moving the jab, not a booking at a point.)
    if (!top.docId.startsWith('parenting-') && r.citations.every((c) => c.docId?.startsWith('parenting-')) && !NAMES_SERVICE.test(toSimplified(part))) continue;
    await searchKnowledgeTool.present!(r, run.result!, { query: part });
    return;
  }
}

/** Whether a part only asks whether to see a doctor ("要不要带他去医院看看", "should we get her checked?"), naming no topic. */
function onlyDoctor(text: string): boolean {
  const asked = WHEN_DOCTOR.exec(text);
  return !!asked && !namesTopic(text.replace(asked[0], '').replace(FOLLOW_UP, ''));
}

/** "it", "that", "它", "这个": what was just answered, pointed back at. */
// ("so when should we start then?" after potty training: the parent starting or stopping something is the topic's step,
// never a session's hours.)
const POINTS_BACK_AT_IT =
  /(?<![a-z])(?:it|that|this|they|them|(?:should|shall|can|could|do|must) (?:we|i) (?:start|begin|stop|try))(?![a-z])|它|这个|那个|(?:我们|我)(?:什么时候|啥时候|几时)?(?:该|要|可以|应该)?(?:开始|停)/i;

/**
 * "when does it close?" after the soft spot, "那它几点会好" after teething: a time asked of "it", right after a parenting
 * answer, in a message that names no session or the service — the topic just answered, not the sessions' hours.
 */
function asksOfTopicBefore(r: Reply, t: string): boolean {
  return familyOf(r.state.lastAnswer?.docId) === 'parenting' && POINTS_BACK_AT_IT.test(t) && !NAMES_SERVICE.test(t);
}
