// Rules added after the fourth unseen set (blind4); every example is written for this file.
import assert from 'node:assert/strict';
import { date, figure, unmarked } from './helpers';

describe('extract: round 3 rules', () => {
  describe('figures', () => {
    it('reads a hyphenated "one-fifth" as a share', () => {
      const f = figure('The budget shrank by one-fifth, officials said.', 'one-fifth');
      assert.deepEqual([f.type, f.value, f.unit], ['percent', 20, '%']);
    });

    it('reads hyphenated percentage-point and basis-point modifiers', () => {
      const f = figure('Lawmakers backed a 1.5 percentage-point cut in the duty.', '1.5 percentage-point');
      assert.deepEqual([f.type, f.value, f.unit], ['percent', 1.5, 'pp']);
      assert.equal(figure('The bank made a 75 basis-point move.', '75 basis-point').unit, 'basis points');
    });

    it('reads Gulf currency prefixes and a capitalised Mtpa', () => {
      const f = figure('The fund pledged SR 9 billion for the smelter.', 'SR 9 billion');
      assert.deepEqual([f.type, f.value, f.unit], ['money', 9e9, 'SAR']);
      assert.equal(figure('Doha offered QR 500 million.', 'QR 500 million').unit, 'QAR');
      assert.equal(figure('The plant will make 2.4 Mtpa of ammonia.', '2.4 Mtpa').value, 2.4e6);
    });

    it('splits a falling "from X to Y" pair into two counts', () => {
      const text = 'The council cut the ceiling from 9,000 to 7,500, citing costs.';
      assert.equal(figure(text, '9,000').value, 9000);
      assert.equal(figure(text, '7,500').value, 7500);
    });

    it('skips a country compound adjective before the counted noun', () => {
      assert.equal(figure('About 250 Rwandan-trained police officers arrived.', '250').unit, 'police officers');
    });

    it('does not count identifiers such as "Unit 4" or "Block 15" at a sentence start', () => {
      unmarked('Unit 4 of the plant tripped overnight.', '4');
      unmarked('Block 15 was awarded to a consortium.', '15');
    });
  });

  describe('dates', () => {
    it('reads "effective from" as pointing forward', () => {
      assert.equal(date('Parliament approved on Tuesday a cut, effective from the fourth quarter.', 'fourth quarter', '2026-06-10').normalized, '2026-Q4');
    });

    it('reads "the end of <month>" as a noun, not a future marker', () => {
      const d = date('Prices rose on Monday, up from $500 at the end of October.', 'October', '2026-11-12');
      assert.equal(d.normalized, '2026-10');
    });
  });
});
