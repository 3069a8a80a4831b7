// The article's dominant state, the qualifier of its generic institutions (guideline 13): the most-mentioned state,
// the dateline's state of a home story or of a headline that names it first, and the dateline's state itself.
import type { Mention } from '../types';
import { titleCasedName } from './actors/words';
import type { DocContext } from './documentPass';
import { getGazetteer } from './gazetteer';

/** The most-mentioned state (counts in article order, the dateline's bonus included): the first of the most, unless the dateline's state is one of them. */
export function dominantState(stateCounts: Iterable<[string, number]>, dateline: string | null): string | null {
  let dominant: string | null = null;
  let top = 0;
  for (const [state, count] of stateCounts) if (count > top || (count === top && state === dateline)) { dominant = state; top = count; }
  return dominant;
}

/**
 * The qualifier of the article's generic institutions: the most-mentioned state, unless the article is its dateline's
 * state's own story. A story filed from a state's capital ("SANTIAGO —") whose lead names that state and that names a head
 * of government without a country ("President José Antonio Kast") writes from that state: its bare "Senate" and
 * "Finance Ministry" are that state's, however often a foreign partner is named ("Chinese buyers", "exports to China").
 */
export function homeState(dominant: string | null, dateline: string | null, datelineInLead: boolean, bareLeader: boolean): string | null {
  return dateline && datelineInLead && bareLeader ? dateline : dominant;
}

/** Whether the article names a head of government without a country whom no paragraph ties to a state other than the dateline's. */
export function hasBareLeader(ctx: Pick<DocContext, 'bareLeaders' | 'personStates'>, dateline: string | null): boolean {
  for (const full of ctx.bareLeaders) {
    const tied = ctx.personStates.get(full);
    if (tied === undefined || tied === dateline) return true;
  }
  return false;
}

/**
 * The dateline's state when the headline (the first paragraph's mentions) names it first among states: "COLOMBO — …"
 * under "Sri Lanka Widens Tea Barter With Iran and Courts Russian Buyers" is about Sri Lanka, however often the body
 * names its partners. Then it is the dominant state whatever the counts; else null.
 */
export function headlineDateline(headline: readonly Mention[] | undefined, dateline: string | null): string | null {
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
