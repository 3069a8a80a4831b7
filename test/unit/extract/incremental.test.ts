import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../../src/core/extract';

const WORDS = ['Kenya', 'Japan', 'Okafor', 'Foreign', 'Minister', 'Amara', 'said', 'on', 'Monday', 'the', '$2.5', 'billion', '12', 'percent',
  'Tokyo', 'protested', 'NATO', 'Financial', 'Action', 'Task', 'Force', '(FATF)', 'FATF', 'in', 'March', 'last', 'year', 'five', 'years', 'of',
  'Dvořák', '😀', 'Norwegian', 'exporters', 'may', 'three', 'troops', 'half', ',', '.', '\n', '\n\n', '\r\n\r\n',
  '03/04/2026', '13/02/2026', '2/17/2026'];

const docArb = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 120 }).map((ws) => ws.join(' '));
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 12 }), insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((ws) => ws.join(' ')) });

describe('IncrementalExtractor', () => {
  it('equals extract() after every random edit (property)', () => {
    fc.assert(fc.property(docArb, fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.constantFrom('2026-02-10', null), (doc, edits, ref) => {
      const inc = new IncrementalExtractor();
      let text = `---\ndate: 2025-06-03\n---\n\n${doc}`;
      assert.deepEqual(inc.update(text), extract(text));
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        assert.deepEqual(inc.update(text, { referenceDate: ref }), extract(text, { referenceDate: ref }));
      }
    }), { numRuns: 1000 });
  });

  it('equals extract() on long many-paragraph documents under edits at paragraph boundaries (property)', () => {
    const para = fc.array(fc.constantFrom(...WORDS.filter((w) => !w.includes('\n'))), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
    const longDoc = fc.array(fc.tuple(para, fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\n \n\n')), { minLength: 10, maxLength: 60 }).map((ps) => ps.map(([p, sep]) => p + sep).join(''));
    const boundaryEdit = fc.record({ at: fc.nat(), del: fc.nat({ max: 3 }), insert: fc.constantFrom('', '\n', '\n\n', ' ', 'Okafor', 'Foreign Minister Bola Okafor said. ', '(FATF)', '-', '---\n') });
    fc.assert(fc.property(longDoc, fc.array(boundaryEdit, { minLength: 1, maxLength: 10 }), (doc, edits) => {
      const inc = new IncrementalExtractor();
      let text = `---\ndate: 2026-02-10\n---\n\n${doc}`;
      inc.update(text);
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        assert.deepEqual(inc.update(text), extract(text));
      }
    }), { numRuns: 300 });
  });

  it('equals extract() under edits that split, join and mix lone \\r, \\n and \\r\\n line ends (property)', () => {
    const para = fc.array(fc.constantFrom(...WORDS.filter((w) => !/[\r\n]/.test(w))), { minLength: 1, maxLength: 10 }).map((ws) => ws.join(' '));
    const sep = fc.constantFrom('\r', '\r\r', '\n', '\r\n', '\r\n\r\n', '\r \r', '\n\r');
    const doc = fc.array(fc.tuple(para, sep), { minLength: 5, maxLength: 30 }).map((ps) => ps.map(([p, s]) => p + s).join(''));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 2 }), insert: fc.constantFrom('', '\r', '\n', '\r\n', '\r\r', ' ', 'Okafor', '---\r') });
    fc.assert(fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 10 }), (d, edits) => {
      const inc = new IncrementalExtractor();
      let text = `---\rdate: 2026-02-10\r---\r\r${d}`;
      assert.deepEqual(inc.update(text), extract(text));
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.del);
        assert.deepEqual(inc.update(text), extract(text));
      }
    }), { numRuns: 300 });
  });

  it('keeps coreference correct when the defining paragraph changes', () => {
    const inc = new IncrementalExtractor();
    const a = 'Foreign Minister Amara Okafor spoke.\n\nOkafor left.';
    const later = (text: string) => inc.update(text, { referenceDate: '2026-02-10' }).mentions.find((m) => m.text === 'Okafor');
    assert.equal(later(a)?.kind === 'actor' && (later(a) as { canonical: string }).canonical, 'Amara Okafor');
    const b = 'Foreign Minister Bola Okafor spoke.\n\nOkafor left.';
    assert.equal((later(b) as { canonical: string }).canonical, 'Bola Okafor');
    assert.equal(later('Nobody spoke.\n\nOkafor left.'), undefined);
  });

  it('re-extracts only changed paragraphs (a cached paragraph result is reused)', () => {
    const inc = new IncrementalExtractor();
    const paras = Array.from({ length: 200 }, (_, i) => `Kenya and Japan agreed on $${i + 1} billion in March.`).join('\n\n');
    inc.update(paras);
    const before = inc.paragraphsExtracted;
    assert.ok(before >= 1, 'the first update extracts the paragraphs');
    const r = inc.update(`${paras} Tokyo protested.`);
    assert.deepEqual(r, extract(`${paras} Tokyo protested.`));
    // Counted, not timed: only the edited paragraph is extracted again.
    assert.equal(inc.paragraphsExtracted - before, 1);
  });
});
