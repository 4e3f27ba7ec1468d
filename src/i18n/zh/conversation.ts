import type { OutsideRequest } from '../../nlu/parseOutsideRequest.ts';

/** Kinds of place outside the service a parent asks about (src/conversation/dialogue/outsidePlace.ts). */
export type SightKind = 'ferry' | 'airport' | 'station' | 'sight';
/** What is asked about each kind of place, in words. */
const SIGHT_TOPIC: Record<SightKind, (place: string) => string> = {
  ferry: () => '轮渡的船票、班次',
  airport: () => '机场和航班的事',
  station: () => '火车票和车站的事',
  sight: (place) => `${place}的门票、交通和游玩`,
};
/** The place itself, in a sentence ("轮渡码头附近"). */
const SIGHT_NAME: Record<SightKind, (place: string) => string> = {
  ferry: () => '轮渡码头',
  airport: () => '机场',
  station: () => '火车站',
  sight: (place) => place,
};

/**
 * What the assistant says to parents in a conversation, in Chinese (written
 * in Simplified; parents who write Traditional read it converted).
 */
/** What a point's rooms have or what paperwork it issues: not in the materials, so said plainly, with who can tell. */
const facility = (asked?: string) =>
  `${asked ? `关于“${asked}”：` : ''}服务点的房间设施（比如哺乳室、空调、户外场地）、怎么坐车过去、落下的东西和给单位开证明这类事，我的资料里没有，不想乱说。可以直接打服务点的电话问（在预约确认信息里，或问我“XX服务点电话”），也可以点下面的“找工作人员”，我把你的问题转给他们。`;

export const menu = {
  findPlaces: '🔍 找周末托育名额',
  nearest: '📍 找离我最近的',
  myBookings: '📋 我的预约',
  myChildren: '👶 我的孩子',
  talkToStaff: '🙋 找工作人员',
  otherLanguage: 'English',
  prompt: '请告诉我你想做什么：',
  capabilities:
    '我可以帮你：\n• 查找并预约“爱邻护幼”社区托育点的免费周末托育（半日托、临时托）和体验课\n• 取消或查看预约、排队候补\n• 回答育儿和托育政策问题（附资料来源）\n• 帮你联系工作人员\n\n可以直接说，比如“这周六上午思明区有位置吗”“宝宝发烧了能去吗”。',
  hello: '你好！我是“爱邻护幼”社区托育助手。',
  identity: '我是“爱邻护幼”社区托育助手（自动回复的机器人），可以帮你查找和预约免费的周末托育、回答育儿和政策问题。需要真人时说“转人工”即可。',
  serviceIntro: '“爱邻护幼”是厦门的社区托育服务点：政府出资、由备案的托育机构运营，为0–3岁孩子提供免费的周末半日托、临时托和1小时体验课，不限户籍和居住地。',
  thanks: '不客气！还有需要随时找我。',
  gladItWent: '太好了，孩子玩得开心就好！谢谢你告诉我们。想再来的话，随时告诉我日期就行。',
  carerPraised:
    '谢谢你的肯定，听到孩子在服务点过得好，我们也很高兴！想让老师和服务点知道这份感谢，可以说“转人工”，写下哪一天、哪个点、哪位老师，工作人员会把你的表扬转达过去；接孩子时当面告诉老师也很好。',
  noProblem: '好的，没问题。需要的时候随时找我。',
  okWhatElse: '好的。还有什么可以帮你？',
  notUnderstood: '没太明白你的意思。可以直接告诉我想做什么，比如“这周六上午有位置吗”，或点下面的按钮：',
  outOfScope: '这个问题不在我能帮忙的范围内。我主要负责社区托育点的预约，以及育儿和托育政策问题。',
  /**
   * A sight, the ferry, the airport or a station asked about itself (tickets, times, sightseeing): not the service's; the
   * district with the nearest points named when it is known. `place` is the parent's own word for it.
   */
  outOfScopePlace: (sight: SightKind, place: string, district?: string) =>
    `${SIGHT_TOPIC[sight](place)}不在我能帮忙的范围内，我只管社区托育点的预约和育儿、托育政策问题。${district ? `如果想在${SIGHT_NAME[sight](place)}附近找托育点，最近的点在${district}，说“${district}的托育点”就可以。` : `如果想在${SIGHT_NAME[sight](place)}附近找托育点，告诉我区或街道就可以。`}`,
  /** Care asked for near a sight that has a point close by ("机场附近有托育点吗"): the nearest points, in the district it is in. */
  nearSight: (sight: SightKind, place: string) => `离${SIGHT_NAME[sight](place)}最近的爱邻护幼服务点：`,
  /** Care asked for at a sight that has no point ("带宝宝去鼓浪屿 那边有托育点吗"): said plainly, before the nearest district's points. */
  noPointAtSight: (sight: SightKind, place: string, district: string) =>
    `${SIGHT_NAME[sight](place)}${sight === 'sight' ? '' : '附近'}没有爱邻护幼服务点，离那里最近的点在${district}：`,
  /** The way there asked about too ("鼓浪屿有托育点吗 轮渡几点有"): the care was answered, this part is not the service's. */
  alsoOutOfScope: (sight: SightKind, place: string) => `至于${SIGHT_TOPIC[sight](place)}，不在我能帮忙的范围内，请以官方信息为准。`,
  /** A job, an event, the rooms or a tour asked for with booking words: not bookable here; staff can answer. */
  outOfScopeRequest: (kind: OutsideRequest, asked?: string) =>
    kind === 'facility'
      ? facility(asked)
      : kind === 'unborn'
        ? '宝宝出生以后才能登记，现在还不能先登记或占位：“爱邻护幼”服务的是0—3岁（0—36个月）的婴幼儿，送托（半日托、临时托）要满6个月，社区共享型服务点由大人全程陪着孩子。宝宝出生后，告诉我名字和出生日期就能登记。还有其他问题可以找工作人员——点下面的“找工作人员”。'
        : `${{ work: '招聘和工作的事', event: '在服务点办生日会、聚会等活动', venue: '租借服务点的场地', visit: '预约参观服务点', tour: '旅游和游览', medical: '医院挂号、疫苗接种和体检的预约', school: '幼儿园报名和入园', lessons: '游泳、钢琴、舞蹈这类课程', nanny: '找月嫂、保姆', insurance: '少儿医保的参保和报销' }[kind]}不在我能办理的范围内：我只能预约“爱邻护幼”服务点的免费托育和体验课，回答育儿和托育政策问题，这里也查不到相关信息。${{ work: '', event: '', venue: '', visit: '', tour: '', medical: '疫苗接种和儿保体检请向所在社区卫生服务中心（接种门诊）预约，看病请通过医院的挂号渠道。', school: '幼儿园报名请留意所在区教育局和幼儿园发布的招生通知。', lessons: '服务点不开这类课，只有自己的1小时体验课（绘本、大运动、音乐社交、感统），可以直接问“周六有什么体验课”。', nanny: '', insurance: '少儿医保怎么办理，可以问所在社区或街道的便民服务中心。' }[kind]}想问的话可以找工作人员——点下面的“找工作人员”，我把你的问题转给他们。`,
  injectionRefused: '抱歉，这个我不能做。我只能帮你查找和预约你自己家的托育名额、管理你自己的预约，或回答育儿和托育政策问题；其他家庭的信息不会提供。',
  languageSwitched: '好的，之后我用中文回复。',
  consentThanks: '谢谢！已记录你的同意。',
  forgetHint: '删除数据请在 Telegram 里发送 /forget 并确认。',
  buttonExpired: '这个按钮已失效（可能是旧消息里的按钮）。以下是当前的选项：',
  alsoNext: (what: string) => `另外，你还问了“${what}”——下面接着回答。`,
  answeredAbove: (what: string) => `你还问了“${what}”——上面的回答已经包括了。`,
  takeNext: (what: string) => `你还提到“${what}”，我们下一步再处理这个。`,
};

export const search = {
  askDate: '想约哪一天呢？周末托育是免费的，可以选下面的日子，或直接告诉我日期（如“12月6号上午”）。',
  thisSaturday: '本周六',
  thisSunday: '本周日',
  nextWeekend: '下周末',
  anotherDay: '换个日子',
  askLocation: '请发送你的位置（点输入框旁的📎→“位置”，或点下面的“发送我的位置”），我按距离从近到远帮你找。也可以直接告诉我区或街道，比如“湖里”“莲前”。',
  datePassed: '这个日期已经过去了，不能再预约。',
  /** Today asked for, and what it has left has begun or closed for booking. */
  todayClosed: (minutes: number) => `今天这个时段的场次已经开始或已截止预约（场次开始前${minutes}分钟截止），不能再约了。`,
  dateDoesNotExist: (text: string) => `“${text}”这个日期不存在（那个月没有这一天），请再确认一下是哪天？`,
  dateReadAs: (text: string, taken: string, other: string) => `“${text}”我按${taken}来查（如果你指的是${other}，告诉我就好）。`,
  header: (range: string) => `${range}的空位：`,
  headerNear: (range: string) => `${range}的空位（按距离从近到远）：`,
  noPointThere: (place: string) => `${place}没有爱邻护幼服务点，下面是离那里最近的点。`,
  headerFor: (range: string, child: string) => `${range}适合${child}的场次：`,
  fitsChild: (child: string) => `（以下都适合${child}的年龄）`,
  noneStartsAt: (time: string) => `那里没有${time}开始的场次，有的是下面这些：`,
  waitlistFor: (child: string) => `（这里的候补是给${child}排的）`,
  requestLine: (what: string) => `查找：${what}`,
  weekdayNote: '（工作日主要是免费体验课；免费的半日托、临时托主要在周末。）',
  weekdayServices: (p: { careDays: string; classDays: string; closedDays: string }) =>
    `免费的半日托、临时托主要在周末（周六、周日），没有全日托。工作日：${p.classDays ? `${p.classDays}有免费的1小时体验课（绘本、大运动、音乐社交、感统，家长陪同）` : '没有体验课'}${p.careDays ? `；${p.careDays}部分服务点有免费的托育体验（工作日试托，可以把孩子交给老师照看一段时间，熟悉环境；不是每天的托班）` : ''}${p.closedDays ? `；${p.closedDays}服务点没有托育也没有课程` : ''}。`,
  weekdayCareDay: (day: string, time: string) => `${day}（${time}）`,
  careFromAge: (child: string | undefined, months: number, min: number) =>
    `${child ?? '宝宝'}现在${months}个月，还不能参加半日托和临时托：要满${min}个月才能送托。下面是适合${child ?? '宝宝'}的亲子体验课（家长陪同）：`,
  alreadyOpen: (range: string) => `${range}的场次已经开放预约了：`,
  /** A working day asked about as a booking rule ("今天约明天的可以吗" on a Thursday): that day has no drop-off care. */
  weekdayNoDropOff: (day: string) => `${day}是工作日，没有半日托或临时托：免费托育在周末（周六、周日）。工作日可以看看免费的1小时体验课。`,
  weekdayCareLater: (day: string, opens: string) =>
    `${day}没有半日托或临时托：免费托育主要在周末。这天有免费的1小时体验课（绘本、大运动、音乐社交、感统），${opens}开放预约。`,
  /** A clock time asked for after the day's last session ("周六晚上6点有位吗"): when care ends that day, before its list. */
  afterLastSession: (day: string, asked: string, lastEnd: string) => `${day}的场次最晚在${lastEnd}结束，${asked}没有托育。`,
  weekdayCare: (day: string) => `${day}没有半日托或临时托：免费托育主要在周末。这天可以参加免费的1小时体验课（绘本、大运动、音乐社交、感统）：`,
  addressLabel: '地址：',
  pickHint: '点“预约”按钮，或回复序号（如“约第1个”）。',
  bookN: (n: number) => `预约 ${n}`,
  waitlistN: (n: number) => `候补 ${n}`,
  more: '更多',
  nearestToMe: '离我最近',
  noMore: '没有更多结果了。',
  placesLeft: (n: number) => `余${n}个名额`,
  full: '已满（可排队候补）',
  opensOn: (when: string) => `${when}开放预约`,
  remindMe: (n: number) => `⏰ 开放时提醒我 ${n}`,
  remindDay: '⏰ 开放时提醒我',
  remindSet: (when: string) => `好的，${when}开放预约时我会发消息提醒你（夜间的提醒会在早上8点后发出）。`,
  remindAlready: '这个场次的开放提醒已经设好了。',
  notOpenYet: (range: string, when: string, days: number) =>
    `${range}的场次还没开放预约（场次开始前${days}天开放），最早${when}可以约。可以先看看近期已开放的场次。`,
  notOpenListed: '下面这些场次还没开放预约，到开放时间才能约：',
  /** Asked to hold a place in a list none of which is open yet. */
  stillNotOpen: (when: string) => `现在还不能约，也不能先占位：这些场次${when}才开放预约，到时按先后约。可以点“开放时提醒我”，开放时我发消息提醒你。`,
  bookingWindow: (days: number, last: string) =>
    `场次开始前${days}天（那天的0点）开放预约，所以现在最远能约到${last}的场次；更晚的日子还不能约，开放时我可以提醒你。`,
  allFull: (range: string) => `${range}符合条件的场次都约满了。可以排队候补，有人取消时会按顺序通知你：`,
  namedPointFull: (point: string, range: string) => `${point}在${range}的场次都约满了。可以排队候补，也可以看看附近其他点：`,
  nothingFound: (range: string) => `${range}没有找到符合条件的空位。换个日子或地区试试？`,
  noCareThatDay: (range: string) => `${range}服务点没有托育也没有课程（免费托育主要在周末，工作日有体验课）。`,
  tooYoungFor: (child: string | undefined, months: number, min: number, where?: string) =>
    `${child ?? '宝宝'}现在${months}个月，${where ? `${where}要` : '这些场次要'}满${min}个月才能参加。`,
  oldEnoughOn: (child: string | undefined, min: number, date: string) => `${child ?? '宝宝'}${date}满${min}个月，从那天起就可以约了。`,
  turnsThreeBefore: (child: string | undefined, date: string) =>
    `${child ?? '宝宝'}${date}满3岁。“爱邻护幼”社区托育点服务的是3岁以下（36个月以内）的婴幼儿，满3岁那天起就不能再预约了，所以这些场次约不了；在那之前的场次还可以约。3岁以后可以了解幼儿园（小班一般3岁入园）。`,
  relaxPartOfDay: (part: string) => `${part}没有空位了，这些是同一天其他时段的：`,
  relaxFollowingWeekend: '那天已经没有可预约的空位了，这些是下一个周末的：',
  nextDaysWithPlaces: '这些是接下来几天有空位的：',
  notOnThenFollowingWeekend: '那天没有这样的场次，这些是下一个周末的：',
  notOnPartOfDay: (part: string) => `${part}没有这样的场次，这些是同一天其他时段的：`,
  /** "还有别的吗" past the last page: the list asked for has no more; what else there is that day follows. */
  pagedOtherPart: (when: string, where: string | undefined, part: string) => `${where ?? ''}${when}的就这些了。同一天${part}还有这些：`,
  pagedOtherDistricts: (when: string, where: string) => `${where}${when}的就这些了。同一时段其他区还有这些：`,
  relaxDistrict: (district: string) => `${district}暂时没有空位，这些是其他区的：`,
  relaxClass: '这个课程那天没有了，这些是其他课程和托育：',
  relaxSameDayNextWeek: (date: string) => `那天已经没有可预约的场次了，这些是下一周同一天（${date}）的：`,
  relaxWeekendPartOfDay: (part: string) => `这些是周末${part}的：`,
  noCareThatPartOfDay: (range: string, part: string) => `${range}${part}没有托育也没有课程。`,
  relaxLater: '这几天没有可预约的空位了，这些是接下来几天的：',
  relaxPoint: '那里没有合适的场次，这些是同区其他服务点的：',
  kindNotAtPoint: (point: string, kind: string) => `${point}不提供${kind}（那里只开体验课和亲子活动，可以去上课）。同区有${kind}的服务点：`,
  fullAtPoint: '这个点同一时间已约满的场次（可以排队候补）：',
  fullAtPointFirst: (what: string) => `${what}已约满，可以排队候补（见下方）。`,
  relaxKind: '这些是同一时间其他适合的托育和课程：',
  waitlistHeader: '这些场次已约满，可以排队候补（有名额空出时按顺序通知你，同时为你保留一段时间）：',
  waitlistNotNeeded: '符合条件的场次目前都还有名额，不用排队，可以直接预约：',
  whichWaitlistDay: '想候补哪一天的场次？',
  noSuchItem: (n: number) => `没有第${n}个结果，请看上面的列表再选。`,
  whichFromList: '请告诉我要约列表里的第几个（例如“约第1个”），或点“预约”按钮。',
  /** The list was for several children at once ("好 两个都约" with no number): which session, for all of them. */
  whichFromListFor: (names: string) => `给${names}约列表里的哪一个？告诉我序号（例如“约第1个”），或点下面的“预约”按钮，会给${names}各约一个名额。`,
  severalThere: '那里有几个时段，约哪一个？',
  affirmWithList: '好的。要预约的话，告诉我列表里的序号，或点“预约”按钮。',
  tooOld:
    '“爱邻护幼”社区托育点服务的是0–3岁（36个月以内）的婴幼儿，满3岁以后就不能预约了。3岁以上可以了解幼儿园（小班一般3岁入园）。如果家里还有3岁以下的弟弟妹妹，可以为他们预约。',
  childTooOld: (child: string, turnedThree?: string) =>
    `${child}已经超过3岁了${turnedThree ? `（${turnedThree}满3岁）` : ''}。“爱邻护幼”社区托育点服务的是0–3岁（36个月以内）的婴幼儿，满3岁以后就不能预约了，3岁以上可以了解幼儿园。如果家里还有3岁以下的弟弟妹妹，可以为他们预约。`,
  ageRangeNote: '社区托育点服务 0–3 岁（36个月以内）的孩子。',
  olderSiblingTooOld: '超过3岁的孩子不能预约（托育点服务0–3岁，3岁以上一般上幼儿园），下面是适合小的那个孩子的场次：',
  outsideXiamen: '服务点都在厦门市内（思明、湖里、集美、海沧、同安、翔安）。告诉我离你最近的区或街道吧。',
};

export const booking = {
  booked: '✅ 预约成功！请保存参考号：',
  alreadyBooked: '这个场次已经帮你约好了，不会重复预约：',
  line: (p: { ref: string; child: string; when: string; service: string; point: string; address: string }) =>
    `【${p.ref}】${p.child} · ${p.when} · ${p.service}\n   ${p.point}，${p.address}`,
  summary: (p: { district: string; date: string; part: string; child: string }) => `预约：${p.district} · ${p.date}${p.part} · ${p.child}`,
  arriveOnTime: '请按时到达，入园时有晨检；孩子发烧或身体不适请提前取消，把名额留给其他家庭。',
  justFilled: '这个场次刚刚约满了。要排队候补吗？有名额空出时会按顺序通知你，也会为你保留一段时间。',
  joinWaitlist: '排队候补',
  otherSessions: '看看其他场次',
  cancelThis: '取消这个预约',
  whichChild: '给哪个孩子预约？',
  whichChildCancel: '要取消哪个孩子的预约？',
  registerAnother: '登记新的孩子',
  waiting: (position: number, child?: string) =>
    `${child ? `已为${child}加入候补` : '已加入候补'}，目前排第${position}位。有名额空出时我会发消息给你，请在保留时间内确认。`,
  alreadyWaiting: (position: number, child?: string) => `${child ?? '你'}已经在候补名单上了，目前排第${position}位。`,
  hasPlacesNow: '这个场次现在还有名额，可以直接预约：',
  bookNow: '直接预约',
  nothingToMove: '我这里没有查到你即将到来的预约，所以没有可以改的。如果是打电话或在服务点现场约的，请直接联系那个服务点改。',
  noUpcoming: '你目前没有即将到来的预约。',
  yourBookings: '你的预约：',
  heldLine: (until?: string) => (until ? `（候补名额为你保留中，请在 ${until} 前确认）` : '（候补名额为你保留中，请确认）'),
  waitingLine: (position: number) => `（候补中，排第${position}位）`,
  yourWaitlist: '你在排队候补的场次：',
  leaveWaitlist: (ref: string) => `退出候补 ${ref}`,
  leftWaitlist: '好的，已退出候补。',
  take: (ref: string) => `✅ 接受 ${ref}`,
  pass: (ref: string) => `放弃 ${ref}`,
  cancelRef: (ref: string) => `取消 ${ref}`,
  recent: '最近的记录：',
  status: {
    attended: '已出席',
    no_show: '未到',
    cancelled: '已取消',
    expired: '已过期',
    confirmed: '已结束',
    held: '已过期',
  } as Record<string, string>,
  recentLine: (p: { date: string; child: string; point: string; status: string }) => `${p.date} ${p.child} · ${p.point}（${p.status}）`,
  confirmCancel: (ref: string) => `确定要取消预约 ${ref} 吗？`,
  confirmCancelAll: (n: number) => `确定要取消这${n}个预约吗？点“确认取消”全部取消，或点下面的按钮逐个取消：`,
  yesCancel: '确认取消',
  keepIt: '不取消',
  kept: '好的，预约保留。',
  keptSeeYou: '好的，预约保留，到时见！',
  cancelled: (ref: string) => `已取消预约 ${ref}，名额已释放给其他家庭。`,
  alreadyCancelled: (ref: string) => `预约 ${ref} 之前已经取消了，无需再操作。`,
  lateCancel: '这次取消离开始时间较近，会记录为“临近取消”（不算未到）。',
  findAnother: '找其他场次',
  gone: '这个预约已经不存在或已取消。以下是你当前的预约：',
  nothingToCancel: '你目前没有可以取消的预约。',
  whichToCancel: '要取消哪一个？点下面的按钮，或告诉我参考号。',
  sameSessionFor: (child: string) => `也给${child}约这一场`,
  noneForChild: (child: string) => `${child}目前没有即将到来的预约。`,
  offerTaken: '✅ 候补名额已确认，到时见！',
  offerPassed: '好的，已放弃这个名额，它会留给下一位候补的家庭。',
  reschedule: '改期的做法是：先约好新的场次，再取消原来的预约（这样不会两头落空）。',
  cancelOld: (ref: string) => `取消原预约 ${ref}`,
  /** A move: the old booking is cancelled once the new one is booked. */
  moveWillCancel: (date: string, child: string, ref: string) =>
    `改约${child}原来 ${date} 的预约【${ref}】：可以点“确认取消”先取消它；也可以直接约新场次，约好后我会自动取消原来的。`,
  /** In a move, the new list has a session at the booking's own point: saying yes moves the booking there. */
  moveSamePoint: (n: number) => `第${n}个就在原来的服务点；回复“好”或“确认”就改约到那里，原来的预约会自动取消。`,
  /** After the old booking of a move is cancelled: the new day's list again, to book from. */
  nowBookNew: '现在可以约新的场次：',
  movedOldCancelled: (date: string, ref: string) => `原来 ${date} 的预约【${ref}】已取消。`,
  /** "跟上次一样" with several bookings held that differ: which one is the model (round 51). */
  modelOption: (p: { district: string; date: string; part: string }) => `${p.district} ${p.date}${p.part}`,
  whichModel: (options: string) => `你现在有不止一个预约：${options}。要照哪一个的地点和时段约？回复地点或日期就行。`,
  rescheduleWhich: '想改到哪一天？告诉我新的日子（比如“下周六上午”），我先帮你找新场次。',
  checkedPast: (date: string) => `${date}已经过去了。以下是你的预约记录：`,
};

export const children = {
  askBoth:
    '先登记一下孩子：请告诉我孩子的名字（小名也可以）和出生日期，例如“乐乐 2024-03-05”。\n（我们只保存名字和生日用于预约和年龄核对，随时可用 /forget 删除。）',
  askBirthDay: (name: string | undefined, year: number, month: number) =>
    `${name ?? '宝宝'}是${year}年${month}月几号出生的？核对年龄需要具体日期，回复几号就行（例如“15号”）。`,
  askBirthDate: (name: string) => `${name}的出生日期是哪天？（例如 2024-03-05）`,
  askName: '孩子叫什么名字呢？（小名也可以）',
  exactBirthDate: '为了核对年龄，需要准确的出生日期（例如 2024-03-05）。',
  ambiguousBirthDate: (text: string, a: string, b: string) => `“${text}”可以读成${a}，也可以读成${b}。是哪一天？请用“年-月-日”写一下（例如 2024-03-05）。`,
  /** The same question about one of several children registered together. */
  ambiguousBirthDateOf: (name: string, text: string, a: string, b: string) =>
    `${name}的出生日期“${text}”可以读成${a}，也可以读成${b}。是哪一天？请用“年-月-日”写一下（例如 2024-03-05）。`,
  /** The reading the parent chose, restated. */
  bornOn: (name: string, year: string, date: string) => `${name}：${year}年${date}出生。`,
  registered: (name: string, age: string) => `已登记：${name}（${age}）。`,
  /** A registered child renamed or their birth date corrected. */
  updated: (name: string, birthDate: string, age: string) => `已更新：${name}，${birthDate}出生（${age}）。之后的预约和年龄核对都按这个来。`,
  notNow: '好的，先不登记。',
  list: '已登记的孩子：',
  line: (name: string, birthDate: string, age: string) => `• ${name}（${birthDate}，${age}）`,
  findPlaces: '找周末名额',
  mine: '我的孩子',
  whichChild: (names: string) => `你登记了${names}，这次是给哪个孩子？`,
  /** "另一个也要" when more than one child could be "the other" (or none is in focus). */
  whichOther: (names: string) => `“另一个”是指哪个孩子：${names}？回复名字就行。`,
  unknownChild: (name: string, names: string) => `没有找到叫“${name}”的孩子（已登记：${names}）。要先登记${name}吗？`,
  /** Removing ONE child (the family stays): what will happen, before the parent confirms. */
  removeAsk: (name: string, bookings: string[], others: string) =>
    `要把${name}从你的账号里移除吗？` +
    (bookings.length
      ? `${name}之后的${bookings.length}个预约会取消，名额会让给候补的家庭：\n${bookings.map((b) => `• ${b}`).join('\n')}\n`
      : `${name}目前没有之后的预约。`) +
    (others ? `${others}不受影响。` : ''),
  removeConfirm: (name: string) => `确认移除${name}`,
  removeKeep: '保留',
  removeWhich: (names: string) => `你登记了${names}，要移除哪一个孩子？（只移除这一个，其他孩子和预约不变）`,
  removed: (name: string, cancelled: number, others: string) =>
    `已移除${name}。` +
    (cancelled ? `${name}之后的${cancelled}个预约已取消，名额已让给候补的家庭。` : '') +
    `${name}不会再出现在孩子列表和预约里` +
    (others ? `，${others}照常。` : '。') +
    '以后想再登记，发名字和出生日期就行。',
  kept: (name: string) => `好的，保留${name}，什么都没有改。`,
};

export const knowledge = {
  noAnswer: '这个问题我的资料里没有可靠的答案，我不想乱说。需要我把问题转给工作人员吗？',
  notCovered: (topic: string) => `资料里没有直接回答“${topic}”的内容，我不想拿相近的话题来凑。需要我把问题转给工作人员吗？`,
  yesAskStaff: '好的，转给工作人员',
  noThanks: '不用了',
  fromOtherLanguage: '（中文资料里没有找到，以下摘自英文资料）',
  source: (titles: string[]) => `来源：${titles.map((t) => `《${t}》`).join('、')}`,
  medicalDisclaimer: '以上为一般性信息，不能代替医生的诊断；情况紧急请拨打120。',
  stillUnsure: '还有疑问，找工作人员',
  overwhelmed:
    '听起来你真的很累了，这很正常，带小小孩本来就不容易。先照顾好自己：孩子在安全的地方时，可以先深呼吸、喝口水。如果愿意，我可以马上帮你联系工作人员聊一聊。',
  talkToSomeone: '想和工作人员聊聊',
  notDose: '药物剂量要由医生或药师根据孩子的体重和情况决定，我不能给出剂量。',
  okAnythingElse: '好的。还有其他问题随时问我。',
};

export const escalation = {
  complaint: '很抱歉给你带来不好的体验。我已把你的意见转给工作人员，他们会在这里回复你。你也可以继续补充细节。',
  handedOver: '好的，已转给工作人员，他们会在这里回复你（白天一般较快，夜间消息次日处理）。紧急情况请直接拨打120。',
  addedToTicket: '已把这条消息补充到你的工单里，工作人员会在这里回复你。',
  staffHolding: (name?: string) => `工作人员${name ? `（${name}）` : ''}正在处理你的问题，你的消息已转给他们，请稍候回复。`,
  stillWithStaff: '你的问题已经转给工作人员，这条消息也一并转过去了，他们会在这里回复你。有其他需要（比如查名额）也可以继续问我。',
  defaultQuestion: '家长希望联系工作人员',
  ticketOpen: '你的问题已经转给工作人员，他们会在这里回复你。',
  noLongerNeeded: '好的，问题解决了就好。这条消息也转给了工作人员，他们会知道不用再跟进。还有需要随时找我。',
  replyTimeQuery: '工作人员多久会回复？',
  replyTimeFallback: '工作人员会在这里回复你：白天一般较快，夜间的消息次日处理。紧急情况请直接拨打120。',
  complaintOutcomeQuery: '对投诉处理结果不满意怎么办',
  complaintOutcomeFallback: '对处理结果不满意，可以再次联系工作人员请管理员复核，也可以联系服务点的运营机构，或拨打12345政务服务便民热线反映。',
  complaintStepsQuery: '投诉多久有结果',
  complaintStepsFallback: '投诉会由管理员跟进：本服务的目标是1个工作日内确认收到，5个工作日内告诉你处理结果或进展。',
  staffOffNow: (time: string, tomorrow: boolean) =>
    `现在是夜间，工作人员已经下班，${tomorrow ? '明天' : '今天'}早上 ${time} 上班后会在这里回复你。紧急情况请直接拨打120。`,
  handedOverNight: '好的，已转给工作人员。',
  ticketAndWhen: (id: number, from: string, to: string) =>
    `工单号 #${id}。工作人员每天 ${from}—${to} 在线，这段时间发来的一般1小时内会有人接手（这是服务目标，不是保证）。`,
};

export const points = {
  askAgeOk: (age: number, n: number, total: number) =>
    `可以。爱邻护幼服务0–3岁的孩子，不过各服务点接收的月龄不同。${age}个月的宝宝可以去这${n}个点（共${total}个）：`,
  noCareForAge: (age: number, from: number) =>
    `${age}个月的宝宝还不能参加半日托和临时托：送托从${from}个月起。这些点接收${age}个月的宝宝参加亲子体验课（家长陪同）：`,
  noneForAge: (age: number) => `目前没有服务点接收${age}个月的宝宝（各点接收的最小月龄不同）。可以等宝宝再大一点，或问问工作人员。`,
  overThree: '爱邻护幼服务0–3岁（36个月以内）的孩子，超过3岁暂时不能预约。',
  otherChildOverThree: '另一个孩子：爱邻护幼服务0–3岁的孩子，满36个月的那个月还能预约，超过36个月就不能再约了。',
  ageFilterNote: '查空位时我会按孩子的年龄只显示合适的场次。',
  placesThisWeekend: '找这周末的空位',
  districtLine: (district: string, names: string) => `• ${district}：${names}`,
  shortName: (name: string) => name.replace('爱邻护幼服务点', ''),
  network: (total: number, counts: string) =>
    `爱邻护幼服务点分布在厦门各区（这里列出的共${total}个）：${counts}。告诉我你在哪个区或街道，或发送位置，我帮你找最近的点和地址。`,
  count: (district: string, n: number) => `${district}${n}个`,
  inDistrict: (district: string, n: number) => `有，${district}有 ${n} 个爱邻护幼服务点：`,
  notFound: '没有找到那附近的服务点。可以告诉我区名，或发送你的位置。',
  phonePerPoint: '每个服务点有自己的电话，告诉我你想去哪个点或在哪个区，我把它的电话和地址发给你。也可以说“转人工”找工作人员。',
  detail: (p: { name: string; district: string; area: string; address: string; phone: string; ages: string; type: string }) =>
    `📍 ${p.name}（${p.district}·${p.area}）\n   地址：${p.address}\n   电话：${p.phone}\n   接收年龄：${p.ages} · ${p.type}`,
  type: { institution_embedded: '机构嵌入型（可托育）', community_shared: '社区共享型（亲子活动，需家长陪同）' } as Record<string, string>,
  listedSession: (n: number, label: string) => `列表第${n}个：${label}`,
  bookedThere: (child: string, date: string) => `${child}${date}的预约在这里：`,
  seePlaces: '要看看这里的空位吗？',
  seePlacesButton: '看这周末的空位',
};

export const emergency = {
  general: '⚠️ 这可能是紧急情况，请立即拨打 120 急救电话，或马上带孩子去最近的医院急诊。不要等待线上回复。',
  selfHarm:
    '你现在很不容易，谢谢你说出来。如果你或孩子有立即的危险，请马上拨打 120 或 110。你也可以拨打全国心理援助热线 12356，和专业的人聊一聊。如果孩子在你身边，先把孩子仰面放进小床等安全的地方，你到另一个房间，马上打电话叫家人或朋友过来陪你。\n\n我已经通知工作人员，他们会尽快在这里联系你。你不是一个人。',
  generalSteps: '• 如果孩子呼吸困难、嘴唇发紫、抽搐或叫不醒，请马上拨打 120，并按接线员的指导做。\n• 如果误食了药物、洗涤剂或电池，带上包装一起去医院。',
  staffTold: '我已经通知工作人员，但工作人员不能代替急救或医生。',
  whileWaiting: '等待急救时：',
};
