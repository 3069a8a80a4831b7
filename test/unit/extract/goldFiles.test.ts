import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAnnotated } from '../../evaluate/buildGold';
import { compare } from '../../evaluate/chronoCompare';

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');

describe('dev-set files', () => {
  for (const dir of [DEVSET, join(DEVSET, 'holdout')]) {
    it(`${dir.endsWith('holdout') ? 'held-out' : 'dev'} articles and gold files match their hand-annotated sources`, () => {
      const sources = readdirSync(join(dir, 'annotated')).filter((f) => f.endsWith('.ann'));
      assert.ok(sources.length >= (dir.endsWith('holdout') ? 2 : 8));
      for (const f of sources) {
        const name = f.replace(/\.ann$/, '');
        let source = readFileSync(join(dir, 'annotated', f), 'utf8');
        if (name.includes('crlf')) source = source.replace(/\r?\n/g, '\r\n');
        const { text, gold } = parseAnnotated(source);
        assert.equal(readFileSync(join(dir, `${name}.md`), 'utf8'), text, `${name}.md is stale: run npx tsx test/evaluate/buildGold.ts`);
        assert.deepEqual(JSON.parse(readFileSync(join(dir, `${name}.gold.json`), 'utf8')), gold, `${name}.gold.json is stale`);
        for (const g of gold) assert.equal(text.slice(g.start, g.end), g.text);
        const words = text.replace(/^---[\s\S]*?---/, '').split(/\s+/).filter(Boolean).length;
        assert.ok(words >= 300 && words <= 700, `${name}: ${words} words`);
      }
    });
  }

  it('parses inline marks into mentions with offsets', () => {
    const { text, gold } = parseAnnotated('In {2024|D;year;2024} {Kenya|A;s} paid {$5m|F;money;5e6;USD;approx}.');
    assert.equal(text, 'In 2024 Kenya paid $5m.');
    assert.deepEqual(gold.map((g) => [g.start, g.end, g.kind]), [[3, 7, 'date'], [8, 13, 'actor'], [19, 22, 'figure']]);
    assert.equal(gold[2].kind === 'figure' && gold[2].approx, true);
  });

  it('own date rules beat chrono-node on the dev set (the reason chrono-node is not used)', () => {
    const r = compare(DEVSET);
    assert.ok(r.engine.byKind.date.strict.f1 > r.chrono.byKind.date.strict.f1 + 0.2, `own ${r.engine.byKind.date.strict.f1} vs chrono ${r.chrono.byKind.date.strict.f1}`);
  });
});
