// What each `check` code means, for SARIF's rule descriptors (shown by code-scanning UIs next to
// every result). The finding table is keyed by FindingCode, so a new check does not compile
// without its description; sidecar validation codes share one generic entry.
import type { FindingCode } from '../core/checks';

export interface RuleText {
  /** One line: what was found. */
  short: string;
  /** What to do about it. */
  help: string;
}

const FINDINGS: Readonly<Record<FindingCode, RuleText>> = {
  'weekday-mismatch': {
    short: 'A weekday and the date given with it fall on different days',
    help: 'Check which of the two is right and correct the other; the fix, when offered, writes the weekday of the date.',
  },
  'percent-vs-points': {
    short: 'A change between two percentages is given in percent where percentage points are meant',
    help: 'A rise from 40% to 45% is 5 percentage points, or 12.5 percent. Say which one the article means.',
  },
  'change-mismatch': {
    short: 'A stated change does not match the two values it is between',
    help: 'The article gives a value before, a value after and a change that do not agree; correct whichever is wrong.',
  },
  'parts-total-mismatch': {
    short: 'The parts do not add up to the total given',
    help: 'Check the parts and the total against the source; if some parts are left out on purpose, say so in the text.',
  },
  'shares-over-100': {
    short: 'Shares of one whole add up to more than 100 percent',
    help: 'Check the shares against the source; shares of different wholes should say what they are shares of.',
  },
  'conflicting-values': {
    short: 'The same quantity is given different values in the article, or by two articles',
    help: 'Check which value is right and use it throughout, or say why the values differ (another date, another source). Across articles, the related location is the other article\'s figure.',
  },
  'unverified-figure': {
    short: 'A figure nobody has verified yet',
    help: 'Every figure in an article, annotated or only detected, counts as unverified until a reviewer marks it verified (Verify Figure in the editor) or rejects the detection; the decision is stored in the sidecar.',
  },
  'disputed-figure': {
    short: 'A figure a reviewer marked as disputed',
    help: 'Resolve the dispute: correct the figure in the article or, once it is confirmed, mark it verified. The note in the sidecar says what is in doubt.',
  },
  'impossible-date': {
    short: 'A date that is not a day of the calendar',
    help: 'The article gives a day its month does not have (April 31, February 29 of a common year); it is never read as an ISO date. Check the source and correct the day.',
  },
  'ambiguous-date': {
    short: 'A numeric date whose day and month could be either way round',
    help: 'Both parts of a date such as 03/04/2026 are 12 or less and nothing says which comes first, so it is left unresolved rather than guessed. Set dateOrder: DMY or MDY in the front matter, the policyLens.dateOrder setting or --date-order; or edit the mention\'s meaning in the editor.',
  },
  'orphaned-annotation': {
    short: 'A sidecar annotation no longer matches the article',
    help: 'The quoted text was not found in the article. Reattach the annotation in the editor (Reattach Orphan) or delete it from the sidecar.',
  },
};

/** Problems of the sidecar that `check` itself reports. */
const PROBLEMS: Readonly<Record<string, RuleText>> = {
  moved: {
    short: 'An annotation was found away from its saved position',
    help: 'The quoted text moved in the article. Saving the article in the editor updates the positions in the sidecar.',
  },
  'oversized-quote': {
    short: 'An annotation quotes more text than is matched approximately',
    help: 'Long quotes are found again only where they still occur exactly; annotate a shorter span so the annotation survives edits.',
  },
  'quote-changed': {
    short: 'An annotated text changed since the decision was made',
    help: 'The annotation was re-attached to similar but different text; review the decision and save it again.',
  },
  'article-mismatch': {
    short: 'The sidecar names another article',
    help: 'The sidecar\'s "article" field names a file other than the article it sits next to; correct the field or rename the file.',
  },
  'merge-conflict': {
    short: 'Two branches changed an annotation differently',
    help: 'policy-lens merge-driver kept our value and recorded both under "conflict:". Decide the annotation in the editor (any decision clears the record) or edit the sidecar by hand and remove "conflict:".',
  },
  'article-missing': {
    short: 'A sidecar without its article',
    help: 'The article this sidecar belongs to is not in the folder; move the sidecar along with its article or delete it.',
  },
};

/** The description of a code: a finding, a check problem, or else a sidecar validation code. */
export function ruleText(code: string): RuleText {
  const known = Object.hasOwn(FINDINGS, code) ? FINDINGS[code as FindingCode] : Object.hasOwn(PROBLEMS, code) ? PROBLEMS[code] : undefined;
  return known ?? {
    short: `A problem in the sidecar (${code})`,
    help: 'Fix the sidecar at the reported line; while it has errors the editor keeps it read-only. The format is described in docs/sidecar-format.md.',
  };
}
