/**
 * Something to ask about a booking the family holds, told without the question yet ("明天的预约有点事想问",
 * "need to ask about tomorrow's booking", "I have a question about our saturday booking"): the booking is what they
 * will ask about — looked up, not a new booking or a search for its day. Said with a person asked for
 * ("这么晚了还有人工吗", "is anyone there?"), the question is for that person.
 */
const BOOKING_QUESTION_TOLD =
  /(?:预约|约的|订的|那场|那个场次)(?:的事)?.{0,4}(?:有(?:点|些|个)?(?:事|问题|情况)(?:想|要)?(?:问|咨询|说|确认)|(?:想|要)(?:问|咨询)(?:一下|下)?$)|(?:有(?:点|些|个)?(?:事|问题)(?:想|要)(?:问|咨询)).{0,4}(?:预约|约的|订的)|(?<![a-z])(?:(?:need|want|wanted|have|had|got) (?:to ask|a (?:quick )?question|a query|some questions?) (?:about|regarding|on) (?:my |our |her |his |the |tomorrow'?s |saturday'?s |sunday'?s |this )*(?:[a-z]+'?s? )?(?:booking|session|reservation))(?![a-z])/;

/** A person asked for in the same message ("还有人工吗", "is anyone there?"). */
const PERSON_ASKED =
  /人工|真人|有人(?:在|吗|么|没)|工作人员|客服|(?<![a-z])(?:anyone there|anybody there|is anyone|is anybody|a (?:real )?person|a human|talk to (?:someone|staff)|staff)(?![a-z])/;

export function tellsBookingQuestion(t: string): boolean {
  return BOOKING_QUESTION_TOLD.test(t);
}

export function asksPersonToo(t: string): boolean {
  return PERSON_ASKED.test(t);
}
