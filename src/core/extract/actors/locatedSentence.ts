// "In Beijing, Commerce Ministry spokesman He Yongqian said …": a sentence opened by "In <capital>," is told from that
// state's seat of government, so its generic institutions are that state's (guideline 13), whatever state the article
// is mostly about.
import type { ActorMention, Mention } from '../../types';
import { getGazetteer } from '../gazetteer';
import { qualifiedByDominant, qualifyBySentence } from '../genericQualifier';
import { sentenceStartsAt } from '../sentence';

/** "In " and a capital of up to three words, then a comma. */
const LOCATED = /^In (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), /u;

/** Longest stretch read for "In <capital>, " at a sentence's start. */
const OPENING_CHARS = 40;

/**
 * Qualifies the generic institutions (not yet `owned`) of sentences that open with "In <capital>," by the capital's
 * state, recording them in `owned`; the paragraph's mentions are sorted by start and changed in place. Each stretch of
 * text is read once: the search for an institution's sentence start stops where the previous one's began.
 */
export function locatedInstitutions(text: string, mentions: readonly Mention[], owned: Set<ActorMention>, acronyms: [string, string][]): void {
  let searchedTo = 0;
  let start = 0;
  for (const m of mentions) {
    if (m.kind !== 'actor' || m.type !== 'organization' || owned.has(m) || !qualifiedByDominant(m.text, m.canonical)) continue;
    for (let k = m.start; k > searchedTo; k--) if (sentenceStartsAt(text, k)) { start = k; break; }
    searchedTo = m.start;
    let from = start;
    while (from < m.start && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 10)) from++;
    if (text.charCodeAt(from) !== 73) continue; // "I"
    const located = LOCATED.exec(text.slice(from, Math.min(m.start, from + OPENING_CHARS)));
    const e = located ? getGazetteer().get(located[1]) : undefined;
    if (e && e.kind === 'capital') qualifyBySentence(m, e.canonical, owned, acronyms);
  }
}
