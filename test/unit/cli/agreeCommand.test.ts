import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTarget } from '../../../src/core/anchor';
import { writeSidecar, type SidecarAnnotation } from '../../../src/core/sidecar';
import { bundleCli, runBundle } from './bundle';

// The engine finds five mentions here: Kenya, Japan, "March 3, 2026" (line 1), Kenya and
// "$5 million" = 5000000 USD (line 2). A decides nothing (all five accepted); B rejects Japan and
// records the money in EUR.
const TEXT = 'Kenya and Japan signed a deal on March 3, 2026.\nKenya will pay $5 million.\n';

function annotation(id: string, exact: string, fields: Partial<SidecarAnnotation> & Pick<SidecarAnnotation, 'kind' | 'type' | 'decision'>): SidecarAnnotation {
  const start = TEXT.indexOf(exact);
  const t = createTarget(TEXT, start, start + exact.length);
  return { id, quote: t.quote, start: t.start, end: t.end, ...fields };
}

const SIDECAR_A = writeSidecar({ version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [] });
const SIDECAR_B = writeSidecar({
  version: 1, article: 'deal.md', referenceDate: null, entities: [], annotations: [
    annotation('a-japan', 'Japan', { kind: 'actor', type: 'state', decision: 'rejected' }),
    annotation('a-money', '$5 million', { kind: 'figure', type: 'money', value: 5000000, unit: 'EUR', decision: 'confirmed' }),
  ],
});

interface Json {
  total: { groups: { group: string; strict: { matched: number; a: number; b: number; precision: number; recall: number; f1: number } }[]; kappa: { tokens: number; kappa: number }; meaning: { kind: string; matched: number; same: number }[] };
  articles: { article: string; disagreements: { kind: string; line: number; a?: { text: string }; b?: { text: string; meaning: string } }[] }[];
}

describe('policy-lens agree (bundled command line)', () => {
  let bundle: string;
  const dir = mkdtempSync(join(tmpdir(), 'policy-lens-agree-'));
  before(() => {
    bundle = bundleCli();
    for (const who of ['alice', 'bob']) mkdirSync(join(dir, who, 'africa'), { recursive: true });
    writeFileSync(join(dir, 'alice', 'africa', 'deal.md'), TEXT);
    writeFileSync(join(dir, 'alice', 'africa', 'deal.md.annotations.yaml'), SIDECAR_A);
    writeFileSync(join(dir, 'bob', 'africa', 'deal.md.annotations.yaml'), SIDECAR_B);
  });
  const agree = (...args: string[]) => runBundle(bundle, ['agree', ...args], { cwd: dir });

  it('scores two sidecars of one article: P/R/F1, kappa, meaning and disagreements with lines', () => {
    const r = agree('alice/africa/deal.md.annotations.yaml', 'bob/africa/deal.md.annotations.yaml', '--json');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as Json;
    const all = out.total.groups.find((g) => g.group === 'all')!.strict;
    // B has 4 of A's 5 mentions, all on A's spans: P = 4/4, R = 4/5, F1 = 2·4/(5+4) = 8/9.
    assert.deepEqual([all.matched, all.a, all.b, all.precision, all.recall], [4, 5, 4, 1, 0.8]);
    assert.ok(Math.abs(all.f1 - 8 / 9) < 1e-12);
    assert.deepEqual(out.total.groups.find((g) => g.group === 'actor/state')!.strict.matched, 2);
    // 19 tokens; only "Japan" is labelled differently (actor/state vs O): p_o = 18/19.
    // A: state 3, date 4, money 3, O 9; B: state 2, date 4, money 3, O 10 →
    // p_e = (3·2 + 4·4 + 3·3 + 9·10)/19² = 121/361; kappa = (342 − 121)/(361 − 121) = 221/240.
    assert.equal(out.total.kappa.tokens, 19);
    assert.ok(Math.abs(out.total.kappa.kappa - 221 / 240) < 1e-12);
    assert.deepEqual(out.total.meaning.find((m) => m.kind === 'figure'), { kind: 'figure', matched: 1, same: 0, rate: 0 });
    assert.deepEqual(out.articles[0].disagreements.map((d) => [d.kind, d.line, d.a?.text ?? d.b?.text]), [['only-a', 1, 'Japan'], ['meaning', 2, '$5 million']]);
    assert.equal(out.articles[0].disagreements[1].b?.meaning, '5000000 EUR');
  });

  it('prints a readable report with file:line disagreements', () => {
    const r = agree('alice/africa/deal.md.annotations.yaml', 'bob/africa/deal.md.annotations.yaml');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Cohen's kappa on 19 tokens: 0\.921/);
    assert.match(r.stdout, /deal\.md:1: only in A: A: actor\/state "Japan" \(Japan\)/);
    assert.match(r.stdout, /deal\.md:2: meaning differs: A: figure\/money "\$5 million" \(5000000 USD\); B: .*\(5000000 EUR\)/);
  });

  it('matches two folders by path and warns about sidecars on one side only', () => {
    writeFileSync(join(dir, 'alice', 'lonely.md.annotations.yaml'), writeSidecar({ version: 1, article: 'lonely.md', referenceDate: null, entities: [], annotations: [] }));
    const r = agree('alice', 'bob', '--json');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /lonely\.md\.annotations\.yaml is only in alice; skipped/);
    const out = JSON.parse(r.stdout) as Json;
    assert.equal(out.articles.length, 1);
    assert.equal(out.total.groups[0].strict.matched, 4);
  });

  it('exits 2 with a clear message: missing article, mismatched pair, malformed sidecar', () => {
    mkdirSync(join(dir, 'bad'), { recursive: true });
    writeFileSync(join(dir, 'bad', 'other.md.annotations.yaml'), SIDECAR_A.replace('article: deal.md', 'article: other.md'));
    writeFileSync(join(dir, 'bad', 'deal.md.annotations.yaml'), 'version: 1\narticle: deal.md\nannotations: [\n');
    const cases: [string[], RegExp][] = [
      [['bob/africa/deal.md.annotations.yaml', 'bob/africa/deal.md.annotations.yaml'], /article deal\.md not found next to/],
      [['alice/africa/deal.md.annotations.yaml', 'bad/other.md.annotations.yaml'], /mismatched pair: .* annotates deal\.md and .* annotates other\.md/],
      [['alice/africa/deal.md.annotations.yaml', 'bad/deal.md.annotations.yaml'], /malformed sidecar bad\/deal\.md\.annotations\.yaml:\d+:\d+: /],
      [['alice/africa/deal.md.annotations.yaml', 'bob'], /mismatched pair: .* is a file and bob a folder/],
      [['alice/africa/deal.md.annotations.yaml'], /expected two sidecars or two folders, got 1/],
      [['alice/nothing.yaml', 'bob'], /alice\/nothing\.yaml does not exist/],
    ];
    for (const [args, message] of cases) {
      const r = agree(...args);
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stdout}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    }
  });
});
