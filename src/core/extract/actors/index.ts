// Actor rules (guidelines 5–13) for one paragraph: the scanner walks the tokens once.
import { type Tokens, tokenize } from '../tokenize';
import { ActorScanner } from './scanner';
import type { ActorResult } from './types';

export type { ActorResult, Candidate, Span } from './types';

export function findActors(text: string, tokens: Tokens = tokenize(text)): ActorResult {
  return new ActorScanner(text, tokens).run();
}
