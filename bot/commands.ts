import type { BotCommand } from 'grammy/types';
import type { Lang } from '../src/domain/serviceKinds.ts';

/** The parents' command menu, registered with setMyCommands for each language. */
export const PARENT_COMMANDS: Record<Lang, BotCommand[]> = {
  zh: [
    { command: 'start', description: '开始 / 同意隐私说明' },
    { command: 'book', description: '找托育点并预约' },
    { command: 'mybookings', description: '我的预约（查看、取消）' },
    { command: 'children', description: '我的孩子' },
    { command: 'staff', description: '联系工作人员' },
    { command: 'lang', description: '切换语言 / Language' },
    { command: 'help', description: '我能做什么' },
    { command: 'privacy', description: '隐私说明' },
    { command: 'forget', description: '删除我家的数据' },
  ],
  en: [
    { command: 'start', description: 'Start / privacy consent' },
    { command: 'book', description: 'Find and book a place' },
    { command: 'mybookings', description: 'My bookings (see, cancel)' },
    { command: 'children', description: 'My children' },
    { command: 'staff', description: 'Talk to staff' },
    { command: 'lang', description: 'Language / 切换语言' },
    { command: 'help', description: 'What I can do' },
    { command: 'privacy', description: 'Privacy' },
    { command: 'forget', description: 'Delete my family’s data' },
  ],
};

/** Shown in the staff group only. */
export const STAFF_COMMANDS: BotCommand[] = [
  { command: 'today', description: '今天的名单 Today’s roster' },
  { command: 'roster', description: '某天名单 Roster: /roster 2026-12-05' },
  { command: 'attend', description: '签到 Attended: /attend REF' },
  { command: 'noshow', description: '未到 No-show: /noshow REF' },
  { command: 'close', description: '关闭场次 Close: /close <id> <reason>' },
  { command: 'tickets', description: '未解决工单 Open tickets' },
];
