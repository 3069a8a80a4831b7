// What the user types for a figure's value and unit ("Edit Meaning", "Annotate Figure").
import type { Meaning } from '../core/model';
import type { FigureType } from '../core/types';

/** "2500000000 USD", "3-5 %", "4,000 troops" → a figure meaning; undefined when it is no number. */
export function parseFigureAnswer(answer: string, type: FigureType): Meaning | undefined {
  const m = /^\s*(-?[\d,.]+)(?:\s*(?:-|–|to)\s*(-?[\d,.]+))?\s*(.*)$/.exec(answer);
  if (!m) return undefined;
  const num = (s: string) => Number(s.replace(/,/g, ''));
  const a = num(m[1]);
  const b = m[2] !== undefined ? num(m[2]) : undefined;
  if (!Number.isFinite(a) || (b !== undefined && !Number.isFinite(b))) return undefined;
  return { kind: 'figure', type, value: b === undefined ? a : [a, b], unit: m[3].trim() };
}
