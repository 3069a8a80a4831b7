// One article checked for `policy-lens check`, with its sidecar when it has one: texts in, located
// items out (no I/O here; checkCommand reads the files). The article is extracted, merged with the
// sidecar's decisions (buildModel) and run through the core checks; the sidecar is validated and
// its annotations re-anchored. Offsets (UTF-16) become 1-based line:column positions.
import { basename } from 'node:path';
import { MAX_FUZZY_QUOTE_LENGTH, overlongQuotes } from '../core/anchor';
import { checkArticle as runChecks, figureMeasures, quoted, sentencesOf, type FigureMeasure, type Finding, type FindingKind, type FindingLevel } from '../core/checks';
import { extract, referenceDateFor, type DateOrder } from '../core/extract';
import { buildModel } from '../core/model';
import { conflictProblems, lineStarts, parseSidecar, positionAt, type ParsedSidecar } from '../core/sidecar';
import type { CompiledRegistry } from '../core/registry';

/** 1-based lines and columns (UTF-16 code units); the end is exclusive, as SARIF's endColumn. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Located extends Position {
  file: string;
}

/**
 * What `check` reports: a finding of the core checks (with `kind`) or a problem of the sidecar
 * (validation, naming, missing article, moved or changed quotes; no `kind`).
 */
export interface CheckItem extends Located {
  code: string;
  /** Present on findings only: the group `--fail-on` names. */
  kind?: FindingKind;
  level: FindingLevel;
  message: string;
  annotationId?: string;
  related?: (Located & { message: string })[];
  fix?: { title: string; edits: (Located & { newText: string })[] };
}

export interface CheckedFile {
  article: string;
  /** null: the article has no sidecar (its figures are all unverified). */
  sidecar: string | null;
  /** Whether the sidecar is valid; null without one. */
  valid: boolean | null;
  referenceDate: string | null;
  annotations: number;
  anchored: number;
  moved: number;
  orphaned: number;
  unverified: number;
  disputed: number;
  inconsistent: number;
}

/** What the cross-article rule needs of a checked article (no text): its figures' measures and line starts. */
export interface ArticleMeasures {
  referenceDate: string | null;
  measures: FigureMeasure[];
  lineStarts: number[];
}

export interface ArticleInput {
  article: string;
  /** undefined: the article file does not exist (only possible with a sidecar). */
  articleText: string | undefined;
  sidecar?: { path: string; text: string };
  /** The team's entity registry that applies to the article. */
  registry?: CompiledRegistry;
  /** --date-order: the day-month order of numeric dates (the article's front matter wins). */
  dateOrder?: DateOrder;
}

/** Sidecar items first, then the article's, each in line:column order (stable for ties). */
function inReadingOrder(items: CheckItem[], sidecar: string | undefined): CheckItem[] {
  const rank = (i: CheckItem): number => (i.file === sidecar ? 0 : 1);
  return items.sort((a, b) => rank(a) - rank(b) || a.line - b.line || a.column - b.column);
}

/** Sidecar problems: validation diagnostics and an `article:` that names another file. */
function sidecarProblems(path: string, parsed: ParsedSidecar, article: string): CheckItem[] {
  const items: CheckItem[] = parsed.diagnostics.map((d) => ({ file: path, line: d.line, column: d.col, code: d.code, level: d.severity, message: d.message }));
  const named = (parsed.sidecar ?? parsed.bestEffort)?.article;
  if (named && named !== basename(article)) {
    const p = parsed.locate(['article']);
    items.push({ file: path, line: p.line, column: p.col, code: 'article-mismatch', level: 'warning', message: `"article" says ${named} but the sidecar sits next to ${basename(article)}` });
  }
  for (const c of conflictProblems(parsed.sidecar ?? parsed.bestEffort)) {
    const p = parsed.annotationPosition(c.annotationId) ?? { line: 1, col: 1 };
    items.push({ file: path, line: p.line, column: p.col, code: c.code, level: 'warning', annotationId: c.annotationId, message: c.message });
  }
  return items;
}

export function checkArticleText(input: ArticleInput): { items: CheckItem[]; file: CheckedFile; measured?: ArticleMeasures } {
  const { article, sidecar } = input;
  const parsed = sidecar ? parseSidecar(sidecar.text) : undefined;
  const sc = parsed?.sidecar ?? parsed?.bestEffort;
  const file: CheckedFile = {
    article, sidecar: sidecar?.path ?? null, valid: parsed ? parsed.ok : null, referenceDate: null,
    annotations: sc?.annotations.length ?? 0, anchored: 0, moved: 0, orphaned: 0, unverified: 0, disputed: 0, inconsistent: 0,
  };
  const items = sidecar && parsed ? sidecarProblems(sidecar.path, parsed, article) : [];
  if (input.articleText === undefined) {
    if (sidecar) items.push({ file: sidecar.path, line: 1, column: 1, code: 'article-missing', level: 'error', message: `article ${basename(article)} not found next to the sidecar` });
    return { items: inReadingOrder(items, sidecar?.path), file };
  }
  // Editors drop a UTF-8 BOM from the document text, so offsets in sidecars never count it.
  const text = input.articleText.charCodeAt(0) === 0xfeff ? input.articleText.slice(1) : input.articleText;
  const referenceDate = referenceDateFor(text, { sidecar: sc?.referenceDate });
  file.referenceDate = referenceDate;
  const model = buildModel(text, extract(text, { referenceDate, ...(input.registry ? { registry: input.registry } : {}), ...(input.dateOrder ? { dateOrder: input.dateOrder } : {}) }).mentions, parsed);

  let starts: number[] | undefined;
  const at = (offset: number): { line: number; column: number } => {
    const p = positionAt(starts ??= lineStarts(text), offset);
    return { line: p.line, column: p.col };
  };
  const span = (start: number, end: number): Located => {
    const s = at(start);
    const e = at(end);
    return { file: article, ...s, endLine: e.line, endColumn: e.column };
  };

  for (const { annotation: a, result: r } of model.anchors) {
    if (r.status === 'orphaned') continue; // a finding of the checks, below
    if (r.status === 'anchored') { file.anchored++; continue; }
    file.moved++;
    items.push(r.exact
      ? { ...span(r.start, r.end), code: 'moved', level: 'warning', annotationId: a.id, message: `annotation ${a.id} ${quoted(a.quote.exact)} moved (saved at offset ${a.start}, now ${r.start}); saving in the editor updates the sidecar` }
      : { ...span(r.start, r.end), code: 'quote-changed', level: 'warning', annotationId: a.id, message: `annotation ${a.id}: text changed from ${quoted(a.quote.exact)} to ${quoted(text.slice(r.start, r.end))}; review the decision` });
  }

  if (sidecar && parsed && sc) {
    // Quotes past the fuzzy-matching limit re-anchor only where they still occur exactly.
    for (const a of overlongQuotes(sc.annotations)) {
      const where = parsed.annotationPosition(a.id) ?? { line: 1, col: 1 };
      items.push({ file: sidecar.path, line: where.line, column: where.col, code: 'oversized-quote', level: 'warning', annotationId: a.id, message: `annotation ${a.id} quotes ${a.quote.exact.length} characters; quotes over ${MAX_FUZZY_QUOTE_LENGTH} are found again only where they still occur exactly (annotate a shorter span)` });
    }
  }

  const sentences = sentencesOf(text, model.mentions);
  for (const f of runChecks({ text, mentions: model.mentions, orphans: model.orphans, sentences })) {
    if (f.kind === 'orphaned') file.orphaned++;
    else file[f.kind]++;
    items.push(located(f, span, sidecar && parsed ? { path: sidecar.path, parsed } : undefined));
  }
  const measured = { referenceDate, measures: figureMeasures(text, model.mentions, sentences), lineStarts: starts ??= lineStarts(text) };
  return { items: inReadingOrder(items, sidecar?.path), file, measured };
}

/** A finding at its article span; an orphaned annotation at its block in the sidecar. */
function located(f: Finding, span: (start: number, end: number) => Located, sidecar: { path: string; parsed: ParsedSidecar } | undefined): CheckItem {
  const inSidecar = f.kind === 'orphaned' && sidecar && f.annotationId !== undefined ? sidecar.parsed.annotationPosition(f.annotationId) : undefined;
  const where: Located = inSidecar && sidecar ? { file: sidecar.path, line: inSidecar.line, column: inSidecar.col } : span(f.start, f.end);
  const item: CheckItem = { ...where, code: f.code, kind: f.kind, level: f.level, message: f.message };
  if (f.annotationId !== undefined) item.annotationId = f.annotationId;
  if (f.related?.length) item.related = f.related.map((r) => ({ ...span(r.start, r.end), message: r.message }));
  if (f.fix) item.fix = { title: f.fix.title, edits: f.fix.edits.map((e) => ({ ...span(e.start, e.end), newText: e.newText })) };
  return item;
}
