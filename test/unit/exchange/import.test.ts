import assert from 'node:assert/strict';
import { createTarget } from '../../../src/core/anchor';
import { articleRows, fromCodePoints, importSpans, parseBrat, parseMeaning, parseW3c, toBrat, toW3c } from '../../../src/core/exchange';
import { parseSidecar, writeSidecar, type SidecarAnnotation } from '../../../src/core/sidecar';

// "the Quad" is no actor to the engine: a person added it. The $5 million were corrected to euros.
const TEXT = '😀 Kenya and the Quad signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';

function annotation(text: string, id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation {
  const start = text.indexOf(exact);
  const t = createTarget(text, start, start + exact.length);
  return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
}

const SIDECAR = writeSidecar({
  version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [
    annotation(TEXT, 'a-quad', 'the Quad', { kind: 'actor', type: 'organization', decision: 'added' }),
    annotation(TEXT, 'a-money', '$5 million', { kind: 'figure', type: 'money', value: 5000000, unit: 'EUR', decision: 'confirmed' }),
  ],
});

describe('exchange import (brat, W3C)', () => {
  const original = articleRows({ article: 'deal.md', text: TEXT, sidecarText: SIDECAR });

  it('brat: export → import into the bare article → export is identical', () => {
    const exported = toBrat(original);
    const { spans, problems } = parseBrat(exported.ann, exported.txt);
    assert.deepEqual(problems, []);
    const r = importSpans({ text: TEXT, articleName: 'deal.md' }, spans);
    assert.deepEqual([r.added, r.unplaced.length, r.moved], [2, 0, 0]);
    const again = articleRows({ article: 'deal.md', text: TEXT, sidecarText: r.sidecarText });
    assert.equal(toBrat(again).ann, exported.ann);
    // Importing the same file again adds nothing.
    const twice = importSpans({ text: TEXT, sidecarText: r.sidecarText, articleName: 'deal.md' }, spans);
    assert.deepEqual([twice.changed, twice.added, twice.present], [false, 0, spans.length]);
  });

  it('W3C: export → import (code-point positions) → export is identical', () => {
    const exported = toW3c([original]);
    const { bySource, problems } = parseW3c(exported);
    assert.deepEqual(problems, []);
    const spans = fromCodePoints(TEXT, bySource.get('deal.md')!.spans);
    const r = importSpans({ text: TEXT, articleName: 'deal.md' }, spans);
    assert.equal(r.unplaced.length, 0);
    assert.equal(toW3c([articleRows({ article: 'deal.md', text: TEXT, sidecarText: r.sidecarText })]), exported);
  });

  it('re-anchors by quote in a changed article, reports what it cannot place and keeps comments', () => {
    const exported = toBrat(original);
    const { spans } = parseBrat(exported.ann, exported.txt);
    const changed = `Yesterday, ${TEXT.replace('the Quad', 'the partners')}`;
    const commented = `# our team's notes\n${writeSidecar({ version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [] })}`;
    const r = importSpans({ text: changed, sidecarText: commented, articleName: 'deal.md' }, spans);
    assert.deepEqual(r.unplaced.map((s) => s.exact), ['the Quad']);
    assert.ok(r.moved > 0);
    assert.ok(r.sidecarText!.startsWith("# our team's notes\n"));
    const money = parseSidecar(r.sidecarText!).sidecar!.annotations.find((a) => a.quote.exact === '$5 million')!;
    assert.deepEqual([money.unit, money.start], ['EUR', changed.indexOf('$5 million')]);
  });

  it('reads meanings back and reports unreadable brat lines', () => {
    assert.deepEqual(parseMeaning('figure', 'count', '~1000–2000 troops', 'x'), { kind: 'figure', type: 'count', value: [1000, 2000], unit: 'troops', approx: true });
    assert.deepEqual(parseMeaning('actor', 'person', 'Ann Lee (Foreign Minister)', 'x'), { kind: 'actor', type: 'person', canonical: 'Ann Lee', role: 'Foreign Minister' });
    assert.deepEqual(parseMeaning('date', 'date', '', 'x'), { kind: 'date', type: 'date', normalized: null });
    assert.deepEqual(parseBrat('T1\tNOPE 0 3\tabc\nT2\tACTOR-STATE 0 x\tabc\n', 'abc').problems.length, 2);
  });
});
