import { withoutReason } from './reasonTold.ts';
import { readHealthSigns } from '../safety/healthSigns.ts';
import { toSimplified } from '../text/chineseScript.ts';
import { ARBITRATION } from './lexicon/index.ts';
import { prepareText } from './prepareText.ts';
import type { Slots, Understanding } from './types.ts';

const { bookingSignal: BOOKING_SIGNAL, availabilityAsk: AVAILABILITY_ASK, careAsk: CARE_ASK } = ARBITRATION;

/** Words about the situation that tell no health story by themselves (how long, a small one, cried at once). */
const CONTEXT_ONLY = new Set(['long_time', 'small', 'cried', 'hot_day', 'no_reading', 'teething', 'after_vaccine']);

/** A day that is a doctor's visit or a health check, not a day for care ("his 6 week check next Tuesday", "周二体检"). */
const MEDICAL_VISIT =
  /体检|儿保|复查|复诊|看医生|看病|就医|医院|急诊|门诊|儿科|诊所|挂号|卫生院|社康|(?<![a-z])(?:check-?ups?|\d+[- ]?(?:week|month) (?:check|review|appointment)|doctor'?s?|gp|hospital|a&e|clinic|paediatrician|pediatrician)(?![a-z])/i;

/**
 * A day that is a family event, not a day for care ("下個月二寶就要出生了 現在分房好嗎", "the baby is due next month",
 * "下周我要回去上班了 他一直粘着我怎么办"): a sibling's birth, going back to work, a move, starting kindergarten, weaning.
 */
const FAMILY_EVENT =
  /出生|要生|生(?:二胎|老二|二宝|妹妹|弟弟)|预产期|(?:回去|回|开始|重新)上班|复工|返工|产假|搬家|搬到|开学|上幼儿园|入园|断奶|(?<![a-z])(?:(?:is|are|was) (?:due|born)|due date|arrives?|arriving|new baby|(?:go|going|back|return(?:ing)?) (?:back )?to work|maternity leave|moving|move house|starts? (?:kindergarten|preschool|nursery))(?![a-z])/i;

/**
 * A family outing or trip that names a day and a place ("We're going to the beach at Zengcuo'an this weekend… can I use
 * sunscreen on him?", "周末带宝宝去鼓浪屿玩 要注意什么"): where the family is going, not where they want care.
 */
const OUTING =
  /去海边|去沙滩|海滩|出去玩|去.{1,6}玩|旅游|旅行|度假|坐飞机|坐船|出国|(?<![a-z])(?:beach|seaside|trip|travel\w*|holiday|vacation|flight|flying|fly|day out|outing|hiking)(?![a-z])/i;

/**
 * Another business's class or place told as what is near the family ("what age can babies start swimming lessons? there's a
 * baby swim place near us in Siming offering from 6 months", "小区旁边有个婴儿游泳馆 说6个月就能去"): the district is where that
 * place is, the setting of the question — not where the family wants our care (round 33, par31e leftover).
 */
const OTHER_PLACE_TOLD =
  /(?<![a-z])(?:there'?s|there is|they have|we have|we found|i found) (?:a |an |this |one )?(?:new )?(?:baby |infant |toddler |kids'? |children'?s )?(?:swim(?:ming)?|gym|music|dance|english|art|early[- ]learning|sensory|montessori) (?:place|school|class(?:es)?|centre|center|club|studio|pool|program(?:me)?)(?![a-z])|(?:婴儿|宝宝|儿童|亲子)?(?:游泳馆|游泳班|游泳池|早教中心|早教班|音乐班|英语班|感统中心)(?:说|就|也)?/;

/**
 * Starting care told as what is coming ("She starts daycare next month… how can I make the first days easier?", "下个月开始
 * 入托 他很粘人", "下个月送托班了 怎么让他适应", "she has her first session at a childcare point on Saturday… how do I make the
 * goodbye easier?" — a session already arranged, round 33): the day is when care starts, and the care word names the event, not care asked for.
 */
const STARTS_CARE =
  /(?:开始|要|快要|马上)?(?:入托|上托育|去托育|(?:送|上|去)(?:去)?托班)|(?<![a-z])(?:start(?:s|ing|ed)?|begin(?:s|ning)?|first (?:days?|weeks?) (?:at|of|in)) (?:at )?(?:a |the |her |his |their |our )?(?:new )?(?:daycare|day care|nursery|childcare|child care|kindergarten|preschool)(?![a-z])|(?<![a-z])(?:has|have|'s got|got|is having) (?:her|his|their|our|a|the) (?:very )?first (?:session|day|visit|trial|class|time)(?: (?:at|in) (?:a |the )?(?:(?:community )?(?:childcare|child care|daycare|day care|care) )?(?:points?|centres?|centers?|nursery|daycare))?(?![a-z])|第一次(?:去|上|送)(?:托育点|服务点|托班|托育|护幼点)/i;

/**
 * Blood seen (in a nappy, after a story before: "today there's a streak of blood in it too", "今天还有血丝"), the child's
 * behaviour or how they are dressed for sleep, told as the story of a question ("bite other kids in the
 * playground, 3 time this week… what I should do?", "at night baby wear 3 layer and thick bei zi, she sweat a lot… is it ok
 * so warm?"): the week or the night is when it happens, not a time for care. So is climbing out of the cot ("climbed out
 * of his cot twice this week… time for a toddler bed?") and what a grandparent let the child eat or drink ("laoye let my
 * 2yo drink his 可乐 at the weekend… is it a big deal?", round 41).
 */
const CHILD_STORY =
  /血丝|带血|有(?:点|一点|些)?血|(?<![a-z])(?:(?:a |some )?(?:streaks?|spots?|drops?|bits?|traces?|specks?|flecks?) of blood|blood in (?:it|there))(?![a-z])|咬(?:了)?(?:人|别人|别的|其他|小朋友|同学|回去)|打人|推人|抓人|出汗|流汗|盗汗|一身汗|穿(?:得)?(?:太|很|好)?(?:多|厚)|穿几件|盖(?:得)?(?:太|很)?厚|厚被子|爬出(?:了)?(?:小床|婴儿床|床)|(?:让|给)(?:他|她|孩子|宝宝|小孩)(?:喝|吃)了|(?<![a-z])(?:climb(?:s|ed|ing)? out of (?:his|her|their|the) (?:cot|crib|bed)|(?:let|lets|letting|gave|gives|giving|fed|feeds) (?:him|her|them|(?:my|our) [a-z0-9]+) (?:drink|eat|have|try|lick|taste)|bit(?:e|es|ing)|bitten|hitting|hits (?:other|kids|children|his|her)|sweat\w*|(?:\d|two|three|four) layers?|overheat\w*|too (?:hot|warm)|so (?:hot|warm)|(?:chuan )?duo chuan|chuan duo|bei ?zi|thick (?:blankets?|quilts?|duvets?))(?![a-z])/i;

/**
 * A food tried again after a reaction ("can i try egg again next week?", "下周能再给她吃虾吗"): when to offer it is the
 * question, not a week of places (round 52).
 */
const FOOD_AGAIN =
  /再(?:给(?:他|她|孩子|宝宝|娃))?(?:吃|喂|试)(?:一次|一下|一点)?(?:鸡蛋|蛋|花生|虾|鱼|牛奶|坚果|芝麻|小麦)|(?<![a-z])(?:try|trying|give|giving|offer|offering|reintroduce|introduce)(?: (?:her|him|them))? (?:some |the )?(?:eggs?|peanuts?|peanut butter|nuts?|shrimps?|prawns?|fish|cow'?s milk|dairy|wheat|sesame|soy)(?: again)?(?![a-z])/i;

/**
 * What to tell the carers, with the care already arranged ("she's going to the 托育点 this afternoon, what should i tell the
 * 老师?", "下午要送她去托育点 要跟老师说什么"): the going is told, the question is about the child — no places (round 52).
 */
const TELL_CARERS =
  /(?:跟|和|给|同|告诉)(?:托育点|服务点|托婴中心)?(?:的)?(?:老师|阿姨|保育员|保母|保姆|工作人员)[^，。,.!?！？]{0,6}(?:说|讲|交代|交待|提|注意|什么)|(?<![a-z])(?:(?:what|anything|something) (?:should|do|must|shall) (?:i|we) (?:tell|say to|mention to|let)|(?:tell|let|warn|inform) (?:the |her |his )?(?:teachers?|carers?|staff|ayi|老师|阿姨))/i;
const GOING_TO_CARE =
  /(?:要|会|得)?(?:去|送(?:她|他|孩子|宝宝)?(?:去)?)(?:托育点|托婴中心|托育中心|托育|服务点|护幼点|托班)|(?:(?<![a-z])is|'s|(?<![a-z])are|'re) going to (?:the |her |his )?(?:托育点|托婴中心|(?:childcare |care )?point|daycare|day care|nursery|childcare)/gi;

/**
 * An injury already treated, told with the day of the care ("a broken arm in a cast. Can she still come on Saturday?",
 * "骨折打了石膏 周六还能去吗", "缝了针"): whether the child may come then is the question, not that day's places (round 31).
 */
const TREATED_INJURY = /石膏|缝了?针|骨折|(?<![a-z])(?:in (?:a |her |his )?(?:cast|plaster|sling)|stitches|broken (?:arm|leg|wrist|ankle|bone))(?![a-z])/i;

function namesAPlace(s: Slots): boolean {
  return !!(s.district || s.neighbourhood || s.pointCode || s.kind || s.classTitle || s.wantsNearby);
}

/**
 * A health story that names a day or a part of day ("下午在外面玩了很久 臉紅紅的一直流汗", "today 去 beach 晒了一下午
 * skin 红红的", "can it wait until his 6 week check next Tuesday?") asks for no places: the day is when it happened or a
 * doctor's visit. Its search is dropped, so the triage or knowledge answer is the whole reply — unless the message asks
 * for places or care in so many words, or names a place or a kind of care to search.
 */
export function withoutHealthStorySearch(out: Understanding, text: string): Understanding {
  const searching = out.intent === 'find_slots' || (out.requests ?? []).some((q) => q.intent === 'find_slots');
  if (!searching) return out;
  // ("no no 是Mia, Leo那天要去体检": a check-up or a jab given as why a child or a day will not do is a reason, no story.)
  const told = prepareText(text);
  const t = (out.slots.correction ? withoutReason(told) : undefined) ?? told;
  const startsCare = STARTS_CARE.test(t);
  // The care that starts and another business's place are named, not asked for: their words ("place", "class") ask nothing.
  const tellCarers = TELL_CARERS.test(t);
  const asked = t
    .replace(new RegExp(STARTS_CARE.source, 'gi'), ' ')
    .replace(new RegExp(OTHER_PLACE_TOLD.source, 'gi'), ' ')
    .replace(tellCarers ? GOING_TO_CARE : /$^/, ' ');
  if (BOOKING_SIGNAL.test(asked) || AVAILABILITY_ASK.test(asked) || CARE_ASK.test(asked)) return out;
  const signs = [...readHealthSigns(toSimplified(text)).signs].filter((s) => !CONTEXT_ONLY.has(s));
  const otherPlace = OTHER_PLACE_TOLD.test(t);
  const outing = OUTING.test(t) || otherPlace;
  if (
    signs.length === 0 &&
    !MEDICAL_VISIT.test(t) &&
    !TREATED_INJURY.test(t) &&
    !FAMILY_EVENT.test(t) &&
    !startsCare &&
    !outing &&
    !CHILD_STORY.test(t) &&
    !tellCarers &&
    !FOOD_AGAIN.test(t)
  )
    return out;
  // On an outing the place named is where the family goes: its search is dropped too.
  const requests = (out.requests ?? []).filter((q) => !(q.intent === 'find_slots' && (outing || !namesAPlace(q.slots))));
  if (out.intent === 'find_slots' && namesAPlace(out.slots) && !outing) return out;
  const next: Understanding = { ...out, intent: 'knowledge', confidence: Math.min(out.confidence, 0.6) };
  delete next.requests;
  // Another business's place told after the question: the question alone is what is searched, not the place's story.
  if (requests.length > 1 || (otherPlace && requests.length === 1 && requests[0]!.intent === 'knowledge')) next.requests = requests;
  const first = requests[0];
  // Another request in the message (a cancel, a person) is what it asks; a question keeps the whole message's facts (the age).
  if (first && first.intent !== 'knowledge') {
    next.intent = first.intent;
    next.slots = first.slots;
  }
  return next;
}
