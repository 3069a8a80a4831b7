// YAML front matter at the top of a Markdown article: its extent and its `date:` field.
// Line ends may be \n, \r\n or a lone \r, mixed.
import { isCalendarDate } from './calendar';

/**
 * The closing fence is looked for in this many characters (UTF-16 code units) and no further, so
 * an opening `---` without a closing one costs one linear scan of at most this much.
 */
export const MAX_FRONT_MATTER_CHARS = 1024 * 1024;

const OPENING = /^\uFEFF?---[ \t]*(?:\r\n?|\n)/;
const LINE_END = /\r\n?|\n/g;
const FENCE = /^(?:---|\.\.\.)[ \t]*$/;
const DATE_LINE = /^date:[ \t]*["']?(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.+\-Z]*)?["']?[ \t]*\r?$/m;

interface Block {
  /** Between the opening fence's line end and the closing fence's line. */
  body: string;
  /** Up to the end of the closing fence's line, its line end included. */
  length: number;
}

/** The front-matter block, scanned line by line: a fence is `---` or `...` alone on a line after the first. */
function frontMatter(text: string): Block | null {
  const open = OPENING.exec(text.slice(0, 256));
  if (!open) return null;
  const head = text.length > MAX_FRONT_MATTER_CHARS ? text.slice(0, MAX_FRONT_MATTER_CHARS) : text;
  const bodyStart = open[0].length;
  let lineStart = bodyStart;
  let bodyEnd = -1; // the line end before the current line; -1 on the first line, which cannot close
  LINE_END.lastIndex = lineStart;
  for (;;) {
    const m = LINE_END.exec(head);
    // A last line cut by the scan limit is not known to be a fence.
    if (!m && head.length < text.length) return null;
    const lineEnd = m ? m.index : head.length;
    const c = head.charCodeAt(lineStart);
    if (bodyEnd >= 0 && (c === 45 || c === 46) && FENCE.test(head.slice(lineStart, lineEnd))) {
      return { body: head.slice(bodyStart, bodyEnd), length: m ? m.index + m[0].length : head.length };
    }
    if (!m) return null;
    bodyEnd = m.index;
    lineStart = m.index + m[0].length;
  }
}

/** Length of the front-matter block (0 when there is none); nothing inside it is extracted. */
export function frontMatterLength(text: string): number {
  return frontMatter(text)?.length ?? 0;
}

/** The `date:` field as written (its YYYY-MM-DD part), real day or not. */
function dateField(text: string): string | null {
  return dateIn(frontMatter(text));
}

function dateIn(block: Block | null): string | null {
  return block ? DATE_LINE.exec(block.body)?.[1] ?? null : null;
}

/** The `date:` of the front matter as YYYY-MM-DD, or null; an impossible day (2026-13-45) is ignored. */
export function frontMatterDate(text: string): string | null {
  return calendarDateIn(frontMatter(text));
}

function calendarDateIn(block: Block | null): string | null {
  const d = dateIn(block);
  return d !== null && isCalendarDate(d) ? d : null;
}

/** Why the front matter's `date:` is ignored, or null when it is used or absent. */
export function frontMatterDateProblem(text: string): string | null {
  const d = dateField(text);
  return d !== null && !isCalendarDate(d) ? `front matter date "${d}" is not a calendar date; ignored` : null;
}

export type DateOrder = 'DMY' | 'MDY';

const ORDER_LINE = /^date_?order:[ \t]*["']?(DMY|MDY|dmy|mdy|day-first|month-first)["']?[ \t]*\r?$/im;

/** The `dateOrder:` of the front matter (DMY or MDY; "day-first" and "month-first" too), or null. */
export function frontMatterDateOrder(text: string): DateOrder | null {
  return orderIn(frontMatter(text));
}

function orderIn(block: Block | null): DateOrder | null {
  const v = block ? ORDER_LINE.exec(block.body)?.[1].toLowerCase() : undefined;
  if (!v) return null;
  return v === 'dmy' || v === 'day-first' ? 'DMY' : 'MDY';
}

/** What the engine reads from the front matter, from one parse. */
export interface FrontMatterFacts {
  /** frontMatterLength(). */
  length: number;
  /** The text opens with a fence (closed or not). */
  opened: boolean;
  /** frontMatterDate(). */
  date: string | null;
  /** frontMatterDateOrder(). */
  dateOrder: DateOrder | null;
}

export function frontMatterFacts(text: string): FrontMatterFacts {
  const block = frontMatter(text);
  return { length: block?.length ?? 0, opened: block !== null || opensFrontMatter(text), date: calendarDateIn(block), dateOrder: orderIn(block) };
}

/**
 * Whether facts of a text still hold after an edit starting at `editStart`: a closed block the
 * edit starts after (past the character following it, so a lone \r stays a line end of its own),
 * or no opening fence in the first 256 characters, which the edit leaves alone. An open fence
 * without a close may be closed by an edit anywhere.
 */
export function frontMatterKept(facts: FrontMatterFacts, editStart: number): boolean {
  return facts.length > 0 ? editStart > facts.length : !facts.opened && editStart >= 256;
}

/** Whether a text whose first characters are `prefix` (at least 256 of them, or all) opens a front-matter fence. */
export function opensFrontMatter(prefix: string): boolean {
  return OPENING.test(prefix.slice(0, 256));
}
