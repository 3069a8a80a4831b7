// CoNLL BIO tokens for training NER models: "-DOCSTART- O" per article, then one "TOKEN<TAB>LABEL"
// per line and a blank line between sentences. Labels are B-/I- + KIND-TYPE (B-ACTOR-PERSON,
// I-FIGURE-MONEY, B-DATE-DATE) or O. Rejected mentions are O.
import { bratType } from './brat';
import { kept, type ExchangeArticle } from './rows';

/** Words (letters, digits, inner apostrophes and hyphens), numbers with separators, and single symbols. */
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|\S/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
  label: string;
  /** Ends a sentence: . ! ? or the last token before a blank line. */
  last: boolean;
}

export function conllTokens(a: ExchangeArticle): Token[] {
  const rows = kept(a.rows);
  const tokens: Token[] = [];
  let r = 0;
  let prevEnd = 0;
  for (const m of a.text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (tokens.length && /\n[ \t]*\r?\n/.test(a.text.slice(prevEnd, start))) tokens[tokens.length - 1].last = true;
    while (r < rows.length && rows[r].end <= start) r++;
    const row = rows[r] && rows[r].start < end ? rows[r] : undefined;
    const label = !row ? 'O' : `${row.start >= start ? 'B' : 'I'}-${bratType(row)}`;
    tokens.push({ text: m[0], start, end, label, last: /^[.!?]$/.test(m[0]) });
    prevEnd = end;
  }
  if (tokens.length) tokens[tokens.length - 1].last = true;
  return tokens;
}

export function toConll(articles: readonly ExchangeArticle[]): string {
  let out = '';
  for (const a of articles) {
    out += '-DOCSTART-\tO\n\n';
    for (const t of conllTokens(a)) {
      out += `${t.text}\t${t.label}\n`;
      if (t.last) out += '\n';
    }
  }
  return out;
}
