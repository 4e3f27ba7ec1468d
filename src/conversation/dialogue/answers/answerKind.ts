import { toSimplified } from '../../../text/chineseScript.ts';

/**
 * What kind of answer a question asks for, and what kind a section gives. Every section's heading is a parent's
 * question, and most documents end with "when to see a doctor" for their topic: that section names every sign of
 * the topic, so it shares the most words with any question about it, and a parent asking what to do about a
 * toddler who hits was answered with when to see a specialist. The kind of answer asked decides between sections
 * of one document that cover the question's words alike.
 */
export type AnswerKind = 'doctor' | 'action';

/**
 * Asking when to see a doctor or get help, or whether it is serious; or telling of a complaint of the body or a
 * lost skill beside the topic ("还是哭 最近还会说肚子痛"), which is what those sections weigh.
 */
const ASKS_DOCTOR =
  /医生|医院|就医|就诊|看病|门诊|儿保|急诊|120|专业|评估|检查|严重|要紧|危险|担心|着急|急死|焦虑|不正常|异常|疼|痛(?!苦)|呕吐|发烧|发热|体重|退步|倒退|不会了|(?<![a-z])(?:doctors?|gp|paediatrician|pediatrician|hospital|clinic|specialist|a&e|er|emergency|seek help|get help|professional|assess\w*|serious|worr(?:y|ied|ying)|concern(?:ed|ing)?|red flags?|warning signs?|pain\w*|hurts?|aches?|vomit\w*|fever|weight|regress\w*|lost (?:words|skills))(?![a-z])/i;

/**
 * Asking whether to have the child seen, without naming a doctor ("这个要去看吗", "需要带去给医生看吗", "who do we
 * even see?", "at what point is this not a phase anymore"): the document's section on when to see a doctor answers
 * that, and is not to be left for another kind of section as if the parent had not asked it.
 */
const ASKS_TO_BE_SEEN =
  /(?:要|需要|该|得|用)(?:不要|不用)?(?:带[他她]?)?去(?:给医生)?看(?:看|一下)?(?:吗|么|嘛|不|呢|[?？]|\s|$)|(?<![a-z])(?:who (?:do|should|can|would) (?:we|i) (?:even )?see|(?:get|have) (?:him|her|them) (?:seen|checked|looked at)|not (?:just )?a phase)(?![a-z])/i;

/** Asking what to do: the steps are the answer. */
const ASKS_ACTION =
  /怎么办|咋办|怎么(?:做|教|哄|弄|处理|应对|帮|缓解|护理|让)|怎样(?:做|教|哄|才能|帮|缓解|护理|让)|如何|有什么办法|有啥办法|有什么方法|该怎么|要怎么|(?<![a-z])(?:what (?:can|should|do) (?:i|we) do|how (?:do|can|should) (?:i|we)|what helps|what to do|any tips|tips|how to)(?![a-z])/i;

/** A section about when to see a doctor or get help ("孩子发烧了要去医院吗？", "do we need to go to hospital?" as well; not "要不要去医院打吊针", a drip). */
const OFFERS_DOCTOR =
  /看医生|找医生|就医|咨询医生|寻求专业帮助|需要求助|打120|拨打120|(?:要|需要|该|得)去医院(?:吗|[？?]|$)|什么时候(?:要|该|需要)?去医院|(?<![a-z])(?:see a doctor|seek (?:medical |professional )?help|get help|when to worry|call 120|doctor|medical advice|(?:need to|should (?:we|i)) go to (?:the )?hospital)(?![a-z])/i;

/** A section about what to do. */
const OFFERS_ACTION =
  /怎么办|怎么做|怎样做|该怎么|怎么护理|怎么缓解|怎么哄|怎样才能|怎么沟通|怎么教|怎么分|怎么读|怎么玩|(?<![a-z])(?:what (?:can|should|do) (?:i|we) do|what helps|how (?:can|do|should) (?:i|we)|how to)(?![a-z])/i;

/** A section saying what is normal. */
const NORMAL = /正常|(?<![a-z])normal(?![a-z])/i;

/** The kinds of answer the parent's question asks for. */
export function askedKinds(question: string): Set<AnswerKind> {
  const q = toSimplified(question);
  const kinds = new Set<AnswerKind>();
  if (ASKS_DOCTOR.test(q) || ASKS_TO_BE_SEEN.test(q)) kinds.add('doctor');
  if (ASKS_ACTION.test(q)) kinds.add('action');
  return kinds;
}

/** The kinds of answer a section gives, read from its heading (a parent's question). */
export function offeredKinds(heading: string): Set<AnswerKind> {
  const h = toSimplified(heading);
  const kinds = new Set<AnswerKind>();
  if (OFFERS_DOCTOR.test(h)) kinds.add('doctor');
  if (OFFERS_ACTION.test(h)) kinds.add('action');
  return kinds;
}

/**
 * Whether a section answers only when to see a doctor, for a parent who did not ask that. (Preferring a section
 * whose heading says what to do, whenever what to do is asked, lost more tuning cases than it won: many sections
 * headed "is it normal?" or "what is…?" hold the steps too.)
 */
export function answersOtherKind(asked: Set<AnswerKind>, heading: string): boolean {
  const offered = offeredKinds(heading);
  // (A section asking "is it normal? when to see a doctor?" answers a worried parent's question too.)
  return offered.has('doctor') && !offered.has('action') && !NORMAL.test(toSimplified(heading)) && !asked.has('doctor');
}

/**
 * The measure a question asks for: how long something lasts or keeps, how much or how many, or from what age. A
 * document answers each in its own section ("睡眠倒退会持续多久", "一天喝多少奶", "几个月可以吃辅食"), and the
 * neighbouring section of the same document shares the question's topic words alike: a parent asking how long a
 * regression lasts was answered with why babies wake at night.
 */
export type Measure = 'duration' | 'amount' | 'age';

// (Not "好几天", "好几次": several days or times, told rather than asked.)
const DURATION = /多久|多长时间|多长|(?<!好)几(?:天|周|个星期|个礼拜)|(?<![a-z])(?:how long|how many (?:days|weeks|months))(?![a-z])/i;
const AMOUNT = /多少|(?<!好)几(?:次|觉|顿|个小时|小时)|(?<![a-z])(?:how much|how many(?! (?:days|weeks|months)))(?![a-z])/i;
const AGE =
  /几个月|几岁|多大(?!的事|问题)|什么时候(?:开始|可以|能|会|才)|(?<![a-z])(?:what age|how old|from when|when (?:can|do|does|will|should|could) (?:my|a|our|the|babies|baby|kids|children|toddlers|he|she|they|we|i)\b)(?![a-z])/i;

/** Asking when to see a doctor ("什么情况要去看医生", "要不要去看看", "when should I worry and get her checked"). */
const ASKS_WHEN_DOCTOR =
  /(?:什么(?:时候|情况|样)|到什么程度|哪些情况)(?:要|该|需要|得|才)?(?:去)?(?:看医生|就医|去医院|看病|担心|检查)|要不要(?:去)?(?:看医生|去医院|就医|检查|看看)|需不需要(?:去)?(?:看医生|去医院|就医)|(?<![a-z])(?:(?:when|at what point) (?:should|do|would|must) (?:i|we) (?:\w+ )?(?:worry(?:ing)?|be worried|see a doctor|call|get (?:\w+ )?checked|take (?:\w+ ){1,2}to (?:a|the) doctor)|(?:should|do|must) (?:i|we) (?:see|call|ring) (?:a|the) doctor|need to see a doctor|(?:should|do|must) (?:i|we) (?:be )?worr(?:y|ied))(?![a-z])|要不要担心|(?:需要|用不用|要)担心吗/i;

/**
 * The question without its asking-a-doctor frame ("小孩三岁了 晚上还会尿床 要不要看医生" → "小孩三岁了 晚上还会尿床"), or
 * undefined when it has none or nothing is left. Every document's "when to see a doctor" section shares that frame,
 * so it outranks the section on the topic itself ("孩子晚上还尿床，要紧吗？", which says bedwetting before 5 is
 * common) in retrieval; searching the topic as well lets the answer weigh both (which kind answers is decided here).
 */
export function withoutDoctorFrame(question: string): string | undefined {
  const q = toSimplified(question);
  const rest = q.replace(new RegExp(ASKS_WHEN_DOCTOR.source, 'gi'), ' ').replace(/\s+/g, ' ').trim();
  return rest !== q.trim() && /[\p{L}\p{N}]{2}/u.test(rest) ? rest : undefined;
}

function measures(text: string): Set<Measure> {
  const m = new Set<Measure>();
  if (DURATION.test(text)) m.add('duration');
  if (AMOUNT.test(text)) m.add('amount');
  if (AGE.test(text)) m.add('age');
  return m;
}

/** A passage's text that already gives the measure: a number of days or weeks, millilitres or times, months or years. */
const GIVES: Record<Measure, RegExp> = {
  duration:
    /[\d一两二三四五六七八九十几]\s*(?:[—–~-]\s*[\d一两二三四五六七八九十]+\s*)?(?:天|周|週|个?星期|个?礼拜|个月|小时|分钟|年)|(?<![a-z])(?:\d+\s*(?:[—–-]|to)?\s*\d*\s*(?:days?|weeks?|months?|hours?|minutes?)|a few (?:days|weeks))(?![a-z])/i,
  amount:
    /\d\s*(?:毫升|ml|克|g|盎司|oz|cc|次|小时|觉)|米粒|[一两二三四五六几]\s*(?:次|觉|顿)|(?<![a-z])(?:\d+\s*(?:ml|g|oz|times|naps?|hours?)|once|twice|grain of rice)(?![a-z])/i,
  age: /[\d一两二三四五六七八九十]\s*(?:个月|岁|月龄)|(?<![a-z])\d+\s*(?:months?|years?)(?![a-z])/i,
};

/** Whether a passage's text gives one of the durations or amounts asked (then it answers the measure, whatever its heading). */
export function givesMeasure(wanted: Set<Measure>, text: string): boolean {
  const t = toSimplified(text);
  // (Not an age: nearly every parenting passage names one, "从什么时候" is answered by the section whose heading asks it.)
  return [...wanted].some((m) => m !== 'age' && GIVES[m].test(t));
}

/** Whether the question asks when to see a doctor or whether to get the child checked. */
export function asksWhenToSeeDoctor(question: string): boolean {
  return ASKS_WHEN_DOCTOR.test(toSimplified(question));
}

/** The measures the question asks for (none when it asks when to see a doctor: that is the doctor's section). */
export function askedMeasures(question: string): Set<Measure> {
  return asksWhenToSeeDoctor(question) ? new Set() : measures(toSimplified(question));
}

/** The measures a section gives, read from its heading (a section on when to see a doctor gives none). */
export function offeredMeasures(heading: string): Set<Measure> {
  const h = toSimplified(heading);
  return OFFERS_DOCTOR.test(h) ? new Set() : measures(h);
}
