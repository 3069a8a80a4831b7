// Dev-set evaluator: strict (exact span + kind) and lenient (overlap + kind) precision, recall and
// F1 per kind and overall, plus normalisation accuracy over strictly matched pairs (canonical for
// actors, value + unit for figures, normalized for dates). Reports; never asserts.
// Run: npx tsx test/evaluate/evaluate.ts [DIR]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/extract';
import type { Mention, MentionKind } from '../../src/core/types';

export interface Prf {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface KindScores {
  strict: Prf;
  lenient: Prf;
  /** Share of strict matches whose normalised form is also right. */
  normAccuracy: number;
  normPairs: number;
}

export interface Evaluation {
  articles: number;
  byKind: Record<MentionKind | 'overall', KindScores>;
  errors: string[];
}

const KINDS: MentionKind[] = ['actor', 'figure', 'date'];

function prf(tp: number, predicted: number, gold: number, tpGold = tp): Prf {
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tpGold / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, gold, precision, recall, f1 };
}

function sameValue(a: number | [number, number], b: number | [number, number]): boolean {
  const eq = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x), Math.abs(y));
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && eq(a[0], b[0]) && eq(a[1], b[1]);
  return eq(a, b);
}

export function normalisedEqual(p: Mention, g: Mention): boolean {
  if (p.kind === 'actor' && g.kind === 'actor') return p.canonical === g.canonical;
  if (p.kind === 'figure' && g.kind === 'figure') return sameValue(p.value, g.value) && p.unit === g.unit;
  if (p.kind === 'date' && g.kind === 'date') return p.normalized === g.normalized;
  return false;
}

function describe(m: Mention): string {
  if (m.kind === 'actor') return `${m.type}:${m.canonical}`;
  if (m.kind === 'figure') return `${m.type}:${JSON.stringify(m.value)} ${m.unit}${m.approx ? ' ~' : ''}`;
  return `${m.type}:${m.normalized}`;
}

/** Scores predicted against gold mentions for one or more articles. */
export function score(pairs: { name: string; predicted: Mention[]; gold: Mention[] }[]): Evaluation {
  const counts = new Map<string, { tp: number; pred: number; gold: number; lp: number; lg: number; norm: number }>();
  for (const k of [...KINDS, 'overall']) counts.set(k, { tp: 0, pred: 0, gold: 0, lp: 0, lg: 0, norm: 0 });
  const errors: string[] = [];
  for (const { name, predicted, gold } of pairs) {
    const goldByKey = new Map(gold.map((g) => [`${g.kind}:${g.start}:${g.end}`, g]));
    const predKeys = new Set(predicted.map((p) => `${p.kind}:${p.start}:${p.end}`));
    for (const p of predicted) {
      for (const k of [p.kind, 'overall']) counts.get(k)!.pred++;
      const g = goldByKey.get(`${p.kind}:${p.start}:${p.end}`);
      if (g) {
        const ok = normalisedEqual(p, g);
        for (const k of [p.kind, 'overall']) { const c = counts.get(k)!; c.tp++; if (ok) c.norm++; }
        if (!ok) errors.push(`${name}: NORM  ${JSON.stringify(p.text)} got ${describe(p)} want ${describe(g)}`);
      } else errors.push(`${name}: FP    ${p.kind} ${JSON.stringify(p.text)} @${p.start} ${describe(p)}`);
      if (gold.some((g2) => g2.kind === p.kind && g2.start < p.end && p.start < g2.end)) for (const k of [p.kind, 'overall']) counts.get(k)!.lp++;
    }
    for (const g of gold) {
      for (const k of [g.kind, 'overall']) counts.get(k)!.gold++;
      if (!predKeys.has(`${g.kind}:${g.start}:${g.end}`)) errors.push(`${name}: FN    ${g.kind} ${JSON.stringify(g.text)} @${g.start} ${describe(g)}`);
      if (predicted.some((p) => p.kind === g.kind && p.start < g.end && g.start < p.end)) for (const k of [g.kind, 'overall']) counts.get(k)!.lg++;
    }
  }
  const byKind = {} as Evaluation['byKind'];
  for (const [k, c] of counts) {
    byKind[k as MentionKind] = {
      strict: prf(c.tp, c.pred, c.gold),
      lenient: prf(c.lp, c.pred, c.gold, c.lg),
      normAccuracy: c.tp ? c.norm / c.tp : 1,
      normPairs: c.tp,
    };
  }
  return { articles: pairs.length, byKind, errors };
}

/** Runs the engine over every NAME.md with a NAME.gold.json in dir. */
export function evaluate(dir: string = join(__dirname, '..', 'fixtures', 'devset')): Evaluation {
  const pairs = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const name = f.replace(/\.gold\.json$/, '');
    const text = readFileSync(join(dir, `${name}.md`), 'utf8');
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Mention[];
    return { name, predicted: extract(text).mentions, gold };
  });
  return score(pairs);
}

const pct = (x: number): string => x.toFixed(3);

/** Markdown table of the scores, for the README. */
export function formatTable(e: Evaluation): string {
  const lines = [
    `Dev set: ${e.articles} articles.`,
    '',
    '| kind | strict P | strict R | strict F1 | lenient P | lenient R | lenient F1 | norm. acc. (pairs) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const k of [...KINDS, 'overall'] as const) {
    const s = e.byKind[k];
    lines.push(`| ${k} | ${pct(s.strict.precision)} | ${pct(s.strict.recall)} | ${pct(s.strict.f1)} | ${pct(s.lenient.precision)} | ${pct(s.lenient.recall)} | ${pct(s.lenient.f1)} | ${pct(s.normAccuracy)} (${s.normPairs}) |`);
  }
  return lines.join('\n');
}

if (require.main === module) {
  const e = evaluate(process.argv[2]);
  if (process.argv.includes('--errors') || process.env.EVAL_ERRORS) process.stdout.write(`${e.errors.join('\n')}\n\n`);
  process.stdout.write(`${formatTable(e)}\n`);
}
