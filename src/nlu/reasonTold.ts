/**
 * Why a day or part of day will not do, told beside the request that changes it: "礼拜天他上午要睡觉 下午才行",
 * "oh no, I booked the wrong time - he naps in the mornings. can you switch it to the afternoon?". The child's nap, a
 * class, a jab or a check-up is the reason for the change, not a question about naps or vaccines (round 50). Read on
 * prepared text (Simplified, lowercased); `segmentFamilies.ts` holds the same words for a reason told after a request in a
 * part of its own.
 */
const ZH_REASON =
  /(?:他|她|宝宝|孩子|娃|哥哥|姐姐|弟弟|妹妹|我们|[a-z]+)?\s*(?:那天|那天上午|那天下午|早上|上午|早晨|下午|中午)?\s*(?:他|她|宝宝|孩子|娃)?\s*(?:要|得|还要|还得|也要|会)(?:去)?(?:睡(?:午)?觉|午睡|补觉|上课|上早教|打(?:预防)?针|打疫苗|体检)/g;

export const EN_REASON =
  /(?<![a-z])(?:he|she|they|the baby|(?:my|our) (?:son|daughter|baby|boy|girl))\s+(?:usually |always |still )?(?:naps?|sleeps?|has (?:a |her |his |their )?(?:nap|class|lesson|swimming|jabs|shots|vaccinations?|check-?up)s?)\s+(?:in the |every |on |during the )?(?:mornings?|afternoons?)(?![a-z])/g;

/** The prepared text with every reason told set aside, or undefined when it tells none. */
export function withoutReason(t: string): string | undefined {
  const rest = t.replace(ZH_REASON, ' ').replace(EN_REASON, ' ');
  return rest === t ? undefined : rest.replace(/\s+/g, ' ').trim();
}
