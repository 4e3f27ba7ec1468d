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

/** Both at once: "一樣的時間地點", "same time and place", "时间地点都不变". */
const BOTH =
  /(?:一样|同一|同样|原来)(?:的|个)?(?:时间|时段)(?:和|跟|与|、)?(?:地点|地方)|(?:时间|时段)(?:和|跟|与|、)?(?:地点|地方)(?:都)?(?:一样|不变)|(?<![a-z])same (?:time and place|place and time|time & place|slot and place)(?![a-z])/;
