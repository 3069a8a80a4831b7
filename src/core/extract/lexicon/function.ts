// Function words: determiners, prepositions, conjunctions and auxiliaries the rules read around a date, a figure or a name.

/** A determiner, possessive or "of" right before a participle: the participle is an adjective ("of approved plants"). */
export const ADJECTIVAL_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'of', 'newly']);

/** Prepositions after a limit word that a counted noun comes before ("<noun> ceiling from", "troop cap of", "staff limit at"). */
export const LIMIT_PREPOSITIONS: readonly string[] = ['from', 'of', 'at', 'to'];

/** Auxiliaries that open a sentence as a question does ("Will Dhaka sign …?", "Can Beijing afford …?"); "Will" is also a given name. */
export const QUESTION_AUXILIARIES = new Set(['Will', 'Would', 'Can', 'Could', 'Should', 'Shall', 'Does', 'Did', 'Is', 'Are', 'Has', 'Have', 'Must', 'May']);

/** Prepositions that make the grouping noun after them (and its determiners and adjectives) their object. */
export const GROUP_PREPOSITIONS = new Set(['of', 'for', 'in', 'inside', 'within', 'from', 'to', 'with', 'at', 'by', 'on', 'among', 'across', 'into', 'outside', 'over', 'against', 'behind']);

/**
 * Lower-case words that may follow a harmed person's name: prepositions, conjunctions and auxiliaries ("the killing of
 * Ana Ruiz Soto outside …", "the arrest of Li Qiang was …"); a past-tense verb is read by its shape.
 */
export const WORDS_AFTER_HARMED_NAME = new Set(['in', 'at', 'on', 'outside', 'inside', 'near', 'by', 'for', 'from', 'to', 'with', 'after', 'before', 'during',
  'over', 'under', 'last', 'this', 'earlier', 'and', 'or', 'but', 'as', 'was', 'is', 'has', 'had', 'have', 'will', 'would', 'could', 'may', 'might',
  'remains', 'remained', 'sparked', 'drew', 'led', 'took', 'shook', 'became', 'came', 'that', 'which', 'who', 'whom', 'when', 'while', 'amid', 'without']);
