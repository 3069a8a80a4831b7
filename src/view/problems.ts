// Check findings in the Problems panel and their quick fixes, as plain data: which findings the
// `policyLens.diagnostics` setting shows, how severe each is, which finding a diagnostic stands for,
// and what can be done about it. The extension maps this onto Diagnostics and CodeActions.
import type { Finding, FindingCode, FindingLevel } from '../core/checks';
import { FINDING_KIND } from '../core/checks';
import { figureStatus } from '../core/sidecar';
import { isVisible, type ViewMention } from './articleView';
import { findingsAbout } from './reviewTree';

/** Written as `source` on every diagnostic Policy Lens reports (sidecar problems and findings). */
export const PROBLEM_SOURCE = 'Policy Lens';

/** `policyLens.diagnostics`: none, consistency findings only, or every finding. */
export type DiagnosticsMode = 'off' | 'inconsistencies' | 'all';
export const DIAGNOSTICS_MODES: readonly DiagnosticsMode[] = ['off', 'inconsistencies', 'all'];
export const DEFAULT_DIAGNOSTICS_MODE: DiagnosticsMode = 'inconsistencies';

export function diagnosticsMode(value: unknown): DiagnosticsMode {
  return (DIAGNOSTICS_MODES as readonly unknown[]).includes(value) ? (value as DiagnosticsMode) : DEFAULT_DIAGNOSTICS_MODE;
}

/** The findings a mode reports. */
export function shownFindings(findings: readonly Finding[], mode: DiagnosticsMode): readonly Finding[] {
  switch (mode) {
    case 'off': return [];
    case 'inconsistencies': return findings.filter((f) => f.kind === 'inconsistent');
    case 'all': return findings;
  }
}

export type ProblemSeverity = 'error' | 'warning' | 'information';

/** Notes are Information, not Hint: hints never reach the Problems panel. */
export function problemSeverity(level: FindingLevel): ProblemSeverity {
  return level === 'note' ? 'information' : level;
}

export function isFindingCode(code: unknown): code is FindingCode {
  return typeof code === 'string' && Object.hasOwn(FINDING_KIND, code);
}

/** The finding a diagnostic was made from: same code, same span. */
export function findingAt(findings: readonly Finding[], code: unknown, start: number, end: number): Finding | undefined {
  return isFindingCode(code) ? findings.find((f) => f.code === code && f.start === start && f.end === end) : undefined;
}

/**
 * The figure a finding is about: the visible figure its own span overlaps, else one a related span
 * overlaps. Orphaned annotations have none (their span is only a hint of where the text was).
 */
export function figureOfFinding(mentions: readonly ViewMention[], finding: Finding): ViewMention | undefined {
  if (finding.kind === 'orphaned') return undefined;
  const figures = mentions.filter((m) => m.kind === 'figure' && isVisible(m));
  return figures.find((m) => findingsAbout([{ ...finding, related: undefined }], m.start, m.end).length > 0)
    ?? figures.find((m) => findingsAbout([finding], m.start, m.end).length > 0);
}

export type FigureAction = 'verify' | 'dispute' | 'addSource';

/** Quick fixes on a figure: Verify unless verified, Dispute unless disputed, and Add Source (which keeps the status). */
export function figureActions(m: ViewMention): FigureAction[] {
  if (m.kind !== 'figure') return [];
  const status = figureStatus(m);
  const out: FigureAction[] = [];
  if (status !== 'verified') out.push('verify');
  if (status !== 'disputed') out.push('dispute');
  out.push('addSource');
  return out;
}
