// Company word lists: corporate forms, the sector and product words company names end in, and the words around them.
import { COMPASS_AND_CENTRE } from './places';

/** Corporate forms written in full ("Havenlijn Group", "Meridian Holdings", "Kestrel Limited"). */
export const CORPORATE_FORM_WORDS: readonly string[] = ['Group', 'Holdings', 'Corporation', 'Company', 'Limited', 'Incorporated'];

/** Corporate forms written short, with or without a full stop ("Corp.", "Ltd", "Sdn Bhd", "PT … Tbk"). */
export const CORPORATE_FORM_ABBREVIATIONS: readonly string[] = ['Corp', 'Co', 'Inc', 'Ltd', 'Bhd', 'Tbk'];

/** Corporate forms written as capitals after the name ("Meridian LLC", "Gazprom Neft PJSC"). */
export const CORPORATE_FORM_CODES: readonly string[] = ['LLC', 'PLC', 'JSC', 'PJSC', 'LLP'];

/** Corporate forms written before the name ("PT Vale Indonesia", "PJSC Gazprom Neft"). */
export const CORPORATE_FORM_PREFIXES: readonly string[] = ['PT', 'PJSC', 'JSC', 'OJSC', 'OAO'];

/**
 * Heads of a company's own name, which lend the words before them as its short form ("Havenlijn" of "Havenlijn
 * Group"): the forms in full and three short ones. Not "Co", "Bhd" or "Tbk" (orgShortForms.ts).
 */
export const CORPORATE_HEADS = new Set([...CORPORATE_FORM_WORDS, 'Corp', 'Ltd', 'Inc']);

/** Forms after an all-caps name that make the all-caps name a company's short form ("MMG Ltd", "CNOOC Limited"). */
export const CAPS_COMPANY_FORMS: readonly string[] = ['Group', 'Holdings', 'Limited', 'Ltd', 'Inc', 'PLC', 'LLC'];

/** Last words of a company's name: its acronym then opens a firm's name ("CNPC Engineering Group"), not an organ's (orgHeads.ts). */
export const COMPANY_NAME_ENDS: readonly string[] = [...CORPORATE_FORM_WORDS, 'Berhad', 'Industries'];

/** Company tails that are also surnames ("Samantha Power", "Dore Gold"): they do not make a name a company on their own. */
const SURNAME_TAILS = new Set(['Power', 'Gold', 'Steel', 'Wind', 'Copper', 'Solar', 'Silver']);

/** Company words that name no sector a ministry or a market is named by: after a capital they make a company ("Tokyo Electron"). */
export const CAPITAL_COMPANY_TAILS = new Set(['Electric', 'Electron', 'Electronics', 'Semiconductor', 'Semiconductors', 'Chemicals', 'Aerospace', 'Automotive',
  'Motors', 'Dynamics', 'Pharma', 'Shipyards', 'Scientific', 'Instruments', 'Optics', 'Photonics', 'Robotics', 'Therapeutics', 'Biotech']);

/** Company tails that are neither surnames nor of CAPITAL_COMPANY_TAILS. */
const OTHER_COMPANY_TAILS = ['Mines', 'Mining', 'Minerals', 'Metals', 'Energy', 'Oil', 'Gas', 'Resources', 'Shipping', 'Defence', 'Defense', 'Ports',
  'Energía', 'Energia', 'Zinc', 'Nickel', 'Cobalt', 'Manganese', 'Platinum', 'Palladium', 'Titanium', 'Tungsten', 'Molybdenum', 'Vanadium', 'Graphite',
  'Chrome', 'Aluminium', 'Aluminum', 'Lithium', 'Uranium', 'Cement', 'Telecom', 'Foods', 'Renewables', 'International'];

/** Words a company's name ends in ("Kalumbila Copper", "Tokyo Electron", "Meridian Mining"). */
export const COMPANY_TAILS = new Set([...CAPITAL_COMPANY_TAILS, ...SURNAME_TAILS, ...OTHER_COMPANY_TAILS]);

/** COMPANY_TAILS but SURNAME_TAILS: a word that makes the name before it a company on its own. */
const COMPANY_ONLY_TAILS = new Set([...CAPITAL_COMPANY_TAILS, ...OTHER_COMPANY_TAILS]);

/** A company tail that is no surname ("Mining", not "Power" of "Samantha Power"). */
export function isCompanyOnlyTail(w: string): boolean {
  return COMPANY_ONLY_TAILS.has(w);
}

/** Sector words that are organisation heads too ("Shandong Industries", "Kestrel Securities"); ORG_HEADS takes them in. */
export const COMPANY_SECTOR_HEADS: readonly string[] = ['Industries', 'Industry', 'Investments', 'Technologies', 'Logistics', 'Pharmaceuticals',
  'Securities', 'Petroleum', 'Airlines'];

/**
 * Ordinary words of sectors and corporate forms that companies' names are made of beyond COMPANY_TAILS ("Beijing
 * Enterprises Holdings", "Yunnan Tin Group"): alone, they name no company (orgShortForms.ts).
 */
export const SECTOR_WORDS = new Set([...COMPANY_SECTOR_HEADS, 'Enterprises', 'Enterprise', 'Industrial', 'Investment', 'Development',
  'Construction', 'Engineering', 'Technology', 'Materials', 'Machinery', 'Heavy', 'Trading', 'Trade', 'Transport',
  'Petrochemical', 'Chemical', 'Nonferrous', 'Non-Ferrous', 'Tin', 'Iron', 'Coal', 'Rare', 'Earth', 'Earths', 'Water', 'Port', 'Railway',
  'Airport', 'Expressway', 'Urban', 'City', 'Pharmaceutical', 'Textile', 'Textiles', 'Agriculture', 'Fishery',
  'Fisheries', 'Forestry', 'Shipbuilding', 'Auto', 'Automobile', 'Tobacco', 'Salt', 'Grain', 'Sugar', 'Finance', 'Financial',
  'Insurance', 'Media', 'Communications', 'Telecommunications', 'Electricity', 'Grid', 'Nuclear', 'Hydro', 'Hydropower']);

/** Generic first words of state companies, whose country is part of the name ("National Grid Corporation of the Philippines"). */
export const STATE_COMPANY_LEADS = new Set(['National', 'State', 'Federal', 'Central', 'Public', 'General', 'Power', ...SECTOR_WORDS]);

/**
 * Lower-case nouns after a name that make it a company's ("the Lobito Atlantic Railway consortium of …"). Not "company"
 * or "operator", which follow the feature a company runs ("the Panama Canal operator", "the Suez Canal company").
 */
export const COMPANY_NOUNS_AFTER = new Set(['consortium', 'concessionaire']);

/**
 * Words that name a direction, a region or a quality before a corporate head ("Pacific Group", "Southern Company",
 * "Golden Holdings"): alone, later, they are adjectives ("Pacific leaders", "Southern Ukraine"), no short form.
 */
export const GENERIC_NAME_WORDS = new Set([...COMPASS_AND_CENTRE, 'Pacific', 'Atlantic',
  'Arctic', 'Asian', 'African', 'European', 'American', 'National', 'International', 'Global', 'United', 'General', 'Capital', 'Premier',
  'Golden', 'Royal', 'First', 'New', 'Great', 'Grand', 'Standard', 'Continental', 'Universal', 'Imperial', 'Federal']);

/** Words of a company's legal form or grouping ("Holding", "Plc" and the corporate heads and codes). */
export const COMPANY_LEGAL_FORMS = new Set([...CORPORATE_HEADS, ...CORPORATE_FORM_CODES, 'Holding', 'Plc']);
