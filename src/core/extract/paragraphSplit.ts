// Paragraphs: text between blank lines, after the front matter; offsets into the whole text.
import { frontMatterLength } from './frontMatter';

/** Two or more line ends (\n, \r\n or a lone \r), blank lines between them allowed. */
export const PARAGRAPH_BREAK = /(?:(?:\r\n|\r(?!\n)|\n)[ \t]*){2,}/g; // a \r\n is one line end, never \r then \n

export interface Paragraph {
  start: number;
  text: string;
}

export function paragraphs(text: string): Paragraph[] {
  return paragraphsIn(text, frontMatterLength(text), text.length);
}

/** Splits text[from, to) into paragraphs exactly as paragraphs() does when from and to are paragraph starts (or the text end). */
export function paragraphsIn(text: string, from: number, to: number): Paragraph[] {
  const out: Paragraph[] = [];
  let pos = from;
  PARAGRAPH_BREAK.lastIndex = from;
  for (let m = PARAGRAPH_BREAK.exec(text); m && m.index < to; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > pos) out.push({ start: pos, text: text.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  if (pos < to) out.push({ start: pos, text: text.slice(pos, to) });
  return out;
}
