import type * as zh from '../zh/conversation.ts';
import type { OutsideRequest } from '../../nlu/parseOutsideRequest.ts';
import type { SightKind } from '../zh/conversation.ts';

/** What is asked about each kind of place, in words. */
const SIGHT_TOPIC: Record<SightKind, (place: string) => string> = {
  ferry: () => 'ferry tickets or timetables',
  airport: () => 'flights or the airport',
  station: () => 'train tickets or the station',
  sight: (place) => `tickets, getting there or sightseeing at ${place}`,
};
/** The place itself, in a sentence ("near the ferry terminal", "near Gulangyu"). */
const SIGHT_NEAR: Record<SightKind, (place: string) => string> = {
  ferry: () => 'the ferry terminal',
  airport: () => 'the airport',
  station: () => 'the station',
  sight: (place) => place,
};

/** What the assistant says to parents in a conversation, in English. */
/** What a point's rooms have or what paperwork it issues: not in the materials, so said plainly, with who can tell. */
const facility = (asked?: string) =>
  `${asked ? `About "${asked}": ` : ''}I don't have information on what a point's rooms have (a nursing room, air conditioning, outdoor space), how to get there by public transport, things left behind, or letters for an employer, and I'd rather not guess. You can phone the point (the number is in your booking confirmation, or ask me for the point's phone number), or tap “Talk to staff” below and I'll pass your question on.`;

export const menu: typeof zh.menu = {
  findPlaces: '🔍 Find weekend places',
  nearest: '📍 Nearest to me',
  myBookings: '📋 My bookings',
  myChildren: '👶 My children',
  talkToStaff: '🙋 Talk to staff',
  otherLanguage: '中文',
  prompt: 'Tell me what you would like to do:',
  capabilities:
    'I can help you:\n• find and book free weekend childcare (half-day or temporary care) and trial classes at the community care points\n• see or cancel bookings, join a waitlist\n• answer parenting and childcare-policy questions (with sources)\n• reach a staff member\n\nJust ask, e.g. "any places this Saturday morning in Siming?" or "can my child come with a cold?"',
  hello: "Hello! I'm the community childcare assistant for Xiamen's Ailin Huyou (爱邻护幼) care points.",
  identity:
    'I\'m the Ailin Huyou (爱邻护幼) community childcare assistant — an automated helper. I can find and book free weekend childcare and answer parenting and policy questions. Say "talk to staff" any time to reach a person.',
  serviceIntro:
    "Ailin Huyou (爱邻护幼) are Xiamen's community childcare points: government-funded and run by registered childcare providers, offering free weekend half-day and temporary care and 1-hour trial classes for children aged 0–3, with no household-registration or residence restriction.",
  thanks: "You're welcome! I'm here whenever you need me.",
  gladItWent: "So glad to hear your little one enjoyed it — thank you for telling us! Whenever you'd like to come again, just tell me a day.",
  carerPraised:
    'Thank you — that is lovely to hear, and we are glad your child is happy there! To make sure the carer and the point hear it, say "talk to staff" and write the day, the point and the carer: a staff member will pass your praise on. Telling the carer yourself at pickup is lovely too.',
  noProblem: 'No problem. Message me any time you need.',
  okWhatElse: 'OK. What else can I help with?',
  notUnderstood: 'Sorry, I didn\'t catch that. Tell me what you\'d like, e.g. "any places this Saturday morning?", or tap a button below:',
  outOfScope: "That's outside what I can help with. I handle bookings at the community care points and parenting or childcare-policy questions.",
  outOfScopePlace: (sight: SightKind, place: string, district?: string) =>
    `Questions about ${SIGHT_TOPIC[sight](place)} are outside what I can help with: I handle bookings at the community care points and parenting or childcare-policy questions. ${district ? `If you'd like a care point near ${SIGHT_NEAR[sight](place)}, the nearest ones are in ${district}: just say "points in ${district}".` : `If you'd like a care point near ${SIGHT_NEAR[sight](place)}, just tell me the district or neighbourhood.`}`,
  nearSight: (sight: SightKind, place: string) => `The care points nearest ${SIGHT_NEAR[sight](place)}:`,
  noPointAtSight: (sight: SightKind, place: string, district: string) =>
    `There is no care point at ${SIGHT_NEAR[sight](place)} itself. The nearest ones are in ${district}:`,
  alsoOutOfScope: (sight: SightKind, place: string) =>
    `As for ${SIGHT_TOPIC[sight](place)}, that's outside what I can help with — please check the official information.`,
  outOfScopeRequest: (kind: OutsideRequest, asked?: string) =>
    kind === 'facility'
      ? facility(asked)
      : kind === 'unborn'
        ? "A baby can be registered only after birth, so there's no registering or holding a place ahead: the Ailin care points serve children aged 0–3 (0–36 months), drop-off care (half-day and temporary care) starts at 6 months, and at community shared points an adult stays with the child throughout. Once your baby is born, tell me the name and birth date and I'll register them. For anything else, tap “Talk to staff” below and I'll pass your question on."
        : `${{ work: 'Jobs and recruitment are', event: 'Parties and other events at the care points are', venue: "Renting the care points' rooms is", visit: 'Visits to look around a care point are', tour: 'Tours and sightseeing are', medical: 'Doctor, vaccination and check-up appointments are', school: 'Kindergarten enrolment is', lessons: 'Swimming, music-instrument or dance lessons are', nanny: 'Finding a nanny or a maternity nurse is', insurance: 'Enrolling a child in medical insurance, or claiming from it, is' }[kind]} not something I can book or look up: I book the care points' free childcare and trial classes and answer parenting and childcare-policy questions. ${{ work: '', event: '', venue: '', visit: '', tour: '', medical: "Vaccinations and check-ups are booked with your community health service centre (its vaccination clinic); a doctor through the hospital's own booking. ", school: "Kindergarten places are announced by your district's education bureau and the kindergartens themselves. ", lessons: 'The points do not run such lessons, only their own 1-hour trial classes (picture books, gross motor, music and social, sensory) — ask e.g. "what classes are on Saturday?". ', nanny: '', insurance: 'Your community or sub-district service centre can tell you how to enrol a child. ' }[kind]}A staff member can tell you more — tap "Talk to staff" below and I'll pass your question on.`,
  injectionRefused:
    "Sorry, I can't do that. I can only help with your own family's bookings and answer parenting and childcare-policy questions; I never share other families' information.",
  languageSwitched: "OK, I'll reply in English from now on.",
  consentThanks: 'Thank you — your consent is recorded.',
  forgetHint: 'To delete your data, send /forget in Telegram and confirm.',
  buttonExpired: 'This button has expired (it may be from an older message). Here is what you can do now:',
  alsoNext: (what: string) => `You also asked "${what}" — here is that too.`,
  answeredAbove: (what: string) => `You also asked "${what}" — the answer above covers that too.`,
  takeNext: (what: string) => `You also mentioned "${what}"; let's take that next.`,
};

export const search: typeof zh.search = {
  askDate: 'Which day would you like? Weekend care is free — pick one below or tell me a date (e.g. "Saturday morning", "6 December").',
  thisSaturday: 'This Saturday',
  thisSunday: 'This Sunday',
  nextWeekend: 'Next weekend',
  anotherDay: 'Another day',
  askLocation:
    'Please share your location (📎 → Location, or the "Send my location" button) and I will list the nearest places first. You can also just name a district or neighbourhood, e.g. "Huli" or "Lianqian".',
  datePassed: 'That date has already passed, so it can no longer be booked.',
  todayClosed: (minutes: number) =>
    `Today's sessions for that have already started or closed for booking (booking closes ${minutes} minutes before the start), so they can't be booked now.`,
  dateDoesNotExist: (text: string) => `"${text}" is not a real date (that month has no such day). Which day did you mean?`,
  dateReadAs: (text: string, taken: string, other: string) => `I've read "${text}" as ${taken} (if you meant ${other}, just say so).`,
  header: (range: string) => `Free places, ${range}:`,
  headerNear: (range: string) => `Free places, ${range} (nearest first):`,
  noPointThere: (place: string) => `There is no care point in ${place}; these are the nearest ones.`,
  headerFor: (range: string, child: string) => `Sessions for ${child}, ${range}:`,
  fitsChild: (child: string) => `(all of these fit ${child}'s age)`,
  noneStartsAt: (time: string) => `Nothing starts at ${time} there; here is what there is:`,
  waitlistFor: (child: string) => `(these waitlist places are for ${child})`,
  requestLine: (what: string) => `Looking for: ${what}`,
  weekdayNote: '(Weekdays mostly have free trial classes; free half-day and temporary care is mostly at weekends.)',
  weekdayServices: (p: { careDays: string; classDays: string; closedDays: string }) =>
    `Free half-day and temporary care is at weekends (Saturday and Sunday); there is no full-day care. On weekdays: ${p.classDays ? `free 1-hour trial classes (picture books, gross motor, music & social, sensory integration; with a parent) on ${p.classDays}` : 'no trial classes'}${p.careDays ? `; some points have a free childcare trial (托育体验: a weekday trial of care, where the child stays with the carers for a while to get used to it; not a daily nursery place) on ${p.careDays}` : ''}${p.closedDays ? `; nothing at the points on ${p.closedDays}` : ''}.`,
  weekdayCareDay: (day: string, time: string) => `${day} (${time})`,
  careFromAge: (child: string | undefined, months: number, min: number) =>
    `${child ?? 'Your baby'} is ${months} months old, too young for now: half-day and temporary care start at ${min} months. These parent-and-baby trial classes fit ${child ?? 'your baby'} (a parent stays):`,
  alreadyOpen: (range: string) => `Booking is already open for ${range}:`,
  /** A working day asked about as a booking rule ("can I book today for tomorrow?" on a Thursday): that day has no drop-off care. */
  weekdayNoDropOff: (day: string) =>
    `${day} is a weekday, with no half-day or temporary care: free care is at weekends (Saturday and Sunday). On weekdays there are free 1-hour trial classes.`,
  weekdayCareLater: (day: string, opens: string) =>
    `There is no half-day or temporary care on ${day}: free care is mostly at weekends. That day has free 1-hour trial classes (picture books, gross motor, music & social, sensory integration), which open for booking on ${opens}.`,
  afterLastSession: (day: string, asked: string, lastEnd: string) => `Sessions on ${day} end by ${lastEnd} at the latest, so there is no care at ${asked}.`,
  weekdayCare: (day: string) =>
    `There is no half-day or temporary care on ${day}: free care is mostly at weekends. That day there are free 1-hour trial classes (picture books, gross motor, music & social, sensory integration):`,
  addressLabel: 'Address: ',
  pickHint: 'Tap "Book", or reply with the number (e.g. "book 1").',
  bookN: (n: number) => `Book ${n}`,
  waitlistN: (n: number) => `Waitlist ${n}`,
  more: 'More',
  nearestToMe: 'Nearest to me',
  noMore: 'No more results.',
  placesLeft: (n: number) => `${n} place${n === 1 ? '' : 's'} left`,
  full: 'full (waitlist open)',
  opensOn: (when: string) => `booking opens ${when}`,
  remindMe: (n: number) => `⏰ Remind me ${n}`,
  remindDay: '⏰ Remind me when booking opens',
  remindSet: (when: string) => `OK — I'll message you when booking opens (${when}; a night-time reminder waits until 8:00).`,
  remindAlready: "A reminder for this session's opening is already set.",
  notOpenYet: (range: string, when: string, days: number) =>
    `Sessions on ${range} are not open for booking yet (booking opens ${days} days ahead); the earliest you can book is ${when}. You can look at the coming days that are open now.`,
  notOpenListed: 'These sessions are not open for booking yet; you can book them from the time shown:',
  stillNotOpen: (when: string) =>
    `Not yet — these sessions can't be booked or held until booking opens on ${when}. Tap "Remind me" and I'll message you when it opens.`,
  bookingWindow: (days: number, last: string) =>
    `Booking opens ${days} days before a session (at midnight that day), so right now you can book sessions up to ${last}; later days cannot be booked yet, and I can remind you when they open.`,
  allFull: (range: string) => `Everything matching on ${range} is fully booked. You can join a waitlist and I'll offer you a place in turn if one frees up:`,
  namedPointFull: (point: string, range: string) => `${point} is fully booked on ${range}. You can join its waitlist, or look at other points nearby:`,
  nothingFound: (range: string) => `I found no free places matching that on ${range}. Try another day or area?`,
  noCareThatDay: (range: string) => `There is no care or class on ${range} (free care is mostly at weekends, with trial classes on weekdays).`,
  tooYoungFor: (child: string | undefined, months: number, min: number, where?: string) =>
    `${child ?? 'Your baby'} is ${months} months old; ${where ? `${where} takes` : 'these sessions take'} children from ${min} months.`,
  oldEnoughOn: (child: string | undefined, min: number, date: string) =>
    `${child ?? 'Your baby'} will be ${min} months old on ${date} and can be booked from then.`,
  turnsThreeBefore: (child: string | undefined, date: string) =>
    `${child ?? 'Your child'} turns 3 on ${date}. The community care points serve children under 3 (under 36 months), so from their third birthday they can no longer be booked, and these sessions are after it; sessions before then can still be booked. From age 3, kindergarten is the usual next step.`,
  relaxPartOfDay: (part: string) => `Nothing free in the ${part}; here are other times that day:`,
  relaxFollowingWeekend: 'Nothing bookable is left then; here is the following weekend:',
  nextDaysWithPlaces: 'Here are the next days with places:',
  notOnThenFollowingWeekend: 'There is no such session then; here is the following weekend:',
  notOnPartOfDay: (part: string) => `There is no such session in the ${part}; here are other times that day:`,
  /** "anything else?" past the last page: the list asked for has no more; what else there is that day follows. */
  pagedOtherPart: (when: string, where: string | undefined, part: string) =>
    `That's all for ${when}${where ? ` in ${where}` : ''}. The same day in the ${part} there is also:`,
  pagedOtherDistricts: (when: string, where: string) => `That's all in ${where} for ${when}. At the same time in other districts there is also:`,
  relaxDistrict: (district: string) => `Nothing free in ${district}; here are places in other districts:`,
  relaxClass: 'That class is not on then; here are other classes and care:',
  relaxSameDayNextWeek: (date: string) => `Nothing bookable is left that day; here is the same day next week (${date}):`,
  relaxWeekendPartOfDay: (part: string) => `Here are the weekend's ${part} sessions:`,
  noCareThatPartOfDay: (range: string, part: string) => `There is no care or class on ${range} in the ${part}.`,
  relaxLater: 'Nothing bookable is left on those days; here are the next days with places:',
  relaxPoint: 'Nothing suitable there; here are other points in the same district:',
  kindNotAtPoint: (point: string, kind: string) =>
    `${point} does not offer ${kind} (it runs trial classes and parent–child activities only, which you can join). Points in the same district that do:`,
  fullAtPoint: 'Full at that point at the same time (you can join the waitlist):',
  fullAtPointFirst: (what: string) => `${what} is full; you can join its waitlist (below).`,
  relaxKind: 'Here are other kinds of care and classes that fit, at the same time:',
  waitlistHeader: 'These sessions are full; you can join the waitlist (when a place frees up you are offered it in turn, held for a while):',
  waitlistNotNeeded: 'Those sessions still have places, so no waitlist is needed — you can book directly:',
  whichWaitlistDay: 'Which day would you like to wait for?',
  noSuchItem: (n: number) => `There is no result number ${n}; please pick from the list above.`,
  whichFromList: 'Tell me which one from the list (e.g. "book 1"), or tap its "Book" button.',
  whichFromListFor: (names: string) =>
    `Which one for ${names}? Tell me the number from the list (e.g. "book 1"), or tap its "Book" button below — it books a place for each of them.`,
  severalThere: 'There are several times there — which one?',
  affirmWithList: 'OK. To book, tell me the number from the list or tap "Book".',
  tooOld:
    'The community care points serve children aged 0–3 (under 36 months), so from their third birthday children cannot be booked. From age 3, kindergarten is the usual next step. If you have a younger child under 3, you can book for them.',
  childTooOld: (child: string, turnedThree?: string) =>
    `${child} is over 3${turnedThree ? ` (turned 3 on ${turnedThree})` : ''}. The community care points serve children aged 0–3 (under 36 months), so from their third birthday children cannot be booked; from age 3, kindergarten is the usual next step. If you have a younger child under 3, you can book for them.`,
  ageRangeNote: 'The community care points serve children aged 0–3 (up to 36 months).',
  /** Two children's ages told, one over 3: the list that follows is the younger one's. */
  olderSiblingTooOld:
    'Children over 3 cannot be booked (the points serve ages 0–3; from 3, kindergarten is the usual next step), so these are the places for your younger child:',
  outsideXiamen: "The points are all in Xiamen (Siming, Huli, Jimei, Haicang, Tong'an, Xiang'an). Tell me the district or neighbourhood nearest to you.",
};

export const booking: typeof zh.booking = {
  booked: '✅ Booked! Your reference code:',
  alreadyBooked: 'This place is already booked for you (no double booking):',
  line: (p) => `[${p.ref}] ${p.child} · ${p.when} · ${p.service}\n   ${p.point}, ${p.address}`,
  summary: (p) => `Booking: ${p.district} · ${p.date}, ${p.part} · ${p.child}`,
  arriveOnTime:
    'Please arrive on time; there is a health check at drop-off. If your child is unwell, please cancel in advance so another family can use the place.',
  justFilled: 'This session has just filled up. Join the waitlist? If a place frees up you will be offered it in turn, held for you for a while.',
  joinWaitlist: 'Join waitlist',
  otherSessions: 'Other sessions',
  cancelThis: 'Cancel this booking',
  whichChild: 'Which child is this for?',
  whichChildCancel: "Which child's booking should I cancel?",
  registerAnother: 'Register another child',
  waiting: (position: number, child?: string) =>
    `${child ? `${child} is` : "You're"} on the waitlist, number ${position}. If a place frees up I'll message you — please confirm within the hold time.`,
  alreadyWaiting: (position: number, child?: string) => `${child ? `${child} is` : 'You are'} already on the waitlist, number ${position}.`,
  hasPlacesNow: 'This session has places now — you can book it directly:',
  bookNow: 'Book now',
  nothingToMove:
    "I can't find an upcoming booking of yours, so there is nothing to move. If you booked by phone or at the point, please ask that point to change it.",
  noUpcoming: 'You have no upcoming bookings.',
  yourBookings: 'Your bookings:',
  heldLine: (until?: string) => (until ? `(waitlist place held for you until ${until} — please confirm)` : '(waitlist place held for you — please confirm)'),
  waitingLine: (position: number) => `(on the waitlist, number ${position})`,
  yourWaitlist: "Sessions you're waiting for:",
  leaveWaitlist: (ref: string) => `Leave waitlist ${ref}`,
  leftWaitlist: "OK, you've left the waitlist.",
  take: (ref: string) => `✅ Take ${ref}`,
  pass: (ref: string) => `Pass ${ref}`,
  cancelRef: (ref: string) => `Cancel ${ref}`,
  recent: 'Recent:',
  status: { attended: 'attended', no_show: 'no-show', cancelled: 'cancelled', expired: 'expired', confirmed: 'done', held: 'expired' },
  recentLine: (p) => `${p.date} ${p.child} · ${p.point} (${p.status})`,
  confirmCancel: (ref: string) => `Cancel booking ${ref}?`,
  confirmCancelAll: (n: number) => `Cancel these ${n} bookings? Tap "Yes, cancel" to cancel them all, or a booking's own button to cancel just that one:`,
  yesCancel: 'Yes, cancel',
  keepIt: 'Keep it',
  kept: 'OK, the booking is kept.',
  keptSeeYou: 'Great — your place is kept. See you there!',
  cancelled: (ref: string) => `Booking ${ref} is cancelled and the place has been freed for another family.`,
  alreadyCancelled: (ref: string) => `Booking ${ref} was already cancelled; nothing more to do.`,
  lateCancel: 'This cancellation was close to the start time, so it is recorded as a late cancellation (not a no-show).',
  findAnother: 'Find another session',
  gone: 'That booking no longer exists or was already cancelled. Here are your current bookings:',
  nothingToCancel: 'You have no upcoming bookings to cancel.',
  whichToCancel: 'Which one? Tap a button below or tell me the reference code.',
  sameSessionFor: (child: string) => `Book ${child} for the same session`,
  noneForChild: (child: string) => `${child} has no upcoming bookings.`,
  offerTaken: '✅ The waitlist place is yours. See you there!',
  offerPassed: "OK, you've passed on this place; it goes to the next family on the waitlist.",
  reschedule: 'To change a booking: first book the new session, then cancel the old one (so you never end up with neither).',
  cancelOld: (ref: string) => `Cancel ${ref}`,
  moveWillCancel: (date: string, child: string, ref: string) =>
    `Moving ${child}'s booking on ${date} [${ref}]: tap "Yes, cancel" to cancel it first, or book a new session straight away and I'll cancel the old one once the new one is booked.`,
  /** In a move, the new list has a session at the booking's own point: saying yes moves the booking there. */
  moveSamePoint: (n: number) => `No. ${n} is at the same point as before; reply "ok" or "confirm" to move the booking there (the old one is then cancelled).`,
  nowBookNew: 'Now you can book the new session:',
  movedOldCancelled: (date: string, ref: string) => `The old booking on ${date} [${ref}] is cancelled.`,
  modelOption: (p) => `${p.district}, ${p.date} ${p.part}`,
  whichModel: (options: string) =>
    `You have more than one booking: ${options}. Which one should I copy (place and time of day)? Just reply with the place or the day.`,
  rescheduleWhich: 'Which day would you like instead? Tell me the new day (e.g. "next Saturday morning") and I\'ll find the new session first.',
  checkedPast: (date: string) => `${date} has passed. Here are your bookings:`,
};

export const children: typeof zh.children = {
  askBoth:
    'First let me register your child: please tell me their name (a nickname is fine) and birth date, e.g. "Leo 2024-03-05".\n(We store only the name and birth date, for bookings and the age check; /forget deletes them at any time.)',
  askBirthDay: (name: string | undefined, year: number, month: number) =>
    `Which day in ${new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${year} was ${name ?? 'your child'} born? The age check needs the exact date: just reply with the day (e.g. "15").`,
  askBirthDate: (name: string) => `What is ${name}'s date of birth? (e.g. 2024-03-05)`,
  askName: "What is your child's name? (a nickname is fine)",
  exactBirthDate: 'For the age check I need the exact date of birth (e.g. 2024-03-05).',
  ambiguousBirthDate: (text: string, a: string, b: string) =>
    `"${text}" could be ${a} or ${b}. Which is it? Please write it as year-month-day (e.g. 2024-03-05).`,
  ambiguousBirthDateOf: (name: string, text: string, a: string, b: string) =>
    `${name}'s date of birth "${text}" could be ${a} or ${b}. Which is it? Please write it as year-month-day (e.g. 2024-03-05).`,
  bornOn: (name: string, year: string, date: string) => `${name}: born ${date} ${year}.`,
  registered: (name: string, age: string) => `Registered: ${name} (${age}).`,
  updated: (name: string, birthDate: string, age: string) => `Updated: ${name}, born ${birthDate} (${age}). Bookings and age checks from now on use this.`,
  notNow: "OK, let's leave registration for now.",
  list: 'Registered children:',
  line: (name: string, birthDate: string, age: string) => `• ${name} (${birthDate}, ${age})`,
  findPlaces: 'Find weekend places',
  mine: 'My children',
  whichChild: (names: string) => `You have registered ${names} — which child is this for?`,
  whichOther: (names: string) => `Which child do you mean by "the other" — ${names}? Just reply with the name.`,
  unknownChild: (name: string, names: string) => `I couldn't find a child called "${name}" (registered: ${names}). Shall I register ${name} first?`,
  removeAsk: (name: string, bookings: string[], others: string) =>
    `Remove ${name} from your account? ` +
    (bookings.length
      ? `${name}'s ${bookings.length === 1 ? 'future booking' : `${bookings.length} future bookings`} will be cancelled and the ${bookings.length === 1 ? 'place' : 'places'} offered to the next family on the waitlist:\n${bookings.map((b) => `• ${b}`).join('\n')}\n`
      : `${name} has no future bookings. `) +
    (others ? `${others} ${others.includes(' and ') ? 'stay' : 'stays'} registered.` : ''),
  removeConfirm: (name: string) => `Confirm: remove ${name}`,
  removeKeep: 'Keep',
  removeWhich: (names: string) => `You have registered ${names}. Which child should I remove? (Only that child; the others and their bookings stay.)`,
  removed: (name: string, cancelled: number, others: string) =>
    `${name} has been removed. ` +
    (cancelled
      ? `${cancelled === 1 ? 'The future booking was' : cancelled === 2 ? 'Both future bookings were' : `All ${cancelled} future bookings were`} cancelled and offered to the next family. `
      : '') +
    `${name} no longer appears in your children or bookings` +
    (others ? `; ${others} ${others.includes(' and ') ? 'are' : 'is'} unchanged. ` : '. ') +
    'To register again later, just send the name and birth date.',
  kept: (name: string) => `OK, ${name} stays registered — nothing was changed.`,
};

export const knowledge: typeof zh.knowledge = {
  noAnswer: "I don't have a reliable answer to that in my materials, and I'd rather not guess. Shall I pass your question to a staff member?",
  notCovered: (topic: string) =>
    `My materials don't answer "${topic}" directly, and I'd rather not answer a neighbouring topic instead. Shall I pass your question to a staff member?`,
  yesAskStaff: 'Yes, ask staff',
  noThanks: 'No thanks',
  fromOtherLanguage: '(Not found in the English materials; this is from the Chinese version.)',
  source: (titles: string[]) => `Source: ${titles.join('; ')}`,
  medicalDisclaimer: 'This is general information, not a diagnosis; in an emergency call 120.',
  stillUnsure: 'Still unsure — ask staff',
  overwhelmed:
    "That sounds exhausting, and it's completely normal to feel this way — looking after a toddler is hard. First look after yourself: with your child somewhere safe, take a few breaths and a drink of water. If you'd like, I can put you in touch with a staff member to talk it through.",
  talkToSomeone: "I'd like to talk to someone",
  notDose: "A medicine dose has to come from a doctor or pharmacist who knows your child's weight and situation, so I can't give one.",
  okAnythingElse: 'OK. Ask me anything else any time.',
};

export const escalation: typeof zh.escalation = {
  complaint: "I'm sorry about your experience. I've passed your feedback to the staff; they will reply to you here. Feel free to add details.",
  handedOver:
    "Done — I've passed this to a staff member, who will reply here (usually faster in the daytime; night messages are handled the next morning). In an emergency call 120.",
  addedToTicket: "I've added this to your open request; a staff member will reply here.",
  staffHolding: (name?: string) =>
    `A staff member${name ? ` (${name})` : ''} is handling your question; your message has been passed on. Please wait for their reply.`,
  stillWithStaff:
    "Your question is with our staff and I've passed this message on too; they will reply here. Meanwhile I can still help with anything else, such as finding places.",
  defaultQuestion: 'The parent would like to talk to staff',
  ticketOpen: 'Your request is with our staff; they will reply to you here.',
  noLongerNeeded: "Glad it's sorted. I've passed this on too, so the staff know no follow-up is needed. I'm here if you need anything else.",
  replyTimeQuery: 'How soon will staff reply?',
  replyTimeFallback: 'Staff reply here: usually faster in the daytime; night messages are handled the next morning. In an emergency call 120.',
  complaintOutcomeQuery: "I'm not happy with the outcome of my complaint",
  complaintOutcomeFallback:
    "If you are not satisfied with how it was handled, contact staff again and ask for an administrator to review it; you can also contact the point's operator, or call the 12345 government service hotline.",
  complaintStepsQuery: 'how long does a complaint take?',
  complaintStepsFallback:
    "An administrator follows up complaints: this service's targets are to acknowledge within one working day and to give you the outcome or progress within five working days.",
  staffOffNow: (time: string, tomorrow: boolean) =>
    `Staff are off for the night now; they will reply here after ${time} ${tomorrow ? 'tomorrow' : 'this'} morning. In an emergency call 120.`,
  handedOverNight: "Done — I've passed this to a staff member.",
  ticketAndWhen: (id: number, from: string, to: string) =>
    `Your ticket is #${id}. Staff are online ${from}–${to} every day and normally pick up a request within an hour (a target, not a guarantee).`,
};

export const points: typeof zh.points = {
  askAgeOk: (age: number, n: number, total: number) =>
    `Yes. The care points serve children aged 0–3, but each point has its own age range. A ${age}-month-old can go to ${n} of the ${total} points:`,
  noCareForAge: (age: number, from: number) =>
    `A ${age}-month-old is too young for half-day or temporary care: drop-off care starts at ${from} months. These points take a ${age}-month-old to trial classes, with a parent:`,
  noneForAge: (age: number) =>
    `No point currently accepts babies of ${age} months (each point has its own minimum age). You could wait a little, or ask our staff.`,
  overThree: 'The care points serve children aged 0–3 (up to 36 months); older children cannot be booked.',
  otherChildOverThree: 'Your other child: the service is for children aged 0–3 — a child can still be booked at 36 months, but not once past 36 months.',
  ageFilterNote: "When you search for places I only show sessions that fit your child's age.",
  placesThisWeekend: 'Places this weekend',
  districtLine: (district: string, names: string) => `• ${district}: ${names}`,
  shortName: (name: string) => name.replace(' Community Care Point', ''),
  network: (total: number, counts: string) =>
    `The care points are spread across Xiamen (${total} listed here): ${counts}. Tell me your district or neighbourhood, or share your location, and I'll show the nearest points with addresses.`,
  count: (district: string, n: number) => `${district} ${n}`,
  inDistrict: (district: string, n: number) => `Yes, ${district} has ${n} Ai Lin Hu You point${n === 1 ? '' : 's'}:`,
  notFound: "I couldn't find a point there. Tell me the district, or share your location.",
  phonePerPoint:
    'Each point has its own phone number: tell me which point or district and I will send you its phone and address. You can also say "talk to staff".',
  detail: (p) => `📍 ${p.name} (${p.district} · ${p.area})\n   Address: ${p.address}\n   Phone: ${p.phone}\n   Ages: ${p.ages} · ${p.type}`,
  type: { institution_embedded: 'institution-embedded (drop-off care)', community_shared: 'community-shared (parent-and-child activities; a parent stays)' },
  listedSession: (n: number, label: string) => `No. ${n} on the list: ${label}`,
  bookedThere: (child: string, date: string) => `Your booking for ${child} on ${date} is here:`,
  seePlaces: 'Would you like to see free places there?',
  seePlacesButton: 'Places this weekend',
};

export const emergency: typeof zh.emergency = {
  general:
    '⚠️ This may be an emergency. Call 120 now, or take your child to the nearest hospital emergency department straight away. Do not wait for a reply here.',
  selfHarm:
    'Thank you for telling me — this sounds really hard. If you or your child are in immediate danger, call 120 or 110 now. You can also call the national mental-health helpline 12356 to talk to someone trained to help. If your baby is with you, put them down safely on their back in the cot, step into another room, and call someone to come and be with you now: your partner, family or a friend.\n\nI have alerted our staff, who will contact you here as soon as they can. You are not alone.',
  generalSteps:
    "• If your child has trouble breathing, blue lips, a seizure, or cannot be woken, call 120 now and follow the operator's instructions.\n• If they swallowed medicine, detergent or a battery, take the packaging with you to hospital.",
  staffTold: 'I have alerted our staff, but they cannot replace emergency services or a doctor.',
  whileWaiting: 'While you wait for the ambulance:',
};
