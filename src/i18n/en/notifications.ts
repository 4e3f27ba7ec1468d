import type { notifications as zh } from '../zh/notifications.ts';

/** Proactive messages to parents, in English. */
export const notifications: typeof zh = {
  forChild: (name: string) => ` (${name})`,
  bookingCode: 'Booking code: ',
  reminder: {
    title: '⏰ Reminder for tomorrow',
    bringCare:
      '🎒 Please bring: a change of clothes, nappies if your child uses them, a water cup and a favourite comfort toy; show your booking code on arrival',
    bringClass: '🎒 Please bring: comfortable clothes, non-slip socks and a water cup; a parent stays for the class; show your booking code on arrival',
    cancelPlease: "If you can't come, please cancel so a family on the waiting list can have the place.",
    keep: '✅ I’ll be there',
    cancel: '❌ Cancel booking',
  },
  offer: {
    title: '🎉 A place has opened up!',
    holdUntil: (deadline: string) => `We are holding it for you until ${deadline}; after that it goes to the next family on the list.`,
    take: '✅ Take it',
    decline: 'No thanks',
  },
  offerExpired: {
    declined: 'OK, the place has gone to the next family on the list.',
    title: '⌛ Your held place has expired',
    body: 'It has gone to the next family on the list. You can look for another time.',
  },
  findAnother: '🔍 Find another time',
  closed: {
    title: '⚠️ Session cancelled',
    because: (why: string) => `Because of ${why}, `,
    waitlisted: (because: string) => `${because}${because ? 'this' : 'This'} session is cancelled, and so is your place on its waiting list.`,
    booked: (because: string, ref: string) =>
      `${because}${because ? 'this' : 'This'} session is cancelled. Your booking${ref ? ` (${ref})` : ''} is cancelled automatically and does not count as a no-show.`,
    nearby: 'Places nearby:',
    noneNearby: 'There are no free places nearby right now; you can look at other times.',
    book: (what: string) => `Book ${what}`,
  },
  reasons: {
    typhoon: 'a typhoon',
    weather: 'severe weather',
    rainstorm: 'a rainstorm',
    illness: 'illness prevention',
    maintenance: 'maintenance work',
    staff: 'a staffing problem',
    power_outage: 'a power cut',
    timetable_change: "a change to the care point's timetable",
    point_closed: 'the care point closing',
    public_holiday: 'a public holiday',
  },
  cancelledByStaff: {
    title: '⚠️ Your booking was cancelled by the care point',
    reason: (why: string) => `Reason: ${why}`,
    body: 'This does not count as a no-show. We are sorry for the trouble.',
  },
  noShowPause: {
    times: (n: number | undefined) => (n === undefined ? 'several times' : `${n} times`),
    body: (times: string, until: string | undefined) =>
      `ℹ️ A booked place was missed ${times} recently, so new bookings are paused${until ? ` until ${until}` : ''}. Existing bookings are not affected. If something went wrong, you can talk to a person.`,
    talk: '🙋 Talk to staff',
  },
  bookingOpens: {
    title: '🔔 Booking is open',
    body: (when: string) => `The session you asked about is open for booking now (${when}). Places go first come, first served:`,
    book: '✅ Book this session',
    full: 'This session is already full; you can join its waiting list or look for another time.',
    waitlist: 'Join the waiting list',
  },
  dayOpens: {
    title: '🔔 Booking is open',
    body: (day: string, when: string) => `Booking is open now for ${day}, the day you asked about (${when}). Places go first come, first served:`,
    look: '🔍 See that day’s sessions',
  },
};
