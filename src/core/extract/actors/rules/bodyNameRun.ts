// A name of several words before a lower-case kind of political body: "the ruling Georgian Dream party",
// "the opposition Civic Platform party", "Milei's La Libertad Avanza party". One-word names ("the Nueva Idea
// party" reads as one) stay with oneWordNames' bodyName; this rule reads the run the name rules would split.
import { CONNECTORS } from '../../lexicon/connectors';
import { BODY_NAME_CUES, DEMONYM_LED_BODIES, NAMED_BODIES, PARTY_NAME_WORDS } from '../../lexicon/organisations';
import { MONTH_OR_DAY, TIME_NAME_ENDS } from '../../lexicon/time';
import type { ScanState } from '../scanState';
import { ALL_CAPS, isCap } from '../words';
import { addOrganisation } from './acronyms';

/** Most tokens a body's name spans ("Party of Democratic Action of the Republic" is longer, and capitalised whole). */
const MAX_NAME_TOKENS = 6;

/**
 * Whether the demonym at i opens the body's name i..last ("the ruling Georgian Dream party") rather than modifying it
 * ("the Palestinian Hamas movement", "the Turkish Justice and Development party", "the Nigerian Boko Haram militia",
 * "the Hungarian Fidesz party"): a party-like body, one unknown word after the demonym, a common word of party names
 * and no acronym. The rules for names read the others.
 */
function demonymOpensName(s: ScanState, i: number, last: number, body: string): boolean {
  return DEMONYM_LED_BODIES.has(body) && last === i + 1 && PARTY_NAME_WORDS.has(s.t.words[last]) && !s.gazMatch(last) && !ALL_CAPS.test(s.t.words[last]);
}

/**
 * The kinds of body as the text may write them ("party", "Party"; the rule reads them in lower case), searched for once
 * per paragraph: one pass of one pattern rather than a search of the text for each word.
 */
const BODY_WORDS = new RegExp([...NAMED_BODIES].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]).join('|'));

/** "the Hungarian Fidesz party": a cued demonym just before the name (the demonym is the state, the name the party). */
export function cuedDemonymBefore(s: ScanState, i: number): boolean {
  if (i < 2 || !s.spaced(i) || !BODY_NAME_CUES.has(s.t.lower[i - 2])) return false;
  const m = s.gazMatch(i - 1);
  return !!m && m.end === i - 1 && m.entry.kind === 'demonym';
}

function cued(s: ScanState, i: number): boolean {
  const t = s.t;
  if (BODY_NAME_CUES.has(t.lower[i - 1] ?? '') || cuedDemonymBefore(s, i)) return true;
  // "Milei's La Libertad Avanza party"
  return s.possessiveBefore(i) && s.tight(i - 1);
}

/**
 * Whether the paragraph holds a kind of body, in lower case or capitalised. Most paragraphs name none: one search of the
 * text per paragraph spares every capitalised word the rules that need one.
 */
export function hasBodyWords(s: ScanState): boolean {
  return (s.bodyWords ??= BODY_WORDS.test(s.text));
}

/** Token i opens a name of two words or more that a political body word follows; returns the next token, or i. */
export function bodyNameRun(s: ScanState, i: number): number {
  const t = s.t;
  if (!hasBodyWords(s) || !cued(s, i) || !s.spaced(i)) return i;
  let last = i;
  let k = i + 1;
  for (; s.tick() && k < t.words.length && k <= i + MAX_NAME_TOKENS; k++) {
    if (!s.spaced(k)) return i;
    const w = t.words[k];
    if (isCap(w)) { last = k; continue; }
    // A connector only between capitalised words ("Law and Justice", "Alternative for Germany").
    if (CONNECTORS.has(w) && isCap(s.w(k + 1))) continue;
    break;
  }
  // "the opposition Law and Justice (PiS) party": its bracketed short form may stand between the name and the body.
  const bodyAt = t.words[last + 1] === '(' && t.words[last + 3] === ')' ? last + 4 : last + 1;
  const body = t.lower[bodyAt];
  // "the West African bloc", "the Southeast Asian bloc": a bloc is named by adjectives (a named one is a known one).
  if (last === i || k !== last + 1 || !NAMED_BODIES.has(body ?? '') || body === 'bloc' || !s.spaced(bodyAt) || TIME_NAME_ENDS.has(t.words[last]) || MONTH_OR_DAY.has(t.lower[last])) return i;
  // A name the gazetteer knows whole is the known-name rule's (with its canonical).
  const known = s.gazMatch(i);
  if (known && known.end === last) return i;
  if (known && known.entry.kind === 'demonym' && known.end === i && !demonymOpensName(s, i, last, body)) {
    // "the Polish Law and Justice party": the demonym is the state and the rest the name, read here so that no rule
    // reads the demonym and the next word as another name ("Polish Law"). One word after it is oneWordNames' own.
    if (last === i + 1 || !isCap(t.words[i + 1]) || !s.spaced(i + 1)) return i;
    s.addActor(i, i, known.entry.type, known.entry.canonical);
    return addOrganisation(s, i + 1, last, s.text.slice(t.starts[i + 1], t.ends[last]));
  }
  const name = s.text.slice(t.starts[i], t.ends[last]);
  return addOrganisation(s, i, last, name);
}
