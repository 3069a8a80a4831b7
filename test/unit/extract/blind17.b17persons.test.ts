// Classes of actor errors the blind17 set showed: generational suffixes and regnal numerals in persons' names,
// a demonym before a minister's portfolios, company forms and organs after a curated acronym, and generic
// departments and statistics institutes. Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: blind17 classes of persons, titles and canonical names', () => {
  it('reads a generational suffix after a full name as a person without another cue', () => {
    const p = actor('The dam was never finished after the exile of Tomas Aguirre Sr. a decade later.', 'Tomas Aguirre Sr.');
    assert.equal(p.type, 'person');
    assert.equal(p.canonical, 'Tomas Aguirre Sr.');
    assert.equal(actor('A deal signed by Roberto Lanza Jr. in 2019 lapsed.', 'Roberto Lanza Jr.').type, 'person');
    assert.equal(actor('Under the plan, Daniel Okoro III chairs the board.', 'Daniel Okoro III').type, 'person');
    // Without the suffix, an uncued name stays unmarked; a numeral after a thing's one-word name makes no person.
    unmarked('The dam was never finished after the exile of Tomas Aguirre a decade later.', 'Tomas Aguirre');
    unmarked('Work on the Kalinda III dam resumed.', 'Kalinda III');
  });

  it('gives a bare surname to the son, not to the elder written with "Sr."', () => {
    const text = 'The mine closed under Tomas Aguirre Sr. in 1990. President Tomas Aguirre Jr. reopened it. Aguirre said so.';
    const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Aguirre');
    assert.equal(later.length, 1);
    assert.equal(later[0].kind === 'actor' && later[0].canonical, 'Tomas Aguirre Jr.');
  });

  it('keeps a regnal numeral after a monarch\'s title and name inside the name', () => {
    const k = actor('The president held talks with King Hassan IV last month.', 'Hassan IV');
    assert.equal(k.type, 'person');
    assert.equal(k.role, 'King');
    assert.equal(actor('Queen Amina II of Zaria received the envoys.', 'Amina II').role, 'Queen');
    // A numeral after a one-word name without a monarch's title is not part of it.
    unmarked('Delegates reviewed Phase II of the plan.', 'Phase II');
  });

  it('reads a demonym before portfolios and a minister\'s title as the state, the portfolios as the role', () => {
    const text = 'Malian Trade and Industry Minister Ibrahim Keita signed the accord.';
    const st = actor(text, 'Malian');
    assert.equal(st.type, 'state');
    assert.equal(st.canonical, 'Mali');
    assert.equal(actor(text, 'Ibrahim Keita').role, 'Trade and Industry Minister');
    const one = 'Nigerien Petroleum Minister Sani Issoufou spoke first.';
    assert.equal(actor(one, 'Nigerien').type, 'state');
    assert.equal(actor(one, 'Sani Issoufou').role, 'Petroleum Minister');
    // Without a title after it, a demonym-led company keeps its name.
    assert.equal(actor('Malian Petroleum said output rose.', 'Malian Petroleum').type, 'organization');
  });

  it('reads a demonym-led name ending in a company form as the company, and its acronym with it', () => {
    const text = 'Kenyan Fertiliser Limited (KFL) signed a supply deal. KFL expects deliveries in May.';
    const co = actor(text, 'Kenyan Fertiliser Limited');
    assert.equal(co.type, 'organization');
    assert.equal(co.canonical, 'Kenyan Fertiliser Limited');
    const acr = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'KFL');
    assert.equal(acr.length, 2);
    for (const m of acr) assert.equal(m.kind === 'actor' && m.canonical, 'Kenyan Fertiliser Limited');
    unmarked('Fertiliser is the other prize for the exporters. Kenyan Fertiliser Limited (KFL) signed.', 'Fertiliser is');
  });

  it('spells out a curated acronym opening an organ named by Body or Group', () => {
    const b = actor('The WTO Dispute Settlement Body adopted the report.', 'WTO Dispute Settlement Body');
    assert.equal(b.canonical, 'World Trade Organization Dispute Settlement Body');
    assert.equal(actor('The OSCE Contact Group met in Vienna.', 'OSCE Contact Group').canonical,
      'Organization for Security and Co-operation in Europe Contact Group');
    // A group with no capitalised name before it keeps the name as written.
    assert.equal(actor('The NATO Group said so.', 'NATO Group').canonical, 'NATO Group');
  });

  it('qualifies a department of one portfolio in two words and a national statistics institute by the state', () => {
    const d = actor('Peru bought two frigates, the Department of National Defense said.', 'Department of National Defense');
    assert.equal(d.canonical, 'Department of National Defense (Peru)');
    assert.equal(actor('Peru cut spending, the Department of Budget and Management said.', 'Department of Budget and Management').canonical,
      'Department of Budget and Management');
    const text = 'Chile grew 2 percent, the National Statistics Institute (INE) said.';
    assert.equal(actor(text, 'National Statistics Institute').canonical, 'National Statistics Institute (Chile)');
    assert.equal(actor(text, 'INE').canonical, 'National Statistics Institute (Chile)');
  });
  it('reads a title word before a generational suffix as the surname, and a lone suffix as no name', () => {
    const p = actor('The legacy of Daniel Okafor King Jr. was debated.', 'Daniel Okafor King Jr.');
    assert.equal(p.type, 'person');
    assert.equal(p.kind === 'actor' && p.role, undefined);
    assert.deepEqual(mentions('The legacy of Daniel Okafor King Jr. was debated.').filter((m) => m.text === 'Jr'), []);
    // A monarch's title before a name stays a title.
    assert.equal(actor('King Abdullah met Daniel Okafor Jr. in Amman.', 'Abdullah').role, 'King');
  });
});
