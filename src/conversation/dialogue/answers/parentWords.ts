/**
 * How a parent's question sounds, beyond its topic: at the end of their rope
 * (a person first), or asking for a medicine amount (never a number).
 * Patterns read Simplified, lowercased text (normalizeText(toSimplified(…))).
 */
import { PARENT_DISTRESS } from '../../../nlu/lexicon/parentDistress.ts';

/** Sounds at the end of their rope: a human tone and a person, before (not instead of) the answer (one list with language understanding). */
export const OVERWHELMED = PARENT_DISTRESS;
/** Asking for a medicine amount: never answered with a number. An amount of food ("一天吃多少盐", "喂多少奶") is not one. */
const MEDICINE =
  /药|退烧|布洛芬|美林|泰诺林|对乙酰氨基酚|止咳|糖浆|滴剂|抗生素|头孢|阿莫西林|维生素|钙片|补钙|铁剂|益生菌|褪黑素|开塞露|栓剂|乳果糖|(?<![a-z])(?:melatonin|suppositor\w*|glycerin|lactulose|vitamin|supplement|iron|ibuprofen|paracetamol|acetaminophen|tylenol|calpol|nurofen|motrin|medicine|medication|meds|syrup|antibiotics?|drops)(?![a-z])/i;
const AMOUNT = /多少|几毫升|几ml|几片|几颗|几滴|几次|几粒|几支|半支|一支|(?<![a-z])(?:how much|how many|what dose|how often|ml|mg)(?![a-z])/i;
const DOSE_WORD = /剂量|(?<![a-z])(?:dose|dosage|dosing)(?![a-z])/i;
export const DOSE = { test: (t: string): boolean => DOSE_WORD.test(t) || (MEDICINE.test(t) && AMOUNT.test(t)) };
/**
 * Sounds like a follow-up to the question before ("那第一口吃什么好", "那如果…", "and if…?", "what about…"):
 * it opens with a word that leans on what was said ("可是他不刷就不睡", "他一坐马桶就哭") or with "how long" ("要多久会好"),
 * opens on the child, as "他…" / "he…" ("he understand when I say bring shoes. this is good?"), ends on the child it already spoke of ("还是直接不理他", "should I speak Chinese to him too?"), asks for another way ("还有别的办法吗"),
 * asks about "they/that" with nothing else named before it ("when do they switch to one?" after a nap answer),
 * does something to "it/that" ("how do I get it checked", "how should I cook it for her first time" after eggs),
 * ends on "it/that/this" ("what happens if I miss that?" after a waitlist answer) or asks "for that" ("who would we see for that
 * here in Xiamen?" after a late-talking answer),
 * asks whether what someone said is true or whether it is connected ("my friend says we must buy a helmet. Is that true?",
 * "it happens more after busy Saturdays. Can be connected?", "…有关系吗"),
 * starts from what was just said ("之后多久check一次" after the first dentist visit, "然后呢"),
 * asks a measure "then" ("at what age then pea sized?" after how much toothpaste, "how much then?": round 37),
 * or is too short to name its own topic.
 */
export const FOLLOW_UP =
  /(?<![a-z])(?:afterwards|after that)(?![a-z])|^(?:那|那么|那如果|如果|还有|另外|再问|顺便|那要是|要是|这个|这种|这样|那个|那种|可是|但是|不过|他|她|之后|以后|然后|接下来|后面)|(?:别的|其他|其它)(?:办法|方法)|^(?:要|需要|大概|一般)?(?:多久|多长时间)|(?:他|她)[吗呢吧]?[?？]?$|(?<![a-z])(?:to|with|for|at) (?:him|her)(?: too| as well| also)?\s*[?？]|(?<![a-z])(?:other (?:ways?|options?)|anything else)(?![a-z])|^(?:and|but|also|so|then|what about|how about|what if|if|he|she)(?![a-z])|(?<![a-z])(?:what|which|when|how (?:much|many|long|old|often|big)|at what)(?:\s+[a-z]+)?\s+then(?![a-z])|^[^a-z]{1,8}[?？]?$|^(?:when|how|what|why|should|do|does|is|are|can|will|would)\s+(?:(?:do|does|did|is|are|can|should|will|would|much|many|long|often|old)\s+){0,2}(?:they|those|these|that|this)(?![a-z])|(?<![a-z])(?:(?:get|have|take|stop|fix|treat|check|handle|manage|cook|make|prepare|serve|give|offer|introduce)\s+(?:it|that|this|them)(?:\s+(?:checked|seen|looked at))?|(?:it|that|this)\s+(?:passes|lasts|goes away|gets better|stops))(?![a-z])|(?<![a-z])(?:for|about) (?:it|that|this)(?=\s+(?:here|there|in|at|now|then|too)(?![a-z])|\s*[?？.!,]|$)|(?<![a-z])(?:it|that|this)\s*[?？.!]*$|(?<![a-z])(?:(?:is|are|was|could|can|might) (?:that|it|this|they)(?: be)? (?:true|right|correct|connected|related|linked|the (?:reason|cause))|(?:can|could|might) (?:be|it be) (?:connected|related|linked|the reason)|(?:connected|related|linked)\s*[?？.!]*$)(?![a-z])|(?:是)?真的吗[?？]*$|(?:有|有没有)关系(?:吗)?[?？]*$|(?<![a-z])(?:at this (?:point|stage)|in the meantime|meanwhile)(?![a-z])/i;

/**
 * Answers back to the answer just given, told rather than asked: what a relative, the ayi or someone else says or insists
 * ("my MIL insists it's because she's not dressed warmly", "奶奶说多喝奶长得高", "阿姨说她带的孩子都喝"), or what the
 * family already tried and how it went ("we bought one of those visors and she rips it off", "我们试过不理她", "didn't
 * work"). Right after an answer it is about that answer's topic: a follow-up (followUp.ts), not a story of its own.
 */
export const TOLD_BACK =
  /^(?:but|well|so|yeah|yes|ok|okay|right)?[\s,]*(?:we|i)(?:'ve| have)? (?:already )?(?:tried|bought|got|did|gave|used|put|started|stopped|took|bribed|ignored)(?![a-z])|(?<![a-z])(?:my|our|the|his|her) (?:mil|fil|mother[- ]in[- ]law|father[- ]in[- ]law|in-?laws|mum|mom|mother|dad|father|husband|wife|partner|hubby|ayi|nanny|helper|maid|grandma|grandpa|granny|nainai|yeye|laolao|waipo|grandparents|parents|staff|teachers?|carers?|doctor|pharmacist|pharmacy (?:guy|lady|staff)|friends?|sister|brother)(?: [a-z']+){0,2}? (?:says?|said|insists?|insisted|reckons?|thinks?|claims?|blames?|blamed|(?:is|'s|are) (?:convinced|sure|adamant)|believes?|swears|keeps saying)(?![a-z])|(?<![a-z])(?:tried (?:that|this|it)|(?:didn'?t|doesn'?t|did not|does not) work)(?![a-z])|^(?:可是|但是|不过)?(?:我们|我)?(?:也|都)?(?:试过|试了|用过|买了|做过)|(?:婆婆|公公|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿姨|保姆|育儿嫂|月嫂|老公|老婆|我妈|我爸|老人|长辈|家里人|医生|老师)(?:们)?(?:就|又|还|一直|总|非|老)?(?:说|坚持|觉得|认为|非要|一定要|不同意|反对)|没用|不管用|没效果/i;

/**
 * The child's age told beside a short question ("要喝多少啊 他两岁", "how long for? she's 2"): who the question is about, not
 * what — without it, the question is as short as a follow-up is.
 */
export const AGE_TOLD =
  /[\s,，。.]*(?:(?:他|她|宝宝|孩子|娃|小孩)(?:现在|今年)?(?:才|已经|刚)?(?:[0-9]+|[一二两三四五六七八九十]+)(?:岁半?|个(?:多)?月)(?:了|多)?|(?<![a-z])(?:he|she|they)(?:'s| is| are)? (?:just |nearly |almost )?\d+(?:\.\d+)? ?(?:months?|mo|years?|yrs?|y)(?: old)?)[\s,，。.!！]*$/i;

/** An acknowledgement before a follow-up ("ok and what should I watch for afterwards?", "好的 那要多久"): not its words. */
export const ACK = /^(?:(?:ok(?:ay)?|alright|right|got it|i see|thanks|thank you|cool|great|好的?|嗯+|哦+|噢+|行|明白了?|知道了|了解|谢谢)[,，.。!！~\s]+)+/i;

/** Whether a message leans on the question before it (see FOLLOW_UP), after any acknowledgement it opens with. */
export function followsUp(text: string): boolean {
  return FOLLOW_UP.test(text.replace(ACK, ''));
}

/**
 * A refusal with nothing refused named, at the end of the message ("what if he still refuses?", "and if she still won't?"):
 * what is refused is what was just answered about (the car seat, brushing), so the word names no topic of its own —
 * alone, "refuses" reads as refusing food (round 43, par43m).
 */
export const BARE_REFUSAL =
  /(?<![a-z])(?:refus(?:e|es|ed|ing)|won'?\s?t|will not|doesn'?t want to|says no|fights? it)(?:\s+(?:it|that|this|again|to|anymore|any more))?(?=\s*[?？.!。]*$)/i;
