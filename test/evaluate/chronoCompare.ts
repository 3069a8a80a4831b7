// Compares chrono-node with the engine's own date rules on the dev sets (dates only): strict and
// lenient span F1, and normalisation accuracy where chrono gives a day, month or year.
// Run: npx tsx test/evaluate/chronoCompare.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { extract, frontMatterDate } from '../../src/core/extract';
import type { DateMention, Mention } from '../../src/core/types';
import { score } from './evaluate';

function chronoDates(text: string): DateMention[] {
  const ref = frontMatterDate(text);
  const refDate = ref ? new Date(`${ref}T12:00:00Z`) : new Date();
  const out: DateMention[] = [];
  for (const r of chrono.parse(text, refDate)) {
    const c = r.start;
    const known = (k: 'day' | 'month' | 'year'): boolean => c.isCertain(k);
    const pad = (n: number): string => String(n).padStart(2, '0');
    let normalized: string | null = null;
    let type: DateMention['type'] = 'date';
    if (known('day')) normalized = `${c.get('year')}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
    else if (known('month')) { normalized = `${c.get('year')}-${pad(c.get('month') ?? 1)}`; type = 'month'; }
    else if (known('year')) { normalized = String(c.get('year')); type = 'year'; }
    out.push({ kind: 'date', start: r.index, end: r.index + r.text.length, text: r.text, type, normalized });
  }
  return out;
}

export function compare(dir: string): { engine: ReturnType<typeof score>; chrono: ReturnType<typeof score> } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort();
  const load = (f: string) => {
    const name = f.replace(/\.gold\.json$/, '');
    const text = readFileSync(join(dir, `${name}.md`), 'utf8');
    const gold = (JSON.parse(readFileSync(join(dir, f), 'utf8')) as Mention[]).filter((m) => m.kind === 'date');
    return { name, text, gold };
  };
  const arts = files.map(load);
  return {
    engine: score(arts.map((a) => ({ name: a.name, gold: a.gold, predicted: extract(a.text).mentions.filter((m) => m.kind === 'date') }))),
    chrono: score(arts.map((a) => ({ name: a.name, gold: a.gold, predicted: chronoDates(a.text) }))),
  };
}

if (require.main === module) {
  const root = join(__dirname, '..', 'fixtures', 'devset');
  for (const dir of [root, join(root, 'holdout')]) {
    const r = compare(dir);
    const line = (name: string, e: ReturnType<typeof score>): string => {
      const d = e.byKind.date;
      return `| ${name} | ${d.strict.precision.toFixed(3)} | ${d.strict.recall.toFixed(3)} | ${d.strict.f1.toFixed(3)} | ${d.lenient.f1.toFixed(3)} | ${d.normAccuracy.toFixed(3)} (${d.normPairs}) |`;
    };
    process.stdout.write(`${dir}\n| dates | strict P | strict R | strict F1 | lenient F1 | norm. acc. |\n|---|---|---|---|---|---|\n${line('own rules', r.engine)}\n${line('chrono-node', r.chrono)}\n\n`);
  }
}
