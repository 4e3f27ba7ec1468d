import type { ReplyBuilder } from './ReplyBuilder.ts';

/** The buttons that say what the bot can do. */
export function addMainMenu(b: ReplyBuilder): void {
  b.row(b.button('🔍 找周末托育名额', '🔍 Find weekend places', 'sf'), b.button('📍 找离我最近的', '📍 Nearest to me', 'loc'));
  b.row(b.button('📋 我的预约', '📋 My bookings', 'mb'), b.button('👶 我的孩子', '👶 My children', 'ch'));
  b.row(b.button('🙋 找工作人员', '🙋 Talk to staff', 'hu'), b.button(b.lang === 'zh' ? 'English' : '中文', b.lang === 'zh' ? 'English' : '中文', 'lg', b.lang === 'zh' ? 'en' : 'zh'));
}

export function capabilities(b: ReplyBuilder): void {
  b.say(
    '我可以帮你：\n• 查找并预约“爱邻护幼”社区托育点的免费周末托育（半日托、临时托）和体验课\n• 取消或查看预约、排队候补\n• 回答育儿和托育政策问题（附资料来源）\n• 帮你联系工作人员\n\n可以直接说，比如“这周六上午思明区有位置吗”“宝宝发烧了能去吗”。',
    'I can help you:\n• find and book free weekend childcare (half-day or temporary care) and trial classes at the community care points\n• see or cancel bookings, join a waitlist\n• answer parenting and childcare-policy questions (with sources)\n• reach a staff member\n\nJust ask, e.g. "any places this Saturday morning in Siming?" or "can my child come with a cold?"',
  );
}
