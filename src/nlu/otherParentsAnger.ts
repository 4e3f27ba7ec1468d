import { GRIEVANCE } from './grievance.ts';

/**
 * Another family's anger, told about the parent's own child ("daycare told me my 18 month old bit another kid AGAIN
 * today … the other mum is furious. how do I stop it", "his dad complained to the teacher, he's really angry with us",
 * "被咬小朋友的妈妈很生气 我该怎么办"; round 32: "在 nursery 经常咬人，老师投诉了" — the teacher's complaint about the child): the anger is the other parent's, at this family, and what is asked is how to stop
 * the child biting or hitting — a parenting question, not a complaint about our points, staff or this assistant.
 *
 * Texts are prepared (Simplified, lowercase).
 */
const OTHER_PARENT_EN =
  "(?:(?:the other|another|other|that|the) (?:(?:kid|child|boy|girl|baby|toddler)(?:'s|s'|s) )?|(?:the (?:kid|child|boy|girl|baby|toddler)(?:'s|s') )|(?:his|her|their) )(?:mum|mom|mother|dad|father|parents?|family|grandma|grandmother|grandpa|nanny|ayi)";
const ANGER_EN = '(?:furious|angry|mad|upset|livid|fuming|complain(?:ed|ing|s|ts?)?|made a complaint|yell(?:ed|ing)|shout(?:ed|ing)|not happy)';
const OTHER_ANGER_EN = new RegExp(
  `(?<![a-z])${OTHER_PARENT_EN}(?:'s| is| was| are| were| got| gets| has been| have been)?(?: [a-z']+){0,3} ${ANGER_EN}(?![a-z])`,
);
const OTHER_ANGER_ZH =
  /(?:对方|别人|人家|那个小朋友的?|那个孩子的?|被(?:咬|打|推|抓)的?(?:那个)?(?:小朋友|孩子|宝宝)的?)(?:的)?(?:家长|妈妈|爸爸|父母|奶奶|外婆|爷爷)[^。！？!?]{0,10}(?:生气|不高兴|不满|投诉|发火|火大|找我|找老师|告状)|(?<!投诉|向|找|跟)(?:老师|园长)(?:都|又|已经|来|跟我|向我|找我)?(?:投诉|告状)(?!老师|园长)/;

/** The child's own behaviour that another family is angry about. */
const CHILD_BEHAVIOUR =
  /(?<![a-z])(?:bit|bites|biting|bite|hit|hits|hitting|push(?:es|ed|ing)?|scratch(?:es|ed|ing)?|snatch(?:es|ed|ing)?|kick(?:s|ed|ing)?|pull(?:s|ed|ing)? (?:hair|his hair|her hair))(?![a-z])|咬人|咬了|咬别|打人|打了别|推人|推了别|抓人|抓了别|抢/;

/** Our own service named: then the anger may still be about us. */
const OUR_SERVICE =
  /你们|您们|托育点|服务点|护幼|爱邻|预约|(?<![a-z])(?:you guys|your (?:staff|point|carers?|teachers?|service)|the point|childcare point|booking|booked|session)(?![a-z])/;

/** Whether the prepared text tells another parent's anger at this family's child, and no grievance of its own. */
export function tellsOtherParentsAnger(t: string): boolean {
  if (!(OTHER_ANGER_EN.test(t) || OTHER_ANGER_ZH.test(t)) || OUR_SERVICE.test(t)) return false;
  // The sentences that tell the other parent's anger set aside, nothing angry is left: the parent's own words ask for help.
  const rest = t
    .split(/(?<=[.!?。！？\n])/)
    .filter((s) => !(OTHER_ANGER_EN.test(s) || OTHER_ANGER_ZH.test(s)))
    .join(' ');
  // (A message is read in parts: "… bit another kid AGAIN today." / "the other mum is furious." / "how do I stop it" — the
  // part that is only the other parent's anger names no biting of its own, and no grievance of this parent's either.)
  return !GRIEVANCE.test(rest) && (CHILD_BEHAVIOUR.test(t) || rest.replace(/[\s.,!?。，！？]/g, '').length === 0);
}
