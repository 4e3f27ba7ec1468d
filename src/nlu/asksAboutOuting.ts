import { ARBITRATION } from './lexicon/index.ts';
import { CARE_NEAR_PLACE, outsidePlaceWords, touristPlace, WATER_OUTING } from './lexicon/outsidePlaces.ts';

/**
 * Whether a message that names a sight, a tourist spot or the ferry asks about taking the child there
 * ("周末带宝宝去鼓浪屿玩 要注意什么", "帶寶寶去曾厝垵要注意什麼", "taking my 1yo to Gulangyu on Saturday, anything to watch out
 * for?", "pram or carrier on the ferry?"): that is a parenting question (sun, heat, water, crowds, pram or carrier),
 * answered from the knowledge base — not a search near the place, and not the place itself. What is asked about the place
 * ("鼓浪屿船票怎么买", "景点几点开放", "what time is the last ferry back?", "how do I get to Gulangyu?") stays outside the
 * service, said honestly. Works on prepared text (Simplified, lowercased).
 */

/** Sights, tourist streets, the ferry and the outings the service does not run, as parents name them. */
const TOURIST_PLACE = new RegExp(outsidePlaceWords(touristPlace));

/**
 * Asked about the place itself: tickets, times, the way there, what to see or eat there. Wins over the child's care,
 * so "宝宝要不要买船票" and "is the ferry free for a 1 year old?" stay with the ferry company.
 */
const ABOUT_THE_PLACE =
  /票|几点(?:开|关|有|到|发|出发|开船|的船|回)?|开放时间|营业时间|开门|关门|末班|最后一班|头班|首班|班次|怎么(?:走|去|过去|坐车|买|预订)|路线|在哪|哪里有|好玩|推荐|攻略|排队多久|住宿|酒店|民宿|美食|餐厅|(?<![a-z])(?:tickets?|opening (?:hours|times)|opens?|closes?|what time|timetable|schedule|last (?:ferry|boat)|first (?:ferry|boat)|how (?:do|can|to|should) (?:i |we )?(?:get|go)|directions|where (?:is|are|can)|how much (?:is|are|does|do|for)|price|fares?|restaurants?|hotels?|things to (?:do|see)|worth (?:visiting|seeing)|recommend\w*)(?![a-z])/;

/** The child the outing is with ("带宝宝", "1yo", "our 10 month old"). */
const CHILD =
  /宝宝|孩子|娃|小孩|小朋友|婴儿|幼儿|宝贝|\d+\s*(?:个月|岁)|[一二两三四五六七八九十半]+(?:个月|岁)|(?<![a-z])(?:bb|baby|babies|toddlers?|kids?|child|children|son|daughter|infant|little one|\d+\s*(?:yo|y\/o|years? old|months? old|mo old|month-old|year-old))(?![a-z])/;

/**
 * What is asked about the child on the outing: what to watch, prepare or bring, the pram or carrier, sun, heat, safety —
 * and what the outing did to the child's skin ("海风把娃脸吹得又红又干 擦点啥好", "red rough cheeks from the wind on the
 * ferry, what kind of cream should I use?"): a parenting question that only names where it happened.
 */
const ABOUT_THE_CHILD =
  /擦(?:点|些)?(?:什么|啥)|涂(?:点|些)?(?:什么|啥)|抹(?:点|些)?(?:什么|啥)|(?:脸|脸蛋|脸颊|皮肤|嘴唇|嘴巴).{0,8}(?:红|干|皴|裂|起皮|脱皮|痒|疹)|(?<![a-z])(?:cream|lotion|ointment|moisturi[sz]\w*|balm|chapped|windburn\w*|(?:red|dry|rough|sore) (?:rough |dry |red )?(?:cheeks?|skin|lips|face))(?![a-z])|注意|准备|(?:要|得|需要|该)?带(?:些|点)?(?:什么|哪些)(?:东西)?|推车|婴儿车|背带|背巾|腰凳|防晒|晒|中暑|太热|热不热|冷不冷|安全吗|危险吗|适合|(?:能|可以|适不适合)(?:带)?(?:宝宝|孩子|娃|小孩|婴儿)?(?:去|坐|玩)(?:吗|么|不)|晕船|(?<![a-z])(?:watch out|look out|tips?|advice|careful|bring|pack|prams?|strollers?|buggy|carriers?|sling|sun|sunscreen|heat|hot|safe|suitable|ok for|okay for|seasick|nappies|diapers?|feeds?|feeding)(?![a-z])/;

/**
 * Something found on the child after the outing ("去植物园 hiking 回来 发现 scalp 上有一只 tick", "頭皮上有隻蜱蟲"): a first-aid
 * question that only names where it happened, even with no word for the child (round 33).
 */
const FOUND_ON_CHILD = /蜱|草爬子|(?<![a-z])(?:ticks?|tick bites?)(?![a-z])/;

/** Asked as a question ("…吗", "可以…", "is it ok to…", "can we…"), not told. */
const ASKED = /吗|么|嘛|[?？]|可以|能不能|(?<![a-z])(?:can|could|ok|okay|safe|should|is it|alright)(?![a-z])/;

/**
 * A day at the beach or the pool asked about ("明天还能带他去海边玩吗", "明天還可以去游泳嗎", "is it ok to take him swimming
 * tomorrow?"): whether the child may go — a parenting or health question (after a sting or a sunburn, that one), never a
 * search for sessions on the day it names.
 */
const asksAboutWaterOuting = (t: string): boolean => WATER_OUTING.test(t) && ASKED.test(t) && !LESSONS_OR_BOOKING.test(t);

/** Swimming lessons or a booking asked for ("can you book her swimming lessons for Saturday?"): a request outside the service, not the outing. */
const LESSONS_OR_BOOKING =
  /课|班|教练|报名|预约|约|订|(?<![a-z])(?:lessons?|class(?:es)?|coach\w*|instructors?|book\w*|sign (?:\w+ )?up|enrol\w*|register)(?![a-z])/;

/** A message naming a sight or the ferry that asks about the child on that outing, not about the place or care there. */
export function asksAboutOuting(t: string): boolean {
  return (
    (TOURIST_PLACE.test(t) || asksAboutWaterOuting(t)) &&
    ((CHILD.test(t) && ABOUT_THE_CHILD.test(t)) || FOUND_ON_CHILD.test(t) || asksAboutWaterOuting(t)) &&
    !ABOUT_THE_PLACE.test(t) &&
    !CARE_NEAR_PLACE.test(t) &&
    !ARBITRATION.availabilityAsk.test(t)
  );
}
