// Currencies, units and per-unit prices (guidelines 14, 21). Sentences written for this file.
import assert from 'node:assert/strict';
import { figure, mentions, unmarked } from './helpers';

describe('extract: currencies (guidelines 14, 21)', () => {
  it('reads Gulf currency prefixes and a capitalised Mtpa', () => {
    const f = figure('The fund pledged SR 9 billion for the smelter.', 'SR 9 billion');
    assert.deepEqual([f.type, f.value, f.unit], ['money', 9e9, 'SAR']);
    assert.equal(figure('Doha offered QR 500 million.', 'QR 500 million').unit, 'QAR');
    assert.equal(figure('The plant will make 2.4 Mtpa of ammonia.', '2.4 Mtpa').value, 2.4e6);
  });

  it('reads lettered currency prefixes and more currency words', () => {
    const tk = figure('The cabinet released Tk 720 crore for embankments.', 'Tk 720 crore');
    assert.deepEqual([tk.type, tk.value, tk.unit], ['money', 7.2e9, 'BDT']);
    assert.equal(figure('Each family will receive 250,000 drams in aid.', '250,000 drams').unit, 'AMD');
    assert.equal(figure('The fine was set at 40,000 bolivianos.', '40,000 bolivianos').unit, 'BOB');
    assert.equal(figure('Coffee growers earned 900 quetzales a month.', '900 quetzales').unit, 'GTQ');
  });

  it('reads the sol prefix, special drawing rights and an ambiguous SR by the country in the text', () => {
    const sol = figure('Lima set aside S/ 120 million for canals.', 'S/ 120 million');
    assert.deepEqual([sol.type, sol.value, sol.unit], ['money', 1.2e8, 'PEN']);
    const sdr = figure('The fund approved SDR 2.5 billion for the region.', 'SDR 2.5 billion');
    assert.deepEqual([sdr.type, sdr.value, sdr.unit], ['money', 2.5e9, 'XDR']);
    assert.equal(mentions('The fund approved SDR 2.5 billion for the region.').filter((m) => m.kind === 'actor').length, 0);
    assert.equal(figure('Seychelles collected SR 40 million from port dues.', 'SR 40 million').unit, 'SCR');
    assert.equal(figure('Saudi Arabia spent SR 40 million on the stadium.', 'SR 40 million').unit, 'SAR');
  });

  it('reads soles, so\'m and CFA francs as money and never marks "CFA" as an actor', () => {
    assert.equal(figure('Fares rose to 4.10 soles.', '4.10 soles').unit, 'PEN');
    assert.equal(figure("Tashkent raised 3 trillion so'm.", "3 trillion so'm").unit, 'UZS');
    const text = 'Dakar pays 600 CFA francs for it; the CFA franc is stable.';
    assert.equal(figure(text, '600 CFA francs').unit, 'XOF');
    unmarked(text, 'CFA franc is');
  });
});

describe('extract: units and per-unit prices (guidelines 14, 21)', () => {
  it('reads energy units in their own casing, carats, and per-units after a slash or per quintal', () => {
    assert.equal(figure('The dam will add 18 TWh a year.', '18 TWh').unit, 'TWh');
    assert.equal(figure('Households use 250 kWh a month.', '250 kWh').unit, 'kWh');
    assert.equal(figure('The mine sold 2 million carats.', '2 million carats').type, 'quantity');
    assert.equal(figure('Maize fetched 2,100 rupees per quintal.', '2,100 rupees per quintal').unit, 'INR/quintal');
    assert.equal(figure('Barley traded at 245 euros/tonne in Rouen.', '245 euros/tonne').unit, 'EUR/tonne');
  });

  it('reads a flow in cubic metres per second and a price per cubic metre or per kilo', () => {
    const flow = figure('The canal carries 12 cubic metres per second in April.', '12 cubic metres per second');
    assert.deepEqual([flow.type, flow.unit], ['quantity', 'cubic metres per second']);
    assert.equal(figure('Irrigators pay Bs 0.25 per cubic metre for river water.', 'Bs 0.25 per cubic metre').unit, 'BOB/cubic metre');
    assert.equal(figure('Quinoa sold at $4.10 a kilo in the market.', '$4.10 a kilo').unit, 'USD/kg');
  });

  it('prices per rai, acre or hectare keep the land unit', () => {
    assert.equal(figure('Growers were offered 7,200 baht a rai for flooded paddy.', '7,200 baht a rai').unit, 'THB/rai');
    assert.equal(figure('Land sold for $3,100 per acre last season.', '$3,100 per acre').unit, 'USD/acre');
  });

  it('gives a price and its bracketed conversion the per-unit after the bracket', () => {
    const text = 'Millers paid 18,700 baht ($560) per tonne for white rice.';
    assert.equal(figure(text, '18,700 baht').unit, 'THB/tonne');
    assert.equal(figure(text, '$560').unit, 'USD/tonne');
  });
});

describe('extract: units that collide with currencies (guideline 21)', () => {
  it('reads pounds of a good as weight and pounds of money nouns as sterling', () => {
    const pork = figure('Mexico bought 2.1 billion pounds of U.S. pork last year.', '2.1 billion pounds');
    assert.deepEqual([pork.type, pork.value, pork.unit], ['quantity', 2.1e9, 'lb']);
    assert.equal(figure('Dealers sold 44 pounds of shortening for £24.', '44 pounds').unit, 'lb');
    const debt = figure('The Treasury issued 20 billion pounds of debt in March.', '20 billion pounds');
    assert.deepEqual([debt.type, debt.unit], ['money', 'GBP']);
    assert.equal(figure('Britain lost 3 billion pounds of British exports.', '3 billion pounds').unit, 'GBP');
    assert.equal(figure('The grant was worth 40 million pounds.', '40 million pounds').unit, 'GBP');
  });

  it('gives a price per pound of weight the unit lb', () => {
    assert.equal(figure('Copper traded at $4.20 a pound on Friday.', '$4.20 a pound').unit, 'USD/lb');
  });

  it('keeps tons apart from metric tonnes', () => {
    assert.equal(figure('The cap is 3.5 million tons a year.', '3.5 million tons').unit, 'tons');
    assert.equal(figure('Exports reached 12,000 metric tons in May.', '12,000 metric tons').unit, 'tonnes');
    assert.equal(figure('The smelter shipped 800 tonnes in May.', '800 tonnes').unit, 'tonnes');
  });

  it('reads cents and pence as hundredths of their currency, with a per-unit', () => {
    const cents = figure('Cotton costs 82 cents a pound in Dhaka.', '82 cents a pound');
    assert.deepEqual([cents.type, cents.value, cents.unit], ['money', 0.82, 'USD/lb']);
    const pence = figure('The cut takes off no more than 4p a litre at the pump.', '4p a litre');
    assert.deepEqual([pence.type, pence.value, pence.unit], ['money', 0.04, 'GBP/litre']);
    assert.deepEqual(figure('Stamps rose by 15 pence last year.', '15 pence').value, 0.15);
  });

  it('reads a price per million British thermal units as one span with no state in it', () => {
    const text = 'The cargo was priced at $8 per million British thermal units in Tokyo.';
    const gas = figure(text, '$8 per million British thermal units');
    assert.deepEqual([gas.value, gas.unit], [8, 'USD/MMBtu']);
    assert.ok(!mentions(text).some((m) => m.kind === 'actor' && m.text === 'British'));
  });
});

describe('extract: energy prices and headline figures (guidelines 14, 21)', () => {
  it('reads an energy price written out, hyphenated or abbreviated as the quantity unit', () => {
    const out = figure('Power averaged €89 per megawatt hour in May.', '€89 per megawatt hour');
    assert.deepEqual([out.value, out.unit], [89, 'EUR/MWh']);
    assert.deepEqual(figure('Traders paid 10 to 15 euros per megawatt-hour.', '10 to 15 euros per megawatt-hour').value, [10, 15]);
    assert.equal(figure('Households pay $0.30 a kilowatt hour.', '$0.30 a kilowatt hour').unit, 'USD/kWh');
    assert.equal(figure('Power cost €95 per MWh in May.', '€95 per MWh').unit, 'EUR/MWh');
    // A time is no priced unit: "per hour" stays outside.
    assert.equal(figure('Wages rose to $15 per hour.', '$15').unit, 'USD');
  });

  it('reads title-case scale and percent words in headlines', () => {
    const f = figure('# TotalEnergies Restarts $20 Billion Gas Project', '$20 Billion');
    assert.deepEqual([f.value, f.unit], [2e10, 'USD']);
    assert.deepEqual([figure('# Inflation Hits 200 Percent', '200 Percent').value, figure('# Inflation Hits 200 Percent', '200 Percent').unit], [200, '%']);
  });
});

describe('extract: plain-letter currency prefixes, per-item prices and hyphenated fractions (guidelines 14, 17, 21)', () => {
  it('reads the naira written as a plain N before an amount only money takes', () => {
    const bn = figure('Lagos state borrowed N250 billion for the rail line.', 'N250 billion');
    assert.deepEqual([bn.type, bn.value, bn.unit], ['money', 2.5e11, 'NGN']);
    assert.equal(figure('Each bag now costs N45,000 at the market.', 'N45,000').unit, 'NGN');
    // A capital N before a bare number names a thing: masks, roads, models.
    unmarked('Nurses asked for N95 masks on the N2 road.', 'N95');
    unmarked('Nurses asked for N95 masks on the N2 road.', 'N2');
  });

  it('reads a CFA prefix as the CFA franc, chosen by the countries in the text', () => {
    const west = figure('Senegal raised CFA 80 billion on the regional market.', 'CFA 80 billion');
    assert.deepEqual([west.type, west.value, west.unit], ['money', 8e10, 'XOF']);
    assert.equal(figure('Cameroon raised CFA 80 billion on the regional market.', 'CFA 80 billion').unit, 'XAF');
    // Before a bare number "CFA" is no currency ("a CFA 2019 charter").
    assert.ok(!mentions('She holds a CFA 2019 charter.').some((m) => m.kind === 'figure'));
  });

  it('counts a part of a whole by the whole\'s plural noun ("two of the country\'s largest ports")', () => {
    assert.equal(figure('The group runs three of the region\'s biggest oil refineries.', 'three').unit, 'oil refineries');
    assert.equal(figure('Two of its banks failed.', 'Two').unit, 'banks');
    // A word ending in "ty" after "of the" is no number ("the party's", "the city's"; "the twenty" is).
    assert.equal(figure("Two of the party's leaders quit.", 'Two').unit, 'leaders');
    assert.ok(!mentions('Three of the majority voted.').some((m) => m.kind === 'figure'));
    // "one of the" is an idiom (guideline 19), and a number after "of the" counts on its own.
    assert.ok(!mentions('One of the largest ports closed.').some((m) => m.kind === 'figure'));
    assert.deepEqual(mentions('She won two of the three races.').map((m) => m.kind === 'figure' ? m.unit : ''), ['races', 'races']);
  });

  it('skips a quantifier and a demonym before the counted noun, reads energy in watt-hours, and counts "the number of <nouns> to N"', () => {
    assert.equal(figure('Beijing cleared 12 more Argentine meatpacking plants.', '12').unit, 'meatpacking plants');
    const kwh = figure('The swap supplies 1.8 billion kilowatt-hours a year.', '1.8 billion kilowatt-hours');
    assert.deepEqual([kwh.type, kwh.value, kwh.unit], ['quantity', 1.8e9, 'kWh']);
    assert.equal(figure('Output reached 40 megawatt hours.', '40 megawatt hours').unit, 'MWh');
    assert.equal(figure('Lima hopes to lift the number of licensed fishing boats to 900 by May.', '900').unit, 'boats');
  });

  it('gives a shared currency word the dateline\'s state, and the leu and lei the country the article names most', () => {
    // The neighbour is named more often than the state; the story is filed from the capital whose pesos these are.
    const text = 'SANTIAGO — Chile and Argentina disagreed.\n\nArgentina objected again.\n\nThe government expects 900 billion pesos a year.';
    assert.equal(figure(text, '900 billion pesos').unit, 'CLP');
    // A tie between the dateline and a state the lead names once goes to the dateline, as for the dominant state.
    const tie = 'SANTIAGO — Argentina\'s president met officials on Friday.\n\nThe government expects to spend 1.4 trillion pesos.';
    assert.equal(figure(tie, '1.4 trillion pesos').unit, 'CLP');
    const lei = 'Moldova has set aside 1.2 billion lei. Moldova and Romania agreed, Moldova said.';
    assert.equal(figure(lei, '1.2 billion lei').unit, 'MDL');
    assert.equal(figure('Romania will spend 3 billion lei on roads.', '3 billion lei').unit, 'RON');
  });

  it('gives a price per trip, ticket or visa its per-item unit, but not an allowance per household', () => {
    assert.equal(figure('Ferry operators charge 1,200 shillings per crossing.', '1,200 shillings per crossing').unit, 'KES/crossing');
    assert.equal(figure('The consulate now asks $185 a visa.', '$185 a visa').unit, 'USD/visa');
    assert.equal(figure('Families will get 2,000 pesos per household.', '2,000 pesos').unit, 'MXN');
    // An item that modifies a noun after it is no per-unit ("per visa applicant").
    assert.equal(figure('The fee is $9,000 per visa applicant.', '$9,000').unit, 'USD');
  });

  it('counts a people named by faith or ethnicity as the noun, like a demonym plural', () => {
    assert.equal(figure('The province is home to 300,000 Hazaras.', '300,000').unit, 'Hazaras');
    assert.equal(figure('Nearly 900,000 Rohingya remain in the camps.', '900,000').unit, 'Rohingya');
  });

  it('reads a hyphenated fraction before a noun as a share', () => {
    const f = figure('The bill needs a two-thirds majority in the Senate.', 'two-thirds');
    assert.deepEqual([f.type, f.value, f.unit], ['percent', 66.67, '%']);
    assert.equal(figure('The state kept a three-quarters stake in the bank.', 'three-quarters').value, 75);
    assert.equal(figure('The fund bought a one-third stake in the port.', 'one-third').value, 33.33);
  });
});

describe('extract: percent ranges with both signs, degree adjectives and nouns after an acronym (guidelines 16, 19, 21)', () => {
  it('reads "between 5.5% and 10%" and "3%-5%" as one range', () => {
    assert.deepEqual(figure('The levy will range between 2.5% and 7% of sales.', '2.5% and 7%').value, [2.5, 7]);
    assert.deepEqual(figure('Rates sat at 3%-5% last year.', '3%-5%').value, [3, 5]);
    // Without "between", "and" joins two figures; after "from", or falling, the two ends are a change, two figures.
    assert.equal(figure('Support was 40% and 12% opposed.', '12%').value, 12);
    assert.equal(figure('The board cut the levy from 2% to 1.5% on Monday.', '1.5%').value, 1.5);
    assert.equal(figure('Inflation rose from 3% to 5% in May.', '3%').value, 3);
  });

  it('skips a comparative or superlative before the counted noun', () => {
    assert.equal(figure('Manila will receive four older patrol boats.', 'four').unit, 'patrol boats');
    assert.equal(figure('Auditors will visit the five largest refineries.', 'five').unit, 'refineries');
  });

  it('counts a noun with no -s form after an acronym ("3,000 AFP personnel")', () => {
    assert.equal(figure('The drill involves 2,500 NATO personnel.', '2,500').unit, 'personnel');
  });
});


describe('extract: country-code currency signs, accented currency words, units in their normal casing and coordinated adjectives (guidelines 14, 15, 21)', () => {
  it('reads two ISO country letters against a dollar, cent or cedi sign as that country\'s currency, with no actor in it', () => {
    const gh = figure('The board raised GH¢4.5 billion from local lenders.', 'GH¢4.5 billion');
    assert.deepEqual([gh.type, gh.value, gh.unit], ['money', 4.5e9, 'GHS']);
    assert.equal(figure('Farmers will get GH₵61,000 a tonne.', 'GH₵61,000 a tonne').unit, 'GHS/tonne');
    assert.equal(figure('The ministry paid GY$1.9 billion to lawyers.', 'GY$1.9 billion').unit, 'GYD');
    assert.equal(figure('Port of Spain set aside TT$75 million.', 'TT$75 million').unit, 'TTD');
    assert.equal(figure('The loan is worth FJ$30 million.', 'FJ$30 million').unit, 'FJD');
    assert.ok(!mentions('The board raised GH¢4.5 billion from local lenders.').some((m) => m.kind === 'actor' && m.text === 'GH'));
    // Letters that are no country's, and the euro's letters, make no currency.
    assert.ok(!mentions('Bidders offered QQ$40 million.').some((m) => m.kind === 'figure' && m.type === 'money'));
    assert.ok(!mentions('Bidders offered EU$40 million.').some((m) => m.kind === 'figure' && m.type === 'money'));
  });

  it('reads a currency word with or without its accents', () => {
    const ves = figure('The official rate passed 310 bolívars to the dollar.', '310 bolívars');
    assert.deepEqual([ves.type, ves.value, ves.unit], ['money', 310, 'VES']);
    assert.equal(figure('A kilo of rice costs 90 bolivar.', '90 bolivar').unit, 'VES');
    assert.equal(figure('The fee is 8,000 guaraníes.', '8,000 guaraníes').unit, 'PYG');
    assert.equal(figure('The fee is 8,000 guaranies.', '8,000 guaranies').unit, 'PYG');
    assert.equal(figure('Bus fares rose to 25 cordobas.', '25 cordobas').unit, 'NIO');
  });

  it('reads a unit written in its own normal casing and voltages ("400-kV", "300 kW")', () => {
    const kv = figure('A new 220-kV line links the two grids.', '220-kV');
    assert.deepEqual([kv.type, kv.value, kv.unit], ['quantity', 220, 'kV']);
    assert.equal(figure('The 765 kilovolt link opened.', '765 kilovolt').unit, 'kV');
    assert.equal(figure('Each roof carries a 150 kW array.', '150 kW').unit, 'kW');
    assert.equal(figure('The cells give 12 volts.', '12 volts').unit, 'volts');
  });

  it('counts "N of them" by the noun of the sentence\'s last count, past figures of other kinds', () => {
    const text = 'The regulator licensed five new plants totalling 900 megawatts, two of them owned by foreign firms.';
    assert.deepEqual([figure(text, 'two').type, figure(text, 'two').unit], ['count', 'plants']);
    assert.equal(figure('The firm runs 9 mines, 4 of them in the south.', '4').unit, 'mines');
    // No count with a noun in the same sentence: no figure.
    assert.ok(!mentions('The port has 12 cranes. Three of them are idle.').some((m) => m.kind === 'figure' && m.text === 'Three'));
  });

  it('skips a pair of adjectives joined by "and" or "or" before the counted noun', () => {
    assert.equal(figure('The loan came from 11 international and local banks.', '11').unit, 'banks');
    assert.equal(figure('Officials inspected six new or upgraded plants.', 'six').unit, 'plants');
    // Two counts, each with its own adjective, stay apart.
    assert.equal(figure('The fleet has 5 naval and 3 coastal ships.', '3').unit, 'ships');
    assert.equal(figure('We saw 10 trucks and local buses.', '10').unit, 'trucks');
  });
});

describe('extract: shared currency words named by their sentence, hyphenated units of several words, quantifiers before a measure and numbered names (guidelines 14, 15, 19, 21)', () => {
  it('takes a shared currency word\'s country from the one state its sentence names, else from the article', () => {
    const text = 'SANTIAGO — Chile and Chile signed.\n\nThe ministry set aside 1.2 trillion pesos for the Argentine section. Chile will pay 3 billion pesos. Chile will pay Argentina 4 billion pesos.';
    assert.equal(figure(text, '1.2 trillion pesos').unit, 'ARS');
    assert.equal(figure(text, '3 billion pesos').unit, 'CLP');
    // Two states whose currency is a candidate: the article decides.
    assert.equal(figure(text, '4 billion pesos').unit, 'CLP');
    assert.equal(figure('Denmark signed. Denmark agreed. Britain pledged £28 million and Norway 350 million kroner.', '350 million kroner').unit, 'NOK');
  });

  it('reads a unit of several words written hyphenated as a modifier ("200-nautical-mile")', () => {
    const eez = figure('The reef lies inside the 200-nautical-mile exclusive economic zone.', '200-nautical-mile');
    assert.deepEqual([eez.type, eez.value, eez.unit], ['quantity', 200, 'nautical miles']);
    assert.equal(figure('A 50-square-kilometre site was cleared.', '50-square-kilometre').unit, 'square km');
    assert.equal(figure('The park covers 30 square miles.', '30 square miles').unit, 'square miles');
    // A unit of one word stays as it was.
    assert.equal(figure('A 12-mile limit applies.', '12-mile').unit, 'miles');
  });

  it('skips a measure after a quantifier before the counted noun ("five more 97-metre patrol vessels")', () => {
    assert.equal(figure('Tokyo will supply five more 97-metre patrol vessels.', 'five').unit, 'patrol vessels');
    assert.equal(figure('They will build three more 300-megawatt turbines.', 'three').unit, 'turbines');
    assert.equal(figure('They will build three more turbines.', 'three').unit, 'turbines');
  });

  it('leaves a capitalised number word inside a name unmarked ("World War Two-era", "Formula One")', () => {
    unmarked('It is a rusting World War Two-era ship.', 'Two');
    unmarked('He watched the Formula One races.', 'One');
    // After a lower-case word, or at a sentence's start, a count.
    assert.deepEqual(mentions('The navy sent Two ships. Two ships sailed.').filter((m) => m.kind === 'figure').map((m) => m.text), ['Two', 'Two']);
    assert.equal(figure('Japan sent two ships.', 'two').unit, 'ships');
  });
});

describe('figures: the limits of the shared-currency, "of them", country-sign and unit rules', () => {
  it('takes no currency from a state the money goes to or comes from', () => {
    const text = 'LONDON — British exporters were pleased. Exports to Egypt rose to 3 billion pounds last year.';
    assert.equal(figure(text, '3 billion pounds').unit, 'GBP');
  });

  it('counts "N of them" by no noun past a nearer count without one', () => {
    const text = 'The clashes left 40 dead and 12 wounded, two of them children.';
    assert.ok(!mentions(text).some((m) => m.kind === 'figure' && m.text === 'two' && m.unit === 'dead'));
  });

  it('reads a cent sign after letters as the cedi only after Ghana\'s, and a capitalised unit that names things as no unit', () => {
    assert.ok(!mentions('Sales fell US¢50 per share.').some((m) => m.kind === 'figure' && m.unit === 'USD'));
    assert.equal(figure('Chevrolet sold 2,000 Volts.', '2,000').type, 'count');
    assert.equal(figure('a 220 volt supply', '220 volt').unit, 'volts');
  });
});

describe('extract: mixed-case currency names, "an" before a priced unit, container units and parts of a bare whole (guidelines 14, 15, 18, 21)', () => {
  it('reads a currency name in its own casing before or after the amount', () => {
    const after = figure('The note changed hands at 27.4 ZiG to the dollar in Bulawayo.', '27.4 ZiG');
    assert.deepEqual([after.type, after.value, after.unit], ['money', 27.4, 'ZWG']);
    const before = figure('Harare will spend ZiG 3.5 billion on clinics.', 'ZiG 3.5 billion');
    assert.deepEqual([before.type, before.value, before.unit], ['money', 3.5e9, 'ZWG']);
    // Another casing is no currency name: the number stays a plain count.
    assert.equal(figure('The zig 40 route was closed.', '40').type, 'count');
    assert.ok(!mentions('Prices in ZiG terms rose 4%.').some((m) => m.kind === 'figure' && m.unit === 'ZWG'));
  });

  it('takes "an" before a priced unit like "a", and leaves an unlisted unit outside', () => {
    const f = figure('Platinum traded near $1,600 an ounce on Friday.', '$1,600 an ounce');
    assert.deepEqual([f.type, f.value, f.unit], ['money', 1600, 'USD/ounce']);
    assert.equal(figure('Growers sold land at $9,000 an acre.', '$9,000 an acre').unit, 'USD/acre');
    assert.equal(figure('Consultants bill $300 an hour.', '$300').unit, 'USD');
  });

  it('reads twenty-foot equivalent units written out or abbreviated as TEU', () => {
    const f = figure('Antwerp moved 12.5 million twenty-foot equivalent units (TEU) last year.', '12.5 million twenty-foot equivalent units');
    assert.deepEqual([f.type, f.value, f.unit], ['quantity', 12.5e6, 'TEU']);
    assert.equal(figure('The new ships carry 24,000 TEUs each.', '24,000 TEUs').unit, 'TEU');
    assert.equal(figure('Jebel Ali handled 15 million TEU.', '15 million TEU').unit, 'TEU');
    // A twenty-foot box on its own is still a measure in feet.
    assert.equal(figure('A twenty-foot container fell overboard.', 'twenty-foot').unit, 'feet');
  });

  it('gives a part "of" a bare number the whole\'s noun, with or without a determiner', () => {
    const text = 'The fund will name two of nine directors and hold three of the 11 seats.';
    assert.deepEqual([figure(text, 'two').unit, figure(text, 'nine').unit], ['directors', 'directors']);
    assert.deepEqual([figure(text, 'three').unit, figure(text, '11').unit], ['seats', 'seats']);
    // A bare number word with no number after "of" stays unmarked.
    unmarked('The two of us agreed.', 'two');
  });

  it('skips adjectives of order in time before the counted noun', () => {
    assert.equal(figure('Five earlier ceasefires along the border collapsed.', 'Five').unit, 'ceasefires');
    assert.equal(figure('The court rejected two prior appeals.', 'two').unit, 'appeals');
  });
});

describe('figures: "N of M" without a determiner', () => {
  it('counts the noun after a plain number, not after a year', () => {
    assert.equal(figure('QIA took two of nine seats on the board.', 'two').unit, 'seats');
    assert.ok(!mentions("Four of 2023's top ten firms failed.").some((m) => m.kind === 'figure' && m.text === 'Four'));
  });
});

describe('extract: currency words of the country data and power per-units (guidelines 14, 21)', () => {
  it('reads the currency words of states that have a word of their own', () => {
    const riel = figure('Phnom Penh set aside 2.4 trillion riel for the dikes.', '2.4 trillion riel');
    assert.deepEqual([riel.type, riel.value, riel.unit], ['money', 2.4e12, 'KHR']);
    assert.equal(figure('Vientiane owes 80 billion kip to builders.', '80 billion kip').unit, 'LAK');
    assert.equal(figure('Tirana paid 3 billion lek for the port.', '3 billion lek').unit, 'ALL');
    assert.equal(figure('Port-au-Prince raised 900 million gourdes.', '900 million gourdes').unit, 'HTG');
    assert.equal(figure('Nouakchott budgeted 40 billion ouguiyas.', '40 billion ouguiyas').unit, 'MRU');
    // A word shared by two states takes the one the text names.
    assert.equal(figure('Malawi printed 60 billion kwacha last year.', '60 billion kwacha').unit, 'MWK');
    assert.equal(figure('Zambia printed 60 billion kwacha last year.', '60 billion kwacha').unit, 'ZMW');
    // Without a number before it the word is no money.
    unmarked('The minister took a kip before the riel debate.', 'kip');
  });

  it('normalises a written-out power unit, alone or joined to a time unit, as the per-unit of a price', () => {
    const f = figure('The tariff stood at $21.40 per kilowatt-month until December.', '$21.40 per kilowatt-month');
    assert.deepEqual([f.type, f.value, f.unit], ['money', 21.4, 'USD/kW-month']);
    const r = figure('Lenders want $11 to $13 per kilowatt-month next year.', '$11 to $13 per kilowatt-month');
    assert.deepEqual([r.value, r.unit], [[11, 13], 'USD/kW-month']);
    assert.equal(figure('Capacity fetched €45 per megawatt-year at auction.', '€45 per megawatt-year').unit, 'EUR/MW-year');
    assert.equal(figure('Power cost €92 per megawatt hour in May.', '€92 per megawatt hour').unit, 'EUR/MWh');
    assert.equal(figure('Homes paid $0.14 per kilowatt-hour.', '$0.14 per kilowatt-hour').unit, 'USD/kWh');
    // "of capacity" is no time unit: the price is per kilowatt.
    assert.equal(figure('Panels cost $900 per kilowatt of capacity.', '$900 per kilowatt').unit, 'USD/kW');
    // A bare "watt" is no listed measure.
    assert.equal(figure('Cells sold at $2 per watt-peak in the tender.', '$2').unit, 'USD');
  });
});
