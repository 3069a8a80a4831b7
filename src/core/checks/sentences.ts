// Sentences of an article with the figures, dates and actors in each: the window every consistency
// rule looks within. One linear pass over the text and one over the (sorted) mentions.
import type { ModelMention } from '../model';
import type { ActorMention, DateMention, FigureMention } from '../types';
import { pacer, runSteps, type StepMeter, type Stepped } from '../util';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Mentions inside the sentence, in text order, rejected ones left out. */
  figures: FigureMention[];
  dates: DateMention[];
  actors: ActorMention[];
}

/** Words whose full stop ends no sentence ("U.S.", "Mr.", "Jan.", "Tue.", "Corp."). */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Prof|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thurs?|Fri|Sat|Sun|No|Nos|vs|approx|est|Inc|Corp|Co|Ltd|Bros|Jr|Sr)$/u;
/** How far back an abbreviation is looked for. */
const ABBREVIATION_WINDOW = 8;
/** A line that opens a Markdown block (heading, quote, list item) starts a sentence. */
const BLOCK_START = /^[ \t]*(?:\r?\n|$|#|>|[-*+][ \t]|\d+[.)][ \t])/;
const BLOCK_WINDOW = 8;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Closing quotes and brackets a sentence's final mark may be followed by: " ' ” ’ ) ]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

const FULL_STOP = 46;
const LOWERCASE = /\p{Ll}/u;

/** Characters read between two pauses of sentenceSteps (about 0.1 ms in plain Node). */
const CHARS_PER_STEP = 16 * 1024;

/** Where each sentence of `text` ends (exclusive), in order; the last one is text.length. */
function* sentenceEndSteps(text: string, meter?: StepMeter): Stepped<number[]> {
  const ends: number[] = [];
  const n = text.length;
  let lineIsHeading = text.charCodeAt(0) === 35; // '#'
  let from = 0;
  for (let i = 0; i < n; i++) {
    if (i - from >= CHARS_PER_STEP) {
      if (meter) meter.chars += i - from;
      from = i;
      yield;
    }
    const c = text.charCodeAt(i);
    if (c === 10) {
      const next = text.slice(i + 1, i + 1 + BLOCK_WINDOW);
      if (lineIsHeading || BLOCK_START.test(next)) ends.push(i);
      lineIsHeading = /^[ \t]*#/.test(next);
      continue;
    }
    if (c !== FULL_STOP && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) continue;
    if (c === FULL_STOP && ABBREVIATION.test(text.slice(Math.max(0, i - ABBREVIATION_WINDOW), i))) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k < n && LOWERCASE.test(text[k])) continue; // "approx. five", '"Yes!" she said'
    ends.push(j);
    i = j - 1;
  }
  if (meter) meter.chars += n - from;
  ends.push(n);
  return ends;
}

/** The sentences of `text` (leading whitespace trimmed, empty ones dropped). */
export function sentenceSpans(text: string): Span[] {
  return runSteps(sentenceSpanSteps(text, (start, end) => ({ start, end })));
}

/** Each sentence of `text` as `make` builds it from its span, pausing every few hundred. */
function* sentenceSpanSteps<T>(text: string, make: (start: number, end: number) => T, meter?: StepMeter): Stepped<T[]> {
  const out: T[] = [];
  let start = 0;
  const pace = pacer(meter);
  for (const end of yield* sentenceEndSteps(text, meter)) {
    if (pace()) yield;
    let s = start;
    while (s < end && isSpace(text.charCodeAt(s))) s++;
    if (s < end) out.push(make(s, end));
    start = end;
  }
  return out;
}

/** The sentences of an article with their (non-rejected) mentions, in text order. */
export function sentencesOf(text: string, mentions: readonly ModelMention[]): Sentence[] {
  return runSteps(sentenceSteps(text, mentions));
}

/** A sentence with no mentions yet, built where its span is found (no second pass copying spans). */
function emptySentence(start: number, end: number): Sentence {
  return { start, end, figures: [], dates: [], actors: [] };
}

/** sentencesOf, pausing every 16 K characters read and every few hundred sentences built or mentions placed. */
export function* sentenceSteps(text: string, mentions: readonly ModelMention[], meter?: StepMeter): Stepped<Sentence[]> {
  const out = yield* sentenceSpanSteps(text, emptySentence, meter);
  const pace = pacer(meter);
  yield;
  let sorted = true;
  for (let i = 1; i < mentions.length && sorted; i++) sorted = mentions[i - 1].start <= mentions[i].start;
  const inOrder = sorted ? mentions : [...mentions].sort((a, b) => a.start - b.start);
  let k = 0;
  for (let i = 0; i < inOrder.length; i++) {
    if (pace()) yield;
    const m = inOrder[i];
    if (m.decision === 'rejected') continue;
    while (k < out.length - 1 && out[k].end <= m.start) k++;
    const s = out[k];
    if (!s) break;
    if (m.kind === 'figure') s.figures.push(m);
    else if (m.kind === 'date') s.dates.push(m);
    else s.actors.push(m);
  }
  return out;
}
