/**
 * "I booked the wrong day", "约错日子了", "訂錯時間", "我們禮拜六那個預約 地點弄錯了" (read on prepared text): a booking
 * already made, said to be wrong.
 */
export const BOOKED_WRONG =
  /(?:预约|预订|booking|约的|订的)[^，,。]{0,10}?(?:地点|地方|日子|日期|时间|时段)(?:弄|搞|选|写|填|约|订)?错|(?:约|订|预约|选|报)错(?:了|日子|时间|天|地方|点|场)|(?:日子|时间|天|地方)(?:约|订|选)错|(?<![a-z])(?:booked|reserved|picked|chose|put (?:her|him|us|them) (?:in|down) for) (?:(?:her|him|it|us|them) )?(?:(?:for|on|in) )?the wrong (?:day|date|time|session|one|place|point|slot)(?![a-z])|(?<![a-z])wrong (?:day|date) (?:booked|for (?:the|my|our|her|his) booking)(?![a-z])/;
