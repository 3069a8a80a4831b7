// CSV (RFC 4180) and JSON Lines: one mention per row.
import type { ExchangeArticle, ExchangeRow } from './rows';

export const TABLE_COLUMNS = [
  'article', 'start', 'end', 'line', 'column', 'kind', 'type', 'text', 'meaning', 'decision', 'status', 'source', 'note', 'author',
] as const satisfies readonly (keyof ExchangeRow)[];

/**
 * A cell safe to open in a spreadsheet: a value starting with = + - @ (or a tab or carriage return)
 * would be run as a formula, so it gets a leading apostrophe. Numbers stay numbers.
 */
export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function toCsv(articles: readonly ExchangeArticle[]): string {
  const lines = [TABLE_COLUMNS.join(',')];
  for (const a of articles) {
    for (const r of a.rows) {
      lines.push(TABLE_COLUMNS.map((c) => (typeof r[c] === 'number' ? String(r[c]) : csvCell(spreadsheetSafe(String(r[c]))))).join(','));
    }
  }
  // RFC 4180 ends records with CRLF.
  return `${lines.join('\r\n')}\r\n`;
}

export function toJsonLines(articles: readonly ExchangeArticle[]): string {
  let out = '';
  for (const a of articles) {
    for (const r of a.rows) {
      const o: Record<string, string | number> = {};
      for (const c of TABLE_COLUMNS) o[c] = r[c];
      out += `${JSON.stringify(o)}\n`;
    }
  }
  return out;
}
