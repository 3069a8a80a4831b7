import assert from 'node:assert/strict';
import { extract } from '../../../src/core/extract';
import { actor } from './helpers';

const orgs = (text: string) => extract(text).mentions.filter((m) => m.kind === 'actor' && m.type === 'organization').map((m) => m.text);

describe('extract: ministries named by a list of portfolios', () => {
  it('keeps "Department for Environment, Food and Rural Affairs" whole', () => {
    assert.deepEqual(orgs('The Department for Environment, Food and Rural Affairs said on Monday it would act.'), ['Department for Environment, Food and Rural Affairs']);
  });

  it('keeps a known ministry whole after a demonym, and links its acronym', () => {
    const m = extract('Seoul and the Japanese Ministry of Economy, Trade and Industry (METI) disagreed on Friday.').mentions;
    const ministry = m.find((x) => x.text === 'Japanese Ministry of Economy, Trade and Industry');
    const acronym = m.find((x) => x.text === 'METI');
    assert.ok(ministry && ministry.kind === 'actor' && acronym && acronym.kind === 'actor');
    assert.equal(acronym.canonical, ministry.canonical);
  });

  it('does not join two separate names listed with commas', () => {
    assert.deepEqual(orgs('Officials from the Ministry of Finance, the World Bank and the IMF met.'), ['Ministry of Finance', 'World Bank', 'IMF']);
  });

  it('keeps a portfolio ministry whole when its first portfolio is also an organisation head', () => {
    const a = actor('The Ministry of Industry and Trade issued new quotas for sugar.', 'Ministry of Industry and Trade');
    assert.equal(a.type, 'organization');
    assert.equal(actor('Officials at the Ministry of Industry met growers.', 'Ministry of Industry').type, 'organization');
  });
});
