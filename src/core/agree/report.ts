// The agreement report: the summed counts turned into scores, in a stable order for text and JSON.
import type { MentionKind } from '../types';
import type { ArticleComparison, Disagreement } from './compare';
import { kappaOf, prf, type Kappa, type Prf } from './scores';

export interface GroupScore {
  /** 'all', a kind ('figure') or kind/type ('figure/money'). */
  group: string;
  strict: Prf;
  overlap: Prf;
}

export interface MeaningScore {
  kind: MentionKind;
  matched: number;
  same: number;
  /** same / matched; null when nothing matched. */
  rate: number | null;
}

export interface AgreementReport {
  groups: GroupScore[];
  kappa: Kappa;
  meaning: MeaningScore[];
}

const KIND_ORDER: MentionKind[] = ['actor', 'figure', 'date'];

/** 'all' first, then each kind followed by its types (alphabetical). */
function groupOrder(x: string, y: string): number {
  if (x === 'all' || y === 'all') return x === 'all' ? (y === 'all' ? 0 : -1) : 1;
  const [kx, tx = ''] = x.split('/');
  const [ky, ty = ''] = y.split('/');
  return KIND_ORDER.indexOf(kx as MentionKind) - KIND_ORDER.indexOf(ky as MentionKind) || tx.localeCompare(ty);
}

export function agreementReport(c: ArticleComparison): AgreementReport {
  const groups = Object.keys(c.groups).sort(groupOrder).map((group) => {
    const g = c.groups[group];
    return { group, strict: prf(g.strict, g.a, g.b), overlap: prf(g.overlap, g.a, g.b) };
  });
  const meaning = KIND_ORDER.map((kind) => {
    const m = c.meaning[kind];
    return { kind, matched: m.matched, same: m.same, rate: m.matched ? m.same / m.matched : null };
  });
  return { groups, kappa: kappaOf(c.labels), meaning };
}

/** How a disagreement reads in a list ("only in B", "type differs"). */
export const DISAGREEMENT_TITLES: Record<Disagreement['kind'], string> = {
  'only-a': 'only in A',
  'only-b': 'only in B',
  label: 'kind or type differs',
  boundary: 'span differs',
  meaning: 'meaning differs',
};
