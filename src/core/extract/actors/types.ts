// What the actor rules return for one paragraph.
import type { ActorMention } from '../../types';

export interface Span {
  start: number;
  end: number;
}

/** A capitalised run that the document pass may still resolve (surname or acronym coreference). */
export interface Candidate extends Span {
  text: string;
  acronym: boolean;
  /** A one-word name in a person slot ("Suriya said", "Suriya's plan"): it may be a known person's given name. */
  cued?: boolean;
  /** After a place preposition, "the" or "port of" ("across Karachi", "the Atlantic"): a place's slot (set by the paragraph pass). */
  placed?: boolean;
  /** A demonym and the capitalised word after it ("Georgian Dream, founded by …"): the organisation the article names so, if any, in place of the demonym's state. */
  demonymLed?: boolean;
  /** An all-caps word longer than acronyms mostly are ("COCOBOD"): an organisation only where the article defines it, else a shouted word. */
  definedOnly?: boolean;
}

export interface ActorResult {
  actors: ActorMention[];
  blockers: Span[];
  candidates: Candidate[];
  /** Acronym → canonical, defined in this paragraph by "Full Name (ACR)". */
  acronyms: [string, string][];
  /** Generic institutions a possessive state before them qualified ("the United States' Senate"): the article's state does not requalify them. */
  owned: Set<ActorMention>;
}
