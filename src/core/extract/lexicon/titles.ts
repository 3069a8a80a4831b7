// Titles of persons: the title pattern, the words a title can start with, the words that name a portfolio, and the roles and
// occupations that cue a person.

/** The areas of a company's "chief … officer" (the C-suite), shared by the title pattern and the corporate-title test. */
export const OFFICER_AREAS = 'financial|operating|technology|information|investment|commercial|marketing|risk|compliance|legal|data|strategy|digital|security';

/**
 * Honorifics written before a name in news from West Africa, the Malay world, South Asia, churches and the peerage
 * ("Alhaji Musa Bello", "Tan Sri Ahmad Zaki", "Pastor Ade Okon", "Sir Ian Blake"): a role, never part of the name
 * (guideline 6). Words that also open ordinary names or place names ("Tun", "Nana", "Mian", "Syed", "Dame" of
 * "Notre Dame") are left out.
 */
export const HONORIFICS = String.raw`alhaji|alhaja|alh\.|hajiya|hajia|hajjah|haji|mallam|malam|tan\s+sri|puan\s+sri|datuk(?:\s+seri)?|dato['’]?(?:\s+s(?:e)?ri)?|datin|pastor|reverend|rev\.|rabbi|mufti|maulana|ustaz|sheikha|sir|baroness|engr\.`;

/**
 * Offices named "<office>-General" ("Comptroller-General", "Auditor General"), hyphenated or not: one title, so the
 * name after it is read as the person. A domain word may stand before it ("Customs Comptroller-General").
 */
export const GENERAL_OFFICE_WORDS = new Set(['Attorney', 'Comptroller', 'Auditor', 'Inspector', 'Solicitor', 'Surgeon', 'Accountant', 'Postmaster', 'Registrar', 'Governor']);
export const GENERAL_OFFICES = [...GENERAL_OFFICE_WORDS].map((office) => String.raw`${office.toLowerCase()}[\s-]general`).join('|');

/** Lower-case title words may also be written in lower case ("foreign minister"). */
export const TITLE_PATTERN = String.raw`(?:(?:former|deputy|vice|rear|air|fleet|government|top|lead|acting|interim|senior|chief|special|junior|first|second|lieutenant|lt\.?|maj\.?|brig\.?|grand|supreme|crown|opposition|army|navy|military|party|cabinet|central\s+bank|economy|economic|foreign|defen[cs]e|finance|trade|interior|home|health|energy|justice|environment|agriculture|oil|petroleum|commerce|industry|education|labou?r|transport|mining|information|climate|development|planning|security|treasury|state|prime|investment|minerals?|resources|natural|tourism|fisheries|water|housing|culture|science|technology|digital|infrastructure|public|works|maritime|aviation|lands?|electricity|power|revenue|customs|immigration|veterans|industry|communications|telecommunications|disaster|management|relief|rehabilitation|food|emergency|welfare|railways|shipping|irrigation|livestock|textiles|executive|${OFFICER_AREAS})(?:\s+and)?[\s-]+)*` +
  String.raw`(?:minister(?:\s+(?:of|for)\s+(?:state\s+for\s+)?\p{Lu}\p{L}+(?:\s+(?:and\s+)?\p{Lu}\p{L}+)*)?|secretary(?:-general|\s+general|\s+of\s+state|\s+of\s+defen[cs]e|\s+of\s+the\s+treasury)?|president(?:-elect)?|${GENERAL_OFFICES}|${HONORIFICS}|chancellor|premier|king|queen|prince|princess|sheikh|emir|sultan|general|gen\.|admiral|adm\.|colonel|col\.|major|captain|capt\.|commodore|commander(?:-in-chief)?|lieutenant|sergeant|sgt\.|field\s+marshal|marshal|brigadier|ambassador|envoy|senator|sen\.|representative|rep\.|congress(?:wo)?man|governor|gov\.|mayor|speaker|chair(?:man|woman|person)?|ceo|chief\s+executive|managing\s+(?:director|editor|partner)|director(?:-general|\s+general)?|administrator|commissioner|high\s+representative|high\s+commissioner|judge|justice|dr\.?|mr\.?|mrs\.?|ms\.?|professor|prof\.|pope|cardinal|archbishop|bishop|imam|ayatollah|leader|chief(?:\s+of\s+staff)?|spokes(?:man|woman|person)|head\s+of\s+state|economist|analyst|researcher|lawyer|diplomat|activist|editor|journalist|historian|scholar|negotiator|executive|founder|adviser|advisor|lawmaker|legislator|mp|envoy|officer|cfo|coo|cto)`;

/** Words a title can start with (lower case), read off the title pattern: a cheap gate before the sticky regex. */
export const TITLE_FIRST = new Set(TITLE_PATTERN.toLowerCase().replace(/\\s[+*]|\\\.|\\p\{lu\}|\\p\{l\}/g, ' ').split(/[^a-z]+/).filter((x) => x.length > 1)
  .concat(['defence', 'defense', 'labour', 'labor', 'spokesman', 'spokeswoman', 'spokesperson', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'chairperson', 'chair']));

/** Words that name a portfolio, not a person ("Minister of Foreign Affairs Lavrov"). */
export const PORTFOLIO_WORDS = new Set([...TITLE_FIRST, 'affairs', 'planning', 'cooperation', 'relations', 'development', 'economy', 'investment', 'industry',
  'trade', 'finance', 'europe', 'africa', 'asia', 'national', 'international', 'foreign', 'home', 'social', 'family', 'youth', 'sport', 'sports', 'women',
  'policy', 'welfare', 'reform', 'reforms', 'integration', 'promotion', 'innovation', 'religious', 'local', 'government', 'rural', 'urban', 'regional',
  'pensions', 'tax', 'taxation', 'budget', 'employment', 'jobs', 'skills', 'territories', 'diaspora', 'heritage', 'arts', 'media', 'food', 'safety',
  'emergency', 'disaster', 'management', 'mines', 'mining', 'hydrocarbons', 'gas', 'plantation', 'plantations', 'commodities', 'aquaculture', 'livestock']);

/** Abbreviated titles of headlines and captions ("PM Rahman", "Indonesian DM Hartono"): a title, never an organisation. */
export const TITLE_ABBREVIATIONS = ['PM', 'DM', 'FM', 'VP', 'CM', 'DPM', 'EAM'];

/** Letters written after a person's name ("Hassan MP", "Cherie QC", "John Smith Jr"): never the acronym of a company name. */
export const POST_NOMINALS = new Set(['MP', 'MEP', 'MLA', 'MPP', 'QC', 'KC', 'SC', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'Jr', 'Sr']);

/**
 * Nouns of a person's role, as a pattern: they end an apposition with an owner ("Selvaraj Kugan, ITAK's chief
 * ministerial candidate, said"), where a partner, an exporter or an ally may be a body.
 */
export const PERSON_ROLE_NOUNS = 'candidate|nominee|minister|leader|spokes(?:man|woman|person)|director|chief|head|adviser|advisor|secretary|president|' +
  'chair(?:man|woman|person)?|economist|analyst|negotiator|envoy|ambassador|official|officer|executive|founder|governor|deputy|lawmaker|' +
  'senator|mayor|commander|general|researcher|strategist|lawyer|manager|editor|correspondent';

/** Research occupations before "at" and their employer ("analysts at Kpler", "a fellow at Chatham House"), as a pattern. */
export const RESEARCH_OCCUPATIONS = String.raw`analysts?|economists?|researchers?|strategists?|fellows?|professors?|lecturers?|scholars?|academics?|historians?|scientists?`;

/** Officers' and employees' roles in a body, as a pattern: "chief executive of", "a spokesman for". */
export const EMPLOYER_ROLES = String.raw`executive|officer|president|chair(?:man|woman|person)?|director|head|founder|spokes(?:man|woman|person)|manager|secretary|adviser|advisor`;

/** Person cues before a name ("said", "according to", "analyst"), as a pattern, each ending in a word the tokenizer keeps whole. */
export const PERSON_CUE_WORDS = String.raw`said|says|according\s+to|told|asked|wrote|added|counterpart|spokesman|spokeswoman|spokesperson|analyst|economist|researcher|lawyer|diplomat|official|activist|adviser|advisor|scholar|fellow|negotiator|journalist|candidate|opposition\s+leader|by|under|leftist|rightist|far-right|far-left|hard-line|hardline|conservative|liberal|socialist|centrist|populist|incumbent|candidate|rival|challenger|nominee|opponent|businessman|businesswoman|billionaire|tycoon|dissident|blogger|veteran|strongman|premier|ex-president`;

/** Officials an office is named after ("Office of the High Commissioner for …", "Bureau of the Prosecutor"), as a pattern. */
export const OFFICE_OFFICIALS = 'High Commissioner|High Representative|Special Representative|Special Envoy|Special Coordinator|Commissioner|Representative|Envoy|' +
  'Prosecutor|Ombudsman|Coordinator|Adviser|Advisor|Secretary-General|Secretary|Vice President|President|Prime Minister|Attorney General|Inspector General|Auditor General|Registrar';

/** Ranks that are also adjectives, which a company word after them does not make a company's first word. */
export const ADJECTIVE_RANKS = new Set(['Major', 'Private', 'Chief', 'Senior', 'Junior']);

/** Plural roles that govern a list of people ("the leaders of the gangs, X and Y"). */
export const PLURAL_ROLES = new Set(['leaders', 'heads', 'chiefs', 'commanders', 'bosses', 'founders', 'spokesmen', 'spokespeople', 'envoys', 'negotiators']);
