// Generic institutions: names that need a country ("Supreme Court") and the legislatures called "Congress".

export const GENERIC_ORG = /^(?:Ministry|Department|Office|Chamber|Parliament|Senate|Cabinet|Embassy|Treasury|National (?:Assembly|Treasury|Security Council|Congress)|Supreme Court|Constitutional Court|Central Bank|Foreign|Defen[cs]e|Finance|Trade|Interior|Justice|Health|Energy|Economy|Federal Reserve|Commerce|Industry|Agriculture|Education|Environment|Labou?r|Transport|Petroleum|Oil|Mining|Information|Home|Communications)\b/;

/**
 * Legislatures and chambers named by a bare name several countries share ("Parliament", "National Assembly", "House of
 * Commons"): generic institutions (GENERIC_INSTITUTION), and what a speaker addresses (actors/personCountry.ts).
 */
export const BARE_LEGISLATURES: readonly string[] = ['Parliament', 'National Assembly', 'National Congress', 'Congress', 'Senate', 'Chamber of Deputies',
  'Council of Representatives', 'House of Representatives', 'House of Commons', 'House of Lords', 'House of Councillors', 'House of Assembly'];

/**
 * Institutions whose bare name is generic: they take the article's dominant state as qualifier (guideline 13). A
 * department or directorate of one portfolio is generic ("Department of Tourism", "Directorate of Fisheries", "Department of National
 * Defense", one noun and its adjective); one of several is its country's own ("Department of
 * Budget and Management").
 */
export const GENERIC_INSTITUTION = new RegExp(String.raw`^(?:Ministry of [\p{L} ,]+|(?:Department|Directorate) of (?:(?:National|Public|Foreign|Home|Social|Agrarian|Natural|Civil|Rural|Local|Higher) )?\p{L}+|(?:Foreign|Finance|Defen[cs]e|Interior|Justice|Health|Energy|Trade|Economy) Ministry|Foreign Office|${BARE_LEGISLATURES.join('|')}|(?:Assembly|Chamber|Council|House) of (?:Representatives|Deputies)|Cabinet|Council of Ministers|Supreme Court|Constitutional Court|Constitutional Council|High Court|Court of Auditors|Court of Accounts|Audit Court|Council of State|Central Bank|National Bank|Electoral Commission|National Electoral Commission|Election Commission|Electoral Tribunal|National Police|Armed Forces|National Security Council|Presidency|Treasury|National Treasury|Ombudsman|Ombudsman's Office|Office of the Ombudsman|(?:National |General |Central |Federal )?Statistics Office|(?:National|Central) Statistical Office|National (?:Bureau|Institute) of Statistics|National Statistic(?:s|al) Institute)$`, 'u');

/** Legislatures named "Congress" whose own full name is the canonical. */
export const CONGRESS_NAMES: Readonly<Record<string, string>> = {
  Peru: 'Congress of the Republic of Peru', Colombia: 'Congress of Colombia', Guatemala: 'Congress of the Republic of Guatemala',
  Chile: 'National Congress of Chile', Brazil: 'National Congress (Brazil)', Argentina: 'Argentine National Congress', Mexico: 'Congress of the Union',
  Philippines: 'Congress of the Philippines', Paraguay: 'Congress of Paraguay', Ecuador: 'National Assembly (Ecuador)', 'United States': 'United States Congress',
};

export const US_DEFAULTS: Readonly<Record<string, string>> = { Congress: 'United States Congress', Senate: 'United States Senate', 'House of Representatives': 'United States House of Representatives' };

/**
 * States known to have a chamber "of Representatives" or "of Deputies" by that name: such a chamber takes the dateline's
 * state over a dominant state that has none ("DUSHANBE — The Assembly of Representatives approved the pact with Russia").
 */
export const CHAMBER_STATES: Readonly<Record<string, ReadonlySet<string>>> = {
  'Assembly of Representatives': new Set(['Tajikistan']),
  'Council of Representatives': new Set(['Iraq', 'Bahrain']),
  'Chamber of Representatives': new Set(['Belgium', 'Uruguay', 'Colombia']),
  'House of Representatives': new Set(['United States', 'Australia', 'Japan', 'New Zealand', 'Philippines', 'Nigeria', 'Netherlands', 'Indonesia', 'Malaysia',
    'Thailand', 'Egypt', 'Morocco', 'Jordan', 'Libya', 'Cyprus', 'Liberia', 'Fiji', 'Belarus', 'Colombia', 'Yemen', 'Nepal', 'Malta', 'Jamaica',
    'Bahamas', 'Barbados', 'Belize', 'Trinidad and Tobago', 'Bosnia and Herzegovina', 'Grenada', 'Saint Lucia', 'Antigua and Barbuda']),
  'Chamber of Deputies': new Set(['Italy', 'Brazil', 'Argentina', 'Mexico', 'Chile', 'Czechia', 'Romania', 'Bolivia', 'Paraguay', 'Dominican Republic',
    'Luxembourg', 'Haiti', 'Rwanda']),
};
