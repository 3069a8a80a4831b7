import assert from 'node:assert/strict';
import { join } from 'node:path';
import { evaluate, formatTable, score } from '../../evaluate/evaluate';
import type { Mention } from '../../../src/core/types';

const DEVSET = join(__dirname, '..', '..', 'fixtures', 'devset');

describe('extract: dev-set quality floors', () => {
  // Every set the rules were checked against stays a regression check; the floors sit a little
  // below today's scores (0.99–1.00) so a real regression fails without freezing every span.
  const sets = ['', 'holdout', 'blind', 'blind2', 'blind3', 'blind4', 'blind5', 'blind6', 'blind7', 'blind8', 'blind9', 'blind10', 'blind11', 'blind12', 'blind13', 'blind14', 'blind15', 'blind16', 'blind17', 'blind18', 'blind19', 'blind20', 'blind21', 'blind22', 'blind23', 'blind24'];
  for (const set of sets) {
    it(`keeps strict F1 ≥ 0.95 per kind and accuracy ≥ 0.93 on ${set || 'the dev set'}`, () => {
      const e = evaluate(join(DEVSET, set));
      for (const k of ['actor', 'figure', 'date', 'overall'] as const) {
        assert.ok(e.byKind[k].strict.f1 >= 0.95, `${k} strict F1 ${e.byKind[k].strict.f1.toFixed(3)}\n${formatTable(e)}`);
        assert.ok(e.byKind[k].normAccuracy >= 0.93, `${k} normalisation ${e.byKind[k].normAccuracy.toFixed(3)}\n${formatTable(e)}`);
      }
    });
  }

  // Each later set keeps its own floors, just under its score after its class fixes ([strict F1, accuracy] per kind).
  type Floors = Record<'actor' | 'figure' | 'date' | 'overall', readonly [number, number]>;
  const OWN_FLOORS: Record<string, Floors> = {
    // After its fixes (issue 13): actor F1 0.998, figure 1.000, date 1.000; accuracy 1.000 / 0.978 / 0.991 (the issue-13
    // targets, actor F1 ≥ 0.93 and accuracy ≥ 0.97, hold).
    blind7: { actor: [0.99, 0.99], figure: [0.99, 0.97], date: [0.995, 0.99], overall: [0.99, 0.98] },
    // After its fixes: 0.963 / 0.996 / 1.000; accuracy 0.977 / 0.992 / 0.980 (first score 0.935 / 0.944 / 0.963; 0.969 / 0.991 / 0.958).
    blind8: { actor: [0.96, 0.97], figure: [0.99, 0.99], date: [0.995, 0.975], overall: [0.975, 0.975] },
    // After its fixes: 1.000 / 1.000 / 0.995; accuracy 0.978 / 0.991 / 0.990 (first score 0.941 / 0.954 / 0.960; 0.949 / 0.981 / 0.979).
    blind9: { actor: [0.99, 0.97], figure: [0.99, 0.98], date: [0.99, 0.98], overall: [0.99, 0.975] },
    // After two rounds of fixes: 0.995 / 1.000 / 0.987; accuracy 0.978 / 0.985 / 1.000 (first score 0.956 / 0.956 / 0.987;
    // 0.971 / 0.938 / 0.973).
    blind10: { actor: [0.99, 0.97], figure: [0.99, 0.98], date: [0.98, 0.99], overall: [0.99, 0.98] },
    // After its fixes: 0.998 / 1.000 / 0.995; accuracy 0.957 / 0.988 / 1.000 (first score 0.948 / 0.988 / 0.977;
    // 0.948 / 0.952 / 0.962).
    blind11: { actor: [0.99, 0.95], figure: [0.99, 0.98], date: [0.99, 0.99], overall: [0.99, 0.965] },
    // After its fixes: 0.991 / 0.992 / 1.000; accuracy 0.981 / 0.953 / 1.000 (first score 0.966 / 0.977 / 0.966;
    // 0.974 / 0.905 / 0.986).
    blind12: { actor: [0.985, 0.975], figure: [0.985, 0.945], date: [0.99, 0.99], overall: [0.985, 0.975] },
    // After its fixes: 0.993 / 1.000 / 1.000; accuracy 0.997 / 1.000 / 1.000 (first score, on the adjudicated gold,
    // 0.956 / 0.941 / 0.988; 0.993 / 0.993 / 0.975).
    blind13: { actor: [0.99, 0.99], figure: [0.99, 0.99], date: [0.99, 0.99], overall: [0.99, 0.99] },
    // After its fixes: 0.994 / 1.000 / 1.000; accuracy 0.988 / 0.972 / 1.000 (first score, after the blind13 fixes and on
    // the adjudicated gold, 0.951 / 0.989 / 0.994; 0.961 / 0.957 / 0.976).
    blind14: { actor: [0.99, 0.98], figure: [0.99, 0.965], date: [0.99, 0.99], overall: [0.99, 0.98] },
    // After its fixes: 0.980 / 1.000 / 1.000; accuracy 0.980 / 0.986 / 1.000 (first score, after the blind14 fixes,
    // 0.927 / 0.959 / 0.993; 0.964 / 0.986 / 0.986).
    blind15: { actor: [0.975, 0.975], figure: [0.99, 0.98], date: [0.99, 0.99], overall: [0.985, 0.98] },
    // After its fixes: 0.994 / 0.996 / 1.000; accuracy 0.991 / 1.000 / 1.000 (first score, after the blind15 fixes,
    // 0.977 / 0.961 / 1.000; 0.968 / 1.000 / 0.984).
    blind16: { actor: [0.99, 0.985], figure: [0.99, 0.99], date: [0.99, 0.99], overall: [0.99, 0.99] },
    // After its fixes: 0.994 / 1.000 / 1.000; accuracy 0.980 / 0.992 / 1.000 (first score, after the blind16 fixes and on
    // the adjudicated gold, 0.938 / 0.984 / 0.993; 0.965 / 0.983 / 0.985).
    blind17: { actor: [0.99, 0.975], figure: [0.99, 0.99], date: [0.99, 0.99], overall: [0.99, 0.985] },
    // After its fixes: 1.000 / 1.000 / 1.000; accuracy 0.997 / 1.000 / 1.000 (first score, written after the blind17 fixes
    // and their read-through, 0.995 / 0.994 / 0.991; 0.984 / 0.975 / 1.000).
    blind18: { actor: [0.995, 0.99], figure: [0.995, 0.995], date: [0.995, 0.995], overall: [0.995, 0.99] },
    // After its fixes: 1.000 / 0.993 / 1.000; accuracy 0.983 / 0.966 / 1.000 (first score, written after blind18 and scored
    // before any change for it, 0.972 / 0.969 / 0.986; 0.960 / 0.958 / 0.993).
    blind19: { actor: [0.995, 0.975], figure: [0.985, 0.955], date: [0.995, 0.995], overall: [0.99, 0.975] },
    // After its fixes: 0.987 / 1.000 / 0.993; accuracy 0.978 / 0.981 / 1.000 (first score, written after the blind18 and
    // blind19 fixes and their read-throughs, 0.971 / 0.974 / 0.983; 0.974 / 0.980 / 0.986).
    blind20: { actor: [0.98, 0.97], figure: [0.995, 0.975], date: [0.99, 0.995], overall: [0.985, 0.98] },
    // After its fixes: 0.977 / 0.990 / 0.992; accuracy 0.967 / 0.966 / 1.000 (first score, written after the blind20 fixes
    // and scored before any change for it, 0.945 / 0.986 / 0.992; 0.939 / 0.965 / 1.000).
    blind21: { actor: [0.97, 0.96], figure: [0.985, 0.96], date: [0.99, 0.995], overall: [0.98, 0.97] },
    // After its fixes: 0.975 / 1.000 / 0.990; accuracy 0.986 / 0.988 / 0.986 (first score, written after the blind21 fixes
    // and their read-through, scored before any change for it, 0.950 / 0.969 / 0.990; 0.971 / 0.987 / 0.979).
    blind22: { actor: [0.97, 0.98], figure: [0.995, 0.985], date: [0.985, 0.98], overall: [0.98, 0.98] },
    // After its fixes: 0.952 / 0.996 / 1.000; accuracy 0.974 / 0.950 / 0.986 (first score, written after the blind22 fixes
    // and scored before any change for it, 0.931 / 0.975 / 1.000; 0.969 / 0.956 / 0.979). After the blind24 round's classes
    // (Timorese, a portfolio opened by "the", "Timor GAP"): 0.972 / 0.996 / 1.000; 0.971 / 0.950 / 0.986.
    blind23: { actor: [0.965, 0.965], figure: [0.99, 0.945], date: [0.995, 0.98], overall: [0.98, 0.965] },
    // After its fixes: 0.978 / 1.000 / 0.990; accuracy 0.959 / 0.980 / 1.000 (first score, written after the blind23 fixes,
    // scored before any change for it, 0.958 / 0.997 / 0.990; 0.945 / 0.973 / 0.987).
    blind24: { actor: [0.97, 0.955], figure: [0.995, 0.975], date: [0.985, 0.995], overall: [0.98, 0.97] },
  };
  for (const [set, floors] of Object.entries(OWN_FLOORS)) {
    it(`keeps ${set} at its own floor, just under its last score (strict F1 / accuracy ≥ ${(['actor', 'figure', 'date'] as const).map((k) => floors[k].join(' / ')).join(', ')})`, () => {
      const e = evaluate(join(DEVSET, set));
      for (const k of ['actor', 'figure', 'date', 'overall'] as const) {
        assert.ok(e.byKind[k].strict.f1 >= floors[k][0], `${k} strict F1 ${e.byKind[k].strict.f1.toFixed(3)}\n${formatTable(e)}`);
        assert.ok(e.byKind[k].normAccuracy >= floors[k][1], `${k} normalisation ${e.byKind[k].normAccuracy.toFixed(3)}\n${formatTable(e)}`);
      }
    });
  }

  it('the scorer counts strict, lenient and normalisation matches correctly', () => {
    const g: Mention[] = [
      { kind: 'actor', start: 0, end: 5, text: 'Kenya', type: 'state', canonical: 'Kenya' },
      { kind: 'figure', start: 10, end: 14, text: '12 %', type: 'percent', value: 12, unit: '%' },
    ];
    const p: Mention[] = [
      { kind: 'actor', start: 0, end: 5, text: 'Kenya', type: 'state', canonical: 'Kenia' },
      { kind: 'figure', start: 10, end: 12, text: '12', type: 'count', value: 12, unit: '' },
      { kind: 'date', start: 20, end: 24, text: '2024', type: 'year', normalized: '2024' },
    ];
    const e = score([{ name: 't', predicted: p, gold: g }]);
    assert.equal(e.byKind.overall.strict.tp, 1);
    assert.equal(e.byKind.overall.strict.precision, 1 / 3);
    assert.equal(e.byKind.overall.strict.recall, 1 / 2);
    assert.equal(e.byKind.figure.lenient.f1, 1);
    assert.equal(e.byKind.actor.normAccuracy, 0);
  });
});
