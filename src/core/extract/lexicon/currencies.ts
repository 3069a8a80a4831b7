// Currency symbols, words and phrases, the currency words shared by several countries, and the words of an exchange rate.

/** Currency symbols and prefixes before the number. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  'US$': 'USD', 'U.S.$': 'USD', $: 'USD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'HK$': 'HKD', 'S$': 'SGD', 'NZ$': 'NZD',
  'R$': 'BRL', 'NT$': 'TWD', 'Mex$': 'MXN', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₦': 'NGN', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY',
  '₱': 'PHP', '₴': 'UAH', '₪': 'ILS', '৳': 'BDT', Rs: 'INR', 'Rs.': 'INR', Rp: 'IDR', RM: 'MYR', R: 'ZAR', KSh: 'KES', Ksh: 'KES', Sh: 'KES', 'E£': 'EGP',
  'RMB': 'CNY', 'Dh': 'AED', 'Dhs': 'AED', SR: 'SAR', QR: 'QAR',
  Tk: 'BDT', 'Tk.': 'BDT', Bs: 'BOB', 'Bs.': 'BOB', Nu: 'BTN', 'S/': 'PEN', 'S/.': 'PEN', SDR: 'XDR', SDRs: 'XDR',
  // Nigerian usage writes the naira sign as a plain N ("N450 billion"); West and Central African francs as "CFA 12 billion".
  N: 'NGN', CFA: 'XOF',
  // The K of Zambia's and Malawi's kwacha, Papua New Guinea's kina and Myanmar's kyat: the sentence or the article decides.
  K: 'ZMW',
  // Dollars written with their country's own letters before the sign (beyond the two-letter ISO prefixes: "NZ$").
  'N$': 'NAD', 'RD$': 'DOP', 'J$': 'JMD', 'TT$': 'TTD', 'EC$': 'XCD', 'BZ$': 'BZD', 'FJ$': 'FJD', 'SI$': 'SBD', 'WS$': 'WST', 'T$': 'TOP',
  // East African shillings written with their country's letter.
  TSh: 'TZS', Tsh: 'TZS', USh: 'UGX', Ush: 'UGX',
  'G$': 'GYD', 'L$': 'LRD', 'Bds$': 'BBD', 'BDS$': 'BBD', 'Z$': 'ZWL',
  // Dollars and the pataca of territories outside the country data (Macau, the Cayman Islands).
  'MOP$': 'MOP', 'CI$': 'KYD',
};

/**
 * Currency words as listed: singulars, and plurals that are not the singular plus "s" ("reais", "kroner", "soles"); a
 * plural not ending in "s" is in LISTED_PLURALS too, so no "s" is added to it.
 */
const LISTED_CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY', yuan: 'CNY',
  renminbi: 'CNY', rupee: 'INR', rupees: 'INR', riyal: 'SAR', riyals: 'SAR', rial: 'IRR', rials: 'IRR', dirham: 'AED', dirhams: 'AED',
  naira: 'NGN', rand: 'ZAR', shilling: 'KES', shillings: 'KES', peso: 'MXN', pesos: 'MXN', won: 'KRW', rouble: 'RUB', roubles: 'RUB',
  ruble: 'RUB', rubles: 'RUB', lira: 'TRY', liras: 'TRY', real: 'BRL', reais: 'BRL', franc: 'CHF', francs: 'CHF', krone: 'NOK', kroner: 'NOK',
  krona: 'SEK', kronor: 'SEK', taka: 'BDT', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', dong: 'VND', zloty: 'PLN', zlotys: 'PLN',
  hryvnia: 'UAH', hryvnias: 'UAH', tenge: 'KZT', dinar: 'IQD', dinars: 'IQD', birr: 'ETB', cedi: 'GHS', cedis: 'GHS', kwacha: 'ZMW',
  shekel: 'ILS', shekels: 'ILS', manat: 'AZN', lari: 'GEL', dram: 'AMD', kyat: 'MMK', afghani: 'AFN', afghanis: 'AFN', forint: 'HUF',
  koruna: 'CZK', leu: 'RON', lei: 'RON', lev: 'BGN', som: 'KGS', sum: 'UZS', "so'm": 'UZS', 'so‘m': 'UZS', 'soʻm': 'UZS', sol: 'PEN', soles: 'PEN', pula: 'BWP', kwanza: 'AOA', metical: 'MZN', leone: 'SLE',
  drams: 'AMD', manats: 'AZN', laris: 'GEL', kyats: 'MMK', forints: 'HUF', korunas: 'CZK', levs: 'BGN', boliviano: 'BOB', bolivianos: 'BOB',
  quetzal: 'GTQ', quetzales: 'GTQ', guaraní: 'PYG', guaranís: 'PYG', guaranies: 'PYG', lempira: 'HNL', lempiras: 'HNL', colones: 'CRC',
  córdobas: 'NIO', cordobas: 'NIO', bolívares: 'VES', bolivars: 'VES', bolivar: 'VES', somoni: 'TJS', tugrik: 'MNT', tugriks: 'MNT', ngultrum: 'BTN',
  rufiyaa: 'MVR', ariary: 'MGA', dalasi: 'GMD', kina: 'PGK', vatu: 'VUV', denars: 'MKD', nakfa: 'ERN', tenges: 'KZT', sums: 'UZS',
  // Currencies of the country data that only a word of their own names (not "dollar", "franc" or a shared word).
  riel: 'KHR', riels: 'KHR', kip: 'LAK', lek: 'ALL', lekë: 'ALL', escudo: 'CVE', escudos: 'CVE', gourde: 'HTG', gourdes: 'HTG',
  balboa: 'PAB', balboas: 'PAB', loti: 'LSL', maloti: 'LSL', lilangeni: 'SZL', emalangeni: 'SZL', ouguiya: 'MRU', ouguiyas: 'MRU',
  dobra: 'STN', dobras: 'STN', tala: 'WST', "pa'anga": 'TOP', 'pa‘anga': 'TOP', 'paʻanga': 'TOP',
};

/** Listed plurals that do not end in "s" ("lei", "kroner", "maloti"): they take no "s" of their own. */
const LISTED_PLURALS = new Set(['lei', 'kroner', 'kronor', 'maloti', 'emalangeni', 'lekë']);

/**
 * Currency words after the number: word → [default ISO code]. A demonym before it picks the country's own currency.
 * Every listed singular not ending in "s" reads in its regular English plural too ("930 kwanzas", "50 rands", "3 nairas").
 */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(LISTED_CURRENCY_WORDS).filter(([w]) => !w.endsWith('s') && !LISTED_PLURALS.has(w)).map(([w, code]) => [`${w}s`, code])),
  ...LISTED_CURRENCY_WORDS,
};

/**
 * Currency plurals that are ordinary English words ("1,500 sols on Mars", "40 leks of sage grouse", "a load of 50 kips"):
 * money only with a currency context, a demonym before them or a scale word ("2 million Peruvian sols", "3 billion kips").
 */
export const CONTEXT_CURRENCY_WORDS = new Set(['sols', 'leks', 'kips']);


/**
 * Currency names written in their own mixed case, before or after the amount: Zimbabwe Gold ("ZiG 152 billion",
 * "26.7 ZiG to the dollar"). Read in that case only: a lower-case or all-capital form is another word.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = { ZiG: 'ZWG' };

/** Special currency phrases with a region word before the currency word. */
export const CURRENCY_PHRASES: Readonly<Record<string, string>> = {
  'us dollars': 'USD', 'u.s. dollars': 'USD', 'hong kong dollars': 'HKD', 'cfa francs': 'XOF', 'cfa franc': 'XOF', 'swiss francs': 'CHF', 'danish kroner': 'DKK',
  'euro': 'EUR', 'saudi riyals': 'SAR', 'uae dirhams': 'AED', 'emirati dirhams': 'AED', 'british pounds': 'GBP', 'egyptian pounds': 'EGP',
};

/** Currency words shared by several countries: the article's most-mentioned matching country decides. */
export const AMBIGUOUS_CURRENCIES: Readonly<Record<string, readonly string[]>> = {
  peso: ['MXN', 'ARS', 'CLP', 'COP', 'PHP', 'UYU', 'DOP', 'CUP'], rupee: ['INR', 'PKR', 'LKR', 'NPR', 'MUR', 'SCR'],
  shilling: ['KES', 'UGX', 'TZS', 'SOS'], dinar: ['IQD', 'KWD', 'JOD', 'BHD', 'LYD', 'TND', 'RSD', 'DZD', 'MKD'],
  riyal: ['SAR', 'QAR', 'OMR', 'YER'], rial: ['IRR', 'OMR', 'YER', 'QAR'], franc: ['CHF', 'XOF', 'XAF', 'CDF', 'GNF', 'RWF', 'BIF', 'DJF', 'KMF', 'MGA'],
  krone: ['NOK', 'DKK'], kroner: ['NOK', 'DKK'], krona: ['SEK', 'ISK'], kronor: ['SEK', 'ISK'], pound: ['GBP', 'EGP', 'LBP', 'SYP', 'SDG', 'SSP'],
  leu: ['RON', 'MDL'], lei: ['RON', 'MDL'], kwacha: ['ZMW', 'MWK'], manat: ['AZN', 'TMT'], dirham: ['AED', 'MAD'],
  dollar: ['USD'], won: ['KRW', 'KPW'], real: ['BRL'], rand: ['ZAR'], lira: ['TRY'], som: ['KGS', 'UZS'], 'cfa franc': ['XOF', 'XAF'], sr: ['SAR', 'SCR'],
  k: ['ZMW', 'PGK', 'MWK', 'MMK'],
};

/** The currency words of each ISO code, listed or shared ("EUR" → euro, euros): what a demonym's currency must be written as. */
export const WORDS_OF_CURRENCY: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const byCode = new Map<string, Set<string>>();
  const add = (code: string, w: string): void => { byCode.set(code, (byCode.get(code) ?? new Set()).add(w)); };
  for (const [w, code] of Object.entries(CURRENCY_WORDS)) add(code, w);
  for (const [w, codes] of Object.entries(AMBIGUOUS_CURRENCIES)) for (const code of codes) { add(code, w); add(code, `${w}s`); }
  return byCode;
})();

/** The cedi, written with a cent or cedi sign after Ghana's letters ("GH¢", "GH₵"); elsewhere "¢" is a cent ("US¢50"). */
export const CEDI_PREFIXES: readonly string[] = ['GH¢', 'GH₵'];

/** What a bare exchange rate is written against: "per dollar", "to the euro", "against the yen". */
export const EXCHANGE_RATE_LINKS: readonly string[] = ['per', 'to the', 'to one', 'to a', 'against the'];

/** The currencies a bare exchange rate is quoted against: they name the other side, not the figure's currency. */
export const EXCHANGE_RATE_CURRENCIES: readonly string[] = ['dollar', 'euro', 'pound', 'yen'];
