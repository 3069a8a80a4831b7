import assert from 'node:assert/strict';
import { conflictingValues } from '../../../src/core/checks/conflictingValues';
import { figureSpans, only, quiet } from './helpers';

describe('checks: conflicting-values', () => {
  it('flags one loan stated with two values, the later one as the main span', () => {
    const text = 'The IMF approved a $2.5 billion loan in May. Later the $2.4 billion loan was disbursed.';
    assert.deepEqual(figureSpans(text), ['$2.5 billion', '$2.4 billion']);
    const f = only(conflictingValues, text);
    assert.equal(f.code, 'conflicting-values');
    assert.equal(f.span, '$2.4 billion');
    assert.match(f.message, /"\$2\.4 billion" conflicts with "\$2\.5 billion"/);
    assert.match(f.message, /"loan"/);
    assert.deepEqual(f.related?.map((r) => text.slice(r.start, r.end)), ['$2.5 billion']);
  });

  it('recognises "the loan of $X" and the same actor and verb', () => {
    assert.equal(only(conflictingValues, 'The IMF approved a loan of $2.5 billion. The loan of $2.2 billion was then delayed.').span, '$2.2 billion');
    const f = only(conflictingValues, 'Kenya received about $2.5bn from the IMF. Critics said Kenya received $3.1bn from the IMF.');
    assert.equal(f.span, '$3.1bn');
    assert.match(f.message, /"Kenya received"/);
  });

  it('stays quiet on the same value restated with hedging or another spelling', () => {
    quiet(conflictingValues, 'The IMF approved a $2.5 billion loan for Kenya. Officials said the roughly $2.5bn loan would be disbursed.');
    quiet(conflictingValues, 'The IMF approved a $2.5 billion loan. The $2.48 billion loan was disbursed in full.');
    quiet(conflictingValues, 'Kenya received $2.5 billion. Later Kenya received about $2.4 billion, officials said.');
  });

  it('stays quiet on different things with different values', () => {
    quiet(conflictingValues, 'The IMF approved a $2.5 billion loan for Kenya. The $1.2 billion grant came later.');
    quiet(conflictingValues, 'The IMF approved a $2.5 billion loan. The World Bank approved a $1 billion loan.');
    quiet(conflictingValues, 'Washington imposed a 25% tariff on steel. The 10% tariff on cars remains.');
    quiet(conflictingValues, 'Japan pledged $3 billion in grants. Japan pledged $4 billion in loans.');
  });

  it('stays quiet on one thing at different times, and on rejected mentions', () => {
    quiet(conflictingValues, 'Japan pledged $3 billion in 2023. Japan pledged $4 billion in 2024.');
    quiet(conflictingValues, 'The IMF approved a $2.5 billion loan in May. Later the $2.4 billion loan was disbursed.', { reject: ['$2.4 billion'] });
  });
});
