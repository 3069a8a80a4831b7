// Organisation heads: which organisation a bare head word ("the Commission", "the Fund", "the Council") names in an
// article, and the organs named after a defined acronym ("ECOWAS Commission"), spelled out (guidelines 12, 13).
import { getGazetteer } from './gazetteer';
import { COMPANY_NAME_ENDS, ORG_HEADS } from './lexicon';
import { organisationShortForms } from './orgShortForms';

/**
 * "ECOWAS Commission", "AU Peace and Security Council": a name opened by an acronym the article defines, or one the
 * gazetteer knows as an organisation, spelled out (guideline 13).
 */
export function withAcronymSpelledOut(canonical: string, acronyms: ReadonlyMap<string, string>): string {
  const m = LEADING_ACRONYM.exec(canonical);
  // Only an organ of the body ("… Commission", "… Tribunal"); a forum or grouping named after it ("ASEAN Regional Forum",
  // "ASEAN Plus Three") keeps the name it gives itself.
  if (!m) return canonical;
  const group = !ORGAN_HEAD.test(canonical);
  if (group && !NAMED_ORGAN.test(canonical)) return canonical;
  const known = getGazetteer().get(m[1]);
  const expansion = acronyms.get(m[1]) ?? (known?.kind === 'org' && known.canonical !== m[1] ? known.canonical : undefined);
  // A company's acronym before "Group" or "Body" names one of its firms, which keeps the name it gives itself.
  if (!expansion || (group && COMPANY_FORM.test(expansion))) return canonical;
  return `${expansion}${canonical.slice(m[1].length)}`;
}

/** An acronym opening a name, before capitalised words and their connectors ("ECOWAS Commission", "AU Peace and Security Council"). */
export const LEADING_ACRONYM = /^(\p{Lu}{2,}[\p{Lu}\d]*)(?=(?:\s+(?:\p{Lu}\p{Ll}+|and|of|for|on))*\s+\p{Lu}\p{Ll}+$)/u;

/**
 * The organs of an international body, named after it ("ECOWAS Commission", "EAC Secretariat"), also with the rest of
 * the organ's name after its head ("ECOWAS Court of Justice", "SADC Council of Ministers", "AU Commission on Human and
 * Peoples' Rights").
 */
const ORGAN_HEAD = /\s(?:Commission|Council|Court|Tribunal|Parliament|Assembly|Secretariat|Committee)(?:\s+(?:of|on|for)(?:\s+(?:and\s+)?\p{Lu}[\p{Ll}'’]+)+)?$/u;

/**
 * Organs named by "Body" or "Group" and a capitalised word before it ("WTO Appellate Body", "OSCE Minsk Group", "WTO
 * Dispute Settlement Body"); a bare "X Group" is as often a company's group.
 */
const NAMED_ORGAN = /\s\p{Lu}\p{Ll}+\s(?:Body|Group)$/u;

/** Company forms an expansion ends in: its acronym then opens a firm's name ("CNPC Engineering Group"), not an organ's. */
const COMPANY_FORM = new RegExp(`\\s(?:${COMPANY_NAME_ENDS.join('|')})$`, 'u');

/** The European Union's own bodies, which a bare head word names in an article about the Union. */
const EU_BODY = /^(?:European\s+(?:Commission|Parliament|Council)|Council\s+of\s+the\s+European\s+Union)$/u;

/** The head word a name ends in ("International Monetary Fund" → Fund), if it is an organisation head. */
export function nameHead(canonical: string): string | undefined {
  const head = /\s(\p{Lu}\p{Ll}+)$/u.exec(canonical)?.[1];
  // Only an organisation head stands for the name ("the Fund"); "Copper" of "Kalumbila Copper" is a common word.
  return head && ORG_HEADS.has(head) ? head : undefined;
}

/**
 * Head word → the one organisation named by it ("the Fund", "the Council"), or '' when two organisations share the
 * head and the headline and lead (`lead`: the canonicals they name) do not single one out. `orgNames` are the article's
 * [text, canonical] pairs; a bare head word among them ("Commission", curated as the European Commission) is the short
 * form itself, not an organisation the article names.
 */
function organisationHeads(orgNames: Iterable<[string, string]>, acronyms: ReadonlyMap<string, string>, lead: ReadonlySet<string> = new Set(), hasEuropeanUnion = false): Map<string, string> {
  const all = new Set<string>();
  // In an article about the European Union a bare "Commission" is its Commission, a claim as good as any other's.
  for (const [text, canonical] of orgNames) if (text !== nameHead(canonical) || (hasEuropeanUnion && EU_BODY.test(canonical))) all.add(withAcronymSpelledOut(canonical, acronyms));
  for (const expansion of acronyms.values()) all.add(expansion);
  const claims = new Map<string, string[]>();
  const claim = (head: string, canonical: string): void => {
    const had = claims.get(head);
    if (!had) claims.set(head, [canonical]); else if (!had.includes(canonical)) had.push(canonical);
  };
  for (const canonical of all) {
    const head = nameHead(canonical);
    if (!head) continue;
    claim(head, canonical);
    // "the Coast Guard" after "the Norwegian Coast Guard": the name without its leading demonym or country names it too.
    const rest = withoutLeadingState(canonical);
    if (rest) claim(rest, canonical);
  }
  // "the Council" after the Council of the European Union: the head before "of" names the organisation too, a weaker
  // claim than a name's last word ("the Fund" after the International Monetary Fund and the Saudi Fund for Development
  // is the IMF), unless the headline or lead names it ("the Bank" under "Bank of England Holds Rates" is the Bank of
  // England, whatever Metro Bank the body names).
  // Per head, how many names end in it (or in it after a leading state): the weaker claims join after them, so these
  // are the first entries of its claims.
  const endCount = new Map<string, number>();
  for (const [head, canonicals] of claims) endCount.set(head, canonicals.length);
  for (const canonical of all) {
    const head = /^(?:\p{Lu}\p{Ll}+\s+)?(Council|Commission|Parliament|Assembly|Court|Bank|Fund|Tribunal|Authority|Agency|Board)\s+(?:of|for|on)\s/u.exec(canonical)?.[1];
    if (head) claim(head, canonical);
  }
  const orgHeads = new Map<string, string>();
  for (const [head, canonicals] of claims) {
    if (canonicals.length === 1) { orgHeads.set(head, canonicals[0]); continue; }
    // Two councils: the one the headline or lead names is the article's subject ("the Council" after a Security
    // Council vote in the lead, a transitional council further down); else the one name that ends in the head.
    const inLead = canonicals.filter((c) => lead.has(c));
    const pool = inLead.length ? inLead : canonicals;
    const ends = endCount.get(head) ?? 0;
    const ending = pool.length === 1 ? pool : pool.filter((c) => canonicals.indexOf(c) < ends);
    orgHeads.set(head, ending.length === 1 ? ending[0] : '');
  }
  return orgHeads;
}

/** Words a country's name or demonym opening an organisation's name may have ("Sri Lanka", "South African"). */
const STATE_NAME_WORDS = 3;

/**
 * "Norwegian Coast Guard" → "Coast Guard", "Sri Lanka Tea Board" → "Tea Board": the rest of a name opened by a demonym
 * or country (of one word or several), when two words or more remain.
 */
function withoutLeadingState(canonical: string): string | undefined {
  const gaz = getGazetteer();
  let space = canonical.indexOf(' ');
  for (let n = 1; n <= STATE_NAME_WORDS && space > 0; n++) {
    const next = canonical.indexOf(' ', space + 1);
    // Two words or more after the state's name: a second space after it.
    if (next < 0) return undefined;
    const e = gaz.get(canonical.slice(0, space));
    if (e && (e.kind === 'demonym' || e.kind === 'country')) return canonical.slice(space + 1);
    space = next;
  }
  return undefined;
}

/** The organisations the headline and lead paragraphs name, as organisationHeads compares them. */
export function leadOrganisations(leadOrgs: Iterable<[string, string]>, acronyms: ReadonlyMap<string, string>): Set<string> {
  const lead = new Set<string>();
  for (const [, canonical] of leadOrgs) lead.add(withAcronymSpelledOut(canonical, acronyms));
  return lead;
}

/** A bare "Council" in an article about the European Union is its Council (the ministers' chamber), as "Commission" is its Commission. */
function withEuropeanCouncil(orgHeads: Map<string, string>, hasEuropeanUnion: boolean): Map<string, string> {
  if (!orgHeads.has('Council') && hasEuropeanUnion) orgHeads.set('Council', 'Council of the European Union');
  return orgHeads;
}

/**
 * The article's head words and company short forms → organisations: `orgNames` its resolved [text, canonical] pairs, `lead` the canonicals its
 * headline and lead name (leadOrganisations). Shared by the whole-article pass and the incremental tally.
 */
export function articleOrganisationHeads(orgNames: ReadonlyMap<string, string>, acronyms: ReadonlyMap<string, string>, lead: ReadonlySet<string>): Map<string, string> {
  const hasEuropeanUnion = [...orgNames.values()].includes('European Union');
  const heads = withEuropeanCouncil(organisationHeads(orgNames, acronyms, lead, hasEuropeanUnion), hasEuropeanUnion);
  // A company's short form ("Meridian" of "Meridian Phosphate") stands for it as a head word does; a head keeps its claim.
  for (const [short, canonical] of organisationShortForms(orgNames)) if (!heads.has(short)) heads.set(short, canonical);
  return heads;
}
