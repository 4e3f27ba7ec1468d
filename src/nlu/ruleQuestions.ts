import { toSimplified } from '../text/chineseScript.ts';

/**
 * Which of the service's numbered rules a question asks about ("取消要提前多久", "how many bookings a week",
 * "how long do you keep our chats"): language understanding only. The answer side (ruleFacts) says each rule
 * from the booking configuration; the NLU uses the same recogniser to keep such questions questions.
 */
// Words by concept, so every fact hears the same ways of asking: Simplified (Traditional is folded first),
// Taiwan and Minnan-flavoured usage (提早, 钟头, 礼拜, 放鸟), and expat English.
/** A week, as parents say it. */
const WEEK = '(?:每|一|一个|每个)(?:周|星期|礼拜)(?![一二三四五六日天末])';
/** Booking a session (not a doctor's appointment: see OTHER_APPOINTMENT); "book" inside Chinese ("当天还能book吗") too. */
const BOOK = '(?:约|预约|订|报名|抢|(?<![a-z])book(?:ing)?(?![a-z]))';
/** Notice: how far before. */
const AHEAD = '(?:提前|提早|早点)';
/** Not turning up. */
const NO_SHOW = '(?:爽约|预约未到|放(?:了)?(?:[\\d一二两三四五几好]+次)?(?:人家?)?鸽子|放鸟|没到场|未到场)';
/** What happens to an account. */
const PAUSED = '(?:暂停|停权|封号|被停|停掉|拉黑|黑名单|禁止预约|不能再约|约不了|惩罚|处罚|罚)';
/**
 * A question about a doctor's, a vaccination or a hospital appointment, or about a kindergarten, is not about this
 * service's booking rules ("打疫苗要提前几天预约", "how far ahead do I book a check-up").
 */
const OTHER_APPOINTMENT =
  /疫苗|接种|打针|体检|医院|医生|挂号|门诊|儿科|诊所|看病|就医|儿保|幼儿园|学校|早教班|(?<![a-z])(?:vaccin\w*|jabs?|shots?|doctor|hospital|clinic|check-?up|gp|paediatrician|pediatrician|kindergarten|preschool|school)(?![a-z])/i;

/** Collecting a child before the session ends, asked (Simplified text; questionIntents reads it lowercased). */
export const EARLY_COLLECT =
  /(?:提前|早点|提早)(?:把(?:他|她|孩子|宝宝|娃)?)?接(?!种)|只(?:托|待|呆|放)[一两二三半\d]+个?(?:小时|钟头)|(?<![a-z])(?:pick (?:\w+ )?up (?:early|earlier|after (?:an?|one|two|1|2) hours?)|collect (?:\w+ )?(?:early|earlier|after (?:an?|one|two|1|2) hours?)|(?:only|just) (?:stay|leave (?:him|her|them))\b.{0,12}\b(?:an? hour|one hour|two hours|2 hours))(?![a-z])/i;

export const RULE_QUESTIONS = {
  cancelDeadline: new RegExp(
    [
      `(?:取消|退订|退掉).{0,12}(?:${AHEAD}|多久|截止|最晚|最迟|几(?:个)?(?:小时|钟头)|来得及|期限|时间限制|还行|还可以吗|晚不晚|算不算迟|什么时候|几点)`,
      `(?:${AHEAD}|最晚|最迟|多久|几点前|几个小时|几个钟头|前一天|前一晚|头天晚上).{0,8}(?:取消|退订)`,
      `(?:去不了|来不了|去不成|来不成|不去了|不来了|有事).{0,12}${AHEAD}.{0,6}(?:多久|几|多少)`,
      `开始前.{0,8}(?:小时|钟头|分钟).{0,6}(?:还)?(?:能|可以)?取消`,
      `(?:取消|(?<![a-z])cancel\\w*)\\s*(?:得|的)?(?:太晚|晚了|迟了|过了(?:时间|截止))`,
      // "取消了会不会影响以后预约", "will cancelling count against me?": what a cancellation in time leaves behind.
      `(?:取消|退订|退掉).{0,8}(?:会不会|会|有没有)?(?:影响|记录|扣分|留(?:下)?记录)`,
      // "现在取消要扣什么吗", "取消要罚钱吗", "is there a penalty if I cancel", "will cancelling now cost me anything": what a
      // cancellation costs — nothing before the deadline.
      `(?:取消|退订|退掉).{0,8}(?:扣|罚|收费|要钱|付钱|违约金|赔)`,
      `(?:扣|罚|违约金).{0,8}(?:取消|退订)`,
      `(?<![a-z])(?:cancel\w*.{0,40}(?:penalt(?:y|ies)|fine(?:d)?|fees?|charge[ds]?|cost (?:me|us|anything|money)|lose (?:anything|money))|(?:penalt(?:y|ies)|fine|fees?|charge[ds]?).{0,30}cancel\w*)(?![a-z])`,
      `(?<![a-z])cancel\\w*.{0,40}(?:affect|count(?:s|ed)? against|held against|penali[sz]e|on (?:my|our) record)(?![a-z])`,
      `(?<![a-z])(?:cancel\\w*.{0,60}(?:deadline|how long|how late|notice|hours?|cut-?off|in advance|before|still (?:ok|okay|fine|alright|in time)|too late|in time|night before|day before|policy|rules?)|(?:how long|how late|how many hours|how much notice|too late|(?:the )?latest|last (?:moment|minute)|until when|till when|by when)(?: time)?.{0,30}cancel|how much notice|cancellation (?:policy|rules?|deadline|window))(?![a-z])`,
      `(?:取消|cancel)\\s*(?:deadline|policy)`,
    ].join('|'),
    'i',
  ),
  bookingOpens: new RegExp(
    [
      `${AHEAD}(?:几|多少|多久)(?:天)?.{0,4}${BOOK}`,
      `${BOOK}.{0,4}(?:要|得)?${AHEAD}(?:几|多少|多久)`,
      `(?:几|多少)天(?:以)?前(?:就)?(?:要|得|可以|能)?${BOOK}`,
      `(?:什么时候|哪天|几号|几时)(?:可以|能|才能)?(?:开始|开放)(?:可以|能)?${BOOK}`,
      `最早(?:可以|能)?${BOOK}(?:多久|几天|哪天)`,
      `${BOOK}(?:多久|几天|多少天)(?:以后|之后)`,
      `(?:下个月|下下周|下下个?(?:周末|礼拜|星期)|两周后|三周后|两个星期后).{0,6}(?:现在)?(?:就)?(?:能|可以)(?:先|提前)?${BOOK}`,
      `放号|几天前(?:开放|可以约)`,
      // "slot一般提前多少天放出来", "booking一般提前几天open": how many days before sessions are put up (round 52).
      `${AHEAD}(?:几|多少|多久)(?:天)?.{0,4}(?:放出来|放出|开放|上线|(?<![a-z])open(?![a-z]))`,
      // "下个月的schedule出来了吗", "is the January timetable out yet?": whether later sessions are published yet (round 43).
      `(?:schedule|时间表|课表|排期|排班表|场次表|场次)\\s*(?:出来|公布|发布|放出来|上线)了?(?:吗|么|没)`,
      `(?<![a-z])(?:(?:is|has) (?:the )?(?:[\\w-]+ )?(?:schedule|timetable) (?:out|published|up|released)|when (?:is|will) (?:the )?(?:[\\w-]+ )?(?:schedule|timetable) (?:be )?(?:out|published|released|come out))(?![a-z])`,
      // "那next week的现在可以约了吗": whether a day is open yet (了 asks about a change), not a booking.
      `现在(?:就|已经)?(?:能|可以)${BOOK}了(?:吗|么|嘛|没)`,
      `(?<![a-z])(?:how (?:far|many days|many weeks|early) (?:ahead|in advance|before)|when (?:does|do) (?:booking|bookings|sessions|slots) open|how early can i book|(?:sessions?|slots?|places?|spots?) (?:get |are )?(?:released|opened|put up|come out))(?![a-z])`,
    ].join('|'),
    'i',
  ),
  // How late a session can still be booked ("当天还能约吗", "how late can I book").
  bookingCloses: new RegExp(
    [
      `(?:当天|当日|临时)(?:还)?(?:能|可以)?${BOOK}`,
      // "当天早上临时想约下午的还来得及不": whether a same-day booking is still in time.
      `(?:当天|当日|临时|开始前).{0,12}${BOOK}.{0,8}(?:还)?来得及`,
      `最晚(?:什么时候|几点|要?开始前多久)?(?:还)?(?:能|可以)?${BOOK}(?!.{0,4}取消)`,
      `(?:开始前多久|几点前).{0,4}(?:截止|停止)|停止预约|预约截止`,
      `(?:开始前多久|快开始|马上开始|开始前一?(?:个)?(?:小时|钟头)).{0,6}(?:就)?(?:还)?(?:能|可以|不能|约不了|不能约)${BOOK}?`,
      `(?<![a-z])(?:(?:how late|last[- ]minute|same[- ]day).{0,30}book\\w*|book\\w*.{0,30}(?:same day|on the day|last[- ]minute|(?:an|one|1) hour before|minutes before)|booking (?:close|cut-?off)s?|cut-?off (?:on|for) the (?:day|same day)|cut-?off time)(?![a-z])`,
    ].join('|'),
    'i',
  ),
  weeklyCap: new RegExp(
    [
      `${WEEK}.{0,8}(?:最多|能约|可以约|能订|可以订|能预约|可以预约|能去|可以去|能托|可以托|约几|订几|预约几|上限|限制)`,
      `最多(?:能|可以)?(?:约|预约|订)几`,
      // "会不会算超过次数", "算不算次数": whether one more booking goes over the weekly limit.
      `(?:算|会不会算|算不算|会算|占)(?:超过|超出|超)?(?:了)?(?:每周|一周|这周|本周)?的?(?:次数|上限)|超(?:过|出)?(?:了)?(?:每周|一周)?的?(?:次数|上限)`,
      // "他也能约两次吗", "还能约几次": how many times a child may book, asked with no week named (the only such limit).
      `(?:能|可以)${BOOK}(?:两|2|三|3|几|多少)(?:次|场)`,
      `(?:周六[和跟与、]?周日|周六[和跟与、]?周天|礼拜六[和跟与、]?礼拜天|星期六[和跟与、]?星期天|星期六[和跟与、]?星期日|六日).{0,6}(?:都|能不能都|可不可以都|可以都)(?:能|可以)?(?:约|预约|订)`,
      `(?:每个|每)周末都(?:约|预约|订)`,
      `(?<![a-z])(?:how many (?:bookings|sessions|slots|places|spots).{0,30}(?:a|per|each|every) week|how many (?:bookings|sessions) (?:can|may|could) (?:one|a|each|my|our|the) (?:child|kid|baby|toddler) (?:have|hold|book|get)|how many (?:bookings|sessions) (?:can|may|could) (?:i|we) (?:have|hold) (?:at once|at a time|per child|for (?:one|each|a) (?:child|kid))|how many times (?:a|per|each) week (?:can|may|could|do) (?:we|i|she|he|they|my \\w+)\\b.{0,20}(?:go|come|book|attend)|how many times.{0,20}(?:book|go|come|attend)\\w*.{0,20}(?:a|per|each|every) week|weekly (?:limit|cap)|(?:cap|limit|maximum|max) (?:on|to) (?:how many|the number of)|(?:weekday|wednesday|tuesday|thursday|trial|class)\\w*.{0,30}\\bcount(?:s|ed)? (?:toward|towards|against|in|into|as part of)|limit on (?:how many|the number of) (?:bookings|sessions|times)|book (?:(?:a place |a spot |a session |sessions |places |spots )?(?:for|on) )?(?:both )?(?:saturday and sunday|sat and sun|every (?:saturday|sunday|weekend))|(?:both|every) saturday and sunday)(?![a-z])`,
    ].join('|'),
    'i',
  ),
  noShow: new RegExp(
    [
      NO_SHOW,
      `(?:没去|不去|没来|不来|没到|没出现)(?:会|的话)?.{0,8}${PAUSED}`,
      `(?:约了|预约了?|约好了?).{0,6}(?:没去|不去|没来|没到).{0,8}(?:影响|后果)`,
      `(?:没去|没来|没到)(?:会|的话)?.{0,4}有什么(?:影响|后果)`,
      // "没去 也没取消 下次还能约吗": whether booking stays open after a miss.
      `(?:没去|没来|没到|没出现).{0,12}(?:下次|以后|之后|再)(?:还)?(?:能|可以)(?:约|预约|订)`,
      `(?<![a-z])(?:(?:didn'?t|did not|don'?t|do not) (?:show|turn) up|missed (?:a|the|our|my) (?:session|booking)).{0,40}(?:still|again) (?:book|be able to book)(?![a-z])`,
      `(?:没去|不去|没来|没到)(?:会|的话).{0,8}(?:怎样|怎么样)`,
      // "那如果我just没去呢" after the cancel deadline: simply not going (and not cancelling).
      `(?:如果|要是|万一|假如)(?:我们?|孩子|宝宝)?[a-z ]{0,8}(?:没去|没来|不去|不来)(?:了)?(?:的话)?(?:呢|会怎样|会怎么样|怎么办)`,
      // "约了去不了又忘记取消 会怎么样": not cancelling a session one does not go to is a no-show.
      `(?:忘了|忘记|没有?|也没|又没)取消.{0,10}(?:会|的话)?.{0,4}(?:怎样|怎么样|怎么办|影响|后果|${PAUSED})`,
      `(?:忘了去|忘记去|忘了来|没去成|没来成).{0,16}(?:怎样|怎么样|影响|后果|${PAUSED})`,
      `(?:暂停|停权|封号|被停).{0,6}(?:多久|几天|多少天|多长时间)`,
      `(?<![a-z])(?:no[- ]shows?|don'?t (?:show|turn) up|didn'?t (?:show|turn) up|forg[eo]t to (?:go|come|turn up|show up)|(?:skip|miss)\\w* (?:a |the |our |my )?(?:booking|session|slot)s? without cancel\\w*|ghost\\w* (?:a |the )?(?:booking|session)|(?:suspended|suspension|paused?|banned|ban|blocked).{0,20}how long|how long.{0,30}(?:suspended|suspension|paused?|banned|ban|blocked)|miss(?:ed)? (?:a|my|the|two|three|several) (?:booking|session)s?)(?![a-z])`,
    ].join('|'),
    'i',
  ),
  // (…and how long one has to confirm once one's turn comes, "那排到我了 我得在多长时间里确认", "轮到我们了要几分钟内回复": round 53.)
  waitlistHold:
    /(?:排到|轮到)(?:我|我们)?(?:了|的时候|时)?.{0,12}(?:deadline|期限|时限)|(?:排到|轮到)(?:我|我们)?.{0,12}(?:多久|多长时间|几分钟)(?:之内|以内|内|里)?.{0,4}(?:确认|回复|答复|接受|(?<![a-z])(?:confirm|accept|reply)(?![a-z]))|(?:排到|轮到)(?:我|我们)?.{0,12}(?:确认|回复|答复|接受|(?<![a-z])(?:confirm|accept|reply)(?![a-z])).{0,6}(?:多久|多长时间|几分钟)|(?:候补|排到|轮到).{0,20}(?:hold|keep|保留|留)(?:着)?(?:多久|多长时间|几分钟)|(?:名额|位子|位置|(?<![a-z])(?:slots?|spots?|places?)(?![a-z]))(?:会|能)?(?:帮我|给我|为我)?(?:保留|留|hold|keep)(?:着)?(?:多久|几分钟|多长时间)|候补.{0,12}(?:保留多久|(?<!等|排)多久|几分钟|(?<!等|排)多长时间|确认|留多久|没看到|错过|没回)|名额(?:保留|留)(?:多久|几分钟)|(?<![a-z])(?:how long.{0,30}(?:to (?:accept|confirm|respond|reply|grab|claim|take)|hold|held)|(?:waitlist|waiting list).{0,30}(?:how long|minutes|held|hold)|(?:wait ?list|waiting list).{0,40}how (?:(?:do|will|would|can) )?(?:i|we) (?:know|find out|hear)|how (?:(?:do|will|would|can) )?(?:i|we) (?:know|find out|hear).{0,40}(?:wait ?list|waiting list))(?![a-z])|(?:候补|排队).{0,20}(?:怎么|如何)(?:知道|通知)|(?:怎么|如何)(?:知道|通知).{0,12}(?:候补|排到|轮到)/i,
  // Collecting before the session ends ("能不能只托两个小时就提前接走", "可以只待兩小時就接走嗎", "can I pick her up after two
  // hours?"): how long each kind of session runs, asked of a day's session — a question, not that day's places.
  earlyCollect: EARLY_COLLECT,
  // Meals at a point ("管饭吗", "中午饭怎么办", "what happens with lunch?", "do they provide snacks?"): the practical answer
  // (no meals; lunch and naps between two sessions are the family's), even with a day and two sessions named.
  meals:
    /管饭|管不管饭|包饭|供餐|提供(?:午饭|午餐|饭|餐|点心|零食)|(?:午饭|午餐|中饭|中午饭)(?:要|得)?(?:怎么办|怎么解决|谁管|自己带|在哪吃)|(?<![a-z])(?:(?:what|how) (?:happens|about|do we do|does it work) (?:with|for) (?:lunch|meals?|food|naps?)|(?:lunch|meals?|snacks?|food) (?:is |are )?(?:provided|included|served)|(?:do|will|does) (?:you|they|the points?|the carers?) (?:provide|serve|give) (?:lunch|meals?|food|snacks?))(?![a-z])/i,
  // Whether a point outside the family's own district may be used ("even though we live in Jimei", "不住在思明 能约思明的吗"):
  // the residence rule (no restriction), asked with a district named — not a search of that district.
  residence:
    /(?:住在?|家在)[\u4e00-\u9fff]{2,4}.{0,4}(?:能不能|可不可以|可以|能)(?:去|约|用|上)[\u4e00-\u9fff]{2,3}(?:区)?的?(?:点|服务点|托育点)|只能(?:在|去|约|用)?(?:住家|家里|家|住的地方|自己住的|本区|自己的区)(?:附近|旁边|周边|那边|所在)|不住(?:在)?.{0,8}(?:能|可以)(?:约|去|用|上)|(?:住在?|家在).{1,8}(?:但|可是)?.{0,4}(?:能不能|可不可以|可以|能)(?:约|去|用|上).{0,8}(?:别的区|其他区|外区|公司附近|上班附近|单位附近)|(?:住在?|家在).{1,8}(?:但是?|可是|不过)?(?:上班|工作|(?<![a-z])work(?![a-z])|公司|单位)在?.{1,8}(?:能不能|可不可以|可以|能)(?:约|去|用|上)|(?<![a-z])(?:(?:even though|although|though|but) (?:we|i) (?:live|stay|are based) (?:in|near|at)|(?:do not|don'?t) live (?:in|near) (?:that|the same|this) (?:district|area)|(?:we|i) live (?:in|near) [a-z' -]{2,20},? but (?:we |i )?work (?:in|near))(?![a-z])/i,
  // How many children one account may hold ("一个account可以register几个kids", "how many kids can I register?"): asked,
  // not a registration.
  childrenPerAccount:
    /(?:账号|帐号|账户|(?<![a-z])account(?![a-z])).{0,10}(?:几个|多少个?|多个|(?<![a-z])(?:how many|more than one|several|multiple)(?![a-z]))(?:孩子|小孩|宝宝|娃|小朋友|(?<![a-z])(?:kids?|children)(?![a-z]))|(?:可以|能)(?:登记|注册|(?<![a-z])register(?![a-z])|加)(?:几个|多少个|多个)(?:孩子|小孩|宝宝|娃|(?<![a-z])(?:kids?|children)(?![a-z]))|(?<![a-z])(?:how many (?:kids|children) (?:can|may|could) (?:i|we) (?:register|add|have)|(?:can|may) (?:i|we) (?:register|add) (?:more than one|several|multiple|two|three) (?:kids|children))(?![a-z])/i,
  // What a class is, or whom it is for ("感统课是给有问题的小孩上的吗", "感統課是什麼", "is the sensory class for kids with
  // problems?"): the kinds of class, answered — not that class's sessions.
  classWhat:
    /(?:课|训练)(?:是不是|是|到底是)?(?:专门|只)?(?:给|为|针对)(?:有|什么|哪些|发育|特殊|感统)|(?:课|训练)(?:到底)?(?:是)?(?:在)?(?:练|学|玩|上|教|做)(?:些)?(?:什么|啥)|(?:课|训练)(?:是|到底是)?(?:什么|干嘛|做什么|干什么|治疗)(?:的|意思)?(?:吗|么|嘛|呀|啊|[?？]|$)|(?<![a-z])(?:(?:class|lesson|training)(?:es|s)? (?:is |are )?(?:meant |only |just |designed )?for (?:kids|children|babies|toddlers) (?:with|who)|is (?:the|this|that) (?:\w+ ){1,2}(?:class|lesson|training) (?:meant |only |just |designed )?for|what (?:is|are|happens in) (?:the |a )?(?:\w+ ){1,2}(?:class|classes|lesson|training)\b(?! (?:on|this|next|at)))(?![a-z])/i,
  // How long chats are kept ("聊天记录你们保存多久", "how long do you keep our messages", "chat记录你们keep多久"): the configured retention.
  historyRetention:
    /(?:聊天|对话|消息|信息|记录|纪录|资料|数据|(?<![a-z])(?:chats?|history|conversations?|messages?|data|records?|info|information|details)(?![a-z])).{0,8}(?:保存|保留|存|留|(?<![a-z])(?:keep|kept|store|stored|save|saved)(?![a-z]))(?:着|下来)?.{0,6}(?:多久|多长时间|几天|多少天|几个月|期限)|(?:多久|几天|多少天|什么时候).{0,6}(?:删除|删掉|清除|自动删)|(?:一直|永久|永远)(?:保留|保存|存着?|留着?).{0,6}(?:资料|信息|数据|记录|聊天)|(?:资料|信息|数据|记录|聊天).{0,8}(?:一直|永久|永远)(?:保留|保存|存)|(?<![a-z])(?:how long.{0,40}(?:keep|kept|store|stored|retain|retained|save|saved).{0,30}(?:chats?|conversations?|messages?|history|data|records?)|(?:chats?|conversations?|messages?|history|data|records?).{0,30}(?:kept|stored|retained|deleted).{0,20}(?:how long|for how many days)|(?:data|chat|history) retention|(?:do|will) you (?:keep|store|save) (?:our|my|the) (?:chats?|chat history|conversations?|messages?))(?![a-z])/i,
} satisfies Record<string, RegExp>;

/** One of the rules a question can ask about. */
export type RuleKey = keyof typeof RULE_QUESTIONS;

/**
 * The question as the rules are matched: Traditional asks as Simplified does ("候補名額保留多久"), and spaces around
 * Chinese words are dropped (voice input and English words inside Chinese leave them: "一周可以 预约 几个").
 */
export function foldRuleQuestion(question: string): string {
  return toSimplified(question).replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

/** The rules the question asks about, in a fixed order. */
export function askedRules(question: string): RuleKey[] {
  const asked = foldRuleQuestion(question);
  // "下个月还能约吗 会不会超龄", "turns 3 next week, can she still come": whether the child is still young enough, not when
  // booking opens.
  const ageLimit = asksAgeLimit(question) || asksBookingBeforeMinimumAge(question);
  return (Object.keys(RULE_QUESTIONS) as RuleKey[]).filter((k) => RULE_QUESTIONS[k].test(asked) && !(ageLimit && k === 'bookingOpens'));
}

/**
 * The age limit asked about ("会不会超龄", "快满3岁了 还能约吗", "turns 3 next week, can she still come"), on Simplified
 * text. A child near 3 counts only with the service in the question: "快三岁了 晚上还尿床 要紧吗" is about bedwetting.
 */
const EXPLICIT_AGE_LIMIT = String.raw`超龄|超过年龄|年龄上限|(?<![a-z])(?:too old|still eligible|age limit)(?![a-z])`;
// (…also on a day next week: "下礼拜二就满3周岁了 这个周六还能去吗", round 36.)
const NEAR_THREE = String.raw`(?:快|就要|马上|下个?月|(?:下|这)(?:个)?(?:周|礼拜|星期)[一二三四五六日天]?|过几天)(?:就)?满?(?:3|三)(?:周)?岁|(?<![a-z])(?:turns? (?:3|three)|turning (?:3|three))(?![a-z])`;
// (…and a child of 34 or 35 months asked about with "still": "my son is 35 months old, can he still come to Saturday temporary
// care?", "35个月了 还能约吗"; round 43.)
const NEAR_THREE_IN_MONTHS = String.raw`(?:3[45]|三十[四五])\s*(?:个)?月.{0,20}还(?:能|可以)|(?<![a-z])3[45] ?(?:months?|mos?)(?![a-z]).{0,40}(?<![a-z])still(?![a-z])`;
const ABOUT_THE_SERVICE = String.raw`约|送托|托育|服务点|还(?:能|可以)(?:去|来|送|上)|能不能(?:去|来|送|上)|(?<![a-z])(?:book\w*|come|attend\w*|eligible|sessions?|still go)(?![a-z])`;
export const AGE_LIMIT = new RegExp(
  String.raw`^(?=[\s\S]*(?:${EXPLICIT_AGE_LIMIT}|${ABOUT_THE_SERVICE}))[\s\S]*?(?:${EXPLICIT_AGE_LIMIT}|${NEAR_THREE}|${NEAR_THREE_IN_MONTHS})`,
  'i',
);

/**
 * A minimum age the child reaches later ("12月10号才满6个月", "下周才满六个月", "turns 6 months on Dec 10th", "will be 1 next
 * month"), with booking before then asked about ("现在可以先book吗", "还是要等", "预约当天要满还是托育那天", "can I already
 * book", "do I have to wait"): the age rule (counted on the session date), not when booking opens nor a search on that day.
 */
const AGE_REACHED_LATER =
  /(?:才|快|就要|马上|还没|还不到|下个?月|下周|下礼拜|下星期|过几天|月底|\d+\s*[月号日])\s*(?:就|才)?满\s*(?:6|六|12|十二|一|1)\s*(?:个)?(?:月|周岁|岁)|(?<![a-z])(?:turns?|turning|will turn|will be) (?:6|six|12|twelve|one|1) (?:months?|years?)(?![a-z])/i;
const BOOKING_AHEAD_ASKED =
  /先(?:约|订|预约|报名|book)|提前|现在(?:就)?(?:可以|能)|还是(?:要)?等|要等|预约(?:当天|那天|时)|(?<![a-z])(?:already|in advance|ahead|have to wait|need to wait|wait until|before (?:she|he|they) (?:turns?|is))(?![a-z])/i;

export function asksBookingBeforeMinimumAge(question: string): boolean {
  const t = foldRuleQuestion(question);
  return AGE_REACHED_LATER.test(t) && BOOKING_AHEAD_ASKED.test(t);
}

/** Whether the question asks for one of the service's numbers (the cancel deadline, how long chats are kept…). */
export function asksRuleFact(question: string): boolean {
  return askedRules(question).length > 0;
}

/** A doctor's, vaccination or hospital appointment, or a kindergarten, is not this service's booking. */
export function asksAboutOtherAppointment(question: string): boolean {
  return OTHER_APPOINTMENT.test(foldRuleQuestion(question));
}

/** Whether the question asks if a child near or at 3 is still within the service's age range. */
export function asksAgeLimit(question: string): boolean {
  return AGE_LIMIT.test(foldRuleQuestion(question));
}
