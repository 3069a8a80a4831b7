// "In Beijing, Commerce Ministry spokesman He Yongqian said …": a sentence opened by "In <capital>," then a generic
// institution is told from that state's seat of government, so the institution is that state's (guideline 13), whatever
// state the article is mostly about; not when it is a visiting party ("In Washington, Finance Ministry officials met IMF
// staff") or the sentence names another state ("Trade Ministry negotiators from Kenya").
import type { ActorMention, Mention } from '../../types';
import { getGazetteer } from '../gazetteer';
import { qualifiedByDominant, qualifyBySentence } from '../genericQualifier';
import { sentenceEndsAt, sentenceStartsAt } from '../sentence';

/** "In " and a capital of up to three words, then a comma. */
const LOCATED = /^In (\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), /u;

/** Longest stretch read for "In <capital>, " at a sentence's start. */
const OPENING_CHARS = 40;

/** After the institution: people sent by it, who may be anywhere ("Finance Ministry officials", "the Trade Ministry delegation"). */
const VISITORS_AFTER = /^\s+(?:officials?|negotiators?|delegations?|delegates?|teams?|envoys?|ministers?|representatives?|staff)\b/;

/**
 * Qualifies the generic institutions (not yet `owned`) of sentences that open with "In <capital>," by the capital's
 * state, recording them in `owned`; the paragraph's mentions are sorted by start and changed in place. Each stretch of
 * text is read once: the search for an institution's sentence start stops where the previous one's began.
 */
export function locatedInstitutions(text: string, mentions: readonly Mention[], owned: Set<ActorMention>, acronyms: [string, string][]): void {
  // Every qualified sentence opens with "In ": without one, no sentence start is looked for.
  if (!text.includes('In ')) return;
  let searchedTo = 0;
  let start = 0;
  for (let idx = 0; idx < mentions.length; idx++) {
    const m = mentions[idx];
    if (m.kind !== 'actor' || m.type !== 'organization' || owned.has(m)) continue;
    for (let k = m.start; k > searchedTo; k--) if (sentenceStartsAt(text, k)) { start = k; break; }
    searchedTo = m.start;
    let from = start;
    while (from < m.start && (text.charCodeAt(from) === 32 || text.charCodeAt(from) === 10)) from++;
    if (text.charCodeAt(from) !== 73) continue; // "I"
    const located = LOCATED.exec(text.slice(from, Math.min(m.start, from + OPENING_CHARS)));
    if (!located) continue;
    // The institution opens the clause ("In Beijing, the Commerce Ministry …"), as its subject.
    const opens = from + located[0].length;
    if (m.start !== opens && !(m.start === opens + 4 && text.startsWith('the ', opens))) continue;
    const e = getGazetteer().get(located[1]);
    // The generic-institution test (a long regex) last: nearly every organisation fails the cheap tests above.
    if (!e || e.kind !== 'capital' || !qualifiedByDominant(m.text, m.canonical) || VISITORS_AFTER.test(text.slice(m.end, m.end + 16)) || namesOtherState(text, mentions, idx, e.canonical)) continue;
    qualifyBySentence(m, e.canonical, owned, acronyms);
  }
}

/**
 * Whether the sentence after mention idx names a state other than `state`, read up to its end: each sentence is read
 * once, by the institution that opens it.
 */
function namesOtherState(text: string, mentions: readonly Mention[], idx: number, state: string): boolean {
  let end = mentions[idx].end;
  while (end < text.length && !sentenceEndsAt(text, end)) end++;
  for (let k = idx + 1; k < mentions.length && mentions[k].start < end; k++) {
    const n = mentions[k];
    if (n.kind === 'actor' && n.type === 'state' && n.canonical !== state) return true;
  }
  return false;
}
