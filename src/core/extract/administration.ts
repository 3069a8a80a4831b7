// "X administration" (guideline 10): a government named by its leader is one state span. The paragraph rules read the
// lower-case form; the capitalised one ("the Biden Administration") reads as an agency's name there ("the Maritime
// Administration"), and the document pass makes it a state where the article names the leader.
import type { DocContext } from './documentPass';
import { US_PRESIDENT_SURNAMES } from './lexicon';
import type { ActorMention } from '../types';

/** The ending of "X administration". */
export const ADMINISTRATION = ' administration';

/** The same ending capitalised. */
const CAPITAL_ADMINISTRATION = ' Administration';

/** One capitalised name word ("Ruiz"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Whether the text is "X administration" or "X Administration" (both end as long). */
export function namesAdministration(text: string): boolean {
  return text.endsWith(ADMINISTRATION) || text.endsWith(CAPITAL_ADMINISTRATION);
}

/** The name before "administration". */
export function administrationName(text: string): string {
  return text.slice(0, -ADMINISTRATION.length);
}

/** "the Ruiz administration": the full name of the person it is named after, if the article names them. */
export function administrationPerson(text: string, ctx: DocContext): string | undefined {
  const name = administrationName(text);
  return ctx.fullNames.has(name) ? name : ctx.surnames.get(name);
}

/** Whether an organisation "X Administration" is named after a leader: the article names X as a person, or X is a United States president's surname. */
export function leaderAdministration(m: ActorMention, ctx: DocContext): boolean {
  if (!m.text.endsWith(CAPITAL_ADMINISTRATION)) return false;
  const name = administrationName(m.text);
  return NAME_WORD.test(name) && (ctx.surnames.has(name) || US_PRESIDENT_SURNAMES.has(name));
}
