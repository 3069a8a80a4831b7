// Passes over one paragraph's actors after the scanner, each a rule family of its own module: they see the
// whole paragraph's mentions, which the token-by-token scanner does not.
import type { Gazetteer } from '../gazetteer';
import { newSteps, type Steps } from '../steps';
import { joinSharedHead, splitPossessiveCoordination } from './coordination';
import { knownAs } from './knownAs';
import { patternNames } from './patternNames';
import { plainNames } from './plainNames';
import { qualifyByOwner } from './possessiveOwner';
import type { ActorResult } from './types';
import type { ActorMention } from '../../types';

/** One search for both apostrophes: a search for ’ alone stops at every space (its code unit holds a space's byte). */
const APOSTROPHE = /['’]/;

const isOrganisation = (a: ActorMention): boolean => a.type === 'organization';

/** Applies the after-scan passes to one paragraph's result (in place); `steps` counts their searches' characters. */
export function afterScan(text: string, result: ActorResult, gaz: Gazetteer, steps: Steps = newSteps()): ActorResult {
  patternNames(text, result, gaz);
  plainNames(text, result, gaz, steps);
  // Tried at each full-named person's end only (a sticky cue): no search of the paragraph.
  knownAs(text, result, gaz);
  // Cheap gates: the joins need an organisation and " and ", the owner pass two actors and a possessive.
  if (result.actors.some(isOrganisation) && text.includes(' and ')) {
    splitPossessiveCoordination(text, result, gaz);
    joinSharedHead(text, result, gaz);
  }
  if (result.actors.length > 1 && APOSTROPHE.test(text)) qualifyByOwner(text, result);
  return result;
}
