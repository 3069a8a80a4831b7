// The character-code tests in front of the organisation run's lookups: a lower-case word that is no connector
// ends the run, only a lower-case word or "&" is looked up as a connector, and a word opening with a letter skips
// the punctuation cases. Names joined by every kind of connector, a hosted office's "in"/"to" and the
// punctuation inside names must still be read whole. Sentences written for this file.
import assert from 'node:assert/strict';
import { CONNECTORS } from '../../../src/core/extract/lexicon/connectors';
import { actor } from './helpers';

describe('organisation run: gates', () => {
  it('rests on every connector being lower case or "&"', () => {
    for (const w of CONNECTORS) assert.ok(/^[a-z]/.test(w) || w === '&', w);
  });

  it('still reads names through connectors, hosted offices and punctuation', () => {
    const names = [
      ['Funding came from the Centre for Policy Dialogue last year.', 'Centre for Policy Dialogue'],
      ['Officials at the Instituto para la Reforma Agraria disagreed.', 'Instituto para la Reforma Agraria'],
      ['The Supreme Court of Justice of Norland ruled on Monday.', 'Supreme Court of Justice of Norland'],
      ['Analysts at K&L Credit Ratings disagreed.', 'K&L Credit Ratings'],
      ['A report by the Kestrel Research & Policy Institute came out.', 'Kestrel Research & Policy Institute'],
      ['The Gulf Co-operation Council met in the morning.', 'Gulf Co-operation Council'],
      ["Figures from Reuter's Shipping Intelligence showed a fall.", "Reuter's Shipping Intelligence"],
      ['The European Union Training Mission in Mali ended.', 'European Union Training Mission in Mali'],
      ['Tovstad Holdings Inc. said output rose.', 'Tovstad Holdings Inc.'],
    ] as const;
    for (const [text, name] of names) assert.equal(actor(text, name).type, 'organization', text);
  });
});
