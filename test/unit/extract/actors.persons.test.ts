// Person names: the slots and cues that make a name a person, and the titles kept in its role
// (guideline 6). Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, date, mentions, unmarked } from './helpers';

describe('extract: person names and the slots that cue them (guideline 6)', () => {
  it('takes "Name of <Capitalised>" as a person and the party after it as an organisation', () => {
    const text = 'Rosa Mendoza Vargas of Frente Amplio por la Patria gained ground on Tuesday.';
    assert.equal(actor(text, 'Rosa Mendoza Vargas').type, 'person');
    assert.equal(actor(text, 'Frente Amplio por la Patria').type, 'organization');
  });

  it('still reads a cued two-word name before "of <country>" as a person', () => {
    const text = 'The envoys, Lucia Ferreira of Brazil and Tomas Berg of Sweden, met on Monday.';
    assert.equal(actor(text, 'Lucia Ferreira').type, 'person');
  });

  it('reads "<name> met" as a person and ends a name at "of <country> and"', () => {
    assert.equal(actor('Nurlan Beisenov met the envoys in Astana.', 'Nurlan Beisenov').type, 'person');
    assert.equal(actor('The Liberation Front of Mali and other groups signed.', 'Liberation Front of Mali').type, 'organization');
  });

  it('needs a known organisation, party or state after "of", and a margin or three-part name after a contest verb', () => {
    unmarked('The rally marked Unity Day of the Republic.', 'Unity Day');
    unmarked('Pilgrims prayed at the Grand Mosque of Mecca.', 'Grand Mosque');
    unmarked('The club beat Real Madrid on Sunday.', 'Real Madrid');
    assert.equal(actor('Sara Lind of the World Bank disagreed.', 'Sara Lind').type, 'person');
    assert.equal(actor('The mayor led Tomas Brandt by 4 points.', 'Tomas Brandt').type, 'person');
  });

  it('reads a contest verb as a person slot and resolves a later first-surname mention', () => {
    const text = 'The mayor trailed Hugo Salinas Ortega by two points.\n\nSalinas rejected the count.';
    assert.equal(actor(text, 'Hugo Salinas Ortega').type, 'person');
    assert.equal(actor(text, 'Salinas').canonical, 'Hugo Salinas Ortega');
  });

  it('reads a two- or three-word name after "the killing/arrest/… of" as a person, and its later surname', () => {
    const text = 'Protests followed the killing of Tomas Berger Lind outside a mosque in June. Berger Lind, whom police had watched, was 45.';
    assert.equal(actor(text, 'Tomas Berger Lind').type, 'person');
    assert.equal(actor(text, 'Berger Lind').canonical, 'Tomas Berger Lind');
    assert.equal(actor('Rights groups condemned the arrest of Malik Haddad in Tunis.', 'Malik Haddad').type, 'person');
    assert.equal(actor('The detention of Ruslan Tokayev drew protests.', 'Ruslan Tokayev').type, 'person');
    unmarked('Police ordered the arrest of Tiva Sorano activists on Friday.', 'Tiva Sorano');
  });

  it('coordinates a second person after a cued one', () => {
    const text = 'The talks were chaired by Ines Castro and Pavel Horak in Vienna.';
    assert.equal(actor(text, 'Pavel Horak').type, 'person');
  });

  it('names listed after a plural role noun are persons; scheduled "leaves office" is future', () => {
    const text = 'The frontrunners are clear: the two candidates, Marta Ilic and Goran Pavlov, meet today.';
    assert.equal(actor(text, 'Marta Ilic').type, 'person');
    assert.equal(actor(text, 'Goran Pavlov').type, 'person');
    assert.equal(date('The president leaves office on March 3.', 'March 3', '2026-06-10').normalized, '2027-03-03');
  });

  it('reads a possessive government as a person cue', () => {
    assert.equal(actor("Tomas Ribeiro Lenz's government fell on Friday.", 'Tomas Ribeiro Lenz').type, 'person');
    unmarked("Kestrel Partners Group's government bond desk grew.", 'government');
  });

  it('writes a name broken across a line with one space in its canonical form', () => {
    assert.equal(actor('The vote, said Amaru\nQuispe Flores, was close.', 'Amaru\nQuispe Flores').canonical, 'Amaru Quispe Flores');
  });
});

describe('extract: titles kept in the role (guideline 6)', () => {
  it('gives back a given name that a portfolio title ran into', () => {
    const a = actor('Minister of Mines Musa Kabwe Lungu toured the pit.', 'Musa Kabwe Lungu');
    assert.equal(a.role, 'Minister of Mines');
    const b = actor('Minister for Energy Tom Reilly said tariffs would rise.', 'Tom Reilly');
    assert.equal(b.role, 'Minister for Energy');
    assert.equal(actor('Minister of Foreign Affairs Petrov said no.', 'Petrov').role, 'Minister of Foreign Affairs');
  });

  it('keeps a capitalised portfolio word outside the title list in the role', () => {
    assert.equal(actor("Ghana's Fisheries and Aquaculture Minister Kofi Mensah Boateng spoke.", 'Kofi Mensah Boateng').type, 'person');
    assert.equal(actor("Malaysia's Plantation Minister Aziz Rahman Hamid spoke.", 'Aziz Rahman Hamid').role, 'Plantation Minister');
  });

  it('reads portfolio titles joined by "and"', () => {
    assert.equal(actor('Tourism and Culture Minister Leila Haddad spoke.', 'Leila Haddad').role, 'Tourism and Culture Minister');
  });

  it('attaches the second of two titles split by a comma to the name', () => {
    const a = actor('Its rapporteur, Ambassador Selam Tesfaye, presented the text.', 'Selam Tesfaye');
    assert.equal(a.role, 'Ambassador');
  });

  it('reads compound military titles as roles', () => {
    assert.equal(actor('Vice Admiral Lena Strand said the fleet was ready.', 'Lena Strand').role, 'Vice Admiral');
    assert.equal(actor('Rear Admiral Tomas Berg inspected the ships.', 'Tomas Berg').role, 'Rear Admiral');
    assert.equal(actor('Air Marshal Ravi Menon briefed lawmakers.', 'Ravi Menon').role, 'Air Marshal');
    assert.equal(actor('Major General Ana Ruiz arrived.', 'Ana Ruiz').role, 'Major General');
  });

  it('splits a leading demonym off before a title and keeps the title out of the name', () => {
    const text = 'Kazakh Finance Minister Dauren Seitkali told reporters so.';
    assert.equal(actor(text, 'Kazakh').canonical, 'Kazakhstan');
    const p = actor(text, 'Dauren Seitkali');
    assert.equal(p.role, 'Finance Minister');
  });

  it('keeps hyphen-linked compound names whole and reads portfolio advisers as titles', () => {
    const p = actor('Relief Adviser Anwar-ul-Karim visited the camps.', 'Anwar-ul-Karim');
    assert.equal(p.role, 'Relief Adviser');
    assert.equal(actor('Anwar-ul-Karim, an adviser, flew to Sylhet.', 'Anwar-ul-Karim').type, 'person');
  });

  it('does not let a party lead run through a title', () => {
    assert.equal(actor('Frente Amplio Senator Rosa Paz spoke.', 'Rosa Paz').role, 'Senator');
  });

  it('reads corporate officer titles (chief … officer) as roles, sentence-initial too', () => {
    const a = actor('Chief Operating Officer Tove Lindqvist said output would recover.', 'Tove Lindqvist');
    assert.equal(a.role, 'Chief Operating Officer');
    assert.equal(actor('Chief Executive Officer Rafael Soto left on Monday.', 'Rafael Soto').role, 'Chief Executive Officer');
    assert.equal(actor('The board thanked Chief Technology Officer Ines Marlow.', 'Ines Marlow').role, 'Chief Technology Officer');
    assert.equal(actor('Its chief financial officer, Pavel Horak, resigned.', 'Pavel Horak').role, 'chief financial officer');
    assert.equal(actor('CFO Dalia Mansour signed the accounts.', 'Dalia Mansour').role, 'CFO');
  });

  it('makes the run before a chief … officer title the company', () => {
    const text = 'Norvik Chief Financial Officer Lene Aas presented the results.';
    assert.equal(actor(text, 'Norvik').type, 'organization');
    assert.equal(actor(text, 'Lene Aas').role, 'Chief Financial Officer');
  });

  it('makes the run before a research occupation the employer, but not a one-word adjective of a people', () => {
    const text = 'Halden Research economist Priya Raman said debt would rise, and Tovstad analyst Jon Berge agreed.';
    assert.equal(actor(text, 'Halden Research').type, 'organization');
    assert.equal(actor(text, 'Priya Raman').role, 'economist');
    assert.equal(actor(text, 'Tovstad').type, 'organization');
    unmarked('Kurdish analyst Aram Saleh said the talks had stalled.', 'Kurdish');
  });

  it('makes no employer of a sentence-opening word, a place or a run without a firm\'s head before a research occupation', () => {
    for (const [text, run] of [['Regional analyst Wanjiru Kamau said turnout was low.', 'Regional'], ['Mombasa economist Otieno Were said prices rose.', 'Mombasa'],
      ['Southeast Asia analyst Lim Wei said the vote was close.', 'Southeast Asia'], ['Veteran Andes analyst Oleg Sarin said the talks stalled.', 'Veteran Andes']] as const) {
      unmarked(text, run);
      assert.equal(mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').length, 1, text);
    }
    const text = 'Lundberg Economics economist Siri Moe said the krone fell, and Vantor analyst Ivo Ruus agreed.';
    assert.equal(actor(text, 'Lundberg Economics').type, 'organization');
    assert.equal(actor(text, 'Vantor').type, 'organization');
  });

  it('reads no person in an outlet or body that a name after "the detention/killing of" modifies', () => {
    unmarked('The arrest of Voice Baltic Radio journalist Ilse Kaar drew protests.', 'Voice Baltic Radio');
    assert.equal(actor('The arrest of Voice Baltic Radio journalist Ilse Kaar drew protests.', 'Ilse Kaar').type, 'person');
    unmarked('The abduction of Open Hands Relief staff near the border was condemned.', 'Open Hands Relief');
    assert.equal(actor('The abduction of Mirela Danek Ostrova in March was condemned.', 'Mirela Danek Ostrova').type, 'person');
    assert.equal(actor('The jailing of Ruslan Teymur sparked protests.', 'Ruslan Teymur').type, 'person');
  });

  it('reads "<office>-General" titles, with a domain word before them, as roles outside the name', () => {
    const text = 'Excise Comptroller-General Bola Adeyemi said 900 trucks waited. Adeyemi said revenue fell.';
    const a = actor(text, 'Bola Adeyemi');
    assert.equal(a.role, 'Excise Comptroller-General');
    assert.equal(actor(text, 'Adeyemi').canonical, 'Bola Adeyemi');
    assert.equal(actor('Police Inspector-General Sani Danjuma ordered an inquiry.', 'Sani Danjuma').role, 'Police Inspector-General');
    assert.equal(actor('Auditor General Ruth Wambui filed her report.', 'Ruth Wambui').role, 'Auditor General');
    assert.equal(actor('Governor-General Alice Moana opened the session.', 'Alice Moana').role, 'Governor-General');
  });

  it('keeps "the Office of the <office>-General" one organisation: the office after "the" or a connector is no title', () => {
    assert.equal(actor('The Office of the Solicitor-General said it would appeal.', 'Office of the Solicitor-General').type, 'organization');
    assert.equal(actor("Fiji's Office of the Auditor-General flagged the spending.", 'Office of the Auditor-General').type, 'organization');
    assert.equal(actor('The ministry agreed but the Office of the Inspector-General of Police disagreed.', 'Office of the Inspector-General of Police').type, 'organization');
    assert.equal(actor('Customs Comptroller-General Bola Adeyemi said.', 'Bola Adeyemi').role, 'Customs Comptroller-General');
  });

  it('keeps honorifics written before a name in the role (Alhaji, Tan Sri, Dato\', Pastor, Sir)', () => {
    const text = 'Alhaji Sani Bello Kurfi, who heads the traders\' union, said fees doubled. Kurfi said more.';
    assert.equal(actor(text, 'Sani Bello Kurfi').role, 'Alhaji');
    assert.equal(actor(text, 'Kurfi').canonical, 'Sani Bello Kurfi');
    assert.equal(actor('Tan Sri Ahmad Zaki Hamzah chaired the board.', 'Ahmad Zaki Hamzah').role, 'Tan Sri');
    assert.equal(actor("Dato' Seri Lim Kok Wah spoke in Parliament.", 'Lim Kok Wah').role, "Dato' Seri");
    assert.equal(actor('Hajiya Amina Sule led the march.', 'Amina Sule').role, 'Hajiya');
    assert.equal(actor('Pastor Ade Okon urged calm.', 'Ade Okon').role, 'Pastor');
    assert.equal(actor('Sir Ian Blakewell resigned on Monday.', 'Ian Blakewell').role, 'Sir');
  });

  it('keeps an honorific word after a name word inside the name: an honorific only opens a name', () => {
    assert.equal(actor('Former chief minister Rukhsana Mufti was detained.', 'Rukhsana Mufti').role, 'Former chief minister');
    assert.equal(actor('Tariq Lone and Rukhsana Mufti met the governor.', 'Rukhsana Mufti').type, 'person');
    assert.equal(actor('Somali lawmaker Abdirahman Haji Warsame said the vote slipped.', 'Abdirahman Haji Warsame').role, 'lawmaker');
    assert.equal(actor('Chilean senator Lucia Pastor said the vote slipped.', 'Lucia Pastor').role, 'senator');
    // Any other title inside the run still starts the next mention, and an honorific still opens one.
    assert.equal(actor('Kazakh Energy Minister Daulet Serik said so.', 'Daulet Serik').role, 'Energy Minister');
    assert.equal(actor('Alhaji Bello Garba Dankano arrived.', 'Bello Garba Dankano').role, 'Alhaji');
  });

  it('reads no person in a place or body named after an honoured person', () => {
    const text = 'Patients crowded the Sir Ian Blakewell Hospital, and the Rabbi Levin Memorial Trust sent food.';
    assert.deepEqual(mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => m.text), []);
    assert.equal(actor(text, 'Rabbi Levin Memorial Trust').type, 'organization');
    unmarked('Shoppers filled Haji Lane on Sunday.', 'Haji Lane');
    // An honorific after a name word is inside the name the body takes; after a head it opens a person.
    assert.equal(actor('Donations reached the Musa Haji Dankano Foundation in Kano.', 'Musa Haji Dankano Foundation').type, 'organization');
    assert.equal(actor('Kenya Police Sir Tom Kimani said.', 'Tom Kimani').role, 'Sir');
  });

  it('does not read the name of a land before a capitalised President as a firm: it names a polity', () => {
    const text = 'Puntland President Said Abdi met the envoys.\n\nPuntland has its own forces.';
    assert.equal(actor(text, 'Said Abdi').role, 'President');
    assert.deepEqual(mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Puntland'), []);
    assert.equal(actor('BGMEA President Ana Ruiz spoke.', 'BGMEA').type, 'organization');
    // Another word before "President" is still a firm ("Petroperu President", "Nornickel President").
    assert.equal(actor('Tavrogaz President Ivan Kuzmin resigned.', 'Tavrogaz').type, 'organization');
  });
});

describe('extract: naval ranks as titles (guideline 6)', () => {
  it('keeps a commodore\'s rank in the role, out of the name', () => {
    const text = '"This was deliberate," PCG spokesman Commodore Arnel Bautista told reporters. Bautista said so.';
    assert.equal(actor(text, 'Arnel Bautista').role, 'spokesman Commodore');
    assert.equal(actor(text, 'Bautista').canonical, 'Arnel Bautista');
  });
});

describe('extract: people named in a list without a title or cue', () => {
  it('takes every name of a list of three plain two-word names as a person, and its later surnames', () => {
    const text = 'The panel approved it with Dana Whitfield, Mark Feller and Luis Ochoa opposed. Whitfield said the cap would raise costs.';
    for (const name of ['Dana Whitfield', 'Mark Feller', 'Luis Ochoa']) assert.equal(actor(text, name).type, 'person');
    assert.equal(actor(text, 'Whitfield').canonical, 'Dana Whitfield');
  });

  it('accepts a serial comma and a plural noun before the list', () => {
    const text = 'Opposition lawmakers Rafael Dizon, Carmela Uy, and Jose Villafuerte welcomed the deal.';
    for (const name of ['Rafael Dizon', 'Carmela Uy', 'Jose Villafuerte']) assert.equal(actor(text, name).type, 'person');
  });

  it('refuses a list holding an organisation head or a known name', () => {
    const persons = (text: string): string[] => mentions(text).filter((m) => m.kind === 'actor' && m.type === 'person').map((m) => m.text);
    assert.deepEqual(persons('Shares of Nordic Bank, Amber Holdings and Westport Steel fell sharply.'), []);
    assert.deepEqual(persons('Visitors from Harlow Vale, New Zealand and Port Amsel were delayed.'), []);
  });
});

describe('extract: unknown names that their neighbours make places or things (guidelines 3, 8)', () => {
  it('reads no person in a name after a place preposition, even before an apposition, but still by a possessive', () => {
    unmarked('A shell hit a clinic outside Nova Kalma, a town the army took in May.', 'Nova Kalma');
    unmarked('In Vila Marandu, the curfew was lifted on Monday.', 'Vila Marandu');
    assert.equal(actor("In Ana Gil's government, few dissent.", 'Ana Gil').type, 'person');
    // An apposition only a person takes keeps the person after a place preposition.
    assert.equal(actor('Markets lost faith in Ana Gil, who had promised cuts.', 'Ana Gil').type, 'person');
    assert.equal(actor('Confidence in Tomas Ferrer, the prime minister, fell.', 'Tomas Ferrer').type, 'person');
    // A title that opens a reporting clause is no apposition.
    unmarked('Talks were held in Vila Nunes, the minister said.', 'Vila Nunes');
    assert.equal(actor('The envoy met Ana Gil, a lawyer, in Lima.', 'Ana Gil').type, 'person');
  });

  it('keeps a capitalised place preposition that opens a sentence out of the name', () => {
    unmarked('Across Lomba Seca, who owns the land is disputed.', 'Lomba Seca');
    unmarked('Outside Nova Kalma, the army holds the roads.', 'Nova Kalma');
  });

  it('reads no person in "the" and a name, nor after "the residents of"', () => {
    unmarked('The ministry wants to speed up the Aurora Line, a 400-kilometre pipeline to the coast.', 'Aurora Line');
    unmarked('For the residents of Vila Marandu, the answer is still no.', 'Vila Marandu');
  });

  it('reads no person in a name before a place head, even after "said"', () => {
    unmarked('Officials said Alto Mira province was calm on Sunday.', 'Alto Mira');
  });
});

describe('extract: a person named before a two-word role of an organisation (guideline 6)', () => {
  it('takes ", chief executive of", ", managing director at" after a name as a person cue, not an adverb and "of"', () => {
    assert.equal(actor('Ines Arbeloa, chief executive of Veltrac Metals, which owns two smelters, said costs rose.', 'Ines Arbeloa').type, 'person');
    assert.equal(actor('Joao Meireles, managing director at Tarsis Capital, agreed.', 'Joao Meireles').type, 'person');
    unmarked('Vila Serrada, just outside of the capital, flooded.', 'Vila Serrada');
  });
});
