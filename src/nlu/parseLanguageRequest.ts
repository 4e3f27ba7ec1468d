import type { Lang } from './types.ts';

const ZH_WORD = '(?:中文|汉语|普通话|国语|简体|chinese|mandarin)';
const EN_WORD = '(?:英文|英语|english|eng)';
const ASK_ZH = '(?:说|讲|用|换成?|切换(?:成|到|为)?|改成?|改用|回复|回答|转成?|请用|能说|会说|会讲|能讲)';
const ASK_EN = '(?:speak|talk|reply|respond|answer|write|use|switch(?: back)? to|change to|in|can you (?:speak|do|use)|do you speak|only|prefer)';

/**
 * The language the parent asks the bot to use: "说中文", "english please",
 * "can you speak English", or a message that is just "中文"/"English".
 * "我看不懂英文" asks for Chinese; "I can't read Chinese" asks for English.
 */
export function parseLanguageRequest(text: string): Lang | undefined {
  const t = text.replace(/[\s.,!?。，！？~～、…]+/g, ' ').trim();
  // "老师会说英语吗", "do the staff speak english": asking about the people at the point.
  if (
    /(?:老师|阿姨|保育员|工作人员|员工|外教|孩子|宝宝|那边|他们|服务点|托育点)(?:们)?(?:都|也|只|平时)?(?:会不会|能不能|会|能|可以)?\s*(?:说|讲|用|speak|talk)/.test(
      t,
    ) ||
    // "你们那边的 staff 会讲英文吗", "teacher 能说 English 吗": the people named in English inside a Chinese question.
    /(?<![a-z])(?:staff|teachers?|carers?|caregivers?|nann(?:y|ies)|ayis?|workers?)\s*(?:们)?(?:都|也|只|平时)?(?:会不会|能不能|会|能|可以)\s*(?:说|讲)/.test(
      t,
    ) ||
    // "有没有会说 English 的老师": a carer who speaks it, asked for at the point.
    /(?:会|能)(?:说|讲)\s*\S{1,12}?\s*的\s*(?:老师|阿姨|保育员|工作人员|staff|teachers?|carers?)/.test(t) ||
    // "可以让她去接吗 她不会讲中文" (the helper who collects): what someone else cannot speak, told, not a request to the bot.
    /(?:她|他|她们|他们|菲佣|菲傭|外佣|保姆|阿姨|老人|奶奶|爷爷|外婆|外公|姥姥)(?:都|也|只|平时|完全)?(?:不会|不懂|听不懂|不太会|不大会|看不懂)\s*(?:说|讲|听|看)?/.test(
      t,
    ) ||
    /(?<![a-z])(?:staff|teachers?|carers?|caregivers?|anyone|someone|people|they|nannies|workers|employees)(?: there| at the (?:points?|centres?|centers?))?(?: only| all| also| really| actually| usually| mostly)? (?:speak|speaks|talk)(?![a-z])|english[- ]speaking/.test(
      t,
    ) ||
    // "My wife might need an interpreter", "服务点有人能translate吗": someone at the point to translate, asked for — the
    // bot's own language is not what is asked (round 31).
    /(?<![a-z])interpreters?(?![a-z])|翻译员|口译|(?:有人|有没有人|谁|anyone|someone|服务点|点上|那边|staff)\s*\S{0,8}?\s*(?:translate|interpret|翻译)/.test(t)
  )
    return undefined;
  // "在家跟他说英语好还是说普通话", "I speak English, my wife speaks Mandarin — will he be confused?", "家里讲 English 普通话
  // 还有闽南话": the languages a family speaks to the child are a parenting question, not a request to the bot. Taiwan and
  // Hong Kong families name them too: "阿公阿嬤講台語 … 爸爸有時候講英文", "屋企講廣東話 … 工人姐姐講英文", and Xiamen's
  // Minnan words for the grandparents, "阿嬷都讲闽南话" (round 35).
  if (
    /(?:跟|和|对|给)(?:他|她|孩子|宝宝|娃|小孩|儿子|女儿|宝贝)(?:们)?(?:都|只|多)?(?:说|讲)|在家(?:里)?.{0,8}(?:说|讲)|家里(?:都|只|平时|一直)?(?:说|讲)|(?:老公|老婆|爸爸|妈妈|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿公|阿嬷|阿嫲|阿妈|婆婆|公公|工人姐姐|菲佣|外佣|家里人|家人|保姆|阿姨)(?:都|只|平时|一直|跟他|跟她|有时候?|平常|主要)?(?:说|讲)|屋企.{0,8}(?:说|讲)|双语|两种语言|几种语言|学(?:英语|英文|中文|普通话)/.test(
      t,
    ) ||
    /(?<![a-z])(?:my (?:wife|husband|partner|mum|mom|dad|mother|father|parents|family|in-laws|ayi|nanny|helper)|grandma|grandpa|granny|grandparents|his (?:dad|mum|mom|father|mother)|her (?:dad|mum|mom|father|mother)|the (?:nanny|ayi)|we) (?:\w+ )?(?:speak|speaks|talk|talks)(?![a-z])|(?<![a-z])(?:(?:speak|speaks|talk|talks|use|uses)(?: [a-z]+){0,3} (?:at home|to (?:him|her|the baby|the kids?|my (?:son|daughter|baby|kid|child|toddler)))|bilingual|languages)(?![a-z])/.test(
      t,
    ) ||
    // "我们家 speak 中文和英文 会不会 confuse 他": the family named in Chinese, the verb in English (round 28).
    /(?:我们家|我家|家里|在家|我们|我跟|我和|爸爸|妈妈|老公|老婆)\s*(?:都|只|平时|一直|主要)?\s*(?:speak|speaks|talk|talks)(?![a-z])/.test(t) ||
    // "中文和英文 会不会 confuse 他", "Chinese and English, will she mix them up": two languages named together with a
    // worry about mixing them is the child's languages, not which one the bot should use.
    (new RegExp(`${ZH_WORD}\\s*(?:和|跟|与|加|and|\\+|&)\\s*${EN_WORD}|${EN_WORD}\\s*(?:和|跟|与|加|and|\\+|&)\\s*${ZH_WORD}`).test(t) &&
      /confus|mix|混|乱|迟|晚|delay|late/.test(t)) ||
    // "我们家 dad speaks English, mom 说中文": a family member named in English, then the language they speak, in either language.
    /(?<![a-z])(?:dad|daddy|papa|mum|mummy|mom|mommy|mama|husband|wife|grandma|grandpa|granny|nanny|ayi|helper)\s*(?:都|只|平时|一直|mostly|only|always)?\s*(?:说|讲|speaks?|talks?)(?![a-z])/.test(
      t,
    )
  )
    return undefined;
  // "还要不要叫外婆讲闽南话", "讓阿嬤少講台語好嗎": a grandparent or a carer told to speak a dialect or to stop, or a dialect
  // weighed beside Mandarin — the bot speaks no dialect, so this is the child's languages, never a request to the bot (round 50).
  if (
    /(?:让|叫|请|要|讓|請)(?:老人|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿公|阿嬷|阿嫲|阿嬤|婆婆|公公|老人家|阿姨|保姆|保母|长辈|長輩|家里人|家人)(?:们|們)?(?:都|也|只|少|多|别|別|不要|不|先)*(?:说|讲|講|說|用)/.test(
      t,
    ) ||
    /闽南话|閩南話|闽南语|閩南語|台语|台語|方言|家乡话|家鄉話|客家话|客家話|粤语|粵語|广东话|廣東話/.test(t)
  )
    return undefined;
  // "要不要先只说中文？", "should we only speak English for now?": weighing which language the family should use with
  // the child (a follow-up to a late-talking answer) — a request to the bot is an imperative ("说中文", "can you
  // speak English"), never "should we" (round 33).
  if (
    /(?<!你|您)(?:要不要|该不该|應不應該|应不应该|是不是(?:应该|應該|要)|需不需要)(?:先|暂时|暫時|只|都|就|改|多)*(?:只|都|先)?(?:跟他|跟她|对他|对她|和他|和她)?\s*(?:说|讲|講|說|用)(?!\S{0,6}(?:回复|回覆|回答|回我))/.test(
      t,
    ) ||
    /(?<![a-z])(?:should|shall|do) (?:we|i) (?:\w+ ){0,2}(?:speak|use|stick to|drop|stop)(?![a-z])/.test(t)
  )
    return undefined;
  // "she's filipino and doesn't speak chinese", "my helper only speaks English", "阿姨不会说中文": what someone
  // else speaks is a fact about that person (a helper dropping off, a grandparent), not a request to the bot,
  // which is always made in the first or second person.
  if (
    /(?<![a-z])(?:she|he|they|her|his|my (?:helper|nanny|ayi|maid|driver|mum|mom|mother|dad|father|mother[- ]in[- ]law|in-laws|parents|husband|wife|partner)|the (?:helper|nanny|ayi|maid|driver))(?:'s| is| are)?(?: \w+){0,2} (?:does(?:n'?t| not)|do(?:n'?t| not)|can(?:'?t|not)|won'?t|only|also|just)? ?(?:speaks?|talks?|understands?|knows?)(?: any| a word of| much| a little| some)? (?:chinese|mandarin|english|cantonese|hokkien)/.test(
      t,
    ) ||
    /(?:她|他|阿姨|保姆|菲佣|奶奶|爷爷|外婆|外公|婆婆|公公|老人|老婆|老公|太太|先生|妻子|丈夫|我妈|我爸)(?:们)?(?:是\S{1,6}的?)?(?:都|也|只|完全|一点)?(?:不会|不太会|听不懂|不懂|只会|会)(?:说|讲)/.test(
      t,
    ) ||
    // "when she answers me in english what do i say?", "他只用英语回答我": the language the child answers in (a
    // bilingual-family question), not the language the bot should reply in.
    /(?<![a-z])(?:she|he|they|(?:my|our) (?:son|daughter|child|kid|toddler|boy|girl|baby))(?:'s| is| are)? (?:\w+ ){0,2}(?:answers?|answering|replies|replying|responds?|responding|talks? back)(?: (?:to )?(?:me|us|back|everyone))? in (?:english|chinese|mandarin)/.test(
      t,
    ) ||
    /(?:她|他|孩子|宝宝|女儿|儿子|娃)(?:都|只|总是|老是|一直)?(?:用|拿|说)?(?:英语|英文|中文|普通话|国语)(?:回答|回我|回话|答)/.test(t)
  )
    return undefined;
  if (/(?:看不懂|不懂|不会|读不懂|听不懂)\s*英/.test(t) || new RegExp(`(?<![a-z])(?:can'?t|cannot|don'?t) (?:read|understand|speak) ${ZH_WORD}`).test(t)) {
    return /不懂|不会/.test(t) ? 'zh' : 'en';
  }
  if (new RegExp(`^(?:请|麻烦)?(?:用|说|讲)?${ZH_WORD}(?:吧|好吗|可以吗|谢谢|please|pls)?(?: ?please| ?pls)?$`).test(t)) return 'zh';
  if (new RegExp(`^(?:请|麻烦)?(?:用|说|讲)?${EN_WORD}(?:吧|好吗|可以吗|please|pls|plz)?(?: ?please| ?pls| ?plz| ?ok\\??)?$`).test(t)) return 'en';
  if (new RegExp(`${ASK_ZH}\\s*${ZH_WORD}`).test(t) || new RegExp(`(?<![a-z])${ASK_EN} ${ZH_WORD}(?![a-z])`).test(t)) return 'zh';
  if (new RegExp(`${ASK_ZH}\\s*${EN_WORD}`).test(t) || new RegExp(`(?<![a-z])${ASK_EN} ${EN_WORD}(?![a-z])`).test(t)) return 'en';
  if (new RegExp(`(?<![a-z])${EN_WORD} (?:please|pls|plz)(?![a-z])`).test(t)) return 'en';
  if (new RegExp(`(?<![a-z])${ZH_WORD} (?:please|pls|plz)(?![a-z])`).test(t)) return 'zh';
  return undefined;
}
