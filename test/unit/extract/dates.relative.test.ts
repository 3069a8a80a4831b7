// Years and weekdays resolved by the tense of their own clause, and relative and compound date
// spans (guidelines 22–24). Sentences written for this file.
import assert from 'node:assert/strict';
import { date, mentions, unmarked } from './helpers';

describe('extract: dates resolved by the tense of their clause (guideline 24)', () => {
  it('reads modal and prospective verbs as future tense', () => {
    assert.equal(date('The tariff could take effect in January.', 'January', '2026-10-15').normalized, '2027-01');
    assert.equal(date('The row is likely to escalate in March.', 'March', '2026-10-15').normalized, '2027-03');
    assert.equal(date('Unions threaten to strike in June.', 'June', '2026-10-15').normalized, '2027-06');
    assert.equal(date('The court may rule in February.', 'February', '2026-10-15').normalized, '2027-02');
  });

  it('reads "effective from" as pointing forward', () => {
    assert.equal(date('Parliament approved on Tuesday a cut, effective from the fourth quarter.', 'fourth quarter', '2026-06-10').normalized, '2026-Q4');
  });

  it('reads "the end of <month>" as a noun, not a future marker', () => {
    const d = date('Prices rose on Monday, up from $500 at the end of October.', 'October', '2026-11-12');
    assert.equal(d.normalized, '2026-10');
  });

  it('resolves a possessive weekday by the verb of its own clause', () => {
    // Reference Wednesday 2026-11-04.
    assert.equal(date('The speaker said Thursday\'s vote will settle it.', 'Thursday', '2026-11-04').normalized, '2026-11-05');
    assert.equal(date('Officials said Monday\'s storm flooded the port.', 'Monday', '2026-11-04').normalized, '2026-11-02');
  });

  it('reads "heads of state" as a noun, not a scheduling verb', () => {
    assert.equal(date('Regional heads of state on Monday approved the budget.', 'Monday', '2026-06-10').normalized, '2026-06-08');
  });
});

describe('extract: compound and relative date spans (guidelines 22, 23)', () => {
  it('keeps compound spans: halves of an anchored year, "last May", offsets in hours', () => {
    assert.equal(date('Output fell in the second half of last year.', 'second half of last year', '2026-04-02').normalized, '2025-H2');
    assert.equal(date('Exports should rebound in the first half of next year.', 'first half of next year', '2026-04-02').normalized, '2027-H1');
    const d = date('No ship has been hit since last June.', 'last June', '2026-04-02');
    assert.equal(d.type, 'relative');
    assert.equal(d.normalized, '2025-06');
    assert.equal(date('The fire was out three hours later.', 'three hours later').normalized, null);
  });

  it('reads "first N months of YEAR" as one month-type interval', () => {
    assert.equal(date('Sales rose in the first eight months of 2024.', 'first eight months of 2024').normalized, '2024-01/2024-08');
    assert.equal(date('The last two months of this year are key.', 'last two months of this year', '2026-05-20').normalized, '2026-11/2026-12');
  });

  it('marks "the coming weeks" as an unresolved relative date without "the"', () => {
    const d = date('A ruling is due in the coming weeks.', 'coming weeks');
    assert.equal(d.type, 'relative');
    assert.equal(d.normalized, null);
  });

  it('marks "a decade" after a hedge as a period without the hedge', () => {
    const d = date('The line was idle for nearly a decade.', 'a decade');
    assert.equal(d.normalized, 'P10Y');
    unmarked('Exports earn $2 billion a year.', 'a year');
  });
});

describe('extract: tense markers and bare offsets (guidelines 23, 24)', () => {
  it('reads obligation as pointing forward, unless it infers the past', () => {
    assert.equal(date('Argentina must pay $4.3 billion to bondholders on January 9.', 'January 9', '2026-12-22').normalized, '2027-01-09');
    assert.equal(date('Talks should conclude in March.', 'March', '2026-12-22').normalized, '2027-03');
    assert.equal(date('The payment must have been made in January.', 'January', '2026-12-22').normalized, '2026-01');
    // A present-tense change reports data as often as it schedules: no direction of its own.
    assert.equal(date('Inflation rises to 3.2% in March, official data show.', 'March', '2026-04-16').normalized, '2026-03');
  });

  it('reads a date right after "<planned event> for" or "<set, called, pencilled in …> for" as the target set, ahead, and other dates after "for" by their tense', () => {
    assert.equal(date('Unions have called a general strike for January 14.', 'January 14', '2026-12-22').normalized, '2027-01-14');
    assert.equal(date('Unions called a general strike on January 14.', 'January 14', '2026-12-22').normalized, '2026-01-14');
    assert.equal(date('Inflation data for January showed prices rose 3%.', 'January', '2026-12-22').normalized, '2026-01');
    assert.equal(date('A vote had been pencilled in for Tuesday, June 2.', 'Tuesday, June 2', '2026-05-22').normalized, '2026-06-02');
    assert.equal(date('Elections were called for June 14.', 'June 14', '2026-05-22').normalized, '2026-06-14');
    assert.equal(date('Unions have called a strike\nfor June 14.', 'June 14', '2026-05-22').normalized, '2026-06-14');
    assert.equal(date('Flights were cancelled for March 3 after the storm hit.', 'March 3', '2026-12-22').normalized, '2026-03-03');
  });

  it('marks a bare plural of hours or minutes before "after" or "before" as an unresolved offset', () => {
    const d = date('The RSF shelled a camp hours after its negotiators had agreed to a pause.', 'hours after', '2026-12-14');
    assert.deepEqual([d.type, d.normalized], ['relative', null]);
    assert.equal(date('The strike came minutes before the vote.', 'minutes before').type, 'relative');
    unmarked('The talks lasted for hours.', 'hours');
  });

  it('reads units after "for" as a duration even when "after" or "before" follows', () => {
    const outage = date('The cable was out of service for seven months after a ship dragged its anchor.', 'seven months');
    assert.deepEqual([outage.type, outage.normalized], ['period', 'P7M']);
    assert.equal(date('He served for two years before resigning.', 'two years').type, 'period');
    assert.equal(date('Two years after the vote, he quit.', 'Two years after').type, 'relative');
  });
});

describe('extract: kinds of period, fiscal years ending on a day, passives and month-ends (guidelines 22–25)', () => {
  it('keeps a kind of period with its head ("30-day grace period"), like "60-day period"', () => {
    const d = date('Importers get a 45-day grace period to comply.', '45-day grace period');
    assert.deepEqual([d.type, d.normalized], ['period', 'P45D']);
    assert.equal(date('The agency opened a 90-day comment window.', '90-day comment window').normalized, 'P90D');
    // Not a period: the noun after the unit is no kind of period.
    assert.equal(date('They agreed a 30-day truce.', '30-day').normalized, 'P30D');
  });

  it('reads "the fiscal year ending March 31" as the year that ends on the month-end the tense points to', () => {
    assert.equal(date('Sales fell 4% in the fiscal year ending March 31, the company said.', 'fiscal year ending March 31', '2026-05-20').normalized, '2025-04/2026-03');
    assert.equal(date('Revenue will grow in the financial year ending June 30.', 'financial year ending June 30', '2026-08-01').normalized, '2026-07/2027-06');
    assert.equal(date('Revenue will grow in the fiscal year ending June 30, 2028.', 'fiscal year ending June 30, 2028', '2026-08-01').normalized, '2027-07/2028-06');
  });

  it('reads a participle after "be" by its auxiliary, and "to be" as ahead', () => {
    // Reference 2026-09-30: a March ahead is 2027-03, behind 2026-03.
    assert.equal(date('The runoff will be held in March.', 'March', '2026-09-30').normalized, '2027-03');
    assert.equal(date('The accord, to be signed in March, sets quotas, the minister said.', 'March', '2026-09-30').normalized, '2027-03');
    assert.equal(date('The runoff was to be held in March but was called off.', 'March', '2026-09-30').normalized, '2026-03');
    assert.equal(date('The runoff was held in March.', 'March', '2026-09-30').normalized, '2026-03');
    // A verb before "to be" sets the time: reported, found, turned out, was yet.
    assert.equal(date('Three guards were reported to be wounded on Monday near the port.', 'Monday', '2026-03-04').normalized, '2026-03-02');
    assert.equal(date('The levy was yet to be collected in January when talks broke down.', 'January', '2026-09-30').normalized, '2026-01');
    assert.equal(date('The talks, expected to be held in March, were confirmed.', 'March', '2026-09-30').normalized, '2027-03');
  });

  it('reads "so-called" as no past verb', () => {
    assert.equal(date('Quito will lift its so-called border levy from April 1, the minister said.', 'April 1', '2026-02-02').normalized, '2026-04-01');
  });

  it('reads "the fiscal year ended …" as past whatever the sentence around it says', () => {
    assert.equal(date('The carmaker will report results for the fiscal year ended March 31 on Friday.', 'fiscal year ended March 31', '2026-05-04').normalized, '2025-04/2026-03');
  });

  it('reads "the end of the month/year/week" as the current one when the tense points ahead, else unresolved', () => {
    const d = date('The office should open by the end of the month, envoys said.', 'end of the month', '2026-01-05');
    assert.deepEqual([d.type, d.normalized], ['relative', '2026-01']);
    assert.equal(date('Troops will leave by the end of the year.', 'end of the year', '2026-01-05').normalized, '2026');
    assert.equal(date('By the end of the month, 300 families had left.', 'end of the month', '2026-01-05').normalized, null);
    // "until" points ahead by itself: the tense before it decides; a year named earlier in the sentence anchors the unit there.
    assert.equal(date('He stayed in office until the end of the year, when he resigned.', 'end of the year', '2026-01-05').normalized, null);
    assert.equal(date('The truce will hold until the end of the month.', 'end of the month', '2026-01-05').normalized, '2026-01');
    assert.equal(date('In 2019, the army vowed to finish the road by the end of the year.', 'end of the year', '2026-01-05').normalized, null);
  });

  it('reads a past form in a condition of "would" as ahead, and a counterfactual "would have" as past', () => {
    assert.equal(date('The envoy said Rabat would recall its staff if the decree was not revoked by April 30.', 'April 30', '2026-02-10').normalized, '2026-04-30');
    assert.equal(date('She said ministers would act if prices had not fallen by mid-May.', 'mid-May', '2026-02-10').normalized, '2026-05');
    assert.equal(date('He said he would have resigned if the vote had failed in May.', 'May', '2026-02-10').normalized, '2025-05');
    // After a verb of saying or knowing, "if" means "whether".
    assert.equal(date('The ministry said it could not confirm if the drone was shot down on January 12.', 'January 12', '2026-02-10').normalized, '2026-01-12');
  });

  it('reads a present passive by what comes before it, not as a past "-ed"', () => {
    assert.equal(date('Exports could double once the new terminal is finished in the third quarter.', 'third quarter', '2026-02-10').normalized, '2026-Q3');
  });

  it('reads what a standing request asks ("has summoned … to explain") as ahead, a past order as past', () => {
    assert.equal(date('The committee has summoned the minister to explain the deal in July.', 'July', '2026-06-20').normalized, '2026-07');
    assert.equal(date('The panel asked the minister to testify in January.', 'January', '2026-02-10').normalized, '2026-01');
  });

  it('reads on past "U.S." before a lower-case word: it ends no sentence', () => {
    assert.equal(date('On Friday the U.S. government will publish the rules.', 'Friday', '2026-02-10').normalized, '2026-02-13');
    // Before a capitalised word it may end one: the next sentence's tense is its own.
    assert.equal(date('Talks stalled with the U.S. On Friday envoys met.', 'Friday', '2026-02-10').normalized, '2026-02-06');
  });

  it('reads a participle after a determiner or "of" as an adjective, not a past verb', () => {
    assert.equal(date('Lima hopes to raise the number of approved fishing boats to 900 by November.', 'November', '2026-08-05').normalized, '2026-11');
  });
});


describe('extract: ranges across a year end, hedged durations, rates and stated fiscal years (guidelines 16, 23–25)', () => {
  it('reads a month range that crosses a year end as two years, by the tense or a year written after it', () => {
    assert.equal(date('Remittances rose 19% between August and February, the bank said.', 'August and February', '2026-05-04').normalized, '2025-08/2026-02');
    assert.equal(date('The ferry service will run from October to January.', 'October to January', '2026-05-04').normalized, '2026-10/2027-01');
    assert.equal(date('Imports fell from November to March 2026.', 'November to March 2026', '2026-05-04').normalized, '2025-11/2026-03');
    // A range inside one year is as before.
    assert.equal(date('Exports rose between February and April, the bank said.', 'February and April', '2026-05-04').normalized, '2026-02/2026-04');
  });

  it('reads "between X and Y units" as one duration range, without "between"', () => {
    const d = date('An appeal usually takes between three and five weeks to hear.', 'three and five weeks', '2026-05-04');
    assert.deepEqual([d.type, d.normalized], ['period', 'P3W/P5W']);
    assert.equal(date('The permit took between 10 and 12 days.', '10 and 12 days').normalized, 'P10D/P12D');
    // Without "between" an "and" joins two things, not a range.
    const dates = mentions('Reviews fall due in four and eight months.').filter((m) => m.kind === 'date').map((m) => m.text);
    assert.deepEqual(dates, ['eight months']);
  });

  it('reads units after "for" and a hedge as a duration, not an offset ("for more than 40 years before")', () => {
    const d = date('The treaty held for more than 40 years before it lapsed.', '40 years');
    assert.deepEqual([d.type, d.normalized], ['period', 'P40Y']);
    assert.equal(date('They ruled for nearly three decades after the coup.', 'three decades').normalized, 'P30Y');
    // Without "for" it stays an offset.
    assert.equal(date('It was signed more than 40 years before the war.', '40 years before').type, 'relative');
  });

  it('reads "a year on" after an amount as a rate, and alone as an offset', () => {
    unmarked('The state spends Rs 9,000 crore a year on fuel subsidies.', 'a year on');
    unmarked('The plant burns 400 tonnes a day on average.', 'a day on');
    unmarked('Ministers meet twice a year on the border.', 'a year on');
    assert.equal(date('A year on, the ceasefire holds.', 'A year on').type, 'relative');
    assert.equal(date('Now, a month on from the vote, talks stall.', 'a month on').type, 'relative');
  });

  it('takes a split fiscal year’s start month from the paragraph when it says when its fiscal year begins or ends', () => {
    assert.equal(date('The budget for fiscal year 2026/27 is in parliament. The new fiscal year begins on July 1.', 'fiscal year 2026/27', '2026-04-16').normalized, '2026-07/2027-06');
    assert.equal(date('The FY2026-27 plan is due; the financial year ends in September.', 'FY2026-27', '2026-04-16').normalized, '2026-10/2027-09');
    // Saying nothing leaves the default (April) or the named country's year.
    assert.equal(date('The budget for fiscal year 2026/27 is in parliament.', 'fiscal year 2026/27', '2026-04-16').normalized, '2026-04/2027-03');
  });

  it('reads a present forecast as pointing ahead, and a scheduling word after a preposition as a noun', () => {
    assert.equal(date('The bank forecasts growth of 3% in the fiscal year ending June 30.', 'fiscal year ending June 30', '2026-04-16').normalized, '2025-07/2026-06');
    assert.equal(date('The IMF predicts inflation of 9% in December.', 'December', '2026-04-16').normalized, '2026-12');
    // "its forecasts": a noun, no tense of its own.
    assert.equal(date('Its forecasts in January were wrong.', 'January', '2026-04-16').normalized, '2026-01');
    assert.equal(date('During peak demand in August, the grid operator said, 12% of power was lost.', 'August', '2026-10-01').normalized, '2026-08');
    // A scheduling verb still points ahead.
    assert.equal(date('Output peaks in August.', 'August', '2026-10-01').normalized, '2027-08');
  });
});

describe('extract: nouns that look like forward verbs, and verbs of foreseeing or binding (guideline 24)', () => {
  it('reads "plan", "aims" or "visits" after a determiner or possessive as a noun with no tense', () => {
    // 2026-08-06 is a Thursday.
    assert.equal(date('The minister set out his plan in a televised address on Monday.', 'Monday', '2026-08-06').normalized, '2026-08-03');
    assert.equal(date('Their aims were stated in a speech on Monday.', 'Monday', '2026-08-06').normalized, '2026-08-03');
    // The verb still points ahead.
    assert.equal(date('The ministry plans a televised address on Monday.', 'Monday', '2026-08-06').normalized, '2026-08-10');
    assert.equal(date('They plan to vote on Monday.', 'Monday', '2026-08-06').normalized, '2026-08-10');
  });

  it('reads a present-tense verb of foreseeing or binding as pointing ahead', () => {
    assert.equal(date('It foresees a national dialogue on September 14-18.', 'September 14-18', '2026-08-06').normalized, '2026-09-14/2026-09-18');
    assert.equal(date('The plan envisages a vote on July 3.', 'July 3', '2026-08-06').normalized, '2027-07-03');
    assert.equal(date('The accord, signed in the capital, commits both sides to open bids by July 30.', 'July 30', '2026-08-06').normalized, '2027-07-30');
    assert.equal(date('The law requires firms to report by July 31.', 'July 31', '2026-08-06').normalized, '2027-07-31');
    // Without one, a past verb keeps the date behind.
    assert.equal(date('The accord, signed in the capital, opened bids on July 30.', 'July 30', '2026-08-06').normalized, '2026-07-30');
  });
});

describe('dates: nouns that look like verbs of the future, and a stated fiscal year as the fallback', () => {
  it('reads a forecast or a visit after a possessive, or a forecast that is beaten, as a noun with no tense', () => {
    assert.equal(date("Revenue beat analysts' forecasts in January.", 'January', '2026-04-15').normalized, '2026-01');
    assert.equal(date('Exports beat consensus forecasts in May.', 'May', '2026-04-15').normalized, '2025-05');
    assert.equal(date("The minister's visits in March drew crowds.", 'March', '2026-04-15').normalized, '2026-03');
    assert.equal(date('She visits Paris in May.', 'May', '2026-04-15').normalized, '2026-05');
  });

  it('gives a split fiscal year its country\'s start month before the one another owner\'s year states', () => {
    const text = "Toyota's fiscal year ending March 31 saw record profit, while Pakistan's exports rose 5% in FY2025-26.";
    assert.equal(date(text, 'FY2025-26', '2026-04-15').normalized, '2025-07/2026-06');
  });
});

describe('extract: durations before "on" and forward infinitives after a time adverbial (guidelines 23, 24)', () => {
  it('reads "over N years on <object>" as a duration, and "N years on," as an offset', () => {
    const text = 'Oslo will spend $2 billion over 12 years on ferries.';
    assert.deepEqual([date(text, '12 years').type, date(text, '12 years').normalized], ['period', 'P12Y']);
    assert.equal(date('The plan was costed within five years on paper.', 'five years').type, 'period');
    assert.equal(date('Twenty years on, the port is busy again.', 'Twenty years on').type, 'relative');
  });

  it('reads a prospective verb as forward when a time adverbial stands before its "to"', () => {
    // Reference 2026-03-04: "agreed on Monday to … from April 1" is the coming April.
    assert.equal(date('Ministers agreed on Monday to cap gas prices from April 1.', 'April 1', '2026-03-04').normalized, '2026-04-01');
    // Reference 2026-06-17: "decided last week to … starting on January 1" is the coming January.
    assert.equal(date('The board decided last week to freeze fees starting on January 1.', 'January 1', '2026-06-17').normalized, '2027-01-01');
    // The adverbial itself keeps the past tense of the verb.
    assert.equal(date('Ministers agreed on Monday to cap gas prices.', 'Monday', '2026-03-04').normalized, '2026-03-02');
    // Without "to" the verb is past: "agreed last week that … on July 1" looks back.
    assert.equal(date('Both sides agreed last week that data taken on July 1 was wrong.', 'July 1', '2026-06-17').normalized, '2025-07-01');
  });
});

describe('dates: the limits of the blind15 rules', () => {
  it('keeps a forward infinitive after an older time adverbial in the decision\'s past', () => {
    assert.equal(date('Parliament voted on March 2 to suspend the tariffs from April 15.', 'April 15', '2026-07-09').normalized, '2026-04-15');
    assert.equal(date('The ministers agreed on Monday to cap prices from August 1.', 'August 1', '2026-07-09').normalized, '2026-08-01');
  });

  it('keeps "N years on" an offset when a clause ends after it or "from" follows', () => {
    assert.equal(date('Over a year on, survivors are still waiting for aid.', 'a year on', '2026-07-09').type, 'relative');
    assert.equal(date('Now, over two years on from the quake, the town is rebuilt.', 'two years on', '2026-07-09').type, 'relative');
    assert.equal(date('Crews worked over 12 years on ferries.', '12 years', '2026-07-09').normalized, 'P12Y');
  });
});

describe('extract: a deadline after "by" under a word of hope, possibility or expectation (guideline 24)', () => {
  it('points ahead of the article, the time of the speech', () => {
    // Reference date 2026-02-10.
    assert.equal(date('The envoy said he hoped for a ceasefire by the end of April.', 'April').normalized, '2026-04');
    assert.equal(date('Officials said a deal was possible by the end of January.', 'January').normalized, '2027-01');
    assert.equal(date('She said an accord was likely by March 20.', 'March 20').normalized, '2026-03-20');
    assert.equal(date('Diplomats were hopeful of a text by mid-June.', 'mid-June').normalized, '2026-06');
  });

  it('keeps narrative past past', () => {
    assert.equal(date('The bridge was finished by April.', 'April').normalized, '2025-04');
    assert.equal(date('Reserves had fallen by the end of April.', 'April').normalized, '2025-04');
    // A past verb between the hope and the deadline reports what happened then.
    assert.equal(date('He hoped the bridge was finished by April.', 'April').normalized, '2025-04');
  });
});
