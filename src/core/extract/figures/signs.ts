// Signed figures: "minus 6.5 percent", "-3.2%". The sign is part of the span and of the value; words
// that carry a direction ("down 4 points", "a deficit of $3 billion") stay outside and keep the value positive.
import type { FigureMention } from '../../types';
import { fig } from './units';
import { isDigit, isWs, skipWsBack } from './chars';

/** "minus " or a minus sign right before a number (not after a letter or digit: "2-3%" is a range, "COVID-19" a name). */
const SIGN_BEFORE = /(?:(?<![\p{L}])[Mm]inus\s+|(?<![\p{L}\p{N}.,%)])[-−])$/u;
/** A signed percentage the number rules skip ("-3.2%"): they read a hyphen before a number as a range or a name. Run at each minus sign. */
const SIGNED_PERCENT = /(?<![\p{L}\p{N}.,%)])[-−](\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)/uy;

/**
 * Whether the whitespace run ending at k (within SIGN_BEFORE's eight-character window) follows an "s":
 * where "minus" then spaces can end, so the pattern needs running.
 */
function endsMinusWord(text: string, k: number): boolean {
  return text.charCodeAt(skipWsBack(text, k, Math.max(0, k - 7)) - 1) === 115;
}

function negate(v: number | [number, number]): number | [number, number] {
  return Array.isArray(v) ? [-v[1], -v[0]] : -v;
}

/** Figures with their signs: a percentage or amount after "minus" or a minus sign takes it into its span and value. */
export function withSigns(text: string, figures: FigureMention[]): FigureMention[] {
  for (const f of figures) {
    if (f.type !== 'percent' && f.type !== 'money') continue;
    // SIGN_BEFORE ends with a minus sign or the spaces after "minus": test that character first.
    const c = text.charCodeAt(f.start - 1);
    if (c !== 45 && c !== 0x2212 && !(isWs(c) && endsMinusWord(text, f.start - 1))) continue;
    const m = SIGN_BEFORE.exec(text.slice(Math.max(0, f.start - 8), f.start));
    if (!m) continue;
    // In place: the currency choices of the document pass are keyed by the figure object.
    f.start -= m[0].length;
    f.text = text.slice(f.start, f.end);
    f.value = negate(f.value);
  }
  // The pattern starts at a minus sign followed by a digit, and no match holds another sign: each such sign,
  // in text order, is where a global search would find its matches.
  let hyphen = text.indexOf('-');
  let minus = text.indexOf('−');
  while (hyphen >= 0 || minus >= 0) {
    const at = minus < 0 || (hyphen >= 0 && hyphen < minus) ? hyphen : minus;
    if (at === hyphen) hyphen = text.indexOf('-', at + 1);
    else minus = text.indexOf('−', at + 1);
    if (!isDigit(text.charCodeAt(at + 1))) continue;
    SIGNED_PERCENT.lastIndex = at;
    const m = SIGNED_PERCENT.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (figures.some((f) => f.start < end && start < f.end)) continue;
    figures.push(fig(text, start, end, 'percent', -Number(m[1]), '%'));
  }
  return figures;
}
