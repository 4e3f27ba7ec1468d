/**
 * A booking asked for a child of another family ("can I book a spot for my neighbour's little girl too?", "能不能帮邻居家的孩子也约一个",
 * "可以幫朋友的小孩預約嗎"): whether one parent may book for someone else's child is a question about the rules (each family books
 * its own children on its own account), answered — not a search run for the parent's own child.
 * Relatives who share the family (姐姐, 妹妹 are often the family's own children) are left out.
 */
const OTHER_FAMILY =
  /(?<![a-z])(?:for|book|register|sign up)\s+(?:my|our|a)\s+(?:neighbou?r|friend|colleague|co-?worker|coworker|classmate|cousin|niece|nephew)(?:'s|s'|s)?\s+(?:(?:little|baby|two[- ]year[- ]old|toddler)\s+)?(?:kid|kids|child|children|son|daughter|girl|boy|baby|toddler|little one)(?![a-z])|(?:帮|给|替|为)(?:我)?(?:的)?(?:邻居|朋友|同事|闺蜜|亲戚|同学|别人|其他家长|其他家)(?:家)?(?:的)?(?:孩子|小孩|宝宝|娃|女儿|儿子|小朋友)/;

/** Said as a request for another family's child ("for my neighbour's kid", "帮邻居家的孩子"), not a mention of one. */
export function asksForOtherFamilysChild(t: string): boolean {
  return OTHER_FAMILY.test(t);
}
