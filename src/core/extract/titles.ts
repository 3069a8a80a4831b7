// A cheap pre-check for the title regex (TITLE_PATTERN): most words that can start a title
// ("first", "state", "trade", "security") are not followed by one, and the failing regex is one of
// the costlier steps per word. A title is a chain of modifier words ("deputy", "central bank", "lt.")
// joined by spaces or hyphens, then a head word ("minister"); the check walks that chain over tokens
// and says yes as soon as a token could start a head. It never says no where the regex could match.
import { TITLE_PATTERN } from './lexicon/titles';

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
  /** Later words of multi-word modifiers ("bank" of "central bank"). */
  inner: Set<string>;
}

function byFirstLetter(prefixes: string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const p of prefixes) m.set(p[0], [...(m.get(p[0]) ?? []), p]);
  return m;
}

/** Reads TITLE_PATTERN = `(?:(?:MODIFIERS)[\s-]+)*(?:HEADS)`; null (always run the regex) if it has another shape. */
function buildIndex(): TitleIndex | null {
  const pattern = TITLE_PATTERN.toLowerCase();
  const modEnd = pattern.indexOf(')[\\s-]+)*(?:');
  if (!pattern.startsWith('(?:(?:') || modEnd < 0 || !pattern.endsWith(')')) return null;
  const modifiers = alternatives(pattern.slice(6, modEnd));
  const heads = alternatives(pattern.slice(modEnd + ')[\\s-]+)*(?:'.length, -1));
  const modPrefixes = modifiers.map(leadingLetters);
  const headPrefixes = heads.map(leadingLetters);
  // An alternative without leading letters could start anywhere: give up on the pre-check.
  if ([...modPrefixes, ...headPrefixes].some((p) => p === '')) return null;
  const inner = new Set(modifiers.flatMap((m) => m.replace(/\\[a-z]/g, ' ').split(/[^a-z]+/).slice(1)).filter((w) => w));
  return { heads: byFirstLetter(headPrefixes), modifiers: byFirstLetter(modPrefixes), inner };
}

const INDEX = buildIndex();

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

/**
 * For every token i, false only when the title regex cannot match at i (lower: the tokens' lower-case
 * forms). Tokens with non-ASCII letters may fold to ASCII under /iu ("ſ" → s), so they answer yes.
 * One backward pass: a modifier answers what the token after it answers (a run of modifiers is
 * walked once, not again from each of its words).
 */
export function titleMayStartAt(lower: readonly string[]): Uint8Array {
  const out = new Uint8Array(lower.length + 1);
  if (!INDEX) return out.fill(1);
  for (let k = lower.length - 1; k >= 0; k--) {
    const w = lower[k];
    if (!isAscii(w) || startsWithAny(w, INDEX.heads)) out[k] = 1;
    else if (w === '-' || w === '.' || INDEX.inner.has(w) || startsWithAny(w, INDEX.modifiers)) out[k] = out[k + 1];
  }
  return out;
}
