/**
 * Words for operators and staff: import/validation messages, timetable and
 * staff commands, the usage report. Keys are stable; src/operators formats with them.
 */
type P = Record<string, string | number | undefined>;
const s = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export const operators = {
  // Where a problem is.
  whereLine: (p: { line: number }) => `第${p.line}行`,
  whereFile: '文件',
  whereArgument: '参数',

  // Why a value was refused (RowProblem.reason).
  reason_missing: '必填，不能为空',
  reason_too_long: (p: P) => `太长（最多${s(p.max)}个字符）`,
  reason_bad_format: '格式不对',
  reason_not_integer: '应为整数',
  reason_out_of_range: (p: P) => `超出范围（${s(p.min)}–${s(p.max)}）`,
  reason_not_number: '应为数字',
  reason_outside_xiamen: (p: P) => `坐标不在厦门范围内（${s(p.min)}–${s(p.max)}）`,
  reason_not_boolean: '应为 true/false（是/否）',
  reason_not_allowed: (p: P) => `不是可选值（可选：${s(p.allowed)}）`,
  reason_unknown_district: (p: P) => `不是厦门的区（可选：${s(p.allowed)}，或 思明/湖里/集美/海沧/同安/翔安）`,
  reason_bad_date: '日期应为 YYYY-MM-DD 且真实存在',
  reason_date_in_past: (p: P) => `日期已过（今天是 ${s(p.today)}）`,
  reason_bad_time: '时间应为 HH:MM（24小时制）',
  reason_time_in_past: (p: P) => `时间已过（现在是 ${s(p.now)}）`,
  reason_bad_weekdays: '星期应写作 mon,tue…sun、1–7（1=周一）或 周一…周日',
  reason_unknown_column: (p: P) => `未知的列（可用的列：${s(p.allowed)}）`,
  reason_missing_column: '缺少这一列',
  reason_no_rows: '文件里没有数据行',
  reason_bad_code: '编码只能用大写字母、数字和 -（2–24位），如 SM-QP',
  reason_duplicate_code: (p: P) => `编码重复（第${s(p.firstLine)}行已有）`,
  reason_duplicate_id: (p: P) => `账号重复（第${s(p.firstLine)}行已有）`,
  reason_bad_phone: '电话号码格式不对（如 0592-5100101 或 13800138000）',
  reason_min_above_max: (p: P) => `最小月龄大于最大月龄（${s(p.min)} > ${s(p.max)}）`,
  reason_drop_off_timetabled: (p: P) =>
    `社区共享型服务点不能提供托育（半日托/临时托），而该点时间表中还有${s(p.templates)}条托育安排、${s(p.sessions)}个未来托育场次；请先修改时间表`,
  reason_drop_off_at_shared_point: (p: P) => `${s(p.point)} 是社区共享型服务点，只能开设亲子活动/体验课，不能安排半日托或临时托`,
  reason_class_title_only_for_trial_class: '只有体验课（trial_class）填写课程名称',
  reason_end_before_start: (p: P) => `结束时间应晚于开始时间（${s(p.start)}）`,
  reason_age_outside_point: (p: P) => `超出该服务点接收的月龄（${s(p.min)}–${s(p.max)}个月）`,
  reason_closed_scope_missing: '停开日需要写服务点编码、区，或写 * 表示全市',
  reason_point_and_district: '服务点和区只能填一个',
  reason_unknown_point: (p: P) => `没有这个服务点编码${p.point ? `：${s(p.point)}` : ''}（先用 points:import 导入服务点）`,
  reason_not_for_weekly: '每周安排不填日期（用 weekdays）',
  reason_not_for_extra: '加开场次不填星期（用 date）',
  reason_overlaps: (p: P) => `与${p.otherLine ? `第${s(p.otherLine)}行` : '现有安排'}的同类场次时间重叠（${s(p.point)}）`,
  reason_cannot_deactivate_self: '不能停用自己的账号',
  reason_from_after_to: '开始日期晚于结束日期',
  reason_range_too_long: '日期范围最多一年',
  reason_unknown: (p: P) => `不正确（${s(p.reason)}）`,

  // Whole-operation refusals.
  invalidRows: (p: { count: number }) => `有${p.count}处问题，什么都没有写入。请修改后重新导入：`,
  conflictsIntro: (p: { count: number }) => `时间表修改会影响已有预约的场次（${p.count}个），已全部拒绝，什么都没有写入：`,
  conflictCapacity: (p: { sessionId: number; date: string; start: string; point: string; booked: number; capacity: number }) =>
    `场次 #${p.sessionId}（${p.point} ${p.date} ${p.start}）已有${p.booked}人预约；容量改为${p.capacity}被拒绝`,
  conflictEndTime: (p: { sessionId: number; date: string; start: string; point: string; booked: number; from: string; to: string }) =>
    `场次 #${p.sessionId}（${p.point} ${p.date} ${p.start}）已有${p.booked}人预约或候补；结束时间从${p.from}改为${p.to}被拒绝——请先关闭该场次（/close ${p.sessionId} 原因），或保留原时间`,
  conflictsHint: '要减少名额，请先关闭或调整这些场次；关闭场次会通知家长并推荐其他场次。',
  pointNotFound: (p: P) => `没有服务点 ${s(p.code)}`,
  staffNotFound: (p: P) => `没有账号为 ${s(p.telegramUserId)} 的工作人员`,
  adminOnly: '这个操作仅限管理员',
  fileUnreadable: (p: P) => `文件无法读取（${s(p.format)}${p.line ? `，第${s(p.line)}行` : ''}）：${s(p.detail)}`,

  // Import results.
  dryRunNote: '（试运行：以上变更未写入）',
  pointsResult: (p: { created: number; updated: number; unchanged: number; deactivated: number; reactivated: number }) =>
    `服务点：新增${p.created}，更新${p.updated}，未变${p.unchanged}，停用${p.deactivated}，重新启用${p.reactivated}`,
  pointUpdated: (p: { code: string; fields: string }) => `  更新 ${p.code}：${p.fields}`,
  pointDeactivated: (p: { code: string; bookings: number; waitlist: number; closed: number; deleted: number }) =>
    `  停用 ${p.code}：取消${p.bookings}个未来预约、${p.waitlist}个候补（家长已收到通知和附近其他场次），关闭${p.closed}个场次，删除${p.deleted}个无人预约的场次`,
  timetableResult: (p: { points: number; added: number; changed: number; removed: number; unchanged: number }) =>
    `时间表（${p.points}个服务点）：每周安排新增${p.added}，修改${p.changed}，删除${p.removed}，未变${p.unchanged}`,
  exceptionsResult: (p: { closedAdded: number; closedSame: number; extraAdded: number; extraChanged: number; extraSame: number }) =>
    `停开日：新增${p.closedAdded}，已有${p.closedSame}；加开场次：新增${p.extraAdded}，修改${p.extraChanged}，未变${p.extraSame}`,
  sessionsResult: (p: {
    from: string;
    to: string;
    created: number;
    updated: number;
    deleted: number;
    closed: number;
    bookings: number;
    waitlist: number;
    offered: number;
  }) =>
    `${p.from} 至 ${p.to} 的场次：新建${p.created}，调整${p.updated}，删除${p.deleted}（无人预约），关闭${p.closed}（取消${p.bookings}个预约、${p.waitlist}个候补，家长已收到通知和替代场次），候补转正通知${p.offered}`,
  staffResult: (p: { added: number; updated: number; unchanged: number; deactivated: number }) =>
    `工作人员：新增${p.added}，更新${p.updated}，未变${p.unchanged}，停用${p.deactivated}`,
  generated: (p: { from: string; to: string; created: number }) => `已生成 ${p.from} 至 ${p.to} 的场次：新建${p.created}个`,

  // Staff commands.
  usageExtra: '用法：/extra 服务点编码 日期 开始-结束 类型 [课程] 名额\n例：/extra SM-QP 2026-12-05 15:00-16:00 trial_class music_social 10',
  usageCloseDay: '用法：/closeday 服务点编码|区|* 日期 原因\n例：/closeday SM-QP 2026-12-05 台风（* 表示全市，仅管理员）',
  usageStaffAdd: '用法：/staffadd Telegram账号 admin|point_staff 服务点编码[,编码] 姓名\n例：/staffadd 123456789 point_staff SM-QP,SM-JL 王老师',
  usageStaffOff: '用法：/staffoff Telegram账号',
  usageAudit: '用法：/audit [条数]',
  extraAdded: (p: { sessionId: number; point: string; date: string; start: string; end: string }) =>
    `已加开场次 #${p.sessionId}：${p.point} ${p.date} ${p.start}–${p.end}，家长现在可以预约。`,
  extraBeyondHorizon: (p: { point: string; date: string }) => `已记录 ${p.point} ${p.date} 的加开场次，到了生成范围内会自动开放预约。`,
  dayClosed: (p: { scope: string; date: string; sessions: number; bookings: number; families: number }) =>
    `已关闭 ${p.scope} ${p.date}：${p.sessions}个场次，取消${p.bookings}个预约，已通知${p.families}个家庭并推荐其他场次。`,
  dayAlreadyClosed: (p: { scope: string; date: string }) => `${p.scope} ${p.date} 已经是停开日，没有需要关闭的场次。`,
  cityWide: '全市',
  staffSaved: (p: { name: string; id: number; role: string; points: string; outcome: string }) =>
    `${p.outcome === 'added' ? '已添加' : p.outcome === 'updated' ? '已更新' : '没有变化'}：${p.name}（${p.id}），${p.role === 'admin' ? '管理员' : `服务点工作人员：${p.points}`}`,
  staffDeactivated: (p: { id: number }) => `已停用 ${p.id}：立即失去所有工作人员权限。`,
  staffAlreadyInactive: (p: { id: number }) => `${p.id} 已经是停用状态。`,
  staffListTitle: '工作人员',
  staffLine: (p: { name: string; id: number; role: string; points: string; active: boolean; source: string }) =>
    `${p.active ? '✅' : '⛔'} ${p.name}（${p.id}）${p.role === 'admin' ? '管理员' : p.points}${p.source === 'config' ? ' · 配置' : p.source === 'file' ? ' · 文件' : ''}`,
  auditTitle: '操作记录（最新在前）',
  auditEmpty: '还没有操作记录。',
  auditLine: (p: { at: string; who: string; action: string; target: string; details: string }) => `${p.at} ${p.who} ${p.action} ${p.target} ${p.details}`,
  weekTitle: (p: { from: string; to: string }) => `本周概况 ${p.from} 至 ${p.to}`,
  weekPointLine: (p: { point: string; capacity: number; booked: number; fill: string; noShows: number; waitlist: number; closed: number }) =>
    `${p.point}：名额${p.capacity}，已约${p.booked}（${p.fill}），爽约${p.noShows}，候补${p.waitlist}${p.closed ? `，关闭${p.closed}场` : ''}`,
  weekMore: (p: { n: number }) => `……另有${p.n}个服务点（完整报表：npm run report）`,
  weekUnmet: (p: { n: number; top: string }) => `没约到空位的查询：${p.n}次${p.top ? `，最多：${p.top}` : ''}`,
  weekNoSessions: '这周没有场次。',

  // Report.
  reportTitle: (p: { from: string; to: string }) => `爱邻护幼 使用报表 ${p.from} 至 ${p.to}`,
  reportScopeAll: '范围：全部服务点',
  reportScope: (p: { codes: string }) => `范围：${p.codes}`,
  reportGenerated: (p: { at: string }) => `生成时间：${p.at}`,
  reportTotals: '合计',
  reportWeekly: '每周趋势',
  reportUnmet: '未满足的需求（查询了但没有空位），按区、日期、时段',
  reportUnmetNone: '这段时间没有没约到空位的查询。',
  reportUnmetByPart: '未满足需求按区 × 时段汇总',
  reportSlots: '按服务点 × 星期 × 时段',
  reportNotes:
    '说明：名额＝开放场次的名额；已约＝已预约/已到/爽约（含候补保留中）；迟取消＝截止时间后取消；候补未获通知＝场次开始时仍在候补、从未收到空位；未满足需求不含任何家长或孩子的信息。',
  col_point: '服务点',
  col_district: '区',
  col_weekday: '星期',
  col_part: '时段',
  col_week: '周（周一）',
  col_date: '日期',
  col_sessions: '场次',
  col_closed: '关闭',
  col_capacity: '名额',
  col_booked: '已约',
  col_fill: '满额率',
  col_attended: '到场',
  col_no_shows: '爽约',
  col_late_cancellations: '迟取消',
  col_waitlist_joins: '候补',
  col_offers_taken: '候补转正',
  col_offers_expired: '候补过期',
  col_waitlist_never_served: '候补未获通知',
  col_unmet: '未满足查询',
  col_searches: '查询次数',
  part_morning: '上午',
  part_afternoon: '下午',
  part_any: '不限',
  district_any: '不限区',
  weekdays: ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as string[],
};
