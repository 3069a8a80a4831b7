// Actors that blind18 showed (guidelines 8, 12, 13): generic institutions left to the article's state when their sentence
// names a partner, qualified by the dateline's state the headline leads with, a capital coordinated with a city of its own country, an
// unknown name apposed as "its … counterpart", "the Fund" beside a "Fund for …", a country's short name before a
// portfolio ministry, the tail of a name opened by a country of several words, and national statistics agencies.
// Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

/** An article about Ecuador (headline, dateline and lead), then `body` as its last paragraph. */
function ecuadorArticle(body: string): string {
  return `# Ecuador Buys Power From Its Neighbours\n\nQUITO — Ecuador will import power as Ecuador rations supply, and Ecuador's grid strains.\n\nEcuador pays in advance.\n\n${body}\n`;
}

function canonicalOf(text: string, span: string): string {
  const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === span);
  assert.equal(found.length, 1, `expected one actor "${span}"`);
  return (found[0] as { canonical: string }).canonical;
}

describe('extract: actors seen in blind18', () => {
  it('leaves a generic institution to the article\'s state when its sentence names a partner, a lender or a target', () => {
    // A state in the institution's sentence is usually the other party, not the owner (a rule that took it was wrong on
    // most ordinary sentences, and was withdrawn).
    for (const sentence of ['The Ministry of Trade banned Chinese steel imports.', 'The Ministry of Finance said it would repay Chinese lenders.',
      'The Ministry of Defence signed a contract with France.', 'The National Police said Bolivian nationals were arrested.']) {
      const span = /The ([A-Z][\w ]+?) (?:banned|said|signed)/.exec(sentence)![1];
      assert.equal(canonicalOf(ecuadorArticle(sentence), span), `${span} (Ecuador)`, sentence);
    }
  });

  it("keeps a legislature its speaker's state gave against the document pass", () => {
    const text = '# Nigeria Weighs Tariffs\n\nABUJA — Nigeria will review tariffs, Nigeria said, and Nigeria waits.\n\nU.S. Trade Representative Jane Holt told Congress on Tuesday that talks would go on.\n';
    assert.equal(canonicalOf(text, 'Congress'), 'United States Congress');
    const ghana = '# Nigeria Weighs Tariffs\n\nABUJA — Nigeria will review tariffs, Nigeria said, and Nigeria waits.\n\nGhanaian Trade Minister Efua Mensah told Parliament on Monday that talks would go on.\n';
    assert.equal(canonicalOf(ghana, 'Parliament'), 'Parliament (Ghana)');
  });

  it("makes the dateline's state dominant when the headline names it first", () => {
    const body = 'Russia and Russia and Russia want tea; Moscow asked, and Russian buyers paid.\n\nRussian firms and Russia again.\n\nOpposition lawmaker Ana Perera asked in Parliament why.';
    assert.equal(canonicalOf(`# Sri Lanka Sells Tea to Russia\n\nCOLOMBO — Sri Lanka will ship tea to Russia.\n\n${body}\n`, 'Parliament'), 'Parliament (Sri Lanka)');
    // A headline led by another state, or no dateline: the counts decide.
    assert.equal(canonicalOf(`# Russia Buys Sri Lankan Tea\n\nCOLOMBO — Sri Lanka will ship tea to Russia.\n\n${body}\n`, 'Parliament'), 'Parliament (Russia)');
    assert.equal(canonicalOf(`# Sri Lanka Sells Tea to Russia\n\nSri Lanka will ship tea to Russia.\n\n${body}\n`, 'Parliament'), 'Parliament (Russia)');
  });

  it('reads a capital coordinated with a large city of its own country as a place, whatever precedes', () => {
    unmarked('The utility will publish blackout schedules for Quito and Guayaquil on Sunday.', 'Quito');
    unmarked('Blackouts hit Guayaquil and Quito.', 'Quito');
    unmarked('Flights between Karachi and Islamabad in May were full.', 'Islamabad');
    unmarked('Rules for Ho Chi Minh City and Hanoi, officials said, are changing.', 'Hanoi');
    // Another country's city, another capital, or a verb after the pair: the capital acts.
    assert.equal(actor('Plans for Washington and Shanghai on trade were shelved.', 'Washington').canonical, 'United States');
    assert.equal(actor('Quito and Lima agreed on Sunday.', 'Quito').canonical, 'Ecuador');
    assert.equal(actor('Quito and Guayaquil agreed.', 'Quito').canonical, 'Ecuador');
  });

  it('reads an unknown name apposed as "its … counterpart" (or rival, parent) as an organisation', () => {
    assert.equal(actor('Fingrid, its Finnish counterpart, has asked for seabed sensors.', 'Fingrid').type, 'organization');
    assert.equal(actor('Nordvolt, its rival, said so.', 'Nordvolt').type, 'organization');
    // "his"/"her": a person's counterpart.
    assert.ok(!mentions('Makarov, his Russian counterpart, has asked for talks.').some((m) => m.kind === 'actor' && m.text === 'Makarov' && m.type === 'organization'));
  });

  it('reads "the Fund" as the one organisation whose name ends in "Fund", over one with "Fund for …"', () => {
    const text = 'The Saudi Fund for Development (SFD) agreed. The International Monetary Fund (IMF) is due in Cairo. IMF mission chief Marta Ruiz said that the Fund welcomed it.';
    const funds = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Fund');
    assert.equal(funds.length, 1);
    assert.equal((funds[0] as { canonical: string }).canonical, 'International Monetary Fund');
    assert.equal(actor('The Saudi Fund for Development (SFD) agreed. The Fund said so.', 'Fund').canonical, 'Saudi Fund for Development');
    // Two "Fund for …" and no name ending in "Fund": neither.
    assert.ok(!mentions('The Fund for Peace and the Fund for Development agreed. The Fund said so.').some((m) => m.kind === 'actor' && m.text === 'Fund'));
  });

  it("qualifies a portfolio ministry after a country's short name as after its demonym", () => {
    assert.equal(actor('The Saudi Finance Ministry said on Tuesday that the deal held.', 'Saudi Finance Ministry').canonical, 'Ministry of Finance (Saudi Arabia)');
    assert.equal(actor('The Kenya Foreign Ministry agreed.', 'Kenya Foreign Ministry').canonical, 'Ministry of Foreign Affairs (Kenya)');
    // Before another generic word the country's name may be the body's own name.
    assert.equal(actor('The Saudi Central Bank cut rates.', 'Saudi Central Bank').canonical, 'Saudi Central Bank');
  });

  it('reads the tail of a name opened by a country of several words as that name', () => {
    assert.equal(actor('The Sri Lanka Tea Board (SLTB) said the deal works. The Tea Board plans to widen it.', 'Tea Board').canonical, 'Sri Lanka Tea Board');
    assert.equal(actor('The South African Revenue Service said so. The Revenue Service agreed.', 'Revenue Service').canonical, 'South African Revenue Service');
    assert.equal(actor('The Bank of Tea Board Holdings said so. The Tea Board agreed.', 'Tea Board').canonical, 'Tea Board');
  });

  it('spells out national statistics agencies known by their acronym', () => {
    assert.equal(actor('Inflation slowed, the statistics agency CAPMAS said.', 'CAPMAS').canonical, 'Central Agency for Public Mobilization and Statistics');
    assert.equal(actor('Prices rose 2%, INDEC said.', 'INDEC').canonical, 'National Institute of Statistics and Censuses');
    assert.equal(actor('Data from Stats SA showed it.', 'Stats SA').canonical, 'Statistics South Africa');
  });
});
