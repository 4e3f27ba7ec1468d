import type { Slots } from '../../../nlu/types.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { ageWordsIn } from '../../../nlu/parseAge.ts';
import { DISTRICT_INFO } from '../../../domain/xiamenPlaces.ts';
import { DEFAULT_THRESHOLDS } from '../../../knowledge/KnowledgeBase.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import type { Reply } from '../Reply.ts';
import { answersQuestion, contextAnswersAsWell, namesTopic, passageOf, sharesWords, touchesQuestion, type Passage } from './presentAnswer.ts';
import { FOLLOW_UP } from './parentWords.ts';
import { type FollowUpReading, tellsOfIt, WHEN_DOCTOR } from './followUp.ts';
import { searchInTopic, topicQuery } from './searchInTopic.ts';
import { leansOnTopic, stillOnTopic } from './stillOnTopic.ts';
import { IT, itIsTheTopic, itIsWhatWasQuoted } from './itIsTheTopic.ts';
import { readWithBefore } from './readWithBefore.ts';
import { offeredKinds } from './answerKind.ts';
import { ruleDocuments } from './ruleFacts.ts';
import { keyWords, mentions, mentionsLiterally, searchable } from './questionTerms.ts';

/**
 * A question read as a follow-up of the one before: the readings below, one per kind of follow-up parents write, are
 * tried in the order of their table, and the first that finds the sections answering it answers. Each says which
 * sections, which words they are quoted for (readWithBefore.ts decides between the follow-up's own words and the
 * question before with them) and which question the next follow-up leans on. When none finds an answer,
 * answerQuestion.ts answers from what the question's own words find — or, when a reading says so, from what they find
 * with the question before.
 */

/** What a reading found to answer with. */
export interface FollowUpAnswer {
  passages: Passage[];
  /** The words the passages are quoted for. */
  readAs: { query: string };
  /** The question remembered for the next follow-up. */
  remember: string;
  /** Lines said before the passages: the district asked, an age corrected. */
  lead?: string[];
  /** Read with its own words the message may hold a second question, answered after. */
  otherPart?: boolean;
}

/** The follow-up is answered as a question of its own would be, but from what its words find with the question before. */
export interface AnsweredWithContext {
  withContext: { query: string };
  passages: Passage[];
}

/** A question asked after another, as the readings see it. */
export interface FollowUpTurn {
  r: Reply;
  /** The parent's words (the family's children's names read as the documents' word for the child). */
  text: string;
  /** The same, Simplified and normalized. */
  t: string;
  /** The question before, without the parent's own distress words; undefined when there was none. */
  previous: string | undefined;
  reading: FollowUpReading;
  /** What the NLU heard in the message (followUpChange.ts: what a follow-up changes). */
  heard: Slots | undefined;
  /** The sections the question's own words find. */
  own: Passage[];
}

/** A follow-up that leans on the question before, with what the leaning readings share. */
interface Leaning extends FollowUpTurn {
  previous: string;
  reading: Extract<FollowUpReading, { leans: true }>;
  /**
   * The child told about, nothing asked ("he eats mostly congee and banana" after picky eating, "她就是不爱喝水" after how
   * much water): how the topic just answered goes for this child — its words tell a story, not a topic of their own.
   */
  told: boolean;
  /** What the follow-up changes of the question before: an aspect, an age, a district, older or younger. */
  change: Slots['followUpChange'];
  /** The question before with the follow-up. */
  withContext: { query: string };
  /** What the search with the question before finds (undefined when it failed); run once, before the first reading that needs it. */
  again?: Passage[];
}

interface Reading<T> {
  /** The kind of follow-up, as tests and notes name it. */
  name: string;
  /** Needs the search with the question before. */
  withContext?: boolean;
  find(f: T): Promise<FollowUpAnswer | AnsweredWithContext | undefined>;
}

/** Read whether or not the question leans on the one before. */
const STANDING: Reading<FollowUpTurn>[] = [
  {
    // "寶寶快五個月了 頭還是撐不太穩 要不要帶去給醫生看": a doctor part with no topic of its own belongs to the question it
    // follows in the same message — when to see a doctor about that topic, not the doctor section its words find.
    name: 'doctor-in-the-same-message',
    async find(f) {
      const doctor = await doctorInMessage(f.r, f.t);
      if (!doctor || doctor[0]!.docId === f.own[0]?.docId) return undefined;
      return { passages: doctor, readAs: { query: f.text }, remember: f.text };
    },
  },
  {
    // "can I give him paracetamol?" right after teething: a short question its topic's document answers about as clearly
    // as any other is still about that topic (stillOnTopic.ts).
    name: 'still-on-topic',
    async find(f) {
      if (!standsAlone(f)) return undefined;
      const kept = await stillOnTopic(f.r.ctx.knowledge, f.r.lang, f.text, f.r.state.lastAnswer?.docId, f.own);
      return kept && { passages: kept, readAs: { query: f.text }, remember: `${f.previous!}\n${f.text}` };
    },
  },
  {
    // "should I wake him up when it happens?" after a night terror: "it" is what was just quoted (itIsTheTopic.ts).
    name: 'it-is-what-was-quoted',
    async find(f) {
      if (!standsAlone(f)) return undefined;
      const quoted = await itIsWhatWasQuoted(f.r.ctx.knowledge, f.r.lang, f.text, f.previous, f.r.state.lastAnswer, f.own);
      return quoted && { passages: quoted, readAs: readWithBefore(f.previous!, f.text, quoted, 'before'), remember: `${f.previous!}\n${f.text}` };
    },
  },
];

/** A question that reads as standing alone, though one came before it. */
const standsAlone = (f: FollowUpTurn) => !f.reading.leans && f.reading.reason === 'stands-alone';

/** Read only when the question leans on the one before (followUp.ts), in this order. */
const LEANING: Reading<Leaning>[] = [
  {
    // The child told about: answered from the topic's document, the part its words speak of (searchInTopic.ts), not from
    // whichever section its own words find ("白饭" meets salt in first foods).
    name: 'told-of-the-child',
    async find(f) {
      return f.told ? answerInTopic(f.r, { ...f.reading, ownTopic: false }, f.previous, f.text, f.own) : undefined;
    },
  },
  {
    // "那晚上呢" after potty training, "and what about her naps?" after what to bring: the topic's own document, read for
    // that time or setting — not the section just quoted again, nor another topic the bare word finds.
    name: 'aspect-of-the-topic',
    async find(f) {
      if (f.told || f.change !== 'aspect') return undefined;
      const aspect = await aspectInTopic(f.r, f.text);
      // (Presented for the follow-up's own words: read with the question before, that question's measure — "几岁" in
      // "孩子几岁可以开始如厕训练" — would call the section just quoted back over the aspect's own section, round 37.)
      return aspect && { passages: aspect, readAs: readWithBefore(f.previous, f.text, aspect, 'own'), remember: `${f.previous}\n${f.text}` };
    },
  },
  {
    // The section just quoted, again: for the child told about when the topic's document has no other part for it ("他只吃
    // 白饭跟面条" after picky eating is still picky eating); for an age changed ("what about once he turns one?", "那一岁以后呢"
    // after the carer ratio: the section gives every age's figure), an age said only as older or younger ("那大一点的呢"), or a
    // district alone ("那海沧呢" after when new points open), read with the question before: round 34.
    name: 'same-section-again',
    async find(f) {
      const sameAgain = !f.told && (f.change === 'olderOrYounger' || f.change === 'district');
      if (!(f.told || sameAgain || f.change === 'age')) return undefined;
      const said = await sectionSaid(f.r, f.previous);
      if (!said) return undefined;
      const lead: string[] = [];
      // (The district asked is named, so the parent sees the answer is for it too: "海沧也一样…".)
      const district = sameAgain && f.change === 'district' ? f.heard?.district : undefined;
      if (district) lead.push(f.r.w.answers.sameForDistrict(f.r.lang === 'en' ? DISTRICT_INFO[district].en : DISTRICT_INFO[district].zh));
      // (An age corrected is said back, in the parent's own unit, so the answer shows it is for the right child: "sorry she's
      // actually 10 weeks, not 6" → "at 10 weeks", round 44.)
      const corrected = !f.told && f.change === 'age' && f.heard?.correction ? ageWordsIn(readCodeSwitched(f.t)) : undefined;
      if (corrected) lead.push(f.r.w.answers.forCorrectedAge(corrected));
      // (An age changed alone, in words naming no topic — "那过了生日以后呢" after turning 3 next week — is read with its own
      // words: the section holds every age's rule, and the question before's day, "这个周六", is not asked again.)
      const ageAlone = !f.told && f.change === 'age' && keyWords(readCodeSwitched(f.t)).length === 0;
      const readAs = sameAgain ? { query: f.previous } : readWithBefore(f.previous, f.text, [said], ageAlone ? 'own' : 'before');
      return { passages: [said], readAs, remember: `${f.previous}\n${f.text}`, lead };
    },
  },
  {
    // "那体验课呢" after how long half-day and temporary care last, "那孩子的名字和出生日期呢" after how long chats are kept:
    // the question before, asked of something named alone — answered from the section that answers the question before
    // and names it, not from whichever section its own few words find (what to bring to a class, why data is kept).
    name: 'asked-of-something-else',
    async find(f) {
      const asked = await askedOfSomethingElse(f.r, f.t, f.previous);
      return asked && { passages: asked, readAs: { query: f.text }, remember: `${f.previous}\n${f.text}` };
    },
  },
  {
    // "那什么情况要去看医生" after a nappy-rash answer: when to see a doctor about that, not about a fever.
    name: 'doctor-about-the-topic',
    async find(f) {
      const doctor = await doctorAboutTopic(f.r, f.t, f.previous);
      // (Read with the question before, which says what it is about; with its own words alone when the question before holds
      // words the section never says — "孩子发烧39度 我婆婆 want to 捂汗 with thick blanket" before a Chinese doctor's section —
      // and it would be "not covered".)
      return doctor && { passages: doctor, readAs: readWithBefore(f.previous, f.text, doctor, 'before'), remember: `${f.previous}\n${f.text}` };
    },
  },
  {
    // "how long will that last?" after stuttering: how long stuttering lasts, not separation anxiety's "how long does it last".
    // (Not one that changes an aspect, an age or a place — "那晚上呢" after naps is read for that time, above — nor one that
    // says "it", which itIsTheTopic reads below: "when should we stop it?" after a dummy.)
    name: 'leans-on-the-topic',
    async find(f) {
      if (f.change !== undefined || IT.test(f.text)) return undefined;
      const leaning = await leansOnTopic(f.r.ctx.knowledge, f.r.lang, f.text, f.r.state.lastAnswer, f.own);
      return leaning && { passages: leaning, readAs: readWithBefore(f.previous, f.text, leaning, 'own'), remember: `${f.previous}\n${f.text}` };
    },
  },
  {
    // "那取消一個以後可以再約嗎" after the weekly cap: the section just quoted lists this very question, word for word, so it
    // answers it, read for that part — not another section the follow-up's few words tie with (a no-show rule that also
    // names cancelling and booking), nor another one picked so as not to repeat it.
    name: 'listed-in-the-section-quoted',
    withContext: true,
    async find(f) {
      const quoted = f.r.state.lastAnswer;
      if (!quoted) return undefined;
      const listed = (await f.r.ctx.knowledge.search(f.text, { lang: f.r.lang, k: 3, within: quoted.docId }).catch(() => []))
        .map(passageOf)
        .find((p) => p.heading === quoted.heading && (p.questionMatch ?? 0) >= LISTED_HERE);
      return listed && { passages: [listed], readAs: { query: f.text }, remember: f.withContext.query };
    },
  },
  {
    // "那一个孩子最多几个" after "weekly cap是按孩子算还是按家庭算", answered from the booking rules alone: the rule's document
    // is the topic, though neither question's words find it.
    name: 'in-the-rule-document',
    withContext: true,
    async find(f) {
      if (f.again?.length !== 0) return undefined;
      const ruled = await inRuleDocument(f.r, f.text, f.previous, f.own);
      return ruled && { passages: ruled, readAs: { query: f.text }, remember: f.withContext.query };
    },
  },
  {
    // "what if I miss it?" after a waitlist answer: the waitlist offer lapsing, not a missed session.
    name: 'points-back-at-the-topic',
    withContext: true,
    async find(f) {
      if (!f.again || !POINTS_BACK.test(f.t)) return undefined;
      const inTopic = await sectionInTopic(f.r, f.text, f.own, f.again);
      // ("how should I store them so this doesn't happen again?" after a laundry pod was bitten: "them" are the pods, so
      // the part quoted is read with the question before — poisoning, not the falls its "happen again" also meets, nor
      // milk storage, which "store" names. "and who actually runs it?" after the points' size asks of the point, read alone.)
      return inTopic && { passages: inTopic, readAs: THINGS_BEFORE.test(f.t) ? f.withContext : { query: f.text }, remember: f.withContext.query };
    },
  },
  {
    // "ok how do we get rid of it?" after a dummy: "it" is the dummy, not the cradle cap its one other word finds.
    name: 'it-is-the-topic',
    withContext: true,
    async find(f) {
      const it = f.again ? itIsTheTopic(f.text, f.own, f.again, f.r.state.lastAnswer?.docId) : undefined;
      if (!it) return undefined;
      // (The section the search with the question before chose, quoted for the follow-up's own words when they are answered.)
      const chosen = it.filter((p) => sameSection(p, it[0]!));
      return { passages: chosen, readAs: readWithBefore(f.previous, f.text, chosen, 'own'), remember: f.withContext.query };
    },
  },
  {
    // The question before says which topic; the follow-up's own words say which part of it — when what the two find
    // together fits the follow-up (fitsWithContext). When it does not, the readings after it are tried.
    name: 'part-of-the-topic-before',
    withContext: true,
    find: partOfTopicBefore,
  },
  {
    // A follow-up naming no topic of its own, answered from the section of the topic just answered that its own words ask
    // for (searchInTopic.ts).
    name: 'in-the-topic',
    async find(f) {
      return f.reading.ownTopic ? undefined : answerInTopic(f.r, f.reading, f.previous, f.text, f.own);
    },
  },
  {
    // "那一天要喝多少才夠" after switching to cow's milk: the follow-up's own words find a section of the topic's document
    // nearly as clearly as one elsewhere (a baby's formula feeds): the topic's section answers, the one the search with the
    // question before also finds.
    name: 'stays-in-the-topic-document',
    withContext: true,
    async find(f) {
      const topicDoc = f.r.state.lastAnswer?.docId;
      if (!f.again || !topicDoc || f.own[0]?.docId === topicDoc) return undefined;
      const stay = ownSection(f.own, f.again, topicDoc);
      if (!stay || stay[0]!.docId !== topicDoc) return undefined;
      // (Read with its own words, it may hold a second question: "那体验课呢 家长要陪着吗" after how long half-day care
      // lasts is whether a parent stays, and how long a trial class is.)
      return { passages: stay, readAs: { query: f.text }, remember: f.withContext.query, otherPart: true };
    },
  },
  // (A follow-up naming no topic of its own — "how long is it good for?" — that the search with the question before
  // does not fit is still about the topic, not about whatever its few words find: formula storage after breast milk.)
];

/** The first reading of the question as a follow-up that finds its answer; undefined when none does. */
export async function readAsFollowUp(turn: FollowUpTurn): Promise<FollowUpAnswer | AnsweredWithContext | undefined> {
  for (const reading of STANDING) {
    const found = await reading.find(turn);
    if (found) return found;
  }
  if (!turn.reading.leans) return undefined;
  const f = leaning(turn as FollowUpTurn & { previous: string; reading: Extract<FollowUpReading, { leans: true }> });
  for (const reading of LEANING) {
    if (reading.withContext && !('again' in f)) {
      const again = await f.r.tool<{ passages: Passage[] }>('search_knowledge', f.withContext);
      f.again = again.result?.passages;
    }
    const found = await reading.find(f);
    if (found) return found;
  }
  return undefined;
}

function leaning(turn: FollowUpTurn & { previous: string; reading: Extract<FollowUpReading, { leans: true }> }): Leaning {
  const { own, reading, t } = turn;
  // (Only when its own words find no section clearly theirs: "他都吐出来不吃" after first foods finds refusing food.)
  // (…nor when the clear section they find elsewhere is hardly closer than one of the topic's own document: "she drinks
  // like 4 bottles a day" after how much milk a 2-year-old needs meets a young baby's formula amounts only a little more
  // closely than the toddler's bottles and milk, and is still about the toddler's milk.)
  const ownBest = Math.max(0, ...own.map((p) => p.questionMatch ?? 0));
  const topicDoc = turn.r.state.lastAnswer?.docId;
  const ownInTopic = Math.max(0, ...own.filter((p) => p.docId === topicDoc).map((p) => p.questionMatch ?? 0));
  const ownElsewhere = Math.max(0, ...own.filter((p) => p.docId !== topicDoc).map((p) => p.questionMatch ?? 0));
  // ("it's bleeding a bit where he scratched" after eczema: "it" is the eczema, however clearly its own words find a dog's scratch.)
  const told =
    reading.signal === 'told' &&
    (tellsOfIt(t) || ownBest < CLEAR_OWN_MATCH || (ownInTopic >= DEFAULT_THRESHOLDS.questionMatch && ownElsewhere < ownInTopic + CLEARLY_CLOSER));
  return { ...turn, told, change: turn.heard?.followUpChange, withContext: { query: `${turn.previous}\n${turn.text}` } };
}

/**
 * The question before says which topic; the follow-up's own words say which part of it. When what the search with the
 * question before finds fits the follow-up — but a new topic is not answered from the old one ("托育点有停车位吗" after a
 * sleep question), nor is a follow-up its own words answer better ("还有 湿疹怎么办" after a sleep question) —: a section
 * the follow-up finds on its own, clearly ("那晚上要盖多厚" after co-sleeping: how warmly to dress, not co-sleeping again),
 * that the search with the context also finds (or whose document it answers from), answers it, read with the follow-up's
 * own words; else what the two find together. Undefined when it does not fit.
 */
async function partOfTopicBefore(f: Leaning): Promise<FollowUpAnswer | AnsweredWithContext | undefined> {
  const { r, text, own, again } = f;
  const context = f.withContext.query;
  const fits = (p: Passage[]) =>
    (touchesQuestion(text, p, context) && (!namesTopic(text) || !answersQuestion(text, own) || contextAnswersAsWell(text, own, p, context))) ||
    weakOwnWords(text, own, p, context);
  if (!again || !fits(again)) return undefined;
  // (A follow-up naming no topic of its own, whose own words find no clear section, has no section of its own in
  // another document than the one the question before is answered from: "那如果量出来37.5呢" after the drop-off
  // temperature check is still the drop-off check, not how fever is defined; "那我要怎么跟奶奶说她才会听" clearly
  // finds talking with grandparents.)
  // (Only for a follow-up naming a topic of its own: "那到十个月以后呢" after meals a day names an age, and its words meet
  // any section listing a ten-month-old's question — salt in the same document — not a part of the topic.)
  const found = ownSection(own, again, namesTopic(text) ? r.state.lastAnswer?.docId : undefined);
  // (A follow-up naming no topic keeps a section its own words find only when the search with the question before
  // finds that section too: "那一天要喝多少" after cow's milk is how much milk; "and once she's older than that?" after
  // sunscreen for a baby is sunscreen at an older age, not the choking section listing "older siblings' toys".)
  // (…and only from the kind of document the topic before is answered from, unless its own words find it clearly: "那平日的
  // 體驗課也算在裡面嗎" after the weekly cap is the cap's rule, not the parenting page on easing into care that mentions trial
  // classes — its own words find service sections too; "那她晚上总是醒好几次怎么办" after lunch at a point finds only parenting
  // pages, and is answered from them. The service's rules and parenting topics are two kinds, as notTheSameAgain weighs them.)
  const topicFamily = familyOf(again[0]?.docId);
  const leavesTopic = topicFamily !== undefined && !own.some((p) => familyOf(p.docId) === topicFamily);
  const sameKind = (p: Passage) => !topicFamily || leavesTopic || familyOf(p.docId) === topicFamily || (p.questionMatch ?? 0) >= CLEAR_OWN_MATCH;
  const keeps = (p: Passage) => sameKind(p) && (namesTopic(text) || again.some((c) => sameSection(c, p)) || (p.questionMatch ?? 0) >= CLEAR_OWN_MATCH);
  const itsOwn = found && keeps(found[0]!) ? found : undefined;
  const next = await notTheSameAgain(r, text, f.previous, own, itsOwn ?? again, again);
  if (next) return { passages: next, readAs: { query: text }, remember: context };
  if (itsOwn) return { passages: itsOwn, readAs: { query: text }, remember: context };
  return { withContext: f.withContext, passages: again };
}

/** A follow-up the section just quoted lists as one of its questions, word for word (question match, 0..1). */
const LISTED_HERE = 0.95;

export const sameSection = (a: Passage, b: Passage) => a.docId === b.docId && a.heading === b.heading;

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
export const POINTS_BACK = /(?<![a-z])(?:it|that|this|too|as well)(?![a-z])|它|这个|这样|也(?:可以|能|行|要|需要|算|一样)/i;

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

/** Service and policy documents are one kind (the service's rules), parenting documents another. */
export function familyOf(docId: string | undefined): 'parenting' | 'service' | undefined {
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
 * document the last answer quoted, else the one the question before finds. Undefined when that finds nothing to answer with.
 */
async function answerInTopic(
  r: Reply,
  reading: Extract<FollowUpReading, { leans: true }>,
  previous: string,
  text: string,
  own: Passage[],
): Promise<FollowUpAnswer | undefined> {
  const topic = r.state.lastAnswer ?? (await r.ctx.knowledge.search(previous, { lang: r.lang, k: 1 }).catch(() => [])).map(passageOf)[0];
  if (!topic) return undefined;
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
  if (!sections) return undefined;
  return { passages: sections, readAs: { query: topicQuery(previous, text) }, remember: `${previous}\n${text}` };
}
