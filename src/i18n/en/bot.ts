import type { bot as zh } from '../zh/bot.ts';

/** The Telegram transport's own words to parents, in English. */
export const bot: typeof zh = {
  greeting: (name: string) =>
    `Hello${name ? ` ${name}` : ''}! I help you find and book free weekend childcare at Xiamen's Ailin Huyou (爱邻护幼) community points, answer parenting and policy questions, and put you in touch with staff.`,
  privacyLine:
    'Privacy: I keep only what bookings need (your name, your child’s name and birth date, bookings and our chat), use it for nothing else, and /forget deletes it any time.',
  consentButton: '✅ I agree, continue',
  alreadyConsented: 'Just type what you need, or tap a button below.',
  help: [
    'I can help you:',
    '• find and book a weekend place (e.g. “any places in Siming on Saturday morning?”)',
    '• see or cancel bookings: /mybookings',
    '• register your child: /children',
    '• share your location to find the nearest point',
    '• answer parenting and policy questions — just ask',
    '• reach a person: /staff',
    'Also: /lang language, /privacy privacy, /forget delete my data',
  ].join('\n'),
  chooseLanguage: 'Choose a language:',
  privacy: (days: number) =>
    `We keep: your Telegram id and name, your child’s name and birth date (to check age limits), bookings and waitlist entries, and our chat and the questions passed to staff (deleted after ${days} days). A location you share is used only to find nearby points; its exact position is not kept. It is used only for childcare bookings and answering you, and only service point staff can see it. Send /forget to delete all of your family’s data.`,
  forgetConfirm:
    'Delete all of your family’s data? Future bookings are cancelled first (the places go to others), then children, waitlist entries, our chat and questions passed to staff are deleted. This cannot be undone.',
  forgetYes: '🗑 Yes, delete',
  forgetDone: (cancelled: number) =>
    `Done — your data is deleted.${cancelled ? ` ${cancelled} future booking(s) were cancelled.` : ''} Send /start if you want to use the service again.`,
  apology: '抱歉，出了点问题，请稍后再试。\nSorry, something went wrong — please try again in a moment.',
  rateLimited: 'That was a lot of messages at once — please wait a minute and try again.',
  rateLimitedShort: 'Please wait a minute',
  notStaff: 'Sorry, this command is for staff only.',
  groupUsePrivate: 'Please message me privately.',
  unsupported: 'Sorry, I can only read text, photo captions and locations. Please type what you need, or send /help.',
  unknownCommand: 'I don’t know that command. Here is what I can do:',
  edited: 'I can’t act on edited messages — please send it again as a new message.',
  tooLong: 'That message was very long; I read only the first part.',
  shareLocationButton: '📍 Share my location',
  shareLocationHint: 'Or tap the button below to share your location.',
  sources: 'Sources: ',
  staffReply: (name: string) => `👩‍🏫 ${name} (staff): `,
  staffReplyNoName: '👩‍🏫 Staff reply: ',
  claimedNotice: (name: string) =>
    `${name ? `${name}, a member of staff,` : 'A member of staff'} has taken your question and will reply here. Your next messages go straight to ${name || 'them'}.`,
  commands: {
    start: 'Start / privacy consent',
    book: 'Find and book a place',
    mybookings: 'My bookings (see, cancel)',
    children: 'My children',
    staff: 'Talk to staff',
    lang: 'Language / 切换语言',
    help: 'What I can do',
    privacy: 'Privacy',
    forget: 'Delete my family’s data',
  },
  resolvedNotice: 'Staff have finished with your question. I (the assistant) will answer from now on; send /staff any time you need a person again.',
};
