import assert from 'node:assert/strict';
import { date } from './helpers';

// A split fiscal year takes the convention of the state its paragraph names, by a capital or a currency sign as well.
describe('extract: fiscal years of a state named by its capital or currency', () => {
  it('reads the capital standing for its state', () => {
    assert.equal(date("Dhaka's draft budget for FY2026-27 is due in June.", 'FY2026-27', '2026-06-04').normalized, '2026-07/2027-06');
    assert.equal(date('Finance is lined up in Islamabad too. The budget for FY2026-27 adds Rs 90 billion.', 'FY2026-27', '2026-06-04').normalized, '2026-07/2027-06');
  });

  it('reads the taka written "Tk"', () => {
    assert.equal(date('The draft budget for FY2026-27 will set aside Tk 1,200 crore.', 'FY2026-27', '2026-06-04').normalized, '2026-07/2027-06');
  });

  it('lets a state the paragraph names outweigh a capital that is only a place', () => {
    assert.equal(date("Speaking in London, Pakistan's finance minister said the FY2026-27 budget would grow.", 'FY2026-27', '2026-06-04').normalized, '2026-07/2027-06');
    assert.equal(date("The IMF mission, which visited Dhaka last week, said India's FY2026-27 deficit would narrow.", 'FY2026-27', '2026-06-04').normalized, '2026-04/2027-03');
  });

  it('keeps the April year where nothing names another state', () => {
    assert.equal(date('The draft budget for FY2026-27 is due.', 'FY2026-27', '2026-06-04').normalized, '2026-04/2027-03');
  });
});
