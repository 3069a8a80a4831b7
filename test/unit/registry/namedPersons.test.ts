// The registry pass on the incremental path (core/registry/namedPersons.ts, applyRegistryToParagraph):
// per paragraph, with the first full naming of each registry person as the only document state.
// Exactness against extract() by property; an edit's work counted in mentions run through the pass.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { compileRegistry } from '../../../src/core/registry';
import type { Mention } from '../../../src/core/types';
import { patchSpans } from '../../../src/core/util';

const REGISTRY = compileRegistry({
  entities: [
    { name: 'Joko Widodo', type: 'person', aliases: ['Jokowi'], metonyms: [] },
    { name: 'Amara Okafor', type: 'person', aliases: [], metonyms: [] },
    { name: 'Kenya-Japan Joint Trade Committee', type: 'organization', aliases: ['Kenya Japan committee'], metonyms: [] },
    { name: 'North Atlantic Treaty Organization', type: 'organization', aliases: ['NATO', 'the Alliance'], metonyms: [] },
    { name: 'Japan', type: 'state', aliases: [], metonyms: ['Tokyo'] },
  ],
  never: ['Monday'],
});
const OTHER = compileRegistry({ entities: [{ name: 'Bola Okafor', type: 'person', aliases: [], metonyms: [] }], never: ['Kenya'] });

// Full names, bare surnames (kept only after the full name), aliases, a name containing engine names, never strings.
const WORDS = ['Joko Widodo', 'Widodo', 'Jokowi', 'Amara Okafor', 'Okafor', 'Bola Okafor', 'Kenya Japan committee', 'Kenya', 'Japan', 'Tokyo',
  'NATO', 'the Alliance', 'Foreign', 'Minister', 'said', 'on', 'Monday', 'the', '$2.5', 'billion', 'in', 'March', 'met', ',', '.', '\n', '\n\n'];
const docArb = fc.array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 120 }).map((ws) => ws.join(' '));
const editArb = fc.record({ at: fc.nat(), del: fc.nat({ max: 14 }), insert: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((ws) => ws.join(' ')) });

describe('registry pass on the incremental path (core/registry/namedPersons)', () => {
  it('random edits with a registry give exactly what extract(text, { registry }) gives, as a change and as a whole list (property)', () => {
    let surnamesKept = 0;
    fc.assert(fc.property(docArb, fc.array(fc.tuple(editArb, fc.constantFrom(REGISTRY, REGISTRY, REGISTRY, OTHER, undefined), fc.boolean()), { minLength: 1, maxLength: 10 }), (doc, edits) => {
      const byChange = new IncrementalExtractor();
      const whole = new IncrementalExtractor();
      let text = doc;
      let list: Mention[] = extract(text, { registry: REGISTRY }).mentions;
      byChange.updateChange(text, { registry: REGISTRY });
      assert.deepEqual(byChange.mentions(), list);
      assert.deepEqual(whole.update(text, { registry: REGISTRY }).mentions, list);
      for (const [e, registry, asText] of edits) {
        const at = e.at % (text.length + 1);
        const del = Math.min(e.del, text.length - at);
        const next = text.slice(0, at) + e.insert + text.slice(at + del);
        const { change } = byChange.updateChange(asText ? next : { start: at, deleteCount: del, insert: e.insert }, { registry });
        text = next;
        const expected = extract(text, { registry }).mentions;
        list = patchSpans(list, change!);
        assert.deepEqual(list, expected);
        assert.deepEqual(whole.update(text, { registry }).mentions, expected);
        if (registry === REGISTRY) surnamesKept += expected.filter((m) => m.kind === 'actor' && (m.text === 'Widodo' || m.text === 'Okafor') && m.canonical !== m.text).length;
      }
    }), { numRuns: 300 });
    assert.ok(surnamesKept > 0, 'bare surnames after a full name were part of the runs');
  });

  it('moving a person\'s first full name re-applies the registry to the bare surnames it decides, and only to them', () => {
    const inc = new IncrementalExtractor();
    const text = 'Widodo spoke first.\n\nKenya met Japan.\n\nJoko Widodo arrived.\n\nWidodo left.\n\nWidodo returned.';
    let list = (inc.updateChange(text, { registry: REGISTRY }), inc.mentions());
    const canonicalOf = (ms: Mention[], at: number): string | undefined => { const m = ms.find((x) => x.start === at); return m?.kind === 'actor' ? m.canonical : undefined; };
    // The full name goes: the two later bare surnames are no longer the registry person.
    const at = text.indexOf('Joko ');
    let edited = text.slice(0, at) + text.slice(at + 5);
    list = patchSpans(list, inc.updateChange({ start: at, deleteCount: 5, insert: '' }, { registry: REGISTRY }).change!);
    assert.deepEqual(list, extract(edited, { registry: REGISTRY }).mentions);
    // Put back in the first paragraph: every bare surname after it reads as the registry person again.
    edited = `Joko ${edited}`;
    list = patchSpans(list, inc.updateChange({ start: 0, deleteCount: 0, insert: 'Joko ' }, { registry: REGISTRY }).change!);
    assert.deepEqual(list, extract(edited, { registry: REGISTRY }).mentions);
    assert.equal(canonicalOf(list, edited.lastIndexOf('Widodo')), 'Joko Widodo');
  });

  describe('an edit\'s registry work is bounded by the edit, not the article (counted, not timed)', () => {
    const paragraph = (i: number): string => `Widodo and Okafor met in Tokyo on $${i + 1} billion, NATO said; the Kenya Japan committee talks were long.`;
    const article = (n: number): string => `Joko Widodo and Amara Okafor arrived.\n\n${Array.from({ length: n }, (_, i) => paragraph(i)).join('\n\n')}`;

    /** The largest work of one-character edits, in the word "talks" of paragraphs spread over the article or in the first full names. */
    function workPerEdit(n: number, inFirstParagraph: boolean): Record<string, number> {
      const inc = new IncrementalExtractor();
      let text = article(n);
      inc.updateChange(text, { registry: REGISTRY });
      let list = inc.mentions();
      const worst: Record<string, number> = {};
      const inFirst = text.indexOf('arrived') + 2; // an insertion there, then its deletion
      for (let k = 1; k <= 8; k++) {
        const para = Math.floor((n * k) / 9);
        const at = inFirstParagraph ? inFirst : text.indexOf('talks', text.indexOf(`$${para + 1} billion`)) + 2;
        const edit = k % 2 ? { start: at, deleteCount: 0, insert: 'x' } : { start: at, deleteCount: 1, insert: '' };
        const before = inc.work;
        const { change } = inc.updateChange(edit, { registry: REGISTRY });
        const after = inc.work;
        text = text.slice(0, at) + edit.insert + text.slice(at + edit.deleteCount);
        list = patchSpans(list, change!);
        for (const key of Object.keys(after) as (keyof typeof after)[]) worst[key] = Math.max(worst[key] ?? 0, after[key] - before[key]);
        worst.insert = Math.max(worst.insert ?? 0, change!.insert.length);
      }
      assert.deepEqual(list, extract(text, { registry: REGISTRY }).mentions);
      assert.ok(list.filter((m) => m.kind === 'actor' && m.text === 'Widodo' && m.canonical === 'Joko Widodo').length >= n, 'the bare surnames read the first paragraph\'s full name');
      return worst;
    }

    for (const where of ['a middle paragraph', 'the paragraph that first names the registry persons']) {
      it(`a one-character edit in ${where} runs one paragraph's mentions through the registry pass, for 200 and 1,600 paragraphs alike`, () => {
        for (const n of [200, 1600]) {
          const w = workPerEdit(n, where !== 'a middle paragraph');
          assert.equal(w.assembled, 1, `paragraphs assembled per edit (${n} paragraphs)`);
          assert.ok(w.registered <= 12, `engine mentions run through the registry pass per edit: ${w.registered} (${n} paragraphs)`);
          assert.ok(w.insert <= 12, `mentions sent per edit: ${w.insert} (${n} paragraphs)`);
          assert.equal(w.shifted, 0, 'mentions copied to new offsets per edit');
        }
      });
    }

    it('a change of registry runs every paragraph through the pass once, then edits are bounded again', () => {
      const inc = new IncrementalExtractor();
      const text = article(200);
      inc.update(text);
      const mentions = inc.mentions().length;
      const before = inc.work.registered;
      assert.deepEqual(inc.update(text, { registry: REGISTRY }).mentions, extract(text, { registry: REGISTRY }).mentions);
      assert.equal(inc.work.registered - before, mentions, 'every engine mention once');
      const at = text.indexOf('talks') + 1;
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      const again = inc.work.registered;
      assert.deepEqual(inc.update(edited, { registry: REGISTRY }).mentions, extract(edited, { registry: REGISTRY }).mentions);
      assert.ok(inc.work.registered - again <= 12, `${inc.work.registered - again} mentions after the change`);
    });
  });
});
