import assert from 'node:assert/strict';
import { changeMismatches } from '../../../src/core/checks/changeMismatch';
import { percentVsPoints } from '../../../src/core/checks/percentVsPoints';
import { applyFix, figureSpans, only, quiet } from './helpers';

describe('checks: percent-vs-points', () => {
  it('flags "a rise of 2 percent" between 3% and 5% and fixes it to percentage points', () => {
    const text = 'Inflation rose from 3% to 5%, a rise of 2 percent.';
    assert.deepEqual(figureSpans(text), ['3%', '5%', '2 percent']);
    const f = only(percentVsPoints, text);
    assert.equal(f.code, 'percent-vs-points');
    assert.equal(f.span, '2 percent');
    assert.match(f.message, /"3%" to "5%" \(2 points\)/);
    assert.match(f.message, /a rise of 66\.67%/);
    assert.deepEqual(f.related?.map((r) => text.slice(r.start, r.end)), ['3%', '5%']);
    assert.equal(applyFix(text, f), 'Inflation rose from 3% to 5%, a rise of 2 percentage points.');
    quiet(changeMismatches, text); // one finding for one fault
  });

  it('flags a change stated before the values, with "per cent" and a fall', () => {
    const text = 'Exports rose 2 percent from 3 percent to 5 percent last year.';
    assert.equal(applyFix(text, only(percentVsPoints, text)), 'Exports rose 2 percentage points from 3 percent to 5 percent last year.');
    const fall = 'Unemployment fell from 8 per cent to 6 per cent, a drop of 2 per cent.';
    const f = only(percentVsPoints, fall);
    assert.equal(f.span, '2 per cent');
    assert.match(f.message, /a fall of 25%/);
    assert.equal(applyFix(fall, f), 'Unemployment fell from 8 per cent to 6 per cent, a drop of 2 percentage points.');
  });

  it('writes "1 percentage point" for a one-point change', () => {
    const text = 'The rate rose from 30.0% to 31.0%, an increase of 1%.';
    assert.equal(applyFix(text, only(percentVsPoints, text)), 'The rate rose from 30.0% to 31.0%, an increase of 1 percentage point.');
  });

  it('stays quiet on a relative change correctly stated in percent', () => {
    quiet(percentVsPoints, 'Inflation rose from 4.0% to 5.0%, a rise of 25 percent.');
    quiet(percentVsPoints, 'The tariff was raised 50% from 10% to 15%.');
  });

  it('stays quiet on a change already stated in percentage points', () => {
    quiet(percentVsPoints, 'Inflation rose from 3% to 5%, an increase of 2 percentage points.');
    quiet(percentVsPoints, 'Inflation rose from 3% to 5%, an increase of 2 points.');
  });

  it('stays quiet on percentages that are no change of one another', () => {
    quiet(percentVsPoints, 'Growth was 3% in Kenya and 5% in Uganda, while 2 percent of exports went to China.');
    quiet(percentVsPoints, 'Prices rose 2 percent, from 3 percent of GDP in one survey to 5 percent in another.', { reject: ['2 percent'] });
  });
});
