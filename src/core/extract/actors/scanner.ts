// Actor rules (guidelines 5–13): gazetteer states and organisations, capitals acting for their
// state, organisation-name patterns, titled persons, cue-introduced persons, acronym definitions,
// and the opaque names (laws, treaties, places) inside which nothing is marked. The scanner walks the
// tokens once; the rules it applies live in rules/, as plain functions over one shared ScanState.
import { CONNECTORS, FAMILY_FIRST_SURNAMES, FUNCTION_WORDS, ID_NAMES, MONTHS, ORG_HEADS, PARTY_LEADS, PEOPLE_AFTER, PORTFOLIO_WORDS, REGION_BEFORE, SINGLE_HEADS, WEEKDAYS } from '../lexicon';
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import type { ActorResult } from './types';
import { ALL_CAPS, CAMEL_ORG, CAMEL_SURNAME, CURRENCY_PREFIX_WORDS, hasLower, isCap, isDigit, isNameWord, isTitleWord } from './words';
import { BODY_AFTER, CORPORATE_TITLE, CUE_AFTER, CUE_BEFORE, ORG_APPOSITION_AFTER, ORG_CUE_APPOSED, ORG_CUE_BEFORE, ORG_SLOT_BEFORE, PLURAL_CUE_BEFORE, PORTFOLIO_OF, UNIT_AFTER } from './context';
import { expandOrgName } from './orgName';
import { ScanState } from './scanState';
import { acronymDefinition, afterOrg, looksLikeAcronym } from './rules/acronyms';
import { capitalActs } from './rules/capitalActs';
import { orgCanonical } from './rules/orgCanonical';
import { orgRun } from './rules/orgRun';
import { partyRunEnd } from './rules/partyRun';
import { companyOfCountry, contest, inPersonList, ofSlot } from './rules/personCues';
import { particlesBefore, personNameEnd } from './rules/personName';
import { titleAt } from './rules/title';

export class ActorScanner {
  readonly #s: ScanState;

  constructor(text: string, tokens: Tokens, steps: Steps) {
    this.#s = new ScanState(text, tokens, steps);
  }

  run(): ActorResult {
    const s = this.#s;
    const t = s.t;
    const n = t.words.length;
    let i = 0;
    while (s.tick() && i < n) {
      const w = t.words[i];
      const c = w.charCodeAt(0);
      const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
      if (!letter) { i++; continue; }
      const next = this.#step(i);
      i = next > i ? next : i + 1;
    }
    return s.out;
  }

  /** Handles the token at i and returns the index of the next token to look at. */
  #step(i: number): number {
    const s = this.#s;
    const t = s.t;
    const w = t.words[i];
    // Titled person.
    const title = titleAt(s, i);
    if (title) {
      let k = title.end + 1;
      if (t.words[k] === ',' ) k++;
      // "Its chairperson, Ambassador Hilina Abebe": a second title after the comma is the one attached to the name.
      if (k > title.end + 1 && k < t.words.length && titleAt(s, k)) return k;
      let last = k < t.words.length && (s.spaced(k) || t.words[k - 1] === ',') ? personNameEnd(s, k) : -1;
      let titleRole = title.role;
      if (PORTFOLIO_OF.test(titleRole) && t.words[title.end + 1] !== ',' && (last < 0 || !/\s/.test(s.text.slice(t.starts[k], t.ends[last])))) {
        // "Minister for Trade Don Farrell", "Minister of Investment Khalid Al-Falih": the portfolio pattern ran into the
        // name; split where the rest reads as a full name (else a surname) that does not open with a portfolio word.
        let of = i + 1;
        while (s.tick() && of < title.end && t.words[of] !== 'of' && t.words[of] !== 'for') of++;
        let split = last >= 0 ? { e: title.end, last } : null;
        let full = false;
        for (let e = title.end; s.tick() && e > of; e--) {
          if (e + 1 >= t.words.length || !s.spaced(e + 1) || CONNECTORS.has(t.words[e])) continue;
          if (isCap(t.words[e + 1]) && PORTFOLIO_WORDS.has(t.lower[e + 1])) break;
          const l = personNameEnd(s, e + 1);
          if (l < 0) continue;
          // The longest full name wins ("Minister of Mines Musa Kabwe Lungu"); a surname only when no full name fits.
          if (/\s/.test(s.text.slice(t.starts[e + 1], t.ends[l]))) { split = { e, last: l }; full = true; } else if (!split && !full) split = { e, last: l };
        }
        if (split && split.e !== title.end) {
          titleRole = s.text.slice(t.starts[i], t.ends[split.e]);
          k = split.e + 1;
          last = split.last;
        }
      }
      if (last >= 0) {
        const name = s.text.slice(t.starts[k], t.ends[last]);
        const prevCand = s.out.candidates[s.out.candidates.length - 1];
        if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && s.spaced(i) && CORPORATE_TITLE.test(title.role.trim())) {
          // "Equinor chief executive Anders Opedal": the run before a corporate title is an organisation.
          s.out.candidates.pop();
          s.out.actors.push({ kind: 'actor', start: prevCand.start, end: prevCand.end, text: prevCand.text, type: 'organization', canonical: prevCand.text });
        }
        let role = titleRole;
        if (prevCand && prevCand.end === t.ends[i - 1] && !prevCand.acronym && !prevCand.text.includes(' ') && !ORG_HEADS.has(prevCand.text) && s.spaced(i) && /^(?:Minister|Secretary)\b/.test(role)) {
          // "Plantation Minister Johari Abdul Ghani": a capitalised portfolio word outside the title list belongs to the role.
          s.out.candidates.pop();
          role = `${prevCand.text} ${role}`;
        }
        s.addActor(k, last, 'person', name, role);
        return last + 1;
      }
    }
    if (!isCap(w)) {
      const g = s.gazMatch(i);
      if (g && g.entry.kind === 'org') { s.addActor(i, g.end, 'organization', g.entry.canonical); return afterOrg(s, g.end, g.entry.canonical); }
      return i + 1;
    }
    // Identifier names: "Article 5", "Vision 2030", "FTSE 100".
    const nextW = s.w(i + 1);
    if (isDigit(nextW.charCodeAt(0)) && /^\d+$/.test(nextW) && s.spaced(i + 1) && !UNIT_AFTER.test(s.text.slice(t.ends[i + 1], t.ends[i + 1] + 16)) && !(w.toLowerCase().replace('.', '') in MONTHS) && !s.gaz.currencyCodes.has(w) && !CURRENCY_PREFIX_WORDS.has(w) && !/^(?:FY|Q[1-4]|H[12]|Rs|RM|Rp|KSh|Dh|R|US|No|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)$/.test(w) && !FUNCTION_WORDS.has(w) && !/^-\p{L}/u.test(s.text.slice(t.ends[i + 1], t.ends[i + 1] + 2)) && (ID_NAMES.has(w) || !s.sentenceInitial(i))) {
      const g0 = s.gazMatch(i);
      if (!g0 || g0.entry.kind !== 'country') {
        s.out.blockers.push({ start: t.starts[i], end: t.ends[i + 1] });
        return i + 2;
      }
    }
    const party = PARTY_LEADS.has(w) ? partyRunEnd(s, i) : -1;
    if (party > i) {
      const name = s.text.slice(t.starts[i], t.ends[party]);
      s.addActor(i, party, 'organization', name);
      return afterOrg(s, party, name);
    }
    if (FAMILY_FIRST_SURNAMES.has(w) && !isNameWord(w) && (!isCap(s.w(i + 1)) || (s.spaced(i + 1) && isNameWord(s.w(i + 1))))) {
      // "Park said": a family name spelled like a place head is resolved by the document pass (or dropped).
      const last = personNameEnd(s, i);
      if (last > i) { s.out.candidates.push({ start: t.starts[i], end: t.ends[last], text: s.text.slice(t.starts[i], t.ends[last]), acronym: false }); return last + 1; }
      s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
      return i + 1;
    }
    const g = s.gazMatch(i);
    const run = orgRun(s, i);
    if (run && (!g || run.end > g.end)) {
      if (run.opaque) { s.out.blockers.push({ start: t.starts[i], end: t.ends[run.end] }); return run.end + 1; }
      const name = s.text.slice(t.starts[i], t.ends[run.end]);
      const canonical = orgCanonical(s, i, name);
      s.addActor(i, run.end, 'organization', canonical);
      return afterOrg(s, run.end, canonical);
    }
    if (g) {
      const e = g.entry;
      if (e.kind === 'place') { s.out.blockers.push({ start: t.starts[i], end: t.ends[g.end] }); return g.end + 1; }
      if (e.kind === 'capital' || e.kind === 'seat') {
        if (capitalActs(s, i, g.end)) {
          s.addActor(i, g.end, e.type, e.canonical);
          return g.end + 1;
        }
        s.placeEnd = g.end + 1;
        // A capital that is only a place: it may still start a person name ("Lima Okafor") — rare; skip it.
        return g.end + 1;
      }
      if (e.kind === 'demonym' && REGION_BEFORE.has(t.words[i - 1] ?? '') && s.spaced(i)) return g.end + 1;
      if (e.kind === 'country' && /^\p{Lu}+$/u.test(w) && w.length <= 3 && s.sentenceInitial(i) === false && /^[\p{Lu}\s\W]+$/u.test(s.text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]).replace(/[^\p{L}\s]/gu, '')) && /\p{Lu}{4}/u.test(s.text.slice(Math.max(0, t.starts[i] - 20), t.starts[i]))) {
        return g.end + 1; // all-caps headline noise ("TELL US")
      }
      if (e.kind === 'org' && g.end === i && hasLower(w)) {
        // "Siemens Gamesa", "Gazprom Neft": a known company name followed by further name words is a longer name.
        let last = i;
        while (s.tick() && last < i + 2 && last + 1 < t.words.length && s.spaced(last + 1) && isNameWord(t.words[last + 1]) && !s.gazMatch(last + 1) && !titleAt(s, last + 1)) last++;
        if (last > i) {
          const name = s.text.slice(t.starts[i], t.ends[last]);
          s.addActor(i, last, 'organization', name);
          return afterOrg(s, last, name);
        }
      }
      // "Thai Hom Mali", "Jasmine Kenya blend": after a demonym and an unknown capitalised word, a country name ends a product name.
      if (e.kind === 'country' && i > 1 && s.spaced(i) && s.spaced(i - 1) && /^\p{Lu}\p{Ll}+$/u.test(t.words[i - 1]) && s.gaz.countryOfDemonym(t.words[i - 2])
        && !s.gazMatch(i - 1) && !FUNCTION_WORDS.has(t.words[i - 1]) && !(t.lower[i - 1] in MONTHS) && !(t.lower[i - 1] in WEEKDAYS) && !titleAt(s, i - 1)) return g.end + 1;
      // "Commission officials said": the same sentence-initial modifier reading for a known one-word body.
      if (e.kind === 'org' && g.end === i && SINGLE_HEADS.has(w) && s.sentenceInitial(i) && PEOPLE_AFTER.has(t.words[i + 1] ?? '')) return i + 1;
      s.addActor(i, g.end, e.type, e.canonical);
      return e.type === 'organization' ? afterOrg(s, g.end, e.canonical) : g.end + 1;
    }
    // Unknown capitalised run followed by "(ACR)": an organisation when the initials match.
    if (s.isNameWordAt(i) || isCap(w)) {
      const acr = acronymDefinition(s, i);
      if (acr) return acr;
    }
    // Organisations introduced by a cue noun ("pollster Datafolha", "analysts at Kpler").
    const before = s.text.slice(Math.max(0, t.starts[i] - 60), t.starts[i]);
    const orgAnd = s.cueOrgEnd >= 0 && /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(s.text.slice(s.cueOrgEnd, t.starts[i]));
    // "Dubai-based DP World": after "<Place>-based" an all-caps word opening a capitalised run is a company, not a person.
    const basedAcronym = /^\p{Lu}{2,4}$/u.test(w) && /\p{L}-based\s+$/u.test(before) && s.spaced(i + 1) && isCap(s.w(i + 1)) && !FUNCTION_WORDS.has(s.w(i + 1));
    const apposed = t.words[i + 1] === ',' && s.isNameWordAt(i) && ORG_CUE_APPOSED.test(before.slice(-32));
    if (isCap(w) && !FUNCTION_WORDS.has(w) && (ORG_CUE_BEFORE.test(before.slice(-30)) || ORG_SLOT_BEFORE.test(before) || orgAnd || basedAcronym || apposed) && !titleAt(s, i)) {
      let last = i;
      for (;;) {
        s.tick();
        if (s.innerApostrophe(last + 1)) { last += 2; continue; }
        if (last + 1 < t.words.length && last - i < 3 && s.spaced(last + 1) && isCap(t.words[last + 1]) && !FUNCTION_WORDS.has(t.words[last + 1]) && !isTitleWord(t.words[last + 1], t.lower[last + 1])) { last++; continue; }
        break;
      }
      const name = s.text.slice(t.starts[i], t.ends[last]);
      s.addActor(i, last, 'organization', expandOrgName(name));
      s.cueOrgEnd = t.ends[last];
      return afterOrg(s, last, expandOrgName(name));
    }
    // "the Biden administration": one state span (guideline 10); the country is the United States unless named.
    if (s.isNameWordAt(i) && s.w(i + 1) === 'administration' && s.spaced(i + 1)) {
      s.addActor(i, i + 1, 'state', 'United States');
      return i + 2;
    }
    // "BRAC, the development organisation": an unknown all-caps name with an organisation apposition.
    if (w.length >= 2 && w.length <= 6 && ALL_CAPS.test(w) && ORG_APPOSITION_AFTER.test(s.text.slice(t.ends[i], t.ends[i] + 60))) {
      s.addActor(i, i, 'organization', w);
      return afterOrg(s, i, w);
    }
    // "KfW", "BaFin", "BauWerk": a single unknown word with a capital after lower-case letters is a brand-style
    // organisation name; surname prefixes ("McKay", "DeSantis", "LaRosa") are persons and stay with the name rules.
    if (CAMEL_ORG.test(w) && !CAMEL_SURNAME.test(w) && !isCap(s.w(i + 1)) && !titleAt(s, i)) {
      s.addActor(i, i, 'organization', w);
      return afterOrg(s, i, w);
    }
    // "Quiroga's Libre alliance", "the Nueva Idea party": a name before a lower-case kind of political body.
    if (s.isNameWordAt(i) && BODY_AFTER.test(s.text.slice(t.ends[i], t.ends[i] + 14)) && (t.lower[i - 1] === 'the' || (t.words[i - 1] === 's' && (t.words[i - 2] === "'" || t.words[i - 2] === '’')))) {
      s.addActor(i, i, 'organization', w);
      return afterOrg(s, i, w);
    }
    // Persons introduced by a cue ("said Maria Lopez", "Maria Lopez, an analyst").
    if (s.isNameWordAt(i)) {
      const last = personNameEnd(s, i);
      if (companyOfCountry(s, i, Math.max(last, i))) {
        const name = s.text.slice(t.starts[i], t.ends[Math.max(last, i)]);
        s.addActor(i, Math.max(last, i), 'organization', name);
        return Math.max(last, i) + 1;
      }
      if (ORG_APPOSITION_AFTER.test(s.text.slice(t.ends[Math.max(last, i)], t.ends[Math.max(last, i)] + 60))) {
        const name = s.text.slice(t.starts[i], t.ends[Math.max(last, i)]);
        s.addActor(i, Math.max(last, i), 'organization', name);
        return Math.max(last, i) + 1;
      }
      if (last > i) {
        const start = t.starts[i];
        const end = t.ends[last];
        const text = s.text.slice(start, end);
        const possessiveBefore = (t.words[i - 1] === 's' && (t.words[i - 2] === "'" || t.words[i - 2] === '’') && isCap(s.w(i - 3)));
        const before40 = s.text.slice(Math.max(0, start - 40), start);
        const after40 = s.text.slice(end, end + 40);
        const personAnd = s.cuePersonEnd >= 0 && /^,?\s+and\s+$/.test(s.text.slice(s.cuePersonEnd, start));
        if (possessiveBefore || CUE_AFTER.test(after40) || CUE_BEFORE.test(before40) || personAnd || ofSlot(s, i, last, after40) || contest(i, last, before40, after40) || PLURAL_CUE_BEFORE.test(before40) || inPersonList(s, start)) {
          s.addActor(i, last, 'person', text);
          s.cuePersonEnd = end;
        } else {
          s.out.candidates.push({ start, end, text, acronym: false });
        }
        return last + 1;
      }
      const after = s.text.slice(t.ends[i], t.ends[i] + 40);
      const cued = CUE_AFTER.test(after) || /^['’]s\s/.test(after) || CUE_BEFORE.test(s.text.slice(Math.max(0, t.starts[i] - 40), t.starts[i]));
      // "de la Torre", "al-Mannai": lower-case particles before a surname belong to it (the document pass maps it to the full name).
      const from = particlesBefore(s, i);
      const start = t.starts[from];
      const text = s.text.slice(start, t.ends[i]);
      s.out.candidates.push(cued ? { start, end: t.ends[i], text, acronym: false, cued } : { start, end: t.ends[i], text, acronym: false });
      return i + 1;
    }
    if (ORG_HEADS.has(w) && (((t.words[i - 1] === 'the' || t.words[i - 1] === 'The') && !isCap(s.w(i + 1)) && !CONNECTORS.has(s.w(i + 1))) || (s.spaced(i + 1) && titleAt(s, i + 1)))) {
      // "the Fund" after the International Monetary Fund: the document pass maps a head word to its organisation.
      s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: false });
      return i + 1;
    }
    if (/^\p{Lu}{2,}[\p{Lu}&+]*$/u.test(w) && looksLikeAcronym(s, i)) s.out.candidates.push({ start: t.starts[i], end: t.ends[i], text: w, acronym: true });
    return i + 1;
  }
}
