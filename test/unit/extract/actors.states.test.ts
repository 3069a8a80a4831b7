// States named by capitals, demonyms and coordinated country names; datelines as places; the
// article's state as the qualifier of generic institutions (guidelines 4, 7–9, 13).
// Sentences written for this file.
import assert from 'node:assert/strict';
import { actor, mentions, unmarked } from './helpers';

describe('extract: capitals, datelines and demonyms (guidelines 4, 7–9)', () => {
  it('knows a capital by its current romanisation and by the older one', () => {
    assert.equal(actor('Ulaanbaatar would not be bullied.', 'Ulaanbaatar').canonical, 'Mongolia');
    assert.equal(actor('Ulan Bator would not be bullied.', 'Ulan Bator').canonical, 'Mongolia');
  });

  it('reads a demonym counting a population as a people, not a state, and a demonym-led list party as one name', () => {
    unmarked('four municipalities of the Serb-majority north', 'Serb');
    unmarked('Russian-speaking towns voted.', 'Russian');
    assert.equal(actor('Chinese-dominated supply chains grew.', 'Chinese').canonical, 'China');
    assert.equal(actor('the Saudi-led coalition struck.', 'Saudi').canonical, 'Saudi Arabia');
    assert.equal(actor('the Serb List party, which dominates the north', 'Serb List').type, 'organization');
  });

  it('lets a capital act after recognition goes to it, in a question after an auxiliary, and in a short heading', () => {
    assert.equal(actor('Kiribati switched diplomatic recognition to Beijing in 2019.', 'Beijing').canonical, 'China');
    unmarked("The festival brought international recognition to Nairobi's tech scene.", 'Nairobi');
    assert.equal(actor('Q: Will Dhaka sign the loan before the talks conclude?', 'Dhaka').canonical, 'Bangladesh');
    assert.equal(actor('Will Smith said so.', 'Will Smith').type, 'person');
    assert.equal(actor('## Beijing Presses Lima\n\nThe embassy spoke.', 'Lima').canonical, 'Peru');
  });

  it('lets a capital that receives money, or opens a heading before its verb, act', () => {
    assert.equal(actor('Washington has committed $500 million in military financing to Manila since 2024.', 'Manila').canonical, 'Philippines');
    assert.equal(actor('Lenders extended loans to Cairo, officials said.', 'Cairo').canonical, 'Egypt');
    unmarked('Flights to Manila resumed.', 'Manila');
    // Goods carried to a city, and a place the text makes of it, stay places.
    unmarked('Trucks carrying aid to Kyiv region arrived.', 'Kyiv');
    unmarked('Lenders extended loans to Moscow-based buyers.', 'Moscow');
    assert.equal(actor('## Washington Weighs In\n\nThe talks went on.', 'Washington').canonical, 'United States');
  });

  it('treats a capital before a business noun as a place', () => {
    unmarked('A Doha fund took a stake in the port.', 'Doha');
    unmarked('The deal was signed by an Abu Dhabi conglomerate.', 'Abu Dhabi');
    assert.equal(actor('Doha rejected the offer.', 'Doha').canonical, 'Qatar');
  });

  it('reads a capital before a research or aid body as a place', () => {
    unmarked('Economists at the Institute of Rural Studies, a Kathmandu think tank, disagreed.', 'Kathmandu');
    assert.equal(actor('Kathmandu protested on Monday.', 'Kathmandu').canonical, 'Nepal');
  });

  it('lets a capital act through its possessive institution even after a preposition', () => {
    assert.equal(actor("The envoy drew a rebuke from Quito's foreign ministry.", 'Quito').canonical, 'Ecuador');
    unmarked("Crowds filled Quito's streets.", 'Quito');
  });

  it('reads a seat of government that is not the listed capital as its state, and as a place after a locative', () => {
    assert.equal(actor('Officials said The Hague would review the licences.', 'The Hague').canonical, 'Netherlands');
    assert.equal(actor('Putrajaya summoned the envoy on Tuesday.', 'Putrajaya').canonical, 'Malaysia');
    assert.equal(actor('Cotonou has asked for more patrols.', 'Cotonou').canonical, 'Benin');
    unmarked('The court in The Hague adjourned.', 'The Hague');
    unmarked('Ministers met in Dar es Salaam on Monday.', 'Dar es Salaam');
  });

  it('reads a capital after "the request of" as the state that asked, and after other "of" as a place', () => {
    assert.equal(actor('The monitors deployed at the request of Accra, officials said.', 'Accra').canonical, 'Ghana');
    assert.equal(actor('He travelled at the invitation of Hanoi.', 'Hanoi').canonical, 'Vietnam');
    unmarked('The outskirts of Accra flooded.', 'Accra');
  });

  it('leaves both cities of a two-city dateline unmarked', () => {
    unmarked('LIMA/LA PAZ — Peru and Bolivia signed a water accord.', 'LIMA');
    unmarked('OSLO/NEW DELHI — Norway and India agreed a fund.', 'OSLO');
    unmarked('LIMA/LA PAZ — Peru and Bolivia signed a water accord.', 'LA PAZ');
    unmarked('KYIV/WARSAW, June 3 (Reuters) - Talks resumed.', 'WARSAW');
    unmarked('BEIRUT/DUBAI, June 3 - Talks resumed.', 'DUBAI');
    // A slash between acronyms is no dateline.
    assert.equal(actor('MERCOSUR/EFTA talks resumed.', 'EFTA').type, 'organization');
    assert.equal(actor('LIMA/LA PAZ — Peru and Bolivia signed a water accord.', 'Bolivia').canonical, 'Bolivia');
  });

  it('reads La Paz acting for Bolivia and spells out the African Union Commission', () => {
    assert.equal(actor('La Paz rejected the request on Monday.', 'La Paz').canonical, 'Bolivia');
    unmarked('The delegates flew to La Paz on Monday.', 'La Paz');
    assert.equal(actor('The AU Commission called for calm.', 'AU Commission').canonical, 'African Union Commission');
    assert.equal(actor('Afreximbank pledged new credit lines.', 'Afreximbank').canonical, 'African Export-Import Bank');
  });

  it('treats an all-caps dateline with an apostrophe or hyphen as a place', () => {
    unmarked("PORT-AU-PRINCE — Haiti asked for help.", 'PORT');
    unmarked("N'DJAMENA — Chad closed the border.", 'DJAMENA');
  });

  it('leaves every word of an all-caps hyphenated dateline unmarked, and only a dateline', () => {
    unmarked('PORT-AU-PRINCE, Haiti — Gangs blocked the road.', 'PORT-AU-PRINCE');
    unmarked('WINSTON-SALEM, N.C. — The mayor spoke.', 'WINSTON-SALEM');
    unmarked('Talks ended.\n\nPORT-AU-PRINCE — Gangs blocked the road.', 'PORT-AU-PRINCE');
    // Known names joined to an unknown acronym outside a dateline are still names.
    assert.equal(actor('The US-UK-AUKUS deal was signed.', 'UK').canonical, 'United Kingdom');
    assert.equal(actor('The US-UK-AUKUS deal was signed.', 'US').canonical, 'United States');
  });

  it('knows the Central Asian demonyms', () => {
    assert.equal(actor('Tajik and Uzbek engineers met.', 'Tajik').canonical, 'Tajikistan');
    assert.equal(actor('Tajik and Uzbek engineers met.', 'Uzbek').canonical, 'Uzbekistan');
    assert.equal(actor('Kyrgyz farmers protested.', 'Kyrgyz').canonical, 'Kyrgyzstan');
  });

  it('does not mark a country that ends a product name after a demonym', () => {
    unmarked('Buyers paid more for Thai Hom Mali than for other grades.', 'Mali');
    assert.equal(actor('Buyers paid more for cotton from Mali this year.', 'Mali').type, 'state');
  });

  it('keeps country names apart in "A, B and the C"', () => {
    const text = 'Nauru, Palau and the Solomon Islands signed the pledge.';
    assert.equal(actor(text, 'Palau').canonical, 'Palau');
    assert.equal(actor(text, 'Solomon Islands').canonical, 'Solomon Islands');
  });
});

describe('extract: territories whose name opens with a demonym are places (guideline 8)', () => {
  it('marks neither word of "British Columbia", "French Polynesia", "American Samoa" or "Dutch Caribbean"', () => {
    const text = 'Flights from Vancouver, British Columbia, French Polynesia, American Samoa and the Dutch Caribbean resumed.';
    for (const place of ['British Columbia', 'French Polynesia', 'American Samoa', 'Dutch Caribbean']) unmarked(text, place);
    unmarked('Funds sat in the British Virgin Islands and French Guiana.', 'British Virgin Islands');
    assert.equal(actor('British officials in French Guiana said so.', 'British').canonical, 'United Kingdom');
  });

  it('marks no state in a place name a demonym opens before a kind of place, nor inside an opaque name followed by a connector', () => {
    const text = 'Smelters in Lao Cai province and the Russian Kursk region expanded. Lao exporters and Russian buyers signed.';
    unmarked(text, 'Lao Cai province');
    // A demonym that is no name of its country still marks its state before a region ("the Russian Kursk region").
    assert.equal(mentions(text).filter((m) => m.kind === 'actor' && m.text === 'Russian').length, 2);
    assert.equal(actor(text, 'Lao').canonical, 'Laos');
    const dam = 'Nairobi objected to the Grand Ugandan Unity Dam on the Nile.';
    unmarked(dam, 'Grand Ugandan Unity Dam');
    assert.equal(actor(dam, 'Nairobi').canonical, 'Kenya');
  });
});

describe("extract: the article's state qualifies generic institutions (guideline 13)", () => {
  it('qualifies generic institutions with the article\'s dominant state instead of the United States', () => {
    const text = 'Chile\'s economy grew. Chile and Peru talked.\n\nThe Constitutional Court and the Senate objected; Congress agreed.';
    assert.equal(actor(text, 'Constitutional Court').canonical, 'Constitutional Court (Chile)');
    assert.equal(actor(text, 'Senate').canonical, 'Senate (Chile)');
    assert.equal(actor(text, 'Congress').canonical, 'National Congress of Chile');
  });

  it('marks a Westminster-style chamber and qualifies it with the article\'s state', () => {
    const text = 'Australia\'s budget passed. Australia cheered.\n\nThe House of Lords and the House of Commons debated it too.';
    assert.equal(actor(text, 'House of Commons').canonical, 'House of Commons (Australia)');
    assert.equal(actor(text, 'House of Lords').canonical, 'House of Lords (Australia)');
  });

  it('weighs the headline and lead when picking the state that qualifies generic institutions', () => {
    const text = '# Malawi sets vote date\n\nLILONGWE — Malawi will vote in September.\n\nZambia, Zambia and Zambia watched; Zambian officials agreed.\n\nThe Supreme Court approved the date.';
    assert.equal(actor(text, 'Supreme Court').canonical, 'Supreme Court (Malawi)');
  });

  it('counts the dateline capital and a country\'s own institutions', () => {
    const us = 'WASHINGTON — The U.S. Senate backed aid to Ukraine. Ukraine thanked it.\n\nCongress will vote again.';
    assert.equal(actor(us, 'Congress').canonical, 'United States Congress');
    const ke = 'NAIROBI — Uganda and Tanzania sent observers.\n\nThe Supreme Court heard the petition.';
    assert.equal(actor(ke, 'Supreme Court').canonical, 'Supreme Court (Kenya)');
    // A two-city dateline: the first city, where the story was filed.
    const two = 'NAIROBI/ADDIS ABABA — Uganda and Tanzania sent observers.\n\nThe Supreme Court heard the petition.';
    assert.equal(actor(two, 'Supreme Court').canonical, 'Supreme Court (Kenya)');
  });

  it('does not qualify a generic institution whose name already names its state', () => {
    const text = 'Chile\'s economy grew. Chile and Peru talked.\n\nThe Ministry of Foreign Affairs and Peruvian Communities Abroad objected; the Ministry of Finance agreed.';
    assert.equal(actor(text, 'Ministry of Foreign Affairs and Peruvian Communities Abroad').canonical, 'Ministry of Foreign Affairs and Peruvian Communities Abroad');
    assert.equal(actor(text, 'Ministry of Finance').canonical, 'Ministry of Finance (Chile)');
  });

  it('gives no administration the country a paragraph opens with: it may be another country\'s', () => {
    const text = 'In Taiwan, officials said the Harris administration would differ.';
    assert.equal(actor(text, 'Harris administration').canonical, 'United States');
  });
});

describe('extract: departments and treasuries qualified by the article\'s state (guideline 13)', () => {
  it('qualifies a department of one portfolio and a national treasury, and names a United States department', () => {
    assert.equal(actor('MANILA — Arrivals fell, the Department of Tourism said. The Philippines agreed.', 'Department of Tourism').canonical, 'Department of Tourism (Philippines)');
    assert.equal(actor('NAIROBI — The National Treasury said Kenya would pay.', 'National Treasury').canonical, 'National Treasury (Kenya)');
    assert.equal(actor('WASHINGTON — The Department of Energy said the United States would act.', 'Department of Energy').canonical, 'United States Department of Energy');
    assert.equal(actor('MANILA — The Department of Budget and Management said the Philippines would pay.', 'Department of Budget and Management').canonical, 'Department of Budget and Management');
    assert.equal(actor("LIMA — Peru's protests grew, the Ombudsman's Office said.", "Ombudsman's Office").canonical, "Ombudsman's Office (Peru)");
  });
});

describe('extract: camps, forts and parts of a capital are places (guidelines 3, 8)', () => {
  it('reads "Camp X" and "Fort X" as places, and a capital after "central" or "downtown" and a place preposition as a place', () => {
    unmarked('The ministers met at Camp Crame, the police headquarters.', 'Camp Crame');
    unmarked('Troops left Fort Liberty on Monday.', 'Fort Liberty');
    unmarked('Thousands marched through central Nairobi on Sunday.', 'Nairobi');
    unmarked('Shops in downtown Lima stayed shut.', 'Lima');
    assert.equal(actor('Lima said on Sunday it would appeal.', 'Lima').canonical, 'Peru');
  });
});

describe('extract: a capital that a state aligns toward acts (guideline 8)', () => {
  it('reads a capital after "drifting toward", "a pivot to" or "a tone toward" as its state, after "flew to" or "pushed closer to" as a place', () => {
    assert.equal(actor('Critics accuse the party of drifting toward Moscow.', 'Moscow').type, 'state');
    assert.equal(actor('The pivot to Beijing worried allies.', 'Beijing').canonical, 'China');
    assert.equal(actor('The government tilted toward Ankara last year.', 'Ankara').canonical, 'Türkiye');
    assert.equal(actor('She has kept a cooler tone toward Canberra than her predecessor.', 'Canberra').canonical, 'Australia');
    unmarked('The road toward Canberra was closed.', 'Canberra');
    unmarked('He flew to Moscow on Monday.', 'Moscow');
    // Movement in space is no alignment.
    unmarked('Rebel forces pushed closer to Kigali on Tuesday.', 'Kigali');
  });
});

describe('extract: capitals and countries written without their accents (guidelines 7, 8)', () => {
  it('reads "Chisinau", "Bogota" and "Turkiye" as the data\'s "Chișinău", "Bogotá" and "Türkiye"', () => {
    assert.equal(actor('Chisinau rejected the offer on Monday.', 'Chisinau').canonical, 'Moldova');
    assert.equal(actor('Bogota and Quito agreed.', 'Bogota').canonical, 'Colombia');
    assert.equal(actor('Exports to Turkiye rose.', 'Turkiye').canonical, 'Türkiye');
    // A short folded word may be English ("Male" for "Malé"), and a country's own-language names stay as written.
    unmarked('Male voters backed the plan.', 'Male');
    // "Bharat" is no state inside a company's name ("Biotech" makes the company).
    assert.deepEqual(mentions('Bharat Biotech supplied the vaccine.').map((m) => [m.text, m.kind === 'actor' ? m.type : m.kind]), [['Bharat Biotech', 'organization']]);
  });

  it('reads a continental region named with America as a place, not the United States', () => {
    unmarked('Coffee buyers in Latin America paid more this season.', 'Latin America');
    unmarked('The airline added routes to South America and Central America.', 'South America');
    unmarked('The airline added routes to South America and Central America.', 'Central America');
    unmarked('Steel mills across North America cut shifts.', 'North America');
    assert.equal(actor('America raised its tariffs on steel.', 'America').canonical, 'United States');
  });
});

describe('extract: a governing movement\'s administration and a capital passed by (guidelines 8, 10)', () => {
  it('reads "<movement> administration" as one state span, the country in the possessive or the one it governs', () => {
    const text = "Tajikistan wrote to Afghanistan's Taliban administration on Monday.";
    assert.deepEqual([actor(text, 'Taliban administration').type, actor(text, 'Taliban administration').canonical], ['state', 'Afghanistan']);
    assert.equal(actor(text, 'Afghanistan').type, 'state');
    const bare = 'Qari Yusuf, the Taliban administration\'s deputy spokesman, denied it.';
    assert.deepEqual([actor(bare, 'Taliban administration').type, actor(bare, 'Taliban administration').canonical], ['state', 'Afghanistan']);
    // The movement alone stays an organisation; another known body before "administration" with no country stays one.
    assert.equal(actor('The Taliban rejected the request.', 'Taliban').type, 'organization');
    assert.equal(actor('The NATO administration cut staff.', 'NATO').type, 'organization');
  });

  it('reads a capital after a verb of passing or entering as a place', () => {
    unmarked('Most of the river that passes Vientiane, they said, is used downstream.', 'Vientiane');
    unmarked('Rebel columns entered Bangui at dawn.', 'Bangui');
    unmarked('The new ring road bypasses Hanoi to the west.', 'Hanoi');
    // The capital still acts as the subject, or as the receiver before an object.
    assert.equal(actor('Vientiane passed the law on Monday.', 'Vientiane').canonical, 'Laos');
    assert.equal(actor('Washington passed Beijing a note.', 'Beijing').canonical, 'China');
  });
});
