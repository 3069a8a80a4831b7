// Test helpers for the extractor: look mentions up by their text.
import assert from 'node:assert/strict';
import { extract, type ExtractOptions } from '../../../src/core/extract';
import type { ActorMention, DateMention, FigureMention, Mention } from '../../../src/core/types';

export function mentions(text: string, referenceDate: string | null = '2026-02-10', options: ExtractOptions = {}): Mention[] {
  return extract(text, { referenceDate, ...options }).mentions;
}

function one<T extends Mention>(list: Mention[], kind: T['kind'], span: string): T {
  const found = list.filter((m) => m.kind === kind && m.text === span);
  assert.equal(found.length, 1, `expected one ${kind} "${span}", got: ${list.map((m) => `${m.kind}:"${m.text}"`).join(', ')}`);
  return found[0] as T;
}

export const actor = (text: string, span: string, ref?: string | null): ActorMention => one<ActorMention>(mentions(text, ref), 'actor', span);
export const figure = (text: string, span: string, ref?: string | null): FigureMention => one<FigureMention>(mentions(text, ref), 'figure', span);
export const date = (text: string, span: string, ref?: string | null): DateMention => one<DateMention>(mentions(text, ref), 'date', span);

/** Asserts that no mention covers any part of `span` (the first occurrence) in text. */
export function unmarked(text: string, span: string, ref?: string | null): void {
  const start = text.indexOf(span);
  assert.ok(start >= 0, `"${span}" not in text`);
  const end = start + span.length;
  const hits = mentions(text, ref).filter((m) => m.start < end && start < m.end);
  assert.deepEqual(hits.map((m) => `${m.kind}:${m.text}`), [], `"${span}" should be unmarked`);
}

/** A small deterministic generator of numbers in [0, 1), so a failing random text names its seed. */
function lcg(seed: number): () => number {
  let x = seed;
  return () => { x = (x * 1103515245 + 12345) % 2147483648; return x / 2147483648; };
}

/**
 * `count` words drawn from `vocabulary` with `seed`, joined by one space (or two, with probability
 * `doubleSpace`), then `last`: random texts for checking a fast pre-check against its pattern.
 */
export function randomText(seed: number, vocabulary: readonly string[], count: number, doubleSpace: number, last: string): string {
  const rnd = lcg(seed);
  const words = Array.from({ length: count }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]);
  return `${words.join(rnd() < 1 - doubleSpace ? ' ' : '  ')} ${last}`;
}
