import type { triage as zhTriage } from '../zh/triage.ts';

/** Triage words in English (the same keys as Chinese); content follows knowledge/en/parenting-first-aid.md and parenting-fever-illness.md. */
export const triage: typeof zhTriage = {
  callNow: '⚠️ Call 120 now, or take your child straight to the nearest hospital emergency department. Do not wait for a reply here.',
  callNowBurn:
    '⚠️ Take your child straight to the nearest hospital emergency department; call 120 if the burn is large or your child is struggling to breathe, floppy or hard to wake. Do not wait for a reply here.',
  /** Another place's emergency number named (119 in Taiwan, 911, 999): the number here. */
  numberHere: 'In Xiamen (mainland China) the ambulance number is 120; 119 here is the fire service, and 911 or 999 will not reach an ambulance.',
  helpOnWay: 'Good — 120 is on the way. Until they arrive:',
  medicineWhileWaiting:
    "Fever medicine: there's no need to give any while you wait, and don't hold anything up for it — the ambulance crew and the doctor decide after seeing your child (a baby under 3 months should have none without a doctor). Tell them what medicine, if any, was already given and when, and bring the box.",
  helpOnWayKeep:
    'Keep your phone free and on speaker: the 120 dispatcher may call back and guide you step by step. If your child gets worse (stops breathing, cannot be woken, a fit that will not stop), call 120 again and tell them.',
  careRule: {
    fever:
      'Drop-off: a child with a fever (armpit 37.5 °C or more; some points use 37.3 °C at the drop-off check) cannot come that day; they can come back once the fever has been gone for 24 hours without fever medicine and they are eating and playing normally. If that is true by the day of the booking, come as booked and the point does the drop-off check; if they still have a fever or it is less than 24 hours, please cancel the booking here.',
    gut: 'Drop-off: not while your child is vomiting or has diarrhoea; they can come back 24 hours after it stops, once they are eating and playing normally. If it is less than 24 hours by the day of the booking, please cancel it here.',
    other:
      'Drop-off: a child who is ill or not themselves stays home; the point’s drop-off check decides on the day, and the source below says when a child can come back after being ill.',
  },
  ahead: 'If it happens, call 120 straight away (or have someone call, on speaker), and meanwhile:',
  aheadBurn: 'If it happens, straight away:',
  aheadSeizure:
    "If it happens: most febrile fits stop by themselves within a few minutes. If it lasts more than 5 minutes, the breathing isn't normal or your child won't wake afterwards, or it is the first one, call an ambulance (120); meanwhile (NHS):",
  whileWaiting: 'While you wait for help:',
  evenIfFine: 'Even if your child seems all right now, with this sign do not wait and watch at home.',
  carerCalls:
    'Have the person with your child (your ayi or family) call 120 right now and give the address; you can call too. Then phone her and talk her through the first aid below, and get there as soon as you can.',
  /** The child's own medicine asked about while ill ("should I skip her daily medicine?"): the prescriber decides; no dose here (RCPCH/NPPG Medicines for Children). */
  usualMedicine:
    "Your child's own medicines (antibiotics, a regular prescribed medicine, vitamin D drops): whether to give a dose again after vomiting, or carry on today, depends on the medicine — ring the doctor who prescribed it or a pharmacist, and don't double up or stop it on your own.",
  careAfterRed:
    'Childcare this weekend: get this seen by a doctor first; until a doctor has checked your child and they are fully back to normal, keep them home from the childcare point — the booking can be changed or cancelled later.',
  noMedicineFirst:
    'Do not delay to give medicine first (fever medicine or an antihistamine alike): go to the emergency department now. Whether and when to give medicine is for the doctor to decide after seeing your child; an antihistamine does not treat a severe allergic reaction, and a baby under 3 months with a fever especially must be seen in person.',
  /** Bundling a feverish child up to sweat it out, asked about: the answer to that first. */
  noBundling:
    "Don't bundle them up to sweat it out: thick blankets and layers keep the heat in, so the temperature goes up, not down, and it can be dangerous for a baby. One light, loose layer and a thin sheet or blanket are enough, on the way to the doctor as well (NICE NG143, NHS).",
  redWhy: {
    meningitis_signs:
      'Why: a rash that does not fade when you press a glass on it (purple-red pinpoint spots or bruises) or a stiff neck can be a sign of meningitis or sepsis, which move fast — hospital now, with or without a fever (NICE NG143).',
    fever_with_meningitis_signs:
      'Why: a fever with a rash that does not fade under a glass (purple-red pinpoint spots or bruises) or a stiff neck can be meningitis or sepsis, which move fast — hospital now (NICE NG143).',
    dengue_severe:
      'Why: with dengue about, severe tummy pain, vomiting again and again, bleeding gums or nose, vomiting blood or black poo, or a very drowsy or restless child are warning signs of severe dengue, which needs hospital now — often around the time the fever comes down (WHO).',
    fever_under_3_months:
      'Why: a baby under 3 months with any fever needs a doctor now, and 38 °C or more is a red sign on its own (at this age a fever can be the only sign of a serious infection), even if the baby is feeding and seems well (NICE NG143).',
    infant_burn: 'Why: any burn or scald in a baby under 1 needs hospital, even a small one (NHS).',
    knocked_out: 'Why: a child knocked out by a knock to the head, even for a few seconds and awake now, needs hospital even if they seem fine (NHS).',
    high_fall:
      'Why: a fall from higher than your child’s own height or more than 1 metre (a changing table, the stairs, a top bunk, a shopping trolley) needs hospital even if your child seems fine (NHS).',
    alcohol:
      'Why: hand sanitiser, mouthwash, perfume and drinks hold a lot of alcohol, and a few mouthfuls can poison a toddler — sleepiness, unsteadiness, vomiting, low blood sugar, even a fit (US National Capital Poison Center); go now even if your child seems fine, and watch for these on the way.',
    hfmd_severe:
      'Why: in hand, foot and mouth disease, jerking or trembling limbs or startling easily are early signs of a severe case — hospital now (China NHC HFMD guideline 2018); on the way, watch how alert they are, their breathing and any vomiting.',
    barely_responsive:
      "Why: sleeping all the time and barely responding when you call is the red sign 'can't be woken, or falls straight back to sleep', whatever the temperature (NICE NG143); don't wait for it to pass or for tomorrow's clinic.",
    big_lump:
      'Why: a lump, bruise or cut on the head of a baby under 1 that is bigger than 5 cm needs hospital now, even if the baby seems fine and is feeding (NHS).',
  } as Record<string, string>,
  staffTold: 'I have marked this urgent and alerted our staff, but they cannot replace emergency services or a doctor.',

  firstAid: {
    carbon_monoxide:
      "• Possibly carbon monoxide poisoning: turn off the gas heater or water heater or put out the charcoal, open doors and windows and get your child and everyone else outside into fresh air; don't switch appliances on or off or light anything indoors. If your child won't wake but is breathing, lay them on their side and watch their breathing (NHS).",
    iron: '• Iron tablets or drops (and vitamins with iron) are dangerous for small children in overdose: they often look fine at first, then vomit, have diarrhoea, tummy pain or blood in the stool within hours, and it can get worse later. Go now even with no symptoms; bring the bottle and count how many are missing (US Poison Control).',
    tobacco:
      "• The nicotine in cigarettes, butts and e-cigarette liquid is poisonous to small children and can cause vomiting, drooling, sweating, a racing heart, floppiness or a fit within hours: take out what is left in the mouth and wipe it, don't make them vomit, and bring what is left of the cigarette or the pod (US Poison Control).",
    burn_heat_pad:
      "• Burns from hot-water bottles, electric blankets and heat packs are often deeper than they look. From now on, no hot-water bottle or electric blanket in your child's bed — a sleeping bag or an extra layer instead (NHS, Lullaby Trust).",
    intussusception:
      '• Blood in the poo with crying in bouts or legs drawn up can be intussusception (the bowel telescoping), which needs hospital treatment quickly: give nothing to eat or drink for now, and bring the nappy or a photo of it for the doctor (American Academy of Pediatrics).',
    dengue:
      "• Possible severe dengue: lay your child down to rest; if they are awake and can swallow, keep giving small sips of water or milk. Don't give ibuprofen or aspirin, and tell the doctors that dengue is about (WHO).",
    choking_infant:
      "• Baby under 1 who can't cough or cry: lay them face down along your forearm, head lower than the body, and give up to 5 firm back blows between the shoulder blades with the heel of your hand; then turn them face up and give up to 5 chest thrusts with two fingers in the middle of the chest, just below the nipple line. Keep alternating until the object comes out or help arrives. No abdominal thrusts under 1.",
    choking_child:
      "• Child over 1 who can't cough, speak or breathe: lean them forward and give up to 5 firm back blows between the shoulder blades; then stand behind them, put a fist between the navel and the bottom of the breastbone, grasp it with your other hand and pull sharply in and up, up to 5 times (abdominal thrusts). Keep alternating until the object comes out.",
    choking_common:
      "• Don't sweep blindly with a finger; only remove what you can clearly see. If they can still cough hard or cry, let them keep coughing. If they become unresponsive, start CPR as the 120 dispatcher tells you.",
    cpr: "• Put the phone on speaker: if your child isn't breathing normally, the 120 dispatcher will talk you through CPR until the ambulance arrives.\n• Breathing but not responding: turn them on their side (recovery position) and keep checking their breathing while you wait.",
    drowning:
      '• Pulled from water: check breathing. Not breathing normally: give 5 rescue breaths first, then CPR as the 120 dispatcher guides you (in drowning the lungs lack oxygen, so the breaths come first). Breathing: turn them on their side (recovery position) so water or vomit can drain, and keep watching their breathing.\n• Take off wet clothes, dry them and keep them warm with a dry towel or blanket. Give nothing to eat or drink.\n• After any drowning, go to hospital even if your child seems to recover: breathing can get worse over the next hours.',
    seizure:
      "• Note the time it started. Lay your child somewhere safe, such as the floor, move hard objects away and loosen tight clothing.\n• Don't hold them down, put nothing in their mouth, and give no food, drink or medicine.\n• Once the jerking stops, turn them on their side (recovery position) and stay with them until fully awake.",
    burn: "• Cool the burn under cool running water for 20 minutes right away — no ice or iced water. Take off clothing and nappies near the burn (leave anything stuck to the skin), then cover it loosely with cling film.\n• No toothpaste, soy sauce, oil or creams; don't pop blisters; keep the rest of your child warm.",
    battery:
      '• Button battery: go to the emergency department now even if your child seems fine — it can burn the food pipe within 2 hours. If your child is over 12 months and swallowed it within the last 12 hours, give 10 mL (2 teaspoons) of honey every 10 minutes on the way, up to 6 times (US National Capital Poison Center first aid). Never delay the trip to find honey; never give honey under 12 months; nothing else to eat or drink.',
    magnets:
      '• Magnets: two or more magnets (or a magnet and metal) can pinch the bowel together. Go to the emergency department now; give nothing to eat or drink.',
    sharp:
      "• Something sharp swallowed (a pin, a nail, a hair clip with a point, glass, a toothpick): it can cut or pierce the food pipe or bowel, so go to the emergency department now for an X-ray even if your child seems fine. Don't make them vomit or put fingers in their mouth; nothing to eat or drink on the way (NHS).",
    car_locked:
      '• A child locked in a car: call 110 (or 119) now to get the car opened. If the car is in the sun or hot, or your child is distressed, sweating heavily, drowsy or not responding, do not wait: break the window farthest from your child, get them out and cool them down as below.',
    stuck:
      "• Don't make your child vomit and don't reach in with a finger; if they can breathe and cough, let them keep the position they find comfortable, with nothing to eat or drink on the way to the emergency department.",
    burn_cooled:
      "• You have already cooled it for 20 minutes, so no more water is needed: cover it loosely with cling film or a clean damp cloth (not wrapped tight), keep the rest of your child warm and go.\n• No toothpaste, soy sauce, oil or creams; don't pop blisters.",
    burn_hospital:
      "• Why hospital: a burn on the hand, face, feet or genitals, one bigger than your child's palm, a blistered, white or charred burn, and any burn on a baby needs the emergency department, even if it looks small and has been cooled (NHS).",
    poison:
      "• Take out anything left in the mouth and wipe it. Take the packet, bottle or packaging (or the plant, or a photo of it) with you. Don't make your child vomit and give nothing by mouth. For chemicals in the eyes or on the skin, rinse with plenty of running water for 15–20 minutes.",
    bleeding:
      "• Press firmly on the wound with a clean cloth or pad and don't lift it to look; if blood soaks through, add another layer on top and keep pressing.",
    allergy:
      '• Severe allergic reaction: if a doctor has prescribed an adrenaline auto-injector, use it now as instructed. Sit your child up if breathing is hard; lay them flat with legs raised if they are pale and floppy.',
    head: "• Keep your child still and give nothing to eat or drink for now; if they can't be woken but are breathing, turn them on their side (recovery position) and watch their breathing. Don't move them more than needed if the neck may be hurt.",
    breathing:
      "• Let your child stay in the position they find easiest (usually held upright); don't make them lie down and give nothing to eat or drink. If they stop breathing, follow the 120 dispatcher's CPR instructions.",
    dehydration: '• On the way, if your child can still drink, keep offering breast milk, formula or water in small, frequent sips.',
    nose_long:
      "• A nosebleed that won't stop: keep your child sitting up and leaning forward, and keep pinching the soft part of the nose, on the way to hospital too; don't tip the head back or push tissue up the nose (NHS).",
    eye_chemical:
      "• A chemical in the eye: rinse it straight away with plenty of running water for at least 15–20 minutes, holding the eyelids open and pouring from the inner corner outwards. Don't rub the eye (stop your child rubbing it) and put no drops or anything else in it. Then go to the emergency department with the bottle.",
    snake:
      "• Snake bite: keep your child calm and as still as possible, the bitten limb low and still; take off rings and bracelets. Don't cut or suck the wound, don't tie a tourniquet and don't put ice on it. If it is safe, remember or photograph what the snake looked like.",
    testicle:
      "• Sudden pain or swelling in a testicle can be torsion, which has to be treated within hours to save the testicle: go straight to the emergency department and give nothing to eat or drink on the way (surgery may be needed). Don't wait for it to settle.",
    drowsy:
      "• Lie your child on their side beside you and watch their breathing; don't give medicine to help them 'sleep it off' and don't force food or drink. Note the temperature and when the drowsiness started, for the doctor.",
    favism:
      '• This may be favism (G6PD deficiency): red blood cells breaking down. Go to the emergency department now and tell the doctor what the child ate or touched (broad beans, mothballs) and when; no more broad beans, put mothballs away, and give no medicine yourself (herbal remedies included).',
    fracture:
      "• A possible broken bone: don't try to straighten it; pad and support it with clothes or a towel to keep it still in the position you found it; give nothing to eat or drink (an anaesthetic may be needed). If bone shows, cover it with a clean cloth and don't push it back.",
    battery_nose:
      "• A button battery in the nose or ear can burn within hours: go to the emergency department now to have it taken out. Don't try to get it out with tweezers or a cotton bud, and don't put water or drops in.",
    tourniquet:
      "• A hair or thread tight round a toe or finger that has changed colour: if you can see the end, snip or unwind it carefully with small round-ended scissors without cutting the skin; if it won't come off, don't dig — go straight to the emergency department for a doctor to remove it (AAP).",
    heat: "• Heat illness: move your child somewhere cool and shaded, take off extra clothes, sponge them with cool (not ice-cold) water and fan them; give sips of water if they are awake and can swallow, nothing if they can't be woken.",
    eye_blast:
      "• An eye hurt by a firecracker or firework: don't let your child rub it, don't press on it, don't rinse it or try to remove anything, and put no ointment in; tape a paper cup or a piece of stiff card over the eye as a shield (not pressing on the eyeball), keep your child calm and go to the emergency department (eye) now (American Academy of Ophthalmology).",
    eye_orbit:
      "• An eye that bulges, hurts to move or can't see properly: this can be an infection behind the eye (orbital cellulitis), which needs hospital treatment now; don't rub it and don't use drops or ointment of your own (NHS).",
    cold: '• Cold (hypothermia): get your child somewhere warm and out of the wind, take off wet clothes, dry them and wrap the body and head in dry towels or a blanket; hold them close to share your warmth; if they are awake and can swallow, give small sips of a warm drink. No hot bath, hot-water bottle or rubbing the arms and legs; handle them gently (NHS).',
    electric:
      "• Electric shock: switch off the power first (pull the plug, turn off the mains) or push the wire away with something dry and non-metal; don't touch your child until the power is off. If they aren't breathing normally, follow the 120 dispatcher's CPR instructions. Go to hospital even if they seem fine.",
    fever: "• One red sign is enough — don't wait for others. Note the temperature and when the fever started, and don't bundle your child up.",
    rash_no_fever:
      "• One red sign is enough — don't wait for others, or for a fever: a rash that doesn't fade under a glass, or a stiff neck, is an emergency without a fever too (it can be meningitis or sepsis, NHS). On the way, watch how alert your child is and their breathing.",
    fever_measure:
      "• If a thermometer is at hand, take the temperature under the arm now and tell the doctor the reading (under 3 months, 38 °C or more is an emergency by itself); if not, don't wait — go.",
  },

  amber: {
    jaundiceFirst:
      "Yellow skin or eyes in a newborn is jaundice. Keep feeding your baby often on the way, and don't use sunlight to treat it — a doctor decides from a bilirubin test whether light treatment is needed (NHS, AAP).",
    dengueFirst:
      "Tell the doctor that dengue is going around or that your child has been bitten; until a doctor has seen them, don't give ibuprofen or aspirin on your own — let the doctor decide on medicines (WHO).",
    /** The doctor-today line when the parent asked whether it can wait (tomorrow, Monday, the clinic). */
    noWait:
      "Please don't wait: take your child to see a doctor today, in person at a hospital paediatric department or clinic — if the clinics are closed, go to a hospital's paediatric emergency department.",
    seeDoctorToday: 'Please take your child to see a doctor today — in person at a hospital paediatric department or clinic, not only online.',
    /** "Can I give him fever medicine first?" after a doctor-today answer: yes for comfort, by the label, and the visit still today. */
    medicineThenDoctor:
      "You can give a fever medicine first to make your child more comfortable, following the label (whether it suits your child's age, which one and how much: the label or a pharmacist; we can't give doses). But still take your child to a doctor today: the medicine only eases the discomfort, it does not treat the cause, and a fever that comes down still needs the visit.",
    burnFirst:
      'First cool the burn under cool running water for 20 minutes right away (no ice, no toothpaste, soy sauce or creams); take off clothing near the burn unless it is stuck to the skin, then cover it loosely with cling film.',
    biteFirst: 'First wash the wound well under running water with soap and cover it with a clean dressing.',
    carFirst:
      'First move your child somewhere cool or air-conditioned, take off extra clothes, sponge with cool (not ice-cold) water and fan, and give sips of water often (more milk feeds for a baby); keep a close eye on them before and after the doctor. Never leave a child alone in a car, even for a few minutes (AAP).',
    noseFirst:
      "First sit your child up, leaning forward with the head down, and pinch the soft part of the nose for 10–15 minutes; don't tilt the head back and don't pack the nostril.",
    toothFirst:
      "First press clean gauze gently on the bleeding gum. Don't put a baby tooth back in once it is knocked out (it can damage the adult tooth underneath); keep it in a little milk (or wrapped in cling film) and take it to a dentist today.",
    tourniquetFirst:
      "A hair or thread wound round a toe or finger: in good light find the end and unwind it gently, or snip it carefully with small round-ended scissors without cutting the skin; the colour should turn pink again within minutes. If it won't come off, you can't tell whether it is all off, or the toe goes purple, white or dark or keeps swelling, go to the hospital emergency department now (AAP).",
    shockFirst:
      "Make sure the power is off. After a shock from a household socket, a child who cried straight away and is now alert and themselves is not usually an emergency; but the current can leave burns you can't see, and the American Academy of Pediatrics advises that every child who had an electric shock is seen by a doctor: look at the fingers, palm and corners of the mouth (where the current went in and out) for small white or black marks or blisters, and take your child to a doctor today (to check the skin, and the heart if needed).",
    earInsectFirst:
      "An insect flew or crawled into the ear: don't use cotton buds, tweezers or a finger (they push it deeper and can hurt the eardrum), and put no drops in; tilt your child's head so that ear faces down and shake gently, or shine a torch at the ear opening in a dark room — the insect may crawl out. If it doesn't come out, your child keeps complaining of pain, or there is blood or fluid from the ear, see a doctor (ENT) today to have it removed (NHS).",
    shockBurnFirst:
      "A small white or black mark or blister on the hand or mouth after a shock is an electrical burn: it can go deep under a small mark. Cool it under running water for 20 minutes, cover it loosely with cling film or a clean dressing, put nothing on it and don't pop blisters, and go to the emergency department today (NHS: all electrical burns need A&E).",
    fingerFirst:
      'First cool it under cold water or with a wrapped ice pack for 10–20 minutes and raise the hand; a finger out of shape, that will not bend, or a black or loose nail needs an X-ray.',
    nostrilFirst:
      "Something in the nose or ear: don't try to get it out with tweezers, a cotton bud or a finger (it goes further in); let your child breathe through the mouth and see a doctor (ear, nose and throat) today.",
    eyeFirst:
      "An eye that was poked or scratched: don't let your child rub it, don't press on it and don't pull out anything stuck in it; cover it loosely with a clean pad and go to an eye clinic or emergency department today.",
    eyeRinseFirst:
      "First rinse the eye under gently running clean water for at least 10–15 minutes: hold the eyelids open and let the water run from the inner corner (by the nose) outwards; don't let your child rub it, and don't use eye drops or anything to 'neutralise' it.",
    woundFirst:
      'First press firmly on the wound with a clean pad or towel for 10 minutes without lifting it to look; if it is deep, gaping or still bleeding after 10 minutes, go to a doctor today (it may need stitches or glue), and put nothing into the wound.',
    sunFirst: "First get out of the sun into the shade, cool the skin with a cool cloth and give plenty to drink; don't pop blisters.",
    noseBentFirst:
      "A nose that looks crooked or very swollen after a knock may be broken: hold a wrapped ice pack on it to bring the swelling down and see a doctor soon (ENT or the emergency department) — don't leave it more than a few days. A nosebleed that won't stop after 20 minutes of pressing, clear fluid from the nose or trouble breathing means the emergency department now (NHS).",
    plantFirst:
      "First take any leaves out of your child's mouth, wipe the mouth with a soft wet cloth and give a few sips of water; don't make them vomit. Keep the plant (or photograph the leaves and the whole plant) to show the doctor, who decides today whether anything is needed.",
    measureFirst:
      "Take your baby's temperature now (under the arm). Under 3 months, 38 °C or more is a red sign: go straight to the emergency department, don't wait.",
    recheckFirst:
      "37.5–37.9 °C is just under the 38 °C line: take off extra layers and take it again under the arm in 15–30 minutes. Under 3 months, 38 °C or more is a red sign: go straight to the emergency department, don't wait (NICE NG143).",
    febrileSeizureOutlook:
      'A febrile seizure can happen again: about 1 in 3 children have another one with a later fever, usually within a year, and most grow out of them by about 6. A febrile seizure is not epilepsy: very few of these children go on to have epilepsy, and it does not harm their development (NHS, febrile seizures). Fever medicine can make your child more comfortable but does not prevent another seizure.',
    seizureAgain:
      'If it happens again: note the time, lay your child somewhere safe such as the floor, move hard objects away, put nothing in their mouth; when it stops, turn them on their side (recovery position) and stay until they are fully awake.',
    croupFirst:
      "A barking cough and a hoarse voice (most often croup) or noisy breathing: first keep your child calm, hold them upright or sitting on your lap (crying makes breathing harder) and give drinks; don't use steam and don't give cough medicine (NHS).",
    bronchiolitisFirst:
      'Wheezy, laboured breathing in a baby under 1 after a cold is most often bronchiolitis (a virus, common in winter and spring): give smaller feeds more often; saline drops and gentle suction before feeds; hold them upright and let them rest; no cough medicine. Call 120 if they pause in their breathing, their lips turn blue, the chest or the skin under the ribs sucks in, they grunt, or they take less than half their usual feeds or have no wet nappy for 12 hours (NICE NG9, NHS).',
    hfmdFirst:
      'This sounds like hand, foot and mouth disease (an enterovirus, common under 5): if the mouth hurts, give cool, soft food and cool water or milk little and often, no acidic juice; count the wees — far fewer than usual or dark wee means a doctor today. It is very contagious: keep them home, wash hands often, tell the point, and no childcare for now (China NHC HFMD guideline 2018).',
    wheezeFirst:
      'A wheeze (a whistling or hu-hu noise as your child breathes): keep them calm and upright, on your lap or sitting, and give small drinks or feeds often; no cough medicine. Count how fast they breathe and watch whether the chest or the skin under the ribs pulls in with each breath.',
    stingMouthFirst:
      "A sting on the lip, in the mouth or on the face: if you can see the sting, scrape it out sideways with the edge of a bank card (don't squeeze it with fingers or tweezers); hold a wrapped ice pack on it for at least 10 minutes, keep your child sitting up and stay with them, and take them to a doctor now (emergency department or paediatrics), watching their breathing on the way.",
    waterBeadsFirst:
      "Water beads swell many times their size with water once swallowed and can block the gut, often with no symptoms at first: even if your child seems fine, go to the emergency department now and take one of the same beads or the packet to show the doctor; don't make your child vomit and give nothing to eat or drink for now (US Consumer Product Safety Commission, poison centres).",
    earFirst:
      "Fluid coming out of the ear: don't put cotton buds, drops or oil into the ear; just wipe away what comes out of it gently with a clean soft cloth. A warm or cool flannel held against the ear can ease the pain; pain or fever medicine only as the packet or a doctor says.",
    allergyFirst:
      'First stop the food (or whatever touched the skin), and note what it was, how much and when the rash started; a photo of the rash helps the doctor.',
    swallowedFirst:
      "Don't make them vomit and don't give food to 'push it down'; even if your child seems fine, a doctor needs to check that nothing is stuck (see below). If it could be a button battery, magnets or something sharp, go to the emergency department now. Once a doctor has checked that nothing is stuck, look in the nappies over the next few days for it.",
    medicineRashFirst:
      'A rash after starting a medicine: ask the doctor before the next dose (see them today); take the box and say which medicine, when it was started and when the rash came.',
    medicineErrorFirst:
      "Medicine given twice, too much or the wrong one: give nothing more and don't make your child sick; note which medicine, how much and when, take the bottle or box, and phone a doctor or go to the hospital now — even if your child seems fine, because some overdoses cause no signs at first.",
    desiccantFirst:
      "Look at the sachet first: 'silica gel' with clear little beads is of low toxicity — wipe out what is left in the mouth, give a few sips of water, don't make your child sick, and watch at home. 'Lime', 'quicklime' or 'calcium oxide' (white powder or lumps) burns the mouth and gullet — rinse the mouth with water, wipe off the powder, don't make your child sick, and go to the emergency department now with the sachet. If you can't tell which, treat it as lime and take the sachet to hospital.",
    limbFirst:
      "Keep the injured limb still in the position your child holds it, supported with a pillow or a rolled towel; don't rub or massage it, don't try to straighten it and don't make your child walk on it; a cold pack wrapped in a cloth for 10–20 minutes; no food or drink until a doctor has seen it; the doctor will often want an X-ray.",
    coolFirst:
      'First move somewhere cool, shaded or air-conditioned, take off extra clothes and sponge with a cool cloth, then give small sips often (more milk feeds for a baby).',
    fishBoneFirst:
      "A fish bone stuck in the throat: don't give a ball of rice or bread to swallow it down and don't give vinegar — that pushes the bone deeper and vinegar doesn't soften it. Stop eating and go today to a hospital ENT clinic (the emergency department at night) to have it taken out.",
    animalBiteFirst:
      "First wash the wound with soap and running water for about 15 minutes, then go today to a hospital's animal-bite (rabies exposure) clinic, where a doctor decides on rabies vaccination.",
    because: (reasons: string) => `Why: ${reasons}.`,
    urgentIf: (signs: string) => `Call 120 or go to the emergency department straight away if any of these appear: ${signs}.`,
    meanwhile: (care: string) => `Until you see the doctor: ${care}`,
  },

  reason: {
    bruise_unexplained:
      "bruises on a baby who isn't crawling or walking yet, or bruises no one can explain (babies this age rarely bruise by accident, so a doctor looks for the cause, including a blood-clotting problem)",
    colic_vomiting:
      'crying in bouts with the legs drawn up, and vomiting (this can be intussusception: go to hospital now to be seen in person, ideally the emergency department today; nothing to eat or drink for now, and call 120 if the poo has blood or looks like redcurrant jelly)',
    fluid_choke_breathing:
      'breathing that stays fast, noisy or hard after choking on milk or water (some may have gone into the airway; a doctor should listen to the chest)',
    jaundice:
      'jaundice in the first 24 hours after birth, or jaundice that deepens or spreads, with a very sleepy baby who feeds poorly, pale poo or dark wee, or that lasts beyond 2 weeks (3 if premature), needs a doctor the same day (NHS, newborn jaundice)',
    dengue: 'a fever with dengue going around (in young children dengue can look like an ordinary fever, so a doctor should check)',
    warm_under_3_months:
      'a baby under 3 months who feels hot (at this age a fever can be the only sign of a serious infection, so a doctor should see them in person)',
    fever_3_6_months: 'a fever in a baby aged 3–6 months (39 °C or more is an amber sign; even lower, see a doctor soon)',
    fever_5_days: 'a fever for 5 days or more',
    kawasaki:
      'a fever with red eyes, red cracked lips, swollen hands or feet or a rash — together these need a doctor to check for Kawasaki disease (NHS), which is treated in hospital as early as possible',
    fever_3_days:
      'a fever for 3 days or more that has not gone (American Academy of Pediatrics: a doctor should look for the cause of a fever lasting over 3 days, or over 24 hours under 2)',
    high_fever: 'a temperature of 40 °C or more',
    fever_amber: 'a fever with less feeding or drinking, fewer wet nappies, a dry mouth or less energy',
    nasal_flaring: 'flaring nostrils',
    fast_breathing: 'faster breathing than usual',
    pale: 'looking pale',
    hard_to_wake: 'hard to wake',
    very_lethargic: 'very drowsy or listless',
    rigors: 'shaking chills (rigors)',
    limb_swelling: 'a swollen limb or joint',
    not_weight_bearing: 'not putting weight on a leg',
    barking_cough: 'a barking cough or noisy breathing',
    blood_in_stool: 'blood in the poo',
    severe_pain: 'bad tummy pain',
    bite_broken: 'a bite that broke the skin (human bites get infected easily)',
    animal_bite: 'an animal bite or scratch',
    dehydration: 'signs of dehydration (fewer wet nappies, dry mouth, few tears, drinking less or low energy)',
    infant_diarrhoea: 'diarrhoea or vomiting in a baby under 6 months',
    constipation_warning: 'constipation with blood, bad tummy pain, vomiting, a swollen tummy or a fever',
    burn: 'a burn (for a small burn on a toddler, if unsure, see a doctor the same day)',
    head_bump_infant:
      'a knock on the head in a baby under 1 is best seen by a doctor today; a lump, bruise or cut over 5 cm means hospital now, even if they seem fine (NHS)',
    swallowed_object:
      "a swallowed coin, bead or other small object (even if your child seems fine, a doctor decides whether an X-ray is needed to check nothing is stuck in the food pipe; don't make them vomit. If it could be a button battery, magnets, medicine or a chemical, call 120 now)",
    hot_car: 'a child left in a hot car (even if alert and playing now, a doctor should check for heat illness)',
    nosebleed_long: 'a nosebleed still going after 20 minutes of pressure',
    tooth_injury: 'a tooth knocked out, loosened or broken (a dentist the same day)',
    hair_tourniquet: 'a hair or thread wound tight round a toe or finger (the longer it stays, the worse the blood flow; it needs to come off soon)',
    finger_bad: 'a crushed finger that is out of shape, will not move, or has a black or loose nail (it may be broken or the nail bed hurt)',
    sunburn_bad: 'sunburn with blisters or a fever, or sunburn in a baby under 1',
    water_inhaled: 'water breathed in (breathing problems can still start in the next hours; a doctor should check)',
    vomits_everything: 'vomiting everything, even water (dehydration comes quickly)',
    allergy_mild: 'a possible allergic reaction (hives, swollen lips or eyelids)',
    nose_object: 'something pushed into the nose or ear',
    medicine_rash: 'a rash after starting a medicine (it may be an allergy to the medicine or a viral rash; a doctor decides whether to carry on with it)',
    medicine_error:
      'medicine may have been given twice, too much or the wrong one (some overdoses look fine at first; a doctor decides from the name, the amount and the time)',
    desiccant: 'a desiccant sachet eaten and not yet known which kind (silica gel is of low toxicity, lime burns)',
    bloody_diarrhoea: 'diarrhoea with blood in the poo (a doctor needs to see why and check for dehydration)',
    choke_lingering:
      'a choke a few days ago and a cough or noisy breathing ever since (something may have gone into the airway; a doctor checks, perhaps with an X-ray)',
    shock_checked:
      'an electric shock from a household socket (the current can leave burns you cannot see; every child who had a shock should be checked by a doctor)',
    shock_burn: 'a white or black mark or blister on the skin after an electric shock (an electrical burn)',
    eyelid_infection:
      'a red, swollen eyelid with a fever (it can be an infection round the eye — periorbital cellulitis — and a doctor decides on antibiotics)',
    eye_injury: 'an eye injury (poked, scratched or hit)',
    eye_irritant:
      'soap, shampoo or sunscreen in the eye (if it is still red, sore, watering, hard to open or vision is blurred after rinsing, an eye doctor today; alcohol hand sanitiser, bleach, disinfectant, toilet cleaner, laundry liquid or lime: call 120 or go to the emergency department now)',
    wound_deep: 'a deep or gaping cut, or one that keeps bleeding (it may need stitches)',
    wound_through:
      'a tooth went right through the lip, a wound inside and out (even once it stops bleeding, a doctor should clean and check it; it often needs stitches)',
    fever_rash: 'a rash with the fever',
    nose_bent: 'a nose out of shape after a knock, which may be broken',
    plant: 'a plant eaten (many houseplants irritate the mouth and throat, a few are poisonous: it depends on the plant)',
    low_toxic_symptoms: 'vomiting, coughing that goes on, or less energy after swallowing something',
    bite_spreading: 'redness or swelling that keeps spreading after a bite or sting, or a fever (possible infection)',
    wound_infected: 'a wound getting redder, more swollen or hot, or with pus (possibly infected: a doctor should look at it)',
    pale_stool:
      'pale, white or clay-coloured poo in a baby (it can be a liver problem: the earlier it is checked the better; take a photo of the poo or the nappy)',
    ear_discharge: 'fluid coming out of the ear (often a middle-ear infection: a doctor should look at the ear)',
    projectile_vomit: 'forceful (projectile) vomiting, which is not ordinary spit-up: a doctor should find the cause',
    vaccine_fever_long: 'a fever lasting more than 48 hours after a vaccination, or 39 °C or more (tell the doctor which vaccine was given)',
    hfmd: 'a fever with spots or blisters on the hands, feet or bottom and sores in the mouth looks like hand, foot and mouth disease: a doctor should confirm it and check for drying out and early signs of a severe case',
    bronchiolitis:
      'wheezy or laboured breathing or feeding less in a baby under 1 after a cold (possibly bronchiolitis): a doctor should listen to the chest and check breathing and feeding',
    wheeze: 'wheezing (a whistling noise when breathing): a doctor should listen to the chest and find the cause',
    sting_mouth:
      'a sting on the lip, in the mouth, on the tongue, in the throat or near the eye (swelling in the mouth or throat can block breathing; near the eye a doctor should look)',
    airway_object:
      'a nut, seed, shell or popcorn choked on or breathed in (a piece can go down into the airway or a lung and stay there after the coughing stops; a doctor should listen to the chest and may arrange an X-ray, even if your child seems fine; until then, watch for a cough that comes back, wheezing or fast breathing)',
    scrotal_swelling:
      'a swollen scrotum or testicle that does not hurt (possibly fluid around the testicle or a hernia, which a doctor should check; if it suddenly hurts, turns red or purple, or your child vomits, call 120 or go to the emergency department at once)',
    fish_bone: 'a fish bone stuck in the throat (a doctor has to see it to take it out)',
    arm_not_used:
      "suddenly won't use or move an arm (often a 'pulled elbow' after being lifted or pulled by the hand, sometimes a fracture: a doctor checks it; don't pull it yourself)",
    seizure_unseen: 'a fit that no doctor has looked at yet (a first fit, even a short one with a fever, should be checked by a doctor to find the cause)',
    episode_past:
      'an episode of fainting, going blue or a pause in breathing, even if it was short and your child has been well since (a doctor should find out why)',
    choking_resolved: 'a choking episode (any child who needed back blows, chest or abdominal thrusts should be checked by a doctor, even if they seem fine)',
  },

  urgentSigns: {
    jaundice: "your baby is floppy, can't be woken, has a high-pitched cry, arches backwards or has a fit",
    dengue:
      'especially around the time the fever comes down: severe tummy pain, vomiting again and again, bleeding gums or nose, vomiting blood or black poo, very drowsy or restless, cold hands and feet',
    limb: 'the limb is bent out of shape or bone shows; the hand or foot below is pale, cold or numb; the pain is severe; the fall was from a height or there is a head-injury warning sign',
    fever:
      "pale, mottled, grey or blue skin or lips; can't be woken or won't stay awake; a weak, high-pitched or non-stop cry; grunting, very fast breathing or the chest pulling in; a rash that doesn't fade under a glass; a bulging soft spot or stiff neck; a fit",
    dehydration:
      'very drowsy, floppy or hard to wake; a sunken soft spot or sunken eyes; cold hands and feet or mottled skin; only one or two wees in a whole day; vomiting everything; green vomit or blood in the poo',
    head: 'vomiting, even once; unusually sleepy, hard to wake or confused; a worsening headache or crying that cannot be settled; clear fluid or blood from the nose or ears; unsteady walking; a fit',
    burn: "larger than your child's palm; white, leathery or charred; blistered; on the face, hands, feet or genitals; any burn on a baby under 1",
    burn_unblistered:
      "the burn on the hand or foot blisters; it is larger than your child's palm; white, leathery or charred; your child gets a fever or seems unwell",
    hfmd: 'very sleepy, floppy or hard to wake; easily startled, jerking or trembling limbs, unsteady; vomiting again and again; fast or laboured breathing; cold hands and feet or mottled skin; a high fever that will not come down',
    breathing: 'hard work breathing, the chest pulling in, blue lips, or harsh noisy breathing even when calm',
    constipation: 'green vomit; a hard, swollen tummy with a very unwell, floppy child',
    choking: "can't cough, cry or breathe again; noisy or hard breathing; blue lips; stops responding",
    bite: "bleeding that won't stop, or trouble breathing or a swelling tongue or throat",
    swallowed: 'coughing or choking, drooling, not able to swallow, chest or tummy pain, vomiting, trouble breathing',
    nose: 'heavy bleeding or still bleeding after 20 minutes of pressure; pale or unusually tired; a nosebleed after a knock to the head',
    tooth:
      'vomiting, unusual sleepiness or unsteadiness after a knock to the head; bleeding that does not stop after 10 minutes of pressure; breathing trouble',
    water: 'coughing that keeps going, fast or hard breathing, the chest sucking in, blue lips, unusual sleepiness or vomiting',
    allergy: 'breathing trouble or wheezing, a tight throat or hoarse voice, a swollen tongue or throat, pale and floppy',
    heat: 'very hot but not sweating, floppy or hard to wake, vomiting, a fit; blisters over a large area',
    ingested: "trouble breathing, coughing that goes on or choking; swelling of the tongue or throat; drooling or can't swallow; can't be woken or a fit",
    seizure: "a fit lasting more than 5 minutes; one fit after another; can't be woken or hard to wake afterwards; trouble breathing or blue lips",
    episode: "faints or goes limp again, can't be woken, turns blue or stops breathing, even for a moment; a fit",
    breath_holding:
      'in a spell, breathing does not start again within about a minute, or your child stays limp or does not come round within a minute; jerking for more than a minute; a spell with no crying or upset first',
    eye: "the eye bulges, hurts to move or your child can't see properly; the redness and swelling spread; your child becomes drowsy or unwell",
    shock:
      "passed out or can't be woken, breathing that isn't normal, a racing or irregular heartbeat, a fit, confusion, or a charred or white wound where the current went in or out",
    point:
      "trouble breathing, a fit, can't be woken, heavy bleeding or a serious burn; after a knock on the head, any vomiting (even once), unusual sleepiness or unsteadiness",
  },

  meanwhileCare: {
    head: 'hold a cold pack wrapped in a cloth on the lump on and off; let your baby rest (sleep is fine as long as they wake normally and respond as usual), and keep watching for the signs below over the next 24 hours (the NHS says two days).',
    dehydration:
      'keep up breast milk or formula and offer small, frequent sips; use oral rehydration salts only as a doctor or pharmacist advises, made up exactly as the packet says. Sports drinks (Pocari, Gatorade), juice and coconut water are no substitute for oral rehydration solution: too much sugar, the wrong salts. Count the wet nappies: fewer than six a day is too few for a baby.',
    chokingFoods:
      'stay with your child, watch their breathing and coughing, and hold off on more food for now. From now on, until age 4, cut grapes and cherry tomatoes lengthways into quarters and give no whole nuts, popcorn or hard sweets; eat sitting down with an adult watching.',
    fever: "dress them lightly, offer plenty to drink (for a young baby, extra breast or formula feeds), don't bundle them up and don't sponge with alcohol.",
    rash: 'press the side of a clear glass firmly on the rash: if the spots do not fade under the glass, that is a red sign — call 120 now.',
    vaccine:
      'a mild fever and a sore red spot in the day or two after a vaccination are common and usually settle within 48 hours (2 days); if the fever lasts longer than 48 hours, see a doctor today and say which vaccine was given.',
  },

  watch: {
    water:
      "• A mouthful of water coughed up, then normal breathing and your child back to themselves: there is no need to fear 'drowning days later' ('dry drowning' is not a medical term).\n• Over the next few hours watch for a cough that keeps going, fast or hard breathing, the chest pulling in, unusual sleepiness or vomiting — any of these means a doctor today (American Academy of Pediatrics).",
    fluid_choke:
      "• Choking and coughing on milk or water is common: sit your baby or child up, leaning slightly forward, and let them cough — coughing clears it; pat the back gently, and don't put fingers in the mouth.\n• Once they breathe, cry and colour normally, let them rest before feeding again; feed more upright, with pauses to burp, and check a bottle's teat isn't flowing too fast.\n• See a doctor today if the breathing stays fast, noisy or hard, or the coughing keeps coming back over the next hours.",
    /** Drinking and weeing again after a worry about drying out. */
    introDrinking: 'Drinking and a proper wee are good signs. From here, keep it going and watch for:',
    drinking_again:
      "• Keep offering breast milk, formula or water little and often rather than a lot at once; if they are sick, pause, then start again with small sips.\n• Count the wet nappies: there should be a wee every few hours from now on. Fewer than six wet nappies a day, dry lips, no tears, refusing drinks again or less energy still means a doctor today.\n• If you're unsure whether they're drinking enough, or simply worried, seeing a doctor today is fine too.",
    introJaundice:
      'Some yellowing of the skin and the whites of the eyes from the second or third day is common newborn jaundice: it is usually harmless, is most visible around day 4–5 and fades within 2 weeks in full-term babies. Have it checked at the newborn visits, and meanwhile:',
    jaundice:
      "• Look in daylight at the whites of the eyes, the gums and the palms and soles; feed your baby often (no glucose water, sugar water or plain water instead of milk), and don't use sunlight to treat it.\n• See a doctor today if the yellow gets deeper or spreads to the tummy, arms, legs, palms or soles; your baby is very sleepy, hard to wake for feeds or feeding poorly; the poo is pale, chalky white or grey or the wee dark yellow; or a full-term baby is still yellow after 2 weeks (3 weeks if premature) (NHS).",
    limb_knock:
      "• Hold a cold pack wrapped in a cloth on the sore spot for 10–20 minutes, on and off, and let them rest it; a bruise may come up over the next day or two.\n• Over the next 24 hours, see a doctor today (an X-ray may be needed) if your child starts to limp, won't put weight on the leg or won't use the arm, it swells, one spot on the bone hurts when pressed, or the pain gets worse — young children's bones can break without much to see (NHS).\n• Heavy furniture can tip onto a small child: fix chests of drawers, bookcases and TVs to the wall with anti-tip fittings.",
    intro: 'It sounds like your child is all right now, so you can care for them at home. Over the next 24 hours, watch for:',
    doNow: 'What to do now, and what to watch for over the next 24 hours:',
    askHowNow:
      'How is your child now? Did they pass out at the time, even for a moment? If they cried straight away, settled soon and are playing as usual, you can usually watch them at home.',
    head: '• For a lump, hold a cold pack wrapped in a cloth on it on and off. Let them rest; sleep is fine as long as they wake normally and act like themselves (the NHS advises keeping an eye on them for two days).',
    constipation:
      "• If they're eating, weeing normally, playing and the tummy is soft, a few days without a poo can be helped at home: more water, vegetables, fruit and whole grains, more moving about; don't keep using suppositories or laxatives on your own.\n• See a doctor for blood in the poo, bad tummy pain, vomiting, a swollen tummy, a fever, or no improvement after a week or two.",
    burn: "• If it hasn't had a full 20 minutes under cool running water, finish that now; then cover loosely with cling film — no toothpaste, soy sauce or creams, don't pop blisters.\n• See a doctor the same day if it blisters, gets redder or more swollen, oozes, or your child gets a fever.",
    bite: '• Wash the bite with soap and running water and keep it clean and dry.\n• Over the next days, see a doctor if it gets redder, swollen, hot or more painful, oozes, or your child gets a fever; if the skin was broken, have a doctor look at it today.',
    minor_wound:
      '• Rinse a graze or scratch with clean water and keep it clean and dry; for a bruise, a cold pack wrapped in a cloth on and off.\n• A wound that gapes or keeps bleeding after you press on it needs a doctor today; see a doctor too if it gets redder or swollen, oozes, or your child gets a fever or seems unwell.',
    choking:
      "• If your child coughed it out themselves and is now crying, talking and breathing as usual, no back blows are needed and don't put fingers in their mouth; stay with them and watch their breathing and coughing.\n• A child who needed back blows, chest thrusts or abdominal thrusts should be checked by a doctor, even if they seem fine.\n• Until age 4, cut grapes and cherry tomatoes lengthways into quarters, and give no whole nuts, popcorn, hard sweets or whole sausages; children eat sitting down, with an adult watching.",
    nosebleed:
      "• Sit your child up, leaning forward with the head down, and pinch the soft part of the nose for 10–15 minutes while they breathe through the mouth.\n• Don't tilt the head back (the blood runs into the throat and can make them cough or vomit) and don't pack the nostril; no hard nose-blowing for the rest of the day.\n• Still bleeding after 20 minutes of pressure: see a doctor now.\n• Stopped and your child is well: usually no need for hospital, just watch at home; a nosebleed in a child under 2, nosebleeds that keep coming back, or unexplained bruises: see a doctor today (NHS).\n• Nosebleeds that come often are mostly dry air, nose-picking or a blocked nose from a cold: a humidifier, a thin smear of petroleum jelly inside the nostrils and short nails help; several a week or hard to stop, see a GP or an ENT doctor.",
    finger:
      '• Cool it straight away under cold water or with a wrapped ice pack for 10–20 minutes and raise the hand.\n• See a doctor today if the finger is out of shape, cannot bend or move, the nail turns black or comes loose, the cut is deep or keeps bleeding, or the pain and swelling get worse (it may need an X-ray).',
    sunburn:
      "• Get out of the sun into the shade, cool the skin with a cool cloth or a lukewarm bath, give plenty to drink and dress them loosely; don't pop blisters.\n• See a doctor today if it blisters or covers a large area, or your child has a fever, chills or is unusually tired; keep babies under 6 months out of direct sunlight.",
    low_toxic:
      "• Soap, lipstick, lip balm, crayons, chewing gum, paper, sand, erasers and candle wax are of low toxicity in small amounts (US National Capital Poison Center): take the rest away, wipe out the mouth with a soft wet cloth and give a few sips of water; don't make them vomit. Swallowed gum normally passes out in the poo.\n• Watch for the next few hours: a little nausea, being sick once or twice or one loose poo can happen; vomiting more than once, coughing or noisy breathing, tummy pain or less energy means a doctor today — take the packaging.",
    fire_ant:
      "• Fire ant stings: move away from the nest, brush the ants off, wash the stings with soap and water, and hold a wrapped ice pack on them for 10–20 minutes for the pain and swelling.\n• Small white pustules usually come up within a day: don't pop or squeeze them, and keep nails short so your child doesn't scratch — broken ones can get infected and scar; they dry up by themselves in about a week. Ask a pharmacist or doctor about an anti-itch cream or antihistamine; don't use tiger balm or medicated oils.\n• Redness, swelling, warmth or pain that spreads around them, yellow pus, or a fever means a doctor today.",
    centipede:
      '• A centipede bite: wash it with soap and water, hold a wrapped ice pack on it for about 15 minutes at a time and raise the limb. Pain, redness and swelling usually settle within 48 hours.\n• Watch the bite over the next days: redness or swelling that spreads, warmth, pus, or a fever means a doctor today.',
    jellyfish:
      "• A jellyfish sting: get out of the water and rinse the area with sea water (not fresh water, vinegar, alcohol or pee); scrape off any tentacles or spines with tweezers or the edge of a card, not bare fingers.\n• Then soak the area in very warm water (test it on your own skin first so it can't scald) for about 30 minutes, or hold a hot flannel on it (NHS); don't scratch. A sting on the face or genitals, or swelling that spreads, means a doctor today.",
    seizure:
      "• If it happens again: note the time, lay your child somewhere safe such as the floor, move hard objects away, don't hold them down and put nothing in their mouth; when it stops, turn them on their side (recovery position) and stay until they are fully awake.\n• Keep caring for the fever: light clothes, plenty of milk or water, don't bundle them up. Fever medicine does not prevent another fit. A fever for 5 days or more, much less eating or drinking, or less and less energy means a doctor again today.",
    gastro:
      "• Vomiting and diarrhoea together is most often a tummy bug (viral gastroenteritis): it usually settles within a few days, and the main thing is to stop them drying out; don't give anti-diarrhoea or anti-sickness medicine yourself (NHS).",
    hfmd: '• This sounds like hand, foot and mouth disease (an enterovirus, common under 5); most children are better in about a week.\n• Sore mouth, not eating or drinking: cool, soft food and cool water or milk little and often, no acidic juice; count the wees — far fewer than usual, dark wee or dry lips means a doctor today. Treat the fever as usual.\n• A severe case shows within the first 5 days, so check each day: how alert they are, startles or trembling limbs, vomiting, how fast they breathe.\n• It is very contagious: keep them home and wash hands often; back to childcare once recovered and as the doctor and the point say (usually about 2 weeks after it started) (China NHC HFMD guideline 2018).',
    roseola:
      "• A few days of high fever, then a pink, spotty rash as the fever goes, in a lively child: this sounds like roseola (a virus, common under 2). The rash doesn't itch and fades by itself within a few days; no cream needed (NHS).\n• Press the side of a clear glass on the rash: if it fades, you can watch at home; if the spots don't fade (red or purple dots still show), call 120 now.\n• A doctor if a high fever comes back after the rash, or they become listless or drink and wee much less.",
    gut: '• Vomiting or diarrhoea: offer small, frequent drinks and keep up breast milk or formula; use oral rehydration salts only as a doctor or pharmacist advises, made up exactly as the packet says.\n• Watch for drying out: far fewer wet nappies, dry lips, no tears when crying, less energy, vomiting everything, or blood in the poo — any of these means a doctor today.',
    sting:
      "• A bee or wasp sting: if you can see the sting, scrape it out sideways with the edge of a bank card (don't squeeze it with fingers or tweezers); wash with soap and water, cool it with a wrapped ice pack and raise the limb.\n• Watch your child for the next few hours: swelling that keeps spreading, or a sting in the mouth or throat, needs a doctor today.",
    vaccine:
      "• A mild fever, a sore red spot and some fussiness in the day or two after a vaccination are common and usually settle within 48 hours (2 days). A clean, cool, wet cloth on a sore, red injection site helps (US CDC). Light clothes, plenty of milk or water, rest; don't bundle them up.\n• See a doctor today if the fever lasts more than 48 hours, reaches 39 °C or more, the redness spreads, or your child feeds much less or is unusually tired.",
    splinter:
      '• A splinter: wash the area with soap and water; if one end is showing, pull it out gently with clean tweezers in the direction it went in, then wash again and keep it clean.\n• A deep splinter, one you cannot get out, glass or metal, or redness, swelling, pus or a fever afterwards means a doctor (NHS).',
    teething_fever:
      "• Teething does not cause a fever: at most a slight rise, under 38 °C (NHS, NICE). A fever now most likely has another cause, such as a cold or another infection — care for it and watch it as a fever, not as 'teething'.\n• At home: plenty of milk or water, light clothes, don't bundle them up or sponge with alcohol; whether and how much fever medicine follows a doctor's advice or the packet — I don't give doses.\n• Under 3 months, any fever means a doctor now (38 °C or more: call 120). See a doctor today for 39 °C or more at 3–6 months, a fever for 5 days or more, much less drinking or fewer wet nappies, or less energy; and see a doctor if a child under 2 has had a fever for more than 24 hours, or any child for more than 3 days.",
    fever_home:
      "• 37.5 °C or more under the arm is a fever, but how your child is matters more than the number.\n• A fever in a child who is alert, eating and playing can be cared for at home: plenty of milk or water, light clothes, don't bundle them up and don't sponge with alcohol. Fever medicine is for comfort; whether and how much follows a doctor's advice or the packet — I don't give doses.\n• A baby under 3 months with any fever sees a doctor now (38 °C or more: call 120). See a doctor today for 39 °C or more at 3–6 months, a fever for 5 days or more, much less drinking or fewer wet nappies, or less energy.",
    heat: '• Hot, sweaty and red in the face but alert and talking: move to somewhere cool and shaded or air-conditioned, take off extra clothes, sponge with cool (not ice-cold) water and fan, and give sips of water often (more milk feeds for a baby).\n• They should improve within 30 minutes; if not, or if they are very hot but not sweating, floppy, hard to wake, vomiting or having a fit, call 120 (NHS). Never leave a child alone in a car.',
    rash_blanch:
      "• A rash that fades when you press a clear glass on it, in a child who is lively and eating and drinking: you can watch at home. A rash that comes as a few days' high fever goes is common in babies and toddlers (roseola is one cause); it usually fades by itself within a few days, doesn't itch and needs no cream — a doctor can say what it is.\n• Press the glass on it again each day, and keep an eye on drinking, wet nappies and how alert your child is. See a doctor if spots appear that don't fade under the glass, the high fever comes back, or your child becomes unwell, drowsy or drinks and wees less.",
    breath_holding:
      "• That sounds like a breath-holding spell: common between 6 and 18 months, not done on purpose, and it does not harm the brain (NHS).\n• In a spell: stay calm and stay with your child, lay them on their side where they can't fall or bang their head; don't shake them, splash water or put anything in their mouth; comfort them once they come round.\n• See a doctor (not an emergency) after the first spell or if they happen often, to rule out other causes — breath-holding is linked with iron-deficiency anaemia, which a blood test can find.",
    point_injury:
      "• The same day, ask the carers what happened, when, and what they did, and ask the point to record it; you can take photos of the injury.\n• If you're not sure how bad it is, have a doctor look at your child.",
    urgentIf: (signs: string) => `Call 120 or go to the emergency department straight away if any of these appear: ${signs}.`,
  },

  notYourFault:
    "Please don't blame yourself: knocks and little accidents happen to every young child, even with the most careful parent — checking now is looking after them well.",
  atPoint: "Your child was hurt at a point — I'm passing this to staff as a complaint to follow up. First, your child:",
  atPointRed: 'This happened at a point: it is on the same urgent ticket, and staff will also find out from the point what happened and get back to you.',
  passedToStaff: 'I have also passed this message to the staff member looking after your request.',
  notDose: "A medicine dose has to come from a doctor or pharmacist who knows your child's weight and situation, so I can't give one.",

  spitUp: {
    answer:
      "Bringing up a little milk after feeds (spit-up, or reflux) is very common: if your baby is content and gaining weight it is usually nothing to worry about, and it mostly settles before the first birthday.\n• Keep your baby's head higher than the body while feeding; with a bottle, tilt it so the teat is full of milk and check the teat hole isn't too fast.\n• Hold your baby upright and burp them halfway through and after the feed; smaller, more frequent feeds, no overfeeding, and no jiggling or rough play straight after.\n• Still put your baby to sleep on the back, never on the tummy or side to stop spit-up: tummy sleeping raises the risk of sudden infant death; healthy babies swallow or bring up milk and are not more likely to choke (AAP).",
    doctor:
      'See a doctor if it is large or forceful (projectile), has blood in it or is green-yellow, or your baby refuses feeds, is not gaining weight, has fewer wet nappies, cries and arches at every feed, or still brings up milk often after their first birthday.',
  },

  medicine: {
    fever:
      "• Fever medicine is to make your child more comfortable, not to bring the number back to normal. Whether to use it, which one and how much should follow a doctor's or pharmacist's advice or the package instructions exactly.\n• Never give aspirin to children, and don't combine several cold remedies; antibiotics don't help fevers caused by viruses.\n• Offer plenty of fluids, dress them lightly, don't bundle them up and don't sponge with alcohol.",
    feverDoctor:
      'A baby under 3 months with any fever needs a doctor now; see a doctor today for 39 °C or more at 3–6 months, a fever of 5 days or more, or much less drinking or fewer wet nappies.',
    cough:
      '• Over-the-counter cough and cold medicines are not for young children: the US FDA advises against them under 2 and the American Academy of Pediatrics under 4. Give only medicines a doctor prescribes for your child.\n• Fluids, rest and saline drops for a blocked nose help; for children over 1, a little honey can ease a night-time cough (never honey under 1).',
  },
};
