/**
 * Whether or when the reminder before a booking comes, asked ("禮拜六約的那個 前一天晚上會提醒我嗎 幾點", "周日的会不会提醒",
 * "will you remind me the night before?"): a question about the reminder, answered — the booking it names is its setting,
 * not a day to search or book.
 */
const REMINDER_ASKED =
  /(?:会|能|有没有|会不会|能不能|可以)(?:提前|前一天|前一晚|事先)?(?:(?:发|给我发?)(?:个|条)?(?:短信|消息|通知)?)?提醒(?:我|我们|一下)?(?:吗|么|嘛|不|[?？])|提醒.{0,6}(?:几点|什么时候|啥时候|哪天)|(?:几点|什么时候|啥时候)(?:会)?(?:发)?提醒|(?<![a-z])(?:(?:will|do|does|would|can) (?:you|i|we|it|the (?:bot|assistant|app|point)) (?:get |send (?:me |us )?|give (?:me |us )?)?(?:an? )?remind(?:er|ers|s)?|when (?:is|does|will) (?:the )?reminder)(?![a-z])/;

export function asksAboutReminder(t: string): boolean {
  return REMINDER_ASKED.test(t);
}
