// Builds the dev set from hand-annotated sources: test/fixtures/devset/annotated/NAME.ann holds the
// article with inline marks `{text|A;type;canonical;role}`, `{text|F;type;value;unit;approx}`,
// `{text|D;type;normalized}` (actor types s/o/p; `null` for an unresolved date). This writes NAME.md
// (marks removed; CRLF line ends when NAME contains "crlf") and NAME.gold.json (offsets computed).
// Run: npx tsx test/evaluate/buildGold.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention } from '../../src/core/types';

const ACTOR_TYPES = { s: 'state', o: 'organization', p: 'person' } as const;

function parseValue(raw: string): number | [number, number] {
  const r = /^\[(.+),(.+)\]$/.exec(raw);
  return r ? [Number(r[1]), Number(r[2])] : Number(raw);
}

export function parseAnnotated(source: string): { text: string; gold: Mention[] } {
  const gold: Mention[] = [];
  let text = '';
  let last = 0;
  const mark = /\{([^|{}]+)\|([^{}]+)\}/g;
  for (let m = mark.exec(source); m; m = mark.exec(source)) {
    text += source.slice(last, m.index);
    last = m.index + m[0].length;
    const span = m[1];
    const start = text.length;
    text += span;
    const end = text.length;
    const [kind, ...f] = m[2].split(';');
    if (kind === 'A') {
      const type = ACTOR_TYPES[f[0] as keyof typeof ACTOR_TYPES];
      if (!type) throw new Error(`bad actor type in ${m[0]}`);
      const a: Mention = { kind: 'actor', start, end, text: span, type, canonical: f[1] || span };
      if (f[2]) a.role = f[2];
      gold.push(a);
    } else if (kind === 'F') {
      const fm: Mention = { kind: 'figure', start, end, text: span, type: f[0] as 'count', value: parseValue(f[1]), unit: f[2] ?? '' };
      if (f[3] === 'approx') fm.approx = true;
      if (Number.isNaN(fm.value)) throw new Error(`bad value in ${m[0]}`);
      gold.push(fm);
    } else if (kind === 'D') {
      gold.push({ kind: 'date', start, end, text: span, type: f[0] as 'date', normalized: f[1] === 'null' ? null : f[1] });
    } else throw new Error(`bad mark ${m[0]}`);
  }
  text += source.slice(last);
  return { text, gold };
}

export function buildDevset(dir: string): string[] {
  const annotated = join(dir, 'annotated');
  const names: string[] = [];
  for (const file of readdirSync(annotated).filter((f) => f.endsWith('.ann')).sort()) {
    const name = file.replace(/\.ann$/, '');
    let source = readFileSync(join(annotated, file), 'utf8');
    if (name.includes('crlf')) source = source.replace(/\r?\n/g, '\r\n');
    const { text, gold } = parseAnnotated(source);
    for (const g of gold) if (text.slice(g.start, g.end) !== g.text) throw new Error(`offset mismatch in ${name}`);
    writeFileSync(join(dir, `${name}.md`), text);
    writeFileSync(join(dir, `${name}.gold.json`), `[\n${gold.map((g) => JSON.stringify(g)).join(",\n")}\n]\n`);
    names.push(name);
  }
  return names;
}

if (require.main === module) {
  for (const dir of [join(__dirname, '..', 'fixtures', 'devset'), join(__dirname, '..', 'fixtures', 'devset', 'holdout')]) {
    const names = buildDevset(dir);
    process.stdout.write(`${dir}: built ${names.length} articles: ${names.join(', ')}\n`);
  }
}
