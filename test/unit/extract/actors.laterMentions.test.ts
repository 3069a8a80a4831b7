// Later mentions resolved across the article (guidelines 6, 12): a surname opened by a capitalised particle, both
// surnames of a Spanish name, a surname written without its Arabic article, an alias the article gives after a full
// name, a one-word name once it has been seen in a person slot, and short forms the article defines itself.
// Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

const persons = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => `${m.text}=${m.kind === 'actor' ? m.canonical : ''}`);

describe('extract: later mentions across the article', () => {
  it('resolves a surname whose particle is capitalised at the start of a sentence', () => {
    const text = 'Trade Commissioner Maarten van Dijk met the growers.\n\nVan Dijk said the quota would stay.';
    assert.equal(actor(text, 'Van Dijk').canonical, 'Maarten van Dijk');
    const spanish = 'Finance Minister Rosa de la Vega spoke first.\n\nDe la Vega said reserves were ample.';
    assert.equal(actor(spanish, 'De la Vega').canonical, 'Rosa de la Vega');
  });

  it('leaves a capitalised particle word alone when no full name in the article has it', () => {
    assert.deepEqual(persons('Van Dijk said the quota would stay.').filter((p) => p.startsWith('Van Dijk=Maarten')), []);
  });

  it('resolves a surname written without the hyphenated Arabic article of the full name', () => {
    const text = 'Interior Minister Khalid al-Mansouri toured the port on Monday.\n\nMansouri\'s office said the berths would reopen.';
    assert.equal(actor(text, 'Mansouri').canonical, 'Khalid al-Mansouri');
    const egyptian = 'Planning Minister Hoda el-Khatib presented the budget. Lawmakers questioned Khatib for an hour.';
    assert.equal(actor(egyptian, 'Khatib').canonical, 'Hoda el-Khatib');
  });

  it('resolves a surname whose hyphenated Arabic article is capitalised at the start of a sentence', () => {
    const text = 'Oil Minister Faisal al-Jaber opened the refinery.\n\nAl-Jaber said exports would rise in the spring.';
    assert.equal(actor(text, 'Al-Jaber').canonical, 'Faisal al-Jaber');
    const el = 'Trade envoy Samir el-Badawi arrived late. El-Badawi told reporters the tariff would stay.';
    assert.equal(actor(el, 'El-Badawi').canonical, 'Samir el-Badawi');
  });

  it('marks an alias given after a full name as that person, and its later bare uses too', () => {
    const text = 'The militia, led by Omar Saleh Wardi, better known as Kassar, said it would withdraw.\n\nKassar said the convoy could pass, and fighters loyal to Kassar left the bridge.';
    const spans = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Kassar');
    assert.equal(spans.length, 3);
    for (const m of spans) assert.deepEqual(m.kind === 'actor' && [m.type, m.canonical], ['person', 'Omar Saleh Wardi']);
  });

  it('reads the other alias cues (known as, nicknamed, dubbed, in parentheses, quoted, two words) but not a lower-case or place-like phrase', () => {
    assert.equal(actor('Rebel commander Tomas Ortega Vela, known as Canelo, signed the accord.', 'Canelo').canonical, 'Tomas Ortega Vela');
    assert.equal(actor('The ministry said Ana Lucia Prado, nicknamed Lula Roja, had resigned.', 'Lula Roja').canonical, 'Ana Lucia Prado');
    assert.equal(actor('Critics said Viktor Hale, dubbed "Iron Broker" by traders, overreached.', 'Iron Broker').canonical, 'Viktor Hale');
    assert.equal(actor('The cartel chief Ramon Ibarra Cruz (also known as El Gordo) was extradited.', 'El Gordo').canonical, 'Ramon Ibarra Cruz');
    // A lower-case or place-like phrase after the cue is no alias.
    unmarked('The smuggler Ivan Petrov Dalic, known as the Accountant, was arrested.', 'the Accountant');
    const place = mentions('The general Marco Ruiz Soto, dubbed Panama by his men, was promoted.').find((m) => m.kind === 'actor' && m.text === 'Panama');
    assert.notEqual(place?.kind === 'actor' && place.type, 'person');
  });

  it('resolves both surnames of a full name to the person', () => {
    const text = 'Labour Minister Jorge Paredes Ocampo signed the decree.\n\nParedes Ocampo said it would take effect in June.';
    assert.equal(actor(text, 'Paredes Ocampo').canonical, 'Jorge Paredes Ocampo');
  });

  it('resolves a given name used alone once it has been seen in a person slot', () => {
    const text = 'Energy Minister Sutrisno Hadiwijaya opened the plant. Sutrisno said output would double.\n\nAnalysts expect Sutrisno to ask for more money.';
    const spans = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Sutrisno');
    assert.equal(spans.length, 2);
    for (const m of spans) assert.equal(m.kind === 'actor' && m.canonical, 'Sutrisno Hadiwijaya');
  });

  it('gives a defined acronym its expansion as written when the curated name only adds a qualifier', () => {
    const text = 'Talks with the National Liberation Army (ELN) resumed.\n\nThe ELN said it would free two hostages.';
    const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'ELN');
    assert.equal(later.length, 2);
    for (const m of later) assert.equal(m.kind === 'actor' && m.canonical, 'National Liberation Army');
  });
  it('takes no title or "X of …" phrase for an alias, so later uses of the title stay titles', () => {
    const text = 'The militia, led by Omar Saleh Wardi, known as Chairman of the Hills, said it would withdraw.\n\nThe Chairman of the board, Li Wei, said profits rose.';
    assert.ok(!mentions(text).some((m) => m.kind === 'actor' && m.text.startsWith('Chairman')));
    const director = 'The militia, led by Omar Saleh Wardi, known as Director, said it would withdraw.\n\nThe Director said no.';
    assert.ok(!mentions(director).some((m) => m.kind === 'actor' && m.text === 'Director'));
    // A title before a name is part of a nom de guerre.
    const tiger = 'The militia, led by Omar Saleh Wardi, known as General Tiger, said it would withdraw.';
    assert.equal(actor(tiger, 'General Tiger').canonical, 'Omar Saleh Wardi');
  });

  it('resolves a particle surname read whole after a quote, later in the article too', () => {
    const text = 'Foreign Minister Lucia de Souza signed the accord.\n\n"It is done," De Souza told reporters.\n\nThe committee has summoned De Souza to explain.';
    const found = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'De Souza');
    assert.deepEqual(found.map((m) => m.kind === 'actor' && m.canonical), ['Lucia de Souza', 'Lucia de Souza']);
  });

  it('reads a company\'s later short form, its name without the last word, as the company the article named in full, unless shared or a kind of body', () => {
    const text = 'The pension fund sold its shares in potash producer Kestrel Potash on Monday.\n\nThe fund had held 2% of Kestrel since 2019. Kestrel declined to comment.';
    const later = mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Kestrel');
    assert.equal(later.length, 2);
    for (const m of later) assert.ok(m.kind === 'actor' && m.type === 'organization' && m.canonical === 'Kestrel Potash');
    // A curated one-word company the article extends takes the longer name; a short form read as a person is the company.
    // A known company is the parent of the one named, not its short form.
    assert.equal(actor('Gazprom Neft raised output.\n\nGazprom, its parent, cut flows.', 'Gazprom').canonical, 'Gazprom');
    // In a place's slot the short form is the place the company is named after.
    unmarked('Harbin Electric won the order.\n\nProtests spread across Harbin on Monday.', 'Harbin on');
    unmarked('Harbin Electric won the order.\n\nThe plant in Harbin will close.', 'Harbin will');
    // After a stake or a share, "in" names the company.
    const stake = 'Harbin Electric won the order.\n\nThe fund holds a stake of 2% in Harbin.';
    assert.equal(mentions(stake).filter((m) => m.kind === 'actor' && m.text === 'Harbin').length, 1);
    const quantum = 'Talks with Blue Ridge Mining stalled.\n\nHe said Blue Ridge would halt work on the pit.';
    assert.deepEqual([actor(quantum, 'Blue Ridge').type, actor(quantum, 'Blue Ridge').canonical], ['organization', 'Blue Ridge Mining']);
    // No short form of a body named by its kind, nor one two companies share; a title keeps its person.
    unmarked('The Baltic Council met in May.\n\nShips crossed the Baltic in June.', 'Baltic in');
    const two = 'Kestrel Mining and Kestrel Shipping signed a deal.\n\nKestrel said it was pleased.';
    assert.ok(!mentions(two).some((m) => m.kind === 'actor' && m.text === 'Kestrel'));
    // A person named like a company's first words keeps a title that makes them one.
    assert.equal(actor('Talks with Blue Ridge Mining stalled.\n\nSenator Blue Ridge said no.', 'Blue Ridge').type, 'person');
  });
});
