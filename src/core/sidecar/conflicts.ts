// Merge conflicts recorded in a sidecar (by `policy-lens merge-driver`), as problems to show: the
// editor's Problems panel and `policy-lens check` list each one at its annotation's block.
import type { Sidecar } from './format';

export interface ConflictProblem {
  annotationId: string;
  code: 'merge-conflict';
  message: string;
}

export const MERGE_CONFLICT_CODE = 'merge-conflict';

export function conflictProblems(sidecar: Sidecar | undefined): ConflictProblem[] {
  const out: ConflictProblem[] = [];
  for (const a of sidecar?.annotations ?? []) {
    const c = a.conflict;
    if (!c) continue;
    const what = c.fields.includes('removed') ? 'removed on one branch and changed on the other' : `${c.fields.join(', ')} changed on both branches`;
    out.push({
      annotationId: a.id, code: MERGE_CONFLICT_CODE,
      message: `annotation ${a.id} ${JSON.stringify(a.quote.exact)}: merge conflict, ${what} (ours ${c.ours}, theirs ${c.theirs}); a decision on it resolves the conflict`,
    });
  }
  return out;
}
