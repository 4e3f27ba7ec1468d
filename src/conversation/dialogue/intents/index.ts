import type { Intent } from '../../../nlu/types.ts';
import type { IntentHandler } from './Request.ts';
import { book, findSlots, joinWaitlist, more, remindOpening, reschedule } from './searchIntents.ts';
import { cancel, myBookings } from './bookingIntents.ts';
import { listChildren, registerChildIntent, updateChildIntent } from './familyIntents.ts';
import { canAttend, identity, knowledge, pointInfo, serviceIntro } from './questionIntents.ts';
import { affirm, changeLanguage, complaint, deny, greeting, help, human, outOfScope, thanks } from './talkIntents.ts';

/** What the assistant does for each intent: one handler each, no order between them. */
export const INTENT_HANDLERS: Record<Intent, IntentHandler> = {
  find_slots: findSlots,
  book,
  join_waitlist: joinWaitlist,
  more,
  reschedule,
  remind_opening: remindOpening,
  cancel,
  my_bookings: myBookings,
  register_child: registerChildIntent,
  list_children: listChildren,
  update_child: updateChildIntent,
  knowledge,
  point_info: pointInfo,
  can_attend: canAttend,
  service_intro: serviceIntro,
  identity,
  human,
  complaint,
  greeting,
  help,
  thanks,
  deny,
  affirm,
  switch_language: changeLanguage,
  out_of_scope: outOfScope,
};
