import { NAMED_CARER_ON_DUTY } from '../carerOnDuty.ts';
import type { ArbitrationWords, IntentRule } from '../IntentRule.ts';
import { AGE_LIMIT } from '../ruleQuestions.ts';
import { namedBack, outsidePlaceWords } from './outsidePlaces.ts';

/** Outings the service does not run (the zoo, a playground, the cinema). */
const OUTINGS = outsidePlaceWords((p) => p.kind === 'outing', 'zh');
/** Sights, streets, the airport, stations and malls, in either language ("鼓浪屿怎么去", "gulangyu人多吗"). */
const SIGHTS_AND_STATIONS = outsidePlaceWords((p) => p.kind !== 'ferry' && p.kind !== 'outing');

/**
 * Whether a message sent at night or at the weekend gets an answer ("半夜十二点留言 会有工作人员回我吗", "晚上十點多傳訊息
 * 會有專員回覆嗎", "weekend晚上发message staff会回吗"): the reply-time rule, answered — not a request for a person now.
 */
export const REPLY_TIME_ASKED_ZH =
  /(?:晚上|半夜|夜里|夜间|深夜|凌晨|下班|周末|假日|节假日|weekend|[\d一二三四五六七八九十两]+点).{0,14}(?:发|留言|传|私信|message|讯息|消息|信息|问).{0,14}(?:会|能)?(?:有)?(?:人|工作人员|专员|客服|staff|老师).{0,4}(?:回|看|处理|理)(?:复|覆|我|消息|讯息)?(?:吗|么|嘛|不|没|[?？]|$)|(?:有|会有)(?:人|工作人员|专员|客服|staff)(?:值班|在线)?(?:回|看)(?:复|覆|我|讯息|消息|信息)?(?:吗|么|[?？]|$).{0,4}$/;

/**
 * Chinese words for what a parent wants: each rule adds weight to one intent
 * when its pattern matches the prepared message (Simplified, lowercase, typos
 * repaired). A few rules also carry the English a Chinese writer mixes in.
 */
export const zhIntentRules: IntentRule[] = [
  // ── people ──
  [
    'human',
    /^人呢|有没有人(?:在|回)|人工呢|有(?:没有)?电话|留个?电话|客服电话|(?:跟|和|找|同)(?:你们)?(?:老师|工作人员|客服|人|负责人|园长)(?:说|聊|沟通|讲|谈|反映)|人工|客服|真人|工作人员|找人|转人|联系(?:你们|老师|工作人员|客服|机构|服务点|负责人)|(?<!只会|只能|只懂|不会)打电话|电话(?:是|号码|多少)|联系方式|找(?:个)?老师|负责人|不(?:要|想)(?:跟|和)?(?:机器人?|ai|bot)|跟人聊|和人聊|找园长|管理员/,
    3,
  ],
  // Asking for someone ("找个staff聊一下", "跟机器说不清"), the mixed-in English word included.
  [
    'human',
    /(?:找|要|叫|换)(?:个|一个|位|一位)?\s*(?:staff|agent|human|真人|活人|人工)|打(?:个|一个|一下)电话(?:给我|过来)?|(?:给我|帮我)(?:打|回)(?:个|一个)?电话|回(?:个|一下)电话|(?:跟|和|同)我(?:聊一?聊|聊一下|谈谈|沟通|联系)|(?:跟|和)(?:你|你们|机器人?|bot)\s*(?:说|讲|聊|解释)不(?:清|明白)|(?:预约|问题|事情?)的?(?:问题)?(?:说|讲)不(?:清|明白)/,
    3,
  ],
  // "有人可以帮我吗", "有没有人能帮帮我": a person asked for in so many words, often at the end of a message about
  // something going wrong ("预约一直弄不好 我快崩溃了 有人可以帮我吗") — the parent wants someone, not a menu (round 53).
  ['human', /有(?:没有)?(?:人|谁)(?:可以|能|能不能|可不可以|来)?帮(?:帮)?我(?:一下|一把)?(?:吗|么|嘛|吧|啊|[?？!！]|$)/, 3],
  // "林老师这周六在不在", "王阿姨明天上班吗": whether one named carer works a day is a question for the point, not a search —
  // the same rule that turns a search-looking message into that question (carerOnDuty.ts), so one rule decides.
  ['knowledge', NAMED_CARER_ON_DUTY, 4],
  // "服务点有人能translate吗", "需要interpreter": someone at the point to translate for a family is asked about the point,
  // not a translation asked of the bot (round 31).
  [
    'knowledge',
    /(?:有人|有没有人|谁|服务点|托育点|点上|那边|老师|staff)\s*\S{0,8}?\s*(?:translate|interpret|翻译)|(?<![a-z])interpreters?(?![a-z])|翻译员|口译/,
    4,
  ],
  // "为啥周六上午老是约满", "为什么morning总是full": why sessions fill up is asked, not a search.
  [
    'knowledge',
    /(?:为啥|为什么|怎么)(?:总是|老是|都|每次|一直)?[^，。？?！!]{0,12}(?:约满|满了|满员|爆满|没位|没有位|抢不到|约不到|(?<![a-z])full(?![a-z]))/,
    5,
  ],
  // "怎么现在下午也开了 以前不是只开上午吗", "为什么工作日也有场次了": why the opening periods changed is asked (busy mornings,
  // quiet afternoons, adjusted periods), not a search for the part of the day named (round 48).
  // (…and why one part of the day stays quiet, "为什么下午的时段都比较空 是不是下午比较不好", "下午的slot为什么这么多": round 49.)
  [
    'knowledge',
    /(?:为啥|为什么|怎么)(?:现在|最近|突然)?[^，。？?！!]{0,6}(?:下午|上午|早上|工作日|平日|周中)(?:也|都|还|又)?(?:开了|开放了|有场次?了|有课了|加(?:场|开)?了|多了|变多了)|以前(?:不是)?(?:只|都)(?:开|有)(?:上午|下午|早上|周末)|(?:为啥|为什么|怎么)[^，。？?！!]{0,6}(?:下午|上午|早上)的?\s*(?:时段|场次|场|班|slots?)?\s*(?:都|总是|老是|反而|一直)?(?:比较|很|这么|那么|特别|都)?(?:空|冷清|人少|少人|没(?:什么|啥)?人)|(?:下午|上午|早上)的?\s*(?:时段|场次|场|slots?)\s*(?:为啥|为什么|怎么)(?:会|都)?(?:这么|那么)?(?:多|空)|(?:是不是|是否)(?:下午|上午|早上)的?(?:时段|场次|场)?(?:比较|不太)?(?:不好|差|不行)/,
    5,
  ],
  // "可以两个点都约吗", "不同的点可以分别约吗": booking at two points is a rule asked about.
  ['knowledge', /(?:两个|2个|不同的?|别的)(?:点|服务点|地方)[^，。？?！!]{0,4}(?:都|分别|同时)?(?:能|可以)?约(?:吗|么|嘛|可以吗|行吗|行不行)|会不会冲突/, 5],
  // "预约了在哪里查", "忘了是哪天了": the parent's own bookings, looked up.
  [
    'my_bookings',
    /(?:在哪里?|怎么|去哪里?|哪里)(?:能|可以)?(?:查|看)(?:到|看)?(?:我的)?(?:预约|订单)|(?:预约|订单)(?:了)?(?:在哪里?|怎么|去哪里?)(?:能|可以)?(?:查|看)|(?:约|预约|订)了[^，。？?！!]{0,6}忘了(?:是)?(?:哪天|几号|什么时候|哪个)/,
    5,
  ],
  // "保姆pick up要提前register吗": whether something must be registered is asked, no child is being registered.
  ['knowledge', /(?:要|需要|必须|得)(?:提前|先|另外)?\s*(?:register|登记|注册|sign\s?up)\s*(?:吗|么|嘛|不)/, 4],
  // Whether the carers phone the parent ("孩子一直哭 老师会打电话叫我吗", "生病了你们会通知我吗"): a question about the point, not
  // a request for staff.
  [
    'knowledge',
    /(?:老师|保育员|保育人员|保育老师|阿姨|工作人员|你们|服务点)(?:那边)?(?:会不会|会|能不能|能)(?:马上|立刻|及时)?(?:打电话|打给|联系|通知|叫)(?:叫|给|通知)?我(?:来接|过去|来)?(?:吗|么|嘛|呢|不|[?？]|$)/,
    5,
  ],
  // Asking for a person to talk to ("想找个人说说话", "有没有人能陪我聊聊"), also in a tired, upset message.
  [
    'human',
    /找(?:个|一个)?人(?:说说话?|聊聊|聊一?聊|聊天|谈谈|倾诉|说一说)|有(?:个|一个)?人(?:陪我|跟我|和我|听我)(?:说|聊|讲)|有没有人(?:能|可以)?(?:陪我|跟我|和我)(?:说|聊)|(?:让|请|叫)(?:你们的?)?(?:工作人员|老师|客服|负责人)(?:直接)?(?:联系|打给|回电话给|打电话给)我/,
    5,
  ],
  // The assistant itself found hard to use ("你们这个也太难用了吧", "点了好几次都没反应"): a complaint, with a person offered.
  ['complaint', /(?:太|真|好|超|很|特别)难用|难用死了|(?:点|按)了(?:好几|几|很多|半天)(?:次|下)?(?:都|也)?(?:没反应|没用|没成功|不行)/, 3],
  // ("那不满一岁的呢", "不满6个月能送吗": 不满 before an age is "under", not discontent; round 48.)
  [
    'complaint',
    /投诉|客诉|不满意|不满(?!意?\s*(?:[\d一二两三四五六七八九十半几]+)\s*(?:个)?\s*(?:月|岁|周岁|周|天))|(?<!精神|心情|情绪|心态|mood|胃口|睡眠|状态|食欲|脸色|身体|体质|抵抗力|睡得|吃得|记性|视力|听力|自己是个|自己是|自己|我是个|我是|我)(?:太差|很差|真差)(?!的?(?:妈妈|妈|爸爸|爸|家长|父母|母亲|父亲|人))|差劲|垃圾|态度(?:不好|差|恶劣|很差|太差|有问题)|举报|坑人|骗人|骗子|气死|(?<!自己(?:很|好|特别|太|真|非常|有点|有些|挺|超)?)失望|什么破|不靠谱|差评|太过分|过分了|乱收费|赔偿|(?<!不想|不要|不希望|不愿|不愿意|别|怕|担心|不想被|不要被|怕被)曝光|12345|没人(?:管|理|回)|(?<!他|她|老公|老婆|爸爸|妈妈|爸|妈|奶奶|爷爷|外婆|外公|婆婆|公公|先生|太太|孩子他爸|我)(?:太凶|很凶)|(?<!他|她|老公|老婆|爸爸|妈妈|奶奶|爷爷|外婆|外公|婆婆|先生|太太|我)凶孩子|不负责/,
    3,
  ],
  // Saying outright that this is a complaint ("我要投诉", "我要客诉", "我要申诉", "投诉你们", "我想 complain 一下") outweighs the
  // booking words of the story it tells ("上次预约去江头…我要投诉"); asking how or whether to complain stays a question.
  [
    'complaint',
    /(?<!如果|要是|假如|万一|怎么|如何|在哪|哪里|能不能|可不可以|可以)(?:我|我们)?(?:要|想|必须|一定要|得)(?:去|跟你们)?(?:投诉|客诉|申诉)(?!.{0,6}(?:吗|么|嘛|[?？]|的话|流程是|找谁|怎么))|(?:投诉|客诉|申诉)(?:你们|一下你们)|(?:要|想)\s*complain|申诉|(?:^|[\s，,。.!！])(?:投诉|客诉)[!！。.\s]*$/,
    7,
  ],
  // A person asked for in the parent's frustration: "换个人来跟我说", "我要跟真正的人讲话", "不要再给我自动回复了".
  [
    'human',
    /换(?:个|一个|位|一位)(?:人|真人)(?:来)?(?:跟我|和我|同我|帮我|给我)?(?:说|讲|聊|谈|沟通|处理|回答|解释)|真正的人|(?:不要|别|不想)(?:再)?(?:给我)?(?:看)?(?:自动回复|机器回复|机器人回复|模板回复|自动回覆)/,
    5,
  ],
  // A booked place refused or given away at the point ("遲到五分鐘老師就不收 位子直接給別人了"): a grievance for staff, outweighing
  // the late-arrival rule its story names.
  [
    'complaint',
    /(?:位子|位置|名额|座位|名字)(?:就|直接|都|也)?(?:给|让给|转给|排给)(?:了)?别人|(?:老师|工作人员|那边|他们|点上|服务点)(?:就|直接|竟然|居然)?不(?:收|让进|给进|让我们进|接)(?!费|钱|取|的)/,
    6,
  ],
  // A person in Taiwan and everyday wording: 專員/專人 (a dedicated agent), 活人 ("有没有活人"), 负责的人, 承办人.
  ['human', /专员|专人|(?:有没有|是不是|来个|要)活人|负责的人|承办人|主管/, 4],
  // Complaining in other words: 我要反映 (Taiwan), a booking dropped or changed without a word ("随便就把我的预约取消了 也没人通知").
  // (白跑一趟 told is a complaint; "别让我白跑一趟" is a wish beside a question, not one; round 41.)
  [
    'complaint',
    /(?:我|我们)?(?:要|想|必须)(?:跟你们)?反映|很不合理|太不合理|不合理(?:吧|啊|了)|随便(?:就)?(?:把|给)?.{0,6}(?:取消|改)|(?:你们|点上|服务点|那边|老师|工作人员).{0,8}(?:把|给)(?:我们?|我家)的?(?:预约|场次|名额|课)?(?:给)?(?:临时|突然)?(?:取消|砍掉?)了|(?<!别让我|别让我们|不要让我|不想|免得|省得|以免|别|不用)白跑了?一趟|(?:也|都|根本)没(?:有)?(?:人)?(?:通知|告知|说一声)/,
    4,
  ],
  // Which weekdays a kind of session runs, asked with no day named ("那體驗課是禮拜幾", "半日托一般周几有"): the timetable
  // answered, not a search of this week's list.
  [
    'knowledge',
    /(?:体验课|半日托|临时托|托育体验|亲子课|[课托])(?:一般|通常|都|是|在|都是|一般是|一般都是){0,2}(?:星期几|周几|礼拜几|哪几天|哪天)(?:有|上|开|开放|上课)?(?:的)?(?:吗|呢|啊|呀)?[?？]?$/,
    3,
  ],
  // How far ahead booking is possible, asked without a day ("可以提前三个礼拜约吗", "能 book 三个礼拜以后的吗"): a question.
  [
    'knowledge',
    /提前(?:多久|多长时间|几天|几周|几个?(?:礼拜|星期|月)|多少天|[\d一二两三四五六七八九十半]+ ?(?:天|个?(?:礼拜|星期|周|月))).{0,4}(?:约|预约|订|报名|book)|(?:约|预约|订|book)\s*(?:[\d一二两三四五六七八九十]+|几) ?个?(?:礼拜|星期|周|月)(?:以|之)?后|最(?:早|远|多)(?:可以|能)?(?:提前)?(?:约|预约|订)(?:到)?(?:多久|哪天|几号|什么时候)/,
    5,
  ],
  // A problem with a booking told ("是禮拜六的預約有問題", "my booking has a problem"): for a person, not a new search.
  [
    'human',
    /(?:预约|订单|名额|候补)(?:的?事情?)?(?:好像|可能)?(?:有|出了?|出现了?)(?:点|些|一些|个)?问题|(?<![a-z])(?:(?:a )?problem|an issue|something wrong) with (?:my|our|the) (?:booking|reservation)(?![a-z])/,
    5,
  ],
  // Leaving the waitlist or asking one's place in it ("不排了 退出候补", "我排第几"): the family's bookings, where each
  // waitlist place shows its number and a button to leave; not a new waitlist request.
  [
    'my_bookings',
    /退出候补|取消候补|不(?:想)?(?:排|候补|等)了|不(?:用|要|必|需要)再?(?:排|候补|等)(?:队)?了|别(?:帮我)?排了|(?:候补|排队|等位)(?:的)?(?:不要了|取消|退掉|撤销)|(?:排|候补|排队)(?:到|在)?第几|排(?:到)?哪(?:了|里)|前面还有几/,
    8,
  ],
  // A confirmation that never came ("约了周六的 一直没收到确认消息 是不是没约上", "booking一直没收到confirmation 到底约上没有"):
  // the family's bookings show whether it went through — not a new booking or a search for that day (round 36).
  [
    'my_bookings',
    /(?:没|没有|还没|一直没|都没|从没|未)(?:有)?收到.{0,8}(?:确认|成功|预约|回复|短信|通知|confirm)|(?:确认|confirmation|短信|通知).{0,8}(?:没|没有|还没|一直没|都没)(?:有)?(?:收到|来|发)|(?:到底|是不是|是否|有没有)(?:没)?(?:约|订|预约|book)(?:上|成功|好)|(?:约|订|预约|book)(?:上|成功)(?:了)?没(?:有)?/,
    8,
  ],
  // A waitlist place already held, asked about ("我排上了没", "我的 waitlist 呢", "还在候补吗"): the family's bookings,
  // where the place shows its number and a button to leave — not a new waitlist request.
  ['my_bookings', /我的\s*(?:候补|waitlist|wait list|排队)|(?:排|候补|等)(?:上|到)了?(?:没|吗|么|没有)|还在(?:排队?|候补|等)(?:吗|么|着吗|中吗)/, 8],
  // What the family holds now, asked after a cancel, a move or a booking for two ("我现在还有哪些预约", "现在还有什么booking",
  // "所以现在是约哪天", "两个都有约到吗"): the family's bookings, not a new booking or a search for places.
  [
    'my_bookings',
    /(?:现在|目前)(?:还|都)?(?:有|剩)(?:哪些|什么|几个|啥)(?:预约|订单|booking)(?!.{0,4}(?:名额|位置|空位|可以|能|场次|规则))|(?:所以|那)(?:现在)?是(?:约|订|预约)(?:的|了)?(?:哪|几|什么)|(?:两个|俩|都)(?:都)?有?(?:约|订|预约|book)到(?:了)?(?:吗|么|没)/,
    7,
  ],
  // "我约的都有啥", "我现在都约了啥", "我现在都约了些什么", "我都订了哪几场", "我这周都book了哪些": the family's bookings
  // (a week or weekend may stand before the verb; "book了" inside Chinese is read as 约了 by canonicalizeChinese).
  [
    'my_bookings',
    /我(?:们|家)?(?:这周|这个?周末|这礼拜|本周|下周|下个?周末|最近)?(?:现在|目前)?(?:都)?(?:约|订|预约|报名)(?:了)?的?(?:都)?(?:有)?(?:些)?(?:啥|哪些|什么|哪几(?:个|场|次))(?:了)?(?:呀|啊)?[?？]*$/,
    4,
  ],
  // When staff will answer ("大概什么时候有人联系我", "一般多久会回复"): a question about the service, not a search.
  [
    'knowledge',
    /(?:多久|多长时间|什么时候|啥时候|几点|几时|何时).{0,6}(?:会)?(?:有人)?(?:回复|回我|回消息|回电话?|答复|联系我|打电话给我|回(?=[吗呢啊?？]|$))/,
    5,
  ],
  // Whether a message sent at night or at the weekend gets an answer (REPLY_TIME_ASKED_ZH): the reply-time rule, answered.
  ['knowledge', REPLY_TIME_ASKED_ZH, 9],
  // Whether the parent may phone the point during the session to hear how the child is ("上课的时候 我可以打电话过去问问他
  //情况吗"): the practical rule asked, not a request for staff to call.
  [
    'knowledge',
    /(?:可以|能|能不能|可不可以|方便)(?:给(?:老师|点上|托育点|服务点|他们))?打(?:个)?电话(?:过去|给(?:老师|点上|托育点|服务点|他们))?.{0,8}(?:问问?|了解|看看|关心)?.{0,6}(?:情况|怎么样|好不好|还好吗|乖不乖|哭没哭|在干嘛)/,
    5,
  ],
  // Whether what was just said holds for another session too ("下午场也是这样吗", "临时托也一样吗", "周日的也适用吗"): the
  // same rule asked again, not a request for that session's places.
  // "下个月要上幼幼班了 要怎么调作息", "第一次送托 怎么帮她做准备": getting the child ready for a new place, a parenting
  // question — the month or the care it names is the setting, not a search.
  [
    'knowledge',
    /(?:怎么|如何|怎样)(?:调|调整|改|养成)(?:作息|睡眠|生物钟)|作息(?:要|该|应该)?(?:怎么|如何)(?:调|调整|改)|(?:怎么|如何|怎样)(?:帮(?:他|她|孩子|宝宝|娃)?)?(?:做(?:好)?准备|准备|适应)(?!什么|啥|哪些)|(?:上|去)(?:幼幼班|幼儿园|托班)(?:前|之前)?.{0,10}(?:怎么|如何|要不要|该)/,
    4.5,
  ],
  ['knowledge', /(?:也|都)(?:是)?(?:这样|一样|同样|适用|算|照这个)(?:的)?(?:吗|么|嘛|吧|[?？])|(?:一样|同样)(?:的)?(?:规定|规则|要求)(?:吗|么|嘛|[?？])/, 4],
  // What is kept of what was sent to a person ("那转人工的记录呢", "找人工客服时候发的那些内容会保存吗"): the privacy rule asked
  // about the staff requests, not a request for a person now.
  [
    'knowledge',
    /(?:转人工|找人工|人工客服|人工|客服|工作人员|真人|staff)(?:的|时候?|时的|那时候?|那边)?(?:发的|说的|留的|聊的)?(?:那些|的)?.{0,4}(?:记录|纪录|内容|消息|聊天|对话|信息|资料|工单)(?:呢|吗|么|也|会|要|保存|保留|存|留|多久|删|[?？]|$)/,
    9,
  ],
  // Never getting a place ("周末上午的老是约不到 有没有什么办法", "每次都抢不到"): what else to try (afternoons, weekdays, the
  // waitlist) is asked, not that day's places again.
  ['knowledge', /(?:老是|总是|一直|每次都?|经常|常常|根本|从来)(?:都)?(?:约不到|抢不到|订不到|约不上|抢不上|订不上|没(?:有)?(?:位子?|名额|空位))/, 6],
  // (…and "为什么周六morning的slot一下就没了": why the places go so fast, a question about booking, not this Saturday's places; round 40.)
  ['knowledge', /为什么.{0,20}(?:一下子?就|总是|老是|很快就?|马上就|一放出来就)(?:没了|满了|约满了?|被?抢光了?|没有了)/, 6],
  // What a class is like and whether the parent stays in it ("一个钟头的课 具体上课都干点啥 我是在教室里陪着还是在外面等",
  // "1小时的class 家长要一直待在room里吗", "可以让阿公阿嬷带孙子去上绘本课吗 我本人一定要到吗"): how classes work is asked,
  // not this week's classes; round 41.
  [
    'knowledge',
    /(?:上课|课上|课堂|课里|课程)(?:具体)?(?:都|一般)?(?:干|做|玩|学|上)(?:点|些)?(?:啥|什么)|(?:课|class|课堂).{0,24}(?:陪着|陪同|一直待在|一直呆在|待在|呆在|在教室里?|在room里?|在外面等|去外面|本人(?:一定|必须)?要(?:到|来|在)|一定要(?:我|家长|本人)?(?:到|来|陪|在))[^，。,！!]{0,12}(?:还是|吗|么|嘛|呢|[?？])|(?:家长|我|大人|爸妈)(?:要|得|需要|必须)?(?:一直|全程)?(?:待|呆|留|陪)在(?:教室|课堂|room|里面|旁边)/,
    7,
  ],
  // A session the point cancels, asked about ("万一老师病了 课是不是就取消了 谁来通知我"): who tells the parent is asked, not a
  // cancellation of the parent's booking nor a complaint; round 41.
  [
    'knowledge',
    /(?:老师|带班|保育员|工作人员|阿姨|teacher|staff)(?:那天|当天)?(?:生病|病了|请假|不舒服|来不了)|(?:课|场次|session|活动)(?:是不是|会不会|会)?(?:就)?(?:被)?(?:取消|cancel|停)(?:了)?.{0,10}(?:谁|会不会|怎么)(?:来|会)?(?:通知|告诉|notify)/,
    8,
  ],
  // Whether the carers are qualified, asked ("点上带小孩的是有证照的保育老师 还是志工阿姨", "老师有certificate吗"): the carers'
  // training is asked (not a child called 有证照 registered); round 41.
  [
    'knowledge',
    /(?:老师|保育员?|阿姨|带(?:小孩|孩子|娃)的).{0,12}(?:证照|证书|资格证?|资质|受过培训|培训过|(?<![a-z])(?:certificates?|certified|trained|qualified)(?![a-z]))|(?:志工|志愿者|义工|(?<![a-z])volunteers?(?![a-z]))(?:阿姨|老师)?(?:吗|么|呢|[?？]|$)/,
    7,
  ],
  // One account for two children, asked ("twins可以用同一个account book吗 还是要注册两个"): the alternative is part of the
  // question, not a registration; round 41.
  ['knowledge', /还是(?:要|得|需要|必须)(?:分开|分别)?(?:注册|登记|开|申请)(?:两|2|几|多)个(?:账号|帐号|(?<![a-z])accounts?(?![a-z]))?(?:吗|么|呢|[?？])?$/, 7],
  // A manager asked for, the bot refused ("我不跟机器人说了 给我找个管事的人"): a person is wanted; round 41.
  ['human', /(?:找|叫|要|换)(?:个|一个|位|一位)?(?:管事|负责|说了算|做主)的(?:人)?|不(?:跟|和)(?:你|机器人?|ai|bot)(?:说|聊|讲)了/, 8],
  // Care on working days asked in general ("平日有没有托班", "工作日可以送吗"): what is on then is answered, not "which day?".
  ['knowledge', /(?:平日|工作日|周一到周五|礼拜一到礼拜五|星期一到星期五)(?:的|里|白天|上班的?时候)?.{0,8}(?:托|送|照顾|看孩子|带孩子|带娃)/, 5],
  // Whether the points open on working days at all ("服务点是周一到周五都开吗 还是只有周末才有"): the opening days, answered — not a
  // search of the coming week (round 52).
  [
    'knowledge',
    /(?:平日|工作日|周一到周五|礼拜一到礼拜五|星期一到星期五)(?:也|都)?(?:开|开门|营业|开放)(?:吗|么|嘛|不|没)|只有(?:周末|周六|周日|礼拜[六天日]|星期[六天日])(?:才)?(?:有|开)/,
    5,
  ],
  // A record the parent says is wrong ("我明明提前一天取消了 系统还是给我记了爽约 这不合理"): a complaint, not the no-show rule.
  [
    'complaint',
    /明明.{0,12}(?:取消|去|到|来)了.{0,16}(?:还是|却|结果|居然|竟然)|(?:还是|却|居然|竟然)(?:给我|把我|被)?记(?:了|成|为)?(?:爽约|未到|no-?show|违约)|这(?:也)?(?:太|很)?不合理/,
    10,
  ],
  // Evening or overnight care ("周六 evening 有 care 吗 7点到9点那种", "晚上能托吗"): the service answers it (no evening
  // care), not a search that quietly returns the afternoon.
  ['knowledge', /(?:晚上|夜里|夜间|傍晚|过夜|evening|night|overnight).{0,4}(?:托|care|送过去|看孩子|看娃)/, 6],
  // "明明约好了 去了说没有": a booking that was made and not honoured is a grievance, not a new booking.
  ['complaint', /明明(?:约|订|预约|报名|(?<![a-z])(?:confirm|book)(?:ed)?(?![a-z]))\s*(?:好|上|成功)?了/, 4],
  // Something went wrong at a point: an injury noticed after care, turned away although booked.
  // ("一歲半 不開心就打人 連我也打 怎麼教": what the child does when upset is a parenting question, not the parent's grievance.)
  // ("餵到都要生氣了", "教到我快要生气": the parent worn out by feeding or teaching the child, not a grievance, round 49.)
  // (Round 51: "去接他的時候 他反而對我生氣不理我" — the child angry at the parent at pickup — is a parenting question too.)
  // (Round 52: "跟他说你是哥哥要让着弟弟 他反而更生气了" — the child angrier still after what the parent said — is one too.)
  // (Round 35: "兩歲半生氣就會打我" — the child angry, then hitting — and "人哋阿媽好嬲" — another parent angry at my child —
  // are the same parenting question.)
  // (Round 54: "白天不開心也要 牙醫說要戒了" — the child wants the dummy even when upset — is the child's mood, not the parent's.)
  [
    'complaint',
    /(?<!(?:人哋|人家|别人|对方|其他小朋友|别的小朋友|其他孩子|别的孩子)(?:的)?(?:阿妈|妈妈|妈咪|家长|爸爸|爸妈|奶奶|老人)?(?:好|很|都|也|有点|非常)?)(?<!(?:他|她|孩子|宝宝|娃|小孩|儿子|女儿)[^，。,.!?！？\s]{0,4}(?:对|跟|冲|朝)(?:我|我们|妈妈|爸爸|大人)(?:很|好|都|也|有点)?)(?:(?:很|太|真|非常|特别)生气|(?<![一爱易会就乱不岁半])(?<!(?:喂|教|讲|哄|带|弄|追)(?:饭)?(?:到|得)(?:我)?(?:都|也)?(?:快|要|快要)?)(?<!(?:他|她|孩子|宝宝|娃|小孩|儿子|女儿|老大|老二|哥哥|姐姐|弟弟|妹妹)(?:反而|反倒|却|也|还|又|就)?(?:更加|更|越来越|越))生气(?!了?(?:就|便|的时候|时)))|气愤|(?<!(?:他|她|佢|孩子|宝宝|娃|小孩|儿子|女儿)(?:是不是|是否|系咪|会不会|好像|有点|有些|比较|一直|老是)?)不开心(?!了?(?:就|便|的时候|时|也|还|的话))|(?:很|太|真|非常|特别)不高兴|很不爽|(?<!(?:外婆|奶奶|姥姥|外公|爷爷|姥爷|妈妈|爸爸|我|老人|大人)(?:每次|经常|总是|又|也|都|老是|常常)?)(?:被|让)(?:别的|其他)?(?:小朋友|孩子|小孩|老师)?(?:咬|打|推|抓|欺负)了?/,
    2.5,
  ],
  [
    'complaint',
    /(?:在你们那|托育点|服务点|送托|上次去|那次去|接回来|接回家|回来|回家)[^吗呢么？?]{0,12}(?:抓痕|抓伤|淤青|伤口|受伤|被咬|被打|被推|摔了|磕了|磕破|红了一块|哭得很厉害)|(?:到了?现场|到了那|去了那?|到了服务点).{0,10}(?:没有我(?:们)?的|没我(?:们)?的|查不到|找不到(?:我|预约)|不让进|不给进|关门|没人|没开门)|(?:预约成功|约好了|约上了|明明约了).{0,6}(?:但|可是|结果|却)(?![^。！？!?]{0,10}(?:加班|有事|去不了|来不了|走不开|出差|要上班|值班|生病|发烧|不舒服))/,
    3.5,
  ],
  // An injury found at pickup, nobody told the parent ("接孩子发现额头一个大包 老师什么都没说", "都没打电话给我").
  [
    'complaint',
    /(?:接孩子|接的时候|接回|去接|接娃).{0,14}(?:大包|起了?(?:个|一个)?包|肿|淤青|抓痕|伤口?|流血|咬)|(?:老师|工作人员|你们)(?:什么都|啥都|也|都)?(?:没|不)(?:说|讲|告诉|通知|打电话|联系)(?:我|一声)?|都没(?:打电话|通知|告诉|说)(?:给)?我?/,
    3.5,
  ],
  // The carers blamed for a child hurt at a point ("我孩子在前埔摔了头 你们怎么看的孩子").
  [
    'complaint',
    /你们(?:是)?怎么(?:看|带|照顾|管)(?:的)?(?:孩子|娃|小孩|宝宝)|(?:孩子|宝宝|娃|儿子|女儿)在(?:你们|托育点|服务点|点上|那边)(?:那|这)?(?:里|边)?.{0,6}(?:摔|磕|撞|烫|夹)(?:了|伤|破|到)/,
    4,
  ],
  // The carers lost or spoilt a child's things ("老师把外套弄丢了", "衣服被弄脏了也没人说").
  [
    'complaint',
    /(?:老师|工作人员|阿姨|保育员|你们|那边|服务点|托育点|点上).{0,12}(?:弄丢|搞丢|弄坏|搞坏|弄脏|弄破|拿错|穿错|没看好|看不好)|(?:弄丢|搞丢|弄坏|弄脏|拿错).{0,6}(?:也)?(?:没人|不)(?:说|管|道歉|赔)/,
    3.5,
  ],
  // Care that failed the child, told without the word 投诉 ("接孩子 裤子全湿了也没人给换", "老师等我去接才说",
  // "問老師他今天有沒有喝水 老師支支吾吾說不出來 這樣我怎麼放心"): a grievance for staff, whatever day or point it names.
  [
    'complaint',
    /(?:没人|没有人|也没人|都没人)(?:给|帮)(?:他|她|孩子|宝宝|娃|小孩)?(?:换|擦|喂|洗)|(?:就|一直)(?:让|把)(?:他|她|孩子|宝宝|娃)(?:那么|这么|一直)?(?:湿着|坐着|晾着|哭着|光着)|(?:等|到)(?:我|家长)(?:去|来)?接(?:孩子|娃|的时候|时)?(?:才|再)(?:说|讲|告诉|通知)|(?:老师|工作人员|阿姨|保育员|teacher|staff|carer)(?:连|都|也|居然|竟然)?.{0,16}(?:说不出|答不上|讲不清|说不清|支支吾吾|一问三不知|都不知道|也不知道)(?=.{0,16}(?:怎么放心|不放心|放心吗|怎么能放心))/,
    4,
  ],
  // A person who can decide asked for sideways ("有没有能做主的", "想找你们manager聊聊", "想跟那边的人确认一下"): a person.
  [
    'human',
    /(?:有没有|找|叫|要|换)(?:个|一个)?(?:能|可以)(?:做主|说了算|拍板|负责|管事)的|(?:找|叫|让|请|跟|和)(?:你们的?|一下你们的?|一下)?\s*(?:manager|supervisor|经理|领导|老板|店长)|(?:跟|和|问|找)(?:那边|服务点|点上|你们那边|托育点|现场)的?(?:人|老师|工作人员)(?:再)?(?:确认|核实|问一下|问问|说|聊|沟通)/,
    5,
  ],
  // ── cancel: acting now vs. asking about the rules ──
  ['cancel', /取消|退订|退掉|撤销|撤回预约|不去了|去不了|来不了|不来了|去不成|不能去了|没法去|改不了时间/, 2.5],
  [
    'cancel',
    /(?:帮我|帮忙|麻烦|请|我要|我想|想要|要|需要|直接)\s*(?:帮我)?取消|取消(?:掉|一下|吧|了吧|我的|这个|那个|那次|预约|订单|报名|周|明天|后天|今天)/,
    1.5,
  ],
  [
    'knowledge',
    /取消.{0,12}(?:提前|多久|规则|政策|会不会|会怎么?样|名额会|影响|扣|罚|限制|怎么算|几次|算不算|后果|黑名单|信用|违约|截止|最晚|来得及|有什么|要求)|(?:提前|最晚|几点前|多久|什么时候(?:之)?前).{0,8}取消|(?:如果|要是|万一|假如).{0,12}(?:取消|cancel|不去|没去|去不了)|取消.{0,6}的话|爽约|(?:不|没)(?:去|来|到)(?:的话)?(?:会|要紧|有什么)|放(?:了)?(?:[\d一二两三四五几好]+次)?(?:人家?)?鸽子|no-?show|(?:怎么|如何|怎样|在哪)(?:才能)?取消|取消.{0,4}(?:吗|么)$/,
    4.5,
  ],
  // A cancellation, a complaint, the staff or a booking named as the topic of a question, not asked for:
  // "台风的话会自动取消吗", "取消以后能马上再约吗", "投诉多久有回复", "工作人员几点下班", "暂停期间能排候补吗".
  [
    'knowledge',
    /(?<!我|我们)(?:会|会不会)\s*(?:自动|直接)?\s*(?:被)?\s*(?:取消|cancel)|(?:台风|暴雨|下雨|天气|typhoon|停课).{0,20}(?:要不要|需不需要|用不用|会不会)(?:我)?(?:自己)?(?:去)?(?:取消|cancel)|(?:取消|cancel).{0,16}(?:会被|会不会被|ban|封号|拉黑|禁止|停约)|(?:取消|cancel)(?:了)?(?:以|之)?后.{0,12}(?:能不能|可不可以|会不会|(?:还能|还可以|能|可以|会).{0,12}(?:吗|么|嘛|[?？]))|要(?:我)?自己(?:去)?\s*(?:取消|cancel)\s*(?:吗|么|嘛)|late\s*cancel/,
    5,
  ],
  [
    'knowledge',
    /(?:如果|要是|假如|万一)(?:我)?(?:要|想)?(?:投诉|反映|举报)|^(?:那|那么)(?!.{0,4}我的)[^，,。!！]{0,6}(?:投诉|客诉)(?:的话)?(?:呢|也一样吗|也是这样吗)[?？]?$|(?:多久|几天|多长时间|多快)(?:会|能|才|可以)?.{0,8}(?:回复|回覆|答复|处理|回应|reply|respond|handle|deal with|回)\s*(?:一下)?(?:客诉|投诉|complaints?)|投诉.{0,12}(?:多久|几天|怎么|流程|渠道|方式|回复|回覆|答复|结果|处理|哪里|找谁|电话)|(?:怎么|如何|在哪|去哪|找谁|哪里)(?:可以|能)?(?:投诉|反映|举报)|(?:可以|能|能不能|可不可以)(?:打|拨)?12345(?:吗|么|嘛)?/,
    5.5,
  ],
  [
    'knowledge',
    /(?:老师|工作人员|保育员|阿姨|staff)(?:们)?(?:一般|平时|都)?(?:几点|什么时候)(?:上班|下班|走|到)|(?:几点|什么时候)(?:下班|上班)|上班时间|(?=.*(?:吗|么|嘛|[?？]|能不能|可不可以|会不会|要不要))(?:拍照|拍视频|照片|录像|(?:不要|别|不让|不准|不给)拍)|(?:能不能|可不可以|会不会|要不要).{0,12}(?:拍照|拍视频|照片|录像|拍)/,
    5,
  ],
  [
    'knowledge',
    /分(?:在)?(?:哪|什么|几)(?:个|一)?班|分班|混龄|按年龄分|(?:服务点|托育点|点)(?:有)?分(?:几|两|哪|什么)(?:种|类)|有(?:几|两|哪)(?:种|类)(?:服务点|托育点)|(?:能不能|可不可以|可以|能|必须|一定要|要不要|需不需要|需要)(?:不)?(?:用)?(?:真名|真实姓名|实名)|暂停(?:期间|的时候|期)|停约期间|分开(?:预约|约|订|报名)(?:吗|么|嘛)|(?:要|需要|要不要|需不需要|得|必须)分开(?:预约|约|订|报名)/,
    5,
  ],
  // ── my bookings ──
  [
    'my_bookings',
    /我的\s*(?:预约|订单|报名|预订|预定|booking|reservation)|check.{0,6}(?:我的|my)\s*(?:booking|预约)|我(?:都)?(?:约了|订了|预约了|预订了|报名了)(?:哪|什么|几)|(?:预约|订|约|报名)了?(?:哪些|什么|几个)|预约(?:记录|情况|状态|信息|详情)|查(?:一下|看|询|下)?(?:我的)?(?:预约|订单)(?!的?(?:规则|流程|方法|条件|政策|须知|说明|要求))|看(?:一下|看)?(?:我的)?(?:预约|订单)(?!的?(?:规则|流程|方法|条件|政策|须知|说明|要求))|(?:约|订|预约|报名)(?:上|好|成功)了(?:吗|么|没)|有没有(?:约|订|预约)(?:上|成功)|成功了(?:吗|没)|我(?:有)?几个预约|预约(?:的)?(?:是)?(?:几点|哪天|什么时候|在哪)/,
    3,
  ],
  // "我订的是几点", "我约的那个在哪", "what did I book": asking about a booking already made, not making one.
  [
    'my_bookings',
    /我(?:之前|刚才|刚刚|已经|上次)?(?:订|约|预约|预订|预定|报名)(?:了)?的(?:是|那个|那场|那家|场次|时间|地方|地址|在|几点|哪|什么)|(?:订|约|预约)(?:好|上)?的那个(?:是|在|几点|哪)/,
    4,
  ],
  // "我有预约吗", "有没有我的预约": whether the family has a booking at all.
  [
    'my_bookings',
    /^(?:我|我们|[\u4e00-\u9fa5a-z]{1,6}?)(?:现在|还|目前)?有(?:没有)?(?:预约|约|订|报名)(?:吗|么|嘛|吧|没有|没)?[?？]*$|有没有我的(?:预约|订单)|我(?:们)?(?:有|还有)几个(?:预约|约)/,
    5,
  ],
  // What was booked named between the verb and the question ("我约的临托是在哪一间", "我订的半日托几点开始").
  [
    'my_bookings',
    /我(?:之前|刚才|刚刚|已经|上次)?(?:订|约|预约|预订|预定|报名)(?:了)?的[\u4e00-\u9fa5a-z]{1,6}?(?:是|在)?(?:在)?(?:哪(?:一|个)?(?:间|家|个|里|儿|天)?|几点|什么时候)/,
    4,
  ],
  // "我周六那个是几点的", "我昨天约的那个还在不在": the parent's own booking, named by its day or by when it was made.
  [
    'my_bookings',
    /^(?:我|我们)(?:的)?(?:这|下)?(?:周[一二三四五六日天末]|明天|后天|\d{1,2}[日号])的?那(?:个|场|次)(?:是|在|还|几|哪)|(?:昨天|前天|刚才|刚刚|之前|上次|早上|上午|晚上)(?:约|订|预约|报名)的(?:那个|那场)?.{0,4}(?:还在|还有效|还算数|成功|在不在|有没有)|(?:约|订|预约)的(?:那个|那场)(?:还在|还有效|还算数|在不在)/,
    4.5,
  ],
  // Whether a booking still stands ("周六那个预约还有效吗", "is my saturday booking still on?").
  [
    'my_bookings',
    /(?:预约|booking|reservation)\s*(?:还)?(?:有效|在吗|还在|没问题吧|确认了吗|成功了吗)|(?<![a-z])(?:is my (?:[a-z]+ )?(?:booking|reservation) (?:still|confirmed|ok|valid)|(?:booking|reservation) (?:still (?:on|valid|there|stands?)))(?![a-z])/,
    5,
  ],
  // "另一个也约同一场", "另外一个也要一样的", "另一个也要 同一场" (voice input puts a space in): the session just booked, for the
  // sibling.
  ['book', /(?:另一个|另外一个|另外那个)(?:孩子|娃)?(?:也)?(?:约|订|要|报)?\s*(?:一样的|同一场|同样的|同一个)/, 8],
  // After cancelling one child's place, whether the other's stands ("那大宝的还在吧", "哥哥的還在嗎", "朵朵那个没取消吧"):
  // the family's bookings, not a question about siblings.
  [
    'my_bookings',
    /^(?:那|所以|那么)?[\u4e00-\u9fa5a-z]{1,6}?(?:的|那个|那场)(?:预约|那个|那场)?(?:还在|还有效|还算数|没(?:被)?(?:取消|动|退)|照常|不变|没事)(?:吧|吗|么|嘛|的吧|对吧|是吧|没)?[?？!！。]*$/,
    5,
  ],
  // Booked again and again without a place: a complaint, not a new search ("我约了3次都没约上，你们怎么回事").
  [
    'complaint',
    /(?:约|订|抢)了?(?:\d+|[两三四五六七八九十几好多]+)?(?:次|回|遍)?都(?:没|约不|订不|抢不)(?:约|订|抢)?(?:上|到)|你们(?:怎么回事|搞什么|什么情况)/,
    4,
  ],
  // How many have been made ("这周约了几次了"): a lookup, not the rule about how many may be made.
  ['my_bookings', /(?:约|订|预约|报名)(?:了|过)(?:几|多少)(?:次|场|回|个)/, 5],
  // With a day or a child in between ("我周六约的是哪个点", "查一下果果的预约"), or just "我约了吗".
  [
    'my_bookings',
    /我(?:(?:这|下|上)?(?:周|星期|礼拜)[一二三四五六日天末]|明天|后天|今天|\d{1,2}月\d{1,2}[日号]|\d{1,2}[日号])(?:之前|已经)?(?:订|约|预约|预订|报名)(?:了)?的(?:是|那个|那场|场次|时间|地方|地址|在|几点|哪|什么)|(?:查|看)(?:一下|看|询|下)?[\u4e00-\u9fa5a-z]{1,6}的(?:预约|订单|报名)(?!.{0,4}(?:规则|流程|方法|条件))|^(?:我|我们|宝宝|孩子)?(?:已经)?(?:约|订|预约|报名)(?:上|好|成功)?了(?:吗|么|没|没有)[?？]*$/,
    4,
  ],
  // A child or a day named before the verb ("团团约的是哪天来着", "老二订的那个在哪"): a lookup, not "the one I want to book".
  ['my_bookings', /(?<![想要准备打算])(?:订|约|预约|预订|报名)(?:了)?的(?:是(?:哪|几|什么)|那个(?:是|在)|那场|场次|时间|地方|地址|在哪|几点|哪)/, 4],
  // ── waitlist ──
  [
    'join_waitlist',
    /排队|候补|等位|排个队|加入等候|等候名单|有(?:位置?|空位?|名额|空)了?(?:请|麻烦)?(?:通知|告诉|提醒|叫|联系)我|满了.{0,8}(?:等|排|候补)|帮我(?:排|候补|等着)|补位/,
    3,
  ],
  // Whether the waitlist may be joined if a session is full ("礼拜天afternoon要是full了 能join waitlist吗", "满了的话 可以排候补吗"):
  // how the waitlist works, asked — not a search ("满了就帮我排候补" asks for it, and stays the search) — round 52.
  [
    'knowledge',
    /(?:(?:要是|如果|万一|假如)[^。？?]{0,16}(?:满了|约满|(?<![a-z])full(?![a-z])|没位|没有位)|(?:满了|约满|(?<![a-z])full(?![a-z]))(?:了)?的话)[^。？?]{0,4}(?:能|可以|能不能|可不可以|还能)[^。？?]{0,8}(?:候补|排队|waitlist|wait list)[^。？?]{0,4}(?:吗|么|嘛|[?？]|$)/,
    9,
  ],
  // A waitlist offer the family cannot take ("waitlist排到了 但是我那天有事 can I pass"), several waitlists at once
  // ("我可以同时排两个点的候补吗"): how the waitlist works, asked — not a new waitlist place (round 31).
  [
    'knowledge',
    /(?:候补|排队|等位|waitlist|wait list).{0,14}(?:排到|轮到|有位|通知|offer).{0,16}(?:有事|去不了|来不了|不去|不要|放弃|(?<![a-z])(?:pass|skip|decline)(?![a-z]))|(?:同时|一起)(?:排|候补|排队)?(?:两|几|多)个(?:点|场|服务点|场次)?的?(?:候补|排队|waitlist)|(?:候补|排队|waitlist).{0,8}(?:同时|两个点|几个点|多个点)/,
    5,
  ],
  [
    'knowledge',
    /为什么.{0,6}(?:要|得|老是|总是|都|总要|老要)(?:排|候补|排队)|(?:空|让|放|腾|多)出来的(?:位子?|名额|位置|空位).{0,8}(?:怎么|如何|按什么|凭什么|给谁|分给)|(?:名额|位子|位置|空位).{0,4}(?:是)?(?:怎么|如何|按什么|凭什么)(?:分|分配|给)(?:的|给谁)?|(?:候补|排队|等位|waitlist|wait list).{0,10}(?:规则|确认|confirm|怎么算|怎么排的|多久|机制|顺序|几率|概率|成功率|机会|希望|是什么|怎么运作|原理|会通知吗|怎么通知|会自动|多长时间|要多久)|(?:怎么|如何)(?:候补|排队)|(?:候补|排队|等位).{0,10}(?:会(?:不会)?(?:通知|告诉|提醒|notify|inform|let me know|tell)我?|怎么知道|多久能|等几天|要等多久|等多久|几天能)|(?:候补|排队|通知).{0,16}(?:还有效|有效吗|过期|失效|来不及)|(?:候补|排队).{0,8}(?:怎么|如何)(?:退出|取消|撤)|(?:没|不)轮到|轮不到|等不到|backup|plan ?b|还有什么(?:办法|选择|别的办法)|(?:多久|多长时间|几分钟)(?:之内|以内|内)?(?:要|得|需要|必须)?(?:确认|confirm|回复|接受)/,
    4,
  ],
  // ── reminders: "开放了提醒我", "放号的时候通知我", "开放了再提醒我一下" ──
  [
    'remind_opening',
    /(?:开放|开始约|开约|可以约|能约|放号)(?:预约)?(?:了|的时候|时|以后|后)?(?:就|请|麻烦|再|记得)?(?:提醒|通知|告诉|叫)我|提醒我.{0,6}(?:开放|开约|放号)|(?:到时候?|到那时候?|那时候|等开了|开了)(?:记得|请|麻烦|再|要)?(?:提醒|通知|告诉|叫)(?:我|一声)|(?:帮我)?(?:设|定|订|加)(?:个|一个)?(?:开放)?提醒|^(?:好|好的|好吧|嗯|行|可以|那|那就|ok|okay)?[\s,，]*(?:明天|明早|到时|到时候|那天|开放那天)?(?:请|麻烦)?(?:你)?(?:记得)?(?:提醒|通知)(?:我|一下)(?:一下|一声)?(?:吧|哦|呀)?[!！.。]*$/,
    5,
  ],
  // ── children ──
  [
    'register_child',
    /登记(?:一下)?(?:我的|我家)?(?:[两二三四俩几2-4]个|一个)?(?:孩子|宝宝|小孩|娃|信息|儿子|女儿|二宝|老二)|(?:孩子|宝宝|小孩|娃|儿子|女儿)们?\s*(?:都|全|一起)?(?:想|要)?(?:登记|录入)(?!了|好|上|过)|添加(?:一个|个)?(?:孩子|宝宝|小孩|娃|儿子|女儿|二宝)|(?:再)?加(?:一个|个)(?:孩子|宝宝|小孩|娃)|新增(?:孩子|宝宝|小孩)|录入(?:孩子|宝宝)|绑定(?:孩子|宝宝)|(?:填|填写|提交|录|完善)(?:一下)?(?:孩子|宝宝)的?(?:信息|资料)|注册|建档|(?:孩子|宝宝)(?:的)?(?:信息|资料)(?:登记|填写|录入|添加)/,
    3,
  ],
  [
    'list_children',
    /(?:我的|我家|我登记的|我添加的|已登记的|已添加的|登记了的|绑定的|登记过的)(?:孩子|宝宝|小孩)(?:有哪些|列表|信息|是谁|都有谁|有几个|资料)?\s*(?:$|[?？]|吗)|(?:孩子|宝宝)列表|查看(?:孩子|宝宝)|(?:登记|添加|绑定)了(?:几个|哪些|哪几个)(?:孩子|宝宝)?|(?:孩子|宝宝)(?:都)?(?:登记|添加)(?:了|好了|上了)(?:吗|没)/,
    3,
  ],
  // ── booking ──
  // (A bare 抢 grabs a place; 抢着 is eager to do something — "天天抢着自己穿鞋" — and 抢玩具 / 抢东西 is snatching: no booking, round 49.
  // So is snatching a spoon, a bowl, a phone or from another child — "十四个月 老抢碗要自己舀": the things at home and the people
  // snatched from, round 50. A 抢 that ends the clause after a child or a behaviour adverb — "跟他说轮流他根本不听 照样抢",
  // "说了还是抢", "他们老是抢" — is snatching told again, no booking, round 54.)
  [
    'book',
    /预约|预定|预订|报名|报个名|报一下名|报上名|抢位|抢个?位|占个?位|(?<!订)订(?!单|阅|正)|(?<![大节违爽制简契合])约(?![定束会谈])|就这个|就它|就那个|选这个|要这个|就要这个|那就这个|就这家|就这场|锁定|安排上|我要去|我想去|(?:给我|帮我)?留(?:个|一个)位|(?!(?<=照样|照旧|还是|又|一直|老是|总是|总|老|互相|他|她|们|就|都|也|还|乱)抢\s*(?:[，。！？!?,.、…~～\s]|$))抢(?!着|玩具|东西|勺|碗|筷|奶瓶|杯子|手机|遥控|零食|吃的|玩的|别人|人家|哥哥|姐姐|弟弟|妹妹|小朋友)/,
    2.5,
  ],
  ['book', /(?:帮我|给我|我要|我想|想要|麻烦)(?:帮我)?(?:订|约|预约|预定|预订|报名|抢)/, 1],
  // The session just booked, for another child too ("再给老二也约同一场", "果果也报一样的"): a booking, not a question.
  ['book', /(?:也|一起)(?:约|订|预约|报名?|book|要)(?:上)?\s*(?:同一|一样|同样|这一?)(?:场|个|次|节|的)/, 6],
  // "the one at Jiangtou", "江头那个吧": picking an item from the list by its place.
  ['book', /^[\u4e00-\u9fa5a-z]{1,8}(?:那个|那家|那场|那里的|那边的)(?:吧|呗|吧谢谢)?$/, 2.5],
  // What a teacher or carer said about the child ("daycare的老师说他不太跟别的小朋友玩", "托嬰中心的老師說…", "阿姨说她还不会walk"):
  // a story for a parenting question, whatever care word names where it happened — unless places are asked for.
  [
    'knowledge',
    /(?:老师|teacher|阿姨|保育员|园长|保姆|保母)(?:们)?(?:跟我|和我|对我|给我)?(?:说|讲|反映|提到)(?!.{0,16}(?:有位|名额|空位|位置|能约|可以约))/,
    3,
  ],
  // ── searching ──
  [
    'find_slots',
    /有没有(?:位置?|空位|名额|号|空(?![调气])|场次|时间|地方|托|课|服务点|点)|有(?:位置?|空位?|名额|空|号)(?:吗|么|没|不|嘛|呢)|还有(?:位置?|空位|名额|空(?![调气])|号|场)|(?:位置|名额|空位|余位|号)(?:还有|有没有|满了|多吗|紧张|够)|满了(?:吗|么|没)|满没满|空位|余位|名额|剩余|哪里有|哪(?:个|些|家)(?:点|服务点|地方|托育点)|什么时候有|几点有|(?:查|看|找)(?:一下|看|找|查)?(?:位置|名额|空位|场次|时间|服务点|托育点|托班|附近)|(?:可以|能)(?:去|送)(?:吗|么)|哪些时间|哪个时间|什么时间(?:有|可以)|时间段|场次|有(?:托育|托班|托管|临时托|半日托|体验课|课|人带娃|人看娃)(?:吗|么|没)|帮(?:我|他|她|孩子|宝宝|娃)?(?:看看|查查|找找|找个?|查一下|看一下|找一下)|推荐(?:一个|个)?(?:点|地方|服务点)|想(?:找|送|去)/,
    2.5,
  ],
  [
    'find_slots',
    /(?:哪些|哪个|什么)时间(?:段)?(?:可以|能|有)|看看.{0,8}(?:可以|能)约|(?:能|可以)约(?:吗|么)|约(?:得)?到(?:吗|么)|约得上|还能约|还可以约|能约上/,
    3,
  ],
  // "给大宝找一下周六下午思明的位置": the day and place between the verb and what is looked for.
  ['find_slots', /(?:找|看|查|搜)(?:一下|一找|找|看|查|下)?[^，。,？?！!]{0,14}的(?:位置|名额|空位|场次)/, 2.5],
  ['find_slots', /托育|托班|托管|带娃|看娃|看孩子|帮忙带|服务点|托育点/, 1],
  // ── knowledge: the service's rules ──
  [
    'knowledge',
    /免费|收费|要钱|花钱|多少钱|费用|价格|户籍|户口|外地|非本地|本地人|居住证|社保|谁可以|哪些人|什么人可以|条件|资格|要求|带什么|准备什么|需要带|要带|携带|证件|材料|规则|政策|流程|师生比|比例|几个老师|老师(?:资质|资格|证|专业)|保育员|安全吗|安全(?:措施|保障|吗)|监控|保险|隐私|个人信息|数据|营业时间|开放时间|几点(?:开门|关门|开始|结束|到几点)|几点到几点|多长时间|几个小时|接送|陪同|家长(?:可以|能|要|需要)?陪|餐食|点心|午餐|爱邻护幼|是什么|什么是|怎么(?:收费|申请|操作)|在哪(?:里|儿)?\s*(?:$|[?？])|地址|怎么去|停车|年龄(?:限制|要求|范围)|多大(?:的)?(?:孩子|宝宝)?(?:可以|能)|几岁(?:可以|能|的)|提前(?:多久|几天|多长时间)|能待多久|可以待多久|生病(?:了)?(?:还)?(?:能|可以)/,
    3,
  ],
  // Who may book, asked with the family's papers or origin ("小孩只有台胞证 可以预约吗", "从台湾过来的 能约吗",
  // "只有老家的户口本"): an eligibility question, not a search, whatever booking word it ends with.
  [
    'knowledge',
    /(?:只有|没有|没办|没带|用|拿|凭|有)[^，。,？?！!]{0,6}(?:台胞证|护照|身份证|身分证|户口本|通行证|回乡证|出生证|居留证|证件)|(?:台湾|香港|澳门|外国|国外|外省|外地|老家)(?:人|过来|来的|籍)[^？?]{0,20}(?:能|可以|可不可以|能不能)(?:预约|预定|约|用|去|参加|报名)/,
    4.5,
  ],
  // "那取消一个以后可以再约吗", "取消一次之后还能重新约吗": whether one may book again after a cancel, asked of no booking
  // in particular (one, once, after), is a rule question, not a cancel.
  [
    'knowledge',
    /(?:取消|退掉?)(?:了)?(?:一个|一次|一场|一节|一下)?(?:以后|之后|后|的话)?[^，。,？?！!]{0,10}(?:还|也)?(?:能|可以|能不能|可不可以)(?:再|重新|马上)[^，。,]{0,8}(?:约|预约|订|报名?)[^，。,]{0,6}(?:吗|么|嘛|呢)/,
    7,
  ],
  // Comparing two kinds of care, the staff's training, saying goodbye at drop-off: questions, whatever day is named.
  [
    'knowledge',
    /有(?:啥|什么)(?:不一样|不同|区别|差别)|(?:什么|啥)区别|区别(?:是|在)|差别|差在哪|(?:跟|和|与).{1,8}(?:不一样|一样吗)|哪(?:一)?(?:种|类)(?:服务点|托育点|点|地方)|(?:去|选|找|得去|该去|要去)哪(?:一)?(?:种|类|个类型)(?:的)?(?:呢|啊|呀|吗|[?？]|$|\s)|wifi|wi-fi|无线网|网络|厕所|洗手间|卫生间|母婴室|哺乳室|尿布台|换尿布|空调|电梯|婴儿车|推车|(?:bb|BB)车|双人车|泊车|停车|斜路|坡道|无障碍|(?:取消|cancel).{0,8}(?:最晚|截止|几点前|提前多久|deadline)|老师.{0,4}(?:证|资质|资格|培训|训练|专业|经验)|道别|告别|说再见|(?:收|交|付)(?:不收)?钱|要不要钱|一分钱|不要钱|不花钱|白送/,
    4.5,
  ],
  ['knowledge', /(?:宝宝|孩子|娃|小孩|\d+个月|岁).{0,12}(?:可以|能)(?:参加|去|来|报名|上|送)(?:吗|么|嘛)|(?:可以|能)(?:参加|报名)(?:吗|么)/, 2.5],
  // Rules of the service asked in passing, phrased around a booking word ("提前几天能约", "一个月能约几次", "迟到了还能进吗").
  [
    'knowledge',
    /提前(?:多久|几天|多长时间|多少天)(?:可以|能|开始|才能)?(?:约|预约|订|报名)|什么时候(?:开始|开放)(?:预约|约|报名)|放号|(?:能|可以)?(?:约|预约|订|报名|去|来|用)几(?:次|场|回)|最多(?:能|可以)?(?:约|预约|订|报)|次数|每(?:个)?(?:周|月|周末)都(?:能|可以)(?:约|去|预约)|迟到|晚到|来晚了|晚点到|早到|(?:改|调)(?:到|成|期|时间|一下时间)|改约|换个时间|换一天|(?:信息|资料|数据|照片|电话|身份证).{0,8}(?:干嘛|干什么|做什么|用来|用在|用途|泄露|保存|保留|删除|删掉|安全|给谁|卖)|(?:住在?|家在).{1,12}(?:上班|工作).{0,12}(?:可以|能)|跨区|(?:别的|其他|不同)区|午饭|带饭|管饭|有吃的|吃什么|(?:能|可以)(?:进|看)(?:去)?(?:吗|么)|看到(?:娃|孩子|宝宝)|单独(?:带|陪)|爸爸(?:可以|能)/,
    4.5,
  ],
  [
    'knowledge',
    /(?:要|需要|必须|(?<!有)得|一定要)(?:先)?(?:预约|约|报名)(?:吗|么|嘛)|直接(?:去|过去|来)|不(?:用)?预约|没(?:有)?(?:提前)?(?:预)?约.{0,4}(?:能|可以)|当天(?:去|来|约|报名)|现场(?:报名|排队|登记)|(?:能|可以)?托(?:多久|多长|几个小时|几小时)|全日托|全托|整天|一整天|(?<![半全])日托(?!班)|过夜|晚上(?:能|可以)?托|夜间|(?:疫苗|体检|证明|生病|感冒|咳嗽|发烧|过敏|拉肚子|流鼻涕|湿疹).{0,10}(?:可以|能)(?:去|送|参加|来)(?:吗|么|嘛)|押金|保证金|发育迟缓|发育落后|特殊需要|特殊儿童|残疾|唐氏|脑瘫|违规|违约|双胞胎|附餐|便当|供餐|(?:会|能)(?:说|讲)(?:英语|英文|普通话|闽南话)|(?:带|和|跟|让|连)(?:上)?(?:哥哥|姐姐|弟弟|妹妹|大宝|二宝|老大|老二).{0,8}(?:一起|也)|(?:哥哥|姐姐|兄弟|姐妹|大宝).{0,6}(?:一起|也)(?:去|来|参加|进)|兄弟姐妹/,
    4.5,
  ],
  // Whether a child near 3 is still young enough ("下個月就滿三歲了 還可以去嗎", "会不会超龄", "turns 3 next week - can she still
  // come?"): the age rule, asked — not a search of the month it names. (One pattern for both languages: ruleQuestions.)
  ['knowledge', AGE_LIMIT, 5],
  // Collecting before the session ends ("能不能只托两个小时就提前接走", "可以只待兩小時就接走嗎"): a question about the session,
  // not a search for the day it names.
  [
    'knowledge',
    /(?:只|就)(?:托|待|呆|放|送|玩)(?:[一两二三半\d]+)(?:个)?(?:小时|钟头)|(?:提前|早点|提早)(?:把(?:他|她|孩子|宝宝|娃)?)?接(?:走|回|人|孩子|娃)?(?!种)|(?:可以|能)(?:中途|提前|早点)(?:接|走|离开)/,
    6,
  ],
  // Whether points open over a public holiday ("春节期间你们托育点开门吗", "国庆开不开", "過年有開嗎"): the holiday rule.
  [
    'knowledge',
    /(?:春节|过年|新年|元旦|国庆|五一|劳动节|中秋|端午|清明|节假日|法定假日|法定节假日|假期|长假|连假|过节)(?:期间|的时候|那几天|那天|这几天|前后|里|放假)?.{0,10}(?:开门|开放|营业|关门|休息|停业|暂停|照常|开(?:吗|不|么|嘛)|开不开|还开|放假(?:吗|么|嘛|不)|放不放假|有没有(?:托|服务|人))/,
    6,
  ],
  // What the service is not or does not do, asked with a service word in it ("服务点能帮忙申请育儿补贴吗", "有 summer camp 吗"),
  // how many kinds there are ("一共有哪几种 class"), reading picture books: questions, never a search.
  [
    'knowledge',
    /补贴|津贴|育儿补助|生育金|育儿假|夏令营|冬令营|summer\s*camp|winter\s*camp|(?:一共|总共|都)有(?:哪几|哪些|几)(?:种|类|样)|有(?:哪几|几)(?:种|类)(?:课|class|服务|托)|(?:读|念|讲|看)\s*(?:绘本|故事书|picture\s*books?)|(?:绘本|picture\s*books?).{0,12}(?:怎么读|读多久|念多久|读几本|每天.{0,4}读)/,
    4.5,
  ],
  // ── knowledge: parenting ──
  [
    'knowledge',
    /疫苗|接种|打针|发烧|发热|体温|咳嗽|感冒|流鼻涕|鼻塞|睡觉|睡眠|入睡|夜醒|哄睡|午觉|睡不|早点睡|早睡|几点睡|晚睡|早醒|醒得早|就醒|点睡|点醒|睡够|睡多久|睡几个?小时|不肯睡|不愿睡|不睡觉|困得|找妈妈|在家(?:里)?.{0,8}(?:怎么|可以|能)?玩|怎么玩|玩什么|生完孩子|产后|坏妈妈|开心不起来|不想起床|抑郁|有什么办法|有啥办法|咋办|求支招|辅食|奶粉|母乳|喂奶|吸奶|吸的奶|吸出来的奶|储奶|存奶|冻奶|背奶|冷藏|冷冻|解冻|退冰|吃奶|断奶|夜奶|奶量|哭闹|哭|尖叫|发脾气|脾气|耍赖|打人|咬人|(?:跟|和|对)(?:他|她|孩子|宝宝|娃)(?:们)?(?:说|讲)(?:英语|英文|普通话|中文|方言|闽南话|家乡话)|双语|两种语言|几种语言|多种语言|惩罚|体罚|罚(?:他|她|孩子|宝宝|娃)|打屁股|管教|立规矩|饮料|果汁|甜食|零食|(?<![被让师姨员])(?:打|咬|抓|踢|掐|推)了?(?:我(?!孩子|家|儿子|女儿|宝|娃|的|们)|妈妈|爸爸|奶奶|爷爷|外婆|外公|弟弟|妹妹|哥哥|姐姐|老二|老大|宝宝|小宝|大宝|别的小朋友)|分离焦虑|入园|适应|屏幕|手机|看电视|ipad|平板|长牙|出牙|便秘|拉肚子|腹泻|湿疹|过敏|吐奶|呕吐|身高|体重|头围|百分位|发育|说话|语言|走路|爬|如厕|尿布|纸尿裤|尿裤|挑食|厌食|不吃|偏食|黄疸|红屁股|尿布疹|手足口|疱疹|退烧|布洛芬|美林|泰诺林|乙酰氨基酚|安抚|奶嘴|吃手|早教|认知|专注|注意力|穿衣|穿多少|洗澡|补钙|维生素|鱼肝油|补铁|营养|正常吗|怎么办|要紧吗|严重吗|去医院|看医生|该怎么|怎么(?:让|哄|教|培养|判断|处理|养|喂|做|办)|多大(?:可以|能|会|开始)|几个月(?:可以|能|会|开始)|噎|窒息|误食|摔|磕|烫伤|抽搐|惊厥|防晒|蚊子|驱蚊|口水|流口水|磨牙|夜惊|做噩梦|怕生|认生|害羞|胆小|叛逆|二胎|大宝|吃饭|喝水|喝奶|奶瓶|刷牙|牙齿|视力|听力|自闭|多动|感统失调|生长曲线|绘本推荐|读绘本|玩具|户外活动/,
    2.5,
  ],
  ['knowledge', /为什么|怎么样才|如何(?!预约|报名|订)|是不是|要不要|需不需要|有必要/, 1],
  // ── small talk ──
  [
    'greeting',
    /你好|您好|(?<!还|都|也|存|会)在吗|在不在|哈喽|哈啰|嗨|早上好|上午好|下午好|晚上好|早安|有人吗|大家好|老师好|^亲(?=[，,。！!~～\s]|$|们|爱的)|^hello|^hi\b/,
    1.5,
  ],
  [
    'help',
    /你是(?:不是)?(?:chatgpt|gpt|ai|机器人|真人|人工智能|人还是机器)|(?<![a-z])are you (?:a |an )?(?:bot|robot|human|ai|chatgpt|real person|real)(?![a-z])/,
    3,
  ],
  [
    'help',
    /帮助|怎么用|如何使用|使用方法|你能做什么|你会什么|你可以做什么|(?<!家|家里|我|我们|家长|大人|爸妈|平时)能做什么|能干(?:嘛|什么)|有什么功能|功能|菜单|指南|使用说明|不会用|你是谁|你是(?:什么|干什么|干嘛)|重新开始|^\/start|^\/help|有什么服务|能帮我什么|你们(?:是)?(?:做|干)什么的/,
    2,
  ],
  ['thanks', /谢谢|多谢|感谢|谢啦|谢了|3q|辛苦了|辛苦啦|感恩|谢谢你|谢谢您|蟹蟹|谢谢啦/, 2],
  // ── points, the service, the assistant ──
  [
    'point_info',
    /(?:服务点|托育点|那个点|这个点|你们(?:那|的点)?|[\u4e00-\u9fa5]{2,4}(?:那个|的)?点)(?:的)?(?:地址|在哪|在什么地方|怎么去|怎么走|怎么过去|电话|联系方式|号码)|(?:地址|电话|联系方式)(?:是|在)?(?:多少|什么|哪)|怎么(?:去|走|过去)(?:那|你们)?|在哪(?:里|儿)?(?:呀|啊)?[?？]?$/,
    3.5,
  ],
  // "第二个几点结束", "第一个是几点到几点的": a question about a listed session (its times are shown with its point),
  // not a pick to book it — round 35.
  [
    'point_info',
    /第\s*[一二三四五六七八九十\d]{1,2}\s*个(?:场次|场)?(?:是|的)?(?:几点|什么时候|多久)(?:开始|结束|到几点|到|下课|散|接|完)|第\s*[一二三四五六七八九十\d]{1,2}\s*个(?:场次|场)?(?:是|的)?(?:几点到几点|多长时间)/,
    5,
  ],
  // "湖里的点都有哪些": the points of a district, not this weekend's places.
  ['point_info', /(?:点|服务点|托育点)(?:都|一共|总共)?有(?:哪些|哪几个|几个)|有哪些(?:点|服务点|托育点)|哪些(?:服务点|托育点)/, 4],
  // "翔安也有爱邻护幼的点吗", "我们那边有没有服务点": whether a district has points at all, not its places this weekend.
  [
    'point_info',
    /(?:也|都)?有(?:没有)?(?:爱邻护幼|愛鄰護幼)?(?:的)?(?:服务点|托育点|点)(?:吗|么|嘛|[?？])|有没有(?:爱邻护幼|愛鄰護幼)?(?:的)?(?:服务点|托育点)/,
    4,
  ],
  // "swim class 宝宝一岁了可以去上吗", "游泳课几岁可以上": swimming lessons, which the points do not run, asked about as
  // parenting (the age for them, the water), not whether the child may come to a point (round 50). Only when asked
  // about: "换哥哥去吧 妹妹有游泳课" gives a sibling's lesson as the reason for a booking change.
  [
    'knowledge',
    /(?:游泳(?:课|班)|(?<![a-z])(?:baby )?swim(?:ming)? (?:class|classes|lesson|lessons|school)(?![a-z])).{0,16}(?:吗|么|呢|几岁|多大|几个月|[?？]|能不能|可不可以|好不好|要不要)/,
    5,
  ],
  [
    'can_attend',
    /(?:多大|几个月|几岁|[\d一二两三四五六七八九十半]+\s*(?:个月|岁|周岁)).{0,10}(?:可以(?:开始)?去|能(?:开始)?去|能不能去|可不可以去|能参加|可以参加|收不收|收吗|能托吗|可以托吗|能送吗|可以送吗|(?:可以|能)(?:开始)?(?:上|送|托|参加))|(?:可以去|能去|能参加|收不收).{0,6}(?:[\d一二两三四五六七八九十]+\s*(?:个月|岁))/,
    3.5,
  ],
  [
    'identity',
    /你是谁|你叫什么|你是(?:不是)?(?:机器人|真人|人工|ai|chatgpt|gpt|人还是机器)|是不是(?:机器人|真人|ai)|(?<![a-z])(?:who are you|what are you|your name|are you (?:a |an )?(?:bot|robot|human|real person|real|ai|chatgpt))(?![a-z])/,
    4,
  ],
  [
    'service_intro',
    /介绍一下(?:你们|这个|服务|爱邻)?|(?:想|我想)?了解一下(?:你们|这个)?的?(?:服务|爱邻护幼)|(?:爱邻护幼|你们|这个服务)是(?:什么|干什么|做什么)|什么是爱邻护幼|这是什么服务|怎么用这个服务|(?<![a-z])(?:what is (?:this|the|your) service|tell me (?:about|more about) (?:the|this|your) service|what do you offer|how does (?:this|the) service work)(?![a-z])/,
    3.5,
  ],
  // A booking handed to another child ("周日集美那个 改成给果果去吧", "那场让给妹妹去", "周六的换成老二去"): a move, not a question.
  ['reschedule', /(?:^|那个|那场|那次|的|预约)\s*(?:改成|换成|改为|换给|让给|转给|改给)给?[\u4e00-\u9fa5a-z]{1,6}?(?:去|上|用|参加)/, 6],
  [
    'reschedule',
    /(?:我的|那个|这个|周[一二三四五六日]的?|明天的?|预约)?.{0,8}(?:改到|改成|换到|换成|调到|挪到)\s*(?:(?:下{1,2}个?)?周[一二三四五六日末]|明天|后天|\d|[一二三四五六七八九十]+[月号日]|上午|下午|(?:this |next )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|morning|afternoon)|改期|改个?时间|(?<![a-z])(?:reschedule|move (?:my|the|our|[a-z]+'s) (?:[a-z]+ )?(?:[a-z]+ )?(?:booking|reservation|session)|[a-z]+'s (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:booking |session |place |spot |one )?(?:-\s*)?(?:can (?:it|that|this|we|you) )?(?:be )?(?:moved|changed|switched) to|move (?:it|(?:this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)?(?: (?:booking|session|one))?) to|(?:move|push|shift|bump|switch) (?:my|the|our|his|her|[a-z]+'s) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:'s)? )?(?:booking|reservation|session|slot|spot|place|one) (?:back |forward |over )?to|change (?:my|the) (?:[a-z]+ )?(?:booking|reservation) to|switch (?:my|the) (?:[a-z]+ )?booking to)(?![a-z])/,
    4.8,
  ],
  // (…with the English said after it in a mixed message: "还有别的吗 more?", "还有吗 any more options?"; or inside it: "还有other的吗", "有没有more options".)
  [
    'more',
    /^(?:还有(?:别的|其他|没有|吗|更多|呢)|(?:还有|有没有)\s*(?:any\s*)?(?:other|more)(?:\s*(?:options?|ones?|slots?|places?|sessions?))?\s*|更多|有没有别的|有没有其他的?|有没有更多|其他的呢|别的呢|下一页|下一批|翻页|再来几个|再看看|再多看看|还有哪些|还有哪几个|其他还有吗|更多选择)(?:吗|呢|的|时间|场次|选择|结果|地方|点)?(?:吗|呢)?[?？]*(?:\s*(?:any ?)?(?:more|other)(?: options| ones| slots| places)?\s*[?？]*)?$/,
    4,
  ],
  // Ferries and sights are places in Xiamen but not what the service offers; a place word must not make them a search.
  [
    'out_of_scope',
    /轮渡|船票|渡轮|码头.{0,4}(?:几点|时间|票)|(?:去|到)鼓浪屿|门票|(?<![a-z])(?:ferry|ferries|boat to|ticket to|(?:get|go|getting|going) to gulangyu|gulangyu island)(?![a-z])/,
    5.5,
  ],
  // Outings with a child (the zoo, a playground, an aquarium): not what the service offers, whatever day is named.
  ['out_of_scope', new RegExp(`(?:去|到|逛)(?:${OUTINGS})|(?:${OUTINGS}).{0,6}(?:推荐|门票|好玩|怎么去|在哪|几点)`), 5.5],
  // Directions, tickets or hours of a sight, a street or a station: not a care point.
  ['out_of_scope', new RegExp(`(?:${SIGHTS_AND_STATIONS}).{0,4}(?:怎么走|怎么去|怎么过去|在哪|几点开|几点关|开放时间|门票|好玩|排队|人多)`), 5.5],
  // ── out of scope ──
  [
    'out_of_scope',
    /股票|基金|笑话|作业|彩票|写代码|写程序|新闻|外卖|火车票|高铁票|房价|买房|比特币|足球|篮球|星座|算命|菜谱|做菜|减肥|写诗|写一首|唱首歌|汇率|选举|政治|电视剧|明星|八卦/,
    3,
  ],
  ['out_of_scope', /游戏|电影|翻译|代码|编程/, 1.5],
  ['out_of_scope', /(?:有什么|哪里|哪些|哪儿)好玩|景点|旅游|攻略|餐厅|饭店|美食|(?<![a-z])(?:tourist|sightseeing|restaurants?|things to do in)(?![a-z])/, 3],
  // Round 42 (pol42). Whether two bookings fit the rules ("一天能约两个点不", "平日上绘本课 周末再去半日托 会不会算超过次数",
  // "trial class和half-day 可以same week都约吗 会不会占weekly limit"): the weekly limit is asked about, not places.
  [
    'knowledge',
    /(?:一天|同一天|当天|一个周末|同一个?周末?|同一个?(?:礼拜|星期)|一周|一个(?:礼拜|星期)|same week)(?:里|内)?(?:能|可以|可不可以|能不能)?(?:都|同时|分别)?(?:约|订|预约|book)(?:两|2|几)(?:个|次|场)(?:点|服务点|地方|场次)?(?:吗|么|嘛|不|呢)?|(?:可以|能)\s*(?:same week|同一周|同一个?礼拜)?\s*都(?:约|订|预约|book)(?:吗|么|嘛|不)|会不会(?:占|算|超过|超出|用掉)|(?:算|占)(?:不算|没算)?.{0,4}(?:次数|名额|上限|weekly limit|limit)|超过次数/,
    7,
  ],
  // Asking whether one may complain, with the story told ("老师说我们外地人的小孩不懂规矩…这个可以投诉吗"), or asking the
  // assistant to pass a complaint on ("你帮我反映一下 是同安那个点"): a grievance for staff, whatever district it names.
  ['complaint', /(?:帮|替|给)我(?:们)?(?:去)?(?:反映|投诉|举报)|(?:这个|这种|这样|这件事)(?:事)?(?:可以|能)(?:投诉|反映)(?:吗|么|嘛|不)/, 8],
  // The carers' language asked about ("carers都只讲普通话吗 我们家讲English和闽南话", "老師都講普通話嗎"): a question about
  // the point, not a request to switch the assistant's language.
  [
    'knowledge',
    /(?:老师|保育员|保育人员|工作人员|阿姨|carers?|teachers?|staff)(?:们)?(?:都|只|一般|平时)*(?:讲|说|会讲|会说|用)(?:普通话|国语|英语|英文|English|闽南话|闽南语|台语|方言)(?:吗|么|嘛|不|吧)?/,
    8,
  ],
  // What registering a child needs, asked ("给娃登记要填啥 要不要身份证号"): a question, no child is being registered.
  ['knowledge', /登记(?:孩子)?(?:要|需要|得)(?:填|提供|准备)(?:啥|什么|哪些)|(?:要不要|需不需要|需要)(?:填|提供|写)?身份证号?/, 6],
  // "…老师会咋处理 会打电话给我不": whether the carers phone, asked in its own clause without a subject, is still a question.
  ['knowledge', /^(?:那)?(?:会不会|会)(?:马上|立刻|及时)?(?:打电话|打给|通知|联系)(?:给)?我(?:吗|么|嘛|不)$/, 6],
  // Round 45 (pol45): service questions that carry a day, a place or a booking word.
  // A suggestion said not to be a complaint ("不是投诉啊 就是提个建议", "not a complaint, just a suggestion"): how feedback is
  // given, answered — not a complaint ticket with an apology.
  [
    'knowledge',
    /不是(?:要|想|在)?(?:投诉|客诉|抱怨|complain)|(?:提|给)(?:个|一个|点|几个|一点|些)?(?:小)?建议|(?<![a-z])(?:not (?:a|an) complaint|just (?:a|an) (?:small |quick |little )?(?:suggestion|idea))(?![a-z])/,
    9,
  ],
  // Whether the parent may stay ("大人能不能在旁边陪着", "我可以留在裡面陪她嗎", "parents可以stay吗"): the staying rule for every
  // session of that kind, not that weekend's places.
  [
    'knowledge',
    /(?:我|大人|家长|妈妈|爸爸|老人|parents?|mum|mom|dad)\s*(?:也)?(?:可以|能|能不能|可不可以|要不要|需不需要|需要|得|一定要)\s*(?:留(?:下来?|在[^，,。\s]{0,4})?|在旁边|在里面|进去)?\s*(?:陪|stay)/,
    6,
  ],
  // Where points are opened ("服务点是咋选的地方 我们小区能不能也开一个", "我们社区想设一个点 要怎么申请", "有空房子 想推荐"): how
  // sites are chosen, answered — not a search.
  [
    'knowledge',
    /(?:咋|怎么|如何|按什么|根据什么)(?:选|定|挑|决定)(?:的)?(?:地方|地址|位置|点)|(?:小区|社区|村|楼下|附近|这边)(?:能不能|可不可以|会不会|能|可以|想)?(?:也)?(?:开|设|建)(?:一个|个)(?:点|服务点|托育点)?|(?:空|闲置)(?:的)?(?:房子|房间|场地|用房).{0,10}(?:推荐|提供|借)/,
    6,
  ],
  // More places in a part of the day later on ("上午的位置以后会多点吗"): why sessions are as they are, not a search.
  ['knowledge', /(?:位置|名额|场次|位子)(?:以后|将来|之后|后面)(?:会|能)?(?:不会)?(?:多|增加|加)/, 6],
  // Someone else taking the child to a booking made ("那我约好了让她送过去行不"): who may drop off, asked.
  [
    'knowledge',
    /(?:让|叫)(?:她|他|奶奶|外婆|爷爷|外公|姥姥|姥爷|阿嬷|阿公|老人|我妈|我爸|阿姨|保姆)(?:帮忙)?(?:送|接)(?:过去|去|孩子|娃)?(?:行不|行吗|可以吗|可不可以|行不行|能不能|吗)/,
    6,
  ],
  // What a class does ("感统class具体做啥", "感统课是干啥的"): the classes, not a search for one.
  ['knowledge', /(?:感统|绘本|大运动|音乐社交)(?:课|class|训练)?(?:具体|到底|都|主要)?(?:是)?(?:做|干|学|教|玩)(?:啥|什么|些什么|些啥)/, 6],
  // Whether the carers will phone ("老师会打电话叫我去接吗"): a question about the carers, not a request for a person.
  [
    'knowledge',
    /(?:老师|保育员|保育人员|阿姨|工作人员|他们|你们)(?:会|会不会)(?:马上|及时|主动)?(?:打电话|打给|通知|联系)(?:给|叫)?我(?:去接|来接|过去)?(?:吗|么|嘛|不)/,
    6,
  ],
  // How a notice comes ("候补排到了是发消息还是打电话", "会打电话通知吗"): a question about the notice, not staff asked to phone (round 50).
  [
    'knowledge',
    /(?:发|用)?(?:消息|信息|短信|微信|通知|讯息)还是(?:打)?电话|电话还是(?:发)?(?:消息|信息|短信|微信|讯息)|(?:会|是)(?:打电话|电话)(?:来)?通知/,
    6,
  ],
  // Care not given, found at pickup ("接小孩的时候发现尿布都没换"), or a child handed over without the ID check ("staff完全没check
  // 我身份就把孩子给我了"): a grievance about the point for staff, not the nappy-rash answer or a plain request for a person (round 50).
  [
    'complaint',
    /(?:接|老师|阿姨|保育|托育|服务点|那边|点上|他们)[^。！？?!]{0,16}(?:尿布|尿不湿|纸尿裤|尿裤)(?:都|也|一直|整天|一上午|一下午|全程)*(?:没|没有|不)(?:人)?(?:给|帮)?(?:换|更换)|(?:没|没有|不)(?:核对|查|查看|check|看|验|确认)(?:一下)?\s*(?:我的?|家长的?|接的人的?|来接的人的?)?\s*(?:身份|证件|身份证|(?<![a-z])id(?![a-z]))(?:就|直接)?/,
    9,
  ],
  // Two children at two points the same morning ("一个去集美一个去湖里 可以吗"): whether that may be booked, asked.
  ['knowledge', /一个(?:去|在|约)[\u4e00-\u9fff]{2,3}.{0,3}一个(?:去|在|约)[\u4e00-\u9fff]{2,3}.{0,6}(?:可以吗|行吗|行不行|能不能|可不可以|能吗)/, 6],
];

/**
 * Chinese words that settle what a message is when its rules disagree
 * (understand.ts): a question that mentions a day or a booking word stays a question.
 */
export const zhArbitration: ArbitrationWords = {
  /** Drop-off care asked about, by name or in general, not a class. */
  careAsk: /托育|托管|送托|托班|看孩子|带娃|看娃|半日托|临时托|临托|送过去|送去/,
  residenceAsk: /户籍|户口|外地人|外地的|非本地|不是本地|新厦门人|居住证|(?:不在|不住|没住)(?:在)?厦门/,
  /** Consequences, changes and illness around a booking: questions, not searches; and what the collecting adult shows
   * ("pickup的时候要check ID吗 这周我老公第一次去接": the ID rule, not this week's places). */
  // (…whether a parent may wait at the point or must leave, whatever slot it names: "周六morning的slot 我老公可以在门口等吗 还是要离开", round 31.)
  // (…and whether a grandparent may book for the child, whatever slot it names: "我阿嬷想帮我儿子 book 这周六的 slot 可以吗", round 39.)
  // (…and whether an older sibling may wait beside the class, "能不能让她在旁边坐着等": the sibling rule, not that day's classes; round 50.)
  // (…round 43: siblings in the same session asked, "两个娃 一个1岁一个2岁半 能约同一个时段一起去吗"; booking on one's own
  // phone or account asked, "我是奶奶 能用我自己手机给孙子预约吗", "我妈想用她的phone帮我儿子预约"; and why one part of the
  // day has places, "为什么下午总有位置 上午老是约不到": questions about the service, even with a place word in them.)
  ruleOrHealthQuestion:
    /(?:两个|俩|二胎|兄弟|姐妹|姐弟|兄妹|大宝|二宝|老大|老二)[^。！？?]{0,24}(?:同一个?|一样的?|同个)(?:时段|时间|场次|场|班)(?=[^。！]{0,12}(?:吗|么|能不能|可不可以|行不行|可以不|行不))|(?:用|拿)(?:我|她|他|我妈|我爸|老人)?(?:自己)?的?\s*(?:手机|(?<![a-z])phone(?![a-z])|账号|帐号|(?<![a-z])account(?![a-z])).{0,12}(?:约|预约|订|(?<![a-z])book)|为什么.{0,12}(?:有位|有名额|有空位|约不到|约满|满了|抢不到|没位|没有位|好约|难约)|会不会|会怎样|会怎么样|影响|拉黑|没去|爽约|迟到|晚到|会晚(?:一点|一些|些|点)?(?:到|来)|晚(?:个把|个)?(?:半|[\d一二两三四五六七八九十几]+)(?:个)?(?:分钟|分|小时|钟头|刻钟)(?:左右)?(?:才|再)?(?:到|来|去|送)|暂停|被停|封号|限制预约|违规|违约|算不算|\d{2}(?:\.\d)?\s*度|体温|量了|咳嗽|发烧|低烧|感冒|流鼻涕|鼻涕|鼻塞|打喷嚏|拉肚子|腹泻|呕吐|生病|不舒服|打完疫苗|(?:刚|才|昨天|今天|前天)?打(?:了|过)(?:.{0,4})?(?:疫苗|预防针|针)|接种(?:了|过|完)|(?<![a-z])vaccin\w*|出疹|起疹|疹子|手足口|拉(?:了|过)?.{0,4}肚子|吐了|吐奶|结膜炎|红眼|眼屎|水痘|流感|疱疹|传染|发热|烧到|退烧|过敏|湿疹|先天性|心脏病|哮喘|癫痫|确诊|诊断|开过刀|动过手术|做过手术|慢性病|病史|抗生素|消炎药|阿莫西林|(?:在|正在|还在)?吃(?:着)?药|喂药|用药|带药|(?<![a-z])antibiotics?(?![a-z])|(?<![a-z])check\s*id(?![a-z])|身份证|证件|(?:第一次|首次|头一次)(?:去|来)?接(?!.{0,3}(?:位|名额))|(?:可以|能|能不能|可不可以)(?:让(?:她|他|老大|大宝|姐姐|哥哥|大的))?(?:在)?(?:门口|门外|外面|旁边|楼下|教室外|现场|点上)(?:坐着|站着)?(?:等|待|坐|陪)|(?:可以|能|能不能|可不可以)(?:在)?(?:附近|隔壁|周边|对面)(?:的\S{1,4})?(?:等|待|坐|陪)|(?:还是|要不要|需不需要|必须|得)(?:要)?离开|(?:可以|能)(?:先)?离开(?:吗|么)|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|阿嬷|阿公|婆婆|公公|我妈|我爸|老人(?:家)?)(?:想|要)?(?:帮|给|替)(?:我)?(?:儿子|女儿|孩子|宝宝|孙子|孙女|外孙女?|娃|闺女)?.{0,16}(?:约|预约|订|报名|(?<![a-z])book)(?![a-z]).{0,16}(?:可以吗|可以么|行吗|行不行|可不可以|能不能|可以不)/,
  /** How the service works, asked about a day or a booking: what to bring, cost, hours, who may come, rules. */
  policyQuestion:
    // (…what the child may bring: "能让她带上自己的小毯子和安抚玩偶吗", "可以带小兔子玩偶去吗"; who the carers are and
    // what the rooms have: "有没有男老师", "都是女阿姨吗", "有监控吗".)
    // (…and whether a family living in one district may use another's point: "那我住海沧 能去思明的点吗".)
    // (…what the child does during a session, two kinds of care compared, only one weekend day, and new points opening —
    // "周六送过去半日托 孩子一上午都干嘛呀", "第一次去的話 半日托跟臨時托哪個比較適合", "只有禮拜六有嗎", "附近什么时候会开新的点" (round 53: "今年会再多开一些点吗"; and the weekdays against the weekend, "weekday也能book吗 还是只有weekend"), and how many places twins take,
    // "我家是twins 想一起book 要约两个位吗": round 34.)
    // (…food brought for the child with words between, "送半日托要给孩子带吃的吗": round 36.)
    // (…where praise or feedback about a point is given, whatever point it names: "上次在湖裡那個點的老師很好 想表揚一下 要去哪裡說";
    // round 37.)
    // (…whether a parent must stay at half-day care, "半日托的話家長要留下來嗎 還是可以先去辦事", and a carer's own number asked,
    // "可以給我那位老師的電話嗎 想直接問她小孩今天吃得怎麼樣" (a day named in passing is no search): round 39.)
    // (…round 43: working or volunteering at a point, or an institution wanting to run one, "想去服务点当老师或志工 要找谁";
    // and whether a later month's sessions are out yet, "下个月的schedule出来了吗".)
    // (…round 46: what to bring asked with the English verb inside Chinese, "请问半日托 要 bring 什么东西".)
    // (…round 46: a weather warning asked about a day, "明天豪雨特报 周六的托育会照常吗"; early intervention, "在做早疗 可以参加周末托育吗";
    // the waitlist's odds, "每个周末都满 排候补到底有没有机会"; another family's child, "能帮邻居家的小孩约一下周六吗"; and the
    // reminder asked after, "booking reminder我没收到 一般几点发提醒": questions about the service, not searches or bookings.)
    // (…round 54: whether a day has the kinds of care just compared, "那周日呢 也有这两种吗"; what the weekdays hold, "平日有什麼活動嗎
    // 我週三休假"; the kinds of point, "哪种点可以把孩子放下": questions about the service, not that day's list.)
    /(?:也|还|都)有(?:这|那)?(?:两|几)种(?:吗|么|嘛)|(?:平日|平时|工作日|周一到周五)(?:都|还|也)?有(?:什么|哪些|啥)(?:活动|课|服务)|(?:两|几|哪)(?:一)?(?:种|类)(?:服务)?点|照常(?=吗|么|嘛|不|[?？])|豪雨|特报|早疗|早期干预|发展迟缓|(?:候补|排队|等位).{0,8}(?:机会|希望|几率|概率)|(?:(?:邻居|朋友|闺蜜|好友|姐妹|亲戚|别人|同事|同学)(?:家)?|(?:她|他)家)的?(?:小孩|孩子|娃|宝宝|小朋友).{0,12}(?:吗|么|嘛|可以|能不能|可不可以|行不行)|(?:没|没有)收到.{0,8}(?:提醒|reminder)|(?:提醒|reminder).{0,10}(?:没|没有)收到|几点(?:发|会发|来)(?:的)?提醒|提醒.{0,4}几点(?:发|来)|社区共享|机构嵌入|语音|为什么.{0,24}(?:约不了|约不上|订不了|不能(?:再)?约|约不进)|(?:今天|刚才|上午|下午)(?:我的?)?(?:儿子|女儿|孩子|宝宝|娃|小孩)?在.{0,6}有没有(?:吃|哭|睡|喝|闹|乖)|(?:当|做|应聘|招聘|招)(?:老师|保育员|保育老师|志愿者|义工|志工)|志愿者|义工|志工|应聘|招聘|(?:加盟|申请|成为|开办|开设|承接|承办)(?:爱邻|护幼|服务点|托育点)|(?:schedule|时间表|课表|排期|排班表|场次表|场次)\s*(?:出来|公布|发布|放出来|上线)了?(?:吗|么|没)|(?:想|要|怎么|如何|去哪(?:里|儿)?|在哪(?:里|儿)?|跟谁|找谁)(?:去)?(?:表扬|夸奖|感谢|反馈|提(?:个|点)?意见|给(?:个|点)?(?:意见|好评))|(?:表扬|感谢|反馈|意见|好评)(?:一下)?.{0,6}(?:去哪|在哪|找谁|跟谁|怎么(?:说|反馈|提))|(?:男|女)(?:老师|阿姨|保育员|保育老师|性(?:老师|保育员|工作人员))|都是(?:女|男)的|(?:是|有|能|可以|能不能|可不可以)(?:托|放|送|待|呆)?(?:一)?(?:全天|整天|全日)|(?:托|放|送|待|呆)(?:一)?(?:整天|全天)|全日(?:托|制)|(?:托|送|放)到(?:晚上|傍晚|下班|[五六七]点)|(?:晚上|夜里|过夜)(?:也)?(?:能|可以)(?:托|送|放)|(?:老师|阿姨|保育员|保育老师)(?:们)?(?:叫|姓)(?:什么|啥)|姓[\u4e00-\u9fff](?:的)?(?:老师|阿姨|保育员)|哪(?:一)?(?:个|位)(?:老师|阿姨|保育员)|[\u4e00-\u9fff](?:老师|阿姨|保育员).{0,8}(?:在不在|在吗|上不上班|值不值班|有没有(?:上班|值班)|还在(?:吗|不)|当班)|护理师|护士|保健医|医护人员|监控|摄像头|监视器|监视|录像|录影|(?:即时|实时)(?:画面|影像|视频)|(?:能|可以|可不可以|能不能|允许|让)(?:让)?(?:她|他|孩子|宝宝|娃)?(?:自己)?带(?:上|着|去|进去|过去)?(?:自己的|她的|他的|家里的|平时的|心爱的)?.{0,8}(?:毯|被子|毛巾|玩偶|娃娃|玩具|公仔|安抚|奶嘴|水杯|奶瓶|零食|点心|绘本|枕头|宠物|小狗|小猫|兔)|带什么|要(?:给(?:孩子|宝宝|娃|小孩|她|他))?带|要\s*(?<![a-z])(?:bring|pack)(?![a-z])|(?<![a-z])(?:bring|pack)(?![a-z])\s*(?:什么|啥|哪些|些什么|些啥)|带(?:吃的|喝的|饭)|(?:填|写|提供)(?:孩子的?)?(?:出生日期|生日|名字|身份证|信息)|为什么.{0,8}(?:要|一定|必须|得)|(?:名字|生日|出生日期|信息|资料).{0,4}(?:登记|录|输)错|要怎么改|家长.{0,6}陪|在旁边陪|治疗|康复|学什么|教什么|上什么|准备(?:些|点)?(?:啥|什么)|带(?:些|点)(?:啥|什么)|(?:开始|开场)前多久|最晚(?:要)?(?:提前|开始前)|当天(?:还)?(?:能|可以)(?:临时)?(?:约|预约)|几天前(?:预约|约)|检查|晨检|(?:要|会)?查(?:什么|啥|哪些)|双胞胎|同一场|一起约|还开(?:吗|么|门)|开不开门?|照常(?:开|营业)|停课|附餐|便当|供餐|提供(?:餐|饭|午餐)|包餐|管饭|带饭|陪(?:着|同)(?:孩子|宝宝|娃)?(?:去|进|上课)|(?:让|叫)(?:她|他|奶奶|外婆|爷爷|外公|老人|阿姨)陪|发育迟缓|特殊需要|哪(?:一)?(?:种|类)(?:服务点|托育点|点|地方)|(?:去|选|找|得去|该去|要去)哪(?:一)?(?:种|类|个类型)(?:的)?(?:呢|啊|呀|吗|[?？]|$|\s)|wifi|wi-fi|无线网|厕所|洗手间|卫生间|母婴室|哺乳室|尿布台|aed|急救箱|除颤|换尿布|空调|电梯|婴儿车|推车|有(?:啥|什么)(?:不一样|不同|区别|差别)|(?:什么|啥)区别|差别|差在哪|老师.{0,4}(?:证|资质|资格|培训|训练|专业)|道别|告别|说再见|(?:收|交|付)(?:不收)?钱|要不要钱|准备什么|需要准备|多少钱|要钱|收费|收不收费|免费吗|是免费|付费|花钱|几点开门|几点到几点|几点结束|几点(?:要|可以|能|得|该|才能)?(?:去|来)?(?:接|送)(?!.{0,3}(?:位|名额))|(?:接|送)(?:孩子|宝宝|娃|小孩)?(?:要|是|在)?几点|开放时间|营业时间|能不能带|可以带|能带|家长(?:要|需要|得|必须|一定要)?(?:能|可以)?(?:陪|留)|(?:老师|阿姨|保育员|保育老师|工作人员)(?:的)?(?:私人)?(?:电话|手机号?|微信号?|联系方式)|要(?:不要)?陪|户籍|户口|外地|需要什么(?:材料|证件)?|要什么(?:材料|证件)|证明|体检|疫苗本|规定|规则|要求|流程|怎么(?:预约|报名|约)|如何(?:预约|报名)|(?:约|预约|订|报名|book(?:ed)?)\s*(?:成功|好|上|了)?\s*(?:之|以)?后.{0,12}(?:吗|么|呢|怎么|什么|可以|能|会|要)|换(?:另)?(?:一)?个?(?:孩子|娃|宝宝|小孩)|(?:短信|通知|提醒|确认信息)(?:吗|么|呢)|几点(?:到|去|送)(?:比较)?(?:好|合适)|(?:最好|应该|要)?(?:提前)?(?:几点|多久)到|(?:名字|生日|出生日期|信息|资料).{0,4}(?:写|填)错|(?:写|填)错.{0,6}(?:名字|生日|信息|资料)|(?:改|修改|更改)(?:一下)?(?:孩子的?)?(?:名字|生日|出生日期|信息)|下雨|台风|暴雨|天气不好|雨(?:好|很|太|这么|那么|超|真|下得?(?:好|很|太|这么|那么|超)?)大|大雨|雷雨|打雷|(?:红色|橙色|黄色|蓝色|台风|暴雨)预警|水杯|水壶|奶瓶|尿不湿|纸尿裤|尿布|尿裤|安抚(?:巾|物|玩具|娃娃)|奶嘴|换洗|备用衣|(?:老师|阿姨|保育员|工作人员|teachers?|carers?|staff).{0,8}(?:说|讲|用|speak).{0,3}(?:英语|英文|普通话|国语|闽南话|台语|客家话|粤语|广东话|上海话|沪语|方言|家乡话|四川话|湖南话|潮汕话|东北话|韩语|韩国话|日语|越南语|越南话|外语|english|mandarin)|(?:老师|阿姨|保育员|工作人员|teachers?|staff).{0,6}(?:有没有|有无|有沒有|有|受过|经过)(?:资格)?(?:证|资格|资质|培训|训练|training)|(?:点|服务点|托育点|这些|program).{0,6}(?:是)?谁(?:在)?(?:开|办|经营|运营|管|run)|(?:会|能)(?:说|讲)\s*(?:英语|英文|普通话|国语|闽南话|台语|客家话|粤语|广东话|上海话|沪语|方言|家乡话|四川话|湖南话|潮汕话|东北话|韩语|韩国话|日语|越南语|越南话|外语|english|mandarin)\s*的\s*(?:老师|阿姨|保育员|工作人员|teachers?|staff)|(?:换|别)人(?:帮忙|帮我|来)*接|谁(?:来|可以|能)?接|(?:爷爷|奶奶|外公|外婆|姥姥|姥爷|阿嬷|阿公|婆婆|公公|我妈|我爸|老公|老婆|孩子(?:他|她)?(?:爸|妈)|(?:他|她)(?:爸|妈)|阿姨|保姆|保母|家人|家里人|亲戚|小姨|姨妈|姑姑|舅舅|邻居|朋友|侄子|侄女|外甥女?|表(?:哥|姐)|堂(?:哥|姐)|哥哥|姐姐|(?<![a-z])(?:ayi|nanny|helper|grandma|grandpa|granny|grandparents?|husband|hubby|wife|daddy|mommy|mummy)(?![a-z]))(?:也)?(?:可以|能)?(?:来|去|过去|过来|帮忙|帮我)?(?:接|送|pick ?up|collect)|(?:可以|能|能不能|可不可以|方便)打(?:个)?电话(?:过去)?.{0,8}(?:问问?|了解|看看).{0,6}(?:情况|怎么样|好不好)|(?:住|家)(?:在)?[\u4e00-\u9fff]{2,4}.{0,6}(?:能|可以|能不能|可不可以)(?:去|到)(?:别的|其他|外|[\u4e00-\u9fff]{2,3})(?:区)?的?(?:点|服务点|托育点)|(?:孩子|宝宝|宝贝|小朋友|小孩|娃|kids?|babies)(?:们)?.{0,10}?(?:都)?(?:在)?(?:干嘛|干啥|干什么|做什么|做啥|玩什么|玩啥)|(?:半日托|临时托|体验课|托育体验|half[- ]?day|temporary care)\s*(?:跟|和|与|同|还是|或者?|比)\s*(?:半日托|临时托|体验课|托育体验|half[- ]?day|temporary care)|只有(?:周|星期|礼拜)[六日天](?:才)?(?:有|开)?(?:吗|么|嘛)|(?:平日|工作日|周中|周一到周五|(?<![a-z])weekdays?(?![a-z])).{0,10}还是只(?:有|能|在)?(?:周末|(?:周|星期|礼拜)[六日天]|(?<![a-z])weekends?(?![a-z]))|(?:开|建|增加|多开|新开|新建)(?:新的?|更多的?|一些|几个)(?:托育)?(?:点|服务点|托育点)|新(?:的)?(?:服务点|托育点|点)(?:什么时候|何时|会不会|要|能|啥时候)|(?:要|得|需要)(?:约|订|book|预约)?\s*(?:两|2|几)\s*个(?:位|名额|位置|位子)(?:吗|么|嘛|还是|呢)|(?:没有|没|不会用|不会玩|不用|用不来)(?:(?:智能|智慧)型?)?(?:手机|微信|smartphone)|只会(?:打|接)电话|(?:同一个|同个)(?:娃|孩子|宝宝|小孩|宝贝)|(?:周|星期|礼拜)[六日天](?:去|约|送)(?:了|过)?.{0,4}(?:周|星期|礼拜)[六日天].{0,4}(?:还|也)?(?:能|可以)(?:再)?(?:去|来|约|送)|(?:医院|公司|单位|厂里|工厂|园区|学校|大学|写字楼)(?:里|里面|内|的)?.{0,8}(?:托育室|托育点|托儿所|托管班|托育中心|爱心托)|(?:一个人|自己|单独)(?:带|陪)(?:着)?(?:他|她|孩子|宝宝|娃|小孩)?(?:去|过去)?(?:上)?.{0,4}(?:亲子|体验课|课|活动|class)|(?:爸爸|老公|孩子(?:他|她)?爸|他爸|她爸)(?:一个人|自己|单独)?(?:能|可以|能不能|可不可以)?(?:陪|带)(?:着)?(?:他|她|孩子|宝宝|娃|小孩)?(?:去)?(?:上)?.{0,4}(?:亲子|体验课|课|活动|class)|(?:parent-child|亲子).{0,12}(?:爸爸|一个人|自己|单独)|(?<![a-z])(?:teachers?|carers?|caregivers?)\s*(?:们)?(?:叫|姓)(?:什么|啥)/,
  /** An explicit ask for places, which keeps a message a search even with a policy word in it. */
  // "再给老二也约同一场", "另一个也要 同一场": the session just booked asked for another child, a request for a place, not a
  // question about sessions.
  availabilityAsk:
    /也(?:约|订|预约|报名?|要)(?:上)?\s*(?:同一|一样|同样)|有位|有没有位|有没有空(?![调气])|名额|空位|余位|还有位|满了吗|约得到|约得上|(?<!当天|当天还)(?:能约|可以约|能不能约)|有没有场/,
  /** A request for every child of the family at once ("俩kids都要": the English word inside a Chinese sentence too). */
  allChildren:
    /都\s*(?:book|reserve|sign up)|(?:两个|俩|几个|所有|全部)\s*(?:孩子|娃|宝宝|小孩|kids?|children|babies)?\s*(?:都|一起)|(?:两个|俩|几个|所有|全部)\s*(?:孩子|娃|宝宝|小孩|kids?|children|babies)[^，。,]{0,8}都|(?:两个|俩|几个)\s*(?:孩子|娃|宝宝|小孩|kids?|children|babies)[^，。,]{0,30}都(?:要|想|去|约|订|报)|都(?:约|订|报名|帮|给|取消|退)|都(?:想|要)(?:约|订|报名|预约|去)|一起(?:约|订|报名)/,
  /** Words that make a segment a request for places on its own. */
  bookingSignal: /位置|名额|空位|余位|有位|约|订|报名|托育|托班/,
  /** Asking about a rule, a consequence, a cost or a possibility: a question, whatever booking, day or service it names. */
  asksAbout:
    /要不要|需不需要|用不用|可不可以|可以吗|行吗|行不行|会怎样|会怎么样|会不会|会被|要钱|收钱|收费|多少钱|免费|花钱|还算(?:吗|么|数|不算)|算不算|没关系吧|没事吧|要紧(?:吗|吧)|有(?:没有)?影响|怎么(?:加|办|算|排|弄|说|交代)|(?:能|可以)(?:睡|吃|喝|进|带)(?:吗|么|嘛)|(?:老师|你们)会.{0,6}(?:吗|么|嘛)|交代|(?:如果|要是|万一|假如).{0,16}(?:怎样|怎么办|会|吗|么|呢)|(?:之|以)后.{0,8}(?:还在|还能|还有)(?:吗|么)?|存多久|保存多久|多久(?:删|清)|(?:她|他|老人|老人家|奶奶|爷爷|外婆|外公|姥姥|姥爷|阿嬷|阿公|我妈|我爸|婆婆|公公)(?:自己)?(?:能|可以|会)(?:自己)?(?:给|帮|替)?[^，。,]{0,6}(?:约|预约|订|报名)[^，。,]{0,6}(?:吗|么|嘛)/,
  /** An imperative or a choice: what makes a message with a question word an action. */
  actionRequest:
    /帮我|帮忙|麻烦|(?<!申)请(?:你|您)?(?:帮|给|把)|我要(?:取消|约|订|预约|候补|排|退)|我想(?:取消|约|订|预约|候补|排队|退)|给我(?:约|订|取消|排|留)|直接(?:取消|约|订|退)|(?:的|那个|那场)(?:先|就)?(?:帮我)?取消(?!吗|么|嘛|的话|会|要|能|可以)|先(?:帮我)?取消(?:掉|了)?(?=$|[，,。.；;！!\s])|就(?:约|订)|再(?:约|订)|(?:取消|cancel)(?:掉|吧|了吧|它)|(?:排|候补)(?:一下|个队|吧)|^(?:取消|约|订|候补|排队)(?!.*(?:吗|么|嘛|呢|[?？]))/,
  /** Taking the child to a place ("能带她去思明那边吗", "可以帶他去湖里嗎"): going there, not what the child may bring. */
  bringsThere: /带(?:着)?(?:她|他|孩子|娃|宝宝|小孩|女儿|儿子|闺女|小朋友|老大|老二|大宝|二宝)(?:一起)?(?:过)?(?:去|到)(?!医院|看病|打针|体检|打疫苗)/,
  /** A booking already made, told as context. */
  // (…or a visit already made, told as the story: "上周末第一次送托育点 老师说…".)
  bookedContext:
    /(?:约|订|预约|报名|预定|预订)(?:好|上|成功)?了|已经(?:约|订|预约|报名)|(?:约|订|预约)(?:好|上)的|(?:上周末?|上个?(?:礼拜|星期|周)[六日天末]?|上次|昨天|前天)(?:第一次|头一次)?(?:送|去|带)/,
  /** How or to whom a complaint is made, asked ("投诉找谁", "万一出了问题找谁投诉", "可以投诉吗"). */
  complaintHowAsked:
    /(?:找谁|向谁|跟谁|对谁|去哪(?:里|儿)?|在哪(?:里|儿)?|怎么|如何)(?:去)?(?:投诉|反映)|(?:可以|能)(?:去)?(?:投诉|反映)(?:吗|么|嘛)|(?:投诉|反映)(?:要|该|可以)?(?:找谁|打(?:什么|哪个)电话|电话(?:是)?多少|渠道|途径|流程)/,
  /** Where the family lives, told ("住在海沧", "家在翔安"): the place is the group. */
  homePlace: /(?:住|家)(?:在)?([\u4e00-\u9fa5]{2,4})/,
  /** A sight or a station, named back when a message about it is outside the service. */
  outOfScopePlace: new RegExp(outsidePlaceWords(namedBack, 'zh')),
  // (…and a person asked to check it for the family, "可以請人幫我們確認一下嗎", "能不能找人帮我们问问": round 48.)
  asksOnMyBehalf:
    /^(?:那|那你|好|好的|行|可以|嗯)?[,，\s]*(?:你|麻烦你?|麻煩你?)?(?:就|能不能|可以)?(?:帮|幫|替)(?:我|忙)(?:去)?(?:问|問)(?:一下|一问|一問|问|問|下|看看)?(?:他们|她们|他們|她們|服务点|服務點|工作人员|工作人員|老师|老師|那边|那邊)?(?:吧|呗|唄|啊|好吗|好嗎|好不好|吗|嗎)?[。!！~？?]*$|^(?:那|好|好的|行|嗯)?[,，\s]*(?:可以|能|能不能|可不可以|麻烦|那就)?(?:请|找|让|叫)(?:个|一个|一位)?(?:人|专人|工作人员|同事|老师)(?:来)?(?:帮|替|给)(?:我|我们|忙)?(?:确认|问|查|核实|看|问问|查查|看看)(?:一下|下|一问|清楚)?(?:吗|吧|好吗|好不好|呢)?[。!！~？?]*$/,
  // (…and "超喜欢那个绘本课": a class or a point liked, by what it was.)
  // ("他咬了人还以为很好玩": what the child thinks is fun — hitting, biting, throwing — is no session told of, round 50.)
  wentWell:
    /(?:玩得|过得|待得)(?:很|挺|特别|超|非常|好)?(?:开心|愉快|高兴|好)|(?:一直|还|都|老是)(?:在)?(?:说|讲|念叨)(?:很|好|特别|超|还想)?(?:好玩|开心|喜欢|想去|还要去)|(?<!觉得|以为|当成|当作|当是)(?:很|好|特别|超|非常)好玩|(?:很|好|特别|超|非常)喜欢(?:那里|那边|老师|阿姨|去|(?:那|这)(?:个|节|堂|次)?[\u4e00-\u9fa5a-z]{0,4}(?:点|课|班|活动))|(?:谢谢|感谢)[^。！？?]{0,12}(?:照顾|照看|费心|耐心)/,
  answersBack: /^(?:可是|但是|不过|可他|可她)/,
  bothPartsAsked: /(?:上午|早上).{0,8}(?:下午).{0,8}(?:行不行|可以吗|可不可以|能不能|行吗|允许吗|可以不)/,
  twoPlacesAsked:
    /(?:一天|同一天|当天|一个上午一个下午).{0,6}(?:约|去|跑|上|订|报)?.{0,3}(?:两个|2个|两处|两家|不同的?)(?:地方|点|服务点|托育点|站点)(?:.{0,8}(?:行不行|可以吗|可不可以|能不能|行吗|允许吗|可以不|能行吗|能约吗|能不)|吗)/,
  /** Where the parent says the question starts ("我想问的是", "我的问题是："): the request is what follows. */
  questionFollows:
    /(?:我|我们)(?:想|要)?(?:问|请教)的(?:是|问题是)[:：，,\s]*|我(?:的|们的)问题是[:：，,\s]*|(?:言归正传|说正事|换个话题|另外一个问题|另一个问题|还有一个问题|还有个问题)[:：，,\s]*/,
  // (Taiwan's 有約 / 有預約 tells a booking held as 约了 does: "我禮拜六有約湖裡的 請問一下那邊推車可以推進去嗎", round 54.)
  bookingTold:
    /^(?:我们|我)?(?:这|下)?个?(?:周[六日天末]|星期[六日天]|礼拜[六日天])?(?:上午|下午|早上)?(?:已经)?(?:约了|约好了|预约了|预约好了|报了|报名了|有约(?![满到])|有预约)(?:(?!会|能|可以|可不可以|要不要|吗|么|呢|啥|什么|怎|几|不[\s，。,.!！]|不$)[^\s，。,.!！?？]){0,12}[\s，。,.!！]+/,
  // Air quality is a setting like the weather: "今天AQI 190 宝宝1岁3个月 可以戴口罩出门吗" asks about the child on that day (round 46).
  // (…and jet lag, a time difference: "下周带两岁宝宝回美国 时差12个小时 jet lag 怎么倒" asks how to adjust the child, round 52.)
  settingTopic:
    /天气|打车|航班|机票|酒店|倒时差|时差|(?<![a-z])jet ?lag(?:ged)?(?![a-z])|[坐搭乘]飞机|[坐搭乘](?:高铁|动车)|空气(?:质量|不好|很差|太差|差|污染|指数)|雾霾|(?<![a-z])(?:aqi|pm ?2\.?5)(?![a-z])/,
  pickWithoutWhich: /(?:换|另|别的|其他|其它)(?:一)?(?:个|家|场)|^(?:那|这)(?:一)?个/,
};
