// Word shapes for the actor rules: capitalised, all-caps, name words, title words, acronym initials.
import { CURRENCY_SYMBOLS } from '../lexicon/currencies';
import { FUNCTION_WORDS } from '../lexicon/names';
import { OPAQUE_HEADS, ORG_HEADS } from '../lexicon/organisations';
import { MONTH_NAMES } from '../lexicon/time';
import { TITLE_FIRST } from '../lexicon/titles';
import { TITLE_START } from './context';
import { foldAccents } from '../../util/foldAccents';
import type { Tokens } from '../tokenize';

export { foldAccents };

/**
 * TITLE_START.test(w) for a single token w given its lower-case form. A token holds no space or
 * hyphen, so only a one-word title can match it, and every one-word title is in TITLE_FIRST. The
 * pattern ignores case, so an ASCII token is a title word when its lower-case form is one of
 * TITLE_WORDS (others, e.g. with case-folding letters, run the regex).
 */
export function isTitleWord(w: string, lower: string): boolean {
  return isAscii(w) ? inTitleFirst(lower) && TITLE_WORDS.has(lower) : TITLE_START.test(w);
}

/** The TITLE_FIRST words that are a title on their own. */
const TITLE_WORDS = new Set([...TITLE_FIRST].filter((w) => TITLE_START.test(w)));

/** Per first letter a–z, a bit for each length (capped at 31) of the TITLE_FIRST words (all a–z). */
export const TITLE_LENGTHS = new Uint32Array(26);
for (const w of TITLE_FIRST) TITLE_LENGTHS[w.charCodeAt(0) - 97] |= 1 << Math.min(w.length, 31);

/** TITLE_FIRST.has(lower), skipping the lookup (and hashing a fresh string) when no title word has that first letter and length. */
export function inTitleFirst(lower: string): boolean {
  const c = lower.charCodeAt(0) - 97;
  if (c >= 0 && c <= 25 && !(TITLE_LENGTHS[c] & (1 << Math.min(lower.length, 31)))) return false;
  return TITLE_FIRST.has(lower);
}

export function isAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
}

/** Whether w ends in a–z (as every cue word does). */
export function endsInAsciiLower(w: string): boolean {
  const c = w.charCodeAt(w.length - 1);
  return c >= 97 && c <= 122;
}

/**
 * Whether a cue pattern ending in one of `ends` (its last words, or a comma) may match the last `window` characters
 * before token i. Only spaces lie between tokens, so the token before i must be one of them, or a token with other
 * letters ending in a–z (\b is ASCII), or cut by the window.
 */
export function cueMayEndBefore(t: Tokens, i: number, ends: ReadonlySet<string>, window: number): boolean {
  const prev = t.words[i - 1] ?? '';
  return ends.has(prev) || (!isAscii(prev) && endsInAsciiLower(prev)) || t.starts[i - 1] < t.starts[i] - window;
}

/** A name or role broken across lines: its whitespace runs as single spaces. */
export function oneLine(s: string): string {
  return s.includes('\n') || s.includes('\r') ? s.replace(/\s+/g, ' ') : s;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(w);
}

export function isAllCaps(w: string): boolean {
  return w.length >= 2 && /^[\p{Lu}\d]+$/u.test(w) && /\p{Lu}.*\p{Lu}|\p{Lu}\d/u.test(w);
}

export function hasLower(w: string): boolean {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return /\p{Ll}/u.test(w);
  }
  return false;
}

/** A capitalised word that may be part of a person's name, given its lower-case form. */
export function isNameWordLower(w: string, lower: string): boolean {
  return isCap(w) && hasLower(w) && !FUNCTION_WORDS.has(w) && !ORG_HEADS.has(w) && !OPAQUE_HEADS.has(w) && !MONTH_NAMES.has(lower);
}

/** "Long Name (ACR)": the initials spell the acronym in order, in another order (a name translated from another
 * language: "National Elections Jury (JNE)"), or share most of its letters, with at least two capitalised words. */
export function initialsFit(initials: string[], acronymLetters: string): boolean {
  const ini = foldAccents(initials.join('').toUpperCase());
  const letters = foldAccents(acronymLetters);
  if (ini === letters) return true;
  if (initials.length < 2 || letters.length < 2) return false;
  const pool = [...ini];
  let hits = 0;
  for (const ch of letters) {
    const at = pool.indexOf(ch);
    if (at >= 0) { hits++; pool.splice(at, 1); }
  }
  return hits * 2 >= letters.length && hits >= 2;
}

/** "É" → "E": an acronym often drops the accent its name's initial carries ("Électricité de France (EDF)"). */
export const ALL_CAPS = /^\p{Lu}+$/u;

/** One short word, a capital, one or two lower-case letters, then another capital: "KfW", "BaFin" (not words run together). */
export const CAMEL_ORG = /^\p{Lu}\p{Ll}{1,2}\p{Lu}\p{Ll}{0,2}$/u;

/** Two capitalised words run together ("NovaAndino", "BlueRiver"): a brand's shape when more name words follow it. */
export const CAMEL_RUN = /^\p{Lu}\p{Ll}+\p{Lu}\p{Ll}+$/u;

/** Surname prefixes ("McKay", "DeVos"), and abbreviations or currency prefixes run into the next word ("MrDr", "RsAct"). */
export const CAMEL_SURNAME = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Abdul|Abdel|Abu|Ben|Bin|El|Al|Mr|Mrs|Ms|Dr|St|Sr|Jr|Rs|Tk|Bs|Sh|Rp|Nu|Dh|Dhs|Ksh)\p{Lu}/u;

/** Lettered currency prefixes ("Tk 450 crore", "Bs 13") are not identifier names like "Article 5". */
export const CURRENCY_PREFIX_WORDS = new Set(Object.keys(CURRENCY_SYMBOLS).filter((k) => /^\p{L}+\.?$/u.test(k)).map((k) => k.replace('.', '')));

export function isApostrophe(w: string | undefined): boolean {
  return w === "'" || w === '’';
}

/** "LAGOS" → "Lagos", "PORT-AU-PRINCE" → "Port-Au-Prince": an all-caps name as the gazetteer may list it. */
export function titleCasedName(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (x) => x.toUpperCase());
}
