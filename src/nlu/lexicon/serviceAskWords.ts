/**
 * The words that tell a question about the service from a parenting question that mentions it. A parent who writes
 * "宝宝鸡蛋过敏 托育点的点心怎么办", "孩子还在用安抚奶嘴 可以带去吗" or "Can the carers give him his inhaler?" names a
 * parenting topic, but asks what the point does, allows or needs; "托育点的老师说他咬人 在家怎么教" names the point but
 * asks what to do at home. Patterns read Simplified, lowercased text (normalizeText(toSimplified(…))).
 */

/** The point, its carers, a session, drop-off and collection, a booking: the service named. */
export const SERVICE_NAMED = new RegExp(
  [
    // A point, by name or as "your place" ("你们点里", "那边会给吃的吗"), or as "that point" ("殿前那个点有空调吗", "每个点都
    // 有监控吗"; not "那个点心", "这个点钟").
    '托育点|服务点|爱邻|护幼|点里|点上|你们(?:点|那边|那里|这边|这里)|托育|托班|托管',
    '(?:那|这|哪|每|各)(?:一)?个(?:服务)?点(?![心钟头数子])',
    // A session or a kind of care or class.
    // (A booking at a point, not one with a clinic: "明天约了打疫苗 还能打吗" is the jab.)
    '半日托|临时托|体验课|亲子课|亲子活动|感统课|感统训练|绘本课|大运动课|音乐(?:社交)?课|上课|场次',
    '(?:预约|约了|约的)(?!.{0,6}(?:打疫苗|疫苗|打针|接种|体检|医生|门诊|儿保|看病|牙医))',
    // Handing the child over and collecting: "送托", "送过去", "去托的时候", "接孩子".
    '送托|送去|送过去|送到|去托|入托|接孩子|接送',
    // The carers, asked what they do ("老师会帮忙换吗", "保育员能喂药吗").
    '保育(?:人员|员|老师)|(?:老师|阿姨)(?:们)?(?:会|能|可以|能不能|可不可以|会不会|肯|愿意|帮|给)',
    '(?<![a-z])(?:' +
      [
        // ("at what point should I worry", "the point is" are no childcare point; "daycare or a nanny?", "the nursery says"
        // are care in general or another place.)
        '(?:the|your|our|that|this) (?:childcare )?point(?! (?:of|where|when|is|was))|points|childcare points?',
        'carers?|caregivers?|the staff|staff|teachers?',
        'sessions?|half[- ]day|temporary care|trial class(?:es)?|(?:music|sensory|gross motor|picture[- ]book) class(?:es)?|class(?:es)?',
        'drop[- ]?off|pick[- ]?up|collection|booking|booked',
        // Coming on a care day, asked after an illness or a jab ("She had a fever on Thursday night but it's gone now. Can she
        // still come on Saturday?"): whether the child may come to the point that day (round 38; not "go to the beach").
        // (The day may already be cut from the question searched: "Can she still come ?".)
        '(?:can|could|may|should) (?:she|he|they|my \\w+|our \\w+|the baby|the child) (?:still (?:come|attend)|(?:still )?(?:come|go|attend)(?: in)? (?:on |this |next )?(?:saturday|sunday|sat|sun|the weekend|weekend|tomorrow)|still go(?= ?[?.!]|$))',
        // Another adult taking the child there or collecting ("Our ayi will bring him on Saturday and pick him up, is that allowed?").
        "(?:ayi|nanny|helper|maid|babysitter|au pair|grandma|grandpa|grandparents?|granny|driver|neighbou?r)'?s? (?:[a-z']+ ){0,6}(?:pick (?:him|her|them) up|drop (?:him|her|them) off|collect (?:him|her|them)|bring (?:him|her|them) (?:in|over|there|on|to))",
        // "Do they change nappies?", "will they give her snacks?": the people at the point, asked what they do.
        '(?:do|will|can|would|could) (?:they|you) (?:\\w+ )?(?:change|give|feed|help|put|let|allow|provide|serve|settle|rock|hold|comfort|warm|heat|store|keep|apply|use|administer|take care)',
      ].join('|') +
      ')(?![a-z])',
  ].join('|'),
  'i',
);

/**
 * A parenting question that only mentions the point: asked about home ("在家怎么教", "what can we play at home"), about
 * how the child is since care began ("回家总是黏人", "since he started … clingy at home"), or told by the carers
 * ("老师说他咬人", "the carers told me she won't drink from a cup"): the parenting answer serves it.
 */
export const PARENTING_FRAME = new RegExp(
  [
    // Asked about home: what to do, teach, play or practise there.
    '(?:在家|家里|回家)(?:里)?(?:我)?(?:要|该|应该|可以|能|怎么|怎样|如何|多|给|跟|和|练|教|玩|做|帮|陪|让|哄)',
    '(?:在家|家里)(?:的时候)?(?:要|该)?(?:怎么|怎样|如何)',
    // How the child is at home since care began.
    '回(?:到)?家(?:以后|之后|后)?(?:就|总|老|一直|都|变得)|回来(?:以后|之后|后)?(?:就|总|老|一直|都|变得)',
    // Asked how the parent teaches or guides the child ("在托育点咬了别的小朋友 怎么教他不咬人").
    '(?:怎么|怎样|如何|该怎么|要怎么)(?:教|引导|纠正|改掉|让(?:他|她|孩子|宝宝|娃)|帮(?:他|她|孩子|宝宝|娃))',
    // Told by the carers.
    '(?:老师|阿姨|保育员|保育人员)(?:跟我|和我|对我)?(?:说|讲|反映|反馈|提醒)(?:他|她|孩子|宝宝|我家|小孩|娃|说)',
    '(?<![a-z])(?:' +
      [
        '(?:at|back) home',
        'since (?:he|she|they) (?:started|began)',
        'how (?:do|can|should) (?:i|we) (?:teach|stop|get|help|encourage) (?:him|her|them)',
        '(?:carers?|teachers?|staff|caregivers?) (?:at the point |there )?(?:said|told|say|says|mentioned|noticed)',
      ].join('|') +
      ')(?![a-z])',
  ].join('|'),
  'i',
);

/**
 * Something asked at all: a question mark or a question word (a parent telling, not asking, is not asking a rule). A-not-A
 * questions ("有没有停车位啊", "空调开不开") are askingWords.ts's.
 */
export const ASKED =
  /[?？吗呢么嘛]|能不能|可不可以|可以|会不会|要不要|需不需要|怎么|怎样|如何|什么|啥|哪|谁|(?<![a-z])(?:can|could|do|does|will|would|should|is|are|may|what|how|who|which|where|when)(?![a-z])/i;
