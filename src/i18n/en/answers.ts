import type { answers as zhAnswers } from '../zh/answers.ts';

/** Knowledge-answer words in English (the same keys as Chinese). */
export const answers: typeof zhAnswers = {
  overwhelmed:
    "That sounds exhausting, and you've been carrying it for a while. Feeling like this is normal — looking after a little one is hard, and it doesn't mean you're doing badly. With your child somewhere safe, it's fine to step away for a minute or two, breathe and have a drink of water. If you'd like to talk to someone, I can put you in touch with a staff member right now, or you can call the national mental-health helpline 12356.",
  answerFollows: 'Here is what my materials say that may help:',
  talkToSomeone: "I'd like to talk to someone",
  sameForDistrict: (district: string) => `${district} too — the same holds for every district:`,
  forCorrectedAge: (age: string) => `Thanks — at ${age}:`,
  rules: {
    cancelDeadline: (hours: string, minutes: number) =>
      `This service's rule: cancel at least ${hours} hours (${minutes} minutes) before the session starts and it leaves no record.`,
    opensDaysAhead: (days: number, closesMinutes: number) =>
      `This service's rule: sessions open for booking ${days} days before they start (at midnight that day) and close ${closesMinutes} minutes${closesMinutes % 60 === 0 ? ` (${closesMinutes / 60} hour${closesMinutes === 60 ? '' : 's'})` : ''} before; on the day itself you can still book while places are left.`,
    weeklyLimit: (n: number) => `This service's rule: each child can hold at most ${n} weekend bookings per week, counted per child.`,
    noShow: (limit: number, windowDays: number, pauseDays: number) =>
      `This service's rule: ${limit} no-shows within ${windowDays} days pause new bookings for ${pauseDays} days.`,
    waitlistHold: (minutes: number) => `This service's rule: a waitlist place is held for you for ${minutes} minutes to confirm.`,
  },
  sessionTimes: {
    intro: 'From the sessions published now, the usual times are:',
    kind: (kind: string, times: string) => `• ${kind}: ${times}`,
    days: (weekend: boolean, times: string) => `${weekend ? 'weekends' : 'weekdays (some points)'} ${times}`,
    separator: '; ',
    vary: 'Times vary a little from point to point; pick-up is at the end of the session. The exact times of each session are in the search results and your booking confirmation.',
  },
};
