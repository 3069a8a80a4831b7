// The country a paragraph ties a person to, when it says so next to the name: a country or demonym before the
// person's title ("Argentine President Ana Ruiz", "Chile's president, Ana Ruiz") or an apposition after the name
// ("Ana Ruiz, Chile's president"). The document pass gives "the Ruiz administration" that country (guideline 10), and
// a bare legislature the person addresses takes it ("Ghanaian Trade Minister X told Parliament").
import type { ActorMention, Mention } from '../../types';
import { qualifiedByDominant, qualifyBySentence } from '../genericQualifier';
import { BARE_LEGISLATURES } from '../lexicon/institutions';

/** After the apposed state: a title that leads a government ("Chile's president", "the Argentine prime minister"). */
const LEADER_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+){0,2}(?:president|prime\s+minister|premier|chancellor|leader|head\s+of\s+(?:state|government))\b/u;
const APPOSED = /^,\s+(?:the\s+)?$/;
/** Between a state and the person's title: a possessive or nothing. */
const OWNER_BEFORE = /^(?:['’]s)?\s+$/;

/** A title that leads a government, written without its country ("President Ana Ruiz"). */
const BARE_LEADER = /^(?:president|prime\s+minister|premier|chancellor)$/i;

/**
 * [full name, state] for each person of the paragraph's mentions (sorted by start) tied to a country; the state is ''
 * for a person titled as a government's leader without a country ("President Ana Ruiz"), whom the article's own
 * state leads unless another paragraph says otherwise.
 */
export function personCountries(text: string, mentions: readonly Mention[]): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 0; k < mentions.length; k++) {
    const p = mentions[k];
    if (p.kind !== 'actor' || p.type !== 'person' || !p.canonical.includes(' ')) continue;
    const prev = mentions[k - 1];
    const next = mentions[k + 1];
    if (prev?.kind === 'actor' && prev.type === 'state' && p.role) {
      // "Argentine President Ana Ruiz", "Chile's president, Ana Ruiz": the role ends just before the name.
      const gap = text.slice(prev.end, p.start);
      const at = gap.lastIndexOf(p.role);
      if (at > 0 && OWNER_BEFORE.test(gap.slice(0, at)) && /^\s*,?\s+$/.test(gap.slice(at + p.role.length))) { out.push([p.canonical, prev.canonical]); continue; }
    }
    if (next?.kind === 'actor' && next.type === 'state' && APPOSED.test(text.slice(p.end, next.start)) && LEADER_AFTER.test(text.slice(next.end, next.end + 40))) {
      out.push([p.canonical, next.canonical]);
    } else if (p.role && BARE_LEADER.test(p.role)) out.push([p.canonical, '']);
  }
  return out;
}

/** Legislatures a speaker addresses by their bare name ("told Parliament", "briefed the Senate"). */
const LEGISLATURE = new RegExp(String.raw`^(?:the\s+)?(?:${BARE_LEGISLATURES.join('|')})$`);

/** A sentence's end between two offsets. */
const SENTENCE_END = /[.!?]['"’”)]?\s/;

/**
 * "Ghanaian Trade Minister Efua Mensah told Parliament" in an article about Nigeria: a bare legislature takes the state
 * of the person its own sentence ties to a state (`countries`, personCountries) and names last before it, rather than
 * the article's dominant state. Another state or person named in between leaves it to the article. Changes the
 * paragraph's mentions (sorted by start) in place and records the legislatures it qualified in `owned`.
 */
export function speakersLegislatures(text: string, mentions: readonly Mention[], countries: readonly [string, string][], owned: Set<ActorMention>, acronyms: [string, string][]): void {
  let speaker: string | undefined;
  let after = 0;
  for (const m of mentions) {
    if (m.kind !== 'actor') continue;
    if (m.type === 'state') speaker = undefined;
    else if (m.type === 'person') {
      speaker = undefined;
      for (const [full, st] of countries) if (full === m.canonical && st) { speaker = st; after = m.end; break; }
    } else if (speaker && LEGISLATURE.test(m.text) && qualifiedByDominant(m.text, m.canonical) && !SENTENCE_END.test(text.slice(after, m.start))) {
      qualifyBySentence(m, speaker, owned, acronyms);
    }
  }
}
