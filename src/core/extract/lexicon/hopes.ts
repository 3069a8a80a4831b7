// Words of hope, expectation and likelihood: the tense rules read a deadline or an infinitive after them as ahead.

/** Finite verbs of hope and expectation that take a "to"-infinitive pointing forward ("hopes to sign", "expected to open"). */
export const HOPE_VERBS_TO = ['hopes', 'hoped', 'expects', 'expected'];

/** Verbs of hope, expectation or prediction: a deadline after "by" under one is the speaker's, ahead ("said he hoped for a settlement by March"). */
export const HOPE_VERBS = [...HOPE_VERBS_TO, 'hope', 'hoping', 'expect', 'expecting', 'predict', 'predicts', 'predicted'];

/** Words of likelihood: ahead only before "to", "by" or "that" ("likely to be signed by May"; "the troops likely withdrew by April" is past). */
export const LIKELIHOOD_WORDS = ['likely', 'unlikely'];

/**
 * Adjectives of hope or possibility: a deadline after "by" under one is ahead only in the present ("a deal is possible by
 * November") or reported ("said a deal was possible by November"), not in narrative ("were confident of finishing by May").
 */
export const HOPE_ADJECTIVES = ['hopeful', 'optimistic', 'confident', 'possible', 'impossible', 'feasible', 'achievable', 'realistic'];
