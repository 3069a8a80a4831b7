// Read-through of the blind17 figure and date rules: each false positive a reviewer found, with the intended case kept.
// Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions } from './helpers';

const REF = '2026-07-09';

describe('extract: read-through 24, figures and dates', () => {
  it('adds no plural to a listed plural and reads English-word currency plurals as money only in a currency context', () => {
    for (const [text, span, noun] of [['Rovers drove more than 1,500 sols on Mars.', '1,500', 'sols'], ['The dancers wore 300 leis.', '300', 'leis'],
      ['Biologists counted 40 leks of sage grouse.', '40', 'leks'], ['The crane lifted a load of 50 kips.', '50', 'kips'], ['It cost 20 kronors.', '20', 'kronors']]) {
      const f = figure(text, span, REF);
      assert.deepEqual([f.type, f.unit], ['count', noun], text);
    }
    assert.equal(figure('The loan was 3 billion kips.', '3 billion kips', REF).unit, 'LAK');
    assert.equal(figure('A ticket costs 200 Peruvian sols.', '200 Peruvian sols', REF).unit, 'PEN');
    assert.equal(figure('A ticket costs 20 lei.', '20 lei', REF).unit, 'RON');
    assert.equal(figure('The levy raised 80 Nigerian nairas in March.', '80 Nigerian nairas', REF).unit, 'NGN');
  });

  it('takes a demonym\'s currency only when the word written is that currency\'s', () => {
    for (const text of ['The stamp cost 100 Portuguese escudos in 1990.', 'A loaf cost 5 French francs then.']) {
      assert.ok(!mentions(text, REF).some((m) => m.kind === 'figure' && m.type === 'money'), text);
    }
    assert.equal(figure('It cost 20 Australian dollars.', '20 Australian dollars', REF).unit, 'AUD');
    assert.equal(figure('It cost 5 Argentine pesos.', '5 Argentine pesos', REF).unit, 'ARS');
    assert.equal(figure('It cost 7 Norwegian kroner.', '7 Norwegian kroner', REF).unit, 'NOK');
  });

  it('reads a power unit joined to a plural time unit', () => {
    assert.equal(figure('Power costs Rs 5 per kilowatt hours.', 'Rs 5 per kilowatt hours', REF).unit, 'INR/kWh');
    assert.equal(figure('Power costs €5 per megawatt-hours.', '€5 per megawatt-hours', REF).unit, 'EUR/MWh');
    assert.equal(figure('Capacity sold at $3 per kilowatt-months.', '$3 per kilowatt-months', REF).unit, 'USD/kW-month');
    assert.equal(figure('Capacity sold at $2 per kilowatt of capacity.', '$2 per kilowatt', REF).unit, 'USD/kW');
  });

  it('reads a fraction before a comparative of size as a share only where the comparison closes', () => {
    for (const text of ['A third higher-ranking official was arrested.', 'They won a third lower-house seat.', 'It opened a third larger plant in Ohio.',
      'A third stronger aftershock followed.', 'They built a fifth bigger reactor.']) {
      assert.ok(!mentions(text, REF).some((m) => m.kind === 'figure'), text);
    }
    assert.equal(figure('Farms got a third less water than planned.', 'a third', REF).value, 33.33);
    assert.equal(figure('Output was a quarter higher than last year.', 'a quarter', REF).value, 25);
    assert.equal(figure('The economy grew a fifth faster than forecast.', 'a fifth', REF).value, 20);
    assert.equal(figure('Output was a quarter higher.', 'a quarter', REF).value, 25);
    assert.equal(figure('Sales were a third more in May.', 'a third', REF).value, 33.33);
  });

  it('counts the noun a possessive of children, women, men or people classifies', () => {
    assert.equal(figure('They built three children\'s hospitals.', 'three', REF).unit, 'hospitals');
    assert.equal(figure('There are five women\'s shelters in the city.', 'five', REF).unit, 'shelters');
    assert.equal(figure('The league has 12 women’s teams.', '12', REF).unit, 'teams');
    assert.equal(figure('He won four men\'s singles titles.', 'four', REF).unit, 'singles titles');
    // Other possessives still head the phrase.
    assert.equal(figure('The two countries\' exports fell.', 'two', REF).unit, 'countries');
    assert.equal(figure('Only one country\'s delegation left.', 'one', REF).unit, 'country');
  });

  it('keeps a hoped-for deadline in the past in narrative', () => {
    for (const [text, span] of [['He had hoped for a settlement by the end of March, but talks collapsed.', 'March'],
      ['In February, the minister said he hoped for a deal by March.', 'March'], ['Officials in January were confident of finishing the bridge by May.', 'May'],
      ['Most of the fighters likely fled by March.', 'March'], ['The troops likely withdrew by April.', 'April'],
      ['Few thought it possible by April; the dam opened in May.', 'April'],
      ['Officials said it was feasible by the end of February to finish the wall, and they did.', 'February']]) {
      assert.ok(date(text, span, REF).normalized?.startsWith('2026'), text);
    }
    assert.equal(date('The minister said he hoped for a settlement by the end of March.', 'March', '2026-01-15').normalized, '2026-03');
    assert.equal(date('He said he hoped for a settlement by the end of March.', 'March', REF).normalized, '2027-03');
    assert.equal(date('Silveira said a deal was possible by the end of November.', 'November', REF).normalized, '2026-11');
    assert.equal(date('A deal is possible by March.', 'March', REF).normalized, '2027-03');
    assert.equal(date('The deal is likely to be signed by March.', 'March', REF).normalized, '2027-03');
  });

  it('reads tours, sails and flies as verbs of travel only before a destination', () => {
    // 2026-02-11 is a Wednesday.
    for (const [text, span, day] of [['The museum offered guided tours on Saturday for the first time.', 'Saturday', '2026-02-07'],
      ['The crew repaired torn sails on Monday after the storm.', 'Monday', '2026-02-09'], ['Thousands of people joined tours of the site on Tuesday.', 'Tuesday', '2026-02-10'],
      ['The flag flies at half-mast after the king died on Monday.', 'Monday', '2026-02-09']]) {
      assert.equal(date(text, span, '2026-02-11').normalized, day, text);
    }
    assert.equal(date('Park flies to Manila on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    assert.equal(date('The minister sails for Busan on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
    assert.equal(date('The minister tours the port on Friday.', 'Friday', '2026-02-11').normalized, '2026-02-13');
  });

  it('keeps the offset after "the" and a deictic word', () => {
    assert.equal(date('In the last year before the pandemic, exports rose 5%.', 'year before', REF).type, 'relative');
    assert.equal(date('The next day after the attack, troops arrived.', 'day after', REF).type, 'relative');
    assert.ok(!mentions('The past year after the war was hard.', REF).some((m) => m.kind === 'date' && m.text === 'past year'));
    assert.equal(date('Exports fell last year before the ban.', 'last year', REF).normalized, '2025');
  });

  it('reads no forward infinitive from "to" and a determiner, nor for a date after "of"', () => {
    for (const [text, span] of [['The minister called on Tuesday in a speech to the nation for calm after the riots of March 2.', 'March 2'],
      ['He was asked in parliament on Monday to explain the decision of March 2.', 'March 2'],
      ['Protesters wanted on Monday at the rally to the square to mark the massacre of May 4.', 'May 4']]) {
      assert.ok(date(text, span, REF).normalized?.startsWith('2026'), text);
    }
    assert.equal(date('They agreed on Monday in Rome to cap fuel prices from May 1.', 'May 1', REF).normalized, '2027-05-01');
  });
  it('reads no currency from a word that is only a name of every object ("constructor")', () => {
    const fs = mentions('The constructor rate fell to 1,600 per dollar.', REF).filter((m) => m.kind === 'figure');
    assert.equal(fs.length, 1);
    assert.equal(fs[0].kind === 'figure' && fs[0].type, 'count');
  });
});
