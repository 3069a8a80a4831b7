// Place word lists: extra capitals, country names and demonyms, landmark and geographic heads, the words around a place name
// and those that make a capital act for its state.

/** Capitals missing from or spelled differently in the country data. */
export const EXTRA_CAPITALS: Readonly<Record<string, string>> = {
  Washington: 'United States', 'New Delhi': 'India', Delhi: 'India', Jerusalem: 'Israel', Pretoria: 'South Africa',
  Naypyitaw: 'Myanmar', 'Nay Pyi Taw': 'Myanmar', Sanaa: 'Yemen',
};

/**
 * Seats of government that are not the capital the country data lists (guideline 8: "The Hague said" speaks for the
 * Netherlands as "Amsterdam said" would): where the government, its ministries or its parliament sit.
 */
export const SEATS_OF_GOVERNMENT: Readonly<Record<string, string>> = {
  'The Hague': 'Netherlands', 'La Paz': 'Bolivia', Putrajaya: 'Malaysia', Abidjan: "Côte d'Ivoire", Cotonou: 'Benin',
  'Dar es Salaam': 'Tanzania', 'Sri Jayawardenepura Kotte': 'Sri Lanka', Mbabane: 'Eswatini', 'Port Sudan': 'Sudan', Aden: 'Yemen',
};

/**
 * Territories, provinces and regions whose name opens with a demonym ("British Columbia", "French Polynesia"): places,
 * not the country of the demonym (guideline 8: regions are never actors), so neither word is marked.
 */
export const DEMONYM_PLACES: readonly string[] = [
  'British Columbia', 'British Virgin Islands', 'British Indian Ocean Territory', 'British Antarctic Territory', 'British Isles',
  'French Polynesia', 'French Guiana', 'French Southern and Antarctic Lands', 'French Southern Territories', 'French Riviera', 'French Alps',
  'Dutch Caribbean', 'Dutch Antilles', 'American Samoa', 'Australian Capital Territory', 'Australian Antarctic Territory',
  'Danish Straits', 'Spanish Sahara', 'Portuguese Guinea', 'German Bight', 'Russian Far East', 'Chinese Turkestan',
  'Indian Ocean', 'Arabian Peninsula', 'Arabian Sea', 'Irish Sea', 'English Channel', 'Korean Peninsula',
];

/** Continental regions named with "America": places (guideline 8), never the United States that "America" alone names. */
export const AMERICA_REGIONS: readonly string[] = ['Latin America', 'South America', 'North America', 'Central America', 'Middle America'];

/**
 * Regions whose name holds a country's ("Western Australia", "Northern Ireland", "New Mexico", "North Holland"): separate
 * regions, not the state (guideline 8), wherever they stand. A compass word before a country otherwise leaves the country
 * a state ("in Eastern Ukraine" marks Ukraine, guideline 7).
 */
const REGIONS_NAMED_BY_COUNTRY: readonly string[] = [
  'Western Australia', 'South Australia', 'Northern Ireland', 'Northern Cyprus', 'North Cyprus', 'South Georgia', 'Upper Austria', 'Lower Austria',
  'North Holland', 'South Holland', 'New Mexico', 'New Guinea',
];

/** Extra country names: [name, canonical] ('' for a place that is no state). */
export const EXTRA_COUNTRY_NAMES: readonly (readonly [string, string])[] = [
  ['U.S.', 'United States'], ['U.S.A.', 'United States'], ['America', 'United States'], ['United States of America', 'United States'],
  ['U.K.', 'United Kingdom'], ['Britain', 'United Kingdom'], ['Great Britain', 'United Kingdom'], ['Turkey', 'Türkiye'],
  ['Burma', 'Myanmar'], ['Holland', 'Netherlands'], ['Czech Republic', 'Czechia'],
  // Bare "Congo" is the Democratic Republic, as wire style writes it; the Republic by its longer names.
  ['Congo-Kinshasa', 'Democratic Republic of the Congo'], ['Congo', 'Democratic Republic of the Congo'], ['Republic of Congo', 'Republic of the Congo'],
  ['Congo Republic', 'Republic of the Congo'], ['Swaziland', 'Eswatini'], ['East Timor', 'Timor-Leste'], ['Timor Leste', 'Timor-Leste'],
  ['Macedonia', 'North Macedonia'], ['Cape Verde', 'Cabo Verde'], ['Vatican', 'Vatican City'], ['Holy See', 'Vatican City'],
  ['Gaza Strip', ''], ['West Bank', ''], ...DEMONYM_PLACES.map((p) => [p, ''] as const), ...AMERICA_REGIONS.map((p) => [p, ''] as const),
  ...REGIONS_NAMED_BY_COUNTRY.map((p) => [p, ''] as const),
];

/** Extra demonyms: [word, canonical country]. */
export const EXTRA_DEMONYMS: readonly (readonly [string, string])[] = [
  ['Briton', 'United Kingdom'], ['Britons', 'United Kingdom'], ['U.S.', 'United States'], ['Emirati', 'United Arab Emirates'],
  ['Emiratis', 'United Arab Emirates'], ['Saudi', 'Saudi Arabia'], ['Saudis', 'Saudi Arabia'], ['Filipino', 'Philippines'], ['Filipinos', 'Philippines'],
  ['Turkish', 'Türkiye'], ['Korean', 'South Korea'], ['Philippine', 'Philippines'], ['Koreans', 'South Korea'], ['Turks', 'Türkiye'], ['Dutch', 'Netherlands'], ['Congolese', 'Democratic Republic of the Congo'],
  ['Ivorian', "Côte d'Ivoire"], ['Ivorians', "Côte d'Ivoire"], ['Czech', 'Czechia'], ['Czechs', 'Czechia'], ['Kiwi', 'New Zealand'],
  ['Israeli', 'Israel'], ['Israelis', 'Israel'], ['Pakistani', 'Pakistan'], ['Pakistanis', 'Pakistan'], ['Iraqi', 'Iraq'], ['Iraqis', 'Iraq'],
  ['Kuwaiti', 'Kuwait'], ['Qatari', 'Qatar'], ['Qataris', 'Qatar'], ['Omani', 'Oman'], ['Yemeni', 'Yemen'], ['Yemenis', 'Yemen'],
  ['Bangladeshi', 'Bangladesh'], ['Bangladeshis', 'Bangladesh'], ['Somali', 'Somalia'], ['Somalis', 'Somalia'], ['Thai', 'Thailand'],
  ['Swiss', 'Switzerland'], ['French', 'France'], ['Chinese', 'China'], ['Japanese', 'Japan'], ['Vietnamese', 'Vietnam'], ['Lebanese', 'Lebanon'],
  ['Sudanese', 'Sudan'], ['Senegalese', 'Senegal'], ['Portuguese', 'Portugal'], ['Taiwanese', 'Taiwan'], ['Burmese', 'Myanmar'],
  ['Tajik', 'Tajikistan'], ['Tajikistani', 'Tajikistan'], ['Kyrgyz', 'Kyrgyzstan'], ['Kyrgyzstani', 'Kyrgyzstan'], ['Uzbek', 'Uzbekistan'],
  ['Kazakh', 'Kazakhstan'], ['Azeri', 'Azerbaijan'], ['Kosovan', 'Kosovo'], ['Djiboutian', 'Djibouti'], ['Serb', 'Serbia'], ['Croat', 'Croatia'],
  ['Slovenian', 'Slovenia'], ['Dane', 'Denmark'], ['Swede', 'Sweden'], ['Finn', 'Finland'], ['Poles', 'Poland'], ['Maldivian', 'Maldives'],
  ['Nepali', 'Nepal'], ['Nepalis', 'Nepal'], ['Spaniard', 'Spain'], ['Icelandic', 'Iceland'], ['Ecuadorian', 'Ecuador'], ['Argentinian', 'Argentina'],
  ['Surinamese', 'Suriname'], ['Luxembourgish', 'Luxembourg'], ['Vanuatuan', 'Vanuatu'], ['Motswana', 'Botswana'], ['Basotho', 'Lesotho'],
  // Short forms of demonyms the country data writes with a qualifier or a variant spelling ("East Timorese", "Cape Verdian").
  ['Timorese', 'Timor-Leste'], ['Bissau-Guinean', 'Guinea-Bissau'], ['Cape Verdean', 'Cabo Verde'], ['Cabo Verdean', 'Cabo Verde'], ['Cape Verdian', 'Cabo Verde'],
  ['Vincentian', 'Saint Vincent and the Grenadines'], ['Kittitian', 'Saint Kitts and Nevis'], ['Nevisian', 'Saint Kitts and Nevis'],
];

/** Heads of waters that also open their name ("Gulf of Aden", "Strait of Hormuz", "Lake Victoria"). */
const WATER_HEADS = ['Strait', 'Straits', 'Sea', 'Gulf', 'Bay', 'Lake'];

/** Heads of geographic features that take "of" ("Bay of Bengal", "Cape of Good Hope", "Coast of Guinea"). */
const FEATURE_HEADS_OF = [...WATER_HEADS, 'Mountains', 'River', 'Desert', 'Peninsula', 'Islands', 'Cape', 'Coast'];

/** Heads of geographic features that LANDMARK_HEADS leaves out ("Indian Ocean", "Niger Delta", "Rift Valley"). */
const OTHER_FEATURE_HEADS = ['Ocean', 'Basin', 'Delta', 'Valley', 'Island', 'Hills', 'Plateau'];

/** Heads of geographic features' names ("Red Sea", "Niger Delta"): opaque heads (lexicon/organisations.ts OPAQUE_HEADS). */
export const GEOGRAPHIC_HEADS: readonly string[] = [...FEATURE_HEADS_OF, ...OTHER_FEATURE_HEADS];

/** Heads of landmark and geographic names that take "of" ("Great Wall of China", "Bay of Bengal"): the whole name is opaque. */
export const LANDMARK_HEADS = new Set([...FEATURE_HEADS_OF, 'Wall', 'Canal', 'Gate', 'Tower', 'Palace', 'Horn', 'Sound']);

/**
 * Heads of geographic features a body's remit may end in ("International Council for the Exploration of the Sea",
 * "Authority for the Development of the Niger Basin"): after an organisation head and its "for/of/on" the name stays a
 * body (lexicon/organisations.ts REMIT_ENDS).
 */
export const FEATURE_HEADS = new Set([...LANDMARK_HEADS, ...OTHER_FEATURE_HEADS, 'Oceans', 'Seas', 'Rivers', 'Lakes']);

/** Words that open a geographic or military place name ("Mount Kenya", "Camp Aguinaldo", "Fort Bragg"): the whole name is a place. */
export const GEO_LEADS = new Set([...WATER_HEADS, 'Mount', 'Cape', 'Isle', 'Horn', 'Port', 'Mouth', 'Sahel', 'Camp', 'Fort']);

/**
 * Heads of a transport route's name ("Trump Route for International Peace and Prosperity", "Lobito Corridor", "Karakoram
 * Highway"): the name is opaque, its remit included, unless something marks it as a body (rules/knownNames.ts).
 */
export const ROUTE_HEADS = new Set(['Route', 'Road', 'Corridor', 'Highway', 'Railway', 'Railroad', 'Expressway', 'Motorway', 'Pipeline', 'Canal']);

/** The compass words and "Central", capitalised: they open a region's name ("Northern Cape") and are no company's short form. */
export const COMPASS_AND_CENTRE: readonly string[] = ['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central'];

/** The same as a set: words that open regions' names ("Minister for the Middle East" is no person "East …"). */
export const COMPASS_WORDS = new Set(COMPASS_AND_CENTRE);

/** Words naming a part of a city before it ("central Tbilisi", "downtown Nairobi"): after a place preposition, still a place. */
export const CITY_PARTS = new Set([...COMPASS_AND_CENTRE.map((w) => w.toLowerCase()), 'downtown', 'greater', 'old', 'suburban', 'outer', 'inner']);

/** Prepositions after which a name is where something goes or happens: "to Durban or Dar es Salaam" lists places. */
export const PLACE_GOAL_PREPOSITIONS = new Set(['in', 'to', 'from', 'into', 'via', 'through', 'near', 'toward', 'towards', 'across', 'around', 'outside', 'inside']);

/** Words before a capital that make it a place: the prepositions of place, verbs of a visit, "based", "of". */
export const LOCATIVE = new Set([...PLACE_GOAL_PREPOSITIONS,
  'visit', 'visited', 'visiting', 'visits', 'left', 'leaving', 'reached', 'arrived', 'beyond', 'flew', 'travelled', 'traveled', 'returned', 'based', 'within', 'of', 'outskirts', 'leave', 'reach', 'fly', 'travel', 'return']);

/** Verbs of aligning with a government, before "to"/"toward" or "closer to": "drifting toward Moscow", "tilted closer to Beijing". */
const ALIGNMENT_VERBS = ['drift', 'drifts', 'drifting', 'drifted', 'pivot', 'pivots', 'pivoting', 'pivoted', 'tilt', 'tilts', 'tilting', 'tilted',
  'lean', 'leans', 'leaning', 'leaned', 'leant', 'gravitate', 'gravitates', 'gravitating', 'gravitated'];

/**
 * Words before "to"/"toward" that turn a capital into its state: "drifting toward Moscow", "a pivot to Beijing", "its
 * policy toward Tehran". Not
 * words of movement in space ("pushed closer to Kyiv", "the storm swung toward Manila").
 */
export const ALIGNMENT_BEFORE = new Set([...ALIGNMENT_VERBS, 'loyal', 'loyalty',
  'allegiance', 'overtures', 'rapprochement', 'realignment',
  // A stance taken toward a government: "a cooler tone toward Lima", "its policy toward Beijing".
  'tone', 'stance', 'policy', 'policies', 'approach', 'attitude', 'posture', 'hostility', 'openness']);

export const PLACE_NOUNS = new Set(['residents', 'resident', 'streets', 'street', 'suburbs', 'suburb', 'airport', 'office', 'offices', 'embassy', 'summit',
  'talks', 'meeting', 'meetings', 'conference', 'station', 'district', 'city', 'metro', 'mayor', 'police', 'marathon', 'stock', 'exchange', 'port',
  'hotel', 'university', 'region', 'area', 'skyline', 'correspondent', 'bureau', 'time', 'hospital', 'court', 'province', 'county', 'accord', 'agreement',
  // "an Abu Dhabi conglomerate", "a Riyadh fund": a city naming where a business sits.
  'fund', 'funds', 'conglomerate', 'conglomerates', 'firm', 'firms', 'company', 'companies', 'investor', 'investors', 'lender', 'lenders', 'startup', 'startups', 'bourse',
  // "a Dhaka think tank", "a Yerevan charity": where a research or aid body sits.
  'think', 'charity', 'charities', 'newspaper', 'daily', 'consultancy', 'institute', 'hospitals', 'restaurant', 'school']);

/** Heads of streets, buildings and grounds named after a person ("Haji Lane", "the Sir Ian Blake Stadium"). */
export const NAMED_PLACE_HEADS = new Set(['lane', 'road', 'avenue', 'square', 'bridge', 'mosque', 'church', 'cathedral', 'stadium', 'market', 'highway',
  'park', 'hall', 'library', 'museum', 'memorial', 'boulevard', 'centre', 'center', 'college', 'academy', 'barracks', 'estate']);

/** Capitalised last words of the names of settlements and zones, which no person's name ends in ("Gelephu Mindfulness City"). */
export const PLACE_NAME_ENDS = new Set(['City', 'Town', 'Village', 'Province', 'District', 'County', 'Valley', 'Zone', 'Island', 'Islands']);

/** People who speak for a state, whose "from <capital>" names the state ("delegations from Kinshasa"). */
export const STATE_ENVOYS = new Set(['delegation', 'delegations', 'negotiators', 'envoys', 'diplomats', 'emissaries']);

/** Prepositions of place: a capitalised name right after one is where something happens ("a camp outside Kalma"), not a person. */
export const PLACE_PREPOSITIONS = new Set(['in', 'In', 'inside', 'Inside', 'outside', 'Outside', 'near', 'Near', 'around', 'Around', 'across', 'Across',
  'throughout', 'Throughout', 'within', 'Within', 'beyond', 'Beyond']);

/** Nouns before "of" that make the name after it a place: "the people of X", "the outskirts of X", "the governor of X". */
export const PLACE_OF_NOUNS = new Set(['people', 'residents', 'inhabitants', 'citizens', 'villagers', 'city', 'town', 'village', 'province', 'region',
  'district', 'county', 'outskirts', 'suburbs', 'streets', 'centre', 'center', 'heart', 'north', 'south', 'east', 'west', 'northeast', 'northwest',
  'southeast', 'southwest', 'governor', 'mayor', 'port', 'capital']);

/** Lower-case heads after a capitalised name that make it the name of a place: "X province", "the Y valley". */
export const PLACE_HEADS_AFTER = new Set(['province', 'provinces', 'region', 'regions', 'district', 'districts', 'county', 'valley', 'peninsula', 'governorate',
  'prefecture', 'municipality', 'oblast', 'canton', 'township', 'corridor', 'basin', 'delta', 'plateau', 'highlands']);

export const REGION_BEFORE = new Set(['Latin', 'North', 'Central', 'Pan', 'Afro', 'Sub']);

export const LOWER_FIRST = new Set(['al', 'the', 'de', 'el']);

/** Words before a name that make its slot a place's: "across Karachi", "the Atlantic". */
export const PLACE_SLOT_WORDS = new Set(['across', 'near', 'into', 'throughout', 'around', 'outside', 'inside', 'via', 'toward', 'towards', 'within',
  'along', 'beyond', 'off', 'the']);

/** Kinds of place before "of" and a name: "the port of Antofagasta". */
export const PLACE_OF_WORDS = new Set(['port', 'city', 'province', 'region', 'island', 'coast', 'outskirts', 'streets', 'town', 'state']);

/** Words of owning or working for a firm before "in": "a stake in Meridian", "invested in Kestrel" (not "the plant in Harbin"). */
export const STAKE_WORDS = new Set(['stake', 'stakes', 'share', 'shares', 'shareholding', 'holding', 'holdings', 'interest', 'interests', 'investment',
  'investments', 'invested', 'invest', 'investing', 'position', 'positions', 'equity', 'percent', 'cent']);

/**
 * Verbs of passing or entering that take a city as their object, a place ("the water that passes Phnom Penh", "troops
 * entered Kabul", "the river bypasses Hanoi"): a capital after one is no state acting. Not "surround" or "cross", which
 * take a state as often ("the secrecy surrounding Moscow's doctrine", "companies that crossed Beijing").
 */
export const PASSAGE_VERBS = new Set(['pass', 'passes', 'passed', 'passing', 'bypass', 'bypasses', 'bypassed', 'bypassing', 'traverse', 'traverses',
  'traversed', 'traversing', 'enter', 'enters', 'entered', 'entering', 'encircle', 'encircles', 'encircled', 'encircling', 'reenter', 're-entered',
  'reentered']);

/**
 * Nouns of grounds and buildings that end a place's name after an organisation's head word ("Parliament Hill", "Treasury
 * Building", "Congress Avenue"): the whole name is a place, as "Capitol Hill" is. ("Square" and "Street" are opaque heads
 * already: "Parliament Square" is a place without this list.)
 */
export const LANDMARK_TAILS = new Set(['Hill', 'Building', 'Buildings', 'Avenue', 'Plaza', 'Boulevard']);

/**
 * Words that may follow the last name of a list of places: punctuation aside, a preposition, a conjunction or the opening
 * of a time adjunct ("via Mombasa and Nairobi every week", "from Lagos and Abuja to Accra"), never a verb the name is the
 * subject of ("in Gaza and Washington called for calm").
 */
export const PLACE_LIST_AFTER = new Set([...PLACE_GOAL_PREPOSITIONS, 'on', 'at', 'by', 'for', 'with', 'within', 'beyond', 'along', 'and', 'or', 'but', 'before', 'after', 'until', 'since', 'during',
  'every', 'each', 'last', 'this', 'next', 'daily', 'weekly', 'monthly', 'where', 'which', 'that']);

/** Names of continents: a capital after one and "and" opens a new subject as often as it lists a place ("Support from Europe and Washington was crucial"). */
export const CONTINENTS = new Set(['Africa', 'Europe', 'Asia', 'Oceania', 'Antarctica', 'Eurasia', 'Americas', 'America']);

/** Verbs of a coming together before "closer to" or "close to": "has drawn closer to Rabat" names the state when a government comes closer. */
export const RAPPROCHEMENT_VERBS = new Set([...ALIGNMENT_VERBS, 'draw', 'draws', 'drawing', 'drew', 'drawn', 'move', 'moves', 'moving', 'moved', 'grow',
  'grows', 'growing', 'grew', 'grown', 'edge', 'edges', 'edging', 'edged', 'shift', 'shifts', 'shifting', 'shifted', 'inch', 'inches', 'inching', 'inched']);

/** Words between such a verb and "closer" ("drawn ever closer", "moved much closer"). */
export const CLOSER_ADVERBS = new Set(['ever', 'much', 'even', 'far', 'still', 'steadily', 'gradually', 'markedly', 'noticeably', 'significantly', 'considerably', 'rapidly', 'quietly']);

/**
 * Subjects that come closer in policy, not in space: "the junta has drawn closer to Moscow", "ties have grown close to
 * Ankara" (not "troops moved closer to Kyiv", "the fighting edged closer to Kyiv").
 */
export const GOVERNMENT_SUBJECTS = new Set(['government', 'governments', 'regime', 'junta', 'administration', 'leadership', 'leader', 'leaders',
  'president', 'premier', 'minister', 'cabinet', 'ties', 'relations', 'country', 'countries', 'nation', 'nations', 'state', 'kingdom', 'republic',
  'monarchy', 'capital', 'authorities', 'rulers', 'party', 'coalition', 'bloc', 'alliance', 'emirate', 'sultanate']);

/** Words between a subject and its verb of coming closer ("has drawn", "had also moved", "is now drifting"); adverbs in -ly are skipped by their ending. */
export const SUBJECT_VERB_GAP = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'be', 'will', 'would', 'may', 'might', 'could',
  'also', 'now', 'since', 'further', 'already']);

/** Participles of support or funding after a country and a hyphen: "U.S.-Backed Corridor", "Chinese-Funded Port" name the state. */
export const STATE_PARTICIPLES = new Set(['backed', 'funded', 'financed', 'led', 'brokered', 'owned', 'sponsored', 'supported', 'mediated', 'run',
  'controlled', 'built', 'operated', 'bankrolled', 'drafted', 'negotiated', 'armed', 'trained', 'installed', 'allied', 'aligned']);

/**
 * Chinese provinces, province-level municipalities and the large cities whose companies carry their name first
 * ("Zhejiang Huayou Cobalt", "Jiangsu Delong Nickel", "Shenzhen Energy", "Ningbo Zhoushan Port"): later the name
 * without them is the company's short form ("Huayou"), unless it is made only of ordinary words (orgShortForms.ts).
 */
export const COMPANY_HOME_PROVINCES = new Set(['Zhejiang', 'Jiangsu', 'Guangdong', 'Shandong', 'Fujian', 'Hunan', 'Hubei', 'Henan', 'Hebei', 'Sichuan',
  'Yunnan', 'Guangxi', 'Anhui', 'Jiangxi', 'Shanxi', 'Shaanxi', 'Liaoning', 'Jilin', 'Heilongjiang', 'Xinjiang', 'Gansu', 'Guizhou', 'Hainan',
  'Qinghai', 'Ningxia', 'Shanghai', 'Beijing', 'Tianjin', 'Chongqing', 'Shenzhen', 'Xiamen', 'Ningbo', 'Qingdao', 'Wuhan']);

/**
 * Words that make a part of a country a region of responsibility or of the map ("the head of Greater China at HSBC",
 * "sales in Mainland China"): before a country they name no employer (actors/rules/cueOrg.ts).
 */
export const REGION_MODIFIERS = new Set(['Greater', 'Mainland', ...COMPASS_AND_CENTRE, 'Upper', 'Lower', 'Inner', 'Outer', 'Coastal', 'Rural', 'Metropolitan', 'Continental', 'Francophone', 'Anglophone', 'Lusophone']);

/**
 * Large cities that are not their country's capital or seat of government, with their country: a capital coordinated
 * with one of its own country's cities ("blackout schedules for Quito and Guayaquil") is a place too.
 */
export const NON_CAPITAL_CITIES: Readonly<Record<string, string>> = {
  Guayaquil: 'Ecuador', Cuenca: 'Ecuador', Medellín: 'Colombia', Medellin: 'Colombia', Cali: 'Colombia', Barranquilla: 'Colombia', Cartagena: 'Colombia',
  Arequipa: 'Peru', Trujillo: 'Peru', Cusco: 'Peru', Valparaíso: 'Chile', Valparaiso: 'Chile', Antofagasta: 'Chile', Concepción: 'Chile',
  'Santa Cruz': 'Bolivia', Cochabamba: 'Bolivia', Córdoba: 'Argentina', Rosario: 'Argentina', Mendoza: 'Argentina', 'São Paulo': 'Brazil',
  'Sao Paulo': 'Brazil', 'Rio de Janeiro': 'Brazil', Monterrey: 'Mexico', Guadalajara: 'Mexico', Tijuana: 'Mexico', Maracaibo: 'Venezuela',
  'New York': 'United States', 'Los Angeles': 'United States', Chicago: 'United States', Houston: 'United States', Toronto: 'Canada',
  Montreal: 'Canada', Vancouver: 'Canada', Sydney: 'Australia', Melbourne: 'Australia', Auckland: 'New Zealand',
  Lagos: 'Nigeria', Kano: 'Nigeria', 'Port Harcourt': 'Nigeria', Kumasi: 'Ghana', Mombasa: 'Kenya', Kisumu: 'Kenya', Arusha: 'Tanzania',
  Durban: 'South Africa', Johannesburg: 'South Africa', Douala: 'Cameroon', Lubumbashi: 'Democratic Republic of the Congo',
  Alexandria: 'Egypt', Casablanca: 'Morocco', Tangier: 'Morocco', Oran: 'Algeria', Benghazi: 'Libya', Misrata: 'Libya', Omdurman: 'Sudan',
  Jeddah: 'Saudi Arabia', Dammam: 'Saudi Arabia', Dubai: 'United Arab Emirates', Basra: 'Iraq', Mosul: 'Iraq', Aleppo: 'Syria',
  Isfahan: 'Iran', Mashhad: 'Iran', Tabriz: 'Iran', Istanbul: 'Türkiye', Izmir: 'Türkiye', Karachi: 'Pakistan', Lahore: 'Pakistan',
  Peshawar: 'Pakistan', Mumbai: 'India', Kolkata: 'India', Chennai: 'India', Bengaluru: 'India', Bangalore: 'India', Hyderabad: 'India',
  Chittagong: 'Bangladesh', Chattogram: 'Bangladesh', Kandy: 'Sri Lanka', Kandahar: 'Afghanistan', Herat: 'Afghanistan', Almaty: 'Kazakhstan',
  Shanghai: 'China', Shenzhen: 'China', Guangzhou: 'China', Wuhan: 'China', Chongqing: 'China', Osaka: 'Japan', Busan: 'South Korea',
  'Ho Chi Minh City': 'Vietnam', 'Chiang Mai': 'Thailand', Yangon: 'Myanmar', Mandalay: 'Myanmar', Surabaya: 'Indonesia', Cebu: 'Philippines',
  Davao: 'Philippines', Penang: 'Malaysia', 'St Petersburg': 'Russia', 'St. Petersburg': 'Russia', 'Saint Petersburg': 'Russia',
  Odesa: 'Ukraine', Kharkiv: 'Ukraine', Lviv: 'Ukraine', Gdansk: 'Poland', Krakow: 'Poland', Hamburg: 'Germany', Munich: 'Germany',
  Frankfurt: 'Germany', Milan: 'Italy', Naples: 'Italy', Barcelona: 'Spain', Marseille: 'France', Lyon: 'France', Rotterdam: 'Netherlands',
  Antwerp: 'Belgium', Manchester: 'United Kingdom', Gothenburg: 'Sweden', Turku: 'Finland', Tartu: 'Estonia', Bergen: 'Norway',
};

/** Nouns of a request or a will: "at the request of Lima", "on the invitation of Hanoi" name the state that asked. */
export const WILL_NOUNS = new Set(['request', 'requests', 'behest', 'invitation', 'insistence', 'urging', 'demand', 'demands', 'wish', 'wishes', 'approval', 'consent', 'orders', 'initiative']);

/**
 * Nouns of money or recognition one state gives another: "financing to Manila", "loans to Cairo", "switched recognition
 * to Beijing" (not goods carried to a city: "aid to Kyiv region").
 */
export const TRANSFER_NOUNS = new Set(['financing', 'funding', 'loan', 'loans', 'grant', 'grants', 'credit', 'credits', 'recognition']);

/** Words before "recognition" that make it a state's ("diplomatic recognition", "switched recognition"). */
export const RECOGNITION_MODIFIERS = new Set(['diplomatic', 'switched', 'shifted', 'transferred', 'switching', 'shifting', 'switch', 'shift']);

/** Capitalised modifiers of a people or a region that no ending shows ("Arab states", "Latin lenders"). */
export const REGION_ADJECTIVES = new Set(['Arab', 'Latin', 'Gulf', 'Sahel']);

/** Words that make a hyphenated demonym a population ("Serb-majority", "Russian-speaking"); "Chinese-dominated" is of the state's companies. */
export const POPULATION_WORDS = new Set(['majority', 'minority', 'populated', 'speaking', 'inhabited']);
