/**
 * Requests that use the service's words (a day, "约", "book", "阿姨", "room") but ask for something the points do
 * not offer parents: a job there, a party or event held there, their rooms for hire, a tour of the city. They are
 * not searches ("你们周六招不招兼职的阿姨" is not a Saturday search) and no knowledge passage answers them; staff can.
 *
 * Each pattern needs the words that make it about the point's side of things ("招…阿姨", "租…场地", "host a party"),
 * so a parent who mentions their own job, a party they are going to or a trip ("周六我要上班", "we're going to a
 * birthday party on Saturday, can I book care?") is still searching.
 */
export type OutsideRequest = 'work' | 'event' | 'venue' | 'visit' | 'tour' | 'medical' | 'school' | 'lessons' | 'nanny' | 'insurance' | 'unborn' | 'facility';

const RULES: Array<[OutsideRequest, RegExp]> = [
  [
    'work',
    /招(?:不招|没招|人不)?(?:托育|幼教|早教|育儿)?(?:聘|募|人|工|员工|兼职|全职|阿姨|老师|保育员|育婴员|育婴师|保育老师|保育师)|应聘|应征|征(?:人|才|聘)|求职|找工作(?!人员)|(?:缺不缺|缺|要不要|需不需要)(?:人手|阿姨|保育员|育婴员|保育老师|兼职|员工)|(?:去|来|到|在)(?:你们|贵)(?:那边?|这边?|那里|这里|点|服务点|机构|单位)?(?:上班|工作|兼职|应聘|当(?:老师|阿姨|保育员))|(?:兼职|全职)的?(?:工作|岗位|职位)|(?:做|当)(?:志愿者|义工)|(?<![a-z])(?:hiring|recruiting)(?![a-z])\s*(?:兼职|全职|阿姨|老师|保育员|人|吗)|(?<![a-z])(?:(?:are|is) (?:you|the point|the centre|the center|your (?:point|centre|center)s?) (?:still )?(?:hiring|recruiting)|hiring (?:any |new |more )?(?:carers?|caregivers?|staff|teachers?|nannies|nanny|ayis?|helpers?|workers?|part[- ]timers?|volunteers?)|recruit(?:ing)? (?:carers?|caregivers?|staff|teachers?|nannies)|job (?:openings?|vacanc\w+|opportunit\w+|applications?)|apply (?:for|to) (?:a |the )?(?:job|position|role)|(?:work|working) (?:for|at) (?:you|your (?:point|centre|center)s?)|(?:part|full)[- ]time (?:jobs?|work|positions?|roles?)|(?:vacanc(?:y|ies)|openings?|positions?) for (?:a |an |any )?(?:teachers?|carers?|caregivers?|staff|nann(?:y|ies)|ayis?|helpers?|workers?)|volunteer(?:ing)? (?:at|with|for) (?:you|your)|be a volunteer|(?:like|want|love|hoping|keen|able) to volunteer|can (?:i|we) volunteer|volunteering (?:opportunit\w+|roles?))(?![a-z])/,
  ],
  [
    'event',
    /(?:办|开|搞|举办|举行|过)(?:个|一个|一场|场)?(?:小小?的|小型的?)?(?:生日会|生日派对|生日趴|派对|party|聚会|宴会)|在(?:你们|点里|点上|服务点|托育点)(?:的?(?:点|服务点|那边?|这边?|那里|这里))?.{0,10}(?:生日会|派对|party|聚会|办活动|搞活动|过生日|庆生)|(?<![a-z])(?:(?:host|hold|throw|have|organi[sz]e|celebrate) (?:a |an |the |our |my |his |her )?(?:\w+'s |\w+ )?(?:birthday )?(?:party|parties|event|gathering|celebration)s? (?:at|in) (?:the |your |one of your )?(?:points?|centres?|centers?|rooms?|space|venue|place)|celebrate (?:\w+'s |his |her |my \w+'s |our \w+'s )?birthday (?:at|in) (?:the |your |one of your )?(?:points?|centres?|centers?)|(?:book|use|rent|hire) (?:the |your |a )?(?:room|space|venue|hall)(?: (?:at|in) [a-z' ]{1,24}?)? for (?:a |an |the |our |my |his |her )?(?:\w+'s )?(?:birthday|party|event|celebration))(?![a-z])/,
  ],
  [
    'venue',
    /(?:租|借|包)(?:用|一下)?(?:你们的?|贵点的?|服务点的?|点里的?)?(?:场地|场子|教室|活动室|房间|空间)|包场|场地(?:租|出租|租借|借用|费)|(?<![a-z])(?:(?:rent|hire) (?:the |your |a )?(?:room|space|venue|hall|premises|classroom|playroom)s?|venue (?:hire|rental)|private (?:hire|event))(?![a-z])/,
  ],
  [
    // A visit to look around a point first ("可以预约先去你们的点参观一下环境吗", "can we have a tour of the point before
    // booking?"): not a session; staff arrange it. "参观" needs the point or its rooms beside it.
    'visit',
    /参观(?:一下)?(?:你们|贵|服务点|托育点|点里|那边|这边)?的?(?:点|服务点|托育点|环境|场地|教室|活动室|设施)|(?:去|到)(?:你们|服务点|托育点)的?(?:点|那边|那里)?(?:参观|实地看看|看看环境|看一下环境)|(?<![a-z])(?:(?:a |book a |arrange a |do a |have a |get a )?tour of (?:the |your |a |one of your )?(?:points?|centres?|centers?|facilit\w+|premises|rooms?|space)|look around (?:the |your |a )?(?:points?|centres?|centers?|premises|rooms?|space)|(?:visit|see) (?:the |your |a )?(?:points?|centres?|centers?|premises|rooms?|facilit\w+) (?:first|beforehand|before (?:we |i )?book\w*))(?![a-z])/,
  ],
  [
    'tour',
    /一日游|两日游|旅行团|旅游团|导游|跟团|(?<![a-z])(?:city tours?|(?:bus|walking|guided|day|sightseeing) tours?|tour guides?|day trips?|sightseeing)(?![a-z])/,
  ],
  [
    // Booking a doctor, a vaccination or a check-up ("能帮我预约一下这周六打疫苗吗", "book a paediatrician appointment"):
    // done at the hospital or the community health centre's vaccination clinic, not here.
    'medical',
    /(?:帮我|帮忙|替我)(?:预约|约|挂|订)(?:一下|个|一个)?.{0,12}(?:疫苗|接种|体检|儿保|挂号|医生|儿科|医院)|(?:挂|预约)(?:个|一个|一下)?(?:儿童医院|医院|儿科|妇幼)的?号|(?<![a-z])(?:(?:book|make|get|schedule|arrange) (?:me |us |her |him |them )?(?:a |an )?(?:paediatrician|pediatrician|doctor'?s?|gp|hospital|clinic|vaccin\w+|dentist'?s?|dental) (?:appointment|slot|visit|check-?up)|book (?:a |her |his |my \w+'s |our )?(?:vaccin\w+|jabs?|shots?|immuni[sz]ations?))(?![a-z])/,
  ],
  [
    // Kindergarten enrolment ("明年九月要上幼儿园了 要怎么报名"): the district's education bureau and the kindergartens.
    'school',
    // (Taiwan says 幼稚園; the school may come after the year or month: "報名明年九月的幼稚園", "register her for kindergarten".)
    // A kindergarten to recommend or compare ("湖里有没有推荐的国际幼儿园", "any good international kindergartens in Huli?") is
    // the same outside ask: the points are community childcare for 0–3, not kindergartens.
    /幼(?:儿|稚)园.{0,8}(?:报名|入园|招生|申请|登记)|(?:推荐|介绍|哪(?:家|所)).{0,10}幼(?:儿|稚)园|(?:国际|双语|私立|民办)幼(?:儿|稚)园|(?<![a-z])(?:(?:recommend\w*|suggest\w*|good|best|any) (?:\w+ ){0,2}(?:kindergartens?|preschools?|international schools?)|international (?:kindergartens?|preschools?|schools?))(?![a-z])|(?:报名|申请|报|登记)(?:上)?.{0,10}幼(?:儿|稚)园|入园(?:报名|申请|登记)|(?<![a-z])(?:(?:kindergarten|preschool|pre-school|nursery school) (?:enrol\w*|registration|application|admission|place)s?|(?:enrol\w*|register|apply|sign (?:\w+ )?up) (?:\w+ ){0,3}(?:for|in|into|at|to) (?:a |the |\w+ )?(?:kindergarten|preschool|pre-school|nursery school))(?![a-z])/,
  ],
  [
    // Lessons the points do not run ("帮我约周六的游泳课", "book my daughter's swimming lessons"): the points run only their
    // own 1-hour trial classes (picture books, gross motor, music and social, sensory).
    'lessons',
    /(?:游泳|钢琴|芭蕾|舞蹈|跆拳道|轮滑)(?:课|班)|(?<![a-z])(?:swimming|swim|piano|ballet|dance|taekwondo|gymnastics) (?:lessons?|class(?:es)?)(?![a-z])/,
  ],
  [
    // Finding a nanny or a maternity nurse ("能不能帮我找个靠谱的月嫂", "can you recommend a nanny"): not a service of the points.
    'nanny',
    /(?:找|介绍|推荐|请)(?:个|一个|位)?(?:靠谱的?|好的?)?(?:月嫂|保姆|育儿嫂|住家阿姨|钟点工)|(?<![a-z])(?:find|recommend|hire|looking for) (?:me |us )?(?:a |an )?(?:good |reliable )?(?:nanny|babysitter|au pair|maid|live-in helper)(?![a-z])/,
  ],
  [
    // A child's medical insurance enrolled or claimed ("宝宝刚出生两个月 少儿医保在厦门要去哪里办", "how do I get health insurance
    // for my newborn?"): done with the social-insurance offices, not here, and no passage says how — not the materials a
    // booking needs. (Not insurance named as a condition of the service — "要交医保才能去吗" is who may use it — nor an
    // injury at a point, 保险.)
    'insurance',
    /(?:医保|医疗保险).{0,10}(?:怎么办|办理|去哪|在哪|哪里办|怎么弄|怎么交|怎么缴|报销|参保|登记)|(?:办|办理|参保|申请|登记)(?:一下|个)?(?:少儿|儿童|宝宝|孩子|小孩|新生儿)?的?(?:医保|医疗保险)|(?<![a-z])(?:(?:get|apply for|sign (?:\w+ )?up for|enrol\w* (?:\w+ )?(?:in|for)|register (?:\w+ )?for) (?:\w+ ){0,3}(?:medical|health) insurance|(?:medical|health) insurance for (?:my|our|a|the) (?:\w+ )?(?:baby|newborn|child|kid|son|daughter|toddler))(?![a-z])/,
  ],
  [
    // A baby not born yet registered or booked ahead ("预产期下个月 能先登记吗", "I'm 30 weeks pregnant, can I sign the baby
    // up?"): children are registered after birth, and care is for 0–3 year olds. The pregnancy and the registering must
    // both be said, and an older child named ("我怀孕了 想给老大约周六") keeps it the older child's booking.
    'unborn',
    /^(?!.*(?:老大|大宝|大的|哥哥|姐姐|(?<![a-z])(?:older|eldest|oldest|first (?:child|one|kid)|big (?:brother|sister)|toddler)(?![a-z]))).*(?:(?:怀孕|怀着|孕期|预产期|还没(?:出生|生)|没出生|未出生|出生前|肚子里)(?:.{0,30})(?:登记|注册|报名|占(?:个)?位|留(?:个)?位|排(?:个)?队|候补|先约|预约)|(?:登记|注册|报名|占(?:个)?位|留(?:个)?位)(?:.{0,20})(?:还没(?:出生|生)|没出生|未出生|肚子里)|(?<![a-z])(?:pregnant|unborn|expecting|due (?:date|in)|not (?:yet )?born|before (?:she|he|the baby|baby)(?:'s| is)? (?:is )?born)(?![a-z]).{0,60}(?<![a-z])(?:register|sign (?:\w+ )?up|enrol\w*|book|reserve|wait ?list|spot|place)(?![a-z])|(?<![a-z])(?:register|sign (?:\w+ )?up|enrol\w*) (?:my |our |the |a )?(?:unborn|baby (?:before|who is not))(?![a-z]))/,
  ],
  [
    // What a point's rooms have or what paperwork it issues, which the materials do not say ("江頭那邊有沒有哺乳室", "are the
    // rooms air-conditioned?", "能不能给我开个证明 我单位请假要用"): said plainly, with the point's phone and staff — never a
    // neighbouring passage (breastfeeding at work, a nursery's temperature) or a search for the day it names.
    // (…how to get there by metro or bus, an outdoor space to run about in, or something left behind at a point: the point
    // knows, the materials do not — "五緣灣那個點 搭捷運哪一站下車", "有沒有戶外可以跑跳的地方", "we left her water bottle at
    // the point last sunday".) (The point nearest a station asked for, "离地铁一号线吕厝站最近的服务点是哪个", is a search; round 43.)
    'facility',
    /(?:地铁|捷运|公交|公车|brt|轻轨).{0,10}(?:哪(?:一)?站|几号线|怎么(?:去|坐|走)|站下|下车|最近(?!的?(?:服务点|托育点|点)))|(?:哪(?:一)?站|几号线)(?:下车)?.{0,6}(?:近|方便)|(?:有没有|有无|有)(?:个|一个)?(?:户外|室外)(?:的)?(?:场地|空间|地方|活动区|区域|可以)|(?:户外|室外)(?:的)?(?:场地|空间|活动区|区域)|(?:院子|草地|游乐场|滑梯|操场)(?:吗|么|有没有)|(?:有没有|有无)(?:院子|草地|游乐场|滑梯|操场)|(?:落|忘|丢|掉)(?:在|到)(?:了)?(?:服务点|托育点|点上|点里|那边|那里|你们那)|(?<![a-z])(?:(?:which|nearest|closest) (?:metro|subway|bus|brt) (?:station|stop|line)|(?:metro|subway|bus|brt) (?:station|stop) (?:is )?(?:near|closest|nearest)|(?:outdoor|outside) (?:area|space|play\w*|garden|yard)|(?:a |any )?(?:playground|garden|yard) (?:at|there|for (?:them|the kids))|(?:left|forgot|lost) (?:\w+ ){0,5}(?:at|in) the (?:point|centre|center)|lost property|lost and found)(?![a-z])|哺乳室|母婴室|喂奶室|哺乳间|育婴室|(?:服务点|托育点|教室|房间|活动室|点里|那边|你们)(?:里面?|那边)?.{0,6}(?:有没有|有无|装了?|开不开|有)开?(?:空调|冷气|暖气)|(?:给|帮)我?开(?:个|一个|一张|张)?(?:证明|在托证明)|证明.{0,16}(?:单位|公司|请假|老板|人事|上班用)|(?:单位|公司|老板|人事).{0,16}(?:开|要|需要)(?:个|一个|一张)?证明|(?<![a-z])(?:nursing room|breastfeeding room|feeding room|lactation room|mothers'? room|(?:rooms?|points?|centres?|centers?|classrooms?) (?:at [a-z]+ )?(?:is |are )?(?:air[- ]?conditioned|heated)|(?:is there|do (?:they|you|the rooms?|the points?) have) (?:any )?(?:air[- ]?con\w*|heating|a\/c)|(?:certificate|letter|proof (?:of attendance)?) (?:for|from) (?:my |the )?(?:employer|work|boss|company|office)|(?:email|send|give|issue|write) (?:me |us )?(?:a |an )?(?:certificate|letter|proof)\b.{0,80}\b(?:employer|work|boss|company|office|hr)|sign (?:the |a |this |my )?(?:form|paper|letter)s? for (?:my |the |our )?(?:employer|work|boss|company|office|hr))(?![a-z])/,
  ],
];

/**
 * Where the parent works or teaches, told as who they are ("I teach Year 2 at an international school", "我在国际学校当老师"):
 * their own job, the setting of what they ask — not a school asked for. Set aside before the rules are read.
 */
const OWN_WORKPLACE =
  /(?:我|我们|我老公|我老婆|我先生|我太太)(?:是|在)(?:一所|一家|一个)?(?:国际|双语|私立|民办|公立)?(?:学校|幼(?:儿|稚)园|小学|中学)(?:的)?(?:老师|教书|上班|工作|当老师|任教|教)|(?<![a-z])(?:i|we|my (?:husband|wife|partner))(?:'m| am| are| is)? (?:a )?(?:teach(?:er)?|teaching|work(?:ing)?|(?:a )?(?:teacher|nurse|staff member))(?: (?:year|grade) \d+| [a-z]+){0,3} (?:at|in|for) (?:an?|the|one of the) (?:[a-z-]+ )?(?:international |bilingual |private |primary |secondary )?(?:school|kindergarten|preschool)(?![a-z])/g;

/**
 * At what age a child is ready for lessons ("what age can babies start swimming lessons?", "宝宝几岁可以上游泳课"): a
 * parenting question about the child, answered from the knowledge base — unless the parent also asks to be booked in.
 */
const READY_AGE_ASKED =
  /几岁|多大|几个月|什么时候(?:可以|能|开始|适合)|(?:可以|能)(?:去)?上(?:吗|么|了吗)|太早|太小|(?<![a-z])(?:what age|which age|how old|too (?:young|early|little|small)|when (?:can|should|could|do|does|is)\b|from what age|at what age)(?![a-z])/;
/**
 * Whether a child is ready for kindergarten ("明年想上 international kindergarten 还是公立幼儿园，怎么判断她 ready 了？"):
 * a parenting question answered from the knowledge base, not enrolment (round 32) — unless a place is asked for too.
 */
/**
 * Whether lessons are worth it, a good idea or safe for the child ("is it worth doing baby swimming lessons with our 14
 * month old?", "are swim classes a good idea for my 18 month old?", "游泳课有必要上吗"): a parenting question too (round 51).
 */
const WORTH_ASKED =
  /值得|好不好|有没有必要|有必要吗|有用吗|安全吗|好处|(?<![a-z])(?:worth|(?:a )?good idea|any good|good for (?:him|her|them|babies|toddlers)|safe|benefits?|beneficial)(?![a-z])/;
/**
 * Tips for taking the child to such lessons or a pool oneself, asked beside them ("does the centre in 湖里 do swim classes? if
 * not any tips for taking my 2 yo to the pool myself"): the parenting question is what the knowledge base answers, its section
 * saying the points run no such lessons (round 52).
 */
const TIPS_ASKED = /(?<![a-z])(?:tips?|advice|myself|ourselves|on my own)(?![a-z])|自己带|注意(?:什么|啥|哪些)|水温/;
const READINESS_ASKED = /准备好|准备上|适应|怎么判断|能不能上|可以上了吗|(?<![a-z])(?:ready|readiness|prepare|preparing|cope|settle)(?![a-z])/;
const BOOKING_ASKED = /帮我|给我|约一?个?|报名|预约|(?<![a-z])(?:book|sign (?:me|her|him|us) up|enrol|enroll|register)(?![a-z])/;

/** What outside request a prepared (Simplified, lowercased) message makes, if any. */
export function parseOutsideRequest(text: string): OutsideRequest | undefined {
  const t = text.replace(OWN_WORKPLACE, ' ');
  for (const [kind, re] of RULES) {
    if (!re.test(t)) continue;
    if (kind === 'lessons' && (READY_AGE_ASKED.test(t) || WORTH_ASKED.test(t) || TIPS_ASKED.test(t)) && !BOOKING_ASKED.test(t)) continue;
    if (kind === 'school' && READINESS_ASKED.test(t) && !BOOKING_ASKED.test(t)) continue;
    return kind;
  }
  return undefined;
}
