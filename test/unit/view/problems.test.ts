import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/checks';
import {
  diagnosticsMode, figureActions, figureOfFinding, findingAt, isFindingCode, problemSeverity, shownFindings,
} from '../../../src/view';
import { date, figure } from './helpers';

const findings: Finding[] = [
  { code: 'unverified-figure', kind: 'unverified', level: 'note', start: 10, end: 20, message: 'u' },
  { code: 'percent-vs-points', kind: 'inconsistent', level: 'warning', start: 40, end: 49, message: 'p', fix: { title: 'Replace', edits: [{ start: 42, end: 49, newText: 'percentage points' }] } },
  { code: 'orphaned-annotation', kind: 'orphaned', level: 'error', start: 10, end: 12, message: 'o' },
  { code: 'weekday-mismatch', kind: 'inconsistent', level: 'warning', start: 60, end: 66, message: 'w', related: [{ start: 70, end: 82, message: 'date' }] },
];

describe('view/problems', () => {
  it('shows nothing, consistency findings only, or every finding, by setting', () => {
    assert.deepEqual(shownFindings(findings, 'off'), []);
    assert.deepEqual(shownFindings(findings, 'inconsistencies').map((f) => f.code), ['percent-vs-points', 'weekday-mismatch']);
    assert.equal(shownFindings(findings, 'all').length, 4);
  });

  it('reads the setting, falling back to inconsistencies for anything else', () => {
    assert.equal(diagnosticsMode('all'), 'all');
    assert.equal(diagnosticsMode('off'), 'off');
    assert.equal(diagnosticsMode('everything'), 'inconsistencies');
    assert.equal(diagnosticsMode(undefined), 'inconsistencies');
  });

  it('maps levels to severities that reach the Problems panel (notes are information, not hints)', () => {
    assert.deepEqual(['error', 'warning', 'note'].map((l) => problemSeverity(l as Finding['level'])), ['error', 'warning', 'information']);
  });

  it('finds the finding a diagnostic stands for by code and span', () => {
    assert.equal(findingAt(findings, 'orphaned-annotation', 10, 12)?.message, 'o');
    assert.equal(findingAt(findings, 'unverified-figure', 10, 12), undefined);
    assert.equal(findingAt(findings, 'no-such-code', 10, 20), undefined);
    assert.equal(findingAt(findings, 7, 10, 20), undefined);
    assert.ok(isFindingCode('shares-over-100') && !isFindingCode('toString'));
  });

  it('finds the figure a finding is about: by its span, then by a related span; never for orphans', () => {
    const mentions = [
      figure(10, '400 troops'), figure(40, '2 percent', 'percent'), date(60, 'Monday', '2025-04-07'), figure(75, '9 ships'),
      figure(90, '5 ships', 'count', { decision: 'rejected' }),
    ];
    assert.equal(figureOfFinding(mentions, findings[0])?.text, '400 troops');
    assert.equal(figureOfFinding(mentions, findings[1])?.text, '2 percent');
    assert.equal(figureOfFinding(mentions, findings[2]), undefined);
    assert.equal(figureOfFinding(mentions, findings[3])?.text, '9 ships', 'the weekday is a date: the related figure');
    assert.equal(figureOfFinding(mentions, { ...findings[0], start: 90, end: 97 }), undefined, 'rejected figures are not offered');
  });

  it('offers Verify unless verified, Dispute unless disputed, and always Add Source', () => {
    assert.deepEqual(figureActions(figure(0, '4 ships')), ['verify', 'dispute', 'addSource']);
    assert.deepEqual(figureActions(figure(0, '4 ships', 'count', { status: 'verified' })), ['dispute', 'addSource']);
    assert.deepEqual(figureActions(figure(0, '4 ships', 'count', { status: 'disputed' })), ['verify', 'addSource']);
    assert.deepEqual(figureActions(date(0, 'May', '2025-05')), []);
  });
});
