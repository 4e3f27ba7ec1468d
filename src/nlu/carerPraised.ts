import { GRIEVANCE } from './grievance.ts';

/**
 * A carer or a class praised, told ("江头那个点的林老师真的太好了 想谢谢她", "老師好用心", "Teacher Chen is amazing, please tell
 * her thanks"): a thank-you to answer warmly, with how the praise reaches the carer — never a search for the point or day
 * the story names ("today", "江头"), a booking ("现在抢着要去") or a complaint ticket.
 */
const CARER = String.raw`(?:老师|阿姨|保育员|保育老师|工作人员|(?<![a-z])(?:teachers?|carers?|caregivers?|ayi|auntie|aunty|staff|ms|mrs|miss|mr)(?![a-z]))`;
const ZH_PRAISE = String.raw`(?:真的|真|好|很|太|特别|超|非常|都|又)*(?:的)?(?:好|用心|耐心|细心|贴心|温柔|负责|有爱心|棒|专业|靠谱)(?![吗么嘛]|不)`;
const EN_PRAISE = String.raw`(?:is|was|were|are|has been|have been)\s+(?:so |really |just |absolutely |truly |such an? )*(?:amazing|wonderful|great|lovely|fantastic|brilliant|kind|patient|gentle|the best|incredible|awesome|a star|so good)`;

const PRAISED = new RegExp(
  [
    // "林老师真的太好了", "老師好用心", "阿姨们都很耐心"
    String.raw`${CARER}(?:们|她|他)?\s*(?:对(?:我们家?|我家|孩子|娃|宝宝|小孩|小朋友|我儿子|我女儿)(?:娃|孩子|宝宝|们)?)?${ZH_PRAISE}`,
    // "想谢谢她", "想感谢一下林老师", "帮我谢谢老师"
    String.raw`(?:想|要|帮我|替我|代我)(?:好好)?(?:谢谢|感谢|表扬|夸夸?)(?:一下)?(?:她|他|他们|她们|${CARER})`,
    // "Teacher Chen … is amazing", "the carers were so patient"
    String.raw`${CARER}(?:\s+[a-z]+)?[^.!?。！？]{0,40}?\b${EN_PRAISE}(?![a-z])`,
    // "please tell her thanks", "pass on our thanks", "say thank you to Ms Lin"
    String.raw`(?<![a-z])(?:tell (?:her|him|them|${CARER}[a-z ]{0,12}) (?:we said |i said )?(?:thanks|thank you)|pass on (?:our |my )?(?:thanks|thank you)|(?:say|send) (?:a )?(?:big )?(?:thanks|thank you) to (?:her|him|them|${CARER}))(?![a-z])`,
  ].join('|'),
  'iu',
);

/** Whether the message praises a carer or a class and is not also a grievance ("老师很好 但是另一个老师态度很差"). */
export function praisesCarer(t: string): boolean {
  return PRAISED.test(t) && !GRIEVANCE.test(t);
}
