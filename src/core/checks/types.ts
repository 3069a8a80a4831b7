// What a check reports about an article: a stable code, where, how bad, and (when there is one
// obvious) a fix in the article text. Pure data: the CLI prints it, SARIF carries it, the editor
// shows it in the Problems panel and the Review view.

/** Stable codes: documented in the README, used by `--fail-on`, SARIF rule ids and diagnostics. */
export type FindingCode =
  | 'weekday-mismatch'
  | 'percent-vs-points'
  | 'change-mismatch'
  | 'parts-total-mismatch'
  | 'shares-over-100'
  | 'conflicting-values'
  | 'unverified-figure'
  | 'disputed-figure'
  | 'impossible-date'
  | 'ambiguous-date'
  | 'orphaned-annotation';

/** The groups a reviewer filters by and `check --fail-on` names. */
export type FindingKind = 'inconsistent' | 'unverified' | 'disputed' | 'orphaned';

export type FindingLevel = 'error' | 'warning' | 'note';

export const FINDING_KIND: Readonly<Record<FindingCode, FindingKind>> = {
  'weekday-mismatch': 'inconsistent',
  'percent-vs-points': 'inconsistent',
  'change-mismatch': 'inconsistent',
  'parts-total-mismatch': 'inconsistent',
  'shares-over-100': 'inconsistent',
  'conflicting-values': 'inconsistent',
  'unverified-figure': 'unverified',
  'disputed-figure': 'disputed',
  'impossible-date': 'inconsistent',
  'ambiguous-date': 'unverified',
  'orphaned-annotation': 'orphaned',
};

/** Replace article text [start, end) with newText (UTF-16 offsets). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Finding {
  code: FindingCode;
  kind: FindingKind;
  level: FindingLevel;
  /** UTF-16 offsets in the article text, end exclusive (an orphan: its saved position hint). */
  start: number;
  end: number;
  message: string;
  /** Other spans the finding is about (the values that disagree, the parts of a total). */
  related?: { start: number; end: number; message: string }[];
  /** An obvious fix in the article text ("percentage points", the right weekday). */
  fix?: { title: string; edits: TextEdit[] };
  /** The sidecar annotation the finding is about, when there is one. */
  annotationId?: string;
}

/** Counts the comparisons the consistency rules make, for growth tests that bound them. */
export interface CheckMeter {
  comparisons: number;
}
