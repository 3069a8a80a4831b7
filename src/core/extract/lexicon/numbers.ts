// Number and figure word lists: number words, scales, units, identifier words and the words around a count.
import { AMBIGUOUS_CURRENCIES } from './currencies';

/** Words after which a number is an identifier, not a figure (guideline 19). */
export const IDENTIFIER_WORDS = new Set(['article', 'articles', 'section', 'sections', 'page', 'pages', 'paragraph', 'clause', 'chapter', 'resolution',
  'item', 'rule', 'no.', 'no', 'number', 'flight', 'route', 'highway', 'annex', 'amendment', 'phase', 'level', 'category', 'tier', 'gate', 'pillar', 'point', 'version', 'line', 'table', 'figure']);

/** Number words from one to nineteen, in order: the figure and date patterns' one-word numbers (the first nine also after a tens word). */
export const NUMBERS_ONE_TO_NINETEEN: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];

/** The tens from twenty to ninety ("twenty", "twenty-five"). */
export const TENS_WORDS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Words that may open a figure written in words ("a dozen", "twenty-five"): the figure rules' trigger words. */
export const FIGURE_NUMBER_WORDS = new Set(['a', 'dozen', 'zero', ...NUMBERS_ONE_TO_NINETEEN, ...TENS_WORDS]);

/** Words that count a period in a date ("a few days", "several weeks", "two years"): the figure rules' number words and a few more. */
export const DATE_NUMBER_WORDS = new Set(['a', 'an', 'dozen', 'zero', ...NUMBERS_ONE_TO_NINETEEN, ...TENS_WORDS, 'hundred', 'several', 'few']);

/** "a", "an" or "per" before a priced unit ("$70 a barrel", "$4,000 an ounce", "310 euros per tonne"). */
export const PER_UNIT_WORDS: readonly string[] = ['a', 'an', 'per'];

/** Units read in lower case only: capitalised, they are names ("Volt" cars). */
export const LOWER_CASE_UNITS = new Set(['volt', 'volts']);

/** Words before "a year on" that make it a rate ("twice a year on"), besides scales and units (dates/relative.ts). */
export const RATE_WORDS = new Set(['once', 'twice', 'thrice', 'times']);

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12, 'a hundred': 100,
  'one hundred': 100, 'a thousand': 1000, 'a million': 1e6, 'a billion': 1e9, single: 1, a: 1, an: 1,
};

export const SCALES: Readonly<Record<string, number>> = {
  thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, m: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12,
  tn: 1e12, trn: 1e12, hundred: 100, 'hundred thousand': 1e5, 'hundred million': 1e8, 'hundred billion': 1e11, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7, 'lakh crore': 1e12,
};

/** Quantity units: written form (lower case) → normalised unit and a multiplier. */
export const QUANTITY_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  'barrels per day': ['barrels per day', 1], 'barrels a day': ['barrels per day', 1], bpd: ['barrels per day', 1], 'b/d': ['barrels per day', 1],
  barrels: ['barrels', 1], tonnes: ['tonnes', 1], tonne: ['tonnes', 1], tons: ['tons', 1], ton: ['tons', 1], 'metric tons': ['tonnes', 1],
  'metric tonnes': ['tonnes', 1], mtpa: ['tonnes per annum', 1e6], kg: ['kg', 1], kilograms: ['kg', 1], kilogrammes: ['kg', 1],
  km: ['km', 1], kilometres: ['km', 1], kilometers: ['km', 1], 'square kilometres': ['square km', 1], 'square kilometers': ['square km', 1],
  'sq km': ['square km', 1], miles: ['miles', 1], hectares: ['hectares', 1], acres: ['acres', 1], 'cubic metres': ['cubic metres', 1],
  'cubic meters': ['cubic metres', 1], 'cubic metres per second': ['cubic metres per second', 1], 'cubic meters per second': ['cubic metres per second', 1],
  cumecs: ['cubic metres per second', 1], 'cubic feet per second': ['cubic feet per second', 1], cusecs: ['cubic feet per second', 1], cusec: ['cubic feet per second', 1],
  // Written with "per"; "a day" after a quantity stays outside its span, as the evaluation sets mark it ("12 million cubic metres a day").
  'cubic feet per day': ['cubic feet per day', 1], 'cubic metres per day': ['cubic metres per day', 1], 'cubic meters per day': ['cubic metres per day', 1],
  mmscfd: ['cubic feet per day', 1e6], mmcfd: ['cubic feet per day', 1e6], bcm: ['cubic metres', 1e9], megawatts: ['MW', 1], mw: ['MW', 1], gigawatts: ['GW', 1], gw: ['GW', 1],
  litres: ['litres', 1], liters: ['litres', 1], gallons: ['gallons', 1], metres: ['metres', 1], meters: ['metres', 1], 'basis points': ['basis points', 1],
  'nautical miles': ['nautical miles', 1], 'nautical mile': ['nautical miles', 1], 'square miles': ['square miles', 1], 'square mile': ['square miles', 1],
  'square kilometre': ['square km', 1], 'square kilometer': ['square km', 1], 'cubic metre': ['cubic metres', 1], 'cubic meter': ['cubic metres', 1], ounces: ['ounces', 1], centimetres: ['cm', 1], centimeters: ['cm', 1], cm: ['cm', 1],
  millimetres: ['mm', 1], millimeters: ['mm', 1], mm: ['mm', 1], inches: ['inches', 1], feet: ['feet', 1], kilowatts: ['kW', 1], kw: ['kW', 1],
  'terawatt hours': ['TWh', 1], twh: ['TWh', 1], 'gigawatt hours': ['GWh', 1], gwh: ['GWh', 1], 'megawatt hours': ['MWh', 1], 'kilowatt hours': ['kWh', 1],
  'terawatt-hours': ['TWh', 1], 'gigawatt-hours': ['GWh', 1], 'megawatt-hours': ['MWh', 1], 'kilowatt-hours': ['kWh', 1], 'million tonnes': ['tonnes', 1e6], foot: ['feet', 1], metre: ['metres', 1], meter: ['metres', 1], mile: ['miles', 1],
  carats: ['carats', 1], mwh: ['MWh', 1], kwh: ['kWh', 1], mmbtu: ['mmBtu', 1], 'cubic feet': ['cubic feet', 1], 'tonnes per annum': ['tonnes per annum', 1], 'tons per annum': ['tons per annum', 1],
  kv: ['kV', 1], kilovolts: ['kV', 1], kilovolt: ['kV', 1], volts: ['volts', 1], volt: ['volts', 1],
  kilometre: ['km', 1], kilometer: ['km', 1], kilogram: ['kg', 1], barrel: ['barrels', 1], hectare: ['hectares', 1], megawatt: ['MW', 1], gigawatt: ['GW', 1],
  // Container throughput: twenty- and forty-foot equivalent units, written out or as their abbreviation ("13.6 million TEU", "2,000 TEUs").
  'twenty-foot equivalent units': ['TEU', 1], 'twenty-foot equivalent unit': ['TEU', 1], teu: ['TEU', 1], teus: ['TEU', 1],
  'forty-foot equivalent units': ['FEU', 1], 'forty-foot equivalent unit': ['FEU', 1], feu: ['FEU', 1], feus: ['FEU', 1],
};

/**
 * Minor units shared by several currencies: the candidates, chosen as for a shared currency word by the sentence's or the
 * article's state ("30 sen" in a Malaysian story MYR, in a Bruneian one BND); the first is the default. Built from the
 * major unit's candidates where the minor unit divides the same currencies (centavos of the pesos, piastres of the pounds
 * but sterling). The Gulf's fils are hundredths of the dirham and rial, thousandths of four dinars (MINOR_THOUSANDTHS).
 */
export const MINOR_UNIT_CURRENCIES: Readonly<Record<string, readonly string[]>> = (() => {
  const sen = ['MYR', 'BND', 'KHR'];
  const paisa = ['INR', 'PKR', 'NPR'];
  const kopek = ['RUB', 'UAH', 'BYN'];
  const centavo = [...AMBIGUOUS_CURRENCIES.peso, 'BRL', 'GTQ', 'HNL', 'NIO', 'BOB', 'MZN'];
  const centimo = ['EUR', 'PEN', 'VES', 'PYG', 'CRC'];
  const centime = ['XOF', 'XAF', 'CHF', 'MAD', 'DZD', 'HTG', 'CDF', 'GNF', 'RWF', 'BIF', 'DJF', 'KMF'];
  const piastre = AMBIGUOUS_CURRENCIES.pound.filter((c) => c !== 'GBP');
  const fils = ['AED', 'IQD', 'KWD', 'JOD', 'BHD', 'YER'];
  return {
    sen, paisa, paise: paisa, paisas: ['PKR', 'INR', 'NPR'], fils, kopek, kopeks: kopek, kopeck: kopek, kopecks: kopek,
    centavo, centavos: centavo, centimo, centimos: centimo, centime, centimes: centime, piastres: piastre, piasters: piastre,
    tiyin: ['UZS', 'KGS', 'KZT'],
  };
})();

/** Currencies whose minor unit is a thousandth ("85 fils" in Kuwait is 0.085 KWD); every other minor unit is a hundredth. */
const MINOR_THOUSANDTHS: ReadonlySet<string> = new Set(['KWD', 'BHD', 'JOD', 'IQD', 'OMR', 'LYD', 'TND']);

/**
 * Minor currency units after a number, written without accents (the pattern matches them with or without): written form →
 * the currency, the first of MINOR_UNIT_CURRENCIES where several share the word.
 */
export const MINOR_UNITS: Readonly<Record<string, string>> = {
  cent: 'USD', cents: 'USD', pence: 'GBP', p: 'GBP',
  kobo: 'NGN', poisha: 'BDT', halala: 'SAR', halalas: 'SAR', halalah: 'SAR', kopiykas: 'UAH', santims: 'EUR', santimi: 'EUR',
  satang: 'THB', agorot: 'ILS', groszy: 'PLN', pesewas: 'GHS', pesewa: 'GHS', tambala: 'MWK', ngwee: 'ZMW', thebe: 'BWP', rappen: 'CHF',
  pya: 'MMK', fen: 'CNY', stotinki: 'BGN', kurus: 'TRY',
  ...Object.fromEntries(Object.entries(MINOR_UNIT_CURRENCIES).map(([w, codes]) => [w, codes[0]])),
};

/** How many minor units make one of the currency: 1000 for the dinars of MINOR_THOUSANDTHS, else 100. */
export function minorDivisor(code: string): number {
  return MINOR_THOUSANDTHS.has(code) ? 1000 : 100;
}

/** Nouns after "pounds of" that make the pounds sterling, not weight ("20 billion pounds of debt"). */
export const MONEY_NOUNS = new Set(['aid', 'assets', 'bonds', 'borrowing', 'capital', 'contracts', 'cuts', 'damage', 'debt', 'deals', 'exports', 'funding', 'funds', 'grants',
  'imports', 'investment', 'loans', 'losses', 'money', 'orders', 'profit', 'profits', 'revenue', 'sales', 'savings', 'spending', 'subsidies', 'support',
  'tax', 'taxes', 'trade', 'value', 'business', 'credit', 'cash', 'income', 'equity', 'stock', 'shares', 'public', 'new', 'extra', 'additional', 'emergency']);

/**
 * Services and items a price or fee is paid for ("85,000 naira per trip", "$160 a visa"); not the recipients of a transfer
 * ("3,000 baht per household" is an allowance, its amount alone). They modify a noun as often as they end one ("per visa
 * applicant"), so they are a unit only when no noun follows.
 */
export const PER_ITEMS = new Set(['trip', 'journey', 'crossing', 'vehicle', 'truck', 'lorry', 'car', 'ticket', 'visa', 'dose', 'seat', 'licence', 'license']);

export const PER_UNITS = new Set(['barrel', 'tonne', 'ton', 'kg', 'share', 'litre', 'liter', 'gallon', 'ounce', 'mwh', 'kwh', 'unit', 'bushel', 'head', 'person', 'rai', 'acre', 'hectare', 'kilo', 'kilogram', 'metre', 'meter', 'quintal', 'sack', 'bag', 'bale', 'mmbtu', 'gram', 'carat', 'pound', 'lb', 'capita', 'container', ...PER_ITEMS]);

export const ADJECTIVES = new Set(['additional', 'more', 'new', 'extra', 'other', 'armed', 'foreign', 'civilian', 'local', 'international', 'active',
  'regular', 'former', 'senior', 'young', 'fewer', 'further', 'separate', 'major', 'key', 'small', 'large', 'big', 'main', 'full', 'top',
  'different', 'elected', 'injured', 'wounded', 'registered', 'unregistered', 'permanent', 'rotating', 'remaining', 'confirmed', 'polar', 'nuclear',
  'naval', 'coastal', 'heavy', 'light', 'modern', 'old', 'commercial', 'private', 'public', 'state-owned', 'ice-class', 'domestic', 'regional',
  'concrete', 'temporary', 'rural', 'urban', 'makeshift', 'displaced', 'affected', 'poor', 'vulnerable', 'strong', 'joint',
  // Degrees of the common size and age adjectives ("six older destroyer escorts", "the six largest mines").
  'older', 'oldest', 'newer', 'newest', 'younger', 'youngest', 'larger', 'largest', 'smaller', 'smallest', 'bigger', 'biggest',
  'richest', 'poorest', 'poorer', 'richer', 'busiest', 'busier', 'highest', 'lowest', 'longest', 'deadliest', 'costliest', 'strongest',
  // Order in time ("six earlier states of emergency", "two prior attempts", "three later rounds").
  'earlier', 'prior', 'later',
  // Superlative markers before an adjective ("the two most sanctioned governments", "the three least developed states").
  'most', 'least',
  // Size words with a suffix that otherwise marks a classifying adjective ("two giant neighbours").
  'giant', 'huge', 'vast', 'tiny',
  // Quality words that would otherwise start a compound of two singular modifiers ("two fresh aid packages" count aid packages).
  'fresh', 'sharp', 'cheap', 'tough', 'whole', 'such', 'quick', 'swift', 'brief', 'rare']);

/**
 * Classifying adjectives: they name a kind of the thing counted and stay in its unit before a plural head ("two national
 * grids", "520,000 migrant workers", "two ballistic missiles"). Only these: an evaluative adjective with the same ending
 * ("two potential suspects", "three significant changes", "the two most populous states") is skipped, and so is a verb
 * ("10 want sanctions lifted"). countNounAsWritten asks this list before it skips a modifier (a word of ADJECTIVES or one
 * with an adjective's ending); no word of ADJECTIVES ("nuclear", "naval", "civilian") is in it, so none of those stays.
 */
export const CLASSIFYING_ADJECTIVES = new Set(['national', 'ballistic', 'migrant', 'military', 'social', 'synchronous', 'electoral',
  'diplomatic', 'parliamentary', 'presidential', 'judicial', 'agricultural', 'industrial', 'hydroelectric', 'thermal', 'electric']);

export const UNCOUNTED = new Set(['personnel', 'staff', 'police', 'military']);

/** Nouns whose plural is the singular form: the head of a counted compound ("two surveillance aircraft", "40 border police"). */
export const INVARIANT_PLURALS = new Set(['aircraft', 'spacecraft', 'personnel', 'staff', 'police', 'cattle', 'livestock', 'sheep', 'fish', 'deer']);

export const NOT_NOUNS = new Set(['of', 'to', 'and', 'or', 'in', 'on', 'at', 'by', 'for', 'the', 'a', 'an', 'than', 'from', 'with', 'as', 'is', 'was',
  'are', 'were', 'has', 'have', 'had', 'will', 'would', 'that', 'this', 'which', 'who', 'another', 'per', 'percent', 'if', 'but', 'while',
  'after', 'before', 'over', 'under', 'into', 'since', 'until', 'each', 'apiece', 'times', 'point', 'side', 'hand', 'way', 'thing', 'so',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades', 'quarter', 'quarters', 'hour', 'hours', 'minute', 'minutes', 'also', 'not',
  'could', 'can', 'may', 'might', 'should', 'did', 'do', 'does', 'it', 'they', 'we', 'he', 'she', 'its', 'their', 'last', 'next', 'less', 'up', 'down',
  'against', 'said', 'told', 'added', 'agreed', 'voted', 'says', 'goes', 'remains', 'stands', 'seems', 'looks', 'becomes', 'gets', 'makes', 'takes', 'comes', 'sees', 'needs', 'wants', 'plans', 'holds', 'runs',
  // Prepositions that may follow a count ("Blocks 1 and 4 off Namibia"), never its noun.
  'off', 'near', 'along', 'beyond', 'between', 'among', 'within', 'without', 'through', 'across', 'during']);

/** Plurals whose possessive classifies the noun after it rather than heading the phrase ("three children's hospitals", "five women's shelters"). */
export const POSSESSIVE_CLASSIFIERS = new Set(['children', 'women', 'men', 'people']);

/** Fraction words and the percentage each stands for ("a third" 33.33, "three-quarters" 75). */
export const FRACTION_VALUES: Readonly<Record<string, number>> = { half: 50, third: 33.33, quarter: 25, fifth: 20, sixth: 16.67, eighth: 12.5, tenth: 10,
  thirds: 66.67, quarters: 75, fifths: 40 };

/** The fraction words, which count nothing as a unit ("two thirds" is a share). */
export const FRACTION_WORDS = new Set(Object.keys(FRACTION_VALUES));

/**
 * Words of amount before which a fraction is a share of the thing compared, a noun after them or not ("received a third
 * less water than planned", "a quarter more"), and the prepositions of comparison ("a fifth below target").
 */
export const AMOUNT_QUANTIFIERS = ['less', 'more', 'fewer', 'above', 'below'];

/**
 * Comparatives of size: a fraction before one is a share only when the comparison closes there, before "than",
 * punctuation, a preposition or the end ("a quarter higher than last year", "a fifth faster."); before a noun the
 * fraction is an ordinal ("a third larger plant", "a fifth bigger reactor"). Words of time ("a quarter later") are not here.
 */
export const AMOUNT_COMPARATIVES = ['higher', 'lower', 'larger', 'smaller', 'bigger', 'greater', 'cheaper', 'dearer',
  'costlier', 'wider', 'narrower', 'heavier', 'lighter', 'stronger', 'weaker', 'faster', 'slower'];

export const HEDGES = new Set(['about', 'around', 'roughly', 'some', 'nearly', 'almost', 'just', 'more than', 'surpassing', 'up to', 'at least', 'just under',
  'just over', 'close to', 'over', 'under', 'less than', 'fewer than', 'approximately', 'an estimated', 'estimated', 'as much as', 'as many as',
  'upwards of', 'in excess of', 'below', 'above', 'circa', 'c.', '~', 'much as', 'many as', 'excess of']);

/** Identifier nouns that number things in lists ("chapters 23 and 24", "Articles 5, 6 and 8", "stages 1 to 4"): guideline 19. */
export const LIST_IDENTIFIERS = new Set(['chapters', 'articles', 'sections', 'paragraphs', 'clauses', 'resolutions', 'annexes', 'pages', 'items', 'points', 'goals',
  'phases', 'stages', 'rounds', 'lots', 'flights', 'routes', 'platforms', 'gates', 'lines', 'highways', 'districts', 'pillars', 'levels', 'tiers', 'rules',
  'amendments', 'tables', 'figures', 'categories', 'goal', 'stage', 'lot', 'platform', 'district', 'round']);

/** Hyphen tails that make a country compound a noun, not an adjective ("Afghan-Americans" is handled as a name). */
export const HYPHEN_NOUN_TAILS = new Set(['s']);

/** Peoples named by faith or ethnicity, counted like demonym plurals ("770,000 Sikhs", "a million Rohingya"; not states). */
export const PEOPLE_PLURALS = new Set(['Sikhs', 'Hindus', 'Muslims', 'Christians', 'Catholics', 'Protestants', 'Jews', 'Buddhists', 'Druze', 'Kurds',
  'Rohingya', 'Uyghurs', 'Uighurs', 'Tamils', 'Pashtuns', 'Baloch', 'Hazaras', 'Yazidis', 'Tutsis', 'Hutus', 'Berbers', 'Roma', 'Copts', 'Alawites',
  'Shias', 'Shiites', 'Sunnis', 'Maori', 'Aborigines', 'Tatars', 'Uzbeks', 'Tajiks', 'Igbos', 'Yorubas', 'Somalis', 'Oromos', 'Amharas', 'Tigrayans']);

/**
 * Words of a people or a faith as adjectives ("the main Tamil party", "the Muslim party"): before a lower-case kind of
 * body they describe it, they do not name it.
 */
export const PEOPLE_ADJECTIVES = new Set(['Tamil', 'Muslim', 'Hindu', 'Sikh', 'Christian', 'Catholic', 'Protestant', 'Jewish', 'Buddhist', 'Druze', 'Kurdish',
  'Rohingya', 'Uyghur', 'Uighur', 'Pashtun', 'Baloch', 'Hazara', 'Yazidi', 'Tutsi', 'Hutu', 'Berber', 'Roma', 'Coptic', 'Alawite', 'Shia', 'Shiite',
  'Sunni', 'Maori', 'Aboriginal', 'Tatar', 'Igbo', 'Yoruba', 'Oromo', 'Amhara', 'Tigrayan', 'Sinhalese', 'Sinhala', 'Malay', 'Arab', 'Hausa', 'Fulani',
  'Islamist', 'Islamic', 'Evangelical', 'Orthodox']);

/** Words hyphened to a count that hedge it or give its size, not its noun ("20-odd soldiers", "a 5,000-strong force"). */
export const HYPHEN_HEDGES = new Set(['odd', 'plus', 'something', 'strong']);
