import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'sidecars');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Lines of b that are not in a (multiset difference), and vice versa. */
export function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const count = (s: string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const l of s.split('\n')) m.set(l, (m.get(l) ?? 0) + 1);
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const removed: string[] = [];
  const added: string[] = [];
  for (const [l, n] of ca) for (let i = (cb.get(l) ?? 0); i < n; i++) removed.push(l);
  for (const [l, n] of cb) for (let i = (ca.get(l) ?? 0); i < n; i++) added.push(l);
  return { removed, added };
}
