import assert from 'node:assert/strict';
import { createTarget } from '../../../src/core/anchor';
import {
  articleRows, codePointOffset, conllTokens, spreadsheetSafe, toBrat, toConll, toCsv, toJsonLines, toW3c, type W3cAnnotation,
} from '../../../src/core/exchange';
import { writeSidecar, type SidecarAnnotation } from '../../../src/core/sidecar';

// The engine finds Kenya, Japan, "March 3, 2026", Kenya and "$5 million" here.
const TEXT = 'Kenya and Japan signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';

function annotation(text: string, id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation {
  const start = text.indexOf(exact);
  const t = createTarget(text, start, start + exact.length);
  return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
}

function sidecarFor(text: string): string {
  return writeSidecar({
    version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [
      annotation(text, 'a-japan', 'Japan', { kind: 'actor', type: 'state', decision: 'rejected' }),
      annotation(text, 'a-money', '$5 million', { kind: 'figure', type: 'money', value: 5000000, unit: 'EUR', decision: 'confirmed', status: 'verified', source: '=HYPERLINK("x")', note: 'said, "twice"', author: 'ana' }),
    ],
  });
}

type Collection = { total: number; first: { items: W3cAnnotation[] } };

describe('exchange formats', () => {
  const deal = articleRows({ article: 'africa/deal.md', text: TEXT, sidecarText: sidecarFor(TEXT) });

  it('rows are the mentions as the editor shows them, with the sidecar decisions', () => {
    assert.deepEqual(deal.rows.map((r) => [r.text, r.line, r.column, r.kind, r.type, r.meaning, r.decision]), [
      ['Kenya', 1, 1, 'actor', 'state', 'Kenya', ''],
      ['Japan', 1, 11, 'actor', 'state', 'Japan', 'rejected'],
      ['March 3, 2026', 1, 34, 'date', 'date', '2026-03-03', ''],
      ['Kenya', 2, 1, 'actor', 'state', 'Kenya', ''],
      ['$5 million', 2, 16, 'figure', 'money', '5000000 EUR', 'confirmed'],
    ]);
    const money = deal.rows[4];
    assert.deepEqual([money.status, money.source, money.note, money.author], ['verified', '=HYPERLINK("x")', 'said, "twice"', 'ana']);
  });

  it('CSV quotes per RFC 4180 and defuses formulas', () => {
    const csv = toCsv([deal]);
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'article,start,end,line,column,kind,type,text,meaning,decision,status,source,note,author');
    assert.equal(lines[3], 'africa/deal.md,33,46,1,34,date,date,"March 3, 2026",2026-03-03,,,,,');
    assert.equal(lines[5], `africa/deal.md,63,73,2,16,figure,money,$5 million,5000000 EUR,confirmed,verified,"'=HYPERLINK(""x"")","said, ""twice""",ana`);
    assert.equal(lines.length, 7); // header, five rows, and the empty string after the last CRLF
    assert.deepEqual(['=1', '+1', '-1', '@x', 'ok'].map(spreadsheetSafe), ["'=1", "'+1", "'-1", "'@x", 'ok']);
  });

  it('JSON Lines has one object per mention with the same fields', () => {
    const rows = toJsonLines([deal]).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(rows.length, 5);
    assert.deepEqual(rows[4], {
      article: 'africa/deal.md', start: 63, end: 73, line: 2, column: 16, kind: 'figure', type: 'money', text: '$5 million',
      meaning: '5000000 EUR', decision: 'confirmed', status: 'verified', source: '=HYPERLINK("x")', note: 'said, "twice"', author: 'ana',
    });
  });

  it('W3C positions count code points: astral characters before a mention shift UTF-16 offsets only', () => {
    const text = `𝔸😀 ${TEXT}`; // two astral characters: 4 UTF-16 units, 2 code points
    const a = articleRows({ article: 'deal.md', text, sidecarText: sidecarFor(text) });
    const c = JSON.parse(toW3c([a])) as Collection;
    assert.equal(c.total, 4); // Japan is rejected
    const kenya = c.first.items[0];
    assert.equal(a.rows[0].start, 5); // UTF-16
    assert.deepEqual(kenya.target.selector[1], { type: 'TextPositionSelector', start: 3, end: 8 });
    assert.deepEqual(kenya.target.selector[0], { type: 'TextQuoteSelector', exact: 'Kenya', prefix: '𝔸😀 ', suffix: ' and Japan signed a deal on Marc' });
    assert.deepEqual([...text].slice(3, 8).join(''), 'Kenya');
    assert.deepEqual(kenya.body.map((b) => [b.purpose, b.value]), [['tagging', 'actor/state'], ['describing', 'Kenya']]);
    assert.equal(codePointOffset('a😀b', 3), 2);
  });

  it('brat: T lines in code points of the .txt, notes with meaning and decision, rejected left out', () => {
    const text = `😀 ${TEXT}`;
    const a = articleRows({ article: 'deal.md', text, sidecarText: sidecarFor(text) });
    const { txt, ann } = toBrat(a);
    assert.equal(txt, text);
    const lines = ann.trimEnd().split('\n');
    assert.equal(lines[0], 'T1\tACTOR-STATE 2 7\tKenya');
    assert.equal(lines.at(-2), 'T4\tFIGURE-MONEY 65 75\t$5 million');
    assert.equal(lines.at(-1), '#4\tAnnotatorNotes T4\tmeaning=5000000 EUR; decision=confirmed; status=verified');
    assert.ok(!ann.includes('Japan'));
    for (const l of lines.filter((x) => x.startsWith('T'))) {
      const [, where, covered] = l.split('\t');
      const [s, e] = where.split(' ').slice(1).map(Number);
      assert.equal([...txt].slice(s, e).join(''), covered);
    }
  });

  it('brat splits a span across a line break into fragments; CRLF articles keep their offsets', () => {
    const text = 'The Foreign Minister met\r\nKenya.\r\n';
    const a = { article: 'x.md', text, rows: [{ ...articleRows({ article: 'x.md', text }).rows[0], start: 21, end: 31, text: text.slice(21, 31) }] };
    assert.equal(toBrat(a).ann.split('\n')[0], 'T1\tACTOR-STATE 21 24;26 31\tmet Kenya');
    const kenya = articleRows({ article: 'x.md', text }).rows.find((r) => r.text === 'Kenya')!;
    assert.deepEqual([kenya.start, kenya.line, kenya.column], [26, 2, 1]);
  });

  it('CoNLL: BIO labels, a sentence per line of tokens, -DOCSTART- per article', () => {
    const out = toConll([deal, articleRows({ article: 'empty.md', text: '' })]);
    const blocks = out.split('\n\n').filter(Boolean);
    assert.equal(blocks[0], '-DOCSTART-\tO');
    assert.equal(blocks[1].split('\n').slice(0, 3).join(' | '), 'Kenya\tB-ACTOR-STATE | and\tO | Japan\tO');
    assert.ok(blocks[1].includes('March\tB-DATE-DATE\n3\tI-DATE-DATE\n,\tI-DATE-DATE\n2026\tI-DATE-DATE\n.\tO'));
    assert.ok(blocks[2].includes('$\tB-FIGURE-MONEY\n5\tI-FIGURE-MONEY\nmillion\tI-FIGURE-MONEY'));
    assert.equal(blocks[3], '-DOCSTART-\tO');
    assert.equal(blocks.length, 4);
    assert.deepEqual(conllTokens(articleRows({ article: 'a', text: 'One.\n\nTwo three' })).map((t) => t.last), [false, true, false, true]);
  });

  it('empty articles export nothing but a header or an empty document', () => {
    const empty = articleRows({ article: 'e.md', text: '' });
    assert.equal(toCsv([empty]).split('\r\n').length, 2);
    assert.equal(toJsonLines([empty]), '');
    assert.equal((JSON.parse(toW3c([empty])) as Collection).total, 0);
    assert.deepEqual(toBrat(empty), { txt: '', ann: '' });
  });
});
