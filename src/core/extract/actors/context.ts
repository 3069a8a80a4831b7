// Context patterns of the actor rules: the words before or after a name that cue a person or an organisation.
import { NAMED_BODIES } from '../lexicon/organisations';
import { EMPLOYER_ROLES, HONORIFICS, OFFICER_AREAS, PERSON_CUE_WORDS, RESEARCH_OCCUPATIONS, TITLE_PATTERN } from '../lexicon/titles';
import { PERSON_CUE_VERBS, SPEECH_VERBS } from '../lexicon/verbs';

export const TITLE_RE = new RegExp(`${TITLE_PATTERN}(?=[\\s,])`, 'iuy');

export const TITLE_START = new RegExp(`^${TITLE_PATTERN}$`, 'iu');

/** A title that is an honorific ("Alhaji", "Tan Sri"), which also opens names of places and bodies ("Sir Ian Blake Hospital"). */
export const HONORIFIC = new RegExp(`^(?:${HONORIFICS})$`, 'iu');

/** Lower-case kinds of political body after a name ("the Libre alliance"). */
export const BODY_AFTER = new RegExp(`^\\s+(?:${[...NAMED_BODIES].join('|')})\\b`);

/** A title with a portfolio: "Minister of Investment", "Secretary for Trade", "Minister for the Overseas Territories". */
export const PORTFOLIO_OF = /\s(?:of|for)\s+(?:the\s+)?\p{Lu}/u;

export const UNIT_AFTER = /^(?:\s*%|\s*-|\s+(?:per|percent|million|billion|trillion|thousand|points?|tonnes|km|kg)\b)/;

/**
 * Company and body nouns right before a name that make it an organisation ("the miner Glencore"); a railway only as a
 * state's ("State railway Ukrzaliznytsia", not "The railway Putin inaugurated").
 */
export const ORG_CUE_BEFORE = new RegExp(String.raw`\b(?:firm|company|group|pollster|utility|operator|producer|carrier|giant|maker|manufacturer|lender|insurer|broker|consultancy|conglomerate|miner|refiner|supplier|bidder|marketer|wholesaler|distributor|startup|start-up|venture|foundry|buyer|consortium|consortium\s+of|chipmaker|carmaker|automaker|steelmaker|shipbuilder|airline|shares\s+of|platform|broadcaster|newspaper|outlet|agency|exporter|importer|developer|contractor|shipper|trader|bank|fund|watchdog|regulator|charity|association|federation|confederation|lobby|think\s+tank|nonprofit|non-profit|(?:[Ss]tate-(?:owned|run|controlled)|[Gg]overnment-owned)(?:\s+(?:railway|railways|railroad))?|(?:[Ss]tate|[Nn]ational)\s+(?:railway|railways|railroad)|(?:${RESEARCH_OCCUPATIONS})\s+at)\s+$`);

/**
 * An officer's, employee's or researcher's role before "of"/"at" and an employer: "chief executive of", "an economist
 * at" (actors/rules/cueOrg.ts).
 */
export const EMPLOYER_CUE_BEFORE = new RegExp(String.raw`\b(?:${EMPLOYER_ROLES}|${RESEARCH_OCCUPATIONS})\s+(?:of|at)\s+$`);

/** The same cue nouns before an apposed name closed by a comma: "its logistics agency, Bulog, said". */
export const ORG_CUE_APPOSED = new RegExp(`${ORG_CUE_BEFORE.source.slice(0, -4)}\\s*,\\s+$`);

/**
 * A person's role whose body is the object of "for"/"of", before a comma ("A spokesman for the lobby group, ", "The
 * lawyer for the company, "): the name apposed next is the person's, not the body's.
 */
export const ROLE_FOR_BODY_APPOSED = new RegExp(String.raw`\b(?:${EMPLOYER_ROLES}|lawyer|attorney|counsel|representative|chief|leader|official|member|economist|analyst)s?\s+(?:for|of)\s+(?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+\s*,\s+$`, 'u');

/**
 * A kind of armed or political grouping before an apposed name of any length closed by a comma: "The largest gang,
 * Grand Ravine, controls …"; a plural may open a list ("two coalitions, Unidad Nueva and …").
 */
export const BODY_CUE_APPOSED = /\b(?:alliance|coalition|gang|militia|faction|bloc)(s?)\s*,\s+$/;

/** A part of a company after its one-word name: "its Tarsa subsidiary", "the Belco joint venture". */
export const COMPANY_PART_AFTER = /^\s+(?:subsidiary|subsidiaries|affiliate|joint\s+venture)\b/;

/** A company officer's title (the C-suite included): the capitalised run just before it is the company. */
export const CORPORATE_TITLE = new RegExp(String.raw`^(?:chief\s+executive(?:\s+officer)?|chief\s+(?:${OFFICER_AREAS})\s+officer|ceo|cfo|coo|cto|chair(?:man|woman|person)?|founder|spokes(?:man|woman|person)|president|director|head)$`, 'i');

/**
 * An occupation practised for a firm or institute ("Meridian Analytics economist", "Halden Research analyst"): the
 * capitalised run just before it is the employer, as for a corporate title.
 */
export const EMPLOYER_TITLE = /^(?:(?:senior|chief|lead|principal|head)\s+)?(?:economist|analyst|strategist|researcher)$/i;

/** A one-word run that reads as an adjective of a people or a region ("Kurdish", "Tamilian", "Nordic"): no employer. */
export const ADJECTIVE_SHAPE = /(?:an|ese|ish|ic|i)$/;

/** A body speaking right after its name ("Lobito Atlantic Railway said"). */
export const SPEAKS_AFTER = new RegExp(`^\\s+(?:${SPEECH_VERBS}|reported)\\b`);

export const CUE_AFTER = new RegExp(String.raw`^(?:\s*,\s*\p{Lu}\p{Ll}+['’]s\s+(?:\p{Ll}+[\s-]+){0,3}(?:minister|president|ambassador|envoy|spokes(?:man|woman|person)|governor|secretary|general|leader|speaker|negotiator|adviser|advisor|chief)\b|\s*,\s*(?:(?:who|a|an|the)(?![\p{L}])|(?:(?:chief|deputy|managing|executive|senior|vice|general|assistant|acting|interim|former|founding|co)[\s-]+)?\p{Ll}+(?:[\s-]general)?\s+(?:at|of|for|with)\b)|['’]s\s+(?:government(?!\s+(?:bonds?|debt|securities|paper|yields?|contracts?|business))|administration|cabinet|coalition|allies|aides|successor|predecessor|re-?election|election\s+campaign|presidency|premiership|wife|husband|son|daughter)\b|,?\s+(?:${PERSON_CUE_VERBS})\b)`, 'u');

export const CUE_BEFORE = new RegExp(String.raw`(?:\b(?:${PERSON_CUE_WORDS})\s*,?\s*)$`, 'u');

/** Tokens CUE_BEFORE can end at: the last word of each cue ("to", "right", "president") and a comma. */
export const CUE_BEFORE_ENDS = new Set([',', ...PERSON_CUE_WORDS.split('|').map((cue) => cue.slice(Math.max(cue.lastIndexOf('+'), cue.lastIndexOf('-')) + 1))]);

/** A plural company noun introducing several members: "manufacturers, led by X", "firms such as X". */
const PLURAL_COMPANY_SLOT = String.raw`\b(?:companies|firms|manufacturers|makers|producers|lenders|banks|operators|carriers|insurers|exporters|importers|suppliers|developers|rivals|competitors|groups|miners|refiners|utilities|brands|startups|platforms),?\s+(?:led\s+by|including|such\s+as|like|notably|among\s+them)\s+`;

/** Organisation slots: "its Greek manager, X", "manufacturers, led by X", "firms such as X". */
export const ORG_SLOT_BEFORE = new RegExp(String.raw`(?:\b(?:its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:manager|operator|owner|charterer|insurer|parent|subsidiary|contractor|lender|buyer|seller|partner|shipper|carrier|auditor|underwriter|builder|developer)\s*,\s*|\b(?:[Ss]hares|[Ss]tock|[Ss]takes?|[Bb]onds)\s+(?:in|of)\s+|\b(?:[Pp]rivati[sz]ation|[Nn]ationali[sz]ation|[Rr]e-?nationali[sz]ation|[Ff]lotation|IPO)\s+of\s+|${PLURAL_COMPANY_SLOT})$`, 'u');

/**
 * Cues that take several members, so a known company after them opens a list the cue rule continues ("the consortium
 * of Trafigura, Mota-Engil and Vecturis", "miners such as Glencore and Vale"); a cue of one company ("the miner
 * Glencore and Ivan Glasenberg") opens none.
 */
export const ORG_LIST_CUE_BEFORE = new RegExp(String.raw`(?:\b(?:consortium|joint\s+venture|alliance|partnership)\s+of\s+|${PLURAL_COMPANY_SLOT})$`, 'u');

/** A person slot after the name: "X of <Capitalised>" ("Maria Lopez of the Workers' Party"); only for names of two words or more. */
export const OF_SLOT_AFTER = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/** A plural role noun before an apposed list of names: "the leading candidates, Ana Gil and Luis Paz". */
export const PLURAL_CUE_BEFORE = /\b(?:candidates|challengers|contenders|ministers|officials|analysts|negotiators|envoys|nominees|lawmakers|economists|diplomats|mediators|co-chairs)\s*,\s*$/u;

/** Acts done to a person, before a name of two or three words: "the killing of Ana Ruiz Soto", "the arrest of Li Qiang". */
export const HARM_OF_BEFORE = /\b(?:killing|murder|assassination|arrest|detention|abduction|kidnapping|execution|poisoning|extradition|imprisonment|jailing)\s+of\s+$/u;

/** Contest verbs before a multi-word name ("led Maria Lopez by 3 points", "defeated Juan Perez"). */
export const CONTEST_BEFORE = /\b(?:led|trailed|defeated|beat|beating|edged|narrowly\s+ahead\s+of|ahead\s+of)\s+$/u;

/** Words after a capital's possessive that make it act for the state ("Lima's foreign ministry", "Ankara's decision"). */
export const INSTITUTION_AFTER = /^\s+(?:(?:foreign|defen[cs]e|finance|trade|interior|economy|energy|new|top|chief|own)\s+)*(?:ministry|ministries|government|envoy|ambassador|embassy|position|decision|response|stance|policy|demands?|offer|objections?|protests?|refusal|approval|bid|plans?|leadership|negotiators?|diplomats?|officials?)\b/i;

/**
 * An apposition naming a kind of organisation: "Acme, the industry association, said"; its kind comes before any "of"
 * ("Yves Koné, the director-general of the regulator" is a person) but after a part of a body ("Kasikorn Vantage, a
 * unit of the bank, said", "Orsted Wind, an arm of the utility,"). Also one that ties it to another body by "its"
 * ("Fingrid, its Finnish counterpart, has asked": "his"/"her" would make it a person's), with no word before the noun
 * but a demonym or a word of size or ownership ("Jane Mwangi, its managing partner," and "Kariuki, its former operator,"
 * are people).
 */
export const ORG_APPOSITION_AFTER = /^,\s+(?:its\s+(?:(?:\p{Lu}\p{Ll}+|main|chief|larger|smaller|bigger|biggest|largest|state-owned|state-run|listed|regional|national|foreign|domestic)\s+){0,2}(?:counterpart|rival|parent|peer|sister\s+company|operator|subsidiary|regulator|affiliate)|(?:the|a|an|\p{Lu}\p{Ll}+['’]s)\s+(?:(?!of\s)[\p{L}-]+\s+){0,3}(?:(?:unit|arm|division|branch|part|wing|offshoot)\s+of\s+(?:(?!of\s)[\p{L}-]+\s+){0,3})?(?:association|lobby|group|body|federation|union|company|firm|operator|agency|regulator|producer|maker|manufacturer|bank|lender|insurer|think\s+tank|charity|organi[sz]ation|alliance|consortium|network|watchdog|broadcaster|newspaper|utility|carrier|airline|party|movement|coalition|militia|institute|foundation|university|exchange|pollster|consultancy|platform|owner|shipowner|trader|exporter|importer|refiner|miner|conglomerate|cooperative|co-operative|retailer|nonprofit|non-profit|subsidiary|affiliate|joint\s+venture|supplier|distributor|marketer|wholesaler))s?(?=\s*[,.;:)]|\s+(?:that|which|based|said|in|of|for|with|between|owned|run|controlled|founded|headquartered|listed|backed)\b)/u;

/**
 * An unknown name apposed to its country's legislature, the apposition closed by a comma ("told the State Great
 * Khural, the parliament, on Tuesday"); not "…, the court said", where a person is quoted.
 */
export const LEGISLATURE_APPOSED_AFTER = /^,\s+the\s+(?:(?:national|country['’]s)\s+)?(?:parliament|legislature)\s*,/u;
