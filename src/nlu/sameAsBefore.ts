/**
 * "同一个点同一个时间", "same place", "一樣的時間地點", "时间不变": the place or the time of a booking already talked
 * about, kept for the new one. Read once here (Simplified, normalized and lowercased text); the dialogue decides which
 * booking it means (one being moved, or the one just cancelled) — round 35.
 */
export function sameAsBefore(t: string): { samePlace?: true; sameTime?: true } {
  const both = BOTH.test(t);
  return { ...(both || SAME_PLACE.test(t) ? { samePlace: true } : {}), ...(both || SAME_TIME.test(t) ? { sameTime: true } : {}) };
}

const SAME_PLACE =
  /(?<![a-z])same (?:place|point|centre|center|location|spot|one)(?![a-z])|(?:一样|同一|同样|原来|还是)(?:的|个|那个)?(?:地方|点|服务点|那里|那边|那儿)|还是那(?:里|边|儿|个点)|(?:地方|地点)(?:一样|不变)/;

const SAME_TIME = /(?<![a-z])same (?:time|slot|session|hours?)(?![a-z])|(?:一样|同一|同样|原来)(?:的|个|那个)?(?:时间|时段|场次|钟点)|时间(?:一样|不变)/;

/**
 * Both at once: "一樣的時間地點", "same time and place", "时间地点都不变"; "一樣的地方跟時段" (place first); "跟这次一样的",
 * "和上次一样", "same as last time", "same as this Saturday" — a whole booking named as the model (round 50).
 */
const BOTH =
  /(?:跟|和|与|同)(?:这次|上次|上回|这回|这个|上一次|之前|以前|那次)(?:的)?(?:一样|一模一样|相同)|(?:一样|同一|同样|原来)(?:的|个)?(?:地方|地点)(?:和|跟|与|、)?(?:时间|时段)|(?<![a-z])same as (?:last time|before|last week|this time|the last one|this (?:saturday|sunday|weekend)(?:'s)?(?: one| booking)?)(?![a-z])|(?:一样|同一|同样|原来)(?:的|个)?(?:时间|时段)(?:和|跟|与|、)?(?:地点|地方)|(?:时间|时段)(?:和|跟|与|、)?(?:地点|地方)(?:都)?(?:一样|不变)|(?<![a-z])same (?:time and place|place and time|time & place|slot and place)(?![a-z])/;

/**
 * "same as this Saturday but for next Sunday", "跟这周六的一样 下周日": the day named as the model is not the day asked for
 * when another day is named too; blanked (same length, so spans still hold) for the date reading to try without it.
 */
export function blankModelDay(t: string): string {
  return t.replace(MODEL_DAY, (m) => ' '.repeat(m.length));
}

const MODEL_DAY =
  /(?<![a-z])same as (?:this|last) (?:saturday|sunday|weekend)(?:'s)?(?: one| booking)?(?![a-z])|(?:跟|和|同)(?:这|上)(?:周|礼拜|星期)[六日天](?:的|那个)?(?:一样|相同)/g;

/**
 * "Mia也要 跟Leo的一样", "Mia也要 same as Leo的那个", "book Mia same as Leo's": the registered child (with 的 or
 * "same as": "Mia跟Leo一样 也会咬人" compares the children) whose booking is the
 * model for the other child's (round 50). Read on the original words, names as registered.
 */
export function modelChild(original: string, names: readonly string[]): string | undefined {
  const t = original.toLowerCase();
  for (const name of names) {
    const n = name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const said = new RegExp(
      `(?:跟|和|同|與|与)\\s*${n}\\s*的\\s*(?:一样|一樣|那个一样|那個一樣|那个|那個|那场|那場)(?:的)?(?:那个|那個|那场|那場)?(?=$|[\\s,，。.!！~]|吧|啊|呀|哦)|(?<![a-z])same as\\s*${n}(?:'s|’s|的)?(?![a-z])`,
    );
    if (said.test(t)) return name;
  }
  return undefined;
}
