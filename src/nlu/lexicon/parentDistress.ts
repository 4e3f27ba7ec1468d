/**
 * A parent who is low or at the end of their tether, in their own words: worn out, crying, judging themselves,
 * angry with the child and sorry for it, low after the birth, alone with no help, wanting someone to talk to.
 * One list for every place that hears it: language understanding (told, not a search), the question step (not
 * care for the child) and the answer (a human tone, the parent-wellbeing document, the offer of a person).
 * Patterns read Simplified, lowercased text (prepareText, or normalizeText(toSimplified(…))).
 */
const DISTRESS_WORDS = new RegExp(
  [
    // Worn out, breaking down.
    '带到哭|想喘口气|让我喘口气|喘不过气|透不过气|崩溃|受不了|撑不住|撑不下去|熬不下去|熬不住|扛不住|顶不住|没办法了|无助|绝望',
    '好累|太累了|累死|累瘫|累垮|好辛苦|心累|快疯|要疯|逼疯|烦死|抓狂',
    // Crying, low, no joy; low after the birth.
    '想哭|每天都在哭|(?:每天|天天)都?(?:在|想)?哭|开心不起来|高兴不起来|提不起(?:兴趣|劲|精神)',
    '(?:心情|情绪|心态)(?:一直|总是|最近|都)?(?:很|好|特别|超|非常)?(?:低落|差|糟|不好)|低落|抑郁|忧郁',
    // Alone, with no help.
    '好孤单|好孤独|很孤单|很孤独|没(?:有)?人帮|(?:老公|家里|家人|婆婆|爸爸|他)(?:也|都|从来)?不(?:太|怎么)?帮(?:忙|我)(?!讲话|说话|说句话|讲句话|说两句|讲两句|出头|开口|去说|去讲)',
    // Judging themselves as a parent; nothing works.
    '坏妈妈|坏爸爸|(?:很|太|好|超|真|最)?(?:差|差劲|失败|没用|糟糕|不称职|不合格|无能)的(?:妈妈|妈|母亲|爸爸|爸|父亲|家长)',
    '不是(?:一个|个)?好(?:妈妈|爸爸|家长)|不配当(?:妈|爸)|当(?:妈|爸)(?:好|太|真)?失败|(?:怎么|做什么|干什么)做?都没用|什么都做不好|什么都没(?:做|带)好',
    // Disappointed in oneself, a failure ("对自己好失望", "觉得自己是个failure").
    '(?:对|对于)自己(?:很|好|特别|太|真|非常|有点|有些|挺|超)?失望|(?:自己|我)(?:就)?(?:是个?|像个?)\\s*(?:failure|loser|废物)',
    // Angry with the child and sorry for it.
    // (…by the parent: a carer shouting at the child, "老师对孩子大吼大叫", is a grievance about the point, not the parent's distress.)
    '(?<!(?:老师|阿姨|保育员|工作人员)(?:们)?)(?:冲|对|朝)(?:孩子|宝宝|小孩|娃|他|她|儿子|女儿)(?:大)?(?:吼|发火|发脾气|大吼大叫)|控制不住(?:自己|脾气|情绪)|内疚|愧疚|自责',
    // Wanting someone to talk to.
    '找(?:个)?人(?:说说话|说话|聊聊|聊天|倾诉)|(?:跟|和|陪)我(?:说说话|聊聊|聊一聊)|倾诉',
    '(?<![a-z])(?:' +
      [
        "wit'?s end|exhausted|can'?t cope|cannot cope|(?:not|barely) coping|can'?t take (?:it|this|much more)|can'?t do this",
        'losing my mind|at the end of my (?:rope|tether)|overwhelmed|breaking down|so tired|desperate|falling apart|burn(?:ed|t)? out',
        "(?<!(?:will|would|do|does|did|could|can|might|may|shall) )i (?:just )?lose it|i give up|i'?m (?:so |just |completely |totally |honestly )?done|(?:haven'?t|have not) slept (?:properly |well )?(?:in|for) (?:weeks|days|months)|(?:honestly |just |completely )?drowning|at (?:my )?breaking point|can'?t (?:go on|keep going)|can'?t think straight",
        'running on (?:empty|fumes|no sleep|\\d+ hours?)|cry(?:ing)? every day|(?:been )?crying (?:every day|all the time|non-?stop)',
        'feel(?:ing)? like a failure|(?:terrible|bad|awful|useless|horrible|hopeless|rubbish|failure as a) (?:mum|mom|mother|parent|dad|father)',
        "nothing i do (?:works|helps|is right)|i can'?t do anything right|hate myself|disappointed (?:in|with) myself|i'?m (?:such )?a failure",
        '(?:feel|feeling) (?:so |very |completely )?(?:alone|lonely|isolated|low|down|empty|numb)|depressed|post-?(?:partum|natal) depression|baby blues',
        'no help at (?:home|all)|no one (?:helps|to help)|nobody helps|no support',
        'los(?:e|ing|t) my temper|(?:scream|yell|shout|snapp?)(?:ing|ed)? at (?:my (?:kids?|child(?:ren)?|toddler|son|daughter|baby|boy|girl)|him|her|them)',
        'resent(?:ing)? (?:my|the|our|this) (?:baby|child|kid|son|daughter|toddler)',
        '(?:need|want) (?:someone|somebody|a person) to talk to|(?:just|only) (?:need|want) to talk',
      ].join('|') +
      ')(?![a-z])',
  ].join('|'),
  'i',
);

/**
 * A child who "cries to a breakdown" ("每次分开都哭到崩溃", "一离开playground就崩溃大哭", "不给手机就整个抓狂 在地上打滚", "宝宝天天哭",
 * "那第一周天天哭怎么办" after a question about starting 托班 — not "我上班第一周天天哭") is what the parent asks about, not how
 * the parent feels: those words say nothing about the parent ("哭到崩溃 我也快崩溃了" still does).
 */
const CHILD_CRYING =
  /哭(?:到|得|的)?(?:快要?)?崩溃|(?<!我|我也|我都|我就|我又|自己)崩溃(?:地|得)?大?哭(?:闹)?|(?<!我[^，。,.!?！？]{0,3})(?:抓狂|崩溃)(?=[^，。,.!?！？]{0,6}(?:打滚|大哭|尖叫|哭闹|躺(?:在)?地|摔东西))|(?:宝宝|孩子|小孩|娃|儿子|女儿|他|她)(?:最近)?(?:天天|每天)都?(?:在)?哭|(?<!我[^，。,.!?！？]{0,6})(?:第一周|头一周|第一个星期|头几天|前几天|送去|入托|上托班|送托)(?:以后|之后)?(?:都|就)?(?:天天|每天)都?(?:在)?哭/g;

/**
 * Someone else who has had enough ("吃得满地都是 … 奶奶受不了就直接喂了", "阿嬤看不下去就幫他穿"): a grandparent, the other
 * parent or a carer losing patience with the child's mess or slowness is part of what the parent asks about, not how
 * the parent feels ("奶奶受不了 我也快崩溃了" still does). So is the child who may not take something well ("有了妹妹 老大会不会
 *接受不了", "新阿姨来了 我怕他接受不了天天哭", round 54): a worry about the child, not the parent at the end of her tether (round 50).
 */
const OTHERS_FED_UP =
  /(?:奶奶|婆婆|爷爷|公公|外婆|外公|姥姥|姥爷|阿嬷|阿公|阿妈|老人家?|长辈|老公|孩子(?:他|她)?爸|他爸|阿姨|保姆|月嫂|老师)(?:都|也|就|实在|真的|有点|每次)?(?:受不了|看不下去|没耐心|忍不住)|(?:他|她|老大|大宝|孩子|宝宝|哥哥|姐姐)(?:会不会|会|能不能|可能|怕)?(?:接受不了|受不了)(?:(?:天天|每天)都?(?:在)?哭(?:闹)?)?(?=[^，。,.!?！？我]{0,4}(?:$|[，。,.!?！？\s]|吗|吧|啊|呢))/g;

/** Whether the (prepared) text sounds like a parent low or at the end of their tether. */
export const PARENT_DISTRESS = {
  test: (t: string): boolean => DISTRESS_WORDS.test(t.replace(CHILD_CRYING, ' ').replace(OTHERS_FED_UP, ' ')),
};

const DISTRESS_ALL = new RegExp(DISTRESS_WORDS.source, 'gi');
/** The (prepared) text with the parent's distress words set aside: what is left is what they ask about ("晚上每两小时醒一次 … 有什么方法吗"). */
export function withoutDistress(t: string): string {
  return t.replace(DISTRESS_ALL, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Low after the birth: the time since the birth told together with distress ("生完孩子三个月了 每天都想哭 … 失败的妈妈",
 * "since the baby was born I cry every day"). Weeks of it may be postnatal depression, which a doctor treats: the answer is
 * the section on it, not only the one on a hard day (SERVED-WELL: a parent's own health is answered with where to get help).
 */
const AFTER_BIRTH =
  /产后|生完(?:孩子|宝宝|小孩|娃|老二|二胎)?(?:以后|之后|后)?|生了(?:孩子|宝宝|娃)(?:以后|之后)|坐月子|出月子|(?<![a-z])(?:postnatal|postpartum|post-natal|post-partum|since (?:the|my) baby (?:was born|arrived|came)|since (?:i )?gave birth|after (?:giving )?birth|after (?:the|my) (?:birth|delivery|baby was born))(?![a-z])/i;
/**
 * A confinement custom asked about ("婆婆說坐月子一個月都不能洗頭洗澡 … 我真的受不了 可以洗嗎"): the distress is with the rule,
 * and the answer is the custom's own section (with the human tone), not postnatal depression.
 */
const CONFINEMENT_CUSTOM_ASKED =
  /(?:坐月子|月子里|月子期间|月子中心)[^。！？!?]{0,30}(?:洗头|洗澡|洗头发|淋浴|吹风|吹头发|刷牙|开空调|空调|冷气|电风扇|出门|下床|吃水果|喝凉水|喝冷水|碰冷水)|(?:洗头|洗澡|淋浴|刷牙|开空调|出门)[^。！？!?]{0,20}(?:坐月子|月子里)/;
export const POSTNATAL_LOW = {
  test: (t: string): boolean => AFTER_BIRTH.test(t) && PARENT_DISTRESS.test(t) && !CONFINEMENT_CUSTOM_ASKED.test(t),
};
