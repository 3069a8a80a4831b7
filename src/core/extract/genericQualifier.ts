// Generic institutions ("Ministry of Finance", "Senate", "Court of Auditors") take a state as qualifier
// (guideline 13): the article's dominant state, or one the sentence gives (a possessive owner, a speaker's state).
import type { ActorMention } from '../types';
import { getGazetteer } from './gazetteer';
import { CHAMBER_STATES, CONGRESS_NAMES, GENERIC_INSTITUTION, US_DEFAULTS } from './lexicon';

/** The name without a leading "the" (the regex runs only on a name opened by a t). */
function withoutThe(text: string): string {
  return (text.charCodeAt(0) | 32) === 116 ? text.replace(/^the\s+/i, '') : text;
}

/** Whether qualifyGeneric's answer for this name depends on the dominant state. */
export function qualifiedByDominant(text: string, canonical: string): boolean {
  return US_DEFAULTS[withoutThe(text)] === canonical || genericInstitution(canonical);
}

/**
 * A generic institution's name, unless it names its own state ("Ministry of Foreign Affairs, African Cooperation and
 * Moroccan Expatriates" is Morocco's whatever the article is about): then it is no longer generic.
 */
function genericInstitution(canonical: string): boolean {
  if (!GENERIC_INSTITUTION.test(canonical)) return false;
  const gaz = getGazetteer();
  for (const w of canonical.split(/[\s,]+/)) {
    const e = gaz.get(w);
    if (e && (e.kind === 'country' || e.kind === 'demonym')) return false;
  }
  return true;
}

/**
 * "Court of Auditors" in an article about Senegal → "Court of Auditors (Senegal)"; a bare "Congress" outside the US is that
 * country's. A chamber the dominant state is not known to have (CHAMBER_STATES) is the dateline's state's when that one has it.
 */
export function qualifyGeneric(text: string, canonical: string, dominant: string | null, dateline: string | null = null): string {
  if (!dominant) return canonical;
  const bare = withoutThe(text);
  if (dateline !== null && dateline !== dominant) {
    const chamber = CHAMBER_STATES[bare];
    if (chamber && !chamber.has(dominant) && chamber.has(dateline)) dominant = dateline;
  }
  if (US_DEFAULTS[bare] === canonical) {
    if (dominant === 'United States') return canonical;
    if (bare === 'Congress' && CONGRESS_NAMES[dominant]) return CONGRESS_NAMES[dominant];
    return `${bare} (${dominant})`;
  }
  if (!genericInstitution(canonical)) return canonical;
  // "Department of Energy" in an article about the United States is its federal department, named so.
  if (dominant === 'United States' && canonical.startsWith('Department of ')) return `United States ${canonical}`;
  return `${canonical} (${dominant})`;
}

/**
 * Gives a generic institution the state its own sentence ties it to (a possessive owner, a speaker's state) and records it in `owned`, so that the document pass does not give it the dominant state again.
 */
export function qualifyBySentence(m: ActorMention, state: string, owned: Set<ActorMention>, acronyms: [string, string][]): void {
  const from = m.canonical;
  m.canonical = qualifyGeneric(m.text, from, state);
  owned.add(m);
  // "the National Statistics Institute (INE)": the acronym the paragraph defines by it has its canonical too (guideline 12).
  for (const pair of acronyms) if (pair[1] === from && pair[0] !== m.text) pair[1] = m.canonical;
}
