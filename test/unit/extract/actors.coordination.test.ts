// Organisation names joined by "and" (guidelines 1, 12). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions } from './helpers';

const actors = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => `${m.text}=${m.kind === 'actor' ? m.canonical : ''}`);

describe('extract: organisations joined by "and"', () => {
  it('splits "X and Country\'s Y" into an organisation, a state and an organisation', () => {
    const text = "Norway's HAFSL and Brazil's Santos Shipping Company (SSC) bid for the tender. SSC said it would appeal.";
    const got = actors(text);
    assert.ok(got.includes('HAFSL=HAFSL'), got.join(' | '));
    assert.ok(got.includes('Brazil=Brazil'), got.join(' | '));
    assert.ok(got.includes('Santos Shipping Company=Santos Shipping Company'), got.join(' | '));
    assert.equal(mentions(text).filter((m) => m.kind === 'actor' && m.text === 'SSC' && m.canonical === 'Santos Shipping Company').length, 2);
  });

  it('joins a name whose parts share one head word, with its short form in brackets', () => {
    const text = 'The grid will buy power from Andes Petroleum and Thermal Corporation (Andetherm) until 2040.\n\nAndetherm said tariffs would fall.';
    const whole = actor(text, 'Andes Petroleum and Thermal Corporation');
    assert.equal(whole.type, 'organization');
    const shorts = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Andetherm');
    assert.equal(shorts.length, 2);
    for (const m of shorts) assert.equal(m.kind === 'actor' && m.canonical, 'Andes Petroleum and Thermal Corporation');
  });

  it('keeps two names apart when an acronym spells the second alone', () => {
    const got = actors('Delta Marine Holdings and Beta Mining Corporation (BMC) signed the deal.');
    assert.ok(got.includes('Beta Mining Corporation=Beta Mining Corporation'), got.join(' | '));
    assert.ok(!got.some((g) => g.startsWith('Delta Marine Holdings and')), got.join(' | '));
  });

  it('keeps a country before "and <Country>’s <organisation>" a state', () => {
    const text = "South Korea and Japan's Ministry of Foreign Affairs protested.";
    assert.deepEqual([actor(text, 'South Korea').type, actor(text, 'South Korea').canonical], ['state', 'South Korea']);
    assert.equal(actor(text, 'Japan').type, 'state');
    assert.equal(actor("Samsung and Japan's Ministry of Finance agreed.", 'Samsung').type, 'organization');
  });
});
