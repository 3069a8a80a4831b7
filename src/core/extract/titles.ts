// A cheap pre-check for the title regex (TITLE_PATTERN): most words that can start a title
// ("first", "state", "trade", "security") are not followed by one, and the failing regex is one of
// the costlier steps per word. A title is a chain of modifier words ("deputy", "central bank", "lt.")
// joined by spaces or hyphens, then a head word ("minister"); the check walks that chain over tokens
// and says yes as soon as a token could start a head. It never says no where the regex could match.
import { TITLE_FIRST, TITLE_PATTERN } from './lexicon/titles';
import type { Steps } from './steps';

/** The literal letters an alternative must start with (up to its first optional letter, class, group or escape). */
function leadingLetters(alt: string): string {
  let k = 0;
  while (k < alt.length && /[a-z]/.test(alt[k]) && !/[?*{]/.test(alt[k + 1] ?? '')) k++;
  return alt.slice(0, k);
}

/** Top-level alternatives of a group body (no nesting inside [...], escapes skipped). */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < body.length; k++) {
    const c = body[k];
    if (c === '\\') k++;
    else if (c === '[') k = body.indexOf(']', k);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(body.slice(from, k)); from = k + 1; }
  }
  out.push(body.slice(from));
  return out;
}

interface TitleIndex {
  heads: Map<string, string[]>;
  modifiers: Map<string, string[]>;
  /** Later words of multi-word modifiers ("bank" of "central bank") and the word joining two modifiers ("and"). */
  inner: Set<string>;
}

function byFirstLetter(prefixes: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of prefixes) m.set(p[0], [...(m.get(p[0]) ?? []), p]);
  return m;
}

/** The end of the modifier group: `)`, an optional joining word (`(?:\s+and)?`), then `[\s-]+)*(?:` before the heads. */
const MODIFIERS_END = /\)(?:\(\?:\\s\+([a-z]+)\)\?)?\[\\s-\]\+\)\*\(\?:/;

/**
 * Reads TITLE_PATTERN = `(?:(?:MODIFIERS)(?:\s+JOIN)?[\s-]+)*(?:HEADS)`; null (always run the regex) if it has
 * another shape. A unit test checks that the index is built, so a change of shape cannot silently turn the check off.
 */
export function buildTitleIndex(pattern: string): TitleIndex | null {
  const lower = pattern.toLowerCase();
  const end = MODIFIERS_END.exec(lower);
  if (!lower.startsWith('(?:(?:') || !end || !lower.endsWith(')')) return null;
  const modifiers = alternatives(lower.slice(6, end.index));
  const heads = alternatives(lower.slice(end.index + end[0].length, -1));
  const modPrefixes = modifiers.map(leadingLetters);
  const headPrefixes = heads.map(leadingLetters);
  // An alternative without leading letters could start anywhere: give up on the pre-check.
  if ([...modPrefixes, ...headPrefixes].some((p) => p === '')) return null;
  const inner = new Set(modifiers.flatMap((m) => m.replace(/\\[a-z]/g, ' ').split(/[^a-z]+/).slice(1)).filter((w) => w));
  if (end[1]) inner.add(end[1]);
  return { heads: byFirstLetter(headPrefixes), modifiers: byFirstLetter(modPrefixes), inner };
}

const INDEX = buildTitleIndex(TITLE_PATTERN);

function startsWithAny(w: string, index: Map<string, string[]>): boolean {
  const list = index.get(w[0]);
  if (!list) return false;
  for (const p of list) if (w.startsWith(p)) return true;
  return false;
}

function isAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
}

/** What a token can be in a title: a head ("minister"), a link of the modifier chain before one ("deputy", "-", "and"), or neither. */
const NEITHER = 0;
const CHAIN = 1;
const HEAD = 2;
export const TITLE_CHAIN = CHAIN;

function titleRole(w: string): number {
  if (!INDEX || !isAscii(w) || startsWithAny(w, INDEX.heads)) return HEAD;
  return w === '-' || w === '.' || INDEX.inner.has(w) || startsWithAny(w, INDEX.modifiers) ? CHAIN : NEITHER;
}

/**
 * The words of TITLE_FIRST a title can start with and their role: those that start a head or a modifier. The others
 * ("the", "of", "and", "bank" of "central bank") are met inside titles only, and are among the most frequent words.
 */
const OPENERS = new Map<string, number>();
/** Per first two letters (a–z), a bit for each length (capped at 31) of the OPENERS words (all a–z). */
const OPENER_SHAPES = new Uint32Array(26 * 26);
for (const w of TITLE_FIRST) {
  const role = !INDEX || startsWithAny(w, INDEX.heads) ? HEAD : startsWithAny(w, INDEX.modifiers) ? CHAIN : NEITHER;
  if (role === NEITHER) continue;
  OPENERS.set(w, role);
  OPENER_SHAPES[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] |= 1 << Math.min(w.length, 31);
}

/**
 * The role of a word (lower case) that may open a title: TITLE_CHAIN (titleMayStartAt walks on), another non-zero
 * value (a head), or 0 when no title starts with it. The first two letters and the length turn most words away
 * before the lookup hashes them.
 */
export function titleOpener(w: string): number {
  if (w.length < 2) return 0;
  const a = w.charCodeAt(0) - 97;
  const b = w.charCodeAt(1) - 97;
  if (a < 0 || a > 25 || b < 0 || b > 25 || !(OPENER_SHAPES[a * 26 + b] & (1 << Math.min(w.length, 31)))) return 0;
  return OPENERS.get(w) ?? 0;
}

/** Per-token answers of titleMayStartAt, computed on demand: 0 not yet, else YES or NO. */
export type TitleMemo = Uint8Array;
const NO = 1;
const YES = 2;

/**
 * False only when the title regex cannot match at token i (lower: the tokens' lower-case forms). Tokens with
 * non-ASCII letters may fold to ASCII under /iu ("ſ" → s), so they answer yes. A chain link answers what the
 * token after it answers; the walk stops at the first token already answered and records its answer for every
 * token it passed, so each token is walked once however many times it is asked (a run of modifiers stays linear).
 * `steps` counts each token walked.
 */
export function titleMayStartAt(lower: readonly string[], memo: TitleMemo, i: number, steps: Steps): boolean {
  let k = i;
  let answer = NO;
  for (; k < lower.length; k++) {
    if (memo[k] !== 0) { answer = memo[k]; break; }
    steps.n++;
    const role = titleRole(lower[k]);
    if (role !== CHAIN) { answer = role === HEAD ? YES : NO; memo[k] = answer; break; }
  }
  for (let m = i; m < k; m++) memo[m] = answer;
  return answer === YES;
}
