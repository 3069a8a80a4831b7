// Rules added after the fifth unseen set (blind5); every example is written for this file.
import assert from 'node:assert/strict';
import { date, figure, unmarked } from './helpers';

describe('extract: round 4 rules', () => {
  describe('figures', () => {
    it('reads lettered currency prefixes and more currency words', () => {
      const tk = figure('The cabinet released Tk 720 crore for embankments.', 'Tk 720 crore');
      assert.deepEqual([tk.type, tk.value, tk.unit], ['money', 7.2e9, 'BDT']);
      assert.equal(figure('Each family will receive 250,000 drams in aid.', '250,000 drams').unit, 'AMD');
      assert.equal(figure('The fine was set at 40,000 bolivianos.', '40,000 bolivianos').unit, 'BOB');
      assert.equal(figure('Coffee growers earned 900 quetzales a month.', '900 quetzales').unit, 'GTQ');
    });

    it('reads a fraction of a point as percentage points', () => {
      const q = figure('The central bank raised its rate by a quarter point on Friday.', 'a quarter point');
      assert.deepEqual([q.type, q.value, q.unit], ['percent', 0.25, 'pp']);
      assert.equal(figure('Growth slowed by half a percentage point.', 'half a percentage point').value, 0.5);
      assert.equal(figure('Yields rose three-quarters of a point in a week.', 'three-quarters of a point').value, 0.75);
    });

    it('prices per rai, acre or hectare keep the land unit', () => {
      assert.equal(figure('Growers were offered 7,200 baht a rai for flooded paddy.', '7,200 baht a rai').unit, 'THB/rai');
      assert.equal(figure('Land sold for $3,100 per acre last season.', '$3,100 per acre').unit, 'USD/acre');
    });

    it('gives a price and its bracketed conversion the per-unit after the bracket', () => {
      const text = 'Millers paid 18,700 baht ($560) per tonne for white rice.';
      assert.equal(figure(text, '18,700 baht').unit, 'THB/tonne');
      assert.equal(figure(text, '$560').unit, 'USD/tonne');
    });

    it('reads energy units in their own casing, carats, and per-units after a slash or per quintal', () => {
      assert.equal(figure('The dam will add 18 TWh a year.', '18 TWh').unit, 'TWh');
      assert.equal(figure('Households use 250 kWh a month.', '250 kWh').unit, 'kWh');
      assert.equal(figure('The mine sold 2 million carats.', '2 million carats').type, 'quantity');
      assert.equal(figure('Maize fetched 2,100 rupees per quintal.', '2,100 rupees per quintal').unit, 'INR/quintal');
      assert.equal(figure('Barley traded at 245 euros/tonne in Rouen.', '245 euros/tonne').unit, 'EUR/tonne');
    });

    it('skips "-strong" to the counted noun', () => {
      assert.equal(figure('The bloc will raise a 3,000-strong joint brigade.', '3,000').unit, 'brigade');
    });

    it('counts the noun before a limit word ("troop ceiling from 12,000 to 9,800")', () => {
      const text = 'The mandate lowers the troop ceiling from 12,000 to 9,800 by March.';
      assert.equal(figure(text, '12,000').unit, 'troops');
      assert.equal(figure(text, '9,800').unit, 'troops');
      assert.equal(figure('Congress raised the debt ceiling of 4 trillion.', '4 trillion').unit, '');
    });

    it('drops hyphenated and material modifiers from the counted noun', () => {
      assert.equal(figure('Engineers set 95 concrete markers along the line.', '95').unit, 'markers');
      assert.equal(figure('The firm runs three open-pit mines in the north.', 'three').unit, 'mines');
    });
  });

  describe('dates and idioms', () => {
    it('resolves a possessive weekday by the verb of its own clause', () => {
      // Reference Wednesday 2026-11-04.
      assert.equal(date('The speaker said Thursday\'s vote will settle it.', 'Thursday', '2026-11-04').normalized, '2026-11-05');
      assert.equal(date('Officials said Monday\'s storm flooded the port.', 'Monday', '2026-11-04').normalized, '2026-11-02');
    });

    it('does not read a quetzal amount "Q1.5 billion" as a quarter', () => {
      unmarked('Losses reached Q1.5 billion last year.', 'Q1');
    });

    it('does not count "one" in "one step at a time" or "one after another"', () => {
      unmarked('Diplomats said they would settle the line one village at a time.', 'one');
      unmarked('Posts fell one after another in the night.', 'one');
    });
  });
});
