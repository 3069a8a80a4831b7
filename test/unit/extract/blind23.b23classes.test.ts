import assert from 'node:assert/strict';
import { actor, date, figure, mentions } from './helpers';

const figures = (text: string): [string, string][] => mentions(text).filter((m) => m.kind === 'figure').map((m) => [m.text, m.kind === 'figure' ? m.unit : '']);

describe('extract: classes blind23 showed', () => {
  it('reads a vote tally as two counts of votes, a score as none', () => {
    assert.deepEqual(figures('Lawmakers voted 56 to seven for the treaty.'), [['56', 'votes'], ['seven', 'votes']]);
    assert.deepEqual(figures('The team won 3-1.'), []);
  });

  it('reads a capitalised scale word in a title-case headline', () => {
    assert.equal(figure('# India Pledges Rs 1,200 Crore\n\nThe pledge came on Monday.', 'Rs 1,200 Crore').value, 12_000_000_000);
  });

  it('takes a fiscal year\'s months from the start or end the paragraph states', () => {
    assert.equal(date('It budgeted funds in fiscal year 2026/27, which began on July 1.', 'fiscal year 2026/27', '2026-09-03').normalized, '2026-07/2027-06');
    assert.equal(date('Revenue reached $5 billion in fiscal 2026, which ends on September 30.', 'fiscal 2026', '2026-02-12').normalized, '2025-10/2026-09');
    assert.equal(date('Revenue rose in fiscal 2026.', 'fiscal 2026', '2026-02-12').normalized, '2026');
  });

  it('reads "Administrator" as a title and keeps a leader\'s possessive out of a party named "… Congress for …"', () => {
    assert.equal(actor('Canal Administrator Ernesto Quijano told reporters in Balboa.', 'Ernesto Quijano').type, 'person');
    assert.equal(actor("Gusmão's National Congress for Timorese Reconstruction (CNRT) won.", 'CNRT').canonical, 'National Congress for Timorese Reconstruction');
  });
});

describe('extract: names blind23 showed', () => {
  const persons = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => m.text);

  it('reads a name opened by initials after a title without the title', () => {
    assert.deepEqual(persons('Indian External Affairs Minister S. Jaishankar said so.'), ['S. Jaishankar']);
    assert.deepEqual(persons('Jal Shakti Minister C. R. Patil said so.'), ['C. R. Patil']);
  });

  it('reads a word in "-ing" after a headline\'s comma as a verb', () => {
    assert.deepEqual(mentions('# Guinea Raises Simandou Royalty, Unsettling Chinese Partners\n\nThe rise was approved.').map((m) => m.text), ['Guinea', 'Chinese']);
  });

  it('ends a name at "and" before a company named after a country, and reads "International" as a company\'s tail', () => {
    const got = mentions('The mine is run by Winning International and China Baowu Steel Group.').map((m) => [m.text, m.kind === 'actor' ? m.type : '']);
    assert.deepEqual(got, [['Winning International', 'organization'], ['China Baowu Steel Group', 'organization']]);
    assert.equal(actor('The Ministry of Trade and Industry said so.', 'Ministry of Trade and Industry').type, 'organization');
  });
});
