import { normalizeText } from '../nlu/normalizeText.ts';

/**
 * Prompt-injection and privilege-grabbing attempts ("ignore previous
 * instructions", "以管理员身份", "cancel all bookings of user 123"). Used to log
 * and to keep the offline agent from acting on them; authorization itself is
 * enforced by the services, never by this check.
 */
const PATTERNS: RegExp[] = [
  /(?<![a-z])(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)*(?:previous|prior|above|earlier|preceding|initial|original|system|safety)?\s*(?:instructions?|prompts?|rules|directions|guidelines|messages|context|restrictions)/,
  /(?<![a-z])(?:you are now|from now on you are|you're now|pretend (?:to be|you are)|act as (?:an? |the )?(?:admin|administrator|developer|system|root|dan|staff|operator|different)|roleplay as|simulate (?:an? )?(?:admin|developer))(?![a-z])/,
  /(?<![a-z])(?:system prompt|developer mode|dev mode|admin mode|god mode|jailbreak|do anything now|new instructions|reveal (?:your|the) (?:prompt|instructions|system)|(?:print|show|repeat|output) (?:your|the) (?:system )?(?:prompt|instructions)|sudo|as an? (?:admin|administrator))(?![a-z])/,
  /(?<![a-z])dan(?![a-z]).{0,20}(?:mode|prompt)/,
  /(?<![a-z])(?:cancel|delete|remove|show|list|export|dump)\s+(?:all|every|everyone'?s?|other (?:users?|parents?)'?s?)\s+(?:the\s+)?(?:bookings?|reservations?|users?|data|children|records|phone numbers?)/,
  /(?<![a-z])(?:of|for|from)\s+(?:user|parent|account|telegram)\s*(?:id\s*)?#?\d+/,
  /(?<![a-z])(?:user|parent)[ _]?id\s*[:=#]?\s*\d+/,
  /(?<![a-z])(?:user|parent|account)\s*#?\s*\d{3,}|(?:用户|家长|账号)\s*(?:id)?\s*#?\s*\d{3,}/,
  /<\|?(?:im_start|im_end|system|endoftext)\|?>|\[(?:system|inst)\]|###\s*(?:system|instruction)/,
  /drop\s+table|;\s*delete\s+from|union\s+select/,
  /(?:忽略|无视|忘记|忘掉)(?:掉)?(?:之前|以上|前面|上面|所有|你的|全部)?的?(?:所有)?(?:指令|指示|提示|规则|设定|要求|限制)|(?:之前|以上|前面|上面|所有)的?(?:指令|指示|提示|规则|设定).{0,6}(?:作废|失效|不算)/,
  /你现在是|从现在(?:开始|起)你是|假装你是|扮演(?:管理员|系统|开发者)|系统提示|提示词|以管理员(?:身份|权限)|管理员(?:模式|权限)|开发者模式|越狱|超级用户/,
  /(?:取消|删除|查看|导出|列出)(?:所有|全部|其他)(?:人|用户|家长)?的?(?:预约|订单|信息|数据|电话|孩子)|(?:用户|家长|账号)\s*(?:id)?\s*\d+\s*的/,
];

export function detectInjection(text: string): boolean {
  const t = normalizeText((text ?? '').slice(0, 4000));
  if (!t) return false;
  return PATTERNS.some((re) => re.test(t));
}
