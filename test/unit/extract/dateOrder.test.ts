import assert from 'node:assert/strict';
import { extract, IncrementalExtractor, type ExtractOptions } from '../../../src/core/extract';
import { dateOrderOfChoice, resolveDateOrder } from '../../../src/core/extract/dateOrder';
import type { DateMention } from '../../../src/core/types';

const AMBIGUOUS = '03/04/2026';

function numeric(text: string, options?: ExtractOptions): DateMention {
  const found = extract(text, options).mentions.filter((m): m is DateMention => m.kind === 'date' && m.text === AMBIGUOUS);
  assert.equal(found.length, 1, `one mention of ${AMBIGUOUS}`);
  return found[0];
}

const FRONT = (order: string): string => `---\ndate: 2026-02-10\ndateOrder: ${order}\n---\n\n`;
const DMY_EVIDENCE = 'A letter dated 17/02/2026 preceded the decree.';

describe('date order: precedence and incremental evidence', () => {
  describe('precedence', () => {
    it('reads setting values, auto and anything else leaving the order to the article', () => {
      assert.equal(dateOrderOfChoice('dmy'), 'DMY');
      assert.equal(dateOrderOfChoice('MDY'), 'MDY');
      assert.equal(dateOrderOfChoice('auto'), null);
      assert.equal(dateOrderOfChoice('ymd'), null);
      assert.equal(dateOrderOfChoice(undefined), null);
    });

    it('front matter wins over the setting, the setting over the evidence, which is asked for only when needed', () => {
      let asked = 0;
      const evidence = (): 'DMY' => { asked++; return 'DMY'; };
      assert.equal(resolveDateOrder('MDY', 'DMY', evidence), 'MDY');
      assert.equal(resolveDateOrder(null, 'MDY', evidence), 'MDY');
      assert.equal(asked, 0);
      assert.equal(resolveDateOrder(null, null, evidence), 'DMY');
      assert.equal(asked, 1);
    });

    it('resolves the same numeric date by front matter over option over evidence in extract()', () => {
      const body = `${DMY_EVIDENCE}\n\nThe decree of ${AMBIGUOUS} took effect.`;
      // Evidence alone: day first.
      assert.equal(numeric(body, { referenceDate: '2026-02-10' }).normalized, '2026-04-03');
      // The option overrides the evidence.
      assert.equal(numeric(body, { referenceDate: '2026-02-10', dateOrder: 'MDY' }).normalized, '2026-03-04');
      // The front matter overrides the option.
      assert.equal(numeric(FRONT('DMY') + body, { dateOrder: 'MDY' }).normalized, '2026-04-03');
      assert.equal(numeric(FRONT('MDY') + body, { dateOrder: 'DMY' }).normalized, '2026-03-04');
    });

    it('applies the order to an article without a reference date too (a numeric date carries its own year)', () => {
      const plain = `The decree of ${AMBIGUOUS} took effect.`;
      assert.equal(numeric(plain).normalized, null);
      assert.equal(numeric(plain, { dateOrder: 'DMY' }).normalized, '2026-04-03');
      assert.equal(numeric(`---\ndateOrder: MDY\n---\n\n${plain}`).normalized, '2026-03-04');
      assert.equal(numeric(`${DMY_EVIDENCE}\n\n${plain}`).normalized, '2026-04-03');
      const inc = new IncrementalExtractor();
      inc.update(plain);
      const r = inc.update(plain, { dateOrder: 'MDY' });
      assert.deepEqual(r, extract(plain, { dateOrder: 'MDY' }));
      assert.equal(r.mentions.find((m): m is DateMention => m.kind === 'date' && m.text === AMBIGUOUS)?.normalized, '2026-03-04');
    });
  });

  describe('incremental evidence', () => {
    const paragraph = (i: number): string => `Paragraph ${i}: the council met on ${(i % 12) + 13}/0${(i % 9) + 1}/2025 and again later in the year, officials said.`;
    const article = `---\ndate: 2026-02-10\n---\n\n${Array.from({ length: 11000 }, (_, i) => paragraph(i)).join('\n\n')}\n\nThe decree of ${AMBIGUOUS} took effect.`;

    it('rescans only the edited paragraphs for day-month evidence on a one-character edit (counted, not timed)', () => {
      assert.ok(article.length > 1_000_000, 'a 1 MB article');
      const inc = new IncrementalExtractor();
      inc.update(article);
      const first = inc.evidenceCharsScanned;
      assert.ok(first >= article.length * 0.9, 'the first update scans the whole body');
      const at = Math.floor(article.length / 2);
      const edited = `${article.slice(0, at)}x${article.slice(at)}`;
      const r = inc.update(edited);
      const scanned = inc.evidenceCharsScanned - first;
      // The window around an edit is at most a handful of paragraphs (each about 100 characters).
      assert.ok(scanned > 0 && scanned <= 6 * 120, `scanned ${scanned} characters for a one-character edit`);
      assert.deepEqual(r, extract(edited));
    });

    it('flips the order when an edit adds or removes the deciding evidence, and equals extract()', () => {
      const inc = new IncrementalExtractor();
      const base = `---\ndate: 2026-02-10\n---\n\nIntro.\n\nThe decree of ${AMBIGUOUS} took effect.\n\nClosing words.`;
      const find = (text: string): DateMention => {
        const r = inc.update(text);
        assert.deepEqual(r, extract(text));
        return r.mentions.find((m): m is DateMention => m.kind === 'date' && m.text === AMBIGUOUS)!;
      };
      assert.equal(find(base).normalized, null);
      const us = base.replace('Intro.', 'Intro of 2/17/2026.');
      assert.equal(find(us).normalized, '2026-03-04');
      const both = us.replace('Closing words.', 'Closing on 17/02/2026 and 18/02/2026.');
      assert.equal(find(both).normalized, '2026-04-03');
      assert.equal(find(base).normalized, null);
    });
  });
});
