// Organisations introduced by their context rather than their shape: a cue noun before them ("pollster
// Datafolha", "analysts at Kpler"), coordination with the last such organisation ("X and Y"), an
// apposition, or "<Place>-based" before an acronym.
import { FUNCTION_WORDS } from '../../lexicon/names';
import { ORG_CUE_APPOSED, ORG_CUE_BEFORE, ORG_SLOT_BEFORE } from '../context';
import { expandOrgName } from '../orgName';
import type { ScanState } from '../scanState';
import { isCap, isTitleWord } from '../words';
import { afterOrg } from './acronyms';
import { titleAt } from './title';

/** Last token of a cue-introduced name from i: up to four capitalised words and inner apostrophes. */
function cueNameEnd(s: ScanState, i: number): number {
  const t = s.t;
  let last = i;
  for (;;) {
    s.tick();
    if (s.innerApostrophe(last + 1)) { last += 2; continue; }
    if (last + 1 < t.words.length && last - i < 3 && s.spaced(last + 1) && isCap(t.words[last + 1]) && !FUNCTION_WORDS.has(t.words[last + 1]) && !isTitleWord(t.words[last + 1], t.lower[last + 1])) { last++; continue; }
    return last;
  }
}

/** A capitalised word at token i that a cue before it makes an organisation. */
export function cueOrganisation(s: ScanState, i: number): number {
  const t = s.t;
  const w = t.words[i];
  // Checked first: a capitalised function word ("The", "But") opens no organisation, and needs no look-behind.
  if (!isCap(w) || FUNCTION_WORDS.has(w)) return i;
  const before = s.text.slice(Math.max(0, t.starts[i] - 60), t.starts[i]);
  const orgAnd = s.cueOrgEnd >= 0 && /^\s*(?:,|,?\s+and|,?\s+or)\s+$/.test(s.text.slice(s.cueOrgEnd, t.starts[i]));
  // "Dubai-based DP World": after "<Place>-based" an all-caps word opening a capitalised run is a company, not a person.
  const basedAcronym = /^\p{Lu}{2,4}$/u.test(w) && /\p{L}-based\s+$/u.test(before) && s.spaced(i + 1) && isCap(s.w(i + 1)) && !FUNCTION_WORDS.has(s.w(i + 1));
  const apposed = t.words[i + 1] === ',' && s.isNameWordAt(i) && ORG_CUE_APPOSED.test(before.slice(-32));
  if (!((ORG_CUE_BEFORE.test(before.slice(-30)) || ORG_SLOT_BEFORE.test(before) || orgAnd || basedAcronym || apposed) && !titleAt(s, i))) return i;
  const last = cueNameEnd(s, i);
  const canonical = expandOrgName(s.text.slice(t.starts[i], t.ends[last]));
  s.addActor(i, last, 'organization', canonical);
  s.cueOrgEnd = t.ends[last];
  return afterOrg(s, last, canonical);
}
