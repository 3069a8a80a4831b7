import assert from 'node:assert/strict';
import { lowerHeadline } from '../../../src/core/extract/actors/headline';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { actor, mentions, unmarked } from './helpers';

describe('extract: actors', () => {
  describe('states (guidelines 7–10)', () => {
    it('marks country names, official names and alternative spellings with the short canonical', () => {
      assert.equal(actor('Talks with the Republic of Korea resumed.', 'Republic of Korea').canonical, 'South Korea');
      assert.equal(actor('Aid to the DRC rose.', 'DRC').canonical, 'Democratic Republic of the Congo');
      assert.equal(actor('Turkey objected.', 'Turkey').canonical, 'Türkiye');
      assert.equal(actor('Exports to the U.S. fell.', 'U.S.').canonical, 'United States');
    });

    it('marks plain places and both parts of hyphenated compounds', () => {
      actor('Factories in Vietnam are busy.', 'Vietnam');
      const text = 'The India-Japan talks and Korean-built ships.';
      assert.equal(actor(text, 'India').type, 'state');
      assert.equal(actor(text, 'Japan').canonical, 'Japan');
      assert.equal(actor(text, 'Korean').canonical, 'South Korea');
    });

    it('marks demonyms as states but not regional adjectives', () => {
      assert.equal(actor('Kenyan exporters were pleased.', 'Kenyan').canonical, 'Kenya');
      assert.equal(actor('Chileans voted on Sunday.', 'Chileans').canonical, 'Chile');
      assert.equal(actor('The Norwegian side agreed.', 'Norwegian').canonical, 'Norway');
      unmarked('European and Asian buyers, and Latin American ones.', 'European');
      unmarked('European and Asian buyers, and Latin American ones.', 'Latin American');
    });

    it('marks capitals only when they act for the state', () => {
      assert.equal(actor('Tokyo protested on Monday.', 'Tokyo').canonical, 'Japan');
      const both = 'Ottawa and Canberra agreed to share data.';
      actor(both, 'Ottawa');
      actor(both, 'Canberra');
      unmarked('The talks in Tokyo ended.', 'Tokyo');
      unmarked('She flew to Ottawa on Friday.', 'Ottawa');
      unmarked('A Canberra-based analyst disagreed.', 'Canberra');
      unmarked('Officials in Bamako, Ouagadougou and Niamey met.', 'Ouagadougou');
      unmarked('The Washington Post reported it.', 'Washington');
    });

    it('marks "X administration" as one state span and "the government of Peru" as Peru only', () => {
      const a = actor('The Biden administration imposed tariffs.', 'Biden administration');
      assert.deepEqual([a.type, a.canonical], ['state', 'United States']);
      assert.deepEqual(mentions('The government of Peru objected.').map((m) => m.text), ['Peru']);
    });

    it('leaves an international body\'s or alliance\'s "administration" an organisation', () => {
      assert.equal(actor('Under the UN administration in Kosovo, elections were held in 2001.', 'UN').type, 'organization');
      assert.equal(actor('The NATO administration of Kabul airport ended.', 'NATO').type, 'organization');
    });

    it('gives "X administration" the country the article ties the person X to, before or after it', () => {
      const texts = [
        'The Orsini administration cut fuel subsidies.\n\nChilean President Marta Orsini defended the cuts on Monday.',
        "Uruguay's president, Tomas Ferrer, spoke first. The Ferrer administration then raised tariffs.",
        'Pilar Vidal, Peru\'s prime minister, flew home.\n\nThe Vidal administration said so.',
      ];
      const canonicals = texts.map((text) => mentions(text).find((m) => m.kind === 'actor' && m.text.endsWith(' administration')));
      assert.deepEqual(canonicals.map((m) => m?.kind === 'actor' && m.canonical), ['Chile', 'Uruguay', 'Peru']);
      // Edited paragraph by paragraph, the same answer as a whole extraction.
      const inc = new IncrementalExtractor();
      inc.update(texts[0].split('\n\n')[0]);
      assert.deepEqual(inc.update(texts[0]), extract(texts[0]));
    });

    it('gives "X administration" the article\'s own state for a "President X" without a country, but a US president\'s stays the United States', () => {
      const text = 'QUITO — Ecuador and the IMF agreed. The Salgado administration welcomed it.\n\nPresident Elena Salgado took office last year.';
      assert.equal(actor(text, 'Salgado administration').canonical, 'Ecuador');
      const us = 'SEOUL — South Korea and South Korea met. President Barack Obama spoke. The Obama administration agreed.';
      assert.equal(actor(us, 'Obama administration').canonical, 'United States');
      const inc = new IncrementalExtractor();
      inc.update(text.split('\n\n')[0]);
      assert.deepEqual(inc.update(text), extract(text));
    });

    it('does not mark a word spelled like a country that does not refer to it', () => {
      unmarked('They served roast turkey and fine china.', 'turkey');
      unmarked('They served roast turkey and fine china.', 'china');
    });
  });

  describe('organisations (guidelines 1, 11–13)', () => {
    it('marks listed organisations with the full canonical name', () => {
      assert.equal(actor('NATO allies met.', 'NATO').canonical, 'North Atlantic Treaty Organization');
      assert.equal(actor('The IMF approved a loan.', 'IMF').canonical, 'International Monetary Fund');
      assert.equal(actor('OPEC+ cut output.', 'OPEC+').canonical, 'OPEC+');
    });

    it('marks an expansion and its acronym as two spans with one canonical, and resolves later acronyms', () => {
      const text = 'The Kenya Ports Authority (KPA) said so.\n\nLater the KPA denied it.';
      const ms = mentions(text).filter((m) => m.kind === 'actor');
      assert.deepEqual(ms.map((m) => [m.text, m.kind === 'actor' && m.canonical]), [
        ['Kenya Ports Authority', 'Kenya Ports Authority'], ['KPA', 'Kenya Ports Authority'], ['KPA', 'Kenya Ports Authority'],
      ]);
    });

    it('keeps an organisation containing a demonym as one span, with a country qualifier for generic names', () => {
      assert.equal(actor('The Norwegian Refugee Council warned.', 'Norwegian Refugee Council').canonical, 'Norwegian Refugee Council');
      assert.equal(actor('The Japanese Ministry of Defense said.', 'Japanese Ministry of Defense').canonical, 'Ministry of Defense (Japan)');
      assert.equal(actor("Kenya's Foreign Ministry said.", 'Foreign Ministry').canonical, 'Ministry of Foreign Affairs (Kenya)');
    });

    it('builds organisations from head nouns and spells out abbreviations', () => {
      assert.equal(actor('The Central Bank of Nigeria held rates.', 'Central Bank of Nigeria').type, 'organization');
      assert.equal(actor('Officials at the U.S. Department of Energy said.', 'U.S. Department of Energy').canonical, 'United States Department of Energy');
      assert.equal(actor('The deal went to Acme Mining Corp. last year.', 'Acme Mining Corp.').canonical, 'Acme Mining Corporation');
    });

    it('treats Brussels, the Kremlin and the White House as organisations when they act', () => {
      assert.equal(actor('Brussels warned Budapest.', 'Brussels').canonical, 'European Union');
      assert.equal(actor('The Kremlin said nothing.', 'Kremlin').type, 'organization');
      unmarked('Ministers met in Brussels.', 'Brussels');
    });

    it('marks capitalised short forms such as "the Commission"', () => {
      assert.equal(actor('The Commission fined the firm.', 'Commission').canonical, 'European Commission');
    });

    it('marks organisations introduced by a cue noun and their later mentions', () => {
      const text = 'Tracking firm Vortexa said exports fell.\n\nData from Vortexa showed more.';
      assert.equal(mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Vortexa').length, 2);
    });
  });

  describe('persons (guideline 6)', () => {
    it('puts titles in role and keeps the name only in the span', () => {
      const a = actor('Foreign Minister Amara Okafor arrived.', 'Amara Okafor');
      assert.equal(a.type, 'person');
      assert.equal(a.role, 'Foreign Minister');
      assert.equal(actor('Secretary of State Lena Whitfield spoke.', 'Lena Whitfield').role, 'Secretary of State');
      assert.equal(actor('General Tomás Ibarra resigned.', 'Tomás Ibarra').role, 'General');
    });

    it('keeps stacked titles together as written', () => {
      assert.equal(actor('The army chief General Asim Munir spoke.', 'Asim Munir').role, 'army chief General');
    });

    it('marks a country before a title as a separate state', () => {
      const ms = mentions('U.S. Secretary of State Lena Whitfield spoke.');
      assert.deepEqual(ms.map((m) => m.text), ['U.S.', 'Lena Whitfield']);
    });

    it('marks unknown persons introduced by a reporting cue', () => {
      actor('"It is fragile," said Maria Lopez, an analyst.', 'Maria Lopez');
      actor('Peter Hansen, who leads the team, disagreed.', 'Peter Hansen');
      actor("Kenya's William Ruto met them.", 'William Ruto');
      unmarked('Shipping Lanes Remain Busy today.', 'Shipping Lanes');
    });

    it('resolves later surname-only mentions to the full name, across paragraphs', () => {
      const text = 'Foreign Minister Amara Okafor spoke.\n\nOkafor\'s aides and Mr Okafor left.';
      const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Okafor');
      assert.equal(later.length, 2);
      for (const m of later) assert.equal(m.kind === 'actor' && m.canonical, 'Amara Okafor');
    });

    it('handles non-ASCII names', () => {
      assert.equal(actor('Opposition leader Tomáš Dvořák objected.', 'Tomáš Dvořák').canonical, 'Tomáš Dvořák');
      const text = 'Economist Ingrid Øvergaard warned.\n\nØvergaard added a caveat.';
      assert.equal(mentions(text).filter((m) => m.text === 'Øvergaard').length, 1);
    });
  });

  describe('opaque names and traps (guidelines 3–5)', () => {
    it('marks nothing inside laws, treaties, programmes and geographic names', () => {
      unmarked('The Chile Trade Act passed.', 'Chile Trade Act');
      unmarked('Ships avoided the Red Sea and the Strait of Hormuz.', 'Red Sea');
      unmarked('Ships avoided the Red Sea and the Strait of Hormuz.', 'Strait of Hormuz');
      unmarked('Farms in the Western Cape suffered.', 'Western Cape');
      unmarked('Saudi Arabia promotes Vision 2030 abroad.', 'Vision 2030');
    });

    it('still marks a year outside an opaque name', () => {
      const ms = mentions('They cited the 2016 Paris Agreement.');
      assert.deepEqual(ms.map((m) => m.text), ['2016']);
    });

    it('does not mark datelines, pronouns or lower-case generic bodies', () => {
      unmarked('NAIROBI — The central bank held rates.', 'NAIROBI');
      unmarked('NAIROBI — The central bank held rates.', 'central bank');
    });
  });
});

describe('extract: title-case headlines read with their own rules', () => {
  const actorsOf = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor').map((m) => `${m.type}:${m.text}`);

  it('cuts a name before a headline verb, a clause word or a common noun', () => {
    assert.deepEqual(actorsOf('# Senate Panel Backs Steel Quota As Mexico Talks Stall\n\nThe vote was close.'), ['organization:Senate', 'state:Mexico']);
    assert.deepEqual(actorsOf('# Hanoi And Manila Agree Coast Guard Hotline After Reef Standoff\n\nThe deal was signed.').filter((a) => a.startsWith('state')), ['state:Hanoi', 'state:Manila']);
  });

  it('reads a headline as title case when only its short minor words (to, and, as, with) are lower case', () => {
    const text = '# Ghana to Broker Mali Talks in Accra as Border Truce Wavers\n\nThe talks open on Monday.';
    assert.ok(actorsOf(text).includes('state:Mali'));
    assert.equal(lowerHeadline('# Ghana brokers talks in Accra as the truce wavers'), null);
  });

  it('keeps the words as written in the spans and leaves sentence-case headlines alone', () => {
    const text = '# Government Envoy Says ELN Talks Resume In Caracas\n\nThe talks resume.';
    assert.ok(!actorsOf(text).some((a) => a.endsWith(':Says')));
    assert.ok(actorsOf(text).includes('organization:ELN'));
    assert.equal(lowerHeadline('# Brussels imposes duties as Beijing vows response'), null);
    assert.equal(lowerHeadline('Senate Panel Backs Steel Quota As Mexico Talks Stall'), null); // not a heading line
  });

  it('ends a known name at the -s verb after it, whatever the verb', () => {
    assert.deepEqual(actorsOf('# Equinor Scraps Wind Farm Plan Near Bergen\n\nThe plan was dropped.'), ['organization:Equinor']);
    assert.deepEqual(actorsOf('# Chevron Widens Gas Hunt Off Namibia\n\nThe hunt goes on.'), ['organization:Chevron', 'state:Namibia']);
    // A word that continues a known name or heads one stays in it.
    assert.ok(actorsOf('# Kenya Airways Adds Flights To Mombasa\n\nThe flights start soon.').includes('organization:Kenya Airways'));
  });

  it('does not grow a known name into an organisation with the title-case words after it', () => {
    // A plural verb after two coordinated states, and a degree adjective opening a common noun phrase.
    assert.deepEqual(actorsOf('# Chile and Peru Reopen Full Border Services, Lift Curfew\n\nThe crossing opened.'), ['state:Chile', 'state:Peru']);
    // A known organisation followed by headline words.
    assert.deepEqual(actorsOf('# Farmers Rally Against Mercosur Beef Quotas in Lyon\n\nThey marched.'), ['organization:Mercosur']);
    // An infinitive after a headline verb, and a country before a common noun the headline capitalises.
    assert.ok(actorsOf('# Donors Vow to Fund Somalia Mission Through 2027\n\nThe money comes.').includes('state:Somalia'));
    assert.ok(actorsOf('# Donors Vow To Fund Somalia Mission Through 2027\n\nThe money comes.').includes('state:Somalia'));
    assert.deepEqual(actorsOf('# Donors Pledge To World Bank As Debt Talks Stall\n\nThe money comes.'), ['organization:World Bank']);
    // A demonym before the police: the demonym is the state.
    assert.deepEqual(actorsOf('# Curfew Eases as Ugandan Police Withdraw From Town\n\nShops reopened.'), ['state:Ugandan']);
    assert.ok(actorsOf('# Philippine Coast Guard Says Vessels Left Reef\n\nThe ships left.').includes('organization:Philippine Coast Guard'));
    // The word before a known one stays with it: "Latin American" is no United States.
    assert.deepEqual(actorsOf('# More Latin American Leaders Back Lithium Pact\n\nThe pact holds.'), []);
  });

  it('reads the base form after "to" as the verb of a headline\'s future ("Trump to Meet Putin")', () => {
    assert.match(lowerHeadline('# Trump to Meet Putin in Budapest as Zelensky Warns of Pressure') ?? '', /Trump to meet Putin/);
    const text = '# Trump to Meet Putin in Budapest\n\nU.S. President Donald Trump will meet Russian President Vladimir Putin.';
    assert.deepEqual(actorsOf(text).slice(0, 2), ['person:Trump', 'person:Putin']);
    // A name after "to" stays one ("Road to Damascus" names no verb).
    assert.ok(actorsOf('# Ghana to Host Sudan Talks\n\nThey meet soon.').includes('state:Sudan'));
    assert.equal(lowerHeadline('# Pilgrims Walk the Road to Damascus Gate'), null);
  });

  it('reads a capitalised verb particle (Out, Off, Up) as no part of a name', () => {
    assert.deepEqual(actorsOf('# Kenyan Police Rotate Out of Haiti as Mission Nears End\n\nThey left.'), ['state:Kenyan', 'state:Haiti']);
    assert.deepEqual(actorsOf('# Rwandan Troops Pull Out of Mozambique\n\nThey left.'), ['state:Rwandan', 'state:Mozambique']);
    assert.deepEqual(actorsOf('# Ghana Steps Up Patrols Near Togo Border\n\nThey patrol.').filter((a) => !a.startsWith('state')), []);
  });

  it('does not take a possessive as a person cue in a title-case headline', () => {
    assert.deepEqual(actorsOf("# Envoys Urge Ethiopia's Rival Camps To Resume Dialogue\n\nThe talks stalled."), ['state:Ethiopia']);
    assert.ok(actorsOf("Ethiopia's Abiy Ahmed spoke on Monday.").includes('person:Abiy Ahmed'));
  });
});
