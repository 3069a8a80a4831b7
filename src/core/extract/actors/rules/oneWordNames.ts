// One unknown word that its shape or its neighbours make an actor: "the Biden administration" (a state),
// "BRAC, the development organisation", "KfW", "the Nueva Idea party" (organisations).
import { NAME_POSSESSORS } from '../../lexicon/names';
import { CURRENCY_NAMES } from '../../lexicon/currencies';
import { BODY_NAME_CUES } from '../../lexicon/organisations';
import { PEOPLE_ADJECTIVES } from '../../lexicon/numbers';
import { TIME_NAME_ENDS } from '../../lexicon/time';
import { ADJECTIVE_SHAPE, BODY_AFTER, COMPANY_PART_AFTER, ORG_APPOSITION_AFTER } from '../context';
import type { ScanState } from '../scanState';
import { ALL_CAPS, CAMEL_ORG, CAMEL_RUN, CAMEL_SURNAME, isApostrophe, isCap } from '../words';
import { addOrganisation } from './acronyms';
import { cuedDemonymBefore, hasBodyWords } from './bodyNameRun';
import { titleAt } from './title';

/**
 * "the Biden administration": one state span (guideline 10); the country is the United States unless named: the
 * document pass gives a person the article ties to a country theirs.
 */
function administration(s: ScanState, i: number): number {
  if (!(s.isNameWordAt(i) && s.w(i + 1) === 'administration' && s.spaced(i + 1))) return i;
  s.addActor(i, i + 1, 'state', 'United States');
  return i + 2;
}

/** "BRAC, the development organisation": an unknown all-caps name with an organisation apposition. */
function apposedAcronym(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  // The apposition opens with a comma, the cheapest test.
  if (!(s.text.charCodeAt(t.ends[i]) === 44 && w.length >= 2 && w.length <= 6 && ALL_CAPS.test(w) && ORG_APPOSITION_AFTER.test(s.text.slice(t.ends[i], t.ends[i] + 60)))) return i;
  return addOrganisation(s, i, i, w);
}

/** An ASCII capital after a lower-case letter inside the word (the test before CAMEL_ORG's and CAMEL_RUN's; words with other letters go to the regex). */
function innerCapital(w: string): boolean {
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c > 127) return true;
    if (c >= 65 && c <= 90 && w.charCodeAt(k - 1) >= 97) return true;
  }
  return false;
}

/**
 * "KfW", "BaFin", "BauWerk": a single unknown word with a capital after lower-case letters is a brand-style
 * organisation name; surname prefixes ("McKay", "DeSantis", "LaRosa") are persons and stay with the name rules, and a
 * currency written so is money's ("the ZiG"). Tried only at a word with an inner capital.
 */
function brandName(s: ScanState, i: number): number {
  const w = s.t.words[i];
  if (!(CAMEL_ORG.test(w) && !CAMEL_SURNAME.test(w) && !Object.hasOwn(CURRENCY_NAMES, w) && !isCap(s.w(i + 1)) && !titleAt(s, i))) return i;
  return addOrganisation(s, i, i, w);
}

/** Most name words a run-together brand takes after it ("NovaAndino Litio", "BlueRiver Mineração Ltda"). */
const BRAND_TAIL = 2;

/** Plain title case ("Litio", "Mineração"), on the brand's line: not a run-together word, a known name or a title. */
const BRAND_WORD = /^\p{Lu}\p{Ll}+$/u;

function brandWord(s: ScanState, k: number): boolean {
  const t = s.t;
  return k < t.words.length && s.spaced(k) && !s.text.slice(t.ends[k - 1], t.starts[k]).includes('\n') && BRAND_WORD.test(t.words[k])
    && s.isNameWordAt(k) && !s.gazMatch(k) && !titleAt(s, k);
}

/**
 * "NovaAndino Litio": two words run together and followed by unknown capitalised words make a company name; not in a
 * title-case headline ("TotalEnergies Restarts …"), where every word is capitalised, nor before a known name or a title.
 * Tried only at a word with an inner capital.
 */
function camelBrandName(s: ScanState, i: number): number {
  const t = s.t;
  if (s.headline || !CAMEL_RUN.test(t.words[i]) || CAMEL_SURNAME.test(t.words[i])) return i;
  let last = i;
  while (s.tick() && last < i + BRAND_TAIL && brandWord(s, last + 1)) last++;
  if (last === i) return i;
  const name = s.text.slice(t.starts[i], t.ends[last]);
  return addOrganisation(s, i, last, name);
}

/** "Quiroga's Libre alliance", "the Nueva Idea party", "the governing Libre alliance": a name before a lower-case kind of political body. */
function bodyName(s: ScanState, i: number): number {
  const t = s.t;
  // BODY_AFTER needs a lower-case kind of body in the paragraph.
  if (!(hasBodyWords(s) && s.isNameWordAt(i) && BODY_AFTER.test(s.text.slice(t.ends[i], t.ends[i] + 14)))) return i;
  // "the Soviet bloc", "the Western bloc": a bloc is named by an adjective; a named bloc is a known one ("the Mercosur bloc").
  // "the main Tamil party": a people's or a faith's word describes the body.
  if (t.lower[i + 1] === 'bloc' || TIME_NAME_ENDS.has(t.words[i]) || PEOPLE_ADJECTIVES.has(t.words[i])) return i;
  const possessive = s.possessiveBefore(i);
  // "Farmers' Voice alliance": a plural possessive only when it is inside the name.
  const plural = !possessive && isApostrophe(t.words[i - 1]) && NAME_POSSESSORS.has(s.w(i - 2));
  if (!possessive && !plural && !BODY_NAME_CUES.has(t.lower[i - 1] ?? '') && !cuedDemonymBefore(s, i)) return i;
  const start = possessive ? possessiveNameStart(s, i - 3, 3) : plural ? possessiveNameStart(s, i - 2, 2) : i;
  const name = s.text.slice(t.starts[start], t.ends[i]);
  return addOrganisation(s, start, i, name);
}

/**
 * "National People's Power coalition": a possessor that names take ("People's", "Workers'") at k is inside the name,
 * which starts at the capitalised words before it; another possessor ("Quiroga's Libre alliance") owns the body.
 * `width`: the possessor's tokens with its possessive. Returns the name's first token (the one after the possessive
 * when the possessor owns it).
 */
function possessiveNameStart(s: ScanState, k: number, width: number): number {
  if (!NAME_POSSESSORS.has(s.w(k)) || !s.tight(k + 1) || (width === 3 && !s.tight(k + 2))) return k + width;
  let start = k;
  while (s.tick() && start > k - 3 && s.spaced(start) && s.isNameWordAt(start - 1) && !s.gazMatch(start - 1)) start--;
  return start;
}

/** "its Tarsa subsidiary", "the Belco joint venture": a name before a part of a company, no adjective ("its European subsidiary"). */
function companyPart(s: ScanState, i: number): number {
  const t = s.t;
  // The word after decides first: most names are followed by none of the company-part nouns.
  const after = t.lower[i + 1];
  if (after !== 'subsidiary' && after !== 'subsidiaries' && after !== 'affiliate' && after !== 'joint') return i;
  const w = t.words[i];
  const prev = t.lower[i - 1];
  if (!(s.isNameWordAt(i) && (prev === 'its' || prev === 'their' || prev === 'the' || s.possessiveBefore(i)) && !ADJECTIVE_SHAPE.test(w) && COMPANY_PART_AFTER.test(s.text.slice(t.ends[i], t.ends[i] + 20)))) return i;
  return addOrganisation(s, i, i, w);
}

/** The one-word name rules in their order of precedence. Returns the next token, or i when none applies. */
export function oneWordName(s: ScanState, i: number): number {
  let next = s.t.words[i + 1] === 'administration' ? administration(s, i) : i;
  if (next > i) return next;
  if ((next = apposedAcronym(s, i)) > i) return next;
  // Both brand rules need a capital inside the word: most words are turned away by one walk of their letters.
  if (innerCapital(s.t.words[i])) {
    if ((next = brandName(s, i)) > i) return next;
    if ((next = camelBrandName(s, i)) > i) return next;
  }
  if ((next = bodyName(s, i)) > i) return next;
  return companyPart(s, i);
}
