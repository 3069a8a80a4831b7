// The article's dominant state, the qualifier of its generic institutions (guideline 13): the most-mentioned state,
// the dateline's state of a home story or of a headline that names it first, and the dateline's state itself.
import type { Mention } from '../types';
import { titleCasedName } from './actors/words';
import type { DocContext } from './documentPass';
import { getGazetteer } from './gazetteer';
import { US_PRESIDENT_SURNAMES } from './lexicon';
import { namesAdministration } from './administration';


/** The most-mentioned state (counts in article order, the dateline's bonus included): the first of the most, unless the dateline's state is one of them. */
export function dominantState(stateCounts: Iterable<[string, number]>, dateline: string | null): string | null {
  let dominant: string | null = null;
  let top = 0;
  for (const [state, count] of stateCounts) if (count > top || (count === top && state === dateline)) { dominant = state; top = count; }
  return dominant;
}

/**
 * The qualifier of the article's generic institutions: the most-mentioned state, unless the article is its dateline's
 * state's own story. A story filed from a state's capital ("SANTIAGO —") whose lead opens with that state (leadOpensWith)
 * and that names a head of government without a country ("President José Antonio Kast") writes from that state: its bare
 * "Senate" and "Finance Ministry" are that state's, however often a foreign partner is named ("Chinese buyers", "exports
 * to China").
 */
function homeState(dominant: string | null, dateline: string | null, datelineInLead: boolean, bareLeader: boolean): string | null {
  return dateline && datelineInLead && bareLeader ? dateline : dominant;
}

/**
 * Whether the first lead paragraph that names the dateline's state (its states with counts) names no state more often:
 * "SANTIAGO — Chile's Supreme Court … Chinese battery makers" opens with Chile, as "MANILA — South Korea and the
 * Philippines signed …" with the Philippines; "NAIROBI — Uganda, Uganda's neighbours and Kenya …" does not open with Kenya.
 */
export function leadOpensWith(leadStates: readonly ReadonlyMap<string, number>[], dateline: string | null): boolean {
  if (!dateline) return false;
  for (const states of leadStates) {
    const own = states.get(dateline);
    if (own === undefined) continue;
    for (const n of states.values()) if (n > own) return false;
    return true;
  }
  return false;
}

/** The state the article ties a head of government named without a country to: its own tie, else his paragraph's (bareLeaderState). */
export function leaderTie(ctx: LeaderContext, full: string): string | undefined {
  return ctx.personStates.get(full) ?? ctx.leaderStates.get(full);
}

type LeaderContext = Pick<DocContext, 'bareLeaders' | 'personStates' | 'leaderStates'>;

/** The states the article's bare heads of government are tied to ('' for none), sorted: what the article's state choice reads of them. */
export function leaderTies(ctx: LeaderContext): string {
  // Each tie opened by a separator: no leader ('') and one tied to none ('\u0000') differ.
  return [...ctx.bareLeaders].map((full) => `\u0000${leaderTie(ctx, full) ?? ''}`).sort().join('');
}

/**
 * The qualifier of the article's generic institutions (its dominant state), from the most-mentioned state: the dateline's
 * state when the headline names it first (headlineDateline), unless the most-mentioned state is another whose own head of
 * government the article names bare ("BEIJING — China warned the United States …" then "President Donald Trump said the US
 * …": the story is the partner's) or the dateline's state is named less than half as often (`datelineContends`); else
 * the home story's state (homeState).
 */
export function articleState(
  headline: readonly Mention[] | undefined, mostMentioned: string | null, dateline: string | null, datelineInLead: boolean, ctx: LeaderContext,
  datelineContends: boolean,
): string | null {
  let partnerLed = !datelineContends;
  // One pass over the heads of government named without a country: whether one is tied to no state or to the dateline's
  // (a home story's bare leader), and whether one is tied to the most-mentioned state when that is another (the partner's).
  let bareLeader = false;
  for (const full of ctx.bareLeaders) {
    const tied = leaderTie(ctx, full);
    if (tied === undefined || tied === dateline) bareLeader = true;
    else if (tied === mostMentioned) partnerLed = true;
  }
  return (partnerLed ? null : headlineDateline(headline, dateline)) ?? homeState(mostMentioned, dateline, datelineInLead, bareLeader);
}

/**
 * Whether the dateline's state is named at least half as often as the most-named state (named `top` times, or 0): a
 * headline that names it first makes it the article's state only then ("# Kenya Hosts Talks as Sudan War Rages" over a
 * story about Sudan does not).
 */
export function datelineContends(stateCounts: ReadonlyMap<string, number>, dateline: string | null, top: number): boolean {
  return !!dateline && 2 * (stateCounts.get(dateline) ?? 0) >= top;
}

/**
 * The state a head of government named without a country leads, as far as his own paragraph tells: a United States
 * president's ("President Donald Trump said the US …") is the United States; else the state the paragraph names most
 * ("President Yoweri Museveni said Uganda would fund half …" → Uganda), none on a tie ("President Ferdinand Marcos Jr.
 * and South Korean President Lee …", "Filipinos"), "X administration" left out (it takes its state from him). Null
 * when the paragraph names no state. `paragraphState` gives the paragraph's most-named state (mostNamedState): asked
 * only for a leader who is no United States president, so a caller may count it once per paragraph, when first asked.
 */
export function bareLeaderState(full: string, paragraphState: () => string | null): string | null {
  return US_PRESIDENT_SURNAMES.has(full.slice(full.lastIndexOf(' ') + 1)) ? 'United States' : paragraphState();
}

/** The state a paragraph's mentions name most, "X administration" left out; null on a tie or when they name none. */
export function mostNamedState(mentions: readonly Mention[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  let top = 0;
  let tied = false;
  for (const m of mentions) {
    if (m.kind !== 'actor' || m.type !== 'state' || namesAdministration(m.text)) continue;
    const n = (counts.get(m.canonical) ?? 0) + 1;
    counts.set(m.canonical, n);
    if (n > top) { best = m.canonical; top = n; tied = false; } else if (n === top && m.canonical !== best) tied = true;
  }
  return tied ? null : best;
}

/**
 * The dateline's state when the headline (the first paragraph's mentions) names it first among states: "COLOMBO — …"
 * under "Sri Lanka Widens Tea Barter With Iran and Courts Russian Buyers" is about Sri Lanka, however often the body
 * names its partners. Then it is the dominant state whatever the counts; else null.
 */
function headlineDateline(headline: readonly Mention[] | undefined, dateline: string | null): string | null {
  if (!dateline || !headline) return null;
  for (const m of headline) if (m.kind === 'actor' && m.type === 'state') return m.canonical === dateline ? dateline : null;
  return null;
}

/** The state whose capital opens the article's dateline ("LIMA — …"; of "TOKYO/THE HAGUE — …" the first city, where the story was filed) in one of the first paragraphs, if any. */
export function datelineState(paras: readonly { text: string }[]): string | null {
  const gaz = getGazetteer();
  for (const p of paras.slice(0, 3)) {
    const m = /^\s*([\p{Lu}][\p{Lu}'’. -]*?)(?:\/[\p{Lu}][\p{Lu}'’. -]*?)*\s*[—–]/u.exec(p.text);
    if (!m) continue;
    const name = titleCasedName(m[1].trim());
    const e = gaz.get(name);
    return e && e.kind === 'capital' ? e.canonical : null;
  }
  return null;
}
