/**
 * Whether a parent's question leans on the answer just given: the one decider the knowledge answer reads
 * (answerQuestion.ts). A follow-up is recognised by general signals, not by listing messages:
 *  - a word that leans on what was said (anaphora: "那如果…", "还有", "and…", "what about…", "it", "that", "afterwards",
 *    "how long…"), see FOLLOW_UP in parentWords.ts;
 *  - asking only whether to see a doctor, or for something other than what was said ("别的", "somewhere else");
 *  - ellipsis: a short question whose words, once the generic question words are set aside, name no topic of their own
 *    ("is that normal?", "暂停多久" names one, "how long is it good for?" does not).
 * A message that opens by announcing a new question ("另外", "顺便问一下", "对了", "btw", "also") and then names a topic
 * of its own without pointing back is a new topic, whatever words follow ("btw how do I clean the bottles", "另外 咳嗽可以
 * 去吗"). Read on normalized Simplified text (normalizeText(toSimplified(…))).
 */
import { ACK, AGE_TOLD, FOLLOW_UP, TOLD_BACK } from './parentWords.ts';
import { namesTopic } from './presentAnswer.ts';

/** Why a message leans on the answer before. */
export type FollowUpSignal = 'leaning-word' | 'doctor' | 'other-than-that' | 'no-topic-of-its-own' | 'told';

export type FollowUpReading =
  | { leans: false; reason: 'nothing-before' | 'same-message' | 'new-topic' | 'stands-alone' }
  | {
      leans: true;
      signal: FollowUpSignal;
      /** The words a follow-up asks with, without an acknowledgement before them ("ok and what…" → "and what…"). */
      asked: string;
      /** Whether its own words name a topic ("那要带什么证件" does, "那如果过了时间呢" does not): a strong one may still win. */
      ownTopic: boolean;
    };

/**
 * Announces a question of its own: what follows is a new topic when it names one and does not point back
 * ("btw when should I start brushing her teeth?", "另外 他每天早上5点就醒"); "also, is that normal?" still leans.
 */
const NEW_QUESTION =
  /^(?:另外|顺便(?:问一?下|问问|说一下)?|对了|还有(?:个|一个)问题|再问(?:一?下|一个|个)(?:问题)?|换个(?:话题|问题)|(?:btw|by the way|also|another (?:question|thing)|one more (?:question|thing)|unrelated(?: question)?|different question|on another note)(?![a-z]))[\s,，:：.。!！、-]*/i;

/** After an opener that announces a new question, this many characters tell a matter of their own even when no listed topic word is among them ("他每天早上5点就醒 怎么办"). */
const TOLD_ENOUGH = 8;

/** Points back at what was just said (not "他/她", the child, which a new topic names as well). */
const POINTS_BACK = /(?<![a-z])(?:it|that|this|those|these|them)(?![a-z])|它|这个|这样|这种|那个|那样|那种|上面/i;

/** "那什么情况要去看医生", "那要不要带去看 什么时候看", "and when should we see a doctor?": asking when to see a doctor, and nothing else. */
// ("at what point should I start worrying about it?", "什么时候该担心" after an answer ask when it needs a doctor: round 50.)
export const WHEN_DOCTOR =
  /(?:什么|哪些|啥|哪种)(?:情况|时候)?.{0,4}?(?:要|需要|该|得|应该)?(?:去)?(?:看医生|去医院|看病|就医|就诊)|(?=[^，,。]*(?:带|医院|医生|doctor|看病|就医|检查))(?:要不要|需不需要|用不用|该不该|需要|要|用)(?:带(?:他|她|孩子|宝宝|娃|小孩)?)?(?:去)?(?:医院)?(?:给|让)?(?:医生|doctor)?(?:看医生|看doctor|去医院|医院|看病|就医|看看|看一下|查一下|检查|看)(?:一下|看|看看)?(?:啊|呀|吗|呢|么|吧)*(?:[\s，,]*(?:什么时候|几时|何时)(?:去|带)?(?:看|去看|查)?(?:比较好|合适)?(?:啊|呀|呢|吧)*)?[?？]*$|(?<![a-z])(?:(?:when|at what point)\s+(?:should|do|must|would)\s+(?:we|i)|(?:how long|how many days)\s+(?:before|until|till)\s+(?:we|i)\s+(?:should|must|need to|have to))\s+(?:actually\s+|really\s+)?(?:see|call|go to|take (?:her|him|them) to)\s+(?:a |the )?(?:doctor|gp|hospital|paediatrician|pediatrician)(?![a-z])|(?<![a-z])(?:do|should) (?:we|i) (?:need to )?(?:see|go to) (?:a |the )?(?:doctor|gp|hospital)(?![a-z])|(?<![a-z])(?:when|at what point|how long (?:before|until|till))\s+(?:should|do|must|would|need)\s+(?:we|i)\s+(?:need\s+to\s+|have\s+to\s+)?(?:start\s+|begin\s+)?(?:to\s+)?(?:worry|worrying|be worried|be concerned|get worried|get concerned)(?![a-z])|(?:什么时候|啥时候|多久|到什么程度)(?:才)?(?:要|需要|该|得|应该)?(?:开始)?担心|(?<![a-z])(?:should|do|must) (?:we|i) (?:need to )?(?:get|have|take) (?:her|him|them|it|this|that) (?:checked|seen|looked at)(?: (?:out|over))?(?: by (?:a |the )?(?:doctor|gp|paediatrician|pediatrician))?(?![a-z])/i;

/**
 * Other than what was just said ("somewhere else", "another session", "别的", "其他的点"): a message that asks for it leans
 * on the answer before.
 */
export const OTHER_THAN_THAT =
  /别的|其他的?(?:地方|服务点|点|场次|时间|办法)|另外(?:的|一个|找)|(?<![a-z])(?:(?:somewhere|anywhere|something|anything|someone|anyone) else|(?:another|other|different) (?:one|ones|session|sessions|point|points|place|places|day|days|time|times|option|options))(?![a-z])/i;

/** Something asked at all: a question mark or word. */
const ASKS =
  /[?？吗呢么嘛]|多久|多长|几|怎么|怎样|如何|什么|啥|哪|多少|能不能|可不可以|会不会|要不要|有没有|是不是|正常|(?<![a-z])(?:how|what|when|where|why|which|who|is|are|can|could|do|does|should|will|would)(?![a-z])/i;

/**
 * The child, or "it" (what was just answered about), told about: "he eats mostly congee and banana", "她就是不爱喝水", "he
 * only sleeps if I hold him", "it's bleeding a bit where he scratched" after eczema. Said
 * without a question right after an answer, it tells how the answer's topic goes for this child: a follow-up on it.
 */
const TOLD_OF_CHILD =
  /^(?:他|她|它|宝宝|宝贝|孩子|小孩|娃|我(?:家|们家)?(?:宝宝|宝贝|孩子|娃|儿子|女儿|闺女))|^(?:he|she|they|it|it's|its|my (?:son|daughter|baby|boy|girl|toddler|little one|kid)|our (?:son|daughter|baby|boy|girl|toddler|little one|kid))(?![a-z])/i;
/** "it's bleeding…", "它又红了": what was just answered about is the subject, told about — that topic for certain. */
const TOLD_OF_IT = /^(?:它)|^(?:it|it's|its)(?![a-z])/i;

/** What was just answered about is the subject of the message, told about with nothing asked ("it's bleeding a bit where he scratched"). */
export function tellsOfIt(text: string): boolean {
  const t = text.replace(ACK, '').trim();
  return TOLD_OF_IT.test(t) && tellsOfChild(t);
}

/** An English wh-word inside a statement, joining a clause ("bleeding where he scratched", "cries when I leave"): it asks nothing. */
const RELATIVE_WH = /(?<=[a-z]\s)(?:where|when|which|who)(?=\s+(?:he|she|they|i|we|it|you|his|her|the)\s)/gi;

/** Longer than this, a statement is a story of its own, not a word on the answer before. */
const TOLD_MAX_CHARS = 80;

/** The words that ask for a doctor, set aside when reading whether a doctor question names a topic of its own. */
const DOCTOR_WORDS =
  /带(?:他|她|孩子|宝宝|娃)?(?:去)?(?=看|医院)|看医生|去医院|医院|医生|看病|就医|就诊|检查|评估|眼科|儿科|(?<![a-z])(?:doctors?|gp|hospital|paediatrician|pediatrician|checked|seen)(?![a-z])/gi;

/** Longer than this (in characters), a message tells enough of its own not to be an ellipsis of the one before. */
const ELLIPSIS_MAX_CHARS = 40;

/**
 * How a question relates to the one before it (`previous`, the question the last answer answered; undefined when
 * there was none). `text` is the message on normalized Simplified text.
 */
export function readFollowUp(text: string, previous: string | undefined, original: string = text): FollowUpReading {
  if (!previous) return { leans: false, reason: 'nothing-before' };
  if (previous === original || previous === text) return { leans: false, reason: 'same-message' };
  // (The child's age told after it, "要喝多少啊 他两岁", is who is asked about: the question is read without it.)
  const asked = text.replace(ACK, '').replace(AGE_TOLD, '').trim() || text.replace(ACK, '').trim();
  const opener = NEW_QUESTION.exec(asked);
  if (opener && opener[0].length > 0) {
    const rest = asked.slice(opener[0].length);
    if (rest && (namesTopic(rest) || [...rest].length >= TOLD_ENOUGH) && !POINTS_BACK.test(rest) && !WHEN_DOCTOR.test(rest) && !OTHER_THAN_THAT.test(rest))
      return { leans: false, reason: 'new-topic' };
  }
  // (Asking when to see a doctor names no topic by its doctor words: "那啥时候要去看医生" after a stutter, "那到几岁还不直要去看医生"
  // after bow legs ask about that topic, round 43; "发烧三天了 什么时候要看医生" still names a fever.)
  const doctor = WHEN_DOCTOR.test(asked);
  const ownTopic = namesTopic(doctor ? asked.replace(DOCTOR_WORDS, ' ') : asked);
  // (The more particular signal names why: "什么时候要看医生" is short enough to lean by its length too.)
  const signal: FollowUpSignal | undefined = doctor
    ? 'doctor'
    : OTHER_THAN_THAT.test(asked)
      ? 'other-than-that'
      : tellsOfChild(asked) || tellsBack(asked)
        ? 'told'
        : FOLLOW_UP.test(asked)
          ? 'leaning-word'
          : !ownTopic && ASKS.test(asked) && [...asked].length <= ELLIPSIS_MAX_CHARS
            ? 'no-topic-of-its-own'
            : undefined;
  return signal ? { leans: true, signal, asked, ownTopic } : { leans: false, reason: 'stands-alone' };
}

/** The child told about, nothing asked (see TOLD_OF_CHILD); on normalized Simplified text. */
export function tellsOfChild(text: string): boolean {
  const t = text.replace(ACK, '').trim();
  return TOLD_OF_CHILD.test(t) && !ASKS.test(t.replace(RELATIVE_WH, ' ')) && [...t].length <= TOLD_MAX_CHARS;
}

/**
 * Answered back, nothing asked (see TOLD_BACK): what someone says about the answer's topic, or what was tried and how it
 * went ("she says he loves it and she watches him the whole time", "奶奶说就看10分钟 没关系的"); on normalized Simplified text.
 */
export function tellsBack(text: string): boolean {
  const t = text.replace(ACK, '').trim();
  return TOLD_BACK.test(t) && !ASKS_BACK.test(t.replace(RELATIVE_WH, ' ')) && [...t].length <= TOLD_MAX_CHARS;
}

/**
 * Asks something, as an answer back would: a question mark or particle, a question word, or a message opening as a
 * question ("is it ok then?"). Not a bare "is" inside what someone said ("my husband says the walker is fine").
 */
const ASKS_BACK =
  /[?？吗呢么嘛]|多久|多长|怎么|怎样|如何|什么|啥|哪|多少|能不能|可不可以|会不会|要不要|有没有|是不是|(?<![a-z])(?:how|what|why|where|which|should|can|could)(?![a-z])|^(?:is|are|do|does|did|will|would|when|who)(?![a-z])/i;
