// A headline or lead naming the dateline's state first makes it the article's state only when the article names that
// state at least half as often as the state it names most. Texts written for this file (read-through 26).
import assert from 'node:assert/strict';
import { mentions } from './helpers';

function parliament(text: string): string | undefined {
  return (mentions(text).find((m) => m.kind === 'actor' && m.text === 'Parliament') as { canonical?: string } | undefined)?.canonical;
}

describe("extract: the dateline's state against the counts (read-through 26)", () => {
  it('leaves a story about a neighbour to the neighbour', () => {
    const text = 'NAIROBI — Kenya\'s neighbour Uganda will hold a referendum, Uganda said.\n\nUganda\'s opposition and Uganda\'s church objected. Uganda votes in May, Uganda said.\n\nParliament will debate it.\n';
    assert.equal(parliament(text), 'Parliament (Uganda)');
  });

  it("keeps the dateline's state when it is named about as often as the partner", () => {
    const text = '# Sri Lanka Sells Tea to Russia\n\nCOLOMBO — Sri Lanka will ship tea to Russia.\n\nRussia and Russia want tea; Sri Lanka agreed.\n\nOpposition lawmaker Ana Perera asked in Parliament why.\n';
    assert.equal(parliament(text), 'Parliament (Sri Lanka)');
  });
});

describe('extract: chambers of representatives (read-through 26)', () => {
  it("gives Yemen's House of Representatives to Yemen in a story filed from Cairo", () => {
    const text = '# Yemen\'s Parliament Backs Truce\n\nCAIRO — Yemen\'s Houthi-run parliament approved a truce plan on Sunday.\n\nThe House of Representatives in Sanaa voted for the plan, Yemen said.\n';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'House of Representatives').map((m) => (m as { canonical: string }).canonical);
    assert.deepEqual(found, ['House of Representatives (Yemen)']);
  });
});
