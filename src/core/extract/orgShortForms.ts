// Short forms of an organisation the article names in full: "Meridian" after "Meridian Phosphate", "Samsung" after
// "Samsung Electronics", "First Quantum" after "First Quantum Minerals" (guidelines 12, 13: the canonical is the full
// name the article gave). Modelled on a person's later surname: the name without its last word, claimed by one
// organisation only.
import { getGazetteer, phraseKey } from './gazetteer';
import { CAPS_COMPANY_FORMS, COMPANY_HOME_PROVINCES, COMPANY_TAILS, CORPORATE_HEADS, FUNCTION_WORDS, GENERIC_NAME_WORDS, ORG_HEADS, SECTOR_WORDS } from './lexicon';

/** A name of two to four capitalised words, the last one in title case, with a lower-case letter in its first word ("Meridian Phosphate"; not "MTN Group"). */
const COMPANY_SHAPE = /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s+\p{Lu}\p{Ll}+$/u;

/** An all-caps name and a company form ("MMG Ltd", "CNOOC Limited"): the all-caps name is the short form. */
const CAPS_COMPANY = new RegExp(String.raw`^(\p{Lu}{2,6})\s+(?:${CAPS_COMPANY_FORMS.join('|')})\.?$`, 'u');

/** The short form the written name `text` lends to later mentions, or undefined. */
export function shortFormOf(text: string): string | undefined {
  const caps = CAPS_COMPANY.exec(text);
  if (caps) return getGazetteer().get(phraseKey(caps[1])) ? undefined : caps[1];
  const m = COMPANY_SHAPE.exec(text);
  if (!m) return undefined;
  // A body named by its kind ("Arctic Council", "Pacific Alliance") is no company: its first words name a region or a people.
  const head = text.slice(text.lastIndexOf(' ') + 1);
  if (ORG_HEADS.has(head) && !CORPORATE_HEADS.has(head)) return undefined;
  if (CORPORATE_HEADS.has(head) && GENERIC_NAME_WORDS.has(m[1])) return undefined;
  const short = m[1].replace(/\s+/g, ' ');
  const first = short.split(' ')[0];
  // A short form ending in a head is a name of its own ("Fulbright University" of "Fulbright University Vietnam"), and a
  // head word alone stands for its organisation through the head rules; a function word names nothing.
  if (FUNCTION_WORDS.has(first) || ORG_HEADS.has(short.slice(short.lastIndexOf(' ') + 1))) return undefined;
  // A known name is its own actor ("Kenya" of "Kenya Airways", "United Nations" of "United Nations Development
  // Programme"), and a known company the parent of the one named ("Gazprom" of "Gazprom Neft", "Siemens" of "Siemens Energy").
  if (getGazetteer().get(phraseKey(short))) return undefined;
  return short;
}

/**
 * "Energy" of "Shandong Energy Group", "Tin" of "Yunnan Tin Group", "Enterprises" of "Beijing Enterprises Holdings":
 * after its home province a name made only of sector, corporate and generic words is an ordinary word, no short form.
 */
function genericRemainder(rest: string): boolean {
  return rest.split(' ').every((w) => SECTOR_WORDS.has(w) || COMPANY_TAILS.has(w) || ORG_HEADS.has(w)
    || GENERIC_NAME_WORDS.has(w) || FUNCTION_WORDS.has(w));
}

/**
 * Short form → the one organisation in the article it names, or '' when two organisations share it. `orgNames` are
 * the article's [text, canonical] pairs; a short form the article also gives another organisation ("Samsung" beside
 * "Samsung Group") is shared.
 */
export function organisationShortForms(orgNames: ReadonlyMap<string, string>): Map<string, string> {
  const claims = new Map<string, string>();
  const gaz = getGazetteer();
  for (const [text, canonical] of orgNames) {
    // A curated organisation has curated short forms ("Arctic" of "Arctic Council" is a region).
    if (gaz.get(phraseKey(text))) continue;
    const short = shortFormOf(text);
    if (!short) continue;
    // "Huayou" of "Zhejiang Huayou Cobalt": a company's home province before its name is left out too.
    const space = short.indexOf(' ');
    const home = space > 0 && COMPANY_HOME_PROVINCES.has(short.slice(0, space)) ? short.slice(space + 1) : undefined;
    for (const form of home && !gaz.get(phraseKey(home)) && !genericRemainder(home) ? [short, home] : [short]) {
      const had = claims.get(form);
      claims.set(form, had === undefined || had === canonical ? canonical : '');
    }
  }
  for (const [short, canonical] of claims) {
    const own = orgNames.get(short);
    if (own !== undefined && own !== short && own !== canonical) claims.set(short, '');
  }
  return claims;
}

/** "First Quantum would review …" read as a person: a short form of a company whose full name ends in a company word is the company. */
export function companyShortForm(canonical: string | undefined): boolean {
  return !!canonical && COMPANY_TAILS.has(canonical.slice(canonical.lastIndexOf(' ') + 1));
}

/** A key of the organisation heads that is a company's short form, not a head word or an organ ("Meridian", not "Commission"). */
export function isShortForm(text: string): boolean {
  return !ORG_HEADS.has(text.slice(text.lastIndexOf(' ') + 1));
}
