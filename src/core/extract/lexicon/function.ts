// Function words: determiners, prepositions, conjunctions and auxiliaries the rules read around a date, a figure or a name.

/** A determiner, possessive or "of" right before a participle: the participle is an adjective ("of approved plants"). */
export const ADJECTIVAL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'newly']);

/** Prepositions after a limit word that a counted noun comes before ("<noun> ceiling from", "troop cap of", "staff limit at"). */
export const LIMIT_PREPOSITIONS: readonly string[] = ['from', 'of', 'at', 'to'];
