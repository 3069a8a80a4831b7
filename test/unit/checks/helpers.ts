// Test helpers for the checks: inputs built by the real extractor and article model, so every test
// reads what the engine really emits.
import assert from 'node:assert/strict';
import type { CheckInput, Finding } from '../../../src/core/checks';
import { extract } from '../../../src/core/extract';
import { buildModel, rejectMention } from '../../../src/core/model';

export const REFERENCE_DATE = '2025-06-10';

export interface InputOptions {
  /** Spans (exact mention texts) a reviewer rejected in the sidecar. */
  reject?: string[];
  referenceDate?: string;
}

/** The check input for an article: extracted, merged with a sidecar holding the rejections. */
export function inputOf(text: string, options: InputOptions = {}): CheckInput {
  const referenceDate = options.referenceDate ?? REFERENCE_DATE;
  const mentions = extract(text, { referenceDate }).mentions;
  let sidecar: string | undefined;
  for (const span of options.reject ?? []) {
    const m = mentions.find((x) => x.text === span);
    assert.ok(m, `no mention "${span}" in: ${mentions.map((x) => x.text).join(' | ')}`);
    sidecar = rejectMention({ text, sidecar, articleName: 'article.md', referenceDate }, m).text;
  }
  return { text, mentions: buildModel(text, mentions, sidecar).mentions, orphans: [] };
}

export type Rule = (input: CheckInput) => Finding[];

export function run(rule: Rule, text: string, options?: InputOptions): Finding[] {
  return rule(inputOf(text, options));
}

/** The one finding of a rule on a text, with its main span's text. */
export function only(rule: Rule, text: string, options?: InputOptions): Finding & { span: string } {
  const found = run(rule, text, options);
  assert.equal(found.length, 1, `expected one finding, got ${JSON.stringify(found.map((f) => f.message))}`);
  return { ...found[0], span: text.slice(found[0].start, found[0].end) };
}

/** Asserts a rule stays quiet on a text. */
export function quiet(rule: Rule, text: string, options?: InputOptions): void {
  assert.deepEqual(run(rule, text, options).map((f) => f.message), []);
}

/** The figure spans the engine marks in a text, so a test shows what its rule is given. */
export function figureSpans(text: string): string[] {
  return extract(text, { referenceDate: REFERENCE_DATE }).mentions.filter((m) => m.kind === 'figure').map((m) => m.text);
}

/** Applies a finding's fix to the text. */
export function applyFix(text: string, f: Finding): string {
  assert.ok(f.fix, 'expected a fix');
  return [...f.fix.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}
