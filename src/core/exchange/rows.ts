// One row per mention of an article, as the editor shows it: the engine's extraction merged with
// the sidecar's decisions (buildModel). Every export format is written from these rows.
import { CodePoints } from './codePoints';
import { createTarget } from '../anchor';
import { extract, referenceDateFor, type DateOrder } from '../extract';
import { buildModel } from '../model';
import { lineStarts, parseSidecar, positionAt, type Decision, type FigureStatus } from '../sidecar';
import type { CompiledRegistry } from '../registry';
import type { Mention, MentionKind } from '../types';

export interface ExchangeRow {
  /** The article's path as given (forward slashes). */
  article: string;
  /** UTF-16 offsets into the article text (BOM removed), end exclusive. */
  start: number;
  end: number;
  /** 1-based line and column (UTF-16 code units) of the start. */
  line: number;
  column: number;
  kind: MentionKind;
  type: string;
  text: string;
  /** Canonical name (actors), value and unit (figures), normalised date (dates). */
  meaning: string;
  /** '' for a mention nobody decided on yet. */
  decision: Decision | '';
  status: FigureStatus | '';
  source: string;
  note: string;
  author: string;
  /** The quote's context, for selectors that re-anchor text (W3C TextQuoteSelector). */
  prefix: string;
  suffix: string;
}

export interface ExchangeArticle {
  article: string;
  /** The article text with a leading BOM removed (offsets never count it). */
  text: string;
  rows: ExchangeRow[];
}

export interface ArticleSource {
  article: string;
  text: string;
  sidecarText?: string;
  registry?: CompiledRegistry;
  /** The day-month order of numeric dates from a setting or option (the article's front matter wins). */
  dateOrder?: DateOrder;
  /** The engine's mentions when extracted elsewhere (the editor's extraction worker), with the reference date they were resolved against. */
  extracted?: { referenceDate: string | null; mentions: Mention[] };
}

/** Characters of context kept on each side of a quote. */
export const QUOTE_CONTEXT = 32;

function number(n: number): string {
  return String(n);
}

/** The meaning of a mention as one string: "Kenya", "5000000 USD", "1000–2000 troops", "2026-03-03". */
export function meaningText(m: Mention): string {
  switch (m.kind) {
    case 'actor': return m.role ? `${m.canonical} (${m.role})` : m.canonical;
    case 'figure': {
      const v = Array.isArray(m.value) ? `${number(m.value[0])}–${number(m.value[1])}` : number(m.value);
      return `${m.approx ? '~' : ''}${v} ${m.unit}`.trim();
    }
    case 'date': return m.normalized ?? '';
  }
}

/** The rows of one article, in text order (rejected mentions included, with decision "rejected"). */
export function articleRows(source: ArticleSource): ExchangeArticle {
  const text = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const parsed = source.sidecarText !== undefined ? parseSidecar(source.sidecarText) : undefined;
  const sc = parsed?.sidecar ?? parsed?.bestEffort;
  const found = source.extracted?.mentions ?? extract(text, {
    referenceDate: referenceDateFor(text, { sidecar: sc?.referenceDate }), // the article's own date, else its sidecar's
    ...(source.registry ? { registry: source.registry } : {}),
    ...(source.dateOrder ? { dateOrder: source.dateOrder } : {}),
  }).mentions;
  const model = buildModel(text, found, parsed);
  const authors = new Map((sc?.annotations ?? []).map((a) => [a.id, a.author ?? '']));
  const starts = lineStarts(text);
  const rows = model.mentions.map((m): ExchangeRow => {
    const p = positionAt(starts, m.start);
    const t = createTarget(text, m.start, m.end, QUOTE_CONTEXT);
    return {
      article: source.article, start: m.start, end: m.end, line: p.line, column: p.col, kind: m.kind, type: m.type, text: m.text,
      meaning: meaningText(m), decision: m.decision ?? '', status: m.status ?? '', source: m.source ?? '', note: m.note ?? '',
      author: (m.annotationId && authors.get(m.annotationId)) || '', prefix: t.quote.prefix, suffix: t.quote.suffix,
    };
  });
  return { article: source.article, text, rows };
}

/** Rows a tagged corpus carries: every mention except the rejected ones. */
export function kept(rows: readonly ExchangeRow[]): ExchangeRow[] {
  return rows.filter((r) => r.decision !== 'rejected');
}

/** Code points in text[0, offset): the unit of W3C and brat positions. */
export function codePointOffset(text: string, offset: number): number {
  return new CodePoints(text).toCodePoint(offset);
}
