/**
 * Proactive messages to parents (src/notifications/kinds): reminders, waitlist
 * offers, closures, pauses, booking-opens reminders. Plain text: the renderer
 * escapes it and sets headings in bold.
 */
export const notifications = {
  forChild: (name: string) => `（${name}）`,
  bookingCode: '预约号：',
  reminder: {
    title: '⏰ 明天的预约提醒',
    bringCare: '🎒 请带上：换洗衣物一套、尿不湿（如需要）、水杯、孩子熟悉的安抚物；到场请出示预约号',
    bringClass: '🎒 请带上：舒适的衣服、防滑袜、水杯；请家长陪同上课；到场请出示预约号',
    cancelPlease: '来不了的话请取消，名额会让给候补的家庭。',
    keep: '✅ 会按时到',
    cancel: '❌ 取消预约',
  },
  offer: {
    title: '🎉 候补有名额了！',
    holdUntil: (deadline: string) => `名额为你保留到 ${deadline}，过时将让给下一位候补家庭。`,
    take: '✅ 要这个名额',
    decline: '不用了',
  },
  offerExpired: {
    declined: '好的，已把名额让给下一位候补家庭。',
    title: '⌛ 保留的名额已过期',
    body: '名额已让给下一位候补家庭。需要的话可以再找其他时间。',
  },
  findAnother: '🔍 找其他时间',
  closed: {
    title: '⚠️ 停托通知',
    because: (why: string) => `因${why}，`,
    waitlisted: (because: string) => `${because}这一场已取消，你的候补也随之取消。`,
    booked: (because: string, ref: string) => `${because}这一场已取消，你的预约${ref ? `（${ref}）` : ''}已自动取消，不计入爽约。`,
    nearby: '附近还有名额：',
    noneNearby: '附近暂时没有空位，可以看看其他时间。',
    book: (what: string) => `预约 ${what}`,
  },
  reasons: {
    typhoon: '台风',
    weather: '恶劣天气',
    rainstorm: '暴雨',
    illness: '传染病防控',
    maintenance: '场地维修',
    staff: '人员临时调整',
    power_outage: '停电',
    // Closures by operators (src/operators): a timetable change, a point closing, a public holiday.
    timetable_change: '服务点调整了时间表',
    point_closed: '服务点暂停服务',
    public_holiday: '法定节假日',
  },
  cancelledByStaff: {
    title: '⚠️ 预约已被服务点取消',
    reason: (why: string) => `原因：${why}`,
    body: '不计入爽约。抱歉给你带来不便。',
  },
  noShowPause: {
    times: (n: number | undefined) => (n === undefined ? '多次' : `${n}次`),
    body: (times: string, until: string | undefined) =>
      `ℹ️ 最近预约后${times}未到场，${until ? `${until}前` : '暂时'}不能新的预约。已有的预约不受影响。如有特殊情况，可以联系工作人员。`,
    talk: '🙋 找工作人员',
  },
  bookingOpens: {
    title: '🔔 可以预约了',
    body: (when: string) => `你想约的这一场现在开放预约了（${when}）。名额先到先得：`,
    book: '✅ 预约这一场',
    full: '这一场已经约满了，可以排队候补或找其他时间。',
    waitlist: '排队候补',
  },
  dayOpens: {
    title: '🔔 可以预约了',
    body: (day: string, when: string) => `你想约的${day}现在开放预约了（${when}）。名额先到先得：`,
    look: '🔍 看看这天的场次',
  },
};
