// Building blocks of consistency findings: one shape for every rule's warning.
import { describeFigure } from '../describe';
import type { FigureMention } from '../types';
import { FINDING_KIND, type CheckMeter, type Finding, type FindingCode, type TextEdit } from './types';

/** A text span as it reads in a message: quoted, whitespace folded, at most `max` characters. */
export function quoted(s: string, max = 40): string {
  const one = s.replace(/\s+/g, ' ');
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}

export interface Related {
  start: number;
  end: number;
  message: string;
}

/** An 'inconsistent' warning at [start, end). */
export function inconsistency(code: FindingCode, start: number, end: number, message: string, related: Related[] = [], fix?: { title: string; edits: TextEdit[] }): Finding {
  return {
    code, kind: FINDING_KIND[code], level: 'warning', start, end, message,
    ...(related.length > 0 ? { related } : {}),
    ...(fix ? { fix } : {}),
  };
}

/** One more comparison, when a meter is counting. */
export function tick(meter: CheckMeter | undefined, n = 1): void {
  if (meter) meter.comparisons += n;
}

/** Numerals as written, for restating a value in a figure's own style. */
const NUMERALS = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/**
 * A value written the way `like` writes its own ("$9 billion" after "$10 billion", "13,000" after
 * "12,000"; after a range, the way its upper end is written), or described in full when `like`
 * has no numeral.
 */
const TWO_DECIMALS = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function restate(value: number, like: FigureMention): string {
  const all = [...like.text.matchAll(NUMERALS)];
  const range = Array.isArray(like.value);
  const m = range ? all[all.length - 1] : all[0];
  const own = Array.isArray(like.value) ? like.value[1] : like.value;
  const written = m ? Number(m[0].replace(/,/g, '')) : NaN;
  if (!m || !(written > 0)) return describeFigure(value, like.unit);
  const n = Math.round((value / (own / written)) * 100) / 100;
  const digits = m[0].includes(',') || Math.abs(n) >= 10_000 ? TWO_DECIMALS.format(n) : String(n);
  const before = like.text.slice(0, m.index);
  const prefix = range ? /[^\s\d]*$/.exec(before)?.[0] ?? '' : before;
  return prefix + digits + like.text.slice(m.index + m[0].length);
}
