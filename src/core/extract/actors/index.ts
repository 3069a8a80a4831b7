// Actor rules (guidelines 5–13) for one paragraph: the scanner walks the tokens once.
import { type Tokens, tokenize } from '../tokenize';
import { newSteps, type Steps } from '../steps';
import { lowerHeadline } from './headline';
import { ActorScanner } from './scanner';
import type { ActorResult } from './types';

export type { ActorResult, Candidate, Span } from './types';

export function findActors(text: string, tokens: Tokens = tokenize(text), steps: Steps = newSteps()): ActorResult {
  const headline = lowerHeadline(text);
  if (headline === null) return new ActorScanner(text, tokens, steps).run();
  // A title-case headline is scanned with its verbs lowered; the spans keep the words as written.
  const result = new ActorScanner(headline, tokenize(headline), steps, true).run();
  for (const a of result.actors) a.text = text.slice(a.start, a.end);
  for (const c of result.candidates) c.text = text.slice(c.start, c.end);
  return result;
}
