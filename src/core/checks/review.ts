// Review-state findings: what a fact-checking desk still has to do in an article.
import { describeFigure } from '../describe';
import { ambiguousDateNote, impossibleDateNote } from '../extract';
import { figureStatus } from '../sidecar';
import { quoted } from './finding';
import type { CheckInput } from './index';
import { FINDING_KIND, type Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

/** Unverified and disputed figures (detected or annotated, not rejected) and orphaned annotations. */
export function reviewFindings(input: CheckInput): Finding[] {
  return runSteps(reviewFindingSteps(input));
}

/** reviewFindings, pausing every few hundred mentions or orphans (a finding's message is formatted for most figures). */
export function* reviewFindingSteps(input: CheckInput): Stepped<Finding[]> {
  const out: Finding[] = [];
  const pace = pacer(input.steps);
  for (const m of input.mentions) {
    if (pace()) yield;
    if (m.kind !== 'figure' || m.decision === 'rejected') continue;
    const status = figureStatus(m);
    if (status === 'verified') continue;
    const code = status === 'disputed' ? 'disputed-figure' : 'unverified-figure';
    const what = `${quoted(m.text)} (${describeFigure(m.value, m.unit)})`;
    out.push({
      code, kind: FINDING_KIND[code], level: status === 'disputed' ? 'warning' : 'note', start: m.start, end: m.end,
      message: status === 'disputed' ? `disputed figure ${what}${m.note ? `: ${m.note}` : ''}` : `unverified figure ${what}`,
      ...(m.annotationId ? { annotationId: m.annotationId } : {}),
    });
  }
  // A day the calendar does not have ("April 31") or an ambiguous numeric date stays unresolved in the model; the desk has to settle it.
  for (const m of input.mentions) {
    if (pace()) yield;
    if (m.kind !== 'date' || m.decision === 'rejected' || m.normalized !== null) continue;
    const note = impossibleDateNote(m.text);
    if (note) out.push({ code: 'impossible-date', kind: FINDING_KIND['impossible-date'], level: 'warning', start: m.start, end: m.end, message: `impossible date ${quoted(m.text)}: ${note}` });
    // A numeric date whose day and month could be either way round, with no order known: left unresolved, never guessed.
    const ambiguous = note ? null : ambiguousDateNote(m.text);
    if (ambiguous) out.push({ code: 'ambiguous-date', kind: FINDING_KIND['ambiguous-date'], level: 'warning', start: m.start, end: m.end, message: `ambiguous date ${quoted(m.text)}: ${ambiguous}` });
  }
  for (const a of input.orphans) {
    if (pace()) yield;
    out.push({
      code: 'orphaned-annotation', kind: 'orphaned', level: 'error', start: Math.min(a.start, input.text.length), end: Math.min(a.end, input.text.length),
      message: `annotation ${a.id} ${quoted(a.quote.exact)} no longer matches the article (orphaned; kept in the sidecar)`, annotationId: a.id,
    });
  }
  return out;
}
