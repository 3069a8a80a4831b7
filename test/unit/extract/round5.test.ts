// Rules added after the sixth unseen set (blind6); every example is written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions } from './helpers';

describe('extract: round 5 rules', () => {
  describe('figures', () => {
    it('reads the sol prefix, special drawing rights and an ambiguous SR by the country in the text', () => {
      const sol = figure('Lima set aside S/ 120 million for canals.', 'S/ 120 million');
      assert.deepEqual([sol.type, sol.value, sol.unit], ['money', 1.2e8, 'PEN']);
      const sdr = figure('The fund approved SDR 2.5 billion for the region.', 'SDR 2.5 billion');
      assert.deepEqual([sdr.type, sdr.value, sdr.unit], ['money', 2.5e9, 'XDR']);
      assert.equal(mentions('The fund approved SDR 2.5 billion for the region.').filter((m) => m.kind === 'actor').length, 0);
      assert.equal(figure('Seychelles collected SR 40 million from port dues.', 'SR 40 million').unit, 'SCR');
      assert.equal(figure('Saudi Arabia spent SR 40 million on the stadium.', 'SR 40 million').unit, 'SAR');
    });

    it('reads a flow in cubic metres per second and a price per cubic metre or per kilo', () => {
      const flow = figure('The canal carries 12 cubic metres per second in April.', '12 cubic metres per second');
      assert.deepEqual([flow.type, flow.unit], ['quantity', 'cubic metres per second']);
      assert.equal(figure('Irrigators pay Bs 0.25 per cubic metre for river water.', 'Bs 0.25 per cubic metre').unit, 'BOB/cubic metre');
      assert.equal(figure('Quinoa sold at $4.10 a kilo in the market.', '$4.10 a kilo').unit, 'USD/kg');
    });

    it('does not start a range at a year written before a grouped number', () => {
      const text = 'Copper sales fell in the second half of 2025 to 3,200 tonnes.';
      assert.equal(figure(text, '3,200 tonnes').value, 3200);
      assert.equal(date(text, 'second half of 2025').normalized, '2025-H2');
    });
  });

  describe('dates', () => {
    it('reads "heads of state" as a noun, not a scheduling verb', () => {
      assert.equal(date('Regional heads of state on Monday approved the budget.', 'Monday', '2026-06-10').normalized, '2026-06-08');
    });
  });
});
