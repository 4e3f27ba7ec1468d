/**
 * How to stop the children fighting, asked beside an incident told in the same message ("姐姐把弟弟手咬了 有点破皮 她俩一天到晚
 * 抢东西打架 怎么让她们别打了", "he bit his sister… How do I get them to stop fighting?"): the incident is triaged first, and
 * this is the second question the parent asked — the clause that asks it, to be answered after the first aid.
 */
const FIGHTING_ASKED =
  /(?:怎么|怎样|如何|咋)(?:才能|样才能|办才能)?(?:让|叫|教|劝)?(?:他们|她们|他俩|她俩|俩|两个|兄弟|姐弟|兄妹|姐妹|孩子们|两个孩子)?(?:俩)?(?:才)?(?:能)?(?:别|不|不要|少)(?:再)?(?:打架|打了|打|抢|吵架|吵|咬)|(?:打架|抢玩具|抢东西)(?:怎么办|咋办|怎么弄|怎么处理)|(?<![a-z])(?:(?:how|what) (?:do|can|should) (?:i|we) (?:do to )?(?:get|make|stop|help|teach) (?:them|the (?:kids|boys|girls|twins|siblings)|my (?:kids|boys|girls|twins))(?: to)? (?:stop |not |quit )?(?:fight|bite|hit|squabbl|grab|share|get along)\w*|stop (?:them|the (?:kids|boys|girls|twins)) (?:from )?(?:fighting|biting|hitting))(?![a-z])/i;

/** The fighting told. */
const FIGHT_TOLD = /打架|抢|吵架|(?<![a-z])(?:fight\w*|grab\w*|squabbl\w*)(?![a-z])/i;
/** The incident itself, answered by the first aid already. */
const HURT_TOLD = /咬|破皮|出血|流血|牙印|(?<![a-z])(?:bit|bitten|bleed\w*|blood|mark)(?![a-z])/i;

/** Splits a message into its clauses: sentence ends and, in Chinese, the spaces parents type instead of commas. */
const CLAUSE_END = /(?<=[。？?！!.])\s*|[，,；;]\s*|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/**
 * The words to look the fighting question up with, best first: what is told of the fighting with the question that asks
 * about it, then what is told alone (the asking clause alone, "怎么让她们别打了", finds any "don't hit" section). Empty when
 * the message asks no such thing.
 */
export function behaviourAskedBesides(text: string): string[] {
  if (!FIGHTING_ASKED.test(text)) return [];
  const clauses = text
    .split(CLAUSE_END)
    .map((c) => c.trim())
    .filter(Boolean);
  const i = clauses.findIndex((c) => FIGHTING_ASKED.test(c));
  if (i < 0) return [];
  // (The clauses that tell what they fight over — "天天抢玩具", "They fight over toys constantly" — are part of what is asked.)
  const told = clauses.filter((c, j) => j !== i && FIGHT_TOLD.test(c) && !HURT_TOLD.test(c));
  const both = [...told, clauses[i]].join(' ').trim();
  return told.length ? [both, told.join(' ')] : [both];
}
