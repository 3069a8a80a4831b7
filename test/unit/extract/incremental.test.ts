import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { patchSpans } from '../../../src/core/util';
import type { Mention } from '../../../src/core/types';
import { compileRegistry } from '../../../src/core/registry';

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

  it('keeps a later alias resolved as extract() does when the paragraph giving the alias changes', () => {
    const inc = new IncrementalExtractor();
    const texts = [
      'Militia chief Omar Saleh Wardi, better known as Kassar, withdrew.\n\nKassar said the road was open.',
      'Militia chief Omar Saleh Wardi withdrew.\n\nKassar said the road was open.',
      'Militia chief Idris Nour Taha, known as Kassar, withdrew.\n\nKassar said the road was open.',
    ];
    const later = (text: string): string | undefined => {
      const got = inc.update(text, { referenceDate: '2026-02-10' });
      assert.deepEqual(got, extract(text, { referenceDate: '2026-02-10' }));
      const m = got.mentions.filter((x) => x.kind === 'actor' && x.text === 'Kassar').pop();
      return m?.kind === 'actor' ? m.canonical : undefined;
    };
    assert.equal(later(texts[0]), 'Omar Saleh Wardi');
    assert.notEqual(later(texts[1]), 'Omar Saleh Wardi');
    assert.equal(later(texts[2]), 'Idris Nour Taha');
    assert.equal(later(texts[0]), 'Omar Saleh Wardi');
  });

  it('keeps a company\'s short form resolved as extract() does when the paragraph naming the company changes', () => {
    const inc = new IncrementalExtractor();
    const later = (text: string): string | undefined => {
      const got = inc.update(text, { referenceDate: '2026-02-10' });
      assert.deepEqual(got, extract(text, { referenceDate: '2026-02-10' }));
      const m = got.mentions.find((x) => x.kind === 'actor' && x.text === 'Kestrel');
      return m?.kind === 'actor' ? m.canonical : undefined;
    };
    const rest = '\n\nThe fund held 2% of Kestrel.';
    assert.equal(later(`Shares in potash producer Kestrel Potash fell.${rest}`), 'Kestrel Potash');
    assert.equal(later(`Shares in Kestrel Mining fell.${rest}`), 'Kestrel Mining');
    assert.equal(later(`Shares in Kestrel Mining and Kestrel Shipping fell.${rest}`), undefined);
    assert.equal(later(`Shares in Kestrel Mining fell.${rest}`), 'Kestrel Mining');
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

  it('updateChange, from edits or whole texts, patches the previous list into extract()\'s and keeps the text (property)', () => {
    const frontEdit = fc.constantFrom('', '---\n', 'date: 2026-03-01\n', 'dateOrder: MDY\n', '\n\n', 'x');
    fc.assert(fc.property(docArb, fc.array(fc.tuple(editArb, fc.boolean(), frontEdit), { minLength: 1, maxLength: 10 }), fc.constantFrom('2026-02-10', null), fc.constantFrom(null, 'DMY', 'MDY'), (doc, edits, ref, order) => {
      const options = { referenceDate: ref, dateOrder: order as 'DMY' | 'MDY' | null };
      const inc = new IncrementalExtractor();
      let text = `---\ndate: 2025-06-03\n---\n\n${doc}`;
      let list: Mention[] = extract(text, options).mentions;
      assert.equal(inc.updateChange(text, options).change, null, 'nothing to change on the first update');
      assert.deepEqual(inc.mentions(), list);
      for (const [e, whole, front] of edits) {
        // Some edits land in the front matter (at the top), most in the body.
        const at = (front ? e.at % 12 : e.at) % (text.length + 1);
        const insert = front || e.insert;
        const del = Math.min(e.del, text.length - at);
        const next = text.slice(0, at) + insert + text.slice(at + del);
        const r = inc.updateChange(whole ? next : { start: at, deleteCount: del, insert }, options);
        text = next;
        const expected = extract(text, options);
        assert.ok(r.change);
        list = patchSpans(list, r.change);
        assert.deepEqual(list, expected.mentions);
        assert.equal(r.referenceDate, expected.referenceDate);
        assert.equal(inc.text(), text);
        assert.equal(inc.length, text.length);
      }
    }), { numRuns: 400 });
  });

  it('re-assembles the generic institutions when an edit changes the dominant state (property)', () => {
    const sentence = fc.constantFrom('Kenya said.', 'Senegal said.', 'Japan said.', 'the Senate voted.', 'Parliament met.', 'Congress agreed.',
      'the Ministry of Finance said.', 'the Court of Auditors ruled.', 'the Central Bank acted.', 'NAIROBI — Talks began.', 'Okafor spoke.');
    const para = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
    const doc = fc.array(para, { minLength: 3, maxLength: 20 }).map((ps) => ps.join('\n\n'));
    const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 8 }), insert: fc.constantFrom('', 'Kenya ', 'Senegal. ', 'Japan and Japan. ', 'x', '\n\n') });
    fc.assert(fc.property(doc, fc.array(edit, { minLength: 1, maxLength: 8 }), (d, edits) => {
      const inc = new IncrementalExtractor();
      let text = d;
      inc.updateChange(text);
      let list = inc.mentions();
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        const del = Math.min(e.del, text.length - at);
        text = text.slice(0, at) + e.insert + text.slice(at + del);
        list = patchSpans(list, inc.updateChange({ start: at, deleteCount: del, insert: e.insert }).change!);
        assert.deepEqual(list, extract(text).mentions);
      }
    }), { numRuns: 400 });
  });

  it('re-decides the dominant state when an edit changes only where tied states are first named', () => {
    // Joining "Senegal" into the paragraph that names Congress (the United States) leaves every
    // count as it was, but Senegal is now named first in that paragraph: it wins the tie.
    const text = 's\n\nthe Central Bank acted.\n\nCongress agreed. Okafor spoke.\n\nSenegal\n\n Kenya said.';
    const inc = new IncrementalExtractor();
    let list = (inc.updateChange(text), inc.mentions());
    const at = text.indexOf('e.\n\nSenegal');
    const edited = text.slice(0, at) + text.slice(at + 3);
    list = patchSpans(list, inc.updateChange({ start: at, deleteCount: 3, insert: '' }).change!);
    assert.deepEqual(list, extract(edited).mentions);
    assert.ok(list.some((m) => m.kind === 'actor' && m.canonical === 'Central Bank (Senegal)'), 'the case depends on the tie-break');
  });

  it('reports as changed only the paragraphs whose mentions changed, not every paragraph assembled again', () => {
    const text = 'Kenya said the talks went well.\n\n'.repeat(25) + 'Jokowi met the press.\n\n' + 'Kenya said the talks went well.\n\n'.repeat(25);
    const before = compileRegistry({ entities: [{ name: 'Joko Widodo', type: 'person', aliases: ['Jokowi'], metonyms: [] }], never: [] });
    const after = compileRegistry({ entities: [{ name: 'Joko Widodo', type: 'person', aliases: [], metonyms: [] }], never: [] });
    const x = new IncrementalExtractor();
    x.updateChange(text, { registry: before });
    const assembled = x.work.assembled;
    // Another registry: every paragraph is assembled again, and only the middle one says something else.
    const { change } = x.updateChange(text, { registry: after });
    assert.equal(x.work.assembled - assembled, 51, 'every paragraph assembled again');
    const old = extract(text, { registry: before }).mentions;
    const fresh = extract(text, { registry: after }).mentions;
    assert.notDeepEqual(old, fresh, 'the registry changes this text');
    assert.deepEqual(patchSpans(old, change!), fresh);
    assert.ok(change!.deleteCount + change!.insert.length <= 2, `a change of ${change!.deleteCount} → ${change!.insert.length} mentions of ${old.length}`);
  });

  it('keeps the offsets right when a new registry changes an early paragraph and the edit is blank lines at the end', () => {
    const registry = compileRegistry({ entities: [{ name: 'Joko Widodo', type: 'person', aliases: ['Okafor'], metonyms: [] }], never: [] });
    const text = 'Okafor spoke.\n\nKenya replied.\n\nKenya last said.\n\n';
    const x = new IncrementalExtractor();
    x.updateChange(text);
    // Only the first paragraph's mentions change; the edit (no paragraph replaced) moves nothing before it.
    const { change } = x.updateChange({ start: text.length, deleteCount: 0, insert: '\n\n' }, { registry });
    assert.deepEqual(patchSpans(extract(text).mentions, change!), extract(`${text}\n\n`, { registry }).mentions);
  });

  it('keeps the text when an edit changes only the blank lines before the first paragraph', () => {
    const inc = new IncrementalExtractor();
    const text = '---\ndate: 2026-02-10\n---\n\n \n\nKenya and Japan met.\n\nOkafor spoke.';
    inc.updateChange(text);
    const at = text.indexOf(' \n\nKenya');
    const r = inc.updateChange({ start: at, deleteCount: 1, insert: '\t' });
    const edited = `${text.slice(0, at)}\t${text.slice(at + 1)}`;
    assert.equal(inc.text(), edited);
    assert.deepEqual(patchSpans(extract(text).mentions, r.change!), extract(edited).mentions);
  });

  it('refuses an edit that does not fit the text, and starts again cleanly after it', () => {
    const inc = new IncrementalExtractor();
    inc.updateChange('Kenya and Japan met.\n\nOkafor spoke.');
    assert.throws(() => inc.updateChange({ start: 30, deleteCount: 20, insert: '' }), RangeError);
    assert.throws(() => inc.updateChange({ start: 0, deleteCount: 0, insert: 'x' }), /earlier update/);
    const text = 'Tokyo protested.';
    assert.equal(inc.updateChange(text).change, null);
    assert.deepEqual(inc.mentions(), extract(text).mentions);
  });

  describe('work per edit is bounded by the edit, not the article (counted, not timed)', () => {
    const paragraph = (i: number): string => `Kenya and Japan agreed on $${i + 1} billion in March, Foreign Minister Amara Okafor said; the talks in Nairobi were long.`;
    const article = (n: number): string => `---\ndate: 2026-02-10\n---\n\n${Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n')}`;

    /** The work of one-character edits in the word "talks" of paragraphs spread over the article, per edit (the largest). */
    function workPerEdit(n: number): Record<string, number> {
      const inc = new IncrementalExtractor();
      let text = article(n);
      inc.updateChange(text);
      let list = inc.mentions();
      const worst: Record<string, number> = {};
      for (let k = 1; k <= 8; k++) {
        const para = Math.floor((n * k) / 9);
        const at = text.indexOf('talks', text.indexOf(`$${para + 1} billion`)) + 2;
        const edit = k % 2 ? { start: at, deleteCount: 0, insert: 'x' } : { start: at, deleteCount: 1, insert: '' };
        const before = inc.work;
        const { change } = inc.updateChange(edit);
        const after = inc.work;
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.deleteCount);
        list = patchSpans(list, change!);
        for (const key of Object.keys(after) as (keyof typeof after)[]) worst[key] = Math.max(worst[key] ?? 0, after[key] - before[key]);
        worst.insert = Math.max(worst.insert ?? 0, change!.insert.length);
      }
      assert.deepEqual(list, extract(text).mentions);
      return worst;
    }

    it('one paragraph extracted, counted and assembled, no mention moved, whatever the article\'s length', () => {
      const small = workPerEdit(200);
      const large = workPerEdit(1600);
      for (const w of [small, large]) {
        assert.equal(w.extracted, 1, 'paragraphs extracted per edit');
        assert.equal(w.contextCounted, 2, 'paragraph contributions taken out of and put into the document context per edit');
        assert.equal(w.assembled, 1, 'paragraphs assembled per edit');
        assert.equal(w.shifted, 0, 'mentions copied to new offsets per edit');
        assert.ok(w.insert <= 10, `mentions sent per edit: ${w.insert}`);
      }
      // Locating the window is a binary search: a few more steps for eight times the paragraphs.
      assert.ok(large.visited <= small.visited + 8, `slots visited per edit: ${small.visited} then ${large.visited}`);
    });

    it('a changed day-month order re-extracts only the paragraphs with numeric dates it decides', () => {
      const plain = Array.from({ length: 300 }, (_, i) => paragraph(i));
      plain[150] = 'The decree of 03/04/2026 took effect.';
      plain[290] = 'A second decree of 05/06/2026 followed.';
      const text = `---\ndate: 2026-02-10\n---\n\n${plain.join('\n\n')}`;
      const inc = new IncrementalExtractor();
      inc.update(text);
      const before = inc.paragraphsExtracted;
      // Evidence for day-first in the first paragraph flips the article's order.
      const at = text.indexOf('March');
      const edited = `${text.slice(0, at)}13/02/2026 ${text.slice(at)}`;
      assert.deepEqual(inc.update(edited), extract(edited));
      assert.equal(inc.paragraphsExtracted - before, 3, 'the edited paragraph and the two with ambiguous numeric dates');
    });
  });
});
