import type { ArbitrationWords, IntentRule } from '../IntentRule.ts';
import { namedBack, outsidePlaceWords } from './outsidePlaces.ts';

/** Sights, streets, the airport, stations and malls in English words (lexicon/outsidePlaces.ts). */
const SIGHTS_AND_STATIONS = outsidePlaceWords((p) => p.kind !== 'ferry' && p.kind !== 'outing', 'en');

// JavaScript's \b only knows ASCII word characters, so a Chinese character next to an English word counts as a boundary.
const w = (src: string) => new RegExp(src);

/**
 * Whether a message sent at night or at the weekend is answered ("if I message at 11pm, will someone from staff reply?",
 * "how soon do staff reply?"): the reply-time rule, answered — not a request for a person now.
 */
export const REPLY_TIME_ASKED_EN = w(
  '\\b(?:if|when) (?:i|we) (?:send|message|text|write|msg|leave)\\b.{0,50}\\b(?:will|would|does|do|is) (?:someone|somebody|anyone|a person|staff|the staff|a staff member|you)\\b.{0,30}\\b(?:reply|replies|answer|respond|read|see|get back)\\b|\\bhow (?:long|soon|quickly|fast)\\b.{0,30}\\b(?:staff|someone|somebody|anyone|you|a person|they)\\b.{0,20}\\b(?:reply|replies|answer|respond|get back)\\b|\\b(?:at night|overnight|late at night|on weekends?|at the weekend|after hours|\\d{1,2} ?(?:pm|am))\\b.{0,40}\\b(?:will|would|does|do|is) (?:someone|somebody|anyone|staff|a person)\\b.{0,20}\\b(?:reply|answer|respond|read|see|get back)\\b',
);

/** English words for what a parent wants (see zhIntentRules). */
export const enIntentRules: IntentRule[] = [
  // ── people ──
  [
    'human',
    w(
      '\\b(talk|speak|chat) (?:to|with) (?:a |an |the |some |your )?(?:human|person|real person|someone|somebody|staff|agent|people|operator|representative|manager|teacher)\\b|\\b(real person|human being|live agent|live person|customer service|customer support|staff member|representative|operator|call me|phone number|number (?:i|we) can call|number to call|can i call (?:you|someone|somebody)|(?:anyone|someone|somebody) (?:i|we) (?:can|could) (?:call|ring|phone)|rather (?:speak|talk) to (?:someone|somebody|a person|a human)|contact (?:staff|you|someone|a person)|not a bot|not a robot)\\b',
    ),
    3,
  ],
  // What a class is like, whether the parent stays in the room, or whether a child can join one as he is ("What actually happens
  // in one of those one-hour classes? Do I sit in the room with him?", "Can he still join the music class with it on?"): how
  // classes work is asked, not this week's classes; round 41.
  [
    'knowledge',
    /(?<![a-z])(?:what (?:actually |exactly |really )?(?:happens|goes on|do (?:they|you|the kids|the children) do) (?:in|at|during) (?:\w+ ){0,5}(?:class(?:es)?|sessions?)|(?:do|should|must|can|would) (?:i|we|parents?|the parents?) (?:\w+ ){0,2}(?:sit|stay|wait|be) in (?:the )?(?:room|class(?:room)?)|(?:can|could|may) (?:he|she|they) (?:still )?(?:join|attend|do|take part in) (?:\w+ ){0,4}(?:class|session)e?s? (?:with|wearing|while|if))(?![a-z])/,
    7,
  ],
  // "I changed my phone number, do I need to update it?": the account asked about, not a request for a person (round 44).
  ['knowledge', /(?<![a-z])(?:changed|change|new|update|updating|switched) (?:my |our )?(?:phone|mobile|cell) (?:number|no\.?)(?![a-z])/, 5],
  // "why are there so many afternoon sessions now?", "why did they add weekday classes?": why the opening periods changed is
  // asked (busy mornings, quiet afternoons), not a search for the part of the day named (round 48).
  [
    'knowledge',
    /(?<![a-z])why (?:(?:are|is) there(?! (?:no|not|any|only)\b)|do (?:they|you|the points) (?:have|run|offer)|did (?:they|you|the points) (?:add|open|move|change|start)|have (?:they|you|the points) (?:added|opened|moved|changed|started))\b.{0,30}\b(?:afternoons?|weekdays?|evenings?|later) ?(?:sessions?|slots?|classes|care|times|hours|now)?(?![a-z])/,
    5,
  ],
  // "why are Saturday mornings always full?": why sessions fill up is asked, not a search.
  ['knowledge', /(?<![a-z])why (?:are|is|do|does)\b.{0,40}(?:always |so )?(?:full|booked up|booked out|book out|sold out|fill up|fully booked)(?![a-z])/, 5],
  // (…and places that are "always gone": "Why are the Saturday morning slots always gone? When do they open?" asks why and
  // when booking opens, not for this Saturday's places; round 40.)
  ['knowledge', /(?<![a-z])why (?:are|is|do|does)\b.{0,40}(?:always |so quickly |so fast |so )?(?:gone|taken|disappear\w*|vanish\w*)(?![a-z])/, 5],
  // (…and a standing weekly booking asked about: "Can I just book the same Saturday morning slot every week for the next two
  // months?" asks whether repeat bookings exist (they don't; booking opens 14 days ahead), not for this Saturday; round 40.)
  // (…and a booking for another family's child asked about: "Can I book a spot for my neighbour's daughter?" — a parent books
  // for their own child; others may drop off and collect (round 40).)
  [
    'knowledge',
    /(?<![a-z])(?:can|could|may) (?:i|we) (?:book|reserve|sign up|register) (?:a (?:spot|place|slot|session) )?for (?:my |our |a )?(?:neighbou?r|friend|colleague)(?:'s|s'|s)? (?:son|daughter|child|kid|baby|boy|girl|twins|kids|children|little one)(?![a-z])/,
    7,
  ],
  [
    'knowledge',
    /(?<![a-z])(?:can|could|may) (?:i|we) (?:just |also |simply )?(?:book|reserve|keep|have) (?:\w+ ){0,5}(?:every|each) (?:week|saturday|sunday|weekend)(?![a-z])|(?<![a-z])(?:recurring|repeat|repeating|standing) (?:weekly )?(?:bookings?|reservations?)(?![a-z])/,
    7,
  ],
  // "Can I book two different points on the same weekend?": booking at two points is a rule asked about.
  [
    'knowledge',
    /(?<![a-z])(?:can|may|could) (?:i|we) book (?:at )?(?:two|2|different|more than one|multiple) (?:different )?(?:points|places|centres|centers|locations|sites)(?![a-z])/,
    5,
  ],
  // "do I have to sign up to keep using it?": whether one must register is asked, no child is being registered.
  [
    'knowledge',
    /(?<![a-z])(?:do|does|have to|need to|must|should) (?:i|we|you|she|he|the nanny|grandma)?\s?(?:have to |need to )?(?:sign up|register)(?![a-z])(?!.{0,20}\d{4})/,
    4,
  ],
  // "a point for the staff's kids": staff as the owner of something, not a person asked for (round 35).
  ['human', w("\\b(human|humans|agent|staff(?!'s|s'| (?:kids|children|families|members' kids))|person)\\b"), 1.5],
  // "can someone please talk to me", "I need someone to talk to": a person asked for, also in a tired, upset message.
  // ("can someone from your team help me find one then": someone of the service named, asked to help, is a person asked for — round 50.)
  [
    'human',
    w(
      '\\b(?:can|could|would|will) (?:someone|somebody|anyone|a person|a human|one of your staff|a staff member)(?: (?:from|on|in|at|of) (?:your|the) (?:team|staff|office|service|side))? (?:please )?(?:talk|speak|chat|call|phone|get back)\\b|\\b(?:can|could|would|will) (?:someone|somebody|anyone|a person) (?:from|on|in|at|of) (?:your|the) (?:team|staff|office|service|side) (?:please )?help\\b|\\b(?:need|want) (?:someone|somebody) to talk to\\b|\\b(?:talk|speak) to me\\b',
    ),
    5,
  ],
  // "can someone help me?", "is there anyone who can help me with the booking": a person asked to help in so many words,
  // the message's end or the booking being what they help with (round 53) — "can anyone help me understand his naps" stays
  // a question.
  [
    'human',
    w(
      '\\b(?:can|could|would|will) (?:someone|somebody|anyone) (?:please )?help me(?: out)?(?: please)?(?= *[?!.]* *$| *(?:with|on|to (?:book|fix|sort)) (?:the |my |this |a )?(?:booking|reservation|app|bot|chat)\\b)|\\bis there (?:someone|somebody|anyone)(?: who| that)? (?:can|could) help me(?: out)?(?: please)?(?= *[?!.]* *$| *(?:with|on) (?:the |my |this |a )?(?:booking|reservation|app|bot|chat)\\b)',
    ),
    5,
  ],
  // "get me a human", "is there someone who speaks English I can talk to?": a person asked for.
  [
    'human',
    w(
      '\\bget me (?:a |an |to )?(?:human|person|real person|manager|supervisor|someone|somebody|staff|agent)\\b|\\b(?:connect|transfer|put|pass) me (?:through )?(?:to|with) (?:a |an |the |your )?(?:human|person|real person|someone|somebody|staff|agent|manager)\\b|\\b(?:someone|somebody|anyone|a person|a human|staff)\\b[^.?!]{0,40}\\b(?:i|we) (?:can|could) (?:talk|speak|chat) (?:to|with)\\b',
    ),
    5,
  ],
  [
    'complaint',
    w(
      '\\b(complain|complaint|complaints|complaining|(?<!\\bfeel(?:s|ing)? (?:so |really |very |just |pretty )?)(?:terrible|awful|worst)(?! (?:mum|mom|mother|parent|dad|father|person|wife|husband|at\\b))|(?<!\\b(?:thinks?|thought|says?|said|finds?|calls?|called) (?:he|she|hes|shes|he.s|she.s|him|her|my (?:son|daughter|kid|child|boy|girl|toddler))(?: is| was| being)? (?:so |really |very |a bit |kind of |kinda )?)rude|unacceptable|disappointed(?! (?:in|with) (?:myself|ourselves|me)\\b)|disappointing|(?:i\x27?m|i am|we\x27?re|we are) (?:really |so |very |quite )?upset|nobody was there|no one was there|(?<!\\bfeel(?:s|ing)? (?:so |really |very |just |pretty )?)horrible(?! (?:mum|mom|mother|parent|dad|father|person|wife|husband))|ridiculous|(?<!\\bfeel(?:s|ing)? (?:so |really |very |just |pretty |kinda |kind of |a bit |quite )?)useless(?! (?:mum|mom|mother|parent|dad|father|person|wife|husband)| (?:for|to) (?:me|us)\\b)|unprofessional|disgusting|furious|(?<!\\b(?:when|(?:he|she|they|old|\\d+ ?yo|toddler|baby|kid|child|boy|girl|son|daughter)(?:\x27s|\x27re)?(?: (?:gets?|got|getting|becomes?|is|was|are|were))?(?: (?:so|really|very))?) )angry|scam|waste of time|not happy|unhappy|bad service|poor service|no one (?:came|answered|replied)|nobody (?:came|answered|replied)|report (?:this|you|the))\\b',
    ),
    3,
  ],
  // A record the parent says is wrong and wants put right ("I cancelled on time but you still marked us as a no-show …
  // Sort this out."): a complaint for staff, not the no-show rule or a cancel.
  ['complaint', w('\\b(?:still|wrongly|unfairly|incorrectly|mistakenly) (?:marked|recorded|counted|logged|flagged|listed)\\b|\\bsort (?:this|it) out\\b'), 10],
  // Whether a message sent at night or at the weekend is answered (REPLY_TIME_ASKED_EN): the reply-time rule, answered.
  ['knowledge', REPLY_TIME_ASKED_EN, 9],
  // Whether the parent may phone the point during the session ("can I call the point while she's there to check on her?").
  [
    'knowledge',
    w(
      '\\b(?:can|could|may) (?:i|we) (?:call|phone|ring) (?:the point|the carers?|the staff|the teachers?|them)\\b.{0,40}\\b(?:during|while|check on|see how|ask how)\\b',
    ),
    5,
  ],
  // Whether what was just said holds for another session too ("is it the same for afternoon sessions?", "does that also
  // apply to Sundays?"): the same rule asked again, not a request for that session's places.
  [
    'knowledge',
    w(
      '\\b(?:is|are) (?:it|that|this|the rule|they) (?:also |still )?the same (?:for|with|on|in)\\b|\\bsame (?:rule|deadline|policy|thing) (?:for|with|on)\\b|\\bdoes (?:that|this|it|the (?:rule|deadline|policy)) (?:also )?(?:apply|count|go) (?:to|for)\\b',
    ),
    4,
  ],
  // What is kept of what was sent to a person ("and the messages I sent when I asked for a person?", "what about staff
  // requests?"): the privacy rule asked about staff requests, not a request for a person now.
  [
    'knowledge',
    w(
      '\\b(?:messages?|chats?|conversations?|records?|history|what (?:i|we) (?:sent|wrote|said))\\b.{0,40}\\b(?:(?:asked|talked|spoke|went) (?:for|to|with) (?:a |the )?(?:person|human|staff|someone|real person|agent)|(?:sent|passed|handed|forwarded) (?:on )?to (?:a |the )?(?:person|human|staff|agent))\\b|\\b(?:what about|and) (?:the )?(?:staff|human|agent) (?:requests?|chats?|conversations?|messages?|tickets?)\\b',
    ),
    9,
  ],
  // What a teacher or carer said about the child ("the daycare teacher said he doesn't play with the others"): a story for a
  // parenting question, whatever care word names where it happened.
  [
    'knowledge',
    w(
      '\\b(?:teachers?|carers?|nanny|nannies|ayi|childminder|staff)\\b (?:(?:has |have )?told (?:me|us)|said|says?|insists?|reckons?|think|thinks|claims?|mentioned|noticed)\\b(?!.{0,30}\\b(?:spots?|places?|slots?|availab\\w*)\\b)',
    ),
    3,
  ],
  // Care on weekdays asked in general ("do you have any weekday care?", "is there childcare during the week?").
  [
    'knowledge',
    w(
      '\\b(?:weekdays?|during the week|monday to friday|mon-fri)\\b.{0,30}\\b(?:care|childcare|daycare|drop(?:-| )?off)\\b|\\b(?:care|childcare|daycare)\\b.{0,30}\\b(?:on weekdays|during the week|weekdays?)\\b',
    ),
    5,
  ],
  // A complaint said outright ("I want to file a complaint", "I need to make a complaint about a staff member") is a
  // complaint whatever it names (staff, a booking); "how do I make a complaint?" stays a question.
  [
    'complaint',
    w(
      "\\b(?:want|wanna|need|would like|'d like|wish|going|have) to (?:make|file|lodge|submit|raise|register|put in) (?:a |an )?(?:formal |official )?complaint\\b|\\b(?:i|we) (?:want|need|would like|'d like|wish|have) to complain\\b|\\b(?:i|we)(?:'m| am|'re| are) (?:making|filing|lodging|submitting) (?:a |an )?(?:formal )?complaint\\b|\\bthis is a (?:formal )?complaint\\b",
    ),
    7,
  ],
  // The service itself called broken: "your booking system is a joke", "the app never works".
  [
    'complaint',
    w(
      '\\b(?:system|app|bot|service|website|site|process|booking system|chatbot)\\b.{0,12}\\b(?:is|was|are|s) (?:a |such a |an absolute |a total |complete )?(?:joke|rubbish|garbage|nightmare|disaster|shambles|broken)\\b|\\b(?:system|app|bot|service|website|site|booking)\\b.{0,12}\\b(?:never|doesn\\x27?t|does not|didn\\x27?t|did not|won\\x27?t) work|\\bfed up with (?:this|you|the)\\b|\\b(?:this|it|your \\w+) sucks\\b',
    ),
    4,
  ],
  // Something went wrong at a point: an injury noticed after care, turned away although booked.
  [
    'complaint',
    w(
      "\\b(?:came back|came home|picked (?:him|her|them) up)\\b.{0,40}\\b(?:scratch\\w*|bruis\\w*|bitten|injur\\w*|hurt|cut)\\b|\\b(?:(?:said|says|told (?:us|me)) (?:there was|there's|there is) no (?:booking|reservation|record)|when (?:we|i) (?:arrived|got there|turned up|showed up)\\b.{0,40}\\bno (?:booking|reservation|record|place)|turned (?:us|me) away|(?:said|says) (?:i|we) (?:had|have) no booking|couldn'?t find (?:my|our) booking|door was (?:closed|locked))\\b",
    ),
    3.5,
  ],
  // The point let the family down and nobody said so: "started 40 minutes late and no one told us".
  // ("Nobody told us anything here" after a question on vitamin D drops is an expat's gap in advice in China, not a lapse;
  // nor is "Nobody told me at the hospital here" — the hospital's, not the point's: round 37.)
  [
    'complaint',
    w(
      "\\b(?:no one|nobody|no-one) (?:told|informed|called|warned|contacted|rang) (?:us|me)\\b(?! (?:anything |much |about (?:it|that|this) )?(?:here|in (?:china|xiamen|this country)|(?:at|in) (?:the )?(?:hospital|clinic|maternity|check-?ups?|health (?:centre|center|check))s?)\\b)|\\b(?:didn'?t|did not|never) (?:tell|inform|call|warn|contact) (?:us|me)\\b|\\bwithout (?:telling|informing|warning) (?:us|me)\\b|\\b(?:started|opened|was|were) (?:\\d+ (?:minutes?|mins?|hours?) |an hour |half an hour |really |very |so )?late\\b.{0,40}\\b(?:no one|nobody|didn'?t|never|no apology)\\b|\\bkept (?:us|me) waiting\\b",
    ),
    4,
  ],
  // A lapse at a point told without the word complaint ("let my son walk out with another family's grandma before anyone
  // noticed. I need to know how that happened."): a grievance for staff, whatever day or point it names.
  [
    'complaint',
    w(
      '\\b(?:before|until) (?:anyone|anybody|someone|somebody|any of the staff|(?:the |a )?(?:staff|carers?|teachers?)) (?:noticed|reali[sz]ed|saw|spotted)\\b|\\b(?:no one|nobody|no-one) (?:noticed|was watching|was looking|was paying attention)\\b|\\b(?:i|we) (?:need|want|demand|deserve) (?:to know|an explanation of|an answer on) (?:how|why) (?:that|this|it) (?:happened|was allowed|could happen)\\b|\\blet (?:my|our) (?:son|daughter|child|kid|baby|boy|girl|toddler|little one) (?:walk|wander|go|leave|run) (?:out|off|away)\\b',
    ),
    4,
  ],
  // Asking to have a record put right ("who do I speak to about getting a no-show taken off?"): only staff can, so a person.
  [
    'human',
    w(
      '\\bwho (?:do|can|should|would) (?:i|we) (?:speak|talk|write) (?:to|with) about (?:getting|having|changing|fixing|correcting|removing|sorting)\\b|\\b(?:get|getting|have|having) (?:a |the |that |this |my |our |his |her )?(?:no-?shows?|strikes?|marks?)(?: record)? (?:removed|taken off|cleared|reversed|wiped|deleted)\\b',
    ),
    10,
  ],
  // Collecting before the session ends ("if I book Saturday morning, can I pick her up after two hours?"): a question about
  // the session, not a booking or a search for the day it names.
  [
    'knowledge',
    w(
      '\\bpick (?:\\w+ )?up (?:early|earlier|after (?:an?|one|two|1|2) hours?)\\b|\\bcollect (?:\\w+ )?(?:early|earlier|after (?:an?|one|two|1|2) hours?)\\b|\\b(?:only|just) (?:stay|leave (?:him|her|them))\\b.{0,12}\\b(?:an? hour|one hour|two hours|2 hours)\\b',
    ),
    6,
  ],
  // Whether points open over a public holiday ("are the points open over Chinese New Year?", "closed on National Day?"):
  // the holiday rule, not a search for the day.
  [
    'knowledge',
    w(
      "\\b(?:open|closed?|closing|running|operating)\\b.{0,30}\\b(?:public holidays?|bank holidays?|chinese new year|lunar new year|cny|spring festival|national day|golden week|mid-autumn|dragon boat|new year'?s(?: day| eve)?|holidays)\\b|\\b(?:public holidays?|bank holidays?|chinese new year|lunar new year|cny|spring festival|national day|golden week|holidays)\\b.{0,30}\\b(?:open|closed?|closing|running|operating)\\b",
    ),
    6,
  ],
  // Leaving the waitlist or asking one's place in it: the family's bookings (each waitlist place with its number and a
  // button to leave), not a new waitlist request.
  [
    'my_bookings',
    w(
      '\\b(?:forget|scrap|skip|ditch|forget about|never ?mind) (?:the |my |our |that |this )?(?:wait ?list|waiting list|queue)\\b|\\b(?:take|get|remove|drop) (?:me|us|him|her|them|[a-z]+) (?:off|from) (?:the |that |this )?(?:wait ?list|waiting list|queue)\\b|\\b(?:leave|quit|exit|cancel|drop) (?:the |my |our |that |this )?(?:wait ?list|waiting list|waitlist spot|waitlist place)\\b|\\b(?:what|which) (?:number|position|place) (?:am i|are we|is (?:he|she|[a-z]+)) (?:on|in)\\b|\\bwhere (?:am i|are we|is (?:he|she|[a-z]+)) (?:on|in) the (?:wait ?list|waiting list|queue)\\b|\\bmy (?:waitlist |queue )?position\\b',
    ),
    8,
  ],
  // Who holds a place now, asked after a cancel or a move ("so who's going on Sunday now?", "who is booked for Saturday?"):
  // the family's bookings, not a search.
  // A confirmation that never came ("I booked Saturday but never got a confirmation. Did it go through?"): the family's
  // bookings show whether it did — not a search for that day (round 36).
  [
    'my_bookings',
    w(
      "\\b(?:never|didn'?t|did not|haven'?t|have not|not yet) (?:got|get|gotten|received?|seen?) (?:a |an |any |the |my )?(?:confirmation|confirm\\w*|booking (?:message|text|email|reference))\\b|\\bdid (?:it|my booking|the booking|that) (?:actually |really |even )?(?:go through|work|get through)\\b|\\b(?:is|was) (?:my |the |our )?booking (?:actually |really )?(?:confirmed|through)\\b",
    ),
    8,
  ],
  ['my_bookings', w("\\bwho(?:'s| is| are)? (?:going|booked|coming|in|signed up)\\b(?!.{0,20}\\b(?:allowed|can|may|eligible)\\b)"), 7],
  // "and the same for his sister", "same one for the other kid too": the session just booked, for the sibling.
  [
    'book',
    w(
      '^(?!.*\\b(?:is|does|would|will|was|are) (?:it|that|this|the rule)\\b)(?:.*\\b)?(?:the )?same (?:one |session |slot |place |time |thing )?(?:for|with) (?:his|her|their|the|my) (?:other (?:one|kid|child)|sister|brother|sibling)\\b',
    ),
    8,
  ],
  // After cancelling one child's place, whether the other's stands ("and Emma's is still on, right?", "Noah's still booked?").
  ['my_bookings', w("^(?:and |so |but )?[a-z]+'s (?:one |place |spot |booking )?(?:is )?still (?:on|there|booked|ok|okay|fine|going ahead|valid)\\b"), 6],
  // The service failed a family who had booked: "we got turned away", "double-booked us", "not acceptable".
  [
    'complaint',
    w(
      "\\b(?:got|were|was|been|being) (?:turned|sent) (?:away|home)\\b|\\bdouble[- ]?book(?:ed|ing)\\b|\\b(?:not|isn'?t|is not) (?:acceptable|ok(?:ay)?|good enough)[.!]*$|\\bnot acceptable\\b",
    ),
    4,
  ],
  // A booking the point dropped or refused, told as a story: "they cancelled it on us twenty minutes before", "no message,
  // nothing", "cancelled without telling us" — a grievance for staff, not a cancel request.
  [
    'complaint',
    w(
      "\\bcancell?ed (?:it |the (?:booking|session|class) |our (?:booking|place|session) |my (?:booking|place) )?on us\\b|\\bno (?:message|call|text|notice|warning),? (?:nothing|no (?:call|message|text|nothing))\\b|\\bcancell?ed\\b.{0,30}\\bwithout (?:any )?(?:notice|warning|a message|telling us|telling me|letting us know)\\b|\\bwouldn'?t (?:let us in|take (?:him|her|them|us))\\b|\\bgave (?:our|my) (?:place|spot|slot) (?:away|to someone else)\\b",
    ),
    5,
  ],
  // A person asked for in other words: "let me talk to someone", "an actual human", "a real person please".
  [
    'human',
    w(
      '\\blet me (?:talk|speak|chat) (?:to|with)\\b|\\b(?:an? )?(?:actual|real|live) (?:human|person|people|staff)\\b|\\b(?:get|have|request|arrange|want|need|like) (?:a )?call ?back\\b|\\bcall (?:me )?back\\b|\\bring me\\b',
    ),
    4,
  ],
  // "what else do I have booked?", "what have we got booked", "what bookings do I have now?", "which reservations have we
  // got", "what have the kids got booked?", "what has Emma got booked": the family's bookings.
  [
    'my_bookings',
    w(
      "\\b(?:what|which) (?:bookings?|reservations?|sessions|places|spots) (?:do|have|did) (?:i|we) (?:currently |still |now )?(?:got|have|hold|made|booked)\\b|\\bwhat (?:else )?(?:do|did|have) (?:i|we) (?:still )?(?:got |have |already )?booked\\b|\\bwhat (?:else )?(?:is|have i|have we) (?:got )?booked\\b|\\bwhat(?:'s| is) (?:still )?booked for\\b|\\bwhat (?:else )?(?:do|did|have|has|does) (?:the |my |our )?(?:kids|children|twins|boys|girls|[a-z]+ and [a-z]+|[a-z]+) (?:still )?(?:got |have |already )?booked\\b",
    ),
    5,
  ],
  // "Where and when is it again?", "when was it again?" after booking: the booking's day and place, looked up.
  [
    'my_bookings',
    w(
      '^(?:so |and |sorry,? |ok,? )?(?:where and when|when and where|where|when|what time) (?:is|was) (?:it|that|ours|hers|his)(?: on)? again\\b|^(?:so |and |sorry,? |ok,? )?(?:where and when|when and where) (?:is|was) (?:it|that)\\b',
    ),
    6,
  ],
  // ── cancel: acting now vs. asking about the rules ──
  // ("time to drop it?" about the nap, the bottle or the dummy is dropping a habit, not a booking — round 32.)
  // ("is there any reason the baby can't go outside?" during 坐月子: going out, to sleep or in the water is the child's day, not a booking — round 50.)
  ['cancel', w('\\b(cancel|cancell?ed|cancelling|canceling|cancellation)\\b'), 2.5],
  [
    'cancel',
    w(
      "\\b(?:cancel|call off)\\b (?:my|the|this|that|it|our|his|her|both|all my|booking|reservation|saturday|sunday|tomorrow)|\\bdrop\\b (?!(?:\\w+ ){0,2}off\\b)(?!it\\b.{0,40}\\b(?:naps?|napping|bottles?|dummy|pacifier|swaddl\\w*|night feeds?)\\b)(?<!\\b(?:naps?|napping|bottles?|dummy|pacifier|swaddl\\w*|night feeds?)\\b.{0,80}\\bdrop )(?<!\\b(?:time|ready|when|how|old enough) to drop )(?!(?:my|our|the|his|her) (?:little |baby |older |younger )?(?:son|daughter|kids?|child|children|baby|boy|girl|toddler|twins|little one)\\b(?!['’]s))(?:my|the|this|that|it|our|both|all my|booking|reservation|saturday|sunday|tomorrow)|\\b(?:please|pls|plz) cancel\\b|\\b(?:want|need|like|have) to cancel\\b|\\bcan you cancel\\b|\\bcould you cancel\\b|\\bcan'?t make it\\b|\\bwon'?t make it\\b|\\bcan'?t come\\b|\\bcan'?t go\\b(?! (?:out|outside|outdoors|anywhere|to sleep|back to sleep|down|for a walk|in the (?:sun|sea|water|pool)|swimming|on (?:a |the )?(?:plane|flight|beach))\\b)|\\bwon'?t be (?:able to )?(?:coming|able to come|there)\\b",
    ),
    1.5,
  ],
  [
    'knowledge',
    w(
      '\\bcancel\\w*\\b.{0,30}\\b(policy|rules?|deadline|in advance|penalt\\w*|fee|charge|later|afterwards|hours? before|limit|what happens|consequences?|banned|blacklist|strikes?|without (?:a |any |getting |being |it )?(?:strike|mark|penalt\\w*|charge|fee|counted|counting|no-?show))\\b|\\b(how (?:late|long before|early|far in advance)|if i|what if i|what happens if i|is it ok to|am i allowed to)\\b.{0,25}\\bcancel|\\bno[- ]shows?\\b|\\bcancel(?:lation)? (?:deadline|cut-?off|window)\\b|\\b(?:what time|when|how late|by when) (?:do|must|should|can|would) (?:i|we) (?:have to |need to )?cancel\\b|\\bcancel (?:it |a booking |my booking |the booking )?by\\b|\\bhow (?:do|can|would|to) (?:i |we )?cancel\\b|\\bcan i (?:still )?cancel (?:it )?(?:later|afterwards|anytime|any time|for free)\\b',
    ),
    4.5,
  ],
  // A cancellation, a complaint or the staff named as the topic of a question, not asked for:
  // "what's the cut-off for cancelling", "are sessions cancelled automatically?", "if I make a complaint, when will I hear back?",
  // "do staff take photos?"; and a session the point may call off, "how would we even hear about it if it's cancelled"
  // (the point's cancelling, not the parent's: round 53).
  [
    'knowledge',
    w(
      "\\bif (?:it|they|the (?:session|class|care|point|centre|center))(?:'s|'re| is| are| gets?| got| has been| have been| was| were)? (?:cancell?ed|called off)\\b|" +
        '\\bcut-?off\\b.{0,25}\\bcancel|\\bcancel\\w*\\b.{0,25}\\bcut-?off\\b|\\b(?:are|will|would|do|does|get|gets) (?:the |my |our |all )?(?:sessions?|classes|bookings?|care|it|they|things)\\b.{0,12}\\b(?:cancell?ed|called off)\\b|\\bis (?:the |it |care |a )?(?:session|class|care|it)?\\s?(?:still )?(?:cancell?ed|called off)\\b.{0,30}\\b(?:typhoon|storm|rain\\w*|weather|holiday)\\b|\\bautomatically cancel\\w*|\\bcancell?ed automatically\\b|\\blate cancel\\w*|\\bcancel\\w*\\b.{0,30}\\b(?:ban|banned|suspended|blocked)\\b',
    ),
    5,
  ],
  [
    'knowledge',
    w(
      '\\bhow (?:long|quickly|soon|fast)\\b.{0,30}\\b(?:deal|handle|answer|reply|respond|sort|look into|take)\\b.{0,20}\\bcomplaints?\\b|\\bcomplaints?\\b.{0,20}\\bhow (?:long|quickly|soon|fast)\\b|\\bif (?:i|we) (?:make|file|lodge|submit|raise|send|have) (?:a |an )?(?:complaint|complain)|\\bhow (?:do|can|would|should) (?:i|we) (?:make |file |lodge |submit |raise )?(?:a )?complain\\w*|\\bcomplaints? (?:process|procedure|policy|line|channel)|\\bwhere (?:do|can|should) (?:i|we) (?:complain|send a complaint)|\\bhear back\\b|\\bhow long (?:does|do|will) (?:a |the )?complaints? take\\b',
    ),
    5.5,
  ],
  [
    'knowledge',
    w(
      '\\b(?:do|does|are|is|will) (?:the |your )?(?:staff|teachers?|carers?|caregivers?|workers?)\\b(?! (?:call|contact|ring|phone|talk|speak|get back|book|cancel|help me|reserve))|^(?:do|does|are|is|will|can|could|would|should|what|how|when|where|who)\\b.*\\b(?:photos?|pictures?|videos?|filming|film|photograph\\w*)\\b|\\b(?:photos?|pictures?|videos?|filming|film|photograph\\w*)\\b.*\\?|\\bwhat time (?:do|does) (?:the )?(?:staff|teachers?) (?:leave|finish|go home|start)\\b',
    ),
    3.5,
  ],
  // What the carers will do for the child ("Can the staff give my son his antibiotic at lunchtime?", "could the carers change
  // her nappy?", "can staff warm up milk?"): a question about the service, not a request for a person (round 38).
  [
    'knowledge',
    w(
      '\\b(?:can|could|would|will) (?:the |your )?(?:staff|carers?|teachers?|caregivers?|workers?)(?: members?)? (?:give|administer|feed|change|put|apply|heat|warm|reheat|store|keep|refrigerate|look after|handle|deal with|manage|help (?:him|her|them|my \\w+) (?:with|to|sleep|nap|eat|drink))\\b',
    ),
    3.5,
  ],
  // ── my bookings ──
  [
    'my_bookings',
    w(
      "\\bmy (bookings?|reservations?|appointments?|schedule|sessions|slots)\\b|\\bwhat (?:have|did) i (?:book|booked|reserve)\\b|\\bcheck (?:on )?my (?:booking|reservation)s?\\b|\\b(upcoming|current|existing) (?:bookings?|reservations?)\\b|\\bdid my booking\\b|\\bam i booked\\b|\\bis my booking\\b|\\bbooking status\\b|\\blist (?:my |all )?bookings\\b|\\bwhat(?:'s| is) booked\\b|\\bwhen is my (?:booking|slot|reservation|appointment|session)\\b|\\bdid (?:it|that|the booking) go through\\b|\\bam i (?:confirmed|registered for)\\b",
    ),
    3,
  ],
  // "我订的是几点", "我约的那个在哪", "what did I book": asking about a booking already made, not making one.
  [
    'my_bookings',
    w(
      '\\bwhat (?:have|did) i (?:book|booked|reserve)\\b|\\bwhere is my (?:booking|session|slot|reservation|appointment)\\b|\\bwhat time is my\\b|\\bthe (?:one|session|place) i (?:booked|reserved)\\b',
    ),
    1.5,
  ],
  // ── waitlist ──
  [
    'join_waitlist',
    w(
      '\\b(wait ?list|waiting list|waitlisted|wait-list)\\b|\\bput (?:me|us|him|her) on (?:the|a) (?:list|queue)\\b|\\bnotify me\\b|\\blet me know (?:if|when) (?:a |any )?(?:spot|slot|place|space|opening)\\b|\\bjoin the (?:queue|line)\\b|\\bget in line\\b|\\bqueue\\b',
    ),
    3,
  ],
  [
    'knowledge',
    w(
      // ("what's the waitlist like?": how it works, asked — round 53.)
      "\\bwhat(?:'s| is) (?:the |your )?(?:wait ?list|waiting list) like\\b|" +
        "\\b(?:chances?|odds|likely) (?:on|of|for|with|from|off) (?:the |a |getting (?:a (?:spot|place) )?(?:off |from )?(?:the )?)?(?:wait ?list|waiting list)\\b|\\bwhy (?:is|are) there (?:always |so often |often )?(?:a |such a )?(?:wait ?list|waiting list|queue)\\b|\\bwhat does (?:the |a |this |that )?['\"‘“]?hold['\"’”]? mean\\b|\\bwhat(?:'s| is) (?:a |the |this |that )?['\"‘“]?hold['\"’”]?(?= ?\\?| mean)|\\bhow (?:do|does|will) (?:you|they|the (?:system|point|points|assistant|staff)) (?:decide|choose|pick) who\\b|\\bwho gets (?:the|a|that) (?:spot|place|slot|space)\\b|\\bhow (?:does|do|will) (?:the )?(?:wait ?list|waiting list|queue)\\b|\\b(?:wait ?list|waiting list) (?:rules|policy|work|works|order)\\b|\\bhow long (?:is|does|will)\\b.{0,20}\\b(?:wait ?list|waiting list|queue)\\b|\\bhow (?:are|do) (?:waitlist )?(?:spots|places) (?:given|allocated|assigned)\\b|\\bhow long\\b.{0,30}\\b(?:accept|confirm|respond|reply|claim|take it)\\b|\\b(?:accept|confirm|claim)\\b.{0,30}\\bhow long\\b|\\b(?:do|will|would) (?:i|we) (?:lose|miss|forfeit) (?:it|the (?:spot|place|slot|offer))\\b|\\bif (?:i[\\x27’]?m|we[\\x27’]?re|i am|we are) (?:on|in) (?:the |a )?(?:wait ?list|waiting list|queue)\\b|\\bif (?:i|we) (?:join|get on|go on) (?:the |a )?(?:wait ?list|waiting list|queue)\\b|\\b(?:will|would|do|does) (?:you|they|the (?:system|assistant|staff|point|bot)) (?:notify|tell|message|text|inform|let) (?:me|us)\\b.{0,30}\\b(?:when|if|once)\\b.{0,30}\\b(?:spot|place|slot|space|opening|opens|frees|comes up)",
    ),
    4,
  ],
  // A waitlist place the family already holds, asked about or left ("did we get a spot at Jiangtou or are we still
  // waiting?", "take us off the Qianpu waitlist", "my waitlist"): the family's bookings, where each waitlist place shows
  // its number and a button to leave — not a new waitlist request or a search.
  [
    'my_bookings',
    w(
      '\\b(?:take|get|remove|pull|drop) (?:us|me|him|her|them|[a-z]+) (?:off|out of|from) (?:the |that |this |our |my |his |her )?(?:[a-z]+ )?wait ?list\\b|\\b(?:leave|quit|drop out of|come off|get off) (?:the |that |this |our |my )?(?:[a-z]+ )?wait ?list\\b|\\bor (?:are|is) (?:we|i|he|she|they) still (?:waiting|on the (?:wait ?list|list))\\b|\\bstill on the wait ?list\\b|\\bmy wait ?list\\b|\\bdid (?:we|i|he|she|they) get (?:a|the|that) (?:spot|place|space)\\b',
    ),
    8,
  ],
  // Evening or overnight care ("is there any evening care? like Saturday 6 to 9pm"): a question the service answers
  // (sessions end by late afternoon), not a search that quietly returns the afternoon.
  [
    'knowledge',
    w(
      '\\b(?:evening|night|overnight|night-?time)\\s+(?:care|childcare|babysitting|sitting|sessions?)\\b|\\b(?:care|childcare|babysit[a-z]*)\\b.{0,30}\\b(?:in the evenings?|at night|overnight|(?:[6-9]|1[01])\\s*(?:pm|p\\.m\\.)|(?:[5-9]|1[01])\\s*(?:to|-|–)\\s*(?:[6-9]|1[0-2])\\s*(?:pm|p\\.m\\.))',
    ),
    6,
  ],
  // ── reminders ──
  [
    'remind_opening',
    w(
      '\\b(?:remind|notify|tell|message|ping) me (?:when|once|as soon as) (?:booking|bookings|it|they|the session|the sessions|those|that)\\b.{0,20}\\bopens?\\b|\\blet me know when (?:booking|it|they|bookings?) opens?\\b|\\bremind me\\b(?! (?:of|about|to|what))',
    ),
    5,
  ],
  // ── children ──
  // ("my 18 month old bit another child today": another child acted on or played with is the story, not a child to add — round 50.)
  [
    'register_child',
    w(
      "\\bregister (?:my |a |another |our |one more |the )?(?:two |three |2 |3 |both )?(?:child|kid|son|daughter|baby|toddler|children|kids|little one|little ones|sons|daughters|twins)\\b|\\badd (?:my |a |another |our |one more |the )?(?:child|kid|son|daughter|baby|toddler|second child)\\b|(?<!\\b(?:bit|bites|biting|bitten|hit|hits|hitting|pushed|pushes|pushing|scratched|scratches|kicked|kicks|hurt|hurts|grabbed|with|from|to|at|by|than|like|of|and) )\\b(new|another|second) child\\b|\\bchild(?:'s)? (?:profile|details)\\b|\\b(sign up|create an account|create a profile)\\b",
    ),
    3,
  ],
  // ("我已经register过了", "already registered": a registration told as done is the setting, not one asked for; round 43.)
  ['register_child', w('(?<!已经\\s?|already\\s)\\bregister\\b(?!\\s*(?:过|了|好了))'), 1.5],
  [
    'list_children',
    w(
      "\\b(?:list|show|see|view|check)\\b (?:me )?(?:my |all |the )?(?:registered |saved )?(?:children|kids|child profiles|children's profiles)\\b(?!['’])|\\b(?:which|what) (?:children|kids) (?:have i|did i|are)\\b|^(?:my )?(?:registered )?(?:children|kids)(?: list)?\\s*\\??$|\\bwho (?:have i|did i) (?:register|add)\\w*\\b|\\bhow many (?:children|kids) (?:have i|did i) (?:register|add)\\w*\\b",
    ),
    3,
  ],
  // ── booking ──
  // ("she just chews the book", "her favourite book": a book the child holds, after an article or a possessive, is no booking.)
  // ("Bath, book, bed doesn't work": a book in a list of bedtime steps is read, not booked — round 37.)
  // ("can we take the baby outside during that month?": taking the child somewhere is an outing asked about, not "take the 10am one" — round 38.)
  // ("do we take the nappy off at night too?": taking something off or away is no pick from a list — round 51.)
  [
    'book',
    w(
      "(?<!picture |\\b(?:the|a|her|his|their|its|my|our|this|that|board|cloth|bath|story|baby|favou?rite|new|one|every) )(?<!\\b(?:bath|milk|teeth|pyjamas|pajamas|cuddles?|songs?)[,/ ]+(?:and |then )?)\\b(book|reserve|enrol|enroll|enrolling)\\b(?! (?:club|store|shop))(?![,/ ]+(?:and |then )?(?:bed|bedtime|sleep|lights out|cuddles?|songs?)\\b)|\\bsign (?:[a-z]+ ){1,3}up\\b|\\bsign up for\\b|\\bi'?ll take\\b|\\btake (?:it|that|this|that one|this one|the)\\b(?! (?:baby|babies|child|children|kids?|toddler|little one|newborn|boy|girl|son|daughter|twins|dummy|pacifier|bottle|temperature|medicine|pram|stroller|nappy|nappies|diaper|diapers|pull-?ups?)\\b)(?! (?:\\w+ ){0,2}(?:off|away)\\b)|\\bgrab (?:it|that|a|one|the)\\b|\\bsecure (?:a|the|that)\\b|\\bget (?:me |us )?(?:a |that |the )?(?:spot|slot|place)\\b|\\b(?:that|this) one\\b|\\bschedule (?:a|me|us|him|her)\\b|\\blet'?s do\\b|\\bgo with\\b",
    ),
    3.2,
  ],
  ['book', w('\\b(booking|reservation|appointment)\\b'), 1],
  // "the one at Jiangtou", "江头那个吧": picking an item from the list by its place.
  ['book', w("^(?:(?:ok|okay|then|so|i'?ll take|i want|book|let'?s do) )?the one (?:at|in|near|on|by|from)\\b"), 3.2],
  ['book', w('\\b(?:book|reserve|grab|get) (?:me |us )?(?:a|an|one|that|this) (?:[a-z-]+ )?(?:slot|spot|place|session|class)\\b'), 2.5],
  // "can you hold one for me now?", "save us a spot": a place asked to be kept — a booking (the list says if it can be yet).
  [
    'book',
    w(
      '\\b(?:hold|save) (?:(?:me|us) )?one(?= for (?:me|us|him|her|them)\\b|(?: now| then| please)*\\s*[?.!]*$)|\\b(?:hold|save|keep) (?:(?:me|us) )?(?:a|one) (?:place|spot|seat|slot)\\b',
    ),
    3,
  ],
  // ── searching ──
  [
    'find_slots',
    w(
      "\\bany (?:[a-z-]+ ){0,2}(?:slots?|spots?|spaces?|places?|openings?|availability|vacanc\\w*|room|sessions?|classes|childcare|care)\\b|\\bare there (?:any )?\\w+|\\b(slots?|(?<!(?:brown|white|red|black|dark|yellow|pink|purple|grey|gray|sore|dry|rough|tiny|little|flat|raised|bald|soft|parking) )spots?|openings?|places?|spaces?|sessions?|vacanc\\w*) (?:available|left|open|free|for|on|this|next|at|in)\\b|\\b(available|availability|vacancy|vacancies)\\b|\\bis there (?:any )?(?:room|space|a spot|a slot|a place|an opening)\\b|\\bwhat(?:'s| is) (?:available|open)\\b|\\b(?:find|search|look(?:ing)? for|need|want) (?:a |some |an )?(?:childcare|child care|care|daycare|day care|babysit\\w*|slot|spot|place|session|class|sitter)\\b|\\bfree (?:slots?|spots?|places?|spaces?)\\b|\\b(?:are|is) .{0,20}(?:full|booked up|fully booked)\\b|\\bwhen can (?:i|we) (?:bring|drop|send|come)\\b|\\bwhere can (?:i|we) (?:bring|take|send|drop)\\b|\\b(?:what|which) (?:times|days|sessions|slots|points|centres|centers)\\b|\\boptions\\b|\\bshow me (?:the |some )?(?:slots|options|sessions|times|places)\\b|\\bdo you have (?:any )?(?:space|spots?|slots?|room|places?|sessions?|classes|openings?)\\b|\\bcan (?:i|we) (?:bring|drop off|come)\\b|\\b(?:drop|leave) (?:\\w+ ){1,2}off\\b|\\bdrop[- ]off (?:care|childcare)\\b|\\bopen (?:on|this|next)\\b",
    ),
    2.5,
  ],
  [
    'find_slots',
    w(
      '\\b(slots?|(?<!(?:brown|white|red|black|dark|yellow|pink|purple|grey|gray|sore|dry|rough|tiny|little|flat|raised|bald|soft|parking) )spots?|openings?|childcare|child care|daycare|babysitting|babysitter)\\b',
    ),
    1.5,
  ],
  // ── knowledge: the service's rules ──
  [
    'knowledge',
    w(
      '\\b(hukou|residency|non-local|eligible|eligibility|qualify|requirements?|polic(?:y|ies)|rules?|ratio|insurance|cctv|privacy|personal (?:data|information|info)|opening hours|address|parking|age (?:limit|range|requirement)|how old|too young|too old|documents?|cost|costs|price|fees?|charges?|paid|pay)\\b|(?<!\\b(?:any|anything|something|nothing|anywhere|still) )\\bfree(?! (?:slots?|spots?|places?|spaces?|sessions?|time|on|this|next|tomorrow|today|sat|sun|weekend|to talk))\\b|\\bwhat (?:should|do|does|must|to) (?:i|we|she|he|they|(?:my|our) \\w+ )?\\s*(?:bring|need|prepare|pack)\\b|\\bneed to bring\\b|\\bbring anything\\b|\\bhow many (?:staff|teachers|carers|kids|children|adults)\\b|\\b(?:staff|teachers?|carers?|caregivers?) (?:qualif\\w*|trained|training|background|checked)\\b|\\bis it safe\\b|\\bsafety\\b|\\bwhat time (?:do you|does it|do they) (?:open|close)\\b|\\b(?:what time|when) (?:does|do|will) (?:the |it |they )(?:[a-z]+ ){0,3}(?:start|begin|finish|end|open|close)\\b|\\bwhen (?:does|do|will) (?:it|they) (?:start|begin|finish|end|open|close)\\b|\\bhow long (?:is|are|can)\\b|\\bwhere (?:is|are) (?:the|your)\\b|\\bwhat is (?:this|the service|ailin|aerlin)\\b|\\bcan (?:my|a|an) \\S+(?: \\S+){0,3} (?:join|attend|go|come|use|participate)\\b|\\bdo (?:parents|i|we) (?:have to|need to) stay\\b|\\bstay with\\b|\\b(meals?|snacks?|lunch)\\b|\\bwho can\\b|\\bdo i need\\b|\\bsick\\b',
    ),
    3,
  ],
  // Rules of the service asked in passing, phrased around a booking word ("提前几天能约", "一个月能约几次", "迟到了还能进吗").
  [
    'knowledge',
    w(
      "\\bhow (?:far|early|long|many (?:days|weeks|hours)) (?:in advance|ahead|before)\\b|\\bwhen (?:can i|do i|does) (?:start )?book\\w*|\\bbooking (?:opens?|window)\\b|\\bhow (?:many times|often) can\\b|\\bevery weekend\\b|\\b(?:running|arrive|arriving|are|am|be|get there) (?:a bit |a little |\\d+ (?:min|mins|minutes) )?late\\b|\\bif (?:i'?m|we'?re) late\\b|\\bresched\\w*|\\b(?:change|move|switch) (?:my|the|our|this|that) (?:booking|reservation|session|slot)\\b|\\b(?:my|our|your|his|her|the kids?'?) (?:data|info|information|details|photos?)\\b|\\bparking\\b|\\b(?:easy|where|somewhere) to park\\b|\\bpark (?:the|my|a) car\\b|\\b(?:a |as a |i'?m a |i am a )(?:dad|father)\\b|\\btoo old\\b|\\btoo young\\b|\\b(?:live|living) in \\w+.{0,30}\\bwork\\w*\\b",
    ),
    4.5,
  ],
  // The booking window asked about ("how many days ahead can I book a session?"): a rule, even beside "book a session".
  // (Below: twins named as whom a booking is for — "could I book Saturday 19 December for the twins?" — ask for that booking.)
  [
    'knowledge',
    w('\\bhow (?:far|early|soon|many (?:days|weeks)) (?:in advance|ahead|before(?:hand)?)\\b|\\bwhen (?:does|do|will) (?:the )?booking(?:s| window)? open\\b'),
    6,
  ],
  [
    'knowledge',
    w(
      '\\bwalk[- ]?ins?\\b|\\bwithout (?:a )?(?:booking|reservation|appointment)\\b|\\bdo (?:i|we) (?:need|have) to (?:book|reserve|register)\\b|\\b(?:opening|business) hours\\b|\\bwhat time (?:do|does|is) .{0,20}\\bopen\\b|\\b(?:brother|sister|sibling|siblings|(?<!\\bfor (?:the |my |our |both )?)twins)\\b|\\b(?:speak|speaks) (?:english|chinese|mandarin)\\b|\\bfull[- ]?day\\b|\\bovernight\\b|\\bdeposit\\b|\\bhow long can\\b',
    ),
    4.5,
  ],
  // ── knowledge: parenting ──
  [
    'knowledge',
    w(
      "\\b(vaccin\\w*|immuni[sz]\\w*|shots|fever|temperature|cough\\w*|runny nose|sleep\\w*|naps?|napping|bedtime|night wak\\w*|wakes? up|solids?|weaning|formula|breast\\w*|pump(?:ed|ing)|expressed milk|thaw\\w*|bottle|milk|tantrums?|meltdowns?|hitting|biting|separation anxiety|settl(?:e|ing) in|screen ?time|tv|ipad|tablet|teeth|teething|constipat\\w*|diarrh\\w*|poop\\w*|eczema|allerg\\w*|rash|vomit\\w*|spit(?:ting)? up|height|weight|growth|develop\\w*|milestones?|speech|first words|potty|toilet|diapers?|nappy|nappies|picky|fussy|won'?t eat|not eating|jaundice|pacifier|dummy|thumb|discipline|behaviou?r|choking|sunscreen|mosquito\\w*|cold|flu|toys?|reading to|read to|outdoor play|crying|cries|cry|screams?|screaming|screamed|shrieks?|shrieking|jabs?|injections?|grizzly|grumpy|cranky|irritable|siblings?|jealous\\w*|bilingual|languages|new baby|(?:baby )?walkers?|bouncers?|jumperoos?|keeps (?:hitting|biting|pushing|grabbing|throwing|screaming|sitting|trying to (?:sit|climb|hit|bite|grab|pick|hold|push|touch|put|eat|take)))\\b|\\bis (?:it|this|that) normal\\b|\\bshould i\\b|\\bhow (?:(?:do|can|should) i|i(?: should| can| must| have to)?) (?:get|help|stop|make|teach|deal|handle|know|tell|calm|soothe|prepare|cook)\\b|\\bwhen (?:should|can|do|will) (?:i|babies|toddlers|kids|children|my)\\b|\\bwhat age\\b|\\b(?:earliest|minimum|youngest|lowest|min) age\\b|\\bhow much (?:milk|sleep|water|food|formula)\\b|\\bhow many (?:hours|naps|meals|times)\\b|\\bwhy (?:does|is|won'?t|do) (?:my|a|babies|toddlers)\\b|\\bmy (?:baby|toddler|son|daughter|kid|child|boy|girl|little one) (?:won'?t|wont|doesn'?t|keeps|cries|hits|bites|refuses|only|still|can'?t)\\b|\\b(?:not|isn'?t|start(?:ed)?|learn(?:ing)? to) (?:walk\\w*|talk\\w*|crawl\\w*)\\b|\\bany tips\\b|\\bis it (?:ok|okay|alright|safe|normal|fine) (?:to|for|if)\\b|\\b(?:sugar|honey|fruit juice|sweets)\\b|\\b(?:is|are) (?:the |that |this |these )?(?:\\w+ )?(?:ok|okay|alright|safe|fine|bad|good) for (?:him|her|them|babies|toddlers|(?:my|our|a|the) (?:baby|son|daughter|toddler|kid|child|little one))\\b|\\bpierc\\w*|\\bcpr\\b|\\bsensory (?:bin|play)\\b|\\bwhat (?:can|should|do) (?:i|we) do\\b|\\b(?:gets?|getting|is|so) (?:very |really |so )?(?:upset|clingy)\\b|\\badvice\\b|\\btips\\b|\\brecommend(?:ed)? (?:books|toys|activities)\\b",
    ),
    2.5,
  ],
  ['knowledge', w('\\b(why|how come|teachers?|carers?|english[- ]speaking)\\b'), 1],
  // ── small talk ──
  // (An age in years, "1 yo baby", is no "yo!" greeting.)
  ['greeting', w('\\b(hello|hi|hey|hiya|(?<!\\d\\s?)yo|greetings|good morning|good afternoon|good evening|nihao|ni hao|howdy)\\b'), 1.5],
  // ("would putting her to bed later help?", "does it help": whether something works, not a call for the menu — round 32.)
  [
    'help',
    w(
      '\\b((?<!\\b(?:would|will|does|did|might|may) (?!you\\b|u\\b)[^?.!]{1,60})help(?! (?:him|her|them|my (?:son|daughter|baby|boy|girl|toddler|child|kid)|our (?:son|daughter|baby|boy|girl|toddler|child|kid))\\b)|what can you do|how does this work|how do i use (?:this|you)|how to use|commands?|instructions|menu|who are you|what are you|start over|what do you do(?! with)|what services)\\b',
    ),
    2,
  ],
  ['thanks', w('\\b(thanks|thank you|thank u|thx|ty|tks|thankyou|much appreciated|appreciate it|cheers|many thanks)\\b'), 2],
  // ── points, the service, the assistant ──
  [
    'point_info',
    w(
      "\\b(?:where is|where's|where are|where r u|located|how do i get to|how to get to|directions to|how (?:do|can|should|would) (?:i|we) get there|how to get there|how (?:do|can) (?:i|we) find (?:it|them|the place)|address of|phone number of|contact number|(?<!(?:on|at|with|playing|watching|watches) )(?:the|your|its) (?:address|phone)(?! (?:is|was) (?:on|playing))|what(?:'s| is) the (?:address|phone|number)|(?:point|centre|center)'?s (?:phone(?: number)?|number|address|contact))\\b",
    ),
    3.5,
  ],
  // "what time does the second one finish?", "when does the first one start?": a question about a listed session (its
  // times are shown with its point), not a pick to book it — round 35.
  [
    'point_info',
    w(
      '\\b(?:what time|when|how long)\\s+(?:does|do|is|will|would)\\s+(?:the\\s+)?(?:first|second|third|fourth|fifth|last|\\d(?:st|nd|rd|th)?|number \\d|no\\.? ?\\d)(?:\\s+(?:one|session|place|option))?\\s+(?:start|begin|finish|end|close|open|over|last|go (?:on|till|until))\\b',
    ),
    5,
  ],
  // "what will they do with the children at the point all morning?": what happens at a point, not a morning's places.
  [
    'knowledge',
    w(
      '\\bwhat (?:(?:do|will|does|would) )?(?:they|the carers?|the staff|the teachers?) do with (?:the |my |our )?(?:kids|children|babies|toddlers)\\b|\\bwhat (?:activities|kind of activities) (?:do|will|are)\\b',
    ),
    4.5,
  ],
  // "first time she will go to the weekend care… how I prepare her?", "how do we get him ready for nursery?": getting the
  // child ready for a new place, a parenting question — the weekend or the care it names is the setting, not a search.
  [
    'knowledge',
    w(
      '\\bhow (?:do |can |should |could )?(?:i|we) (?:prepare|get) (?:her|him|them|my (?:son|daughter|baby|boy|girl|toddler|child|kid))(?: ready)?\\b|\\bprepar\\w* (?:her|him|them|my (?:son|daughter|baby|boy|girl|toddler|child|kid)) for\\b|\\b(?:settle|settling) (?:her|him|them) in\\b',
    ),
    4.5,
  ],
  // "is there a point near us or only on the island?", "are there any points in Xiang'an?": where the points are, not places.
  [
    'point_info',
    w(
      '\\b(?:is there (?:a |an |any )?(?:care )?(?:point|centre|center)s?|are there (?:any )?(?:care )?(?:points|centres|centers)|any (?:care )?points?) (?:near|in|close to|around|on|outside)\\b|\\bonly on the island\\b',
    ),
    4,
  ],
  // "is Sunday free in Huli?", "Saturday still available?": a day asked about as free is a search for places, not the cost.
  [
    'find_slots',
    w(
      '\\b(?:sat(?:urday)?|sun(?:day)?|weekend|tomorrow|today|morning|afternoon|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?) (?:still )?(?:free|available|open)\\b(?! (?:of charge|or))',
    ),
    4,
  ],
  // The points' amenities, limits per week, a baby's early waking: questions, whatever day or time is named.
  [
    'knowledge',
    w(
      '\\b(?:wifi|wi-fi|toilets?|bathrooms?|restrooms?|changing (?:table|room|station)|nursing room|breastfeeding room|parking|car park|lift|elevator|stroller|pram|buggy|air[- ]?con\\w*)\\b|\\bhow many (?:\\w+ ){0,3}(?:sessions|bookings|times|slots|places)\\b.{0,24}\\b(?:per|a|each|every) (?:week|month|weekend|child|kid)\\b|\\b(?:keeps? |still )?wak(?:e|es|ing)(?: up)? (?:at|early|up|every|too)\\b|\\bearly riser\\b',
    ),
    4.5,
  ],
  // "can my baby go to half-day care on Saturday?": whether the service takes this child, asked about the service itself.
  [
    'can_attend',
    w(
      '\\bcan (?:my|our|a|the) (?:little |baby )?(?:baby|son|daughter|kid|child|toddler|little one|boy|girl|infant)\\b.{0,10}\\b(?:go|come|attend|join|be dropped|be left|start)\\b(?: to| on| at| for)? (?:the |a |an )?(?:half[- ]day|temporary|drop[- ]off|daycare|day care|childcare|child care|care|class|trial|session|point|centre|center|saturday|sunday|weekend)\\b',
    ),
    4.5,
  ],
  // (An age for repellent, sunscreen, a pool or a flight — "from what age can I use DEET", "can my 3 month old go in the
  // pool" — is a parenting question, not whether the points take the child: round 32; so is a highchair, one word or two:
  // round 48.)
  [
    'can_attend',
    w(
      '(?<!\\b(?:sleep[- ]?train\\w*|controlled (?:crying|comforting)|cry(?:ing)? it out|cio|ferber\\w*|potty|toilet[- ]train\\w*|time[- ]?outs?|wean\\w*|solids|baby[- ]led|blw|cow.?s milk|peanuts?|sunscreen|swim\\w*)\\b.{0,120})(?:\\b(?:old enough|too young|what age can|from what age|how old (?:does|do|must|should))\\b|\\bcan (?:a |my )?(?:\\d+|one|two|three|six|nine)[- ](?:month|year)[- ]old (?:come|go|attend|join|use|be (?:dropped|left))\\b)(?!.{0,60}\\b(?:deet|picaridin|repellents?|sunscreen|pools?|swim\\w*|fly|flying|flights?|planes?|beach|sea|high ?chairs?|booster seats?|bumbo)\\b)',
    ),
    3.5,
  ],
  [
    'more',
    w(
      '^(?:(?:ok |okay |and )?(?:more|more (?:options|results|places|please|of them)|any more|anymore|any others?|others|other ones|other options|show (?:me )?more|show (?:me )?(?:the )?others|anything else(?: available)?|what else|next(?: page| ones)?|see more|(?:are there|do you have|got) (?:any )?(?:more|others)))\\s*\\??$',
    ),
    4,
  ],
  // Booking something other than care: a table, a hotel, tickets — a place word or a day must not make it a search.
  [
    'out_of_scope',
    w(
      '\\b(?:book|reserve|get)\\b (?:us |me |a |an |the |two |some )*(?:table|restaurant|hotel|room|flight|taxi|cab|train|tickets?|massage|spa|haircut)\\b|\\b(?:restaurant|hotel|cinema|movie|museum|zoo|aquarium)\\b.{0,30}\\b(?:book|reserve|tickets?|table)\\b',
    ),
    5.5,
  ],
  // Tickets, hours or the way to a sight, a station or the airport ("zengcuoan tickets?", "how do I get to Zhongshan Road",
  // "is the botanical garden open on Sunday"): not a care point, whatever day or place it names.
  [
    'out_of_scope',
    w(
      `(?:${SIGHTS_AND_STATIONS}).{0,12}\\b(?:tickets?|entry fee|admission|opening (?:hours|times)|(?:is|are) (?:it |they )?open|open (?:on|at|until|till)|what time)\\b|\\b(?:how (?:do|can|should) (?:i|we) get to|directions to|tickets? (?:to|for)|how far is|what time does) (?:the )?(?:${SIGHTS_AND_STATIONS})`,
    ),
    5.5,
  ],
  // ── out of scope ──
  [
    'out_of_scope',
    w(
      '\\b(stocks?|shares|bitcoin|crypto|lottery|jokes?|homework|essay|poem|song lyrics|recipe|football|soccer|basketball|nba|horoscope|election|president|politics|news|movie|movies|exchange rate|python|javascript|java|sql|html|programming|translate|translation|math problem|capital of)\\b|\\bselect \\*|drop table|<script|<\\/?[a-z]+>|\\bunion select\\b',
    ),
    3,
  ],
  // What the service is not or does not do (a summer camp, subsidies), how many kinds of class there are, reading picture books:
  // questions, never a search, whatever service word they name.
  // Who may use the service, asked by who the family is ("kids have HK passport and 回鄉證 only. Can we use the free weekend
  // care or only for locals?", "visiting scholar, only passport and visa — can my son still use it?"): the eligibility rule,
  // whatever day or district the story names.
  [
    'knowledge',
    /(?<![a-z])(?:(?:only|just) for (?:locals?|residents?|citizens?|chinese)|for locals? only|locals? only|residents? only|(?:hk|hong kong|macau|macao|taiwan(?:ese)?|foreign|german|french|american|british|korean|japanese|russian|australian|indian) (?:passports?|ids?|families|family|kids|children|people|citizens?)|(?:only|just) (?:have |with )?(?:a |our |the )?(?:passports?|visas?)|passports? and (?:a )?visas?|(?:tourist|visitor|student|work|short[- ]term) visas?|visiting scholars?|(?:are|as|we'?re) (?:tourists?|visitors?|foreigners?)|home return permits?|(?:can|may|could) (?:tourists|visitors|foreigners|expats|foreign families) (?:like (?:us|me) )?(?:use|join|come|book|go))(?![a-z])|回乡证|港澳|台胞证/,
    4,
  ],
  [
    'knowledge',
    /(?<![a-z])(?:summer camps?|holiday camps?|winter camps?|subsid(?:y|ies)|childcare allowance|how many (?:kinds|types) of|what (?:kinds|types) of (?:class|classes|sessions?|care)|read(?:ing)? (?:picture )?books? (?:to|with)|read(?:ing)? to (?:him|her|them|my|our)|picture books?.{0,20}(?:how long|how many|how often|every day|a day))(?![a-z])/,
    4.5,
  ],
  // Round 42 (pol42). The booking rules asked beside a story about places ("the saturday morning slots are gone. how far ahead
  // do bookings actually open", "can my son do saturday morning AND afternoon or is that not allowed? whats the max per
  // weekend"), and a reminder asked about ("will i get some kind of reminder before my booking?"): questions, not searches.
  [
    'knowledge',
    /(?<![a-z])(?:how far (?:ahead|in advance)|how (?:early|long before)|when) (?:do|does|can|will) (?:the )?(?:bookings?|slots?|places?|spots?|sessions?) (?:\w+ )?(?:open|get released|are released|go live|become available)|(?:slots?|places?|spots?) (?:are|were|get|got) (?:always |all |already )?(?:gone|taken|snapped up)|(?:or )?is (?:that|it|this) (?:not )?allowed|what(?:'s|s| is) the (?:max|maximum|limit)(?: per| a| each)?|(?:will|do|would) (?:i|we) (?:get|receive) (?:\w+ ){0,3}reminders?|when does (?:the |it )?reminder|what does (?:the )?reminder say|(?:can|may|could) (?:my|our) [a-z]+ (?:do|go to|attend|have) (?:both )?(?:[a-z]+ )?morning and (?:[a-z]+ )?afternoon(?![a-z])/,
    7,
  ],
  // "yes please report it, it was the one in huli": a grievance passed on, not a Huli search.
  [
    'complaint',
    /(?<![a-z])(?:(?:yes|yeah|ok|okay|please),? (?:please )?report (?:it|this|that)|report (?:it|this|that) (?:for me|please|to (?:staff|them|someone)))(?![a-z])/,
    9,
  ],
  // Round 45 (pol45). A certificate for an employer ("my employer wants a certificate that my son is enrolled in childcare"):
  // what the assistant can give, answered — not a search or a "which day?" prompt.
  ['knowledge', /(?<![a-z])(?:certificates?|proof of (?:attendance|enrol\w*|childcare)|attendance (?:letter|record|proof))(?![a-z])/, 6],
  // A photo or post of the child to be taken down ("can they take it down?" after a complaint about a photo posted): staff
  // must act, so a person — never "take it" as booking the first place (round 50).
  [
    'human',
    /(?<![a-z])(?:take (?:it|that|this|them|(?:the|that|this|those|these|my \w+'?s?) (?:photos?|pictures?|pics?|posts?|videos?)) (?:down|off)|take down (?:the |that |this )?(?:photos?|pictures?|pics?|posts?|videos?)|(?:delete|remove) (?:the |that |this |those |my (?:son|daughter|child|kid|baby)'?s? )?(?:photos?|pictures?|pics?|posts?|videos?))(?![a-z])/,
    7,
  ],
  // What there is on weekdays, asked with no day ("any weekday options for a 9 month old? i only need like an hour"): the
  // weekday trials and 1-hour classes, answered — a search with no day would only ask "which day?" and offer weekends (round 50).
  [
    'knowledge',
    /(?<![a-z])(?:(?:any|what|which) (?:kind of )?weekday (?:options?|stuff|things|alternatives?|choices?)|(?:any|what) options? (?:on|during|for) (?:the )?(?:weekdays?|week ?days|the week)|only need (?:like |about |around )?(?:an|one|1) ?(?:hour|hr))(?![a-z])/,
    6,
  ],
  // The family's bookings asked to be listed ("can you at least show me a list of his bookings?").
  ['my_bookings', /(?<![a-z])(?:show|list|see|send)(?: me)? (?:a |the )?(?:list of )?(?:his|her|their|my|our|all)(?: \w+)? bookings(?![a-z])/, 8],
  // A booking made for the wrong child ("I booked saturday for Mia but it was supposed to be Ben. can you switch it to Ben?"):
  // how a booking passes to another child, answered — not a search for that day.
  [
    'knowledge',
    /(?<![a-z])(?:(?:switch|change|transfer) (?:it|the booking|that booking|this booking|the place|her place|his place) (?:over )?to (?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|the |next |this |a |an |another |morning|afternoon)[a-z]+|(?:was|is) (?:supposed|meant) to be (?:for )?[a-z]+|(?:for|under) the wrong (?:child|kid|name))(?![a-z])/,
    7,
  ],
  // Whether a point opens near the family ("will one open near us next year?"): where points open, answered.
  [
    'knowledge',
    /(?<![a-z])(?:will|is|are) (?:one|a point|a new point|any points?) (?:going to )?(?:open|be opening|coming)(?: \w+){0,3} (?:near|close to|in|by) (?:us|me|our)(?![a-z])/,
    6,
  ],
];

/**
 * English words that settle what a message is when its rules disagree
 * (understand.ts): a question that mentions a day or a booking word stays a question.
 */
export const enArbitration: ArbitrationWords = {
  /** Drop-off care asked about, by name or in general, not a class. */
  careAsk: /(?<![a-z])(?:childcare|child care|daycare|day care|drop[- ]?(?:off|him|her|them)|half[- ]day|temporary care|babysit\w*|nursery)(?![a-z])/,
  residenceAsk:
    /(?<![a-z])(?:hukou|household registration|residence permit|residency|(?:not|aren'?t|isn'?t|don'?t) (?:registered|(?:live|living|from|based) in) xiamen|non-?locals?|not locals?)(?![a-z])/,
  /** Consequences, changes and illness around a booking: questions, not searches. */
  // (…and what the adult collecting needs or shows: "my mother-in-law … will collect my son on Saturday. What does she need?"
  // asks the pickup rule, not Saturday's places.)
  // (…and one place left for two children: "what if there's only one spot left?" after twins asks the rule; round 34.)
  // (…and whether the parent may wait at the point, an older child with them: "can i hang around there with my 5 year old?"; round 50.)
  ruleOrHealthQuestion:
    /(?<![a-z])(?:missed|no[- ]show|late|sick|ill|fever|cough|cold|vomit|diarrh|runny|stuffy|snott|sniffl|unwell|rash|chickenpox|chicken pox|conjunctivitis|pink ?eye|hand[- ]foot|hfmd|flu|contagious|infectious|threw up|throw(?:s|ing)? up|thrown up|antibiotic|amoxicillin|medicine|medication|vaccin\w*|immuni[sz]ations?|jabs?|diagnos\w*|asthma|epilep\w*|(?:medical|health|heart|chronic) (?:condition|defect|problem)s?|heart surgery|down'?s? syndrome|autis\w*|cerebral palsy|disabilit\w*|disabled|special needs|developmental delay|speech delay|global delay|adhd)|(?<![\d.:])3[5-9]\.\d(?!\d)|\d{2}(?:\.\d)? ?(?:degrees|°c?)|(?<![a-z])(?:what (?:does|do|will|should|would) (?:she|he|they|grandma|grandpa|granny|the \w+|my \w+|our \w+) (?:need|have to (?:bring|show)|need to (?:bring|show|have))|(?:check|show|bring|need) (?:an? |her |his |their |my |our )?(?:id|ids|passports?|id cards?)(?![a-z]))|(?<![a-z])what if (?:there(?:'s| is| are)) (?:only|just) (?:one|1|a single) (?:spot|place|slot|space)s?(?![a-z])|(?<![a-z])(?:(?:can|could|may) (?:i|we) (?:hang (?:around|about|out)|wait|stay|sit)(?: [a-z]+){0,2} (?:there|outside|nearby|around|in the (?:lobby|waiting area|corridor|hall))|hang (?:around|about) (?:there|nearby|outside))(?![a-z])/,
  /** How the service works, asked about a day or a booking: what to bring, cost, hours, who may come, rules. */
  policyQuestion:
    // (…what the child may bring: "can she take her bunny to the childcare point", "is he allowed to bring his blanket";
    // who the carers are and what the rooms have: "any male carers?", "is there CCTV?".)
    // (…what the child does there and new points opening: "What will she actually be doing there all morning?", "Are any new
    // points opening near us soon? We're out in Tong'an": round 34.)
    // (…a grandparent or helper booking for the family: "can grandpa book the session for our daughter?"; round 41.)
    // (…where praise or feedback about a point is given, whatever point it names: "I want to praise the carer at the Huli
    // point, where do I say it?"; round 37.)
    // (…round 46: the carer named in Chinese inside English, "can my 阿姨 pick him up after half-day care?".)
    // (…round 43: working or volunteering at a point, or a provider wanting to run one — "I run a private daycare in Jimei. How
    // can we become one of the points?" — and whether a later month's timetable is out: questions, whatever district they name.)
    // (…round 54: the kinds of point, "What are the two kinds of point in Xiamen's 2026 plan? Which one lets me drop my child off?".)
    // (…round 46: the age range of a kind of class, "what ages are the weekday sensory classes for", and the waitlist's odds,
    // "what are my chances on the waitlist": questions, not searches or a waitlist request.)
    /(?<![a-z])(?:what ages? (?:is|are|do|does)(?![a-z])|(?:chances?|odds) (?:on|of|for|with) (?:the |a )?wait ?list|wait ?list (?:odds|chances)|community[- ]shared|institution[- ]embedded|(?:kinds?|types?|sorts?) of (?:care |childcare )?(?:points?|centres?|centers?|sites?)|voice (?:message|note|msg|recording)s?|send (?:you )?(?:an? )?(?:voice|audio)|(?:decide|decides|decided|choose|chooses|chosen|pick|picks) where (?:to )?(?:open|put|build|place|locate)|(?:ask|request|apply|petition) for (?:one|a (?:new )?point)|every weekday|(?:normal|regular|proper|ordinary|full[- ]time) (?:daycare|day care|nursery)|like a (?:\w+ )?(?:daycare|day care|nursery)|(?:can|could|may) (?:she|he|they) (?:also )?(?:drop (?:him|her|them) off|bring (?:him|her|them) (?:in|to|there|instead))|instead of (?:me|us)(?= [a-z]|[?.!,]|$)|(?:can|could|may) (?:(?:his|her|my|our) (?:big |older |elder )?(?:sister|brother|sibling)) (?:also )?(?:come|tag) along|(?:won'?t|doesn'?t|didn'?t|wouldn'?t) go through|won'?t let me (?:book|reserve)|(?:third|3rd) (?:weekend )?(?:booking|session)|(?:changed|change|new|update|updating) (?:my |our )?(?:phone|mobile|cell) (?:number|no\.?)|(?:ate|eaten|eat|napped|slept|cried|crying) (?:\w+ ){0,4}(?:at|during|in) (?:the )?(?:care|session|point|half[- ]day)(?: today)?)(?![a-z])|(?<![a-z])(?:volunteer\w*|(?:work|job|jobs|working) (?:at|in|for) (?:a |the |one of the |your )?(?:points?|centres?|centers?)|hiring|recruit\w*|(?:become|be) one of (?:the|your) (?:[\w-]+ ){0,3}points|(?:run|own|operate) (?:a|an|my|our) (?:private )?(?:daycare|day care|nursery|childcare (?:centre|center|business))|(?:is|has) (?:the )?(?:[\w-]+ )?(?:schedule|timetable) (?:out|published|up|released)|when (?:is|will) (?:the )?(?:[\w-]+ )?(?:schedule|timetable) (?:be )?(?:out|published|released|come out))(?![a-z])|(?<![a-z])(?:(?:praise|compliment|thank|give (?:some |positive )?feedback|leave (?:a |some )?(?:review|feedback))\b.{0,50}\b(?:where|how|who)\b|(?:where|how|who)\b.{0,30}\b(?:praise|compliment|give (?:some |positive )?feedback|leave (?:a |some )?(?:review|feedback))|(?:is|are|do|does|can) (?:it|they|you|the points?|(?:the )?(?:weekend )?care) (?:\w+ )?(?:full[- ]?(?:day|time)|all day|whole day|overnight)|full[- ]?(?:day|time) (?:daycare|day care|care|childcare|nursery)|(?:stay|leave (?:her|him|them)|drop (?:her|him|them) off) (?:there )?(?:for )?(?:all day|the whole day|a full day)|which (?:teacher|carer|caregiver|nanny|staff member|lady)|(?:is|will) (?:ms|mrs|miss|mr|teacher|auntie|aunty|ayi) [a-z]+ (?:be )?(?:working|there|on duty|in)|(?:teacher|carer|caregiver|nanny)'?s name|(?:teacher|carer|caregiver) (?:called|named)|nurse|medical staff|health doctor|first[- ]aid trained|(?:monday|mon) (?:to|till|through|-) (?:friday|fri)(?! (?:morning|afternoon))|(?:male|female|men|women) (?:carers?|teachers?|staff|caregivers?|nannies|nanny)|cctv|(?:security )?cameras?|live (?:feed|stream|video)|video feed|same[- ]day|on the (?:day|morning|afternoon) itself|(?:allowed to|can (?:she|he|they|i|we)|could (?:she|he|they|i|we)|is it ok to|okay to|ok to) (?:bring|take) (?:along )?(?:her|his|their|a|an|the|my|our) (?:own |favou?rite |little |toy |soft |stuffed |cuddly )*(?:bunny|bunnies|teddy|teddies|blanket|blankie|toys?|stuffed animal|soft toy|comfort\w*|dummy|pacifier|soother|sippy cup|cup|bottle|snacks?|books?|pillow|truck|car|doll|lovey|plushie|pet|dog|cat)|what happens if|wifi|wi-fi|toilets?|bathrooms?|changing (?:table|room)|nursing room|aed|defibrillator|first[- ]aid kit|parking|lift|elevator|how many (?:\w+ ){0,3}(?:sessions|bookings|times) (?:per|a|each|every) (?:week|month|child)|can (?:i|we) (?:also )?bring|bring (?:my|our|a|the|his|her) (?:older |other |big |little |baby )?(?:kid|child|son|daughter|sibling|brother|sister|dog|pet|friend|stroller|pram|buggy|toys?|food|snacks?|lunch)|difference between|what(?:'s| is) the difference|what if (?:i|we)|(?:miss|missed|missing) (?:a |the |my |our )?(?:booking|session|slot|class)|what (?:should|do) (?:i|we) (?:bring|pack)|in (?:english|chinese|mandarin)|how much (?:is|does|do|for|are)|(?:session|class|care|it)s? (?:really )?free\b(?! (?:slot|spot|place|space|on|at|in|this|next))|rain|rains|raining|pouring|pours|downpour|typhoon|storm|bad weather|(?:parents?|mum|mom|dad|i|we) (?:have |has |need |needs )?to stay|need (?:a |the )?parent|what time should (?:i|we) (?:arrive|come|get there)|(?:wrong|misspell\w*|typo in) (?:name|birth|date)|(?:english|mandarin)[- ]speaking|(?:after|once) (?:i|we) (?:book|booked)|(?:text|sms|message|notification|reminder) (?:after|when|before)|(?:grandma|grandpa|grandparents?|granny|gran|nana|nanna|grandad|granddad|grandmother|grandfather|(?:(?:my |our |her |his |the )?(?:阿姨|保姆|保母|奶奶|爷爷|外婆|外公|姥姥|姥爷|婆婆|阿嬷|阿嬤|阿公))|(?:my |our |her |his )(?:mum|mom|mother|dad|father|parents|husband|wife|partner|in-laws|mother-in-law|father-in-law|friend)|nanny|helper|ayi|maid|babysitter|au pair|aunt|aunty|auntie|uncle|relatives?|neighbou?r|driver|someone else|nephew|niece|cousin|teen(?:ager)?|(?:older |big )?(?:brother|sister)) (?:(?:will|can|could|would|may|is|be|are|going|allowed|able|to|also) ){0,4}(?:pick|drop|collect)|need to bring|cost|costs|price|pay|paid|charge|fee|fees|free or|is it free|for free|opening hours|what time (?:does|do) (?:it|they) (?:open|close)|do (?:i|we) have to stay|can (?:i|we) stay|rules?|policy|requirements?|documents?|how (?:do|does) (?:i|we|it|booking) (?:book|work)|(?:earliest|minimum|youngest|lowest|min) age|age (?:limit|range|requirement)|how (?:early|far ahead|far in advance|many days (?:ahead|before|in advance)) (?:can|do|should|must) (?:i|we) book|visas?|residence permit|residency|foreigners?|expats?|passports?|hukou|turns? (?:3|three)|turning (?:3|three)|will be (?:3|three)|too old|health checks?|temperature checks?|check (?:him|her|them|the kids?|my \w+) (?:when|at|before)|special needs|developmental delay|weekdays? or|only (?:on |at )?weekends?|during the week|cpr|first aid (?:course|class|training)s?|learn (?:baby |infant )?(?:cpr|first aid)|sensory (?:bin|play)|at home|spare clothes|change of clothes|nappies|diapers|water bottle|comfort (?:blanket|toy)|dummy|pacifier|(?:carers?|teachers?|staff) (?:\w+ ){0,2}speak|(?:can|could|may) (?:she|he|they) (?:\w+ )?(?:collect|pick (?:\w+ )?up)|(?:does|do|will) (?:she|he|they) need (?:anything|to (?:bring|show|have))|(?:can|could|may) (?:i|we|foreigners?|expats?|non-?locals?) (?:still |also |even )?(?:use|join|attend|access|qualify for) (?:it|this|the|your)|(?:when|how far ahead|how far in advance|how early|how many days (?:ahead|before|in advance)) (?:does|do|will) (?:the )?(?:booking|bookings|registration|sign-?ups?|sessions?) (?:open|go live|become available)|what (?:will|would|do|does|did|is|are) (?:she|he|they|the (?:kids|children|babies|little ones|toddlers)|my (?:son|daughter|baby|toddler|little one|boy|girl)) (?:\w+ ){0,2}(?:do|doing)|new (?:care )?(?:points?|centres?|centers?|sites?|locations?)|(?:more|another|any) (?:care )?(?:points?|centres?|centers?) (?:open|opening|coming)|where (?:do|can|should|could|would) (?:i|we) park|(?:car ?park|place to park|somewhere to park|park (?:the|my|our) car)|(?:does|doesn'?t|do|don'?t|has|have|without)(?: not)?(?: have| got)? (?:a |any |no )?(?:smart ?phone|wechat|mobile phone|cell ?phone)|(?:can'?t|cannot|doesn'?t|don'?t|does not) (?:use|read|type on) (?:a |the )?(?:smart ?phone|phone|wechat|apps?|chat)|(?:points?|centres?|centers?|childcare|creches?|crèches?|nurser(?:y|ies)|daycare) (?:inside|in|at|within|attached to) (?:a |an |the |my |our |his |her )?(?:[a-z]+ ){0,2}(?:hospitals?|company|companies|office|workplace|factory|university|campus)|who (?:actually |really |exactly )?(?:runs|operates|manages|oversees|funds|pays for|is behind|is in charge of|supervises|regulates|inspects|checks on) (?:these|the|this|your|all)|who(?:'s| is) (?:accountable|responsible|liable)|(?:join|come to|attend|go to|do|take (?:him|her|them) to) (?:the |a |any )?(?:parent[- ]child |trial |music |sensory |gross motor |picture[- ]book )?(?:class(?:es)?|sessions?|activit(?:y|ies)) (?:by myself|on my own|alone|as a (?:dad|father))|(?:can|could|may) (?:a )?(?:dads?|fathers?) (?:also )?(?:join|come|attend|bring|take)|(?:can|could|may) (?:the |our |my )?(?:ayi|nanny|helper|maid|babysitter|au pair|grandma|grandpa|grandparents|granny|driver|neighbou?r) (?:\w+ ){0,2}(?:(?:take|bring) (?:her|him|them)|book|make (?:the |a )?bookings?|sign (?:her|him|them) up)|(?:does|do|must|would) it (?:have|need) to be (?:me|us|a parent|the parents?|mum|mom|dad)|(?:we|she|he|they|i) (?:all )?(?:had|have had) (?:a |such a |the )?(?:really |very |so )?(?:great|good|lovely|wonderful|fun|nice|fantastic|brilliant|amazing) (?:time|morning|afternoon|day)|(?:can|could|may) (?:i|we) (?:just )?(?:wait|hang around|sit|stay) (?:\w+ ){0,4}(?:nearby|next door|outside|close by|in (?:a|the) (?:caf[eé]|coffee shop|lobby|waiting area|car)))(?![a-z])/,
  /** An explicit ask for places, which keeps a message a search even with a policy word in it. */
  availabilityAsk:
    /(?<![a-z])(?:(?:sat(?:urday)?|sun(?:day)?|weekend|tomorrow|today|morning|afternoon) (?:still )?(?:free|available|open)|slots?|(?<!(?:brown|white|red|black|dark|yellow|pink|purple|grey|gray|sore|dry|rough|tiny|little|flat|raised|bald|soft|parking) )spots?|availab\w*|any places|places left|vacanc\w*|(?<!(?:if|when|once|after|before) (?:i|we) )book (?:a|me|us|it)|reserve)(?![a-z])/,
  /** A request for every child of the family at once. */
  allChildren:
    /(?<![a-z])(?:both (?:kids|children|of them|boys|girls|twins)|all (?:the |my |our )?(?:kids|children)|for both|^both(?: please)?$|(?:book|reserve|sign up|do) (?:them |it for )?both|(?:for|book|take|bring) (?:the|my|our) twins)(?![a-z])/,
  /** Words that make a segment a request for places on its own. */
  bookingSignal: /(?<![a-z])(?:slots?|spots?|places?|spaces?|availab\w*|book\w*|reserve|sessions?)(?![a-z])/,
  /** Asking about a rule, a consequence, a cost or a possibility: a question, whatever booking, day or service it names. */
  asksAbout:
    /(?<![a-z])(?:is (?:that|it|this) (?:ok|okay|alright|all right|fine|allowed|bad|normal|free|a problem)|what if|what happens|how do (?:i|we)|how should (?:i|we)|should (?:i|we)|do (?:i|we) (?:need|have) to|(?:is|are) (?:it|they|the [a-z ]{1,30}) (?:free|paid|therapy|a therapy|treatment)|is it therapy|what(?:'s| is) the latest|how long do (?:i|we) have|if (?:a|the) (?:waitlist )?(?:spot|place|slot) (?:opens|comes up|frees up|becomes free)|latest (?:i|we) can|counting against|count against|if (?:i|we) (?:accept|get|take|miss|cancel|can'?t|don'?t|cant|dont|am|are)|(?:does|do|will) (?:it|that|the [a-z]+) cost|cost (?:anything|money)|have to pay|do (?:i|we) pay|is there a (?:fee|charge|cost)|what does (?:[a-z'"‘’“”]+ ){0,3}[a-z'"‘’“”]+ mean|what(?:'s| is) (?:a |an |the )?['"‘“]?(?:hold|no[- ]show|late cancell?ation|wait ?list|waiting list)['"’”]? ?(?:mean ?)?\?|(?:pick|collect)(?:ing)? (?:(?:her|him|them|my \w+|our \w+) )?(?:up )?(?:(?:an?|one|half an) (?:hour|bit|little) |\d+ (?:minutes?|mins?|hours?) )?(?:early|earlier)|leave (?:the session )?early)(?![a-z])/,
  /**
   * An imperative or a choice: what makes a message with a question word an action. ("I want to know / I'd like to ask"
   * opens a question: "Before I book anything I want to know: how many babies does one carer look after?")
   */
  actionRequest:
    /^(?:ok |okay |yes |then |so )?(?:please |pls )?(?:cancel|book|join|reserve|sign (?:me|us|him|her) up|put (?:me|us|him|her)|add (?:me|us|him|her))(?![a-z])|(?<![a-z])(?:please|pls|plz|can you|could you|would you|(?:i want to|i'd like to|i would like to|we'd like to|we want to)(?! (?:know|ask|check|find out|understand|learn|hear|see|confirm)(?![a-z]))|i need to (?:cancel|book)|(?:can|could) (?:i|we) (?:also |still )?book|also book|book (?:another|one more)|go ahead and|put (?:me|us|him|her) (?:on|down)|add (?:me|us|him|her) to|sign (?:me|us|him|her) up|cancel (?:it|that|them)$)(?![a-z])/,
  /** Taking the child to a place ("can I bring her to Huli", "take the kids over to Siming"): going there, not what to bring. */
  bringsThere:
    /(?<![a-z])(?:bring|take|drop) (?:her|him|them|(?:my|our|the) (?:son|daughter|kids?|child|children|little one|baby|boy|girl|toddler|twins)) (?:over |along |down |in |off )?(?:to|at)(?![a-z])/,
  /** A booking already made, told as context. */
  bookedContext:
    /(?<![a-z])(?:(?:have|has|got|'ve|i|we) (?:a |an |the |already )?(?:[a-z-]+ ){0,3}booked|booked (?:a |an |the |for |this |next |on |in )|already booked|(?:my|our) (?:[a-z-]+ ){0,2}booking (?:on|for|this|next))(?![a-z])/,
  /** How or to whom a complaint is made, asked ("who can I complain to", "how do I make a complaint"). */
  // (…and what happens after a complaint, asked: "what happens after I complain? will the carer know it was me"; round 43.)
  complaintHowAsked:
    /(?<![a-z])(?:what happens (?:after|when|once|if) (?:i|we) (?:make a |file a |lodge a )?complain\w*|will (?:the|that|this) (?:carer|teacher|staff|point) (?:know|find out|be told) (?:it was|who)|who (?:can|do|should|would|could) (?:i|we) (?:\w+ )?complain|who (?:i|we) (?:can|should|could) (?:\w+ )?complain|how (?:do|can|would|should) (?:i|we) (?:make a |file a |lodge a )?complain\w*|where (?:can|do|should) (?:i|we) complain|(?:is there|what is) (?:a|the) complaints? (?:process|procedure|line|hotline|number))(?![a-z])/,
  /** Where the family lives, told ("we live in 翔安", "based near Huli"): the place is the group. */
  homePlace: /(?<![a-z])(?:live|living|stay|staying|based) (?:in|at|near) ([^,，。.!?？]{2,24})/,
  /** A sight or a station, named back when a message about it is outside the service. */
  outOfScopePlace: new RegExp(outsidePlaceWords(namedBack, 'en')),
  // (…and a person asked to check it for the family, "could someone check for us?": round 48; "could you pass our details to
  // the right people?" after an answer: round 49.)
  asksOnMyBehalf:
    /^(?:yes|yeah|yep|ok|okay|sure|then)?[,!.\s]*(?:please\s+)?(?:(?:can|could|would) you\s+(?:please\s+)?)?(?:go\s+)?ask (?:them|the point|the staff|staff|someone|somebody|for me|the centre|the center)(?: for me)?(?: please)?[.!?\s]*$|^(?:yes|yeah|yep|ok|okay|so|then)?[,!.\s]*(?:(?:can|could|would) (?:someone|somebody|anyone|a person|a staff member|one of (?:your|the) staff|staff|your staff)|(?:please )?(?:have|get) (?:someone|somebody|a person|staff|a staff member))(?: please)? (?:check|ask|find out|confirm|look into|double[- ]check)(?: (?:this|that|it|with the point))?(?: for (?:us|me))?(?: please)?[.!?\s]*$|^(?:yes|yeah|yep|ok|okay|so|then|great)?[,!.\s]*(?:please\s+)?(?:(?:can|could|would) you\s+(?:please\s+)?)?(?:pass|forward|send|give|hand)(?: on)? (?:my|our|the) (?:contact )?(?:details|contact|number|info(?:rmation)?|name|request|suggestion|idea|offer)(?: on)? to (?:someone|somebody|a person|staff|a staff member|your staff|the (?:right )?(?:people|person|team|staff)|whoever)(?:[^.!?]{0,40})?(?: please)?[.!?\s]*$/,
  // (…and thanks for a session by its day, "thanks for last sunday", "thank you for looking after her on saturday": it happened.)
  wentWell:
    /(?<![a-z])(?:had (?:a|such a|the best|so much) (?:great|good|lovely|wonderful|fun|fantastic|brilliant|amazing|nice|really good|really nice)(?: time)?|(?:loved|enjoyed) (?:it|herself|himself|themselves|the (?:[^\s,.!?]{1,8} )?(?:session|class|care|morning|afternoon|day|carers|ayi))|can'?t stop talking about|keeps? (?:talking|asking) about (?:it|going back|the)|thanks?(?: you)?(?: (?:so|very) much)? for (?:(?:looking after|having|taking care of) (?:her|him|them|us) )?(?:on |at the point )?(?:last|the other|this past) (?:sat(?:urday)?|sun(?:day)?|weekend|week|time))(?![a-z])/,
  answersBack: /^(?:but|yet)(?![a-z])/i,
  bothPartsAsked:
    /(?<![a-z])(?:morning and (?:the )?afternoon|both (?:the )?(?:morning|am) and (?:the )?(?:afternoon|pm)(?: sessions?)?)(?: (?:sessions? )?(?:on )?(?:the same day|one day))?[^?]{0,20}(?:allowed|ok|okay|possible)\b|(?<![a-z])(?:can|may) (?:i|we) (?:book|do|have) (?:both )?(?:the )?morning and (?:the )?afternoon\b|(?<![a-z])(?:can|may|could) (?:my|our) [a-z]+ (?:do|go to|attend|have) (?:both )?(?:[a-z]+ )?morning and (?:[a-z]+ )?afternoon\b/,
  twoPlacesAsked:
    /(?<![a-z])(?:two|2|different|two different|separate) (?:points|places|centres|centers|locations|sites)\b.{0,30}\b(?:same|one) (?:day|sat(?:urday)?|sun(?:day)?)\b.{0,20}(?:allowed|ok|okay|possible|\?)|(?<![a-z])(?:same|one) (?:day|sat(?:urday)?|sun(?:day)?)\b.{0,30}\b(?:two|2|different|two different|separate) (?:points|places|centres|centers|locations|sites)\b.{0,20}(?:allowed|ok|okay|possible|\?)/,
  /** Where the parent says the question starts: the request is what follows. */
  questionFollows:
    /(?<![a-z])(?:(?:my|our|the|one|a) (?:real |actual |main |quick |other )?question(?: is| was)?\s*[:：-]+|(?:my|our|the) (?:real |actual |main )?question is\s+(?=how|what|when|where|why|which|who|should|is|are|can|could|do|does|will|would)|(?:totally |completely |a |one )?(?:different|separate|unrelated) (?:question|topic|thing)\s*[:：,–—-]+|(?:unrelated|on (?:a |an )?(?:other|another|different|separate) note|changing the subject)\s*[:：,–—-]+\s*(?:but\s+)?)\s*/,
  bookingTold:
    /^(?:(?:i|we)(?:'ve| have)? )?(?:already )?(?:booked|have booked|got a (?:place|slot|spot) for) (?:a |the |her |him |them |our |my )?[^.,;!?]{0,50}?(?: already)?\s*[.,;!]+\s*/,
  // Air quality is a setting like the weather: "aqi is 170 today, can my 20 month old go out?" (round 46).
  settingTopic: /(?<![a-z])(?:weather|flights?|flying|plane|hotel|taxi|uber|aqi|air quality|air pollution|smog|haze|pm ?2\.?5)(?![a-z])/,
  pickWithoutWhich: /(?<![a-z])(?:(?:the )?other one|another one|a different one|(?:that|this|which) one)(?![a-z])/,
};
