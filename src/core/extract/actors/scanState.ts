// The state one actor scan shares between its rules: the paragraph, its tokens, per-token memos, the
// step counter, the result being built and the few marks that carry over from one mention to the next
// (coordination "X and Y", a place list, a person list). The rules are plain functions over it, so a
// token costs no closure or object beyond what a rule returns.
import type { ActorMention } from '../../types';
import { type Entry, type Gazetteer, getGazetteer, type PhraseNode } from '../gazetteer';
import { LOWER_FIRST } from '../lexicon/places';
import type { Tokens } from '../tokenize';
import type { Steps } from '../steps';
import type { TitleMemo } from '../titles';
import type { ActorResult } from './types';
import { isApostrophe, isCap, isNameWordLower, oneLine } from './words';

/** A gazetteer phrase matched from a token: its last token and its entry. */
export interface GazMatch {
  end: number;
  entry: Entry;
}

/** Per first letter a–z, a bit for each length of the LOWER_FIRST words (lower-case words a gazetteer phrase opens). */
const LOWER_FIRST_SHAPES = new Uint32Array(26);
for (const w of LOWER_FIRST) LOWER_FIRST_SHAPES[w.charCodeAt(0) - 97] |= 1 << Math.min(w.length, 31);

/**
 * Whether a word starting with a–z may open a gazetteer phrase: only the LOWER_FIRST words (2–3 letters) do. Their
 * first letters and lengths turn away "of", "and", "to" before the lookup.
 */
function lowerOpensPhrase(w: string): boolean {
  return w.length <= 3 && (LOWER_FIRST_SHAPES[w.charCodeAt(0) - 97] & (1 << w.length)) !== 0 && LOWER_FIRST.has(w);
}

export class ScanState {
  readonly out: ActorResult = { actors: [], blockers: [], candidates: [], acronyms: [], owned: new Set() };
  readonly t: Tokens;
  readonly text: string;
  readonly gaz: Gazetteer;
  readonly steps: Steps;
  /** Per-token memos (undefined: not computed yet); plain arrays, cheaper to allocate than typed ones for short paragraphs. */
  readonly #nameWord: (boolean | undefined)[];
  readonly #gazMemo: (GazMatch | null | undefined)[];
  /** Per token: the first "(" token after it, and whether a title may start there (both built on first use). */
  parens: Int32Array | null = null;
  titleMay: TitleMemo | null = null;

  /** Token after the last capital read as a place: "in Lima, Bogotá and Quito" keeps the list places. */
  placeEnd = -1;
  /** End offset of the last organisation found through a cue slot (coordination "X and Y" continues it). */
  cueOrgEnd = -1;
  /** End offset of the last person found through a cue (coordination "X and Y" continues it). */
  cuePersonEnd = -1;
  /** End offset of the current list of plain names ("A B, C D and E F"), whose members are all persons. */
  personListEnd = -1;
  /** Names after a comma between these offsets start no list (see personListAt). */
  noPersonList = { from: -1, until: -1 };
  /** Whether the paragraph is a title-case headline, where every word is capitalised and a name's form alone proves little. */
  readonly headline: boolean;
  /** Whether the paragraph holds a word that may be a kind of political body ("party", "alliance" …); computed on first use. */
  bodyWords: boolean | undefined = undefined;

  constructor(text: string, tokens: Tokens, steps: Steps, headline = false) {
    this.headline = headline;
    this.steps = steps;
    this.text = text;
    this.t = tokens;
    this.gaz = getGazetteer();
    this.#nameWord = new Array<undefined>(tokens.words.length);
    this.#gazMemo = new Array<undefined>(tokens.words.length);
  }

  /** Whether a possessive "'s" ends right before token i ("Milei's La Libertad Avanza party"). */
  possessiveBefore(i: number): boolean {
    const t = this.t;
    return t.words[i - 1] === 's' && isApostrophe(t.words[i - 2]);
  }

  /** Counts one step (a token or loop turn examined); always true, to sit in loop conditions. */
  tick(): true {
    this.steps.n++;
    return true;
  }

  /** Whether the token may be part of a person's name (isNameWordLower), computed once per token. */
  isNameWordAt(i: number): boolean {
    if (i < 0 || i >= this.t.words.length) return false;
    let v = this.#nameWord[i];
    if (v === undefined) {
      v = isNameWordLower(this.t.words[i], this.t.lower[i]);
      this.#nameWord[i] = v;
    }
    return v;
  }

  /** Token i, or '' outside the paragraph. */
  w(i: number): string {
    return this.t.words[i] ?? '';
  }

  /** True when token i follows token i-1 with nothing in between (no space). */
  tight(i: number): boolean {
    return this.t.starts[i] === this.t.ends[i - 1];
  }

  /** True when only spaces or a single line break separate token i from i-1. */
  spaced(i: number): boolean {
    if (i <= 0 || i >= this.t.words.length) return false;
    const from = this.t.ends[i - 1];
    const to = this.t.starts[i];
    if (to <= from) return false;
    let newlines = 0;
    for (let k = from; this.tick() && k < to; k++) {
      const c = this.text.charCodeAt(k);
      if (c === 10) { if (++newlines > 1) return false; } else if (c !== 32 && c !== 9 && c !== 13 && c !== 160) return false;
    }
    return true;
  }

  /** "Ma'aden", "Sana'a": an apostrophe at k joins a capitalised word to a lower-case part of two letters or more (not a contraction). */
  innerApostrophe(k: number): boolean {
    const w = this.t.words[k];
    if ((w !== "'" && w !== '’') || !this.tight(k) || !this.tight(k + 1) || !isCap(this.w(k - 1))) return false;
    const nx = this.w(k + 1);
    return nx.length >= 2 && nx !== 'll' && nx !== 're' && nx !== 've' && /^\p{Ll}+$/u.test(nx);
  }

  /** True when token i opens a sentence or a line (after quotes, brackets and emphasis marks). */
  sentenceInitial(i: number): boolean {
    for (let k = i - 1; this.tick() && k >= 0; k--) {
      const w = this.w(k);
      if (w === '"' || w === '“' || w === '‘' || w === "'" || w === '(' || w === '*' || w === '_' || w === '#' || w === '—' || w === '-') continue;
      if (w === '.' || w === '!' || w === '?' || w === ':') return true;
      const gap = this.text.slice(this.t.ends[k], this.t.starts[k + 1]);
      return gap.includes('\n') || gap.includes('\r');
    }
    return true;
  }

  /** Longest gazetteer phrase starting at token i (memoised: the rules ask several times per token). */
  gazMatch(i: number): GazMatch | null {
    // Most words are lower case and open no phrase: they are answered before the memo.
    const c = this.t.words[i].charCodeAt(0);
    if (c >= 97 && c <= 122 && !lowerOpensPhrase(this.t.words[i])) return null;
    let g = this.#gazMemo[i];
    if (g === undefined) {
      g = this.#gazMatchAt(i);
      this.#gazMemo[i] = g;
    }
    return g;
  }

  #gazMatchAt(i: number): GazMatch | null {
    const t = this.t;
    let node = this.gaz.firstToken(t.words[i]);
    if (!node) return null;
    let best: GazMatch | null = null;
    if (node.entry) best = { end: i, entry: node.entry };
    for (let j = i + 1; this.tick() && j < t.words.length && j < i + 14; j++) {
      // Most phrases end here ("China"): no longer phrase goes on the way token j joins, so its gap need not be read.
      const tight = this.tight(j);
      const level: Map<string, PhraseNode> | null = tight ? node.tight : node.spaced;
      if (!level || (!tight && !this.spaced(j))) break;
      node = level.get(t.words[j]);
      if (!node) break;
      if (node.entry) best = { end: j, entry: node.entry };
    }
    return best;
  }

  /** Adds an actor spanning tokens i..j. */
  addActor(i: number, j: number, type: ActorMention['type'], canonical: string, role?: string): ActorMention {
    const start = this.t.starts[i];
    const end = this.t.ends[j];
    // A name or a role broken across a line (\n, \r\n or a lone \r) keeps one space.
    const a: ActorMention = { kind: 'actor', start, end, text: this.text.slice(start, end), type, canonical: oneLine(canonical) };
    if (role) a.role = oneLine(role);
    this.out.actors.push(a);
    return a;
  }
}
