import { DISTRICT_INFO } from '../../../domain/xiamenPlaces.ts';
import type { Slots } from '../../../nlu/types.ts';
import { withoutChildNames } from '../../../knowledge/childNicknames.ts';
import { familyChildren } from '../children.ts';
import { describeError } from '../../../errors/describeError.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { ageWordsIn } from '../../../nlu/parseAge.ts';
import { PARENT_DISTRESS, POSTNATAL_LOW, withoutDistress } from '../../../nlu/lexicon/parentDistress.ts';
import { searchKnowledgeTool } from '../../tools/searchKnowledgeTool.ts';
import type { Reply } from '../Reply.ts';
import {
  answeringSection,
  answersQuestion,
  contextAnswersAsWell,
  namesTopic,
  passageOf,
  sharesWords,
  touchesQuestion,
  withMomentSection,
  WELLBEING_DOC,
  type Passage,
} from './presentAnswer.ts';
import { DOSE, FOLLOW_UP } from './parentWords.ts';
import { type FollowUpReading, readFollowUp, tellsOfIt, WHEN_DOCTOR } from './followUp.ts';
import { searchInTopic, topicQuery } from './searchInTopic.ts';
import { leansOnTopic, stillOnTopic } from './stillOnTopic.ts';
import { IT, itIsTheTopic, itIsWhatWasQuoted } from './itIsTheTopic.ts';
import { readWithBefore } from './readWithBefore.ts';
import { offerPersonIfOverwhelmed } from './offerPerson.ts';
import { asksSessionTimes, sayUsualTimes, sessionTimesAskedAgain } from './sessionTimes.ts';
import { DEFAULT_THRESHOLDS } from '../../../knowledge/KnowledgeBase.ts';
import { offeredKinds } from './answerKind.ts';
import { ruleDocuments } from './ruleFacts.ts';
import { keyWords, mentions, mentionsLiterally, searchable } from './questionTerms.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';

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
  let run = await r.tool<{ passages: Passage[] }>('search_knowledge', args);
  if (!run.result) {
    r.say(describeError(run.error, r.lang).message);
    return;
  }
  // "寶寶快五個月了 頭還是撐不太穩 要不要帶去給醫生看": a doctor part with no topic of its own belongs to the question it
  // follows in the same message — when to see a doctor about that topic, not the doctor section its words find.
  const ownDoctor = await doctorInMessage(r, t);
  if (ownDoctor && ownDoctor[0]!.docId !== run.result.passages[0]?.docId) {
    if (overwhelmed) r.say(w.answers.answerFollows);
    await searchKnowledgeTool.present!(r, { passages: ownDoctor }, { query: q.text });
    r.state.lastQuestion = q.text;
    return;
  }
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
  // "can I give him paracetamol?" right after teething: a short question its topic's document answers about as clearly
  // as any other is still about that topic (stillOnTopic.ts).
  const kept =
    !reading.leans && reading.reason === 'stands-alone'
      ? await stillOnTopic(r.ctx.knowledge, r.lang, q.text, r.state.lastAnswer?.docId, run.result.passages)
      : undefined;
  if (kept) {
    if (overwhelmed) r.say(w.answers.answerFollows);
    await searchKnowledgeTool.present!(r, { passages: kept }, { query: q.text });
    r.state.lastQuestion = `${previous!}\n${q.text}`;
    return;
  }
  // "should I wake him up when it happens?" after a night terror: "it" is what was just quoted (itIsTheTopic.ts).
  const quotedAgain =
    !reading.leans && reading.reason === 'stands-alone'
      ? await itIsWhatWasQuoted(r.ctx.knowledge, r.lang, q.text, previous, r.state.lastAnswer, run.result.passages)
      : undefined;
  if (quotedAgain) {
    if (overwhelmed) r.say(w.answers.answerFollows);
    await searchKnowledgeTool.present!(r, { passages: quotedAgain }, readWithBefore(previous!, q.text, quotedAgain, 'before'));
    r.state.lastQuestion = `${previous!}\n${q.text}`;
    return;
  }
  if (reading.leans) {
    // "he eats mostly congee and banana" after picky eating, "她就是不爱喝水" after how much water: the child told about,
    // nothing asked — how the topic just answered goes for this child, answered from that topic's document (the part
    // its words speak of), not from whichever section its own words find ("白饭" meets salt in first foods).
    // (Its words tell a story, not a topic of their own: the topic is left only as any follow-up's is, below.)
    // (Only when its own words find no section clearly theirs: "他都吐出来不吃" after first foods finds refusing food.)
    // (…nor when the clear section they find elsewhere is hardly closer than one of the topic's own document: "she drinks
    // like 4 bottles a day" after how much milk a 2-year-old needs meets a young baby's formula amounts only a little more
    // closely than the toddler's bottles and milk, and is still about the toddler's milk.)
    const ownBest = Math.max(0, ...run.result.passages.map((p) => p.questionMatch ?? 0));
    const topicDoc = r.state.lastAnswer?.docId;
    const ownInTopic = Math.max(0, ...run.result.passages.filter((p) => p.docId === topicDoc).map((p) => p.questionMatch ?? 0));
    const ownElsewhere = Math.max(0, ...run.result.passages.filter((p) => p.docId !== topicDoc).map((p) => p.questionMatch ?? 0));
    // ("it's bleeding a bit where he scratched" after eczema: "it" is the eczema, however clearly its own words find a dog's scratch.)
    const told =
      reading.signal === 'told' &&
      (tellsOfIt(t) || ownBest < CLEAR_OWN_MATCH || (ownInTopic >= DEFAULT_THRESHOLDS.questionMatch && ownElsewhere < ownInTopic + CLEARLY_CLOSER));
    if (told && (await answerInTopic(r, { ...reading, ownTopic: false }, previous!, q.text, run.result.passages, overwhelmed))) return;
    // (…and when the topic's document has no other part for it, the section just quoted, read with its words: "他只吃白饭
    // 跟面条" after picky eating is still picky eating.)
    // ("what about once he turns one?", "那一岁以后呢" after the carer ratio: only the age changes, so the section just quoted
    // answers again — it gives every age's figure.)
    // (…and an age said only as older or younger, "那大一点的呢", "what about the older ones?", or a district alone, "那海沧呢"
    // after when new points open, read with the question before: round 34.)
    // (The NLU reads what such a follow-up changes: followUpChange.ts.)
    const change = heard?.followUpChange;
    // "那晚上呢" after potty training, "and what about her naps?" after what to bring: the topic's own document, read for
    // that time or setting — not the section just quoted again, nor another topic the bare word finds.
    const aspect = !told && change === 'aspect' ? await aspectInTopic(r, q.text) : undefined;
    if (aspect) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      // (Presented for the follow-up's own words: read with the question before, that question's measure — "几岁" in
      // "孩子几岁可以开始如厕训练" — would call the section just quoted back over the aspect's own section, round 37.)
      await searchKnowledgeTool.present!(r, { passages: aspect }, readWithBefore(previous!, q.text, aspect, 'own'));
      r.state.lastQuestion = `${previous!}\n${q.text}`;
      return;
    }
    const sameAgain = !told && (change === 'olderOrYounger' || change === 'district');
    const said = told || sameAgain || change === 'age' ? await sectionSaid(r, previous!) : undefined;
    if (said) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      // (The district asked is named, so the parent sees the answer is for it too: "海沧也一样…".)
      const district = sameAgain && change === 'district' ? heard?.district : undefined;
      if (district) r.say(w.answers.sameForDistrict(r.lang === 'en' ? DISTRICT_INFO[district].en : DISTRICT_INFO[district].zh));
      // (An age corrected is said back, in the parent's own unit, so the answer shows it is for the right child: "sorry she's
      // actually 10 weeks, not 6" → "at 10 weeks", round 44.)
      const corrected = !told && change === 'age' && heard?.correction ? ageWordsIn(readCodeSwitched(t)) : undefined;
      if (corrected) r.say(w.answers.forCorrectedAge(corrected));
      // (An age changed alone, in words naming no topic — "那过了生日以后呢" after turning 3 next week — is read with its own
      // words: the section holds every age's rule, and the question before's day, "这个周六", is not asked again.)
      const ageAlone = !told && change === 'age' && keyWords(readCodeSwitched(t)).length === 0;
      await searchKnowledgeTool.present!(
        r,
        { passages: [said] },
        sameAgain ? { query: previous! } : readWithBefore(previous!, q.text, [said], ageAlone ? 'own' : 'before'),
      );
      r.state.lastQuestion = `${previous!}\n${q.text}`;
      return;
    }
    // "那体验课呢" after how long half-day and temporary care last, "那孩子的名字和出生日期呢" after how long chats are kept:
    // the question before, asked of something named alone — answered from the section that answers the question before
    // and names it, not from whichever section its own few words find (what to bring to a class, why data is kept).
    const asked = await askedOfSomethingElse(r, t, previous!);
    if (asked) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      await searchKnowledgeTool.present!(r, { passages: asked }, { query: q.text });
      r.state.lastQuestion = `${previous!}\n${q.text}`;
      return;
    }
    // "那什么情况要去看医生" after a nappy-rash answer: when to see a doctor about that, not about a fever.
    const doctor = await doctorAboutTopic(r, t, previous!);
    if (doctor) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      // (Read with the question before, which says what it is about; with its own words alone when the question before holds
      // words the section never says — "孩子发烧39度 我婆婆 want to 捂汗 with thick blanket" before a Chinese doctor's section —
      // and it would be "not covered".)
      await searchKnowledgeTool.present!(r, { passages: doctor }, readWithBefore(previous!, q.text, doctor, 'before'));
      r.state.lastQuestion = `${previous!}\n${q.text}`;
      return;
    }
    // "how long will that last?" after stuttering: how long stuttering lasts, not separation anxiety's "how long does it last".
    // (Not one that changes an aspect, an age or a place — "那晚上呢" after naps is read for that time, above — nor one that
    // says "it", which itIsTheTopic reads below: "when should we stop it?" after a dummy.)
    const leaning =
      change === undefined && !IT.test(q.text) ? await leansOnTopic(r.ctx.knowledge, r.lang, q.text, r.state.lastAnswer, run.result.passages) : undefined;
    if (leaning) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      await searchKnowledgeTool.present!(r, { passages: leaning }, readWithBefore(previous!, q.text, leaning, 'own'));
      r.state.lastQuestion = `${previous!}\n${q.text}`;
      return;
    }
    const withContext = { query: `${previous!}\n${q.text}` };
    const again = await r.tool<{ passages: Passage[] }>('search_knowledge', withContext);
    const own = run.result.passages;
    // "那取消一個以後可以再約嗎" after the weekly cap: the section just quoted lists this very question, word for word, so it
    // answers it, read for that part — not another section the follow-up's few words tie with (a no-show rule that also
    // names cancelling and booking), nor another one picked so as not to repeat it.
    const quoted = r.state.lastAnswer;
    const listed = quoted
      ? (await r.ctx.knowledge.search(q.text, { lang: r.lang, k: 3, within: quoted.docId }).catch(() => []))
          .map(passageOf)
          .find((p) => p.heading === quoted.heading && (p.questionMatch ?? 0) >= LISTED_HERE)
      : undefined;
    if (listed) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      await searchKnowledgeTool.present!(r, { passages: [listed] }, { query: q.text });
      r.state.lastQuestion = withContext.query;
      return;
    }
    // "那一个孩子最多几个" after "weekly cap是按孩子算还是按家庭算", answered from the booking rules alone: the rule's document
    // is the topic, though neither question's words find it.
    const ruled = again.result?.passages.length === 0 ? await inRuleDocument(r, q.text, previous!, own) : undefined;
    if (ruled) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      await searchKnowledgeTool.present!(r, { passages: ruled }, { query: q.text });
      r.state.lastQuestion = withContext.query;
      return;
    }
    // "what if I miss it?" after a waitlist answer: the waitlist offer lapsing, not a missed session.
    const inTopic = again.result && POINTS_BACK.test(t) ? await sectionInTopic(r, q.text, own, again.result.passages) : undefined;
    if (inTopic) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      // ("how should I store them so this doesn't happen again?" after a laundry pod was bitten: "them" are the pods, so
      // the part quoted is read with the question before — poisoning, not the falls its "happen again" also meets, nor
      // milk storage, which "store" names. "and who actually runs it?" after the points' size asks of the point, read alone.)
      await searchKnowledgeTool.present!(r, { passages: inTopic }, THINGS_BEFORE.test(t) ? withContext : { query: q.text });
      r.state.lastQuestion = withContext.query;
      return;
    }
    // "ok how do we get rid of it?" after a dummy: "it" is the dummy, not the cradle cap its one other word finds.
    const it = again.result ? itIsTheTopic(q.text, own, again.result.passages, r.state.lastAnswer?.docId) : undefined;
    if (it) {
      if (overwhelmed) r.say(w.answers.answerFollows);
      // (The section the search with the question before chose, quoted for the follow-up's own words when they are answered.)
      const chosen = it.filter((p) => sameSection(p, it[0]!));
      await searchKnowledgeTool.present!(r, { passages: chosen }, readWithBefore(previous!, q.text, chosen, 'own'));
      r.state.lastQuestion = withContext.query;
      return;
    }
    // …but a new topic is not answered from the old one ("托育点有停车位吗" after a sleep question), nor is a
    // follow-up its own words answer better ("还有 湿疹怎么办" after a sleep question).
    const fits = (p: Passage[]) =>
      (touchesQuestion(q.text, p, withContext.query) &&
        (!namesTopic(q.text) || !answersQuestion(q.text, own) || contextAnswersAsWell(q.text, own, p, withContext.query))) ||
      weakOwnWords(q.text, own, p, withContext.query);
    if (again.result && fits(again.result.passages)) {
      // The question before says which topic; the follow-up's own words say which part of it. A section the
      // follow-up finds on its own, clearly ("那晚上要盖多厚" after co-sleeping: how warmly to dress, not co-sleeping
      // again), that the search with the context also finds (or whose document it answers from), answers it, read
      // with the follow-up's own words.
      // (A follow-up naming no topic of its own, whose own words find no clear section, has no section of its own in
      // another document than the one the question before is answered from: "那如果量出来37.5呢" after the drop-off
      // temperature check is still the drop-off check, not how fever is defined; "那我要怎么跟奶奶说她才会听" clearly
      // finds talking with grandparents.)
      // (Only for a follow-up naming a topic of its own: "那到十个月以后呢" after meals a day names an age, and its words meet
      // any section listing a ten-month-old's question — salt in the same document — not a part of the topic.)
      const found = ownSection(run.result.passages, again.result.passages, namesTopic(q.text) ? r.state.lastAnswer?.docId : undefined);
      // (A follow-up naming no topic keeps a section its own words find only when the search with the question before
      // finds that section too: "那一天要喝多少" after cow's milk is how much milk; "and once she's older than that?" after
      // sunscreen for a baby is sunscreen at an older age, not the choking section listing "older siblings' toys".)
      // (…and only from the kind of document the topic before is answered from, unless its own words find it clearly: "那平日的
      // 體驗課也算在裡面嗎" after the weekly cap is the cap's rule, not the parenting page on easing into care that mentions trial
      // classes — its own words find service sections too; "那她晚上总是醒好几次怎么办" after lunch at a point finds only parenting
      // pages, and is answered from them. The service's rules and parenting topics are two kinds, as notTheSameAgain weighs them.)
      const topicFamily = familyOf(again.result.passages[0]?.docId);
      const leavesTopic = topicFamily !== undefined && !run.result.passages.some((p) => familyOf(p.docId) === topicFamily);
      const sameKind = (p: Passage) => !topicFamily || leavesTopic || familyOf(p.docId) === topicFamily || (p.questionMatch ?? 0) >= CLEAR_OWN_MATCH;
      const keeps = (p: Passage) =>
        sameKind(p) && (namesTopic(q.text) || again.result!.passages.some((c) => sameSection(c, p)) || (p.questionMatch ?? 0) >= CLEAR_OWN_MATCH);
      const own = found && keeps(found[0]!) ? found : undefined;
      const next = await notTheSameAgain(r, q.text, previous!, run.result.passages, own ?? again.result.passages, again.result.passages);
      if (next) {
        if (overwhelmed) r.say(w.answers.answerFollows);
        await searchKnowledgeTool.present!(r, { passages: next }, { query: q.text });
        r.state.lastQuestion = withContext.query;
        return;
      }
      if (own) {
        if (overwhelmed) r.say(w.answers.answerFollows);
        await searchKnowledgeTool.present!(r, { passages: own }, { query: q.text });
        r.state.lastQuestion = withContext.query;
        return;
      }
      args = withContext;
      run = again;
    } else if (!reading.ownTopic && (await answerInTopic(r, reading, previous!, q.text, run.result.passages, overwhelmed))) return;
    else if (again.result) {
      // "那一天要喝多少才夠" after switching to cow's milk: the follow-up's own words find a section of the topic's document
      // nearly as clearly as one elsewhere (a baby's formula feeds): the topic's section answers, the one the search with the
      // question before also finds.
      const topicDoc = r.state.lastAnswer?.docId;
      const stay = topicDoc && own[0]?.docId !== topicDoc ? ownSection(own, again.result.passages, topicDoc) : undefined;
      if (stay && stay[0]!.docId === topicDoc) {
        if (overwhelmed) r.say(w.answers.answerFollows);
        await searchKnowledgeTool.present!(r, { passages: stay }, { query: q.text });
        r.state.lastQuestion = withContext.query;
        // (Read with its own words, it may hold a second question: "那体验课呢 家长要陪着吗" after how long half-day care
        // lasts is whether a parent stays, and how long a trial class is.)
        await answerOtherPart(r, q.text);
        return;
      }
    }
    // (A follow-up naming no topic of its own — "how long is it good for?" — that the search with the question before
    // does not fit is still about the topic, not about whatever its few words find: formula storage after breast milk.)
  }
  // "…Should I stay longer?", "…and do we need the 3段 growing up milk?" after the message's first question: a later part
  // whose own words find no answer, while the message as a whole finds a section already quoted above, is answered there
  // (respond.ts says so) — not called "not covered" under the answer that covers it.
  if (!reading.leans && (await answeredAboveInMessage(r, asked.message, q.text, run.result!.passages))) return;
  if (overwhelmed && run.result!.passages.length) r.say(w.answers.answerFollows);
  const passages = overwhelmed ? await withWellbeing(r, q.text, await withMomentSection(r, args.query, run.result!.passages)) : run.result!.passages;
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

/** A follow-up the section just quoted lists as one of its questions, word for word (question match, 0..1). */
const LISTED_HERE = 0.95;
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
  const parts = text
    .split(/(?<=[?？吗呢么嘛])\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
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

const sameSection = (a: Passage, b: Passage) => a.docId === b.docId && a.heading === b.heading;

/**
 * The passages found with the context, the follow-up's own section first: the section whose listed question is
 * closest to the follow-up alone, when it lists a question close to it (retrieval's bar for "relevant on its own")
 * and the search with the context found it too, or answers from its document. Undefined when there is no such
 * section.
 */
function ownSection(alone: Passage[], withContext: Passage[], topicDoc?: string): Passage[] | undefined {
  const qm = (p: Passage | undefined) => p?.questionMatch ?? 0;
  const clear = alone.filter((p) => qm(p) >= DEFAULT_THRESHOLDS.questionMatch);
  // The document the answer before was quoted from is the topic: its sections the follow-up's own words find clearly,
  // nearly as close as any elsewhere, are the ones to choose from ("and should he still be having it from a bottle?"
  // after how much milk a toddler needs is weaning off the bottle there, not making up a bottle of formula, which the
  // search with the long question before happened to find too).
  const clearest = Math.max(0, ...clear.map(qm));
  const inTopic = clear.filter((p) => p.docId === topicDoc && qm(p) >= clearest - CLEARLY_CLOSER);
  // (When the search with the question before ranks a section of the topic's document first and the follow-up's own
  // words find none of that document, a section elsewhere is its own only when they find it very clearly: "那会一直有人
  // 陪着他吗" after a late pickup is still the late pickup, not whether a parent stays at a community point.)
  const topicFirst =
    topicDoc !== undefined && withContext[0]?.docId === topicDoc && qm(withContext[0]) >= OWN_ELSEWHERE && !alone.some((p) => p.docId === topicDoc);
  const close = inTopic.length ? inTopic : topicFirst ? clear.filter((p) => qm(p) >= OWN_ELSEWHERE) : clear;
  // The section both searches found, closest to the follow-up and to the topic before together ("那一天要喝多少"
  // after switching to cow's milk: how much milk, not how much water); else the one closest to the follow-up alone.
  const closeness = (p: Passage) => qm(p) + qm(withContext.find((c) => sameSection(c, p)));
  const both = close.filter((p) => withContext.some((c) => sameSection(c, p)));
  const pick = (list: Passage[], score: (p: Passage) => number) => list.reduce<Passage | undefined>((a, p) => (a && score(a) >= score(p) ? a : p), undefined);
  const top = pick(both, closeness) ?? pick(close, qm);
  if (!top) return undefined;
  // (Every passage says how close it is to the follow-up's own words, not to the context: one the follow-up alone
  // did not find lists no question close to it.)
  const all = withContext.filter((p) => !sameSection(p, top)).map((p) => ({ ...p, questionMatch: alone.find((a) => sameSection(a, p))?.questionMatch ?? 0 }));
  // (A section of the topic's document chosen over a closer one elsewhere answers alone with its document: the closer one
  // would take the answer back — "那一天要喝多少才夠" after cow's milk, not a baby's formula feeds.)
  const rest = inTopic.includes(top) && qm(top) < clearest ? all.filter((p) => p.docId === topicDoc) : all;
  if (withContext.some((p) => sameSection(p, top))) return [top, ...rest];
  // …or a section of the document the context is answered from (the search with the context ranks its closest).
  if (withContext[0]?.docId === top.docId) return [top, ...rest];
  return undefined;
}

/** Below this, the section a follow-up finds on its own words is no clear match of its own (retrieval's bar is 0.45). */
const CLEAR_OWN_MATCH = 0.6;
/** …and the search with the question before finds a section at least this much closer. */
const CLEARLY_CLOSER = 0.15;

/**
 * A follow-up whose own words find no section clearly its own stays in the topic before ("那我可以跟老师说不要拍吗"
 * after a question about photos: "不要" meets a child who says no to everything), when the search with the question
 * before finds a section clearly closer, in another document, that names some of the follow-up's words.
 */
function weakOwnWords(question: string, own: Passage[], withContext: Passage[], contextQuery: string): boolean {
  const top = (p: Passage[]) => Math.max(0, ...p.map((x) => x.questionMatch ?? 0));
  const mine = top(own);
  const theirs = top(withContext);
  if (mine >= CLEAR_OWN_MATCH || theirs < DEFAULT_THRESHOLDS.questionMatch || theirs < mine + CLEARLY_CLOSER) return false;
  // (Words that find nothing at all on their own — "what about once he turns one?" after the carer ratio — ask the
  // question before again about something else.)
  if (mine < NOTHING_OF_ITS_OWN) return true;
  return sharesWords(question, own, withContext, contextQuery);
}

/** A section of the topic's document answers a time or setting asked alone ("那晚上呢") when its words find it this closely. */
const ASPECT_MATCH = 0.5;
/** …and clearly ahead of any other section of the document that its words find. */
const ASPECT_CLEARLY_AHEAD = 0.1;

/** Another section of the document just quoted that the follow-up's time or setting finds, if one does. */
async function aspectInTopic(r: Reply, question: string): Promise<Passage[] | undefined> {
  const last = r.state.lastAnswer;
  if (!last) return undefined;
  const language = r.lang === 'en' ? 'en' : 'zh';
  const hits = await r.ctx.knowledge.search(question, { lang: r.lang, k: 3, within: last.docId }).catch(() => []);
  const near = hits
    .map(passageOf)
    .filter((p) => p.docId === last.docId && p.language === language && p.heading !== last.heading && (p.questionMatch ?? 0) >= ASPECT_MATCH)
    .sort((a, b) => (b.questionMatch ?? 0) - (a.questionMatch ?? 0));
  // (Only one section of it, or one clearly ahead: "那晚上呢" after how many naps meets night waking, bedtime and a
  // newborn's day and night alike in the sleep document — no one of them is what "at night" asks, so it is left to the
  // readings below.)
  const [best, next] = near;
  if (!best || (next && (best.questionMatch ?? 0) < (next.questionMatch ?? 0) + ASPECT_CLEARLY_AHEAD)) return undefined;
  return [best];
}

/** A follow-up's own section outside the topic's documents answers only when its words find it this clearly. */
const OWN_ELSEWHERE = 0.75;
/** Below this, a follow-up's own words find no section at all (no listed question near them). */
const NOTHING_OF_ITS_OWN = 0.3;

/**
 * A follow-up is not answered with the very section the question before was answered with, unless its own words ask
 * that section again: "那要是我忘了取消呢" after the cancel deadline asks what a no-show does, "那已經過了時間呢" and "and if
 * I'm late?" ask about cancelling late, "那让她上初中的表哥去接呢" after grandparents picking up asks about minors. The
 * follow-up's own clear section in a document of the topic answers (read with its own words); else the next section of
 * the same document that the search with the question before found (read with both). Undefined when the answer does
 * not repeat the section before, or nothing else fits.
 */
async function notTheSameAgain(
  r: Reply,
  question: string,
  previous: string,
  alone: Passage[],
  chosen: Passage[],
  withContext: Passage[],
): Promise<Passage[] | undefined> {
  const first = chosen[0];
  // ("那快三岁的呢" names no topic of its own: the same section, asked about another age.)
  if (!first || !namesTopic(question)) return undefined;
  const hits = await r.ctx.knowledge.search(previous, { lang: r.lang, k: 3 }).catch(() => []);
  const before = hits.map(passageOf)[0];
  if (!before || !sameSection(first, before)) return undefined;
  const qm = (p: Passage) => p.questionMatch ?? 0;
  const byMatch = [...alone].sort((a, b) => qm(b) - qm(a));
  // Its own words ask the section before again ("那聊天记录呢 也是90天吗"): answered again.
  // (…also when they find it as closely as any other: "那取消一個以後可以再約嗎" after the weekly cap lists its question
  // under the cap, word for word as "约了不去也不取消会怎样" under no-shows, and the cap says the quota comes back.)
  if (!byMatch[0] || byMatch.some((p) => sameSection(p, before) && qm(p) >= qm(byMatch[0]!))) return undefined;
  const topic = new Set([before.docId, ...withContext.map((p) => p.docId), ...hits.map((h) => h.docId)]);
  const others = (p: Passage, kept: Passage) => !sameSection(p, before) && !sameSection(p, kept);
  // (Only in a document of the same kind — a service rule after a service rule, not "那台湾过来的家庭也行吗" after who
  // may use the service finding vaccinations after a move —; one the topic's searches did not find, only when its own
  // words find it clearly: "and if I'm late?" after the cancel deadline.)
  // (The service's own rules — service-* and policy-* — are one kind; parenting documents another.)
  const family = (p: Passage) => p.docId.startsWith('parenting-');
  const mine = byMatch.find(
    (p) =>
      !sameSection(p, before) &&
      p.language === before.language &&
      family(p) === family(before) &&
      (qm(p) >= OWN_ELSEWHERE || (qm(p) >= DEFAULT_THRESHOLDS.questionMatch && topic.has(p.docId))),
  );
  // (Only a section of its own: "那八个月的呢" after the carer ratio asks the same section about another age; and only one
  // closer to the follow-up's words than the section before is to the two questions together — "and when do they
  // close?" after when booking opens is the same section's other half, not "anything close to our apartment?".)
  const sameAgain = Math.max(0, ...withContext.filter((p) => sameSection(p, before)).map(qm));
  if (!mine || qm(mine) <= sameAgain) return undefined;
  return [mine, ...withContext.filter((p) => others(p, mine)).map((p) => ({ ...p, questionMatch: 0 }))];
}

/**
 * A follow-up to a question the documents' words do not find but the booking rules answer ("weekly cap是按孩子算还是按家庭算",
 * answered with the weekly limit): the sections of the rule's document its own words find, when they find none clearly
 * their own elsewhere ("那一个孩子最多几个" meets the carer ratio's "一个保育人员最多照看几个孩子" only loosely). Undefined
 * when the question before asked no rule, or the follow-up's own words already find that document.
 */
async function inRuleDocument(r: Reply, question: string, previous: string, own: Passage[]): Promise<Passage[] | undefined> {
  const docs = ruleDocuments(previous);
  if (!docs.length || own.some((p) => docs.includes(p.docId))) return undefined;
  if ((own[0]?.questionMatch ?? 0) >= OWN_ELSEWHERE) return undefined;
  const language = r.lang === 'en' ? 'en' : 'zh';
  for (const doc of docs) {
    const hits = await r.ctx.knowledge.search(question, { lang: r.lang, k: 3, within: doc }).catch(() => []);
    const passages = hits.filter((h) => h.docId === doc && h.language === language).map(passageOf);
    if (passages.length) return passages;
  }
  return undefined;
}

/**
 * Points back at what was just answered: "it", "that", "这个" ("what if I miss it?", "那这个要多久").
 * Read on normalized Simplified text.
 */
const POINTS_BACK = /(?<![a-z])(?:it|that|this|too|as well)(?![a-z])|它|这个|这样|也(?:可以|能|行|要|需要|算|一样)/i;

/**
 * A follow-up that points back is about the document the question before was answered from: the section of that
 * document (as the search with the context ranks it first) that covers the follow-up's own words, when the
 * follow-up's own search found its answer in another document. Undefined when that document has no such section.
 */
async function sectionInTopic(r: Reply, question: string, own: Passage[], withContext: Passage[]): Promise<Passage[] | undefined> {
  // (The document the last answer quoted, when known: the search with the question before ranks by the longer question's
  // words, and may rank another document first — "and should he still be having it from a bottle?" after a long message
  // on a toddler's milk found making up a bottle of formula first, and was answered from the formula document.)
  const said = r.state.lastAnswer;
  const first = withContext[0];
  const topic = said && first ? { docId: said.docId, language: first.language } : first;
  // (Words that name no topic — "and once she's older than that?" — find no section of their own in it.)
  if (!topic || own[0]?.docId === topic.docId || !namesTopic(question)) return undefined;
  const hits = await r.ctx.knowledge.search(question, { lang: topic.language, k: 10, within: topic.docId }).catch(() => []);
  const passages = hits.filter((h) => h.docId === topic.docId && h.language === topic.language).map(passageOf);
  return passages.length && answersQuestion(question, passages) ? passages : undefined;
}

/(?:什么|哪些|啥|哪种)(?:情况|时候)?.{0,4}?(?:要|需要|该|得|应该)?(?:去)?(?:看医生|去医院|看病|就医|就诊)|(?=[^，,。]*(?:带|医院|医生|doctor|看病|就医|检查))(?:要不要|需不需要|用不用|该不该|需要|要|用)(?:带(?:他|她|孩子|宝宝|娃|小孩)?)?(?:去)?(?:医院)?(?:给|让)?(?:医生|doctor)?(?:看医生|看doctor|去医院|医院|看病|就医|看看|看一下|查一下|检查|看)(?:一下|看|看看)?(?:啊|呀|吗|呢|么|吧)*[?？]*$|(?<![a-z])(?:when|at what point)\s+(?:should|do|must|would)\s+(?:we|i)\s+(?:see|call|go to|take (?:her|him|them) to)\s+(?:a |the )?(?:doctor|gp|hospital|paediatrician|pediatrician)(?![a-z])|(?<![a-z])(?:do|should) (?:we|i) (?:need to )?(?:see|go to) (?:a |the )?(?:doctor|gp|hospital)(?![a-z])|(?<![a-z])(?:should|do|must) (?:we|i) (?:need to )?(?:get|have|take) (?:her|him|them|it|this|that) (?:checked|seen|looked at)(?: (?:out|over))?(?: by (?:a |the )?(?:doctor|gp|paediatrician|pediatrician))?(?![a-z])/i;

/** Whether a part only asks whether to see a doctor ("要不要带他去医院看看", "should we get her checked?"), naming no topic. */
function onlyDoctor(text: string): boolean {
  const asked = WHEN_DOCTOR.exec(text);
  return !!asked && !namesTopic(text.replace(asked[0], '').replace(FOLLOW_UP, ''));
}

/**
 * A message that tells its topic and ends asking whether to see a doctor about it: the section of the topic's
 * document that says when to see a doctor. Undefined without such an ending, or when the rest names no topic.
 */
/** Asks how long: "要多久", "多长时间", "how long". */
const HOW_LONG = /多久|多长|(?<![a-z])how long(?![a-z])/i;

async function doctorInMessage(r: Reply, text: string): Promise<Passage[] | undefined> {
  const asked = WHEN_DOCTOR.exec(text);
  if (!asked || asked.index === 0) return undefined;
  const topic = `${text.slice(0, asked.index)} ${text.slice(asked.index + asked[0].length)}`.trim();
  // ("那要多久还不好才需要去看医生" asks how long to wait before a doctor, of the topic before: no topic of its own, though
  // its "多久" finds a section listing how long teething hurts; as doctorAboutTopic reads it.)
  if (HOW_LONG.test(topic)) return undefined;
  // (The topic is told in the parent's words — "头还是撑不太稳" — which name no listed topic word: a section must list a
  // question close to them.)
  const found = (await r.ctx.knowledge.search(topic, { lang: r.lang, k: 1 }).catch(() => [])).map(passageOf)[0];
  if (!found || (found.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch) return undefined;
  return doctorAboutTopic(r, asked[0], topic);
}

/**
 * A follow-up asking only when to see a doctor is about the topic just answered: the section of that topic's
 * document that says when to see a doctor (the document the question before is answered from), not the doctor
 * section of whichever document its own words find. Undefined when it names a topic of its own ("那发烧呢 要去医院吗")
 * or that document has no such section.
 */
/** A section's own paragraph on when to see a doctor ("**请看儿保医生**：…", "出现以下情况请看…", "See a doctor if…"). */
const SEE_A_DOCTOR =
  /(?:请|要|建议|需要)(?:带(?:孩子|宝宝)?(?:去)?)?(?:看|去看|咨询|找)(?:儿保|儿童)?(?:医生|儿科|眼科|口腔|骨科|言语治疗师)|(?:请|要|今天|尽快|马上)?看医生[：:]|(?<![a-z])see (?:a|the|your) (?:doctor|gp|dentist|child-health doctor)(?![a-z])/i;

async function doctorAboutTopic(r: Reply, text: string, previous: string): Promise<Passage[] | undefined> {
  const asked = WHEN_DOCTOR.exec(text);
  if (!asked) return undefined;
  const rest = text.replace(asked[0], '').replace(FOLLOW_UP, '');
  // ("那要多久还不好才需要去看医生" asks how long to wait: the section that gives the length answers, not the doctor's list.)
  if (namesTopic(rest) || HOW_LONG.test(rest)) return undefined;
  // ("那啥时候要去看医生" after a stutter, "那到几岁还不直要去看医生" after bow legs: the section just quoted says when to see a
  // doctor in its own words — its doctor part answers, not another section of its document headed "when to see a doctor"
  // about late talking or slow motor skills, round 43.)
  const last = r.state.lastAnswer;
  if (last && !offeredKinds(last.heading.split(' > ').at(-1) ?? '').has('doctor')) {
    const again = await r.ctx.knowledge.search(`${previous}\n${text}`, { lang: r.lang, k: 10, within: last.docId }).catch(() => []);
    const quoted = again.find((h) => h.docId === last.docId && h.headingPath === last.heading);
    if (quoted && SEE_A_DOCTOR.test(toSimplified(quoted.content))) return [passageOf(quoted)];
  }
  const before = (await r.ctx.knowledge.search(previous, { lang: r.lang, k: 1 }).catch(() => []))[0];
  if (!before) return undefined;
  const hits = await r.ctx.knowledge.search(`${previous}\n${text}`, { lang: before.language, k: 10, within: before.docId }).catch(() => []);
  const section = (h: { headingPath: string }) => h.headingPath.split(' > ').at(-1) ?? '';
  const doctor = hits.filter((h) => h.docId === before.docId && offeredKinds(section(h)).has('doctor')).map(passageOf);
  return doctor.length ? [doctor[0]!] : undefined;
}

/** "them", "those", "它们": the things the question before named (laundry pods), which the part quoted must name too. */
const THINGS_BEFORE = /(?<![a-z])(?:them|those|these)(?![a-z])|它们|这些|那些/i;

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

/** Service and policy documents are one kind (the service's rules), parenting documents another. */
function familyOf(docId: string | undefined): 'parenting' | 'service' | undefined {
  return docId === undefined ? undefined : docId.startsWith('parenting-') ? 'parenting' : 'service';
}

/**
 * Something named alone after a question ("那体验课呢", "那孩子的名字和出生日期呢", "what about our ayi?"): what is named, when
 * the message is nothing else — no question word, condition, person doing something or tense of its own ("那如果量出来37.5呢",
 * "要是他忘了带身份证呢", "and if he's coughing?" ask something of their own). Read on normalized Simplified text.
 */
const NAMED_ALONE_ZH = /^(?:那|那么)?(?:要是|如果是)?(.{1,16}?)(?:的话)?呢[?？。!！]*$/;
const NAMED_ALONE_EN = /^(?:and |but |so )?(?:what|how) about (.{1,40}?)[?？.!]*$/i;
const OWN_PREDICATE =
  /[吗么嘛]|[我你他她它]|了|过|会|能|可以|要|怎|什么|啥|哪|多少|几|还|也|都|才|就|如果|要是|万一|是不是|不|没|(?<![a-z])(?:is|are|am|was|were|be|can|could|do|does|did|will|would|should|if|when|how|what|i|we|he|she|they|it|not)(?![a-z])/i;

function namedAlone(text: string): string | undefined {
  const m = NAMED_ALONE_ZH.exec(text) ?? NAMED_ALONE_EN.exec(text);
  const named = m?.[1]?.trim();
  return named && !OWN_PREDICATE.test(named) ? named : undefined;
}

/** How many of the question before's own sections are read for one that lists what a follow-up names. */
const OF_BEFORE = 6;

/**
 * The question before asked of something named alone: the first of the sections the question before finds (as it was
 * answered) whose own words name every topic word of the thing named; else the section of that document closest to the
 * two questions together that names them. Undefined when the message is not such a question, names no topic (an age, a
 * day: "那十四个月的呢", "那晚上呢", which the answer before is read again for), or no section of the topic names it.
 */
async function askedOfSomethingElse(r: Reply, text: string, previous: string): Promise<Passage[] | undefined> {
  const named = namedAlone(text);
  if (!named) return undefined;
  const key = keyWords(readCodeSwitched(named));
  // (What is named takes the place of what the question before asked about, so it is new to it: "那开始前一个小时才取消呢"
  // after cancelling the night before names the cancelling again — a question of its own, about cancelling late.)
  const asked = searchable(readCodeSwitched(previous));
  if (!key.length || key.some((k) => mentionsLiterally(asked, k))) return undefined;
  // (Named in what the section says — its heading and text, which are quoted — not only in the questions it lists.)
  const saidIn = (p: Passage) => searchable(`${p.heading.split(' > ').at(-1) ?? ''}\n${p.text}`);
  const names = (p: Passage) => key.every((k) => mentions(saidIn(p), k));
  // (…by the word itself, not only a broader one it is a form of: see mentionsLiterally.)
  const saysIt = (p: Passage) => key.every((k) => mentionsLiterally(saidIn(p), k));
  // (The question before's own first sections; a few more are read below for one that lists what is named.)
  const ownFound = (await r.ctx.knowledge.search(previous, { lang: r.lang, k: OF_BEFORE }).catch(() => [])).map(passageOf);
  // (The topic is the section the answer before quoted, when its words find it again: "那水杯呢" after what to bring to
  // half-day care asks of the packing list that was answered — answered by the service's rule, which the question's
  // own first section, wet pants in potty training, is not.)
  const quoted = r.state.lastAnswer;
  const same = (p: Passage) => quoted !== undefined && p.docId === quoted.docId && p.heading === quoted.heading;
  const said = quoted ? (ownFound.find(same) ?? (await sectionSaid(r, previous))) : undefined;
  const before = (said ? [said, ...ownFound.filter((p) => !same(p))] : ownFound).slice(0, 3);
  const topic = before[0];
  if (!topic) return undefined;
  // "那花生呢" after when eggs can start: a section of the topic that lists the follow-up itself among its questions, word
  // for word, is the editors' answer to it (whole peanuts and peanut butter), before one that names it in passing (the
  // egg section's list of allergens, which would be the answer before again).
  const bare = (s: string) => normalizeText(toSimplified(s)).replace(/[\s\p{P}]/gu, '');
  const own = await r.ctx.knowledge.search(text, { lang: topic.language, k: 5, within: topic.docId }).catch(() => []);
  const listed = own
    .map(passageOf)
    .find((p) => p.docId === topic.docId && p.language === topic.language && (p.questions ?? []).some((q) => bare(q) === bare(text)) && names(p));
  if (listed) return [listed];
  const inTopic = (p: Passage) => p.docId === topic.docId && p.language === topic.language;
  const againSaid = before.find((p) => inTopic(p) && saysIt(p));
  if (againSaid) return [againSaid];
  // "那咳嗽呢" after when a child may go back after a fever: the question before, asked of what is named, is answered
  // where a document the question before also finds lists a question naming it — the service's health check lists "孩子
  // 有点咳嗽还能送吗" —, before the topic's section that names it only by a broader word (being ill).
  const docs = new Set(before.filter((p) => p.language === topic.language).map((p) => p.docId));
  const listsIt = (p: Passage) => (p.questions ?? []).some((q) => key.every((k) => mentionsLiterally(searchable(q), k)));
  // (A section the question before found itself first — it answers that question —, then one both find together.)
  const fits = (p: Passage) => docs.has(p.docId) && p.language === topic.language && saysIt(p) && listsIt(p);
  const ofBefore = ownFound.find(fits);
  if (ofBefore) return [ofBefore];
  const both = (await r.ctx.knowledge.search(`${previous}\n${text}`, { lang: topic.language, k: 10 }).catch(() => [])).map(passageOf);
  const elsewhere = both.filter(fits).sort((a, b) => (b.questionMatch ?? 0) - (a.questionMatch ?? 0))[0];
  if (elsewhere) return [elsewhere];
  const again = before.find((p) => inTopic(p) && names(p));
  if (again) return [again];
  const inDoc = await r.ctx.knowledge.search(`${previous}\n${text}`, { lang: topic.language, k: 10, within: topic.docId }).catch(() => []);
  const found = inDoc
    .map(passageOf)
    .filter((p) => p.docId === topic.docId && p.language === topic.language && names(p))
    .sort((a, b) => (b.questionMatch ?? 0) - (a.questionMatch ?? 0))[0];
  return found ? [found] : undefined;
}

/** The section the last answer quoted, found again in its document; undefined when it cannot be. */
async function sectionSaid(r: Reply, previous: string): Promise<Passage | undefined> {
  const said = r.state.lastAnswer;
  if (!said) return undefined;
  const hits = await r.ctx.knowledge.search(previous, { lang: r.lang, k: 20, within: said.docId }).catch(() => []);
  return hits.map(passageOf).find((p) => p.docId === said.docId && p.heading === said.heading);
}

/**
 * Answers a follow-up from the section of the topic just answered that its own words ask for (searchInTopic.ts): the
 * document the last answer quoted, else the one the question before finds. False when that finds nothing to answer with.
 */
async function answerInTopic(
  r: Reply,
  reading: Extract<FollowUpReading, { leans: true }>,
  previous: string,
  text: string,
  own: Passage[],
  overwhelmed: boolean,
): Promise<boolean> {
  const topic = r.state.lastAnswer ?? (await r.ctx.knowledge.search(previous, { lang: r.lang, k: 1 }).catch(() => [])).map(passageOf)[0];
  if (!topic) return false;
  const language = r.lang === 'en' ? 'en' : 'zh';
  const sections = await searchInTopic(r.ctx.knowledge, {
    asked: reading.asked,
    previous,
    topic,
    own,
    language,
    ownTopic: reading.ownTopic,
    told: reading.signal === 'told',
  });
  if (!sections) return false;
  if (overwhelmed) r.say(r.w.answers.answerFollows);
  await searchKnowledgeTool.present!(r, { passages: sections }, { query: topicQuery(previous, text) });
  r.state.lastQuestion = `${previous}\n${text}`;
  return true;
}
