import type { Reply } from '../Reply.ts';
import { shortQuote } from '../../../text/shortQuote.ts';
import { escalateQuestionAction } from '../../actions/helpActions.ts';
import { findPlacesAction } from '../../actions/searchActions.ts';
import { toSimplified } from '../../../text/chineseScript.ts';
import { homeSectionForThePoint } from './homeSectionForThePoint.ts';
import { conceptTerms, contentWords, coverage, holds, keyWords, mentions, mentionsLiterally, searchable, type SearchableText } from './questionTerms.ts';
import { readRegionalWords } from '../../../knowledge/extractTerms.ts';
import { askedPart } from './askedPart.ts';
import { quoteAnswer, renderUnits, sentenceNaming, splitUnits, type Unit } from './quoteAnswer.ts';
import { statedRuleFacts } from './ruleFacts.ts';
import { BARE_REFUSAL, OVERWHELMED } from './parentWords.ts';
import { withoutDistress } from '../../../nlu/lexicon/parentDistress.ts';
import { citeDocuments } from '../citeDocuments.ts';
import { normalizeText } from '../../../nlu/normalizeText.ts';
import { readCodeSwitched } from '../../../knowledge/readCodeSwitched.ts';
import { readChineseInEnglish } from '../../../knowledge/readChineseInEnglish.ts';
import { DEFAULT_THRESHOLDS, type KnowledgeHit } from '../../../knowledge/KnowledgeBase.ts';
import { headingAgeRange, queryAgeMonths } from '../../../knowledge/ageRange.ts';
import { headingAsksAboutThePoint, isServiceSection } from '../../../knowledge/serviceSection.ts';
import { answeredByServiceRule } from '../../../nlu/answeredByServiceRule.ts';
import {
  answersOtherKind,
  askedKinds,
  askedMeasures,
  asksWhenToSeeDoctor,
  givesMeasure,
  offeredKinds,
  offeredMeasures,
  withoutDoctorFrame,
} from './answerKind.ts';

/** A knowledge passage as the search_knowledge tool returns it. */
export interface Passage {
  docId: string;
  title: string;
  heading: string;
  source: string;
  language: 'zh' | 'en';
  text: string;
  questions?: string[];
  /** How closely the question matched the section's heading or one of its listed questions (0..1), when searched. */
  questionMatch?: number;
  /** The indexed chunk (a long section is indexed in several, in the document's order). */
  chunk?: number;
}

/** A search hit as the passage an answer quotes and cites (the knowledge tool and the answers both read hits so). */
export function passageOf(h: KnowledgeHit): Passage {
  return {
    docId: h.docId,
    title: h.title,
    heading: h.headingPath,
    source: h.source,
    language: h.language,
    text: h.content,
    questions: h.questions ?? [],
    questionMatch: h.questionMatch,
    chunk: h.chunkId,
  };
}

/** Two pieces of one section as one text: the splitter repeats the end of a piece at the start of the next. */
function joinPieces(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length, 200); k >= 12; k--) {
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  }
  return `${a}\n${b}`;
}

/**
 * The passages with the pieces of one long section joined, in the document's order, where the first piece found
 * stood: a section longer than a chunk is indexed in pieces, and quoting the piece that ranked first can miss the
 * sentence asked for in the piece beside it ("switch gradually, one bottle at a time" after "Can my one-year-old
 * drink cow's milk?").
 */
export function joinSectionPieces(passages: Passage[]): Passage[] {
  const key = (p: Passage) => `${p.language}\0${p.docId}\0${p.heading}`;
  const groups = new Map<string, Passage[]>();
  for (const p of passages) groups.set(key(p), [...(groups.get(key(p)) ?? []), p]);
  if ([...groups.values()].every((g) => g.length === 1)) return passages;
  const out: Passage[] = [];
  for (const p of passages) {
    const g = groups.get(key(p));
    if (!g) continue;
    groups.delete(key(p));
    if (g.length === 1) {
      out.push(p);
      continue;
    }
    const ordered = [...new Map(g.map((x) => [x.chunk ?? x.text, x])).values()].sort((x, y) => (x.chunk ?? 0) - (y.chunk ?? 0));
    out.push({
      ...p,
      text: ordered.map((x) => x.text).reduce(joinPieces),
      questionMatch: g.some((x) => x.questionMatch !== undefined) ? Math.max(...g.map((x) => x.questionMatch ?? 0)) : undefined,
    });
  }
  return out;
}

/**
 * The passages with the pieces of their sections that the search left out. A long section is indexed in pieces, and
 * which of them ranks into a search's few passages turns on term weights the rest of the base shifts (a new section
 * elsewhere changes a word's idf): the ear-pain section was found by its last piece alone, the "call 120" paragraph,
 * and quoted without the part on ear pain that the question asked for. The missing pieces are read by document and
 * heading (one query, no search); each joins its section (joinSectionPieces), so the quote chooses among the whole
 * section's sentences, whichever piece retrieval happened to rank.
 */
async function withWholeSections(r: Reply, passages: Passage[]): Promise<Passage[]> {
  const key = (p: { docId: string; language: string }, heading: string) => `${p.language}\0${p.docId}\0${heading}`;
  const have = new Set(passages.map((p) => p.chunk));
  const sections = new Map<string, Passage>();
  for (const p of passages) if (p.chunk !== undefined && !sections.has(key(p, p.heading))) sections.set(key(p, p.heading), p);
  if (sections.size === 0) return passages;
  const pieces = await r.ctx.knowledge.store
    .sectionPieces([...sections.values()].map((p) => ({ docId: p.docId, language: p.language, heading: p.heading })))
    .catch(() => []);
  const more: Passage[] = [];
  for (const c of pieces) {
    const of = sections.get(key(c, c.headingPath));
    if (!of || have.has(c.chunkId)) continue;
    have.add(c.chunkId);
    // (A piece says how close the section is to the question as the piece found does: they list the same questions.)
    more.push({
      docId: c.docId,
      title: c.title,
      heading: c.headingPath,
      source: c.source,
      language: c.language,
      text: c.content,
      questions: c.questions,
      questionMatch: of.questionMatch,
      chunk: c.chunkId,
    });
  }
  return more.length ? [...passages, ...more] : passages;
}

/**
 * Documents about the child's health: their answers carry the "not a
 * diagnosis" line. Policy and service answers never do; nor do parenting
 * topics that are not medical (play, tantrums, routines). A test keeps this
 * list in step with the documents' `topic: health-safety`.
 */
export const HEALTH_DOCS = new Set([
  'parenting-common-concerns',
  'parenting-fever-illness',
  'parenting-first-aid',
  'parenting-home-safety-choking',
  'parenting-safe-sleep',
  'parenting-vaccination',
  'parenting-breastfeeding',
  'parenting-formula-feeding',
  'parenting-starting-solids',
  'parenting-teething-oral-care',
  'parenting-motor-milestones',
  'parenting-language-milestones',
  'parenting-crying-calming',
  'parenting-newborn-care',
  'parenting-weather-travel',
  'parenting-folk-practices',
  'parenting-growth-supplements',
]);

/** The document on the parent's own wellbeing: what every parent who is low or at the end of their tether hears. */
export const WELLBEING_DOC = 'parenting-parent-wellbeing';
/** Documents on a parent's own coping: they answer an overwhelmed parent. */
const COPING_DOCS = new Set([WELLBEING_DOC, 'parenting-crying-calming', 'parenting-tantrums']);

/** A coping section about the moment itself: while it happens, or the parent at the end of their rope now. */
const IN_THE_MOMENT = /正在|现在|当下|此刻|崩溃|(?<![a-z])(?:during|right now|in the moment|end of (?:your|my) rope|losing it)(?![a-z])/i;
/** Asking how to prevent or reduce it, or why it happens: not the moment's section. */
const PREVENTION = /预防|减少|避免|为什么|(?<![a-z])(?:prevent\w*|avoid\w*|reduce|fewer|less often|why)(?![a-z])/i;

/**
 * The passages for an overwhelmed parent, with the coping document's section on the moment itself added when
 * the search's few passages left it out (a coping document found, but only why it happens or how to prevent it).
 */
export async function withMomentSection(r: Reply, query: string, passages: Passage[]): Promise<Passage[]> {
  const coping = passages.filter((p) => COPING_DOCS.has(p.docId));
  if (!coping.length || coping.some((p) => IN_THE_MOMENT.test(sectionName(p)))) return passages;
  const hits = await r.ctx.knowledge.search(query, { lang: r.lang, k: 10 }).catch(() => []);
  const h = hits.find((x) => x.docId === passages[0]?.docId && IN_THE_MOMENT.test(x.headingPath.split(' > ').at(-1) ?? ''));
  if (!h) return passages;
  return [...passages, passageOf(h)];
}

/**
 * Below this share of the question's key words, the passage answers a
 * neighbouring topic. Calibrated on the retrieval tuning questions (481, not
 * the frozen conversation set): at 0.5 the check refused 12 answers that were
 * right and avoided 6 wrong ones; at 0.3 it refuses 9 right ones and still
 * avoids 6 wrong ones (the questions whose object is not in any section).
 */
export const MIN_COVERAGE = 0.3;

/** A doctor or hospital named in a question (read on Simplified text). */
const SEEING_DOCTOR = /医生|医院|看病|就医|(?<![a-z])(?:doctor|gp|hospital)(?![a-z])/i;
/** A key word that, beside a doctor, is taking the child there ("要带", "带去"). */
const TAKING = /^(?:要|需要)?带(?:去)?$/;

/** A section (or a question) about why something happens. */
const WHY = /为什么|为啥|(?<![a-z])why(?![a-z])/i;

/** How much closer a section's listed question must be to the parent's to answer instead whatever words it holds. */
const MUCH_CLOSER = 0.15;
/** A session, a booking or a drop-off at a point named in a question (read on Simplified, lowercased text). */
const NAMES_A_SESSION =
  /预约|约了|场次|半日托|临时托|体验课|送托|托育|服务点|(?<![a-z])(?:session|booking|booked|drop[- ]?off|half[- ]day|temporary care|trial class|childcare point)s?(?![a-z])/;

/** Taking the child to the point or the carers, asked ("能去吗", "可以送过去吗", "老师会帮忙涂吗", "can he still go?"). */
const TAKEN_THERE =
  /(?:能|可以|还能|还可以|要不要)(?:去|送|来|带)|送过去|带去|带过去|老师|阿姨|保育|你们|(?<![a-z])(?:can (?:he|she|they|we) (?:still )?(?:go|come|attend)|carers?|staff|teachers?|you guys)(?![a-z])/;

/**
 * The least a service section's closest listed question must match a question about the service to answer it instead
 * of a parenting section: loosely like it (the packing list for "可以带安抚奶嘴去吗"), not only sharing everyday words.
 */
const SERVICE_RULE_MATCH = 0.3;

/** Whether a text names the word itself (or, for a Taiwan word, the documents' word for it), not only a concept it shares. */
function namesLiterally(t: SearchableText, word: string): boolean {
  if (mentionsLiterally(t, word)) return true;
  const read = readRegionalWords(word);
  return read !== word && t.text.includes(read);
}

/** How much less of the question a section answering the kind asked may cover and still answer instead. */
const KIND_SLACK = 0.25;

/**
 * The passages with the other sections of the answering document that retrieval ranked lower, when the section
 * that would answer is of another kind than the question asks (its search returns a few passages, and the
 * section of the right kind is often just below them).
 */
async function withFittingSection(r: Reply, question: string, passages: Passage[]): Promise<Passage[]> {
  const { best, otherKind, otherMeasure } = readPassages(question, passages);
  if (!best || (!otherKind && !otherMeasure)) return passages;
  const hits = await r.ctx.knowledge.search(question, { lang: best.p.language, k: 10, within: best.p.docId }).catch(() => []);
  const more = hits.filter((h) => h.language === best.p.language && !passages.some((p) => p.docId === h.docId && p.heading === h.headingPath)).map(passageOf);
  return more.length ? [...passages, ...more] : passages;
}

/**
 * Whether a section lists a question nearly as close to the parent's as the section it would replace: an override
 * (another kind of answer, the measure asked) never leaves a section whose listed question clearly matches the
 * parent's (retrieval's bar for "relevant on its own") for one listing none as close.
 */
function nearlyAsClose(x: Ranked, b: Ranked): boolean {
  return (b.p.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch || (x.p.questionMatch ?? 0) >= (b.p.questionMatch ?? 0) - 0.1;
}

function sectionName(p: Passage): string {
  return p.heading.split(' > ').filter(Boolean).at(-1) ?? p.title;
}

/** A passage that is a document's opening rather than one of its sections. */
function isOpening(p: Passage): boolean {
  return !p.heading.includes(' > ');
}

// A child with a diagnosed food allergy: general "no need to delay egg" advice does not apply to them.
const ALLERGIC_CHILD =
  /过敏(?!吗|么|不)|(?<![a-z])(?:(?:is|are|was|been) (?:diagnosed )?allergic|(?:has|have|with) (?:a |an )?(?:diagnosed |confirmed |known |severe )?(?:(?:egg|milk|peanut|nut|food|dairy|fish|shellfish|wheat|soy) )?allerg\w*|diagnosed (?:with )?(?:an? )?(?:\w+ )?allerg\w*)(?![a-z])/i;
// (…nor a feared one: '婆婆说蛋白要等一岁才能吃 不然会过敏', '外婆说不能吃蛋白 会过敏', 'or he'll get allergies',
// 'grandma says the white causes allergy' is the delay question itself; '他吃鸡蛋会过敏' is a known allergy.)
const NOT_ALLERGIC =
  /没有过敏|不过敏|怕.{0,6}过敏|担心.{0,6}过敏|预防.{0,4}过敏|会不会过敏|(?:婆婆|外婆|奶奶|姥姥|老人|长辈|我妈|网上|别人|人家)说.{0,20}(?:会|就会|容易)过敏|不能(?:吃|喝|加).{0,12}(?:会|就会|容易)过敏|(?:不然|否则|要不然?|免得|以免|省得)(?:会|就会|容易)?过敏|(?<![a-z])(?:no allerg\w*|not allergic|to prevent allerg\w*|avoid allerg\w*|worried about allerg\w*|in case of allerg\w*|(?:grandma|granny|nana|mum|mom|mother.in.law|mil|ayi|nanny) says? .{0,40}causes? (?:an? )?allerg\w*|(?:otherwise|or) (?:he|she|they|the baby)(?:'ll| will) (?:get|be|become|develop) (?:an? )?allerg\w*)(?![a-z])/i;
const DELAY_ADVICE =
  /不需要刻意推迟|不需要推迟|不用推迟|(?<![a-z])(?:no need to delay|don'?t need to delay|do not need to delay|need not be delayed)(?![a-z])/i;
const DOES_NOT_APPLY = /不适用|(?<![a-z])(?:does not apply|doesn'?t apply)(?![a-z])/i;

function allergicChild(question: string): boolean {
  const q = toSimplified(question);
  return ALLERGIC_CHILD.test(q) && !NOT_ALLERGIC.test(q);
}

/** The indexed question of the section closest to the parent's: its words help choose the sentences. */
function closestQuestionWords(p: Passage, words: string[]): string[] {
  let best: string[] = [];
  let bestHits = 0;
  for (const q of p.questions ?? []) {
    const s = searchable(q);
    const hits = words.filter((w) => s.text.includes(w) || s.terms.has(w)).length;
    if (hits > bestHits) {
      bestHits = hits;
      best = contentWords(q);
    }
  }
  return best;
}

/** "Nothing reliable": say so, and offer a person with one tap. */
export function offerStaffInstead(r: Reply, question: string, line: string): void {
  r.say(line);
  r.row(r.button(escalateQuestionAction, [], r.w.knowledge.yesAskStaff), r.button(findPlacesAction, [], r.w.knowledge.noThanks));
  r.state.pending = { type: 'offer_escalation', question };
  r.state.lastQuestion = question;
  r.state.lastAnswer = undefined;
}

/** The question as the "not covered" line quotes it: short, without trailing punctuation. */
function topicOf(question: string): string {
  // (A follow-up is searched with the question before it, one per line: the parent's own last message is what they asked.)
  const lines = question
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return shortQuote(lines.at(-1) ?? question, 40);
}

/**
 * A knowledge answer: the sentences of the best passage that answer the
 * question (the rule, the number, what to do now), with the service's numbers
 * from the configuration when asked, and the source. When the best passage
 * does not cover the question's key words, it says so and offers a person
 * instead of answering a neighbouring topic.
 */
interface Ranked {
  p: Passage;
  covered: number;
  /** The section as searched for the question's words (heading, text and listed questions). */
  all: SearchableText;
}

interface Reading {
  words: string[];
  key: string[];
  allergic: boolean;
  ranked: Ranked[];
  /** The passage that answers: retrieval's order, except that one covering the question beats one that does not. */
  best?: Ranked;
  /** The passage that would have answered was of another kind than the question asks (see answerKind.ts). */
  otherKind?: boolean;
  /** The passage that answers does not give the measure asked (how long, how much, from what age) or when to see a doctor, and none found does. */
  otherMeasure?: boolean;
}

/**
 * Readings already made of one search's passages, by question: a follow-up is weighed against the search with the
 * question before in several ways (touchesQuestion, answersQuestion, contextAnswersAsWell, sharesWords), and each
 * reads the same two searches; they are read once.
 */
const readings = new WeakMap<Passage[], Map<string, Reading>>();

/** How the passages meet the question: its words, each passage's coverage of them, and the one that answers. */
function readPassages(question: string, passages: Passage[]): Reading {
  let byQuestion = readings.get(passages);
  if (!byQuestion) {
    byQuestion = new Map();
    readings.set(passages, byQuestion);
  }
  const known = byQuestion.get(question);
  if (known) return known;
  const reading = readAfresh(question, passages);
  byQuestion.set(question, reading);
  return reading;
}

/**
 * The question in the words of the passages it is weighed against: a Chinese question with English words in it as
 * the Chinese documents say it ("爷爷去pick up可以吗"), an English one with Chinese words in it as the English
 * documents say it ("Is there a 押金?" → deposit), as retrieval itself reads them.
 */
function readAs(question: string, language: Passage['language']): string {
  return language === 'en' ? readChineseInEnglish(toSimplified(question)) : readCodeSwitched(question);
}

/** Service and policy documents are one kind (the service's rules), parenting documents another. */
function familyOf(docId: string): 'parenting' | 'service' {
  return docId.startsWith('parenting-') ? 'parenting' : 'service';
}

/** The question without the parent's distress words, when it asks about something besides them. */
function withoutOwnDistress(question: string, overwhelmed: boolean): string {
  if (!overwhelmed) return question;
  const rest = withoutDistress(normalizeText(toSimplified(question)));
  return [...rest].length >= 6 ? rest : question;
}

function readAfresh(question: string, passages: Passage[]): Reading {
  // (The passages of one search are all in one language.)
  const read = readAs(question, passages[0]?.language ?? 'zh');
  const words = contentWords(read);
  const alls = passages.map((p) => searchable(`${sectionName(p)}\n${p.text}\n${(p.questions ?? []).join('\n')}`));
  // (Asking whether to see a doctor is the kind of answer wanted, weighed below, not a topic a section must name:
  // "晚上还会尿床 要不要看医生" is answered by the bedwetting section, which says when it is nothing to worry about.)
  const overwhelmed = OVERWHELMED.test(normalizeText(toSimplified(question)));
  // (A parent's distress words are how they feel, not what a section must hold to answer them: "宝宝4个月 sleep regression
  // 要持续多久啊 好崩溃" is covered by the regression section, not more fully by a sleep-training one that says "撑不住". The
  // coping sections stay covered for them below.)
  const topic = withoutOwnDistress(withoutDoctorFrame(question) ?? question, overwhelmed);
  const language = passages[0]?.language ?? 'zh';
  const key = withoutUnread(keyWords(readAs(topic, language)), passages, alls);
  // A story told around the question ("…奶奶说别管他 我觉得不对 是不是午睡太多了 要不要叫醒他", "…four big bottles a day,
  // probably close to a litre… How much should she actually be having?"): the more the parent tells, the smaller the share
  // of their words any one section holds, though it answers what they ask. A section holding every topic word of the part
  // that asks, and a word of the story too (or listing a question close to the parent's), covers the question.
  // (Not the asking part alone: "这样会不会有影响", "is that safe?" name a word any section may hold; the story says what of.)
  const part = askedPart(topic);
  const partKey = part === undefined ? [] : withoutUnread(keyWords(readAs(part, language)), passages, alls);
  const storyKey = key.filter((k) => !partKey.includes(k));
  // (…or, listing a question close to the parent's — retrieval's bar for "relevant on its own" —, as much of the asking
  // part as any question must hold: "…Before I book anything I want to know: how many babies does one carer look after?")
  const answersAsked = (p: Passage, all: SearchableText) =>
    partKey.length > 0 &&
    ((partKey.every((k) => holds(all, k)) && storyKey.some((k) => holds(all, k))) ||
      ((p.questionMatch ?? 0) >= DEFAULT_THRESHOLDS.questionMatch && coverage(partKey, all) >= MIN_COVERAGE));
  const allergic = allergicChild(question);
  const ranked = passages
    .map((p, i) => {
      const all = alls[i]!;
      // General delay advice is no answer for a child with a diagnosed allergy.
      const misfit = allergic && DELAY_ADVICE.test(p.text) && /晚点|推迟|delay/i.test(sectionName(p));
      // An overwhelmed parent is asking how to cope: the coping sections answer that whatever the trigger words,
      // unless a section answers the question they asked ("sleep regression 要持续多久 好崩溃": how long it lasts).
      const floor = (overwhelmed && COPING_DOCS.has(p.docId)) || answersAsked(p, all) ? MIN_COVERAGE : 0;
      const covered = Math.max(floor, coverage(key, all));
      return { p, covered, all, misfit };
    })
    .filter((x) => !x.misfit);
  // A section for younger children (its heading says "0–12 months", the child is 18 months old) does not answer for this
  // child when a section found for their age covers the question: "my 18-month-old still doesn't point or wave,
  // should I worry?" is when to see a doctor about talking, not what babies do by their first birthday.
  const age = queryAgeMonths(toSimplified(question));
  // (Only a section for younger children: "1岁以后可以喝纯牛奶吗" answers an 11-month-old's parent — not yet.)
  const forAge = (x: Ranked) => {
    const range = age === undefined ? undefined : headingAgeRange(sectionName(x.p));
    return range === undefined || age! < range.to;
  };
  if (ranked.some((x) => !forAge(x)) && ranked.some((x) => forAge(x) && x.covered >= MIN_COVERAGE)) {
    for (let i = ranked.length - 1; i >= 0; i--) if (!forAge(ranked[i]!)) ranked.splice(i, 1);
  }
  let best = ranked.find((x) => x.covered >= MIN_COVERAGE);
  // A question about what the service does, allows or needs ("宝宝鸡蛋过敏 托育点的点心怎么办", "孩子还在用安抚奶嘴 可以带去
  // 托育点吗", "Can the carers give him his inhaler?") is answered by the service's own rule — what the point does, what to
  // tell the carers, what to bring — before the parenting section its topic word finds, which says what to do at home:
  // the first section speaking for the service (answeredByServiceRule.ts, serviceSection.ts) that covers the question and
  // lists a question at least loosely like it. A parenting question that only mentions the point ("托育点的老师说他咬人
  // 在家怎么教") is not asked of the service, and keeps its parenting answer.
  const ofService = answeredByServiceRule(normalizeText(toSimplified(question)));
  const speaksForService = (x: Ranked) => isServiceSection(x.p.docId, x.p.heading);
  if (best && ofService && !speaksForService(best)) {
    // (…and that names the topic itself, in so many words, as the parenting section does: a service section that covers the
    // question only by its day and the service's words — "周六上午送去托育，孩子分离焦虑哭得厉害怎么办" meets who may be left
    // at which age, "宝宝 teething 的话 Sunday 还能送去吗" when to come back after an illness — does not answer the topic.)
    const b = best;
    const topic = key.filter((k) => holds(b.all, k));
    const naming = (x: Ranked) => topic.some((k) => namesLiterally(x.all, k));
    const rule = ranked.find((x) => speaksForService(x) && x.covered >= MIN_COVERAGE && (x.p.questionMatch ?? 0) >= SERVICE_RULE_MATCH && naming(x));
    if (rule) best = rule;
  }
  // A section whose heading asks about the point ("孩子有湿疹，还能送托吗？要带药膏吗？") answers a parent asking about the point;
  // one who names neither the point, a session nor taking the child there ("醫生說是異位性皮膚炎 平常要怎麼照顧", "doctor 开了
  // hydrocortisone 可以一直用吗") asks about the topic, and the parenting section on it that covers the question answers —
  // when it also lists a question at least as close to the parent's (a point section closer to it, "婴儿车能推进去不",
  // "晨检说37.3度不让进", "can my mother-in-law collect him", is what the parent asks of the point).
  if (
    best &&
    !ofService &&
    headingAsksAboutThePoint(best.p.heading) &&
    !NAMES_A_SESSION.test(normalizeText(toSimplified(question))) &&
    !TAKEN_THERE.test(normalizeText(toSimplified(question)))
  ) {
    const b = best;
    const topical = ranked.find(
      (x) =>
        familyOf(x.p.docId) === 'parenting' &&
        !headingAsksAboutThePoint(x.p.heading) &&
        x.covered >= MIN_COVERAGE &&
        (x.p.questionMatch ?? 0) > (b.p.questionMatch ?? 0),
    );
    if (topical) best = topical;
  }
  // A question that names a session of the service is the service's rule when one of its sections lists a question
  // clearly close to it and the parenting section ranked first lists none: "woke up with a slight cold this morning, we
  // have a session at 2pm. Should we still go?" is when to stay home, not how warmly to dress a baby for sleep.
  if (best && familyOf(best.p.docId) === 'parenting' && NAMES_A_SESSION.test(normalizeText(toSimplified(question)))) {
    const b = best;
    // (…or one nearly as close that covers more of the question: "第一次送托 交接的时候需要跟老师交代些什么" is what to tell the
    // carers at drop-off, not a first drop-off's tears, whose listed "第一次送托 孩子哭着要妈妈" shares the opening words.)
    const rule = ranked.find(
      (x) =>
        familyOf(x.p.docId) === 'service' &&
        x.covered >= MIN_COVERAGE &&
        (x.p.questionMatch ?? 0) >= DEFAULT_THRESHOLDS.questionMatch &&
        ((x.p.questionMatch ?? 0) >= (b.p.questionMatch ?? 0) + 2 * MUCH_CLOSER || (x.covered > b.covered && nearlyAsClose(x, b))),
    );
    if (rule) best = rule;
  }
  // (The overrides below weigh sections of one kind of document against each other: retrieval's choice between a
  // service rule and a parenting topic stands — "不是厦门户口 也能免费用吗" is who may use the points, not free vaccines.)
  // (For a question about the service, the kinds weighed are speaking for the service or not: a parenting section on the
  // point, chosen above, does not give way to the parenting section on the topic word.)
  const kindOf = (x: Ranked) => (ofService ? (speaksForService(x) ? 'service' : 'parenting') : familyOf(x.p.docId));
  const sameFamily = (x: Ranked) => !best || kindOf(x) === kindOf(best);
  // Between passages that cover the question equally, the one listing a question clearly closer to the
  // parent's answers it ("外国人可以用吗": who may use the points, not whether foreigners get free vaccines).
  // (A question only a little closer does not take the answer to a section holding fewer of the question's words,
  // its topic words or not: "被暂停预约了 之前约好的周六那场还能去吗" is what happens to bookings made before a pause —
  // its listed questions say "那场" — not how to appeal a pause, though "暂停预约可以申诉吗" is closer to the message's
  // opening. A question much closer does: "白天早就不用尿布了 可是晚上还是尿床" is bedwetting, not when to start.)
  const held = (x: Ranked) => coverage(words, x.all);
  const qm = (x: Ranked) => x.p.questionMatch ?? 0;
  // (…nor, only a little closer, from a section whose heading names more of the question's key words: "刚长了两颗牙
  // 要开始刷牙了吗" is when to start brushing, though "一岁了才长两颗牙" lists the same child's situation.)
  // (Literally: a concept is broader than the word — "刷牙" and "长牙" are both teeth.)
  const named = (x: Ranked) => {
    const heading = searchable(sectionName(x.p));
    return key.filter((w) => mentionsLiterally(heading, w)).length;
  };
  const closerQuestion =
    best &&
    ranked.find(
      (x) =>
        sameFamily(x) &&
        x.covered === best!.covered &&
        qm(x) >= qm(best!) + 0.1 &&
        (qm(x) >= qm(best!) + MUCH_CLOSER || (held(x) >= held(best!) && named(x) >= named(best!))),
    );
  if (closerQuestion) best = closerQuestion;
  // …and one that covers more of the question and lists a question at least as close to it answers it over
  // one that is only ranked higher ("发脾气打屁股对不对": what not to do in a tantrum, not why tantrums happen).
  const dominant = best && ranked.find((x) => sameFamily(x) && x.covered > best!.covered && (x.p.questionMatch ?? 0) >= (best!.p.questionMatch ?? 0));
  if (dominant) best = dominant;
  // …and one that covers the whole question beats one that covers half of it ("拉肚子好了多久能再送": the
  // return-to-care rule, not diarrhoea care).
  // (Not over a section listing a question clearly close to the parent's for one that lists none: "奶奶带 一整天开着
  // 电视" is the screen-time rule, not who may collect a child, though "上班" is in the latter.)
  const fuller =
    best &&
    ranked.find(
      (x) =>
        sameFamily(x) &&
        x.covered >= best!.covered + 0.5 &&
        (x.p.questionMatch ?? 0) >= Math.min(best!.p.questionMatch ?? 0, DEFAULT_THRESHOLDS.questionMatch) - 0.1,
    );
  if (fuller) best = fuller;
  // An overwhelmed parent is not answered with a service rule that shares only everyday words with what they tell
  // ("running on 3 hours of sleep… starting to resent my baby" met how long a half-day session is, through "hours"):
  // a coping section found with them answers, unless the rule covers most of their words.
  if (overwhelmed && best && familyOf(best.p.docId) === 'service' && best.covered < 0.5) {
    const coping = ranked.find((x) => COPING_DOCS.has(x.p.docId) && x.covered >= MIN_COVERAGE);
    if (coping) best = coping;
  }
  // An overwhelmed parent asking how to cope is answered from the section on the moment itself ("孩子正在发脾气时",
  // "带孩子带到崩溃了，现在该怎么办"), not from why it happens or how to prevent it, unless that is what they ask.
  if (overwhelmed && best && COPING_DOCS.has(best.p.docId) && !IN_THE_MOMENT.test(sectionName(best.p)) && !PREVENTION.test(toSimplified(question))) {
    // (…of the same document, covering the question's topic words as well as the section found: "is this
    // postnatal depression" and "meltdowns every evening" are answered as asked.)
    const b = best;
    const topic = key.filter((k) => !OVERWHELMED.test(k) && !IN_THE_MOMENT.test(k));
    const moment = ranked.find((x) => x.p.docId === b.p.docId && IN_THE_MOMENT.test(sectionName(x.p)) && coverage(topic, x.all) >= coverage(topic, b.all));
    if (moment) best = moment;
  }
  // A document's opening introduces it; one of its sections that covers the question as well and is closer to
  // one of the questions it lists answers instead ("你们会保存我们家哪些信息" → the section on what is kept).
  if (best && isOpening(best.p) && key.length > 0) {
    const b = best;
    const closer = (x: Ranked) => (x.p.questionMatch ?? 0) > (b.p.questionMatch ?? 0);
    best = ranked.find((x) => x !== b && !isOpening(x.p) && x.p.docId === b.p.docId && x.covered >= b.covered && closer(x)) ?? b;
  }
  // A section answering another kind of question (when to see a doctor, asked what to do) gives way to a section
  // of the same document that answers the kind asked and covers the question nearly as well.
  const asked = askedKinds(question);
  // (Parenting documents only: a service document's "staff requests" section is no doctor's.)
  const otherKind = best !== undefined && best.p.docId.startsWith('parenting-') && answersOtherKind(asked, sectionName(best.p));
  if (best && otherKind) {
    const b = best;
    // (The one answering what to do when that is asked, then the one covering most, then the closest listed question.)
    const acts = (x: Ranked) => (asked.has('action') && offeredKinds(sectionName(x.p)).has('action') ? 1 : 0);
    // (Not away from a section listing a question clearly close to the parent's for one listing none as close: "两岁半
    // 便秘 三天才拉一次 还在训练上厕所" is constipation while toilet training, which the doctor's section lists, not
    // whether the child is ready.)
    const near = (x: Ranked) => nearlyAsClose(x, b);
    const fits = ranked
      .filter(
        (x) =>
          x !== b &&
          x.p.docId === b.p.docId &&
          !answersOtherKind(asked, sectionName(x.p)) &&
          x.covered >= Math.max(MIN_COVERAGE, b.covered - KIND_SLACK) &&
          near(x),
      )
      .sort((x, y) => acts(y) - acts(x) || y.covered - x.covered || (y.p.questionMatch ?? 0) - (x.p.questionMatch ?? 0));
    best = fits[0] ?? b;
  }
  // A parent asking what to do is not answered by why it happens ("bath time 就 meltdown 有什么办法": the steps, not
  // the reasons), when a section of the same document that says what to do covers the question nearly as well.
  if (
    best?.p.docId.startsWith('parenting-') &&
    asked.has('action') &&
    WHY.test(toSimplified(sectionName(best.p))) &&
    !offeredKinds(sectionName(best.p)).has('action') &&
    !WHY.test(toSimplified(question))
  ) {
    const b = best;
    const fit = ranked
      .filter(
        (x) =>
          x !== b &&
          x.p.docId === b.p.docId &&
          !isOpening(x.p) &&
          offeredKinds(sectionName(x.p)).has('action') &&
          !answersOtherKind(asked, sectionName(x.p)) &&
          x.covered >= Math.max(MIN_COVERAGE, b.covered - KIND_SLACK),
      )
      .sort((x, y) => y.covered - x.covered || (y.p.questionMatch ?? 0) - (x.p.questionMatch ?? 0))[0];
    if (fit) best = fit;
  }
  // A parent asking why the service does something is answered by the section of the same rules document that says why,
  // when it covers the question as well and lists a question nearly as close: "服务点怎么把开放时间改掉了 为什么啊" is why
  // opening periods change, not when points open. (Only the service's rules: a parenting "why" often asks what to do too.)
  if (best && familyOf(best.p.docId) === 'service' && WHY.test(toSimplified(question)) && !WHY.test(toSimplified(sectionName(best.p)))) {
    const b = best;
    const fit = ranked.find(
      (x) => x !== b && x.p.docId === b.p.docId && !isOpening(x.p) && WHY.test(toSimplified(sectionName(x.p))) && x.covered >= b.covered && nearlyAsClose(x, b),
    );
    if (fit) best = fit;
  }
  // A question asking how long, how much or from what age, or when to see a doctor, is answered from the section of
  // the same document that gives it, when that covers the question nearly as well ("那要多久才能过去" after a sleep
  // regression: how long regressions last, not why babies wake; "when should I worry and get her checked": when
  // crying needs a doctor, not why babies cry).
  let otherMeasure = false;
  if (best?.p.docId.startsWith('parenting-') && !isOpening(best.p)) {
    const b = best;
    const doctor = asksWhenToSeeDoctor(question);
    const wanted = askedMeasures(question);
    const gives = (x: Ranked) => (doctor ? offeredKinds(sectionName(x.p)).has('doctor') : [...offeredMeasures(sectionName(x.p))].some((m) => wanted.has(m)));
    // (A section whose text already gives the measure answers it, whatever its heading: "一般要哭多久才能适应" is how
    // long drop-off tears last, not how long separation anxiety lasts; and one about the measure of another topic —
    // juice for salt, outdoor play for reading — covers the question's topic words no better.)
    // (…nor away from the doctor's section for a parent who is worried: "when should I start worrying?" is no age.)
    const worried = asked.has('doctor') && offeredKinds(sectionName(b.p)).has('doctor');
    const lacks = doctor ? !gives(b) : wanted.size > 0 && key.length > 0 && !worried && !gives(b) && !givesMeasure(wanted, b.p.text);
    if (lacks) {
      const enough = doctor ? Math.max(MIN_COVERAGE, b.covered - KIND_SLACK) : b.covered;
      // (Not away from a section listing a question close to the parent's for one listing none as close: "how many
      // teeth should a one-year-old have" is when teeth come, not how much toothpaste.)
      const near = (x: Ranked) => nearlyAsClose(x, b);
      const fit = ranked
        .filter((x) => x !== b && x.p.docId === b.p.docId && !isOpening(x.p) && gives(x) && x.covered >= enough && near(x))
        .sort((x, y) => y.covered - x.covered || (y.p.questionMatch ?? 0) - (x.p.questionMatch ?? 0))[0];
      if (fit) best = fit;
      else otherMeasure = true;
    }
  }
  return { words, key, allergic, ranked, best, otherKind, otherMeasure };
}

/**
 * An English word in a Chinese question that the reading could not put into the documents' words ("大宝 jealous
 * 得不行") is in no Chinese section, so it cannot say whether one covers the question: when retrieval found a
 * section listing a question close to the parent's (its own bar for "relevant on its own"), the word is left to
 * that match. Without such a match it still counts, and the answer is an honest "not covered".
 */
function withoutUnread(key: string[], passages: Passage[], alls: SearchableText[]): string[] {
  // (Any passage found, not only the first: which of two close sections retrieval ranks first — "9个月还不会sit
  // independently" finds when babies sit a hair above when to see a doctor — does not decide whether it found a match.)
  const matched = passages.some((p) => (p.questionMatch ?? 0) >= DEFAULT_THRESHOLDS.questionMatch);
  if (passages[0]?.language !== 'zh' || !matched) return key;
  return key.filter((k) => !/^[a-z]/.test(k) || alls.some((a) => mentions(a, k)));
}

/**
 * Whether a follow-up ("那要多久还不好才需要去看医生" after a stammering question) is better answered from the
 * search with the question before: the passage that answers with the context is in another document than the one
 * its own search found, and covers the follow-up's own topic words at least as well (a doctor question after
 * stammering is about stammering, not fever).
 */
export function contextAnswersAsWell(question: string, own: Passage[], withContext: Passage[], contextQuery: string): boolean {
  const mine = readPassages(question, own).best;
  if (!mine) return true;
  const theirs = readPassages(contextQuery, withContext).best;
  if (!theirs) return false;
  // (Within one document the follow-up's own words say which section: "那我让上初中的哥哥去接呢" → who may not collect —
  // when they find a section listing a question close to them, or one as much about the question before. When they find
  // neither, the section the question before finds answers if it covers the follow-up's words as well: "那我要跟老師交代
  // 哪些事情" after a peanut allergy is what to tell the carers about the allergy, not the general hand-over.)
  if (theirs.p.docId === mine.p.docId) {
    if ((mine.p.questionMatch ?? 0) >= DEFAULT_THRESHOLDS.questionMatch || theirs.p.heading === mine.p.heading) return false;
    const before = contextQuery.slice(0, Math.max(0, contextQuery.lastIndexOf('\n')));
    const about = (p: Passage) => readPassages(before, [p]).ranked[0]?.covered ?? 0;
    if (!before || about(theirs.p) <= about(mine.p)) return false;
  }
  const read = readPassages(question, [theirs.p]).ranked[0];
  return read !== undefined && read.covered >= mine.covered;
}

/** The section that answers the question among the passages (after joining a long section's pieces), if any. */
export function answeringSection(question: string, passages: Passage[]): Passage | undefined {
  return readPassages(question, joinSectionPieces(passages)).best?.p;
}

/** Whether some passage covers the question well enough to be quoted as its answer. */
export function answersQuestion(question: string, passages: Passage[]): boolean {
  return readPassages(question, passages).best !== undefined;
}

/** Whether a question names a topic of its own ("那晚上呢", "and at night?" do not). */
export function namesTopic(question: string): boolean {
  // ("what if he still refuses?": refusing what was just answered about names no topic — BARE_REFUSAL.)
  return keyWords(readCodeSwitched(question.replace(BARE_REFUSAL, ' '))).length > 0;
}

/** Whether the passage that would answer names at least one of the question's own topic words (or it names none). */
export function touchesQuestion(question: string, passages: Passage[], answering: string): boolean {
  const best = readPassages(answering, passages).best;
  if (!best) return false;
  const own = readPassages(question, [best.p]);
  return own.key.length === 0 || own.ranked.some((x) => x.covered > 0);
}

/**
 * Whether the passage that would answer (read with `answering`) is in another document than the follow-up's own
 * best one and mentions at least one of the follow-up's content words, its topic words or not ("那我可以跟老师说不要拍吗"
 * after photos: the photo section names the carers the parent would tell).
 */
export function sharesWords(question: string, own: Passage[], passages: Passage[], answering: string): boolean {
  const best = readPassages(answering, passages).best;
  if (!best) return false;
  const mine = readPassages(question, own).best;
  if (mine && mine.p.docId === best.p.docId) return false;
  const read = readAs(question, best.p.language);
  return [...contentWords(read), ...conceptTerms(read)].some((w) => mentions(best.all, w) || best.all.concepts.has(w));
}

/**
 * A knowledge answer: the sentences of the best passage that answer the
 * question (the rule, the number, what to do now), with the service's numbers
 * from the configuration when asked, and the source. When the best passage
 * does not cover the question's key words, it says so and offers a person
 * instead of answering a neighbouring topic.
 */
export async function presentAnswer(r: Reply, question: string, found: Passage[]): Promise<void> {
  const w = r.w;
  const saidBefore = r.state.lastAnswer;
  const askedBefore = r.state.lastQuestion;
  const passages = joinSectionPieces(await withWholeSections(r, await withFittingSection(r, question, found)));
  const asIs = question;
  const reading = readPassages(question, passages);
  const { words, key, allergic, ranked } = reading;
  // An answer from the other language's documents is read without the words that language cannot say ("天赋gene test"
  // read in English is only "gene test", which preparing formula "covers"): it answers only when it lists a question
  // close to the parent's (retrieval's bar for "relevant on its own").
  const foreign = reading.best && reading.best.p.language !== r.lang && (reading.best.p.questionMatch ?? 0) < DEFAULT_THRESHOLDS.questionMatch;
  const best = foreign || (reading.best && homeSectionForThePoint(question, reading.best.p)) ? undefined : reading.best;
  if (!best) {
    const facts = statedRuleFacts(readCodeSwitched(question), '', w, r.ctx.rules);
    if (facts.length) {
      for (const f of facts) r.say(f.sentence);
      await citeDocuments(r, facts, 8);
      r.state.lastQuestion = question;
      r.state.lastAnswer = undefined;
      r.row(r.button(escalateQuestionAction, [], w.knowledge.stillUnsure));
      return;
    }
    offerStaffInstead(r, asIs, passages.length === 0 ? w.knowledge.noAnswer : w.knowledge.notCovered(topicOf(asIs)));
    return;
  }
  const p = best.p;
  if (p.language !== r.lang) r.say(w.knowledge.fromOtherLanguage);
  const limit = p.language === 'zh' ? 420 : 750;
  const exclude = allergic ? (u: Unit) => DELAY_ADVICE.test(u.text) && !DOES_NOT_APPLY.test(u.text) : undefined;
  // (The sentences are chosen by the question's words and by the concepts it names: "biting" finds "hits or bites".)
  // (Of a story, the story's words choose them as well — "nurses to sleep every night" says which part of weaning — and the
  // part that asks comes first: quoteAnswer reads it, askedPart.ts.)
  const quoteWords = [...words, ...conceptTerms(readAs(question, passages[0]?.language ?? 'zh'))];
  const quote = (x: Passage, budget: number) =>
    renderUnits(quoteAnswer(x.text, { words: quoteWords, related: closestQuestionWords(x, words), question, limit: budget, exclude }));
  // A follow-up answered from the very section just quoted ("那晚上呢" after naps, "can it wait?") hears the sentences
  // its own words ask for — read with the question before, which weighs less — not the whole section again.
  // (Only a few words asking nothing of their own kind — "那晚上呢", "and at night?" —: a follow-up asking how long, how
  // much, when to see a doctor or what to do is answered from the section as any question is.)
  const ownLine = question.slice(question.lastIndexOf('\n') + 1);
  const elliptical =
    [...ownLine].length <= (/\p{Script=Han}/u.test(ownLine) ? 12 : 30) &&
    askedKinds(ownLine).size === 0 &&
    askedMeasures(ownLine).size === 0 &&
    !asksWhenToSeeDoctor(ownLine);
  // (…nor one asking the measure the question before asked, of another case: "那半夜通知的呢" after how long to confirm.)
  const before = question.includes('\n') ? question.slice(0, question.lastIndexOf('\n')) : (askedBefore ?? '');
  const sameMeasure = before !== '' && askedMeasures(before).size > 0 && !ASKS_COUNT_ONLY.test(toSimplified(before));
  const again = elliptical && !sameMeasure && saidBefore !== undefined && saidBefore.docId === p.docId && saidBefore.heading === p.heading;
  const partOf = (x: Passage, budget: number) => {
    const own = question.slice(question.lastIndexOf('\n') + 1);
    const read = readAs(own, x.language);
    // (Words too common to be content words — "那晚上呢" — are still what the follow-up asks: its words with the leaning
    // and question words set aside.)
    const rest = read.replace(LEANING_WORDS, ' ').trim();
    const ownWords = [...new Set([...contentWords(read), ...conceptTerms(read)])];
    if (!ownWords.length && rest && !/\s/.test(rest) && [...rest].length <= 6) ownWords.push(rest);
    // (Words the section never speaks of ask what the section as a whole answers: "is that normal at his age?".)
    if (!splitUnits(x.text).some((u) => ownWords.some((w) => mentions(searchable(u.text), w)))) return quote(x, budget);
    const units = quoteAnswer(x.text, { words: ownWords, related: quoteWords, question: own, limit: Math.round(budget * PART_SHARE), exclude, part: true });
    return units.length ? renderUnits(units) : quote(x, budget);
  };
  const quoted = again ? partOf(p, limit) : quote(p, limit);
  r.say(`📖 ${sectionName(p)}\n${quoted}`);
  const used = [p];
  // A short answer leaves room for another document's view of the same question, never a neighbouring
  // topic: the second passage covers the question at least as well as the first (and at least half of it),
  // and comes from the same kind of document (a policy answer is not followed by a health one).
  const family = (docId: string) => docId.split('-')[0];
  const sameKind = (x: Ranked) => x !== best && family(x.p.docId) === family(p.docId) && !isOpening(x.p) && x.p.language === p.language;
  // (Only when the question names a topic: with no key words every passage "covers" it; and only a section
  // that lists a question close to the parent's, as retrieval's own bar for "relevant on its own" — sharing a
  // domain word, "尿床" and "尿布少", is not the same question.)
  const sameQuestion = (x: Ranked) => x.p.questionMatch === undefined || x.p.questionMatch >= DEFAULT_THRESHOLDS.questionMatch;
  const another = key.length
    ? ranked.find((x) => sameKind(x) && x.covered >= Math.max(0.5, best.covered) && x.p.docId !== p.docId && sameQuestion(x))
    : undefined;
  // A question of two parts ("要钱吗？我们没有厦门户口"): a section that answers the part the first leaves open.
  // (In a question about seeing a doctor, "要带" is taking the child there — "需要带去给医生看吗" — not a part asking what to
  // bring: the section on bringing things, or another document's doctor section, answers nothing left open.)
  const seeing = SEEING_DOCTOR.test(toSimplified(question));
  const open = key.filter((k) => !mentions(best.all, k) && !(seeing && TAKING.test(k)));
  const rest = open.length
    ? ranked.find((x) => sameKind(x) && x.covered >= MIN_COVERAGE && x.p.heading !== p.heading && open.every((k) => mentions(x.all, k)))
    : undefined;
  // (A parent at breaking point who asked about something else hears the wellbeing section after the answer, when the
  // answer's passages hold it — their distress words are no topic a section must cover, so it is not "the rest" of them.)
  const wellbeing =
    OVERWHELMED.test(normalizeText(toSimplified(question))) && !COPING_DOCS.has(p.docId)
      ? ranked.find((x) => x.p.docId === WELLBEING_DOC && x.p.language === p.language)
      : undefined;
  const second = rest ?? wellbeing ?? (quoted.length < (p.language === 'zh' ? 160 : 300) ? another : undefined);
  if (second) {
    r.say(`📖 ${sectionName(second.p)}\n${quote(second.p, Math.round(limit * 0.6))}`);
    used.push(second.p);
  }
  // The fact asked can sit in another section of the same document than the one quoted (a toe-walking question
  // answered from when children walk: toe-walking is among the doctor's signs). When a topic word of the question is
  // in nothing quoted, the sentence of another section that names it beside another topic word is quoted too.
  const told = [quoted];
  if (!second) {
    const more = await sentenceNamingTheRest(r, question, reading, passages, quoted);
    if (more) {
      r.say(`📖 ${sectionName(more.p)}\n${more.text}`);
      used.push(more.p);
      told.push(more.text);
    }
  }
  // (A Chinese question with English words in it asks as the Chinese words say: "waitlist排到了要多久之内confirm".)
  const facts = statedRuleFacts(readCodeSwitched(question), told.join('\n'), w, r.ctx.rules);
  for (const fact of facts) r.say(fact.sentence);
  for (const x of used) r.citations.push({ title: x.title, source: x.source, docId: x.docId, heading: x.heading });
  r.say(w.knowledge.source([...new Set(used.map((x) => x.title))]));
  // A rule added from the configuration names its own document too when the quoted section is another's
  // ("放鸟会怎样" quoting how to book: the no-show rule is cited from the no-show document).
  await citeDocuments(r, facts, 8);
  if (used.some((x) => HEALTH_DOCS.has(x.docId))) r.say(w.knowledge.medicalDisclaimer);
  r.state.lastQuestion = question;
  r.state.lastAnswer = { docId: p.docId, heading: p.heading };
  r.row(r.button(escalateQuestionAction, [], w.knowledge.stillUnsure));
}

/** A count of naps or meals asked ("白天睡几觉", "how many naps"): another part of the day is another part of the section. */
const ASKS_COUNT_ONLY = /几觉|几顿|几次|(?<![a-z])how many (?:naps|meals|feeds)(?![a-z])/i;

/** Leaning and question words around what a short follow-up asks ("那…呢", "and … ?"). */
const LEANING_WORDS = /^(?:那么?|那如果|还有|and|what about|how about|but)(?![a-z])|(?:呢|吗|么|啊|呀|[?？。.!！,，])+$/gi;

/** Of the quote's budget, the share a follow-up answered from the section just quoted gets. */
const PART_SHARE = 0.5;

/**
 * A sentence of another section of the answering document naming a topic word of the question that nothing quoted
 * holds, beside a topic word the quote holds (see sentenceNaming). Only a word that one section of the document
 * alone names counts ("踮脚尖", among the doctor's signs): a word many sections use ("feed", "sleep", "哭") names no
 * fact the quote left out, and quoting one more sentence with it is a neighbouring topic. The document's sections
 * are the passages found and a search within it; not its opening (a summary, not an answer), and only a short one.
 */
async function sentenceNamingTheRest(
  r: Reply,
  question: string,
  reading: Reading,
  passages: Passage[],
  quoted: string,
): Promise<{ p: Passage; text: string } | undefined> {
  const best = reading.best;
  if (!best || reading.key.length < 2) return undefined;
  const said = searchable(quoted);
  const missing = reading.key.filter((k) => !mentions(said, k));
  const anchors = reading.key.filter((k) => mentionsLiterally(said, k));
  if (!missing.length || !anchors.length) return undefined;
  const p = best.p;
  const inDoc = (x: Passage) => x.docId === p.docId && x.language === p.language;
  const hits = await r.ctx.knowledge.search(question, { lang: p.language, k: 12, within: p.docId }).catch(() => []);
  const sections = joinSectionPieces([...passages.filter(inDoc), ...hits.map(passageOf).filter(inDoc)]);
  const read = new Map(sections.map((x) => [x, searchable(`${sectionName(x)}\n${x.text}\n${(x.questions ?? []).join('\n')}`)]));
  const rare = missing.filter((w) => sections.filter((x) => mentionsLiterally(read.get(x)!, w)).length === 1);
  if (!rare.length) return undefined;
  const limit = p.language === 'zh' ? 90 : 200;
  // (A section that covers too little of the question shares a word with it, not its topic; and one listing no
  // question nearly as close to the parent's as the section quoted answers another question of the document.)
  const close = (x: Passage) => (x.questionMatch ?? 0) >= (p.questionMatch ?? 0) - 0.05;
  const other = (x: Passage) => x.heading !== p.heading && !isOpening(x) && close(x) && coverage(reading.key, read.get(x)!) >= MIN_COVERAGE;
  let found: { p: Passage; units: Unit[]; named: number; held: number } | undefined;
  for (const x of sections.filter(other)) {
    const s = sentenceNaming(x.text, rare, anchors, limit);
    if (s.units.length && (!found || s.named > found.named || (s.named === found.named && s.held > found.held))) found = { p: x, ...s };
  }
  return found && { p: found.p, text: renderUnits(found.units) };
}
