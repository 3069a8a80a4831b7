import assert from 'node:assert/strict';
import { figure, mentions, unmarked } from './helpers';

describe('extract: figures', () => {
  describe('money (guidelines 14, 18, 21)', () => {
    it('takes symbol, number and scale into the span and applies the scale', () => {
      const f = figure('It costs $2.5 billion.', '$2.5 billion');
      assert.deepEqual([f.type, f.value, f.unit], ['money', 2.5e9, 'USD']);
      assert.equal(figure('A US$40m grant.', 'US$40m').value, 40e6);
      assert.equal(figure('Sales of €3bn rose.', '€3bn').unit, 'EUR');
      assert.equal(figure('A £28 million pledge.', '£28 million').unit, 'GBP');
      assert.equal(figure('Loans of ¥45 billion.', '¥45 billion').unit, 'JPY');
    });

    it('reads lakh and crore, currency words, codes and demonym-qualified currencies', () => {
      const f = figure('India spent Rs 3.2 lakh crore on arms.', 'Rs 3.2 lakh crore');
      assert.deepEqual([f.value, f.unit], [3.2e12, 'INR']);
      assert.deepEqual([figure('It raised 4.1 billion euros.', '4.1 billion euros').value, figure('It raised 4.1 billion euros.', '4.1 billion euros').unit], [4.1e9, 'EUR']);
      assert.equal(figure('A fee of 500 million yuan.', '500 million yuan').unit, 'CNY');
      assert.equal(figure('About 90 billion riyals was spent.', '90 billion riyals').unit, 'SAR');
      assert.equal(figure('It paid 18 billion Kenyan shillings.', '18 billion Kenyan shillings').unit, 'KES');
      assert.equal(figure('It paid CZK 60 billion.', 'CZK 60 billion').unit, 'CZK');
      assert.equal(figure('Kenya spent Sh2 billion.', 'Sh2 billion').value, 2e9);
    });

    it('lets the article decide shared currency words ("pesos" in a Chilean story)', () => {
      const text = 'Chile and Chile again.\n\nThe minimum wage rises to 750,000 pesos.';
      assert.equal(figure(text, '750,000 pesos').unit, 'CLP');
      assert.equal(figure('Mexico raised it to 300 pesos.', '300 pesos').unit, 'MXN');
    });

    it('handles per-unit prices and exchange rates', () => {
      assert.equal(figure('Brent traded at $70 a barrel.', '$70 a barrel').unit, 'USD/barrel');
      const f = figure('The rupee fell to 80 rupees to the dollar.', '80 rupees');
      assert.deepEqual([f.value, f.unit], [80, 'INR']);
    });
  });

  describe('percent, points and fractions (guidelines 17, 21)', () => {
    it('distinguishes percent from percentage points', () => {
      assert.equal(figure('Growth was 12 percent.', '12 percent').unit, '%');
      assert.equal(figure('Growth was 12 per cent.', '12 per cent').unit, '%');
      assert.equal(figure('Growth was 12%.', '12%').unit, '%');
      const pp = figure('It rose 2.3 percentage points.', '2.3 percentage points');
      assert.deepEqual([pp.type, pp.unit], ['percent', 'pp']);
    });

    it('reads fractions of a whole as percent', () => {
      assert.equal(figure('Half of the budget went.', 'Half').value, 50);
      assert.equal(figure('It fell by a third since 2019.', 'a third').value, 33.33);
      assert.equal(figure('Two-thirds of voters agreed.', 'Two-thirds').value, 66.67);
      assert.equal(figure('Three-quarters of firms agreed.', 'Three-quarters').value, 75);
      assert.equal(figure('Nearly a quarter of the total.', 'a quarter').value, 25);
    });
  });

  describe('ranges and hedges (guidelines 2, 16)', () => {
    it('makes one span for ranges, without "between"', () => {
      assert.deepEqual(figure('Growth of 4.5 to 12.2 percent.', '4.5 to 12.2 percent').value, [4.5, 12.2]);
      assert.deepEqual(figure('A $2-3 billion deal.', '$2-3 billion').value, [2e9, 3e9]);
      assert.deepEqual(figure('It costs between 3 and 5 percent.', '3 and 5 percent').value, [3, 5]);
    });

    it('keeps hedges outside the span and flags them', () => {
      const f = figure('It reached about $1.6 billion.', '$1.6 billion');
      assert.equal(f.approx, true);
      assert.equal(figure('At least 40,000 troops.', '40,000').approx, true);
      assert.equal(figure('It reached $1.6 billion.', '$1.6 billion').approx, undefined);
    });
  });

  describe('counts and quantities (guidelines 15, 21)', () => {
    it('marks the numeral only, with the counted noun as unit', () => {
      const f = figure('It sent 4,000 troops.', '4,000');
      assert.deepEqual([f.type, f.value, f.unit], ['count', 4000, 'troops']);
      assert.deepEqual([figure('The two nations agreed.', 'two').value, figure('The two nations agreed.', 'two').unit], [2, 'nations']);
      assert.equal(figure('The 27-member bloc voted.', '27').unit, 'member');
      assert.equal(figure('A dozen ships sailed.', 'A dozen').value, 12);
      assert.equal(figure('Nine ministers resigned.', 'Nine').value, 9);
    });

    it('normalises quantity units and their scale', () => {
      const q = figure('Output reached 2.3 million barrels per day (bpd).', '2.3 million barrels per day');
      assert.deepEqual([q.type, q.value, q.unit], ['quantity', 2.3e6, 'barrels per day']);
      assert.deepEqual([figure('A 16 mtpa plant.', '16 mtpa').value, figure('A 16 mtpa plant.', '16 mtpa').unit], [16e6, 'tonnes per annum']);
      assert.equal(figure('It holds 300 kg of uranium.', '300 kg').unit, 'kg');
    });
  });

  describe('traps (guideline 19)', () => {
    it('does not mark identifiers, ordinals, idioms, vague plurals or times of day', () => {
      unmarked('Article 5 applies.', 'Article 5');
      unmarked('See section 3 on page 12.', '3');
      unmarked('See section 3 on page 12.', '12');
      unmarked('Resolution 1540 was cited.', '1540');
      unmarked('It was the third attempt and the 21st round.', '21st');
      unmarked('It is one of the few options.', 'one');
      unmarked('Dozens of ships and hundreds of people.', 'Dozens');
      unmarked('Talks began at 3 pm and ended at 14:30.', '3 pm');
      unmarked('Talks began at 3 pm and ended at 14:30.', '14:30');
      unmarked('The FTSE 100 rose.', '100');
    });

    it('leaves numbers inside temporal expressions to the date', () => {
      const ms = mentions('It lasted seven years.');
      assert.deepEqual(ms.map((m) => m.kind), ['date']);
    });
  });
});
