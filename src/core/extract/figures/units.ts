// Figure construction: values, per-unit prices, and the counted noun after or before a number.
import type { FigureMention, FigureType } from '../../types';
import { type Gazetteer, phraseKey } from '../gazetteer';
import { ADJECTIVES, CLASSIFYING_ADJECTIVES, FRACTION_WORDS, PER_UNIT_WORDS, HYPHEN_HEDGES, HYPHEN_NOUN_TAILS, INVARIANT_PLURALS, MONEY_NOUNS, NOT_NOUNS, ORG_HEADS, PEOPLE_PLURALS, PER_ITEMS, PER_UNITS, POSSESSIVE_CLASSIFIERS, QUANTITY_UNITS } from '../lexicon';
import { ADJ_SUFFIX, HYPHEN_MODIFIER, hedged, lastWordBefore, perStart, wordAfter } from './context';
import { hasOddSpace, skipWs, wsThen } from './chars';
import type { Steps } from '../steps';

/** A count whose noun a later bare count may take (not "two" of "two-thirds", which the fraction replaces). */
export function carriesNoun(f: FigureMention): boolean {
  return f.type === 'count' && f.unit !== '' && !FRACTION_WORDS.has(f.unit);
}

export function round(v: number): number {
  // Large scaled values ("8.3 billion") carry binary noise below the unit: keep 12 significant digits.
  // Integers below 1e12 come back unchanged from both branches: skip the string round trip.
  if (Number.isInteger(v) && v < 1e12 && v > -1e12) return v;
  return Math.abs(v) >= 1e6 ? Number(v.toPrecision(12)) : Math.round(v * 1e6) / 1e6;
}

export function fig(text: string, start: number, end: number, type: FigureType, value: number | [number, number], unit: string, lastWord?: string): FigureMention {
  const f: FigureMention = { kind: 'figure', start, end, text: text.slice(start, end), type, value, unit };
  if (hedged(text, start, lastWord ?? lastWordBefore(text, start))) f.approx = true;
  return f;
}

/**
 * A unit as written, in the form the unit lists use: lower case, single spaces, a hyphenated point modifier as points ("2.5
 * percentage-point cut", "a 50 basis-point rise"), a hyphenated unit of several words with spaces ("200-nautical-mile").
 */
export function unitForm(raw: string): string {
  let u = raw.toLowerCase();
  // Each rewrite only where it can change something.
  if (hasOddSpace(u)) u = u.replace(/\s+/g, ' ');
  if (u.endsWith('-point')) u = u.replace(/^(percentage|basis)-point$/, '$1 points');
  if (u.includes('-') && !(u in QUANTITY_UNITS) && u.replace(/-/g, ' ') in QUANTITY_UNITS) u = u.replace(/-/g, ' ');
  return u;
}

/**
 * "$70 a barrel", "310 euros/tonne", "Bs 0.40 per cubic metre", "$19.28 per kilowatt-month": the priced unit (a listed
 * measure; "per household" stays outside). A power word joins only a time unit after it ("per kilowatt of capacity" is kW).
 */
export const PER_AFTER = new RegExp(String.raw`^(?:\s+(${PER_UNIT_WORDS.join('|')})\s+|\/)((?:cubic\s+|square\s+|(?:kilo|mega|giga|tera)watt[\s-](?=(?:hour|day|week|month|year)s?(?![\p{L}-])))?[\p{L}]+)(?![\p{L}-])`, 'u');

/** Per-units written as measures get the measure's normalised unit, like quantities ("a kilo" → kg; "a pound" is weight, lb). */
export const PER_NORMAL: Readonly<Record<string, string>> = {
  kilo: 'kg', kilogram: 'kg', kilogramme: 'kg', pound: 'lb', mmbtu: 'MMBtu',
  // Energy abbreviated: the quantity units' own forms ("per MWh"); written out, see wattUnit.
  mwh: 'MWh', kwh: 'kWh',
};

/** Power written out, alone or joined to a time unit in either number: "kilowatt" → kW, "megawatt hour(s)" → MWh, "kilowatt month" → kW-month. */
const WATT_UNIT = /^(kilo|mega|giga|tera)watt(?: (hour|day|week|month|year)s?)?$/;
const WATT_PREFIX: Readonly<Record<string, string>> = { kilo: 'k', mega: 'M', giga: 'G', tera: 'T' };

/**
 * The normal form of a written-out power or energy per-unit (`noun` lower case, spaces between its words): the symbol,
 * with "h" after it for an hour and a hyphen and the time unit for a longer one ("$19.28 per kilowatt-month" → USD/kW-month).
 */
function wattUnit(noun: string): string | undefined {
  if (noun.charCodeAt(noun.length - 1) !== 116 && !noun.includes('watt ')) return undefined; // neither "…watt" nor "…watt <time>"
  const m = WATT_UNIT.exec(noun);
  if (!m) return undefined;
  const symbol = `${WATT_PREFIX[m[1]]}W`;
  return m[2] === undefined ? symbol : m[2] === 'hour' ? `${symbol}h` : `${symbol}-${m[2]}`;
}

/** "$8 per million British thermal units": the gas price unit written out (its "British" is no state). */
const PER_MMBTU = new RegExp(String.raw`^\s+(?:${PER_UNIT_WORDS.join('|')})\s+million\s+British\s+thermal\s+units?(?![\p{L}])`, 'u');

/** A lower-case word right after a per-item noun that is no function word: the item modifies it ("per visa applicant"). */
const NOUN_NEXT = /^\s+(?!(?:in|on|for|and|or|to|from|at|by|with|than|each|while|but|the|a|an|this|that|of|as|last|next|is|are|was|were|will|has|had|since|after|before|until|under|over|into|across|through)\b)\p{Ll}{3,}/u;

export function withPer(text: string, f: FigureMention): FigureMention {
  // Both patterns start with "/" or with spaces then a PER_UNIT_WORDS word: most figures have neither.
  if (text.charCodeAt(f.end) !== 47 && !wsThen(text, f.end, perStart)) return f;
  const btu = PER_MMBTU.exec(text.slice(f.end, f.end + 50));
  if (btu) {
    const end = f.end + btu[0].length;
    return { ...f, end, text: text.slice(f.start, end), unit: `${f.unit}/MMBtu` };
  }
  const m = PER_AFTER.exec(text.slice(f.end, f.end + 30));
  if (!m) return f;
  const noun = m[2].toLowerCase().replace(/[\s-]+/g, ' ');
  const head = noun.slice(noun.lastIndexOf(' ') + 1);
  const watt = wattUnit(noun);
  if (!PER_UNITS.has(head) && !(noun in PER_NORMAL) && watt === undefined) return f;
  const end = f.end + m[0].length;
  if (PER_ITEMS.has(head) && NOUN_NEXT.test(text.slice(end, end + 16))) return f; // "$10,000 per visa applicant"
  return { ...f, end, text: text.slice(f.start, end), unit: `${f.unit}/${watt ?? PER_NORMAL[noun] ?? noun}` };
}

/** After "N pounds": "of" and a good ("of U.S. pork", "of shortening") make weight; "of debt", "of exports" stay money. */
export function isWeight(after: string): boolean {
  const m = /^\s+of\s+(?:(?:\p{Lu}[\p{L}.'’-]*|\p{Lu}\.)\s+){0,2}(\p{Ll}+)/u.exec(after);
  return m !== null && !MONEY_NOUNS.has(m[1]);
}

/** "North Atlantic Treaty Organization allies": a gazetteer name (up to six words) then a lower-case plural noun → the noun. */
export function nounAfterActor(text: string, pos: number, gaz: Gazetteer): string | null {
  // The noun: a plural in -s, or one with no -s form ("3,000 AFP personnel", "40 UN staff").
  const m = /^[\s-]*((?:\p{Lu}[\p{L}.&'’-]*|of|the|and)(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|of|the|and)){0,5})\s+(\p{Ll}+)(?![\p{L}])/u.exec(text.slice(pos, pos + 90));
  if (!m || !isPluralHead(m[2])) return null;
  const e = gaz.get(phraseKey(m[1]));
  return e && (e.kind === 'org' || e.kind === 'country') ? m[2] : null;
}

/** A number joined by a hyphen to a lower-case unit, modifying the noun after it ("97-metre", "300-megawatt"). */
const MEASURE_MODIFIER = /^\s+\d[\d.,]*-\p{Ll}+(?=\s+\p{Ll})/u;

/** Whether a lower-case word ends in a plural's -s: not "-ss", "-us", "-is" ("troops", not "press", "census", "crisis"). */
export function endsInPluralS(lw: string): boolean {
  return /s$/.test(lw) && !/(?:ss|us|is)$/.test(lw);
}

/** A lower-case plural noun that can head a counted compound: "-s" (endsInPluralS) or invariant ("aircraft"). */
function isPluralHead(lw: string): boolean {
  return (endsInPluralS(lw) && !NOT_NOUNS.has(lw)) || INVARIANT_PLURALS.has(lw);
}

/** Up to three capitalised words, the last an organisation head, then a lower-case word ("Navy minehunters", "Coast Guard cutters"). */
const OWNER_RUN = /^[\s-]*(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)(?=\s+(\p{Ll}+))/u;

/** The length of an organisation name ending in an organisation head at pos, before the plural noun it owns, else 0. */
function ownerBefore(text: string, pos: number): number {
  const m = OWNER_RUN.exec(text.slice(pos, pos + 60));
  return m && ORG_HEADS.has(m[1]) && isPluralHead(m[2]) ? m[0].length : 0;
}

/** The length of the listed adjective at pos when a lower-case word follows it (the second of a coordinated pair), else 0. */
function coordinatedAdjective(text: string, pos: number): number {
  const m = wordAfter(text, pos, 30);
  if (!m) return 0;
  const lw = m[1];
  if (!(ADJECTIVES.has(lw) || ADJ_SUFFIX.test(lw) || HYPHEN_MODIFIER.test(lw))) return 0;
  const next = wordAfter(text, pos + m[0].length, 30);
  return next && /^\s+\p{Ll}/u.test(next[0]) && !NOT_NOUNS.has(next[1]) ? m[0].length : 0;
}

/**
 * The counted noun after a count ("4,000 troops" → "troops"; "27-member" → "member"; "17 aid workers"), without a
 * possessive ending ("the two countries' output" → "countries").
 */
export function countNoun(text: string, end: number, gaz: Gazetteer): string | null {
  const noun = countNounAsWritten(text, end, gaz);
  return noun ? withoutPossessive(noun) : null;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** Whether a word ends in a possessive: a plural's apostrophe ("countries'") or "'s" ("country's"). */
function isPossessive(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word.charCodeAt(n - 1);
  return isApostrophe(last) ? word.charCodeAt(n - 2) === 115 : last === 115 && isApostrophe(word.charCodeAt(n - 2));
}

/** A noun without its possessive ending: "the two countries' output" counts "countries"; "one nation's" counts "nation". */
function withoutPossessive(noun: string): string {
  if (!isPossessive(noun)) return noun;
  return isApostrophe(noun.charCodeAt(noun.length - 1)) ? noun.slice(0, -1) : noun.slice(0, -2);
}

/** One or two more capitalised words, then a lower-case plural: the rest of "Central Asian states". */
const CAPITALISED_RUN_THEN_PLURAL = /^\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(\p{Ll}+s)(?![\p{L}'’-])/u;

/** The start of the line last sought by lineStart, and the position it was sought from (one per paragraph, counts in order). */
export interface LineMemo {
  from: number;
  line: number;
}

/**
 * The start of the line holding `pos`: the scan back stops at the position sought before, whose line start it reuses when
 * no line break lies between, so the counts of one long line pass over its characters once (`steps.chars` counts them).
 */
function lineStart(text: string, pos: number, memo: LineMemo, steps?: Steps): number {
  if (pos < memo.from) { memo.from = 0; memo.line = 0; } // out of order: scan afresh
  let k = pos;
  while (k > memo.from && text.charCodeAt(k - 1) !== 10) k--;
  if (steps) steps.chars += pos - k;
  const line = k === memo.from && k > 0 && text.charCodeAt(k - 1) !== 10 ? memo.line : k;
  memo.from = pos;
  memo.line = line;
  return line;
}

/**
 * "## 1,200 Troops on the Western Frontier": in a title-case heading (a line opening with "#") a count before a
 * capitalised word counts it as a sentence would, lower-cased ("troops"), unless the word starts a name the gazetteer
 * knows. `start`, `end`: the number's span. Read only where the sentence reading found no noun and a capital follows.
 */
export function headingCountNoun(text: string, start: number, end: number, gaz: Gazetteer, memo: LineMemo, steps?: Steps): string | null {
  const at = skipWs(text, end);
  const c = text.charCodeAt(at);
  if (at === end || c < 65 || c > 90) return null;
  for (let k = end; k < at; k++) if (text.charCodeAt(k) === 10) return null; // the capital opens the next line
  if (text.charCodeAt(lineStart(text, start, memo, steps)) !== 35) return null;
  let rest = text.slice(at, at + 60);
  const nl = rest.indexOf('\n');
  if (nl >= 0) rest = rest.slice(0, nl);
  const caps = /^(\p{Lu}[\p{L}'’-]*)(?:\s+(\p{Lu}\p{L}*))?(?:\s+(\p{Lu}\p{L}*))?/u.exec(rest);
  if (!caps || gaz.countryOfDemonym(caps[1]) || gaz.get(caps[1]) || (caps[2] && gaz.get(phraseKey(`${caps[1]} ${caps[2]}`))) || (caps[3] && gaz.get(phraseKey(caps[0])))) return null;
  const noun = countNoun(` ${rest.toLowerCase()}`, 0, gaz);
  // The head a sentence would count: a plural ("troops"), or a noun with no -s form ("staff").
  const head = noun ? noun.slice(noun.lastIndexOf(' ') + 1) : '';
  return noun && isPluralHead(head) ? noun : null;
}

const UPPER_START = /^\p{Lu}/u;

/** UPPER_START.test(w), by char code for ASCII. */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(w);
}

/** The counted noun as written, possessive ending and all (countNoun strips it). */
function countNounAsWritten(text: string, end: number, gaz: Gazetteer): string | null {
  let pos = end;
  for (let i = 0; i < 3; i++) {
    const m = wordAfter(text, pos, 40);
    if (!m) return null;
    const w = m[1];
    const lw = w.toLowerCase();
    // An acronym modifier before a lower-case noun is an actor, not part of the noun ("two more EU chapters", "40 UN observers").
    if (i > 0 && /^\p{Lu}{2,5}$/u.test(w)) {
      const peek = wordAfter(text, pos + m[0].length, 30);
      if (peek && /^\s+\p{Ll}/u.test(peek[0]) && !NOT_NOUNS.has(peek[1].toLowerCase())) { pos += m[0].length; continue; }
    }
    if (startsUpper(w)) {
      // "300 Kenyan-trained police officers", "40 Chinese-made drones": a country compound adjective is skipped.
      const hyphen = w.indexOf('-');
      if (hyphen > 0 && /^\p{Ll}+$/u.test(w.slice(hyphen + 1)) && !HYPHEN_NOUN_TAILS.has(w.slice(hyphen + 1)) && (gaz.countryOfDemonym(w.slice(0, hyphen)) || gaz.get(w.slice(0, hyphen))?.kind === 'country')) { pos += m[0].length; continue; }
      // A known actor name used as a modifier is not part of the noun ("32 North Atlantic Treaty Organization allies").
      const actorNoun = nounAfterActor(text, pos, gaz);
      if (actorNoun) return actorNoun;
      // An organisation head owning the things counted is an actor, not part of the noun ("two Finnish Navy
      // minehunters", "two Coast Guard cutters"), like a known actor name above.
      const owner = ownerBefore(text, pos);
      if (owner) { pos += owner; continue; }
      // A product or class name before a plural noun stays in the unit ("30 Gripen jets", like "Patriot batteries").
      if (i === 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !gaz.countryOfDemonym(w) && !gaz.get(w)) {
        const cap = /^\s+(\p{Ll}+s)(?![\p{L}])/u.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
        if (cap && isPluralHead(cap[1])) return `${w} ${cap[1]}`;
        // "the five Central Asian states", "15 West African states": a run of capitalised modifiers that names nothing the
        // gazetteer knows (one word, "three Gulf states", stays in the unit, as "30 Gripen jets") counts the plural after it.
        const run = text.charCodeAt(pos + m[0].length + 1) <= 90 ? CAPITALISED_RUN_THEN_PLURAL.exec(text.slice(pos + m[0].length, pos + m[0].length + 50)) : null;
        if (run && isPluralHead(run[2]) && !gaz.get(phraseKey(`${w} ${run[1]}`))) return run[2];
      }
      // "770,000 Sikhs", "a million Rohingya": a people named by faith or ethnicity is the counted noun, like a demonym plural.
      if (i === 0 && PEOPLE_PLURALS.has(w)) return w;
      // A demonym adjective is skipped ("12 Norwegian officials"); a demonym plural is the noun ("124 million Brazilians").
      if (!/^\p{Lu}\p{Ll}/u.test(w) || !gaz.countryOfDemonym(w)) return null;
      if (/s$/.test(w) && !/(?:ese|ss)$/.test(w)) return w;
      pos += m[0].length;
      continue;
    }
    // "six times since January", "three times and would" count occurrences; "three times the size", "times as many" are multipliers.
    if (lw === 'times' && i === 0 && /^\s*(?:[,.;:)]|$|(?:since|in|this|last|during|before|after|between|so|already|a|per|each|every|on|at|from|within|and|but|or|now|while|when)\b)/.test(text.slice(pos + m[0].length, pos + m[0].length + 12))) return w;
    if (NOT_NOUNS.has(lw)) return null;
    // A possessive ends the noun phrase: it is the head ("the two countries' output" → "countries"), unless it classifies
    // the noun after it ("three children's hospitals", "12 women's teams" count hospitals and teams).
    if (isPossessive(lw)) {
      if (i < 2 && POSSESSIVE_CLASSIFIERS.has(withoutPossessive(lw))) {
        const peek = wordAfter(text, pos + m[0].length, 30);
        if (peek && /^\s+\p{Ll}/u.test(peek[0]) && !NOT_NOUNS.has(peek[1])) {
          // "four men's singles titles": a plural classifier before a plural head joins it.
          const head = /s$/.test(peek[1]) ? wordAfter(text, pos + m[0].length + peek[0].length, 30) : null;
          if (head && /^\s+\p{Ll}+s$/u.test(head[0]) && isPluralHead(head[1])) return `${peek[1]} ${head[1]}`;
          pos += m[0].length;
          continue;
        }
      }
      return w;
    }
    if ((ADJECTIVES.has(lw) || ADJ_SUFFIX.test(lw) || /[^n]ing$/.test(lw) || HYPHEN_MODIFIER.test(lw)) && i < 2) {
      const peek = wordAfter(text, pos + m[0].length, 30);
      // A listed classifying adjective right before a plural head is part of the noun ("two national grids", "520,000
      // migrant workers", "two ballistic missiles"); an evaluative one is skipped ("two potential suspects").
      if (peek && CLASSIFYING_ADJECTIVES.has(lw) && /^\s+\p{Ll}+$/u.test(peek[0]) && isPluralHead(peek[1])) return `${w} ${peek[1]}`;
      // "14 international and local banks", "six new or upgraded plants": a pair of adjectives joined by "and"/"or" is skipped whole.
      const pair = peek && (peek[1] === 'and' || peek[1] === 'or') ? coordinatedAdjective(text, pos + m[0].length + peek[0].length) : 0;
      if (pair && peek) { pos += m[0].length + peek[0].length + pair; continue; }
      if (peek && /^\s+\p{Ll}/u.test(peek[0]) && !NOT_NOUNS.has(peek[1].toLowerCase())) { pos += m[0].length; continue; }
      // A quantifier before a demonym: both are skipped ("17 more Brazilian meatpacking plants").
      if (peek && ADJECTIVES.has(lw) && /^\s+\p{Lu}\p{Ll}/u.test(peek[0]) && gaz.countryOfDemonym(peek[1]) && i < 1) { pos += m[0].length; continue; }
      // A quantifier before a capitalised modifier: an actor name is dropped, another name stays ("10 more Patriot batteries").
      if (peek && ADJECTIVES.has(lw) && /^\s+\p{Lu}\p{Ll}/u.test(peek[0])) {
        const actorNoun = nounAfterActor(text, pos + m[0].length, gaz);
        if (actorNoun) return actorNoun;
        const cap = /^\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+s)(?![\p{L}])/u.exec(text.slice(pos + m[0].length, pos + m[0].length + 40));
        if (cap && !gaz.countryOfDemonym(cap[1]) && isPluralHead(cap[2])) return `${cap[1]} ${cap[2]}`;
      }
      // A quantifier may stand before a measure ("five more 97-metre patrol vessels"): both are skipped.
      if (!peek && ADJECTIVES.has(lw) && i < 1) {
        const measure = MEASURE_MODIFIER.exec(text.slice(pos + m[0].length, pos + m[0].length + 30));
        if (measure) { pos += m[0].length + measure[0].length; continue; }
      }
      // A quantifier may stand before an acronym modifier ("two more EU chapters").
      if (peek && ADJECTIVES.has(lw) && /^\s+\p{Lu}{2,5}$/u.test(peek[0])) { pos += m[0].length; continue; }
    }
    // "the 27-member commission": a word hyphened to the count is the whole noun of the compound modifier.
    // Not a hedge or a size written so ("20-odd soldiers", "a 5,000-strong force"), which the noun after follows.
    if (i === 0 && text.charCodeAt(end) === 45 && /^\p{Ll}+$/u.test(w) && !HYPHEN_HEDGES.has(w)) return w;
    // "while two favoured a smaller move": a past-tense verb after the count, not a noun.
    if (/[^e]ed$/.test(lw)) {
      const next = wordAfter(text, pos + m[0].length, 30);
      if (!next || NOT_NOUNS.has(next[1].toLowerCase())) return null;
    }
    // Compound noun: a singular modifier before a plural head ("aid workers").
    if (!/s$/.test(lw)) {
      const next = wordAfter(text, pos + m[0].length, 30);
      if (next && /^\s+\p{Ll}+s['’]?$/u.test(next[0]) && !NOT_NOUNS.has(next[1]) && !/(?:ss|us|is)['’]?$/.test(next[1])) return `${w} ${next[1]}`;
      if (next && /^\s+\p{Ll}+$/u.test(next[0]) && INVARIANT_PLURALS.has(next[1]) && !INVARIANT_PLURALS.has(lw)) return `${w} ${next[1]}`;
      // Two singular modifiers, the second a noun, before a plural head ("two maritime patrol aircraft", "two offshore
      // patrol vessels"); an adjective in the middle makes no such compound.
      if (next && /^\s+\p{Ll}+$/u.test(next[0]) && !/s$/.test(next[1]) && !NOT_NOUNS.has(next[1]) && !ADJECTIVES.has(next[1]) && !ADJ_SUFFIX.test(next[1])) {
        const head = wordAfter(text, pos + m[0].length + next[0].length, 30);
        if (head && /^\s+\p{Ll}+$/u.test(head[0]) && isPluralHead(head[1])) return `${w} ${next[1]} ${head[1]}`;
      }
    }
    return w;
  }
  return null;
}
