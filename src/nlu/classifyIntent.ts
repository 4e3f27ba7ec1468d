import type { Intent, Slots } from './types.ts';

/**
 * Keyword/pattern scoring over a normalized message (lowercase, typos
 * repaired, traditional characters folded). Each rule adds weight to one
 * intent; slots found elsewhere break ties ("周六上午 思明" is a search).
 * Short replies (好的 / no / 谢谢) are recognised as whole messages first so
 * a "ok thanks" never turns into a booking.
 */

type Rule = [Intent, RegExp, number];

// JavaScript's \b only knows ASCII word characters, so a Chinese character next to an English word counts as a boundary.
const w = (src: string) => new RegExp(src);

const RULES: Rule[] = [
  // ── people ──
  ['human', /^人呢|有没有人(?:在|回)|人工呢|有(?:没有)?电话|留个?电话|客服电话|(?:跟|和|找|同)(?:你们)?(?:老师|工作人员|客服|人|负责人|园长)(?:说|聊|沟通|讲|谈|反映)|人工|客服|真人|工作人员|找人|转人|联系(?:你们|老师|工作人员|客服|机构|服务点|负责人)|打电话|电话(?:是|号码|多少)|联系方式|找(?:个)?老师|负责人|不(?:要|想)(?:跟|和)?机器人|跟人聊|和人聊|找园长|管理员/, 3],
  ['human', w('\\b(talk|speak|chat) (?:to|with) (?:a |an |the |some |your )?(?:human|person|real person|someone|somebody|staff|agent|people|operator|representative|manager|teacher)\\b|\\b(real person|human being|live agent|live person|customer service|customer support|staff member|representative|operator|call me|phone number|contact (?:staff|you|someone|a person)|not a bot|not a robot)\\b'), 3],
  ['human', w('\\b(human|humans|agent|staff|person)\\b'), 1.5],
  ['complaint', /投诉|不满意|不满|(?<!精神|胃口|睡眠|状态|食欲|脸色|身体|体质|抵抗力|睡得|吃得|记性|视力|听力)(?:太差|很差|真差)|差劲|垃圾|态度(?:不好|差|恶劣|很差|太差|有问题)|举报|坑人|骗人|骗子|气死|失望|什么破|不靠谱|差评|太过分|过分了|乱收费|赔偿|曝光|12345|没人(?:管|理|回)|太凶|很凶|凶孩子|不负责/, 3],
  ['complaint', w('\\b(complain|complaint|complaints|complaining|terrible|awful|worst|rude|unacceptable|disappointed|disappointing|horrible|ridiculous|useless|unprofessional|disgusting|furious|angry|scam|waste of time|not happy|unhappy|bad service|poor service|no one (?:came|answered|replied)|nobody (?:came|answered|replied)|report (?:this|you|the))\\b'), 3],

  // Something went wrong at a point: an injury noticed after care, turned away although booked.
  ['complaint', /(?:很|太|真|非常|特别)?生气|气愤|不开心|很不爽|(?:被|让)(?:别的|其他)?(?:小朋友|孩子|小孩|老师)?(?:咬|打|推|抓|欺负)了?/, 2.5],
  ['complaint', /(?:在你们那|托育点|服务点|送托|上次去|那次去|接回来|接回家|回来|回家).{0,12}(?:抓痕|抓伤|淤青|伤口|受伤|被咬|被打|被推|摔了|磕了|磕破|红了一块|哭得很厉害)|(?:到了?现场|到了那|去了那?|到了服务点).{0,10}(?:没有我的|没我的|查不到|找不到(?:我|预约)|不让进|不给进|关门|没人|没开门)|(?:预约成功|约好了|约上了|明明约了).{0,6}(?:但|可是|结果|却)/, 3.5],
  ['complaint', w("\\b(?:came back|came home|picked (?:him|her|them) up)\\b.{0,40}\\b(?:scratch\\w*|bruis\\w*|bitten|injur\\w*|hurt|cut)\\b|\\b(?:turned (?:us|me) away|(?:said|says) (?:i|we) (?:had|have) no booking|couldn'?t find (?:my|our) booking|door was (?:closed|locked))\\b"), 3.5],

  // ── cancel: acting now vs. asking about the rules ──
  ['cancel', /取消|退订|退掉|撤销|撤回预约|不去了|去不了|来不了|不来了|去不成|不能去了|没法去|改不了时间/, 2.5],
  ['cancel', /(?:帮我|帮忙|麻烦|请|我要|我想|想要|要|需要|直接)\s*(?:帮我)?取消|取消(?:掉|一下|吧|了吧|我的|这个|那个|那次|预约|订单|报名|周|明天|后天|今天)/, 1.5],
  ['cancel', w('\\b(cancel|cancell?ed|cancelling|canceling|cancellation)\\b'), 2.5],
  ['cancel', w("\\b(?:cancel|drop|call off)\\b (?:my|the|this|that|it|our|his|her|both|all my|booking|reservation|saturday|sunday|tomorrow)|\\b(?:please|pls|plz) cancel\\b|\\b(?:want|need|like|have) to cancel\\b|\\bcan you cancel\\b|\\bcould you cancel\\b|\\bcan'?t make it\\b|\\bwon'?t make it\\b|\\bcan'?t come\\b|\\bcan'?t go\\b|\\bwon'?t be (?:able to )?(?:coming|able to come|there)\\b"), 1.5],
  ['knowledge', /取消.{0,12}(?:提前|多久|规则|政策|会不会|影响|扣|罚|限制|怎么算|几次|算不算|后果|黑名单|信用|违约|截止|最晚|来得及|有什么|要求)|(?:提前|最晚|几点前|多久|什么时候(?:之)?前).{0,8}取消|(?:如果|要是|万一|假如).{0,12}(?:取消|不去|没去|去不了)|取消.{0,6}的话|爽约|不去会|没去会|放鸽子|(?:怎么|如何|怎样|在哪)(?:才能)?取消|取消.{0,4}(?:吗|么)$/, 4.5],
  ['knowledge', w("\\bcancel\\w*\\b.{0,30}\\b(policy|rules?|deadline|in advance|penalt\\w*|fee|charge|later|afterwards|hours? before|limit|what happens|consequences?|banned|blacklist)\\b|\\b(how (?:late|long before|early|far in advance)|if i|what if i|what happens if i|is it ok to|am i allowed to)\\b.{0,25}\\bcancel|\\bno[- ]shows?\\b|\\bhow (?:do|can|would|to) (?:i |we )?cancel\\b|\\bcan i (?:still )?cancel (?:it )?(?:later|afterwards|anytime|any time|for free)\\b"), 4.5],

  // ── my bookings ──
  ['my_bookings', /我的(?:预约|订单|报名|预订|预定)|我(?:都)?(?:约了|订了|预约了|预订了|报名了)(?:哪|什么|几)|(?:预约|订|约|报名)了?(?:哪些|什么|几个)|预约(?:记录|情况|状态|信息|详情)|查(?:一下|看|询|下)?(?:我的)?(?:预约|订单)|看(?:一下|看)?(?:我的)?(?:预约|订单)|(?:约|订|预约|报名)(?:上|好|成功)了(?:吗|么|没)|有没有(?:约|订|预约)(?:上|成功)|成功了(?:吗|没)|我(?:有)?几个预约|预约(?:的)?(?:是)?(?:几点|哪天|什么时候|在哪)/, 3],
  ['my_bookings', w("\\bmy (bookings?|reservations?|appointments?|schedule|sessions|slots)\\b|\\bwhat (?:have|did) i (?:book|booked|reserve)\\b|\\bcheck (?:on )?my (?:booking|reservation)s?\\b|\\b(upcoming|current|existing) (?:bookings?|reservations?)\\b|\\bdid my booking\\b|\\bam i booked\\b|\\bis my booking\\b|\\bbooking status\\b|\\blist (?:my |all )?bookings\\b|\\bwhat(?:'s| is) booked\\b|\\bwhen is my (?:booking|slot|reservation|appointment|session)\\b|\\bdid (?:it|that|the booking) go through\\b|\\bam i (?:confirmed|registered for)\\b"), 3],

  // "我订的是几点", "我约的那个在哪", "what did I book": asking about a booking already made, not making one.
  ['my_bookings', /我(?:之前|刚才|刚刚|已经|上次)?(?:订|约|预约|预订|预定|报名)(?:了)?的(?:是|那个|那场|那家|场次|时间|地方|地址|在|几点|哪|什么)|(?:订|约|预约)(?:好|上)?的那个(?:是|在|几点|哪)/, 4],
  ['my_bookings', w("\\bwhat (?:have|did) i (?:book|booked|reserve)\\b|\\bwhere is my (?:booking|session|slot|reservation|appointment)\\b|\\bwhat time is my\\b|\\bthe (?:one|session|place) i (?:booked|reserved)\\b"), 1.5],

  // ── waitlist ──
  ['join_waitlist', /排队|候补|等位|排个队|加入等候|等候名单|有(?:位置?|空位?|名额|空)了?(?:请|麻烦)?(?:通知|告诉|提醒|叫|联系)我|满了.{0,8}(?:等|排|候补)|帮我(?:排|候补|等着)|补位/, 3],
  ['join_waitlist', w("\\b(wait ?list|waiting list|waitlisted|wait-list)\\b|\\bput (?:me|us|him|her) on (?:the|a) (?:list|queue)\\b|\\bnotify me\\b|\\blet me know (?:if|when) (?:a |any )?(?:spot|slot|place|space|opening)\\b|\\bjoin the (?:queue|line)\\b|\\bget in line\\b|\\bqueue\\b"), 3],
  ['knowledge', /(?:候补|排队|等位).{0,10}(?:规则|怎么算|怎么排的|多久|机制|顺序|几率|概率|成功率|是什么|怎么运作|原理|会通知吗|怎么通知|会自动|多长时间|要多久)|(?:怎么|如何)(?:候补|排队)/, 4],
  ['knowledge', w("\\bhow (?:does|do|will) (?:the )?(?:wait ?list|waiting list|queue)\\b|\\b(?:wait ?list|waiting list) (?:rules|policy|work|works|order)\\b|\\bhow long (?:is|does|will)\\b.{0,20}\\b(?:wait ?list|waiting list|queue)\\b|\\bhow (?:are|do) (?:waitlist )?(?:spots|places) (?:given|allocated|assigned)\\b"), 4],

  // ── children ──
  ['register_child', /登记(?:一下)?(?:我的|我家)?(?:孩子|宝宝|小孩|娃|信息|儿子|女儿|二宝|老二)|添加(?:一个|个)?(?:孩子|宝宝|小孩|娃|儿子|女儿|二宝)|(?:再)?加(?:一个|个)(?:孩子|宝宝|小孩|娃)|新增(?:孩子|宝宝|小孩)|录入(?:孩子|宝宝)|绑定(?:孩子|宝宝)|(?:填|填写|提交|录|完善)(?:一下)?(?:孩子|宝宝)的?(?:信息|资料)|注册|建档|(?:孩子|宝宝)(?:的)?(?:信息|资料)(?:登记|填写|录入|添加)/, 3],
  ['register_child', w('\\bregister (?:my |a |another |our |one more |the )?(?:child|kid|son|daughter|baby|toddler|children|kids|little one)\\b|\\badd (?:my |a |another |our |one more |the )?(?:child|kid|son|daughter|baby|toddler|second child)\\b|\\b(new|another|second) child\\b|\\bchild(?:\'s)? (?:profile|details)\\b|\\b(sign up|create an account|create a profile)\\b'), 3],
  ['register_child', w('\\bregister\\b'), 1.5],
  ['list_children', /(?:我的|我家|我登记的|我添加的|已登记的|已添加的|登记了的|绑定的|登记过的)(?:孩子|宝宝|小孩)(?:有哪些|列表|信息|是谁|都有谁|有几个|资料)?\s*(?:$|[?？]|吗)|(?:孩子|宝宝)列表|查看(?:孩子|宝宝)|(?:登记|添加|绑定)了(?:几个|哪些|哪几个)(?:孩子|宝宝)?|(?:孩子|宝宝)(?:都)?(?:登记|添加)(?:了|好了|上了)(?:吗|没)/, 3],
  ['list_children', w("\\b(?:list|show|see|view|check)\\b (?:me )?(?:my |all |the )?(?:registered |saved )?(?:children|kids|child profiles|children's profiles)\\b|\\b(?:which|what) (?:children|kids) (?:have i|did i|are)\\b|^(?:my )?(?:registered )?(?:children|kids)(?: list)?\\s*\\??$|\\bwho (?:have i|did i) (?:register|add)\\w*\\b|\\bhow many (?:children|kids) (?:have i|did i) (?:register|add)\\w*\\b"), 3],

  // ── booking ──
  ['book', /预约|预定|预订|报名|报个名|报一下名|报上名|抢位|抢个?位|占个?位|(?<!订)订(?!单|阅|正)|(?<![大节违爽制简契合])约(?![定束会谈])|就这个|就它|就那个|选这个|要这个|就要这个|那就这个|就这家|就这场|锁定|安排上|我要去|我想去|(?:给我|帮我)?留(?:个|一个)位|抢/, 2.5],
  ['book', /(?:帮我|给我|我要|我想|想要|麻烦)(?:帮我)?(?:订|约|预约|预定|预订|报名|抢)/, 1],
  ['book', w("(?<!picture )\\b(book|reserve|enrol|enroll|enrolling)\\b(?! (?:club|store|shop))|\\bsign (?:[a-z]+ ){1,3}up\\b|\\bsign up for\\b|\\bi'?ll take\\b|\\btake (?:it|that|this|that one|this one|the)\\b|\\bgrab (?:it|that|a|one|the)\\b|\\bsecure (?:a|the|that)\\b|\\bget (?:me |us )?(?:a |that |the )?(?:spot|slot|place)\\b|\\b(?:that|this) one\\b|\\bschedule (?:a|me|us|him|her)\\b|\\blet'?s do\\b|\\bgo with\\b"), 3.2],
  ['book', w('\\b(booking|reservation|appointment)\\b'), 1],
  // "the one at Jiangtou", "江头那个吧": picking an item from the list by its place.
  ['book', w("^(?:(?:ok|okay|then|so|i'?ll take|i want|book|let'?s do) )?the one (?:at|in|near|on|by|from)\\b"), 3.2],
  ['book', /^[\u4e00-\u9fa5a-z]{1,8}(?:那个|那家|那场|那里的|那边的)(?:吧|呗|吧谢谢)?$/, 2.5],
  ['book', w('\\b(?:book|reserve|grab|get) (?:me |us )?(?:a|an|one|that|this) (?:[a-z-]+ )?(?:slot|spot|place|session|class)\\b'), 2.5],

  // ── searching ──
  ['find_slots', /有没有(?:位置?|空位?|名额|号|空|场次|时间|地方|托|课|服务点|点)|有(?:位置?|空位?|名额|空|号)(?:吗|么|没|不|嘛|呢)|还有(?:位置?|空位?|名额|空|号|场)|(?:位置|名额|空位|余位|号)(?:还有|有没有|满了|多吗|紧张|够)|满了(?:吗|么|没)|满没满|空位|余位|名额|剩余|哪里有|哪(?:个|些|家)(?:点|服务点|地方|托育点)|什么时候有|几点有|(?:查|看|找)(?:一下|看|找|查)?(?:位置|名额|空位|场次|时间|服务点|托育点|托班|附近)|(?:可以|能)(?:去|送)(?:吗|么)|哪些时间|哪个时间|什么时间(?:有|可以)|时间段|场次|有(?:托育|托班|托管|临时托|半日托|体验课|课|人带娃|人看娃)(?:吗|么|没)|帮(?:我)?(?:看看|查查|找找|找个?|查一下|看一下)|推荐(?:一个|个)?(?:点|地方|服务点)|想(?:找|送|去)/, 2.5],
  ['find_slots', /(?:哪些|哪个|什么)时间(?:段)?(?:可以|能|有)|看看.{0,8}(?:可以|能)约|(?:能|可以)约(?:吗|么)|约(?:得)?到(?:吗|么)|约得上|还能约|还可以约|能约上/, 3],
  ['find_slots', /托育|托班|托管|带娃|看娃|看孩子|帮忙带|服务点|托育点/, 1],
  ['find_slots', w("\\bany (?:[a-z-]+ )?(?:slots?|spots?|spaces?|places?|openings?|availability|vacanc\\w*|room|sessions?|classes|childcare|care)\\b|\\bare there (?:any )?\\w+|\\b(slots?|spots?|openings?|places?|spaces?|sessions?|vacanc\\w*) (?:available|left|open|free|for|on|this|next|at|in)\\b|\\b(available|availability|vacancy|vacancies)\\b|\\bis there (?:any )?(?:room|space|a spot|a slot|a place|an opening)\\b|\\bwhat(?:'s| is) (?:available|open)\\b|\\b(?:find|search|look(?:ing)? for|need|want) (?:a |some |an )?(?:childcare|child care|care|daycare|day care|babysit\\w*|slot|spot|place|session|class|sitter)\\b|\\bfree (?:slots?|spots?|places?|spaces?)\\b|\\b(?:are|is) .{0,20}(?:full|booked up|fully booked)\\b|\\bwhen can (?:i|we) (?:bring|drop|send|come)\\b|\\bwhere can (?:i|we) (?:bring|take|send|drop)\\b|\\b(?:what|which) (?:times|days|sessions|slots|points|centres|centers)\\b|\\boptions\\b|\\bshow me (?:the |some )?(?:slots|options|sessions|times|places)\\b|\\bdo you have (?:any )?(?:space|spots?|slots?|room|places?|sessions?|classes|openings?)\\b|\\bcan (?:i|we) (?:bring|drop off|come)\\b|\\bopen (?:on|this|next)\\b"), 2.5],
  ['find_slots', w("\\b(slots?|spots?|openings?|childcare|child care|daycare|babysitting|babysitter)\\b"), 1.5],

  // ── knowledge: the service's rules ──
  ['knowledge', /免费|收费|要钱|花钱|多少钱|费用|价格|户籍|户口|外地|非本地|本地人|居住证|社保|谁可以|哪些人|什么人可以|条件|资格|要求|带什么|准备什么|需要带|要带|携带|证件|材料|规则|政策|流程|师生比|比例|几个老师|老师(?:资质|资格|证|专业)|保育员|安全吗|安全(?:措施|保障|吗)|监控|保险|隐私|个人信息|数据|营业时间|开放时间|几点(?:开门|关门|开始|结束|到几点)|几点到几点|多长时间|几个小时|接送|陪同|家长(?:可以|能|要|需要)?陪|餐食|点心|午餐|爱邻护幼|是什么|什么是|怎么(?:收费|申请|操作)|在哪(?:里|儿)?\s*(?:$|[?？])|地址|怎么去|停车|年龄(?:限制|要求|范围)|多大(?:的)?(?:孩子|宝宝)?(?:可以|能)|几岁(?:可以|能|的)|提前(?:多久|几天|多长时间)|能待多久|可以待多久|生病(?:了)?(?:还)?(?:能|可以)/, 3],
  ['knowledge', /(?:宝宝|孩子|娃|小孩|\d+个月|岁).{0,12}(?:可以|能)(?:参加|去|来|报名|上|送)(?:吗|么|嘛)|(?:可以|能)(?:参加|报名)(?:吗|么)/, 2.5],
  ['knowledge', w("\\b(hukou|residency|non-local|eligible|eligibility|qualify|requirements?|polic(?:y|ies)|rules?|ratio|insurance|cctv|privacy|personal (?:data|information|info)|opening hours|address|parking|age (?:limit|range|requirement)|how old|too young|too old|documents?|cost|costs|price|fees?|charges?|paid|pay)\\b|\\bfree(?! (?:slots?|spots?|places?|spaces?|sessions?|time|on|this|next|tomorrow|today|sat|sun|weekend|to talk))\\b|\\bwhat (?:should|do|does|must|to) (?:i|we|my \\w+ )?\\s*(?:bring|need|prepare|pack)\\b|\\bneed to bring\\b|\\bbring anything\\b|\\bhow many (?:staff|teachers|carers|kids|children|adults)\\b|\\b(?:staff|teachers?|carers?|caregivers?) (?:qualif\\w*|trained|training|background|checked)\\b|\\bis it safe\\b|\\bsafety\\b|\\bwhat time (?:do you|does it|do they) (?:open|close)\\b|\\bhow long (?:is|are|can)\\b|\\bwhere (?:is|are) (?:the|your)\\b|\\bwhat is (?:this|the service|ailin|aerlin)\\b|\\bcan (?:my|a|an) \\S+(?: \\S+){0,3} (?:join|attend|go|come|use|participate)\\b|\\bdo (?:parents|i|we) (?:have to|need to) stay\\b|\\bstay with\\b|\\b(meals?|snacks?|lunch)\\b|\\bwho can\\b|\\bdo i need\\b|\\bsick\\b"), 3],
  // Rules of the service asked in passing, phrased around a booking word ("提前几天能约", "一个月能约几次", "迟到了还能进吗").
  ['knowledge', /提前(?:多久|几天|多长时间|多少天)(?:可以|能|开始|才能)?(?:约|预约|订|报名)|什么时候(?:开始|开放)(?:预约|约|报名)|放号|(?:能|可以)?(?:约|预约|订|报名|去|来|用)几(?:次|场|回)|最多(?:能|可以)?(?:约|预约|订|报)|次数|每(?:个)?(?:周|月|周末)都(?:能|可以)(?:约|去|预约)|迟到|晚到|来晚了|晚点到|早到|(?:改|调)(?:到|成|期|时间|一下时间)|改约|换个时间|换一天|(?:信息|资料|数据|照片|电话|身份证).{0,8}(?:干嘛|干什么|做什么|用来|用在|用途|泄露|保存|保留|删除|删掉|安全|给谁|卖)|(?:住在?|家在).{1,12}(?:上班|工作).{0,12}(?:可以|能)|跨区|(?:别的|其他|不同)区|午饭|带饭|管饭|有吃的|吃什么|(?:能|可以)(?:进|看)(?:去)?(?:吗|么)|看到(?:娃|孩子|宝宝)|单独(?:带|陪)|爸爸(?:可以|能)/, 4.5],
  ['knowledge', w("\\bhow (?:far|early|long) (?:in advance|ahead|before)\\b|\\bwhen (?:can i|do i|does) (?:start )?book\\w*|\\bbooking (?:opens?|window)\\b|\\bhow (?:many times|often) can\\b|\\bevery weekend\\b|\\b(?:running|arrive|arriving|are|am|be|get there) (?:a bit |a little |\\d+ (?:min|mins|minutes) )?late\\b|\\bif (?:i'?m|we'?re) late\\b|\\bresched\\w*|\\b(?:change|move|switch) (?:my|the|our|this|that) (?:booking|reservation|session|slot)\\b|\\b(?:my|our|your|his|her|the kids?'?) (?:data|info|information|details|photos?)\\b|\\bparking\\b|\\b(?:easy|where|somewhere) to park\\b|\\bpark (?:the|my|a) car\\b|\\b(?:a |as a |i'?m a |i am a )(?:dad|father)\\b|\\btoo old\\b|\\btoo young\\b|\\b(?:live|living) in \\w+.{0,30}\\bwork\\w*\\b"), 4.5],
  ['knowledge', /(?:要|需要|必须|得|一定要)(?:先)?(?:预约|约|报名)(?:吗|么|嘛)|直接(?:去|过去|来)|不(?:用)?预约|没(?:有)?(?:提前)?(?:预)?约.{0,4}(?:能|可以)|当天(?:去|来|约|报名)|现场(?:报名|排队|登记)|(?:能|可以)?托(?:多久|多长|几个小时|几小时)|全日托|全托|整天|一整天|(?<![半全])日托(?!班)|过夜|晚上(?:能|可以)?托|夜间|(?:疫苗|体检|证明|生病|感冒|咳嗽|发烧|过敏|拉肚子|流鼻涕|湿疹).{0,10}(?:可以|能)(?:去|送|参加|来)(?:吗|么|嘛)|押金|保证金|(?:会|能)(?:说|讲)(?:英语|英文|普通话|闽南话)|哥哥|姐姐|兄弟|姐妹|大宝.{0,6}(?:一起|也)/, 4.5],
  ['knowledge', w("\\bwalk[- ]?ins?\\b|\\bwithout (?:a )?(?:booking|reservation|appointment)\\b|\\bdo (?:i|we) (?:need|have) to (?:book|reserve|register)\\b|\\b(?:opening|business) hours\\b|\\bwhat time (?:do|does|is) .{0,20}\\bopen\\b|\\b(?:brother|sister|sibling|siblings|twins)\\b|\\b(?:speak|speaks) (?:english|chinese|mandarin)\\b|\\bfull[- ]?day\\b|\\bovernight\\b|\\bdeposit\\b|\\bhow long can\\b"), 4.5],
  // ── knowledge: parenting ──
  ['knowledge', /疫苗|接种|打针|发烧|发热|体温|咳嗽|感冒|流鼻涕|鼻塞|睡觉|睡眠|入睡|夜醒|哄睡|午觉|睡不|辅食|奶粉|母乳|喂奶|吃奶|断奶|夜奶|奶量|哭闹|哭|发脾气|脾气|耍赖|打人|咬人|分离焦虑|入园|适应|屏幕|手机|看电视|ipad|平板|长牙|出牙|便秘|拉肚子|腹泻|湿疹|过敏|吐奶|呕吐|身高|体重|发育|说话|语言|走路|爬|如厕|尿布|纸尿裤|尿裤|挑食|厌食|不吃|偏食|黄疸|红屁股|尿布疹|手足口|疱疹|退烧|布洛芬|美林|泰诺林|乙酰氨基酚|安抚|奶嘴|吃手|早教|认知|专注|注意力|穿衣|穿多少|洗澡|补钙|维生素|鱼肝油|补铁|营养|正常吗|怎么办|要紧吗|严重吗|去医院|看医生|该怎么|怎么(?:让|哄|教|培养|判断|处理|养|喂|做|办)|多大(?:可以|能|会|开始)|几个月(?:可以|能|会|开始)|噎|窒息|误食|摔|磕|烫伤|抽搐|惊厥|防晒|蚊子|驱蚊|口水|流口水|磨牙|夜惊|做噩梦|怕生|认生|害羞|胆小|叛逆|二胎|大宝|吃饭|喝水|喝奶|奶瓶|刷牙|牙齿|视力|听力|自闭|多动|感统失调|生长曲线|绘本推荐|读绘本|玩具|户外活动/, 2.5],
  ['knowledge', w("\\b(vaccin\\w*|immuni[sz]\\w*|shots|fever|temperature|cough\\w*|runny nose|sleep\\w*|naps?|napping|bedtime|night wak\\w*|wakes? up|solids?|weaning|formula|breast\\w*|bottle|milk|tantrums?|meltdowns?|hitting|biting|separation anxiety|settl(?:e|ing) in|screen ?time|tv|ipad|tablet|teeth|teething|constipat\\w*|diarrh\\w*|poop\\w*|eczema|allerg\\w*|rash|vomit\\w*|spit(?:ting)? up|height|weight|growth|develop\\w*|milestones?|speech|first words|potty|toilet|diapers?|nappy|nappies|picky|fussy|won'?t eat|not eating|jaundice|pacifier|dummy|thumb|discipline|behaviou?r|choking|sunscreen|mosquito\\w*|cold|flu|toys?|reading to|read to|outdoor play|crying|cries|cry)\\b|\\bis (?:it|this|that) normal\\b|\\bshould i\\b|\\bhow (?:do|can|should) i (?:get|help|stop|make|teach|deal|handle|know|tell|calm|soothe|prepare)\\b|\\bwhen (?:should|can|do|will) (?:i|babies|toddlers|kids|children|my)\\b|\\bwhat age\\b|\\bhow much (?:milk|sleep|water|food|formula)\\b|\\bhow many (?:hours|naps|meals|times)\\b|\\bwhy (?:does|is|won'?t|do) (?:my|a|babies|toddlers)\\b|\\bmy (?:baby|toddler|son|daughter|kid|child|boy|girl|little one) (?:won'?t|wont|doesn'?t|keeps|cries|hits|bites|refuses|only|still|can'?t)\\b|\\b(?:not|isn'?t|start(?:ed)?|learn(?:ing)? to) (?:walk\\w*|talk\\w*|crawl\\w*)\\b|\\bany tips\\b|\\badvice\\b|\\btips\\b|\\brecommend(?:ed)? (?:books|toys|activities)\\b"), 2.5],
  ['knowledge', /为什么|怎么样才|如何(?!预约|报名|订)|是不是|要不要|需不需要|有必要/, 1],
  ['knowledge', w('\\b(why|how come|teachers?|carers?|english[- ]speaking)\\b'), 1],

  // ── small talk ──
  ['greeting', /你好|您好|在吗|在不在|哈喽|哈啰|嗨|早上好|上午好|下午好|晚上好|早安|有人吗|大家好|老师好|^亲|^hello|^hi\b/, 1.5],
  ['greeting', w('\\b(hello|hi|hey|hiya|yo|greetings|good morning|good afternoon|good evening|nihao|ni hao|howdy)\\b'), 1.5],
  ['help', /你是(?:不是)?(?:chatgpt|gpt|ai|机器人|真人|人工智能|人还是机器)|(?<![a-z])are you (?:a |an )?(?:bot|robot|human|ai|chatgpt|real person|real)(?![a-z])/, 3],
  ['help', /帮助|怎么用|如何使用|使用方法|你能做什么|你会什么|你可以做什么|能做什么|能干(?:嘛|什么)|有什么功能|功能|菜单|指南|使用说明|不会用|你是谁|你是(?:什么|干什么|干嘛)|重新开始|^\/start|^\/help|有什么服务|能帮我什么|你们(?:是)?(?:做|干)什么的/, 2],
  ['help', w("\\b(help|what can you do|how does this work|how do i use (?:this|you)|how to use|commands?|instructions|menu|who are you|what are you|start over|what do you do|what services)\\b"), 2],
  ['thanks', /谢谢|多谢|感谢|谢啦|谢了|3q|辛苦了|辛苦啦|感恩|谢谢你|谢谢您|蟹蟹|谢谢啦/, 2],
  ['thanks', w("\\b(thanks|thank you|thank u|thx|ty|tks|thankyou|much appreciated|appreciate it|cheers|many thanks)\\b"), 2],

  // ── points, the service, the assistant ──
  ['point_info', /(?:服务点|托育点|那个点|这个点|你们(?:那|的点)?|[\u4e00-\u9fa5]{2,4}(?:那个|的)?点)(?:的)?(?:地址|在哪|在什么地方|怎么去|怎么走|怎么过去|电话|联系方式|号码)|(?:地址|电话|联系方式)(?:是|在)?(?:多少|什么|哪)|怎么(?:去|走|过去)(?:那|你们)?|在哪(?:里|儿)?(?:呀|啊)?[?？]?$/, 3.5],
  ['point_info', w("\\b(?:where is|where's|where are|where r u|located|how do i get to|how to get to|directions to|address of|phone number of|contact number|(?:the|your|its) (?:address|phone)|what(?:'s| is) the (?:address|phone|number))\\b"), 3.5],
  ['can_attend', /(?:多大|几个月|几岁|[\d一二两三四五六七八九十半]+\s*(?:个月|岁|周岁)).{0,10}(?:可以去|能去|能不能去|可不可以去|能参加|可以参加|收不收|收吗|能托吗|可以托吗|能送吗|可以送吗)|(?:可以去|能去|能参加|收不收).{0,6}(?:[\d一二两三四五六七八九十]+\s*(?:个月|岁))/, 3.5],
  ['can_attend', w("\\b(?:old enough|too young|what age can|from what age|how old (?:does|do|must|should))\\b|\\bcan (?:a |my )?(?:\\d+|one|two|three|six|nine)[- ](?:month|year)[- ]old (?:come|go|attend|join|use|be (?:dropped|left))\\b"), 3.5],
  ['identity', /你是谁|你叫什么|你是(?:不是)?(?:机器人|真人|人工|ai|chatgpt|gpt|人还是机器)|是不是(?:机器人|真人|ai)|(?<![a-z])(?:who are you|what are you|your name|are you (?:a |an )?(?:bot|robot|human|real person|real|ai|chatgpt))(?![a-z])/, 4],
  ['service_intro', /介绍一下(?:你们|这个|服务|爱邻)?|(?:爱邻护幼|你们|这个服务)是(?:什么|干什么|做什么)|什么是爱邻护幼|这是什么服务|怎么用这个服务|(?<![a-z])(?:what is (?:this|the|your) service|tell me (?:about|more about) (?:the|this|your) service|what do you offer|how does (?:this|the) service work)(?![a-z])/, 3.5],
  ['reschedule', /(?:我的|那个|这个|周[一二三四五六日]的?|明天的?|预约)?.{0,8}(?:改到|改成|换到|换成|调到|挪到)(?:下?周[一二三四五六日末]|明天|后天|\d|[一二三四五六七八九十]+[月号日]|上午|下午)|改期|改个?时间|(?<![a-z])(?:reschedule|move (?:my|the|our) (?:booking|reservation|session)|change (?:my|the) (?:booking|reservation) to|switch (?:my|the) booking to)(?![a-z])/, 4.8],
  ['more', /^(?:还有(?:别的|其他|没有|吗|更多|呢)|更多|有没有别的|有没有其他的?|其他的呢|别的呢|下一页|再来几个|再看看)(?:吗|呢|的|时间|场次|选择)?[?？]*$/, 4],
  ['more', w("^(?:more|any others?|other options|show (?:me )?more|anything else (?:available)?|what else|next page|see more)\\s*\\??$"), 4],
  // Ferries and sights are places in Xiamen but not what the service offers; a place word must not make them a search.
  ['out_of_scope', /轮渡|船票|渡轮|码头.{0,4}(?:几点|时间|票)|(?:去|到)鼓浪屿|门票|(?<![a-z])(?:ferry|ferries|boat to|ticket to)(?![a-z])/, 5.5],

  // ── out of scope ──
  ['out_of_scope', /天气|股票|基金|笑话|作业|彩票|写代码|写程序|新闻|外卖|打车|航班|机票|火车票|高铁票|酒店|房价|买房|比特币|足球|篮球|星座|算命|菜谱|做菜|减肥|写诗|写一首|唱首歌|汇率|选举|政治|电视剧|明星|八卦/, 3],
  ['out_of_scope', /游戏|电影|翻译|代码|编程/, 1.5],
  ['out_of_scope', /(?:有什么|哪里|哪些|哪儿)好玩|景点|旅游|攻略|餐厅|饭店|美食|(?<![a-z])(?:tourist|sightseeing|restaurants?|things to do in)(?![a-z])/, 3],
  ['out_of_scope', w("\\b(weather|stocks?|shares|bitcoin|crypto|lottery|jokes?|homework|essay|poem|song lyrics|recipe|football|soccer|basketball|nba|horoscope|election|president|politics|news|movie|movies|flight|hotel|taxi|uber|exchange rate|python|javascript|java|sql|html|programming|translate|translation|math problem|capital of)\\b|\\bselect \\*|drop table|<script|<\\/?[a-z]+>|\\bunion select\\b"), 3],
];

const PRIORITY: Intent[] = [
  'complaint', 'human', 'reschedule', 'cancel', 'my_bookings', 'join_waitlist', 'register_child', 'list_children', 'book',
  'more', 'find_slots', 'point_info', 'can_attend', 'knowledge', 'service_intro', 'identity', 'switch_language', 'out_of_scope',
  'help', 'thanks', 'greeting', 'affirm', 'deny',
];

const PUNCT = /[\s.,!?;:~…。，！？；：、~～"'“”‘’()（）【】\[\]<>《》\-_*#@]+/g;
const EMOJI = /\p{Extended_Pictographic}|\uFE0F|\u200D/gu;
const THANKS_WORDS = /谢谢(?:你|您|啦|了)?|多谢|感谢|谢啦|辛苦了|辛苦啦|蟹蟹|3q|(?<![a-z])(?:thanks|thank you|thank u|thx|ty|tks|cheers)(?![a-z])|🙏/gu;
const AFFIRM = /^(?:(?:好|好的|好滴|好哒|好嘞|好吧|好呀|好啊|好哦|好了|行|行的|行吧|可以|可以的|可以呀|可以啊|是|是的|是啊|对|对的|对啊|对呀|嗯|嗯嗯|嗯呢|恩|恩恩|没问题|确定|确认|确认预约|确认一下|就这样|没错|同意|当然|要|要的|需要|ok|okay|okk|okey|okie|okey dokey|k|kk|yes|yep|yeah|yup|ya|yea|sure|confirm|confirmed|correct|right|sounds good|go ahead|do it|please do|yes please|ok please|y|alright|great|perfect|fine|👍|👌|✅|好的呢|好的呀|好的好的|嗯好|嗯嗯好的|ok的|好的ok|可)\s*)+$/;
const DENY = /^(?:(?:不|不用|不用了|不要|不要了|不了|不需要|不需要了|算了|算了吧|(?:先|暂时|还是|那就)?不(?:用)?(?:约|订|预约|预订|取消|报名|报|登记|排|排队|候补|改|换)了|先不(?:约|订|取消|登记)|不用(?:约|订|取消|登记)|没事|没事了|不是|不对|错了|不行|先不|先不用|暂时不用|再说吧|再说|no|nope|nah|no thanks|no thank you|not now|never ?mind|nvm|forget it|don'?t ?cancel|do not cancel|keep it|keep (?:the|my) booking|保留|保留吧|留着|留着吧|不取消|dont|don't|stop|wrong|not really|no need|not yet|maybe later|👎|❌)\s*)+$/;

export interface IntentResult {
  intent: Intent;
  confidence: number;
}

function shortReply(t: string): IntentResult | undefined {
  const bare = t.replace(PUNCT, '');
  if (bare === '') return undefined;
  if (DENY.test(bare) || DENY.test(t.replace(PUNCT, ' ').trim().replace(/ +/g, ' '))) return { intent: 'deny', confidence: 0.85 };
  const hadThanks = THANKS_WORDS.test(t);
  THANKS_WORDS.lastIndex = 0;
  const rest = t.replace(THANKS_WORDS, ' ');
  const restBare = rest.replace(PUNCT, '').replace(/了|啊|呀|哈|哦|噢|呢|嘛|啦|哈哈/g, '');
  const restSpaced = rest.replace(PUNCT, ' ').trim().replace(/ +/g, ' ');
  if (hadThanks && (restBare === '' || AFFIRM.test(restBare) || AFFIRM.test(restSpaced) || /^(?:so much|a lot|very much|lots|again|everyone|all)$/.test(restSpaced))) {
    return { intent: 'thanks', confidence: 0.9 };
  }
  if (!hadThanks && (AFFIRM.test(restBare) || AFFIRM.test(restSpaced) || restSpaced.split(' ').every((x) => AFFIRM.test(x)))) {
    return { intent: 'affirm', confidence: 0.85 };
  }
  return undefined;
}

const CHILD_WORD = /宝宝|孩子|娃|小孩|儿子|女儿|宝贝|小朋友|幼儿|婴儿|新生儿|(?<![a-z])(?:baby|babies|toddler|toddlers|kid|kids|child|children|son|daughter|infant|newborn|little one)(?![a-z])/;
const QUESTION = /[?？]|吗|么|呢|怎么|如何|什么|多少|几|是否|能不能|可不可以|会不会|(?<![a-z])(?:how|what|why|when|should|can|could|is it|does|do i|are there|is there|will)(?![a-z])/;

export function classifyIntent(t: string, slots: Slots): IntentResult {
  const bare = t.replace(PUNCT, '').replace(EMOJI, (e) => (/[👍👌✅🙏👋👎❌]/u.test(e) ? e : ''));
  if (bare === '') return { intent: 'out_of_scope', confidence: 0.1 };

  const reply = shortReply(t);
  if (reply) return reply;
  if (/^[🙏]+$/u.test(bare)) return { intent: 'thanks', confidence: 0.7 };
  if (/^[👋]+$/u.test(bare)) return { intent: 'greeting', confidence: 0.7 };

  const score = new Map<Intent, number>();
  const add = (i: Intent, v: number) => score.set(i, (score.get(i) ?? 0) + v);
  for (const [intent, re, weight] of RULES) if (re.test(t)) add(intent, weight);

  // Slots as evidence.
  const searchSlots = [slots.dateRange, slots.partOfDay, slots.district ?? slots.wantsNearby, slots.kind].filter((x) => x !== undefined).length;
  if (searchSlots > 0) add('find_slots', Math.min(1.5, 0.5 + 0.5 * searchSlots));
  if (slots.ordinal !== undefined) {
    if ((score.get('cancel') ?? 0) > 0) add('cancel', 2);
    else if ((score.get('my_bookings') ?? 0) === 0) add('book', 2);
  }
  if (slots.bookingRef) {
    if ((score.get('cancel') ?? 0) > 0) add('cancel', 2);
    else add('my_bookings', 1);
  }
  if (slots.birthDate) add('register_child', 3);
  if (slots.childName && (slots.childAgeMonths !== undefined || slots.birthDate)) add('register_child', 1);
  if (slots.language) {
    const short = t.length <= 24 || /切换|换成|改成|switch|change to|speak|说|讲|用/.test(t);
    add('switch_language', short ? 6 : 1.5);
  }
  const asks = QUESTION.test(t);
  if (CHILD_WORD.test(t) && asks) add('knowledge', 1);
  // A booking verb beside a concrete search ("帮我订周六上午") stays a booking; a question about
  // availability with no booking verb stays a search.

  let best: Intent | undefined;
  let top = 0;
  let second = 0;
  for (const intent of PRIORITY) {
    const s = score.get(intent) ?? 0;
    if (s > top) {
      second = top;
      top = s;
      best = intent;
    } else if (s > second) {
      second = s;
    }
  }
  if (!best || top === 0) {
    if (searchSlots > 0 || slots.childAgeMonths !== undefined) return { intent: 'find_slots', confidence: 0.45 };
    if (slots.ordinal !== undefined) return { intent: 'book', confidence: 0.45 };
    if (slots.bookingRef) return { intent: 'my_bookings', confidence: 0.4 };
    if (slots.childName) return { intent: 'register_child', confidence: 0.4 };
    if (asks && CHILD_WORD.test(t)) return { intent: 'knowledge', confidence: 0.35 };
    if (asks) return { intent: 'knowledge', confidence: 0.25 };
    return { intent: 'out_of_scope', confidence: 0.3 };
  }
  const margin = top - second;
  const confidence = Math.max(0.3, Math.min(0.97, 0.45 + 0.08 * top + 0.1 * Math.min(margin, 3) - (margin < 0.5 ? 0.15 : 0)));
  return { intent: best, confidence: Math.round(confidence * 100) / 100 };
}
