// Figures and dates the blind19 set showed: minor units of other currencies, two consecutive years after a preposition of
// duration, fiscal years of more states, counts in title-case headings, counts before a capitalised modifier run, and a
// unit compared to a kind of year. Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions, unmarked } from './helpers';

describe('extract: blind19 figures and dates', () => {
  it('reads the hundredths of other currencies as money in the currency the article or sentence names', () => {
    const sen = figure('Malaysia charges Singapore 3 sen for every 1,000 gallons of raw water.', '3 sen');
    assert.deepEqual([sen.type, sen.value, sen.unit], ['money', 0.03, 'MYR']);
    assert.equal(figure('Brunei raised the bus fare by 30 sen this year.', '30 sen').unit, 'BND');
    const kobo = figure('Nigeria raised the fuel levy by 50 kobo.', '50 kobo');
    assert.deepEqual([kobo.type, kobo.value, kobo.unit], ['money', 0.5, 'NGN']);
    assert.equal(figure('Pakistan cut the power tariff by 75 paisa per unit.', '75 paisa per unit').unit, 'PKR/unit');
    assert.equal(figure('India cut the tariff by 40 paise.', '40 paise').unit, 'INR');
    assert.equal(figure('Saudi Arabia added 15 halalas to the fuel price.', '15 halalas').unit, 'SAR');
    assert.equal(figure('Ukraine raised the fare by 50 kopeks.', '50 kopeks').unit, 'UAH');
    assert.equal(figure('A tortilla in Mexico costs 80 centavos more.', '80 centavos').unit, 'MXN');
    assert.equal(figure('Bread costs 20 céntimos more in Peru.', '20 céntimos').unit, 'PEN');
    assert.equal(figure('Ghana raised the levy by 20 pesewas.', '20 pesewas').unit, 'GHS');
    // Cents and pence keep their currencies; a word that merely starts like one is no minor unit.
    assert.equal(figure('He paid 82 cents.', '82 cents').unit, 'USD');
    const count = figure('The agency sent 3 senators to Kuala Lumpur.', '3');
    assert.equal(count.type, 'count');
  });

  it('reads two consecutive years after a preposition of duration as one range', () => {
    const d = date("The project was suspended for much of 2019 and 2020 at Malaysia's request.", '2019 and 2020');
    assert.deepEqual([d.type, d.normalized], ['year', '2019/2020']);
    assert.equal(date('Output fell throughout 2021 and 2022, officials said.', '2021 and 2022').normalized, '2021/2022');
    // Years apart, years after "in", and years heading a noun stay two dates.
    const apart = mentions('Zambia defaulted in 2020 and 2022.').filter((m) => m.kind === 'date').map((m) => m.text);
    assert.deepEqual(apart, ['2020', '2022']);
    const gap = mentions('Growth slowed for 2019 and 2021.').filter((m) => m.kind === 'date').map((m) => m.text);
    assert.deepEqual(gap, ['2019', '2021']);
    const heads = mentions('The cost was spread over 2027 and 2028 budgets.').filter((m) => m.kind === 'date').map((m) => m.text);
    assert.deepEqual(heads, ['2027', '2028']);
  });

  it('knows the fiscal years of more states from a table', () => {
    // Singapore names its fiscal year by the year it starts in, as Japan does.
    const sg = date("Singapore's Parliament will review the FY2027 transport budget.", 'FY2027');
    assert.deepEqual([sg.type, sg.normalized], ['year', '2027-04/2028-03']);
    assert.equal(date("Rwanda's FY2027 budget raised spending on roads.", 'FY2027').normalized, '2026-07/2027-06');
    assert.equal(date("Botswana's fiscal 2027 budget cut the deficit.", 'fiscal 2027').normalized, '2026-04/2027-03');
    // The states already known keep their years.
    assert.equal(date("India's FY2027 budget cut subsidies.", 'FY2027').normalized, '2026-04/2027-03');
    assert.equal(date("Japan's fiscal 2027 budget grew.", 'fiscal 2027').normalized, '2027-04/2028-03');
    // A company's year in a state without a split fiscal year stays the calendar year.
    assert.equal(date("Chile's FY2027 budget cut subsidies.", 'FY2027').normalized, '2027');
  });

  it('counts the capitalised noun of a title-case heading, lower-cased', () => {
    const f = figure('## 1,200 Troops on the Western Frontier\n\nThe operation began in July.', '1,200');
    assert.deepEqual([f.type, f.unit], ['count', 'troops']);
    assert.equal(figure('## 500 Border Guards Deployed\n\nThey arrived on Monday.', '500').unit, 'border guards');
    // A name after the number is no counted noun, and outside a heading a capital is read as before.
    assert.equal(figure('## 27 European Union Members Agree\n\nThey met in Brussels.', '27').unit, '');
    assert.equal(figure('He counted 1,200 Troops at the gate.', '1,200').unit, '');
  });

  it('counts the plural after a run of capitalised modifiers that names nothing known', () => {
    assert.equal(figure('Energy ministers from the five Central Asian states met in Dushanbe.', 'five').unit, 'states');
    assert.equal(figure('The 15 West African states agreed on a levy.', '15').unit, 'states');
    // One capitalised modifier stays in the unit; a known name is dropped as before.
    assert.equal(figure('The three Gulf states agreed on a levy.', 'three').unit, 'Gulf states');
    assert.equal(figure('The 27 European Union members agreed.', '27').unit, 'members');
  });

  it('does not read a unit compared to a kind of year as a duration', () => {
    unmarked('Whatever is agreed on paper has to work in a year like that.', 'a year');
    unmarked('Talks would stall in a month such as this one.', 'a month');
    assert.equal(date('The dam will be finished in a year.', 'a year').normalized, 'P1Y');
    assert.equal(date('The truce lasted for a year, like the one before it.', 'a year').normalized, 'P1Y');
  });
});
