// Canonical organisation names: abbreviations spelled out ("U.S." → United States, "Corp." → Corporation).
import { type Gazetteer, phraseKey } from '../gazetteer';

export const ORG_EXPANSIONS: [RegExp, string][] = [
  [/\bU\.S\.(?=\s)/g, 'United States'], [/\bUS(?=\s)/g, 'United States'], [/\bU\.K\.(?=\s)/g, 'United Kingdom'], [/\bU\.N\.(?=\s)/g, 'United Nations'], [/\bUK(?=\s)/g, 'United Kingdom'],
  [/^UN(?=\s)/g, 'United Nations'], [/^EU(?=\s)/g, 'European Union'],
  [/\bCorp\.?$/g, 'Corporation'], [/\bCo\.?$/g, 'Company'], [/\bLtd\.?$/g, 'Limited'], [/\bInc\.?$/g, 'Incorporated'], [/\bDept\.?(?=\s|$)/g, 'Department'], [/\bInt'l\b/g, 'International'], [/\bNat'l\b/g, 'National'],
  [/\bGovt\.?(?=\s|$)/g, 'Government'], [/\bAssn\.?(?=\s|$)/g, 'Association'],
  // Malaysian and Indonesian company forms: "Sdn Bhd" (Sendirian Berhad, private), "Bhd" (Berhad), "Tbk" (Terbuka, listed).
  [/\bSdn\.? (?=Bhd\.?$)/g, 'Sendirian '], [/\bBhd\.?$/g, 'Berhad'], [/\bTbk\.?$/g, 'Terbuka'],
  // Company forms written as initials: "Oyu Tolgoi LLC", "Rosneft PJSC".
  [/\bLLC$/g, 'Limited Liability Company'], [/\bPLC$/g, 'Public Limited Company'], [/\bPJSC$/g, 'Public Joint Stock Company'],
  [/\bJSC$/g, 'Joint Stock Company'], [/\bLLP$/g, 'Limited Liability Partnership'],
];

/** Any of the abbreviations above: most names hold none, and one test turns them away before the replacements. */
const ANY_EXPANSION = new RegExp(ORG_EXPANSIONS.map(([re]) => re.source).join('|'));

export function expandOrgName(name: string): string {
  if (!ANY_EXPANSION.test(name)) return name;
  let s = name;
  for (const [re, rep] of ORG_EXPANSIONS) s = s.replace(re, rep);
  return s;
}

/** A name's canonical form: the gazetteer's when it knows the organisation, else the name spelled out. */
export function knownOrgCanonical(name: string, gaz: Gazetteer): string {
  const e = gaz.get(phraseKey(name));
  return e && e.kind === 'org' ? e.canonical : expandOrgName(name);
}
