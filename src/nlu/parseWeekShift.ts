/**
 * "the week after", "推迟一周", "往后推一周", "再下一周", "改成下周同一时间": the same days one week later than the days being
 * looked at — relative to the search under way, not to today, so no date can be read from the words alone (the search
 * merge moves the days searched: conversation/search/mergeSearch.ts). Weeks counted: 1 or 2.
 */
const LATER_WEEK =
  /(?:推迟|推后|延后|延迟|往后推|往后挪|往后延|晚|再往后|顺延)\s*(一|1|两|2)\s*(?:个)?(?:周|星期|礼拜)|再下(?:一)?(?:个)?(?:周|星期|礼拜)(?![一二三四五六日天末])|(?:下|next)\s*(?:个)?(?:周|星期|礼拜|week)(?![一二三四五六日天末])[^，,。]{0,4}?(?:同一|一样的?|same)\s*(?:个)?(?:时间|时段|time)|(?<![a-z])(?:the week after(?: that)?|the following week|(?:push|move|put) it (?:back |on )?(?:by )?(a|one|two) weeks?|(?:a|one) week after)(?![a-z])/;

/** "same day", "同一天", "也是周日那天": the weekday of the day being looked at, kept while the week named changes. */
const SAME_WEEKDAY =
  /(?<![a-z])(?:(?:the )?same (?:day|weekday|day of the week)|(?:that|the) same day)(?![a-z])|同一天|同一个?(?:周几|星期几|礼拜几)|一样的?(?:那天|日子)|同(?:样|一)(?:那天|的日子)/;

export function keepsWeekday(t: string): boolean {
  return SAME_WEEKDAY.test(t);
}

export function parseWeekShift(t: string): number | undefined {
  const m = LATER_WEEK.exec(t);
  if (!m) return undefined;
  const n = m[1] ?? m[2];
  return n === '两' || n === '2' || n === 'two' ? 2 : 1;
}
