/**
 * A skill the child has not reached yet, told with a class ("1岁2个月了还不会走路 能上大运动课吗", "He's 14 months and not
 * walking yet. Can he still join the gross motor class?"): whether the class suits a child at that stage is what is
 * asked — the class section answers (play at each child's level) — not which points take that age. Read on prepared
 * text (Simplified, lowercase).
 */
const NOT_YET_ABLE_ZH = /(?:还|都)?(?:不会|没学会|还没会|不太会)(?:自己)?(?:走路|走|独走|说话|讲话|坐|爬|站)|走(?:得|路)?不稳/;
const NOT_YET_ABLE_EN =
  /(?<![a-z])(?:not (?:yet )?(?:walking|talking|crawling|sitting|standing)|(?:can'?t|cannot|doesn'?t|does not|isn'?t able to|is not able to) (?:yet )?(?:walk|talk|crawl|sit up|sit|stand)|only crawls?|still crawling)(?![a-z])/;

export function tellsSkillNotYetReached(t: string): boolean {
  return NOT_YET_ABLE_ZH.test(t) || NOT_YET_ABLE_EN.test(t);
}
