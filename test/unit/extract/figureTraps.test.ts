// Counted nouns, identifiers and other figure traps (guidelines 15, 19, 21); seasons (guideline 23). Sentences written for this file.
import assert from 'node:assert/strict';
import { date, figure, mentions, unmarked } from './helpers';

describe('extract: counted nouns (guidelines 15, 21)', () => {
  it('skips quantifiers, participles and actor names before the noun', () => {
    assert.equal(figure('Latvia opened three more chapters.', 'three').unit, 'chapters');
    assert.equal(figure('Kyiv closed two negotiating chapters.', 'two').unit, 'chapters');
    assert.equal(figure('They sent 40 additional UN observers.', '40').unit, 'observers');
    assert.equal(figure('Rome wants four more EU funds.', 'four').unit, 'funds');
    assert.equal(figure('The 31 North Atlantic Treaty Organization members met.', '31').unit, 'members');
    assert.equal(figure('Riga asked for six more Leopard tanks.', 'six').unit, 'Leopard tanks');
  });

  it('takes an unrepeated noun from the nearest preceding count in the sentence', () => {
    const text = 'Albania has now opened three new chapters, or 20 of the 35 it needs.';
    assert.equal(figure(text, '20').unit, 'chapters');
    assert.equal(figure(text, '35').unit, 'chapters');
    assert.equal(figure('Ports handled 12 ships a day, down from 40 before the strike.', '40').unit, 'ships');
  });

  it('counts number words before "of the N", after a count in the same sentence, and product names before a plural', () => {
    const text = 'Six of the nine judges agreed, while three dissented.';
    assert.equal(figure(text, 'Six').unit, 'judges');
    assert.equal(figure(text, 'three').unit, 'judges');
    assert.equal(figure('Lima keeps two of its five coastal frigates.', 'five').unit, 'frigates');
    assert.equal(figure('Warsaw bought 48 Apache helicopters.', '48').unit, 'Apache helicopters');
  });

  it('does not carry the "thirds" of a fraction or count a preposition', () => {
    assert.equal(mentions('About two-thirds of firms and three in five banks agreed.').filter((m) => m.kind === 'figure' && m.text === 'three').length, 0);
    assert.equal(figure('The motion got 87 votes, 12 against.', '12').unit, 'votes');
  });

  it('reads a bare exchange rate as money in the currency the sentence names (guideline 18)', () => {
    const f = figure('The cedi slid to 15.4 per dollar on Friday.', '15.4');
    assert.equal(f.type, 'money');
    assert.equal(f.unit, 'GHS');
  });

  it('keeps "N-member" and "the two nations"', () => {
    assert.equal(figure('The 15-member council met.', '15').unit, 'member');
    assert.equal(figure('The two nations agreed.', 'two').unit, 'nations');
  });

  it('reads "half a dozen" as six', () => {
    const f = figure('Half a dozen tankers waited.', 'Half a dozen');
    assert.equal(f.value, 6);
    assert.equal(f.unit, 'tankers');
  });

  it('skips a country compound adjective before the counted noun', () => {
    assert.equal(figure('About 250 Rwandan-trained police officers arrived.', '250').unit, 'police officers');
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

  it('gives "N of the M nouns" the noun on both counts', () => {
    const text = 'Observers visited 12 of the province\'s 40 districts.';
    assert.equal(figure(text, '12').unit, 'districts');
    assert.equal(figure(text, '40').unit, 'districts');
  });
});

describe('extract: identifiers and other non-figures (guideline 19)', () => {
  it('does not mark numbers in identifier lists and ranges', () => {
    for (const [text, span] of [
      ['Talks stalled on chapters 31 and 32 this week.', '31 and 32'],
      ['Lawyers cited Articles 7 and 9 of the charter.', '7 and 9'],
      ['The draft rewrites sections 4 to 6 and points 2, 3 and 8.', '4 to 6 and points 2, 3 and 8'],
      ['Rounds 4 and 5 of the talks ended; stages 1 to 3 are done.', '4 and 5'],
      ['Goal 13 and Pillar Two were debated in Phase 3.', 'Goal 13 and Pillar Two'],
    ] as const) unmarked(text, span);
  });

  it('does not mark scores, ratios, phone numbers, model names or ordinals', () => {
    unmarked('Chile won 2-0 on Sunday.', '2-0');
    unmarked('The panel split three-to-one.', 'three');
    unmarked('Call +41 22 917 12 34 for details.', '+41 22 917 12 34');
    unmarked('It bought S-300 and F-16 jets after the 12th summit.', 'S-300 and F-16 jets after the 12th');
    unmarked('A third party will arbitrate.', 'A third party');
    unmarked('Dozens of boats and hundreds of fishermen left.', 'Dozens of boats and hundreds');
  });

  it('does not mark addresses, ages, ratios with colons or slashes, or a vote tally', () => {
    unmarked('Staff at 11 Downing Street objected.', '11 Downing Street');
    unmarked('The 58-year-old envoy, 64 years old next week, flew in.', '58-year-old envoy, 64');
    unmarked('The split was 4:1 after 7/7.', '4:1 after 7/7');
    unmarked('The court ruled 6 to 3 against.', '6 to 3');
  });

  it('counts model designations and occurrences', () => {
    assert.equal(figure('Oslo ordered 14 F-35s.', '14').unit, 'F-35s');
    assert.equal(figure('Rome leased two C-27 aircraft.', 'two').unit, 'C-27 aircraft');
    assert.equal(figure('Patrols crossed the line nine times since March.', 'nine').unit, 'times');
    unmarked('The port is four times the size of the old one.', 'four times');
  });

  it('still marks ranges and figures in running text', () => {
    assert.deepEqual(figure('Output rose 3 to 5 percent.', '3 to 5 percent').value, [3, 5]);
    assert.equal(mentions('Officials counted 14 ships.').filter((m) => m.kind === 'figure').length, 1);
  });

  it('does not count identifiers such as "Unit 4" or "Block 15" at a sentence start', () => {
    unmarked('Unit 4 of the plant tripped overnight.', '4');
    unmarked('Block 15 was awarded to a consortium.', '15');
  });

  it('does not count "one" in "one step at a time" or "one after another"', () => {
    unmarked('Diplomats said they would settle the line one village at a time.', 'one');
    unmarked('Posts fell one after another in the night.', 'one');
  });

  it('skips idioms with "one-"', () => {
    unmarked('It was a one-off grant after one-on-one talks and a one-time fee.', 'one-off');
    unmarked('It was a one-off grant after one-on-one talks and a one-time fee.', 'one-time');
  });

  it('does not read "two quarters" of time as a share or a count', () => {
    unmarked('Growth may slow for two quarters, economists said.', 'two quarters');
  });
});

describe('extract: seasons (guideline 23)', () => {
  it('reads a season with its year as a month-type window in EDTF season codes', () => {
    const d = date('Construction resumes in the summer of 2027.', 'summer of 2027');
    assert.equal(d.type, 'month');
    assert.equal(d.normalized, '2027-22');
    assert.equal(date('Exports slumped in late autumn 2024.', 'late autumn 2024').normalized, '2024-23');
    assert.equal(date('Talks resume in fall 2025.', 'fall 2025').normalized, '2025-23');
  });

  it('reads fractions of a century, decade or year as periods', () => {
    assert.equal(date('The feud has run for a quarter of a century.', 'a quarter of a century').normalized, 'P25Y');
    assert.equal(date('It took half a decade.', 'half a decade').normalized, 'P5Y');
    assert.equal(figure('Half a dozen envoys left.', 'Half a dozen').value, 6);
  });

  it('resolves this/next/last + season to a season code', () => {
    assert.equal(date('Patrols begin next autumn.', 'next autumn', '2026-11-24').normalized, '2027-23');
    assert.equal(date('Ice was thin last winter.', 'last winter', '2026-11-24').normalized, '2025-24');
    assert.equal(date('Talks resume next spring.', 'next spring', '2026-02-10').normalized, '2026-21');
  });

  it('leaves the verb "fall" alone', () => {
    assert.equal(mentions('Prices fall 2030 tonnes short.').filter((m) => m.kind === 'date' && /fall/.test(m.text)).length, 0);
  });
});

describe('extract: numerals that number a name (guideline 19)', () => {
  it('leaves a bare small numeral after a capitalised word unmarked, and keeps counts that carry a noun', () => {
    unmarked('Balticconnector 2 was out of service for months.', '2');
    unmarked('Repairs to the Harmony 3 cable stalled.', '3');
    assert.equal(figure('Kenya sent 400 troops and Uganda 2.', '2').unit, 'troops');
    assert.equal(figure('On Monday 30 people were arrested; on Friday 40 were killed.', '40').value, 40);
  });
});
