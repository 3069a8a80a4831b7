import assert from 'node:assert/strict';
import { sharesOver100 } from '../../../src/core/checks/sharesOver100';
import { figureSpans, only, quiet } from './helpers';

describe('checks: shares-over-100', () => {
  it('flags shares of one holding that add up past 100%', () => {
    const text = 'China holds 40%, Japan 35% and Korea 30%.';
    assert.deepEqual(figureSpans(text), ['40%', '35%', '30%']);
    const f = only(sharesOver100, text);
    assert.equal(f.code, 'shares-over-100');
    assert.equal(f.span, '40%, Japan 35% and Korea 30%');
    assert.match(f.message, /add up to 105% \("40%" \+ "35%" \+ "30%"\)/);
    assert.equal(f.related?.length, 3);
  });

  it('reads the whole from the first share ("of the shares", "stake") and a repeated verb', () => {
    assert.match(only(sharesOver100, 'China holds 40% of the shares, Japan 35% and Korea 30%.').message, /105%/);
    assert.match(only(sharesOver100, 'Firm A holds a 40% stake, Firm B 35% and Firm C 30%.').message, /105%/);
    assert.match(only(sharesOver100, 'Party A won 52 percent, Party B won 41 percent and others 9 percent.').message, /102%/);
  });

  it('stays quiet on shares of different wholes', () => {
    quiet(sharesOver100, 'China holds 40% of the bonds, Japan 35% of the equities and Korea 30% of the loans.');
    quiet(sharesOver100, 'Inflation hit 40%, unemployment 35% and growth 30%.');
    quiet(sharesOver100, "Kenya's inflation hit 40%, Uganda 35% and Tanzania 30%.");
    quiet(sharesOver100, 'China holds 40%. Japan holds 35% and Korea 30%.');
  });

  it('stays quiet when shares pass 100% only by rounding', () => {
    quiet(sharesOver100, 'Party A won 33.4%, Party B 33.3% and Party C 33.4%.');
    quiet(sharesOver100, 'Party A won 34%, Party B 33% and Party C 34%.');
    quiet(sharesOver100, 'China holds 40%, Japan 35% and Korea 30%.', { reject: ['30%'] });
  });
});
