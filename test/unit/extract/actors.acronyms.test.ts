// Acronyms defined in the article and curated short forms, and the expansion each takes as its
// canonical (guidelines 12, 13). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: acronyms and short forms (guidelines 12, 13)', () => {
  it('links "Long Name (ACR)" when the initials are in another order and maps later bare uses', () => {
    const text = 'Bolivia\'s Supreme Electoral Tribunal (TSE) met.\n\nTSE officials counted ballots.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'TSE');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Supreme Electoral Tribunal', 'Supreme Electoral Tribunal']);
  });

  it('links hyphenated acronyms and capitalised short forms in brackets', () => {
    const text = 'The Alliance for Civic Renewal (ACR-M) and Bukit Mining Company (Bumico) agreed.\n\nBumico shares fell.';
    assert.equal(actor(text, 'ACR-M').canonical, 'Alliance for Civic Renewal');
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Bumico');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Bukit Mining Company', 'Bukit Mining Company']);
  });

  it('does not fold a person before "of the <organisation> (ACR)" into a loosely fitting acronym definition', () => {
    const text = 'Aibek Usenov of the State Agency for Water Resources (GAVR) said the canal would open.';
    assert.equal(actor(text, 'State Agency for Water Resources').type, 'organization');
    assert.equal(actor(text, 'GAVR').canonical, 'State Agency for Water Resources');
  });

  it('gives an acronym the canonical of the expansion its owner qualified, not the dominant state', () => {
    const text = "Japan's Ministry of Economy, Trade and Industry (METI) signed a memorandum with South Korea; METI will host the next round.\n\n" +
      'South Korea wants more. South Korea and South Korea again.\n\nMETI officials declined to comment.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && (m.text === 'METI' || m.text.startsWith('Ministry')));
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), Array(4).fill('Ministry of Economy, Trade and Industry (Japan)'));
    const chamber = "Nigeria's House of Representatives (NHR) passed the budget.\n\nGhana, Ghana and Ghana watched.\n\nThe NHR vote stands.";
    const short = mentions(chamber).filter((m) => m.kind === 'actor' && m.text === 'NHR');
    assert.deepEqual(short.map((m) => m.kind === 'actor' && m.canonical), ['House of Representatives (Nigeria)', 'House of Representatives (Nigeria)']);
  });

  it('keeps the expansion of an acronym defined across a line break on one line for its later mentions', () => {
    const text = 'Analysts at the Halden Institute for\nMaritime Studies (HIMS) disagreed.\n\nHIMS said so.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'HIMS');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Halden Institute for Maritime Studies', 'Halden Institute for Maritime Studies']);
  });

  it('lets an acronym defined in the article beat a curated alias of another body', () => {
    const text = 'The Public Investment Fund (PIF) bought the stake.\n\nPIF managers declined to comment.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'PIF');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Public Investment Fund', 'Public Investment Fund']);
  });

  it('spells out common regional acronyms', () => {
    assert.equal(actor('The BCEAO left rates unchanged.', 'BCEAO').canonical, 'Central Bank of West African States');
    assert.equal(actor('WAEMU members met.', 'WAEMU').canonical, 'West African Economic and Monetary Union');
  });

  it('knows peace-operation acronyms and ASEAN Plus Three', () => {
    assert.equal(actor('Troops from UNIFIL patrolled the border.', 'UNIFIL').canonical, 'United Nations Interim Force in Lebanon');
    assert.equal(actor('The ASEAN Plus Three reserve was tapped.', 'ASEAN Plus Three').type, 'organization');
    assert.ok(!mentions('The ASEAN Plus Three reserve was tapped.').some((m) => m.kind === 'figure'));
  });

  it('takes "in/for <Country>" into an organisation name when only the country completes its acronym', () => {
    const text = 'Payments go through the European Union Liaison Office in Mali (EULOM) from March.\n\nEULOM staff arrived.';
    assert.equal(actor(text, 'European Union Liaison Office in Mali').type, 'organization');
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'EULOM');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['European Union Liaison Office in Mali', 'European Union Liaison Office in Mali']);
    assert.ok(!mentions(text).some((m) => m.kind === 'actor' && m.text === 'Mali'));
  });

  it('spells an acronym with the Romance particles and unaccented initials of its name, the country inside included', () => {
    const text = 'The grid is run by Énergie de Belgique (EDB), which owns 12 plants.';
    assert.equal(actor(text, 'Énergie de Belgique').type, 'organization');
    assert.equal(actor(text, 'EDB').canonical, 'Énergie de Belgique');
    assert.ok(!mentions(text).some((m) => m.kind === 'actor' && m.text === 'Belgium'));
  });

  it('reads a mission defined by an acronym of its first words as an organisation', () => {
    const text = 'Troops of the Coastal Patrol Support Mission (CPS) left.\n\nCPS commanders objected.';
    assert.equal(actor(text, 'Coastal Patrol Support Mission').type, 'organization');
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'CPS');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Coastal Patrol Support Mission', 'Coastal Patrol Support Mission']);
  });

  it('marks no acronym defined by a programme, law or facility', () => {
    unmarked('Disbursements under the Resilience Credit Facility (RCF) resumed in May.', 'Resilience Credit Facility (RCF)');
    unmarked('Exporters lobbied against the Clean Shipping Act (CSA) for months.', 'Clean Shipping Act (CSA)');
  });

  it('reads no acronym inside a hyphenated place name written in capitals', () => {
    unmarked('SAINT-EU-LAMBERT — Farmers blocked the road on Monday.', 'SAINT-EU-LAMBERT');
    assert.equal(actor('The EU-US talks resumed.', 'EU').canonical, 'European Union');
  });

  it('reads a modifier before the head of a name whose remit ends in an opaque word, and its acronym in the name\'s own language', () => {
    const text = 'The National Commission for Telecoms Regulation (CNRT) fined two operators.\n\nCNRT said the fines would stand.';
    assert.equal(actor(text, 'National Commission for Telecoms Regulation').type, 'organization');
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'CNRT');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), Array(2).fill('National Commission for Telecoms Regulation'));
    // A law after a body's name is still a law ("Bank of Ghana Act" stays as it was read before).
    unmarked('Parliament amended the Central Bank of Nigeria Act.', 'Central Bank of Nigeria Act');
  });

  it('reads an organ of a known organisation, named with a place, as one organisation with its acronym', () => {
    const text = 'Observers from the African Union Mission in Northern Kivu (AMINK) arrived.\n\nAMINK said the vote was calm.';
    assert.equal(actor(text, 'African Union Mission in Northern Kivu').type, 'organization');
    const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'AMINK');
    assert.deepEqual(later.map((m) => m.kind === 'actor' && m.canonical), ['African Union Mission in Northern Kivu', 'African Union Mission in Northern Kivu']);
    // Two names joined by "and": the acronym belongs to the second.
    const two = 'Envoys of the African Union and Southern Development Authority (SDA) met.';
    assert.equal(actor(two, 'African Union').canonical, 'African Union');
    assert.equal(actor(two, 'SDA').canonical, 'Southern Development Authority');
  });

  it('takes a short form of capitalised parts joined by a hyphen in brackets after an organisation', () => {
    const text = 'Staff at the Chilean Export Promotion Bureau (Pro-Chile) said sales rose. Pro-Chile will lead a fair in Osaka.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Pro-Chile');
    assert.equal(found.length, 2);
    for (const m of found) assert.equal(m.kind === 'actor' && m.canonical, 'Chilean Export Promotion Bureau');
  });
});
