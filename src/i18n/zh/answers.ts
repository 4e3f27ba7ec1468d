/**
 * Knowledge-answer words beyond the shared ones in conversation.ts
 * (knowledge.*): an overwhelmed parent's first lines, and the service's
 * numbers stated from the booking configuration.
 */
export const answers = {
  overwhelmed:
    '听起来你已经撑了很久，真的辛苦了。有这种感觉很正常，带小小孩本来就很难，这不说明你做得不好。先让孩子待在安全的地方，你可以走开一两分钟，深呼吸、喝口水。想找人说说的话，我可以马上帮你联系工作人员；也可以拨打全国心理援助热线 12356。',
  answerFollows: '下面是资料里和你的问题有关的内容：',
  talkToSomeone: '想和工作人员聊聊',
  /** Before the section just quoted, quoted again for a district asked alone ("那海沧呢" after when new points open). */
  sameForDistrict: (district: string) => `${district}也一样，下面这条说明对每个区都适用：`,
  /** Before the section quoted again for an age the parent corrected ("不好意思我说错了 是一岁八个月"), in the parent's words. */
  forCorrectedAge: (age: string) => `好的，按${age}来说：`,
  /** The service's rules, with the engine's own numbers. */
  rules: {
    cancelDeadline: (hours: string, minutes: number) => `本服务的规则：最晚在场次开始前 ${hours} 小时（${minutes} 分钟）取消，不会留下记录。`,
    // (Whole hours said as hours too: "当天还能约吗" is answered "开始前1小时" as parents count.)
    opensDaysAhead: (days: number, closesMinutes: number) =>
      `本服务的规则：场次在开始前 ${days} 天（那天的0点）开放预约，开始前 ${closesMinutes} 分钟${closesMinutes % 60 === 0 ? `（${closesMinutes / 60} 小时）` : ''}停止预约；当天只要还有空位、离开始还有这么久，都可以约。`,
    weeklyLimit: (n: number) => `本服务的规则：每个孩子每周最多约 ${n} 次周末托育（最多持有 ${n} 个周末预约），按孩子分开算。`,
    noShow: (limit: number, windowDays: number, pauseDays: number) => `本服务的规则：${windowDays} 天内预约未到 ${limit} 次，新的预约会暂停 ${pauseDays} 天。`,
    waitlistHold: (minutes: number) => `本服务的规则：候补名额会为你保留 ${minutes} 分钟等你确认。`,
  },
  sessionTimes: {
    intro: '按现在公布的场次，通常的时间是：',
    kind: (kind: string, times: string) => `• ${kind}：${times}`,
    days: (weekend: boolean, times: string) => `${weekend ? '周末' : '工作日（部分服务点）'} ${times}`,
    separator: '；',
    vary: '各服务点的时间略有不同，接孩子就在场次结束时；每个场次准确的时间写在查询结果和预约确认里。',
  },
};
