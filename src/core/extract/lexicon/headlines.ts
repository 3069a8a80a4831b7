// Title-case headlines ("Senate Panel Backs Steel Quota As Mexico Talks Stall"): the words that are
// verbs or start a clause there, so a capitalised run is cut before them. Forms that are also common
// nouns of names ("Falls", "Strikes", "Press", "Lower House", "Plans") are left out.
import { SINGLE_HEADS } from './organisations';

/** Verbs of news headlines, third person or plural present ("Backs", "Agree", "Says"). */
export const HEADLINE_VERBS = new Set(('Backs Signs Agree Agrees Say Says Wins Slips Nears Eases Stall Stalls Resume Resumes Cuts ' +
  'Imposes Vow Vows Seek Seeks Presses Halts Renew Renews Takes Lifts Clash Clashes Pledge Pledges Faces Pushes Readies Grows Rises ' +
  'Meets Warn Warns Urge Urges Reject Rejects Approve Approves Passes Threaten Threatens Opens Closes Extends Drops Jumps Launches Joins ' +
  'Quits Visits Hosts Seals Bans Boosts Raises Hikes Slashes Begins Expands Delays Defends Denies Accuses Elects Appoints Sacks Weighs ' +
  'Mulls Buys Sells Secures Unveils Reaches Is Are Was Were Will Would Could Should Has Have Gets Wants Keeps Returns').split(' '));

/** The base form of a third-person headline verb ("Meets" → "Meet", "Pushes" → "Push", "Readies" → "Ready"). */
function baseForm(w: string): string {
  if (/ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:sh|ch|ss|x|z)es$/.test(w)) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** Auxiliaries in HEADLINE_VERBS, which have no base form of their own to derive. */
const AUXILIARIES = new Set(['Is', 'Are', 'Was', 'Were', 'Has', 'Have', 'Will', 'Would', 'Could', 'Should']);

/**
 * Base forms of headline verbs, which follow "to" in the commonest headline frame ("Trump to Meet Putin",
 * "Ghana to Host Talks"): the forms of HEADLINE_VERBS and a few more verbs headlines use that way.
 */
export const HEADLINE_BASE_VERBS = new Set([
  ...[...HEADLINE_VERBS].filter((w) => !AUXILIARIES.has(w)).map(baseForm),
  ...'Hold Send Build Leave Probe Restore End Scrap Tighten Deploy Withdraw Sue Cede Discuss Pay Give Offer Allow Sign Ship Supply Lend Repay Accept Issue Grant Receive'.split(' '),
]);

/**
 * Words that start a clause or a phrase inside a headline ("… As Mexico Talks Stall", "… After Reef Standoff"), and
 * the particles of phrasal verbs ("Rotate Out of", "Steps Up"), which no name ends in.
 */
export const HEADLINE_CLAUSE_WORDS = new Set(('As After Amid While And But Or With In On At To For From Over Into Despite Before Until Since ' +
  'Against Under Than Of By Via Ahead Out Off Up').split(' '));

/** Common nouns a title-case headline capitalises ("Mexico Talks", "EU Review", "Senate Panel"); never heads of organisation names. */
export const HEADLINE_NOUNS = new Set(('Talks Review Deal Deals Plan Row Vote Bill Quota Quotas Hotline Standoff Levy Cut Cuts Tariff Tariffs ' +
  'Sanctions Ties Pact Truce Ceasefire Election Elections Budget Visit Exports Imports Panel Probe Dispute Crisis Protest Protests Talk ' +
  'Accord Treaty Loan Aid Rates Prices Duties Curbs Rules Law Reform Reforms Deadline Bid Offer Win Defeat Victory Term Ban Limits ' +
  'Expansion Drills Patrol Patrols Frigate Frigates Cargo Standoff Shipments Test Ruling Hearing Verdict Licence License Permit Waiver').split(' '));

/**
 * Bodies every country has, which running text writes in lower case ("their coast guards", "the central bank"): a
 * title-case headline capitalises them, so there they are names only with a country before them.
 */
export const HEADLINE_GENERIC_BODIES = ['Coast Guard', 'Coast Guards', 'Border Guard', 'Central Bank', 'Navy', 'Air Force', 'Army', 'Police', 'Military'];

/**
 * Kinds of body that are never a name, even after a country ("Norway's wealth fund", "a Chilean pension fund"): a
 * title-case headline capitalises them, so there they are lowered whatever comes before them.
 */
export const HEADLINE_GENERIC_KINDS = ['Wealth Fund', 'Wealth Funds', 'Sovereign Fund', 'Sovereign Funds', 'Pension Fund', 'Pension Funds',
  // Kinds of trade bloc ("revive their customs union"); a name has its own word before them ("Eurasian Customs Union").
  'Customs Union', 'Customs Unions', 'Monetary Union', 'Currency Union', 'Common Market', 'Single Market'];

/** Degree adjectives that open a common noun phrase in a title-case headline ("Restore Full Visa Services", "Seek Fresh Aid Talks"); never the first word of a name. */
export const HEADLINE_MODIFIERS = new Set('Full Fresh Extra Further More Partial Tighter Stricter Broader Wider Renewed'.split(' '));

/** Short words title case leaves in lower case ("Host Talks With AU and IGAD as Truce Frays"): not counted in a heading's capitals. */
export const TITLE_CASE_MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'to', 'up', 'via', 'vs']);

/**
 * Heads of state institutions ("Supreme Court", "Foreign Ministry", "Senate"): in a title-case headline a capitalised
 * common noun after one is not part of its name ("Faces Supreme Court Test", "Wins Senate Backing"). The single heads
 * of organisations.ts but the party's Politburo, and the courts, the presidency and the legislature.
 */
export const HEADLINE_INSTITUTION_HEADS = new Set([...[...SINGLE_HEADS].filter((h) => h !== 'Politburo'), 'Court', 'Tribunal', 'Presidency', 'Legislature']);

/** Common nouns of companies and parties a title-case headline capitalises after a people's word ("Emirati Operator Wins"). */
export const HEADLINE_COMMON_HEADS = new Set(['Party', 'Operator', 'Firm', 'Company', 'Group', 'Giant', 'Miner', 'Lender', 'Insurer', 'Carrier', 'Developer',
  'Investor', 'Investors', 'Producer', 'Exporter', 'Importer', 'Shipper', 'Trader', 'Maker', 'Partner', 'Partners', 'Buyers', 'Firms', 'Companies']);

/** Generic bodies that are no name after a demonym in a headline ("Haitian Police"; see actors/headline.ts lowerHeadline). */
export const HEADLINE_DEMONYM_LOWERED = new Set(['Police', 'Military']);

/** Opaque and organisation heads that a title-case headline capitalises as common nouns after a country ("Haiti Mission", "Sudan War", "Somalia Force"). */
export const HEADLINE_COUNTRY_NOUNS = new Set(['Mission', 'War', 'Force']);
