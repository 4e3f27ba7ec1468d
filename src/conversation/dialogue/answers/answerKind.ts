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

/** Asking what to do: the steps are the answer. */
const ASKS_ACTION =
  /怎么办|咋办|怎么(?:做|教|哄|弄|处理|应对|帮|缓解|护理|让)|怎样(?:做|教|哄|才能|帮|缓解|护理|让)|如何|有什么办法|有啥办法|有什么方法|该怎么|要怎么|(?<![a-z])(?:what (?:can|should|do) (?:i|we) do|how (?:do|can|should) (?:i|we)|what helps|what to do|any tips|tips|how to)(?![a-z])/i;

/** A section about when to see a doctor or get help. */
const OFFERS_DOCTOR =
  /看医生|找医生|就医|咨询医生|寻求专业帮助|需要求助|打120|拨打120|(?<![a-z])(?:see a doctor|seek (?:medical |professional )?help|get help|when to worry|call 120|doctor|medical advice)(?![a-z])/i;

/** A section about what to do. */
const OFFERS_ACTION =
  /怎么办|怎么做|怎样做|该怎么|怎么护理|怎么缓解|怎么哄|怎样才能|怎么沟通|怎么教|怎么分|怎么读|怎么玩|(?<![a-z])(?:what (?:can|should|do) (?:i|we) do|what helps|how (?:can|do|should) (?:i|we)|how to)(?![a-z])/i;

/** A section saying what is normal. */
const NORMAL = /正常|(?<![a-z])normal(?![a-z])/i;

/** The kinds of answer the parent's question asks for. */
export function askedKinds(question: string): Set<AnswerKind> {
  const q = toSimplified(question);
  const kinds = new Set<AnswerKind>();
  if (ASKS_DOCTOR.test(q)) kinds.add('doctor');
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
