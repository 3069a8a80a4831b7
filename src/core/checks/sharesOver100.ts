// shares-over-100: percentages that share out one whole adding up past 100% ("China holds 40%,
// Japan 35% and Korea 30%"). A list is one whole only when it reads as one: the first share follows
// a verb of holding ("holds", "won", "accounts for") or is a "stake"/"share", and the others are
// gapped items of the same sentence ("…, Japan 35% and Korea 30%"), none naming a whole of its own.
import type { FigureMention } from '../types';
import { inconsistency, quoted, tick } from './finding';
import type { CheckInput } from './index';
import { sentencesOf, type Sentence } from './sentences';
import { fmt, sharesExceedWhole } from './tolerance';
import type { Finding } from './types';
import { pacer, runSteps, type Stepped } from '../util';

const H = String.raw`(?:(?:about|around|roughly|some|nearly|almost|just|more\s+than|less\s+than|over|under|an\s+estimated|approximately)\s+)*`;
const SHARE_VERB = String.raw`holds?|held|holding|owns?|owned|controls?|controlled|has|had|won|wins|took|takes|gets?|got|received|receives|secured|captured|accounts?\s+for|accounted\s+for|makes?\s+up|made\s+up|represents?|represented`;
const SHARE_BEFORE = new RegExp(String.raw`\b(?:${SHARE_VERB})\s+(?:a\s+|an\s+)?${H}$`, 'i');
const SHARE_NOUN_AFTER = /^\s+(?:stake|share|holding|slice)\b/i;
/** What may follow the first share and name the whole ("of the vote", "stake"); later shares may only repeat it. */
const TRAILER = /^\s+(?:stake|share|holding|slice|of\s+(?:the\s+)?(?!and\b|while\b|with\b|but\b)[\p{L}-]+(?:\s+(?!and\b|while\b|with\b|but\b)[\p{L}-]+)?)/u;
const NAME = String.raw`(?:[\p{Lu}][\p{L}\p{M}.'’&-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’&-]*){0,3}|others|the\s+rest|the\s+remainder|independents|other\s+[\p{Ll}-]+)`;
/** Between two shares: a separator, a name and (optionally) the verb again — "…, Japan ", " and Korea holds ". */
const GAPPED = new RegExp(String.raw`^\s*(?:,|;|,?\s+and|,?\s+while|,?\s+with|,?\s+but)\s+(?:the\s+)?${NAME}\s+(?:(?:${SHARE_VERB}|with|on|at)\s+)?(?:a\s+|an\s+)?${H}$`, 'u');
/** A list is read this far at most. */
const MAX_SHARES = 20;
const WINDOW = 40;

function isShare(f: FigureMention | undefined): f is FigureMention {
  return f !== undefined && f.unit === '%' && !Array.isArray(f.value);
}

/** The shares of one whole starting at figure i of s (just [first] when it opens no list). */
function shareList(text: string, s: Sentence, i: number, meter: CheckInput['meter']): FigureMention[] {
  const first = s.figures[i];
  const before = text.slice(Math.max(s.start, first.start - WINDOW), first.start);
  const after = text.slice(first.end, first.end + WINDOW);
  if (!SHARE_BEFORE.test(before) && !SHARE_NOUN_AFTER.test(after)) return [first];
  const trailer = TRAILER.exec(after)?.[0] ?? '';
  const list = [first];
  for (let k = i + 1; k < s.figures.length && list.length < MAX_SHARES; k++) {
    tick(meter);
    const f = s.figures[k];
    if (!isShare(f)) break;
    if (f.start - s.figures[k - 1].end > WINDOW + 20) break;
    let between = text.slice(s.figures[k - 1].end, f.start);
    if (trailer && between.startsWith(trailer)) between = between.slice(trailer.length);
    if (!GAPPED.test(between)) break;
    const own = TRAILER.exec(text.slice(f.end, f.end + WINDOW))?.[0];
    if (own !== undefined && own !== trailer) break; // "…, Japan 35% of the equities": a whole of its own
    list.push(f);
  }
  return list;
}

/** Lists of shares of one whole that add up past 100%. */
export function sharesOver100(input: CheckInput, sentences: readonly Sentence[] = sentencesOf(input.text, input.mentions)): Finding[] {
  return runSteps(sharesOver100Steps(input, sentences));
}

/** sharesOver100, pausing every few hundred sentences or figures. */
export function* sharesOver100Steps(input: CheckInput, sentences: readonly Sentence[]): Stepped<Finding[]> {
  const { text } = input;
  const out: Finding[] = [];
  const pace = pacer(input.steps);
  for (const s of sentences) {
    if (pace()) yield;
    for (let i = 0; i < s.figures.length; i++) {
      if (pace()) yield;
      if (!isShare(s.figures[i])) continue;
      const list = shareList(text, s, i, input.meter);
      if (list.length >= 2 && sharesExceedWhole(text, list)) {
        const sum = list.reduce((a, f) => a + (f.value as number), 0);
        const first = list[0];
        const last = list[list.length - 1];
        out.push(inconsistency('shares-over-100', first.start, last.end,
          `shares of one whole add up to ${fmt(sum)}% (${list.map((f) => quoted(f.text)).join(' + ')}), more than 100% even allowing for rounding`,
          list.map((f) => ({ start: f.start, end: f.end, message: `share ${quoted(f.text)}` }))));
      }
      i += list.length - 1;
    }
  }
  return out;
}
