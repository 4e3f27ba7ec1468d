/**
 * Everyday and brand words English-speaking parents write for things the
 * English documents name otherwise, read as the documents' word by
 * stemWord (documents and messages alike): "binky" and "paci" for a
 * pacifier, "puke" and "barf" for vomiting, the fever-medicine brands for
 * paracetamol and ibuprofen, "granny" and "nana" for grandma. Only words
 * with one meaning in a parent's message (not "temp", which is also the
 * service's temporary care).
 */
export const EVERYDAY_ENGLISH_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['binky', 'pacifier'],
  ['binkies', 'pacifier'],
  ['paci', 'pacifier'],
  ['puke', 'vomit'],
  ['puked', 'vomit'],
  ['pukes', 'vomit'],
  ['puking', 'vomit'],
  ['barf', 'vomit'],
  ['barfed', 'vomit'],
  ['barfing', 'vomit'],
  ['tylenol', 'paracetamol'],
  ['calpol', 'paracetamol'],
  ['panadol', 'paracetamol'],
  ['acetaminophen', 'paracetamol'],
  ['motrin', 'ibuprofen'],
  ['nurofen', 'ibuprofen'],
  ['advil', 'ibuprofen'],
  ['granny', 'grandma'],
  ['nana', 'grandma'],
  ['grandmother', 'grandma'],
  ['lethargic', 'drowsy'],
  // West African fermented maize porridge, given to babies ('pap with sugar').
  ['pap', 'porridge'],
  ['ogi', 'porridge'],
  ['akamu', 'porridge'],
  // Children's programmes named for the screen time they are ('30 minutes of Bluey a day').
  ['bluey', 'tv'],
  ['peppa', 'tv'],
  ['cocomelon', 'tv'],
  // Teething-gel brands, read as the gel the teething section warns about ('is bonjela ok').
  ['bonjela', 'gel'],
  ['orajel', 'gel'],
  ['anbesol', 'gel'],
  // Filipino rice porridge, which yayas give babies ('lugaw with a bit of salt').
  ['lugaw', 'porridge'],
];
