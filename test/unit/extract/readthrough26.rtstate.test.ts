// Read-through of round 26: sentences on which the dominant-state rules (home story, headline-led dateline) and the
// chambers "of Representatives" / "of Deputies" gave the wrong state.
import assert from 'node:assert/strict';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { mentions } from './helpers';

/** Canonical of each actor written `span`, in article order. */
const canonicals = (text: string, span: string): string[] =>
  mentions(text, '2026-07-09').filter((m) => m.kind === 'actor' && m.text === span).map((m) => (m as { canonical: string }).canonical);

const BEIJING = [
  'BEIJING — China warned the United States on Tuesday against new tariffs on Chinese electric vehicles.',
  'President Donald Trump said the US would press ahead with the duties. The United States will not back down, he said, and the US Trade Representative would publish the list. Officials in the United States expect the US to widen it.',
  'The Senate must approve the tariffs, and the Treasury will enforce them.',
].join('\n\n');
const NAIROBI = [
  'NAIROBI — Kenya and Uganda agreed on Monday to build an oil pipeline from Hoima to the coast.',
  'President Yoweri Museveni said Uganda would fund half of the cost. Uganda expects first oil in 2027, and Uganda will sell crude to refiners in Uganda and abroad.',
  'The Parliament must ratify the deal, and the Energy Ministry will oversee the works.',
].join('\n\n');
const WASHINGTON = [
  'WASHINGTON — The United States and Chile signed a lithium pact on Thursday.',
  'President José Antonio Kast said Chile would ratify the deal within months. Chile holds large reserves, and Chile will ship concentrate from Antofagasta. Exports from Chile could double.',
  'The Senate must approve the pact, and the Kast administration expects a vote soon.',
].join('\n\n');

describe('read-through 26: a head of government named bare is tied to the state he leads', () => {
  it('a United States president in a Beijing story leaves the Senate and the Treasury to the United States', () => {
    assert.deepEqual(canonicals(BEIJING, 'Senate'), ['United States Senate']);
    assert.deepEqual(canonicals(BEIJING, 'Treasury'), ['Treasury (United States)']);
  });
  it('a headline naming the dateline\'s state first yields to the partner whose own president the story quotes', () => {
    const text = `# China Warns US Over Electric Vehicle Tariffs\n\n${BEIJING.replace('widen it.', 'widen it. A US trade official said the United States would act.')}`;
    assert.deepEqual(canonicals(text, 'Senate'), ['United States Senate']);
    assert.deepEqual(canonicals(text, 'Treasury'), ['Treasury (United States)']);
  });
  it('the partner\'s president, whose paragraph names his state, makes no home story of the dateline\'s state', () => {
    assert.deepEqual(canonicals(NAIROBI, 'Parliament'), ['Parliament (Uganda)']);
    assert.deepEqual(canonicals(NAIROBI, 'Energy Ministry'), ['Ministry of Energy (Uganda)']);
    assert.deepEqual(canonicals(WASHINGTON, 'Senate'), ['Senate (Chile)']);
    assert.deepEqual(canonicals(WASHINGTON, 'Kast administration'), ['Chile']);
  });
  it('a lead that does not open with the dateline\'s state is no home story', () => {
    const text = [
      'NAIROBI — Uganda and Uganda\'s neighbours met Kenya on Monday.',
      'President William Ruto said the deal was signed.',
      'Uganda will pay, and Uganda will build. The Parliament must ratify the deal.',
    ].join('\n\n');
    assert.deepEqual(canonicals(text, 'Parliament'), ['Parliament (Uganda)']);
  });
  it('a home story still takes the dateline\'s state', () => {
    const text = [
      'NAIROBI — Kenya agreed on Monday to sell tea to Pakistan.',
      'President William Ruto said the deal was signed.',
      'Pakistan will pay in dollars, and Pakistan buys most of the crop. The Parliament must ratify the deal.',
    ].join('\n\n');
    assert.deepEqual(canonicals(text, 'Parliament'), ['Parliament (Kenya)']);
  });
  it('the incremental extractor follows', () => {
    const inc = new IncrementalExtractor();
    const front = '---\ndate: 2026-07-09\n---\n\n';
    for (const body of [BEIJING, `# China Warns US\n\n${BEIJING}`, NAIROBI, WASHINGTON, BEIJING.replace('Donald Trump', 'Xi Jinping'), BEIJING]) {
      const text = front + body;
      assert.deepEqual(inc.update(text), extract(text));
    }
  });
});

describe('read-through 26: a chamber the dominant state does not have is the dateline state\'s', () => {
  it('the Assembly of Representatives in a Dushanbe story about Russia is Tajikistan\'s', () => {
    const text = 'DUSHANBE — The Assembly of Representatives approved the pact with Russia on Wednesday.\n\nRussian officials welcomed the vote. Moscow will supply fuel, and Russia will train officers. Russia and Russia\'s Gazprom plan a pipeline through Russia.';
    assert.deepEqual(canonicals(text, 'Assembly of Representatives'), ['Assembly of Representatives (Tajikistan)']);
  });
  it('a Chamber of Deputies in a Rome story about France is Italy\'s', () => {
    const text = 'ROME — The Chamber of Deputies approved the treaty with France on Wednesday.\n\nFrench officials welcomed the vote, and France will build the tunnel. France and France\'s rail company will pay.';
    assert.deepEqual(canonicals(text, 'Chamber of Deputies'), ['Chamber of Deputies (Italy)']);
  });
  it('a dominant state that has the chamber keeps it', () => {
    const text = 'WASHINGTON — Japan approved the pact on Wednesday.\n\nJapanese officials welcomed it, and Japan will pay. Japan expects the House of Representatives to vote.';
    assert.deepEqual(canonicals(text, 'House of Representatives'), ['House of Representatives (Japan)']);
  });
});
