// parts-total-mismatch: a stated total that its listed parts contradict ("a $10 billion package:
// $4 billion for roads and $5 billion for ports"). The parts follow the total in its sentence after
// a colon, "of which", "comprising", "including"… or open the next sentence ("Of this, …",
// "It includes …"). A list that may be partial ("including", "of which", "such as") is only
// flagged when its parts already exceed the total.
import type { FigureMention } from '../types';
import { sameUnit } from './changes';
import { inconsistency, quoted, restate, tick } from './finding';
import type { CheckInput } from './index';
import { sentencesOf, type Sentence } from './sentences';
import { faceValue, partsDisagree } from './tolerance';
import type { CheckMeter, Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

/** Hedge words a part may carry (outside its span). */
const H = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|less\s+than|over|under|an\s+estimated|approximately|another|a\s+further)\s+)*`;
/** Up to four words between the total and what introduces its parts ("package for Ukraine"). */
const NOUNS = String.raw`(?:\s+[\p{L}'’-]+){0,4}`;
const EXHAUSTIVE_INTRO = new RegExp(String.raw`^${NOUNS}\s*(?::|\s[—–]|,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|split\s+(?:between|into|among)|divided\s+(?:between|into|among)|broken\s+down\s+into|namely))\s+${H}$`, 'iu');
const PARTIAL_INTRO = new RegExp(String.raw`^${NOUNS}\s*,?\s+(?:including|includes|included|of\s+which|among\s+them|such\s+as)\s+${H}$`, 'iu');
/** A total that closes its sentence, its parts opening the next one. */
const TOTAL_CLOSES = new RegExp(String.raw`^${NOUNS}\s*[.!]?["”’]?\s*$`, 'u');
const NEXT_SUBJECT = String.raw`(?:It|This|That|The\s+(?:[\p{L}-]+\s+){0,2}?(?:package|total|sum|amount|fund|budget|plan|deal|loan|aid|programme|program|pledge))`;
const NEXT_EXHAUSTIVE = new RegExp(String.raw`^${NEXT_SUBJECT}\s+(?:comprises|comprised|consists\s+of|consisted\s+of|(?:is|was)\s+made\s+up\s+of|breaks\s+down\s+(?:into|as)|(?:is|was)\s+split\s+(?:between|into|among)|(?:is|was)\s+divided\s+(?:between|into|among))\b`, 'u');
const NEXT_PARTIAL = new RegExp(String.raw`^(?:Of\s+(?:this|that|it|these|the\s+total|which)\b|${NEXT_SUBJECT}\s+(?:includes|included|will\s+include)\b)`, 'u');
/** Between two parts: a list separator… */
const LIST_SEPARATOR = /,|;|\band\b|\bplus\b|\bwhile\b|\bwith\b/i;
/** …and nothing that makes the next figure something else than a further part. */
const NOT_A_PART = /\b(?:from|than|compared|versus|vs|against|instead|rather|previously|up|down|out\s+of|each|per|respectively|total|totall?ing|altogether)\b/i;
/** Parts are looked for among this many following figures. */
const MAX_LOOKAHEAD = 16;
/** How much text may introduce the parts (after the total, or opening the next sentence). */
const MAX_INTRO = 80;
/** How much text may separate two parts. */
const MAX_PART_GAP = 100;

interface Parts {
  parts: FigureMention[];
  partial: boolean;
  /** Index of the last part in the total's sentence (-1 when the parts are in the next one). */
  last: number;
}

/** The parts listed from figure index `first` of `s` on (same unit as the total, list-separated). */
function collectParts(text: string, s: Sentence, total: FigureMention, first: number, meter: CheckMeter | undefined): { parts: FigureMention[]; last: number } | undefined {
  const parts: FigureMention[] = [];
  let last = first;
  for (let k = first; k < s.figures.length && k < first + MAX_LOOKAHEAD; k++) {
    tick(meter);
    const f = s.figures[k];
    if (!sameUnit(total, f)) {
      if (k === first) return undefined; // the introduced figure must be a part
      continue; // "$4 billion (40%) for roads": another unit is no part
    }
    if (Array.isArray(f.value)) return undefined; // a range part: too loose to add up
    if (/^\s+each\b/i.test(text.slice(f.end, f.end + 8))) return undefined;
    if (parts.length > 0) {
      const prev = parts[parts.length - 1];
      const between = text.slice(prev.end, f.start);
      if (between.length > MAX_PART_GAP || !LIST_SEPARATOR.test(between) || NOT_A_PART.test(between)) break;
    }
    parts.push(f);
    last = k;
  }
  return { parts, last };
}

/** The parts a total introduces, in its sentence or the next one. */
function partsOf(text: string, sentences: readonly Sentence[], si: number, i: number, meter: CheckMeter | undefined): Parts | undefined {
  const s = sentences[si];
  const total = s.figures[i];
  const next = s.figures[i + 1];
  if (next) {
    if (next.start - total.end > MAX_INTRO) return undefined;
    const intro = text.slice(total.end, next.start);
    const partial = PARTIAL_INTRO.test(intro);
    if (!partial && !EXHAUSTIVE_INTRO.test(intro)) return undefined;
    const found = collectParts(text, s, total, i + 1, meter);
    return found && { ...found, partial };
  }
  const n = sentences[si + 1];
  if (!n || n.figures.length === 0 || s.end - total.end > MAX_INTRO || n.figures[0].start - n.start > MAX_INTRO) return undefined;
  if (!TOTAL_CLOSES.test(text.slice(total.end, s.end))) return undefined;
  const opening = text.slice(n.start, n.figures[0].start);
  const partial = NEXT_PARTIAL.test(opening);
  if (!partial && !NEXT_EXHAUSTIVE.test(opening)) return undefined;
  const found = collectParts(text, n, total, 0, meter);
  return found && { parts: found.parts, partial, last: -1 };
}

/** Totals whose listed parts add up to something else. */
export function partsTotalMismatches(input: CheckInput, sentences: readonly Sentence[] = sentencesOf(input.text, input.mentions)): Finding[] {
  return runSteps(partsTotalMismatchSteps(input, sentences));
}

/** partsTotalMismatches, pausing every few hundred sentences or figures. */
export function* partsTotalMismatchSteps(input: CheckInput, sentences: readonly Sentence[]): Stepped<Finding[]> {
  const { text } = input;
  const out: Finding[] = [];
  const pace = pacer(input.steps);
  for (let si = 0; si < sentences.length; si++) {
    if (pace()) yield;
    const s = sentences[si];
    for (let i = 0; i < s.figures.length; i++) {
      if (pace()) yield;
      const total = s.figures[i];
      if (Array.isArray(total.value)) continue;
      const found = partsOf(text, sentences, si, i, input.meter);
      if (!found || found.parts.length < (found.partial ? 1 : 2)) continue;
      const { parts, partial } = found;
      if (partsDisagree(text, total, parts, partial)) {
        const sum = parts.reduce((a, p) => a + (p.value as number), 0);
        const t = faceValue(text, total);
        out.push(inconsistency('parts-total-mismatch', total.start, total.end,
          `the parts ${parts.map((p) => quoted(p.text)).join(' + ')} add up to ${restate(sum, total)}, which ${partial ? 'already exceeds' : sum > t.hi ? 'exceeds' : 'falls short of'} the stated total ${quoted(total.text)}`,
          parts.map((p) => ({ start: p.start, end: p.end, message: `part ${quoted(p.text)}` }))));
      }
      if (found.last > i) i = found.last; // a part is no total of its own list
    }
  }
  return out;
}
