import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRefDate } from '../../../src/core/extract/calendar';
import { extractParagraph, extractParagraphs } from '../../../src/core/extract/paragraph';
import { paragraphs } from '../../../src/core/extract/paragraphSplit';
import { newSteps } from '../../../src/core/extract/steps';

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');

describe('extractParagraphs (rule families run batch by batch)', () => {
  it('gives what extractParagraph gives on each paragraph, with the same step count, across several batches', () => {
    const texts = readdirSync(DEVSET).filter((f) => f.endsWith('.md')).sort()
      .flatMap((f) => paragraphs(readFileSync(join(DEVSET, f), 'utf8')).map((p) => p.text));
    // Over 256 paragraphs: the batch boundary falls inside the list; the last batch is partial.
    const many = Array.from({ length: 8 }, () => texts).flat().slice(0, 600);
    assert.ok(many.length > 512, `only ${many.length} paragraphs`);
    const ref = parseRefDate('2025-06-03');
    const stepsOne = newSteps();
    const stepsBatch = newSteps();
    const one = many.map((t) => extractParagraph(t, ref, stepsOne));
    const batched = extractParagraphs(many, ref, stepsBatch);
    assert.equal(batched.length, many.length);
    assert.deepEqual(batched, one);
    assert.ok(one.some((r) => r.mentions.length > 0));
    assert.equal(stepsBatch.n, stepsOne.n);
  });
});
