// Import from brat standoff and W3C Web Annotation into a sidecar: each imported span is placed in
// the article (its offsets when the text there is still the quote, else re-anchored by quote) and,
// unless the article already shows the same mention, recorded as a human-added annotation through
// decide(), which keeps the sidecar's comments. Spans that cannot be placed are returned, not dropped.
import { CodePoints } from './codePoints';
import { anchor } from '../anchor';
import { extract, referenceDateFor } from '../extract';
import { buildModel, decide, type DecisionOp, type Meaning } from '../model';
import { parseSidecar, TYPES_BY_KIND } from '../sidecar';
import type { ActorType, DateType, FigureType, MentionKind } from '../types';
import { meaningText, QUOTE_CONTEXT } from './rows';

export interface ImportedSpan {
  /** UTF-16 offsets in the text the annotation was made on. */
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  kind: MentionKind;
  type: string;
  /** As exported: canonical name, "value unit" or a normalised date; '' when unknown. */
  meaning: string;
}

function kindType(label: string): { kind: MentionKind; type: string } | undefined {
  const [kind, type] = label.toLowerCase().split(/[-/]/);
  return kind in TYPES_BY_KIND && TYPES_BY_KIND[kind as MentionKind].includes(type) ? { kind: kind as MentionKind, type } : undefined;
}


function context(text: string, start: number, end: number): { prefix: string; suffix: string } {
  return { prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) };
}

/** brat .ann lines (T and AnnotatorNotes) against their .txt; lines it cannot use are reported. */
export function parseBrat(ann: string, txt: string): { spans: ImportedSpan[]; problems: string[] } {
  const spans = new Map<string, ImportedSpan>();
  const problems: string[] = [];
  let cp: CodePoints | undefined;
  const lines = ann.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 2) {
      const [label, ...where] = cols[1].split(' ');
      const kt = kindType(label);
      const offsets = where.join(' ').split(';').map((f) => f.trim().split(' ').map(Number));
      if (!kt || offsets.some((o) => o.length !== 2 || o.some((n) => !Number.isInteger(n) || n < 0))) {
        problems.push(`line ${i + 1}: cannot read ${JSON.stringify(line)}`);
        return;
      }
      // Discontinuous fragments (a span across a line break) cover their first start to last end.
      cp ??= new CodePoints(txt);
      const start = cp.toUtf16(offsets[0][0]);
      const end = cp.toUtf16(offsets[offsets.length - 1][1]);
      spans.set(cols[0], { start, end, exact: txt.slice(start, end), ...context(txt, start, end), ...kt, meaning: '' });
    } else if (/^#\d+$/.test(cols[0]) && cols.length >= 3) {
      const target = spans.get(cols[1].split(' ')[1] ?? '');
      const meaning = /(?:^|; )meaning=(.*?)(?:; decision=|; status=|$)/.exec(cols[2]);
      if (target && meaning) target.meaning = meaning[1];
    }
  });
  return { spans: [...spans.values()], problems };
}

interface W3cSelector { type?: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }
interface W3cItem { body?: { purpose?: string; value?: string }[] | { purpose?: string; value?: string }; target?: { source?: string; selector?: W3cSelector[] | W3cSelector } }

/** Annotations of a collection, a page, an array or one annotation, grouped by target source. */
export function parseW3c(json: string): { bySource: Map<string, { spans: ImportedSpan[] }>; problems: string[] } {
  const doc = JSON.parse(json) as { type?: string; items?: W3cItem[]; first?: { items?: W3cItem[] } } | W3cItem[];
  const items: W3cItem[] = Array.isArray(doc) ? doc : doc.first?.items ?? doc.items ?? [doc as W3cItem];
  const bySource = new Map<string, { spans: ImportedSpan[] }>();
  const problems: string[] = [];
  items.forEach((item, i) => {
    const bodies = Array.isArray(item.body) ? item.body : item.body ? [item.body] : [];
    const kt = kindType(bodies.find((b) => b.purpose === 'tagging')?.value ?? '');
    const selectors = Array.isArray(item.target?.selector) ? item.target.selector : item.target?.selector ? [item.target.selector] : [];
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    const pos = selectors.find((s) => s.type === 'TextPositionSelector');
    const source = item.target?.source;
    if (!kt || !quote?.exact || !source) { problems.push(`annotation ${i + 1}: no kind/type tag, quote or source`); return; }
    const entry = bySource.get(source) ?? { spans: [] };
    // Code-point positions become UTF-16 offsets once the article text is known (see placeSpans).
    entry.spans.push({ start: pos?.start ?? -1, end: pos?.end ?? -1, exact: quote.exact, prefix: quote.prefix ?? '', suffix: quote.suffix ?? '', ...kt, meaning: bodies.find((b) => b.purpose === 'describing')?.value ?? '' });
    bySource.set(source, entry);
  });
  return { bySource, problems };
}

/** W3C spans carry code-point positions: turned into UTF-16 offsets of this text. */
export function fromCodePoints(text: string, spans: readonly ImportedSpan[]): ImportedSpan[] {
  const cp = new CodePoints(text);
  return spans.map((s) => (s.start < 0 ? { ...s, start: 0, end: 0 } : { ...s, start: cp.toUtf16(s.start), end: cp.toUtf16(s.end) }));
}

function number(s: string): number | undefined {
  const n = Number(s);
  return s.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

/** The meaning exported as text, read back; falls back to the quote (actors) or nothing. */
export function parseMeaning(kind: MentionKind, type: string, meaning: string, exact: string): Meaning | undefined {
  if (kind === 'actor') {
    const role = /^(.*) \(([^()]*)\)$/.exec(meaning);
    const canonical = (role ? role[1] : meaning) || exact;
    return { kind, type: type as ActorType, canonical, ...(role ? { role: role[2] } : {}) };
  }
  if (kind === 'date') return { kind, type: type as DateType, normalized: meaning || null };
  const m = /^(~?)(-?[\d.e+]+)(?:–(-?[\d.e+]+))? ?(.*)$/.exec(meaning);
  const lo = m ? number(m[2]) : undefined;
  const hi = m?.[3] !== undefined ? number(m[3]) : undefined;
  if (!m || lo === undefined || (m[3] !== undefined && hi === undefined)) return undefined;
  return { kind, type: type as FigureType, value: hi !== undefined ? [lo, hi] : lo, unit: m[4], ...(m[1] ? { approx: true } : {}) };
}

export interface ImportResult {
  /** The new sidecar text (=== the old one, or undefined when there was none and nothing to add). */
  sidecarText: string | undefined;
  changed: boolean;
  added: number;
  /** Already in the article as the same mention and meaning: nothing to write. */
  present: number;
  /** Could not be placed in this article's text (or had no readable meaning). */
  unplaced: ImportedSpan[];
  /** Placed by quote elsewhere than the saved offsets. */
  moved: number;
}

export function importSpans(input: { text: string; sidecarText?: string; articleName: string; now?: string; author?: string }, spans: readonly ImportedSpan[]): ImportResult {
  const { text } = input;
  const parsed = input.sidecarText !== undefined ? parseSidecar(input.sidecarText) : undefined;
  if (parsed && !parsed.ok) throw new Error(`the sidecar of ${input.articleName} is not valid; fix it before importing`);
  const referenceDate = referenceDateFor(text, { sidecar: parsed?.sidecar?.referenceDate });
  const model = buildModel(text, extract(text, { referenceDate }).mentions, parsed);
  const shown = new Set(model.mentions.map((m) => `${m.start}:${m.end}:${m.kind}:${m.type}:${m.decision === 'rejected' ? '' : meaningText(m)}`));
  const result: ImportResult = { sidecarText: input.sidecarText, changed: false, added: 0, present: 0, unplaced: [], moved: 0 };
  const ops: DecisionOp[] = [];
  const planned = new Set<string>();
  for (const s of spans) {
    let { start, end } = s;
    if (!(end > start && text.slice(start, end) === s.exact)) {
      const r = anchor(text, { quote: { exact: s.exact, prefix: s.prefix, suffix: s.suffix }, start: s.start, end: s.end });
      if (r.status === 'orphaned' || !r.exact) { result.unplaced.push(s); continue; }
      ({ start, end } = r);
      result.moved++;
    }
    const meaning = parseMeaning(s.kind, s.type, s.meaning, s.exact);
    if (!meaning) { result.unplaced.push(s); continue; }
    const key = `${start}:${end}:${s.kind}:${s.type}:${meaningText({ ...meaning, start, end, text: s.exact } as Parameters<typeof meaningText>[0])}`;
    if (shown.has(key)) { result.present++; continue; }
    if (planned.has(key)) continue;
    planned.add(key);
    // The engine's mention at that span gets the imported meaning (decision confirmed); else a new one.
    const found = model.mentions.find((m) => m.start === start && m.end === end && m.kind === s.kind);
    ops.push(found ? { op: 'correct', mention: found, meaning } : { op: 'add', start, end, meaning });
  }
  if (!ops.length) return result;
  const out = decide({ text, sidecar: parsed, articleName: input.articleName, referenceDate, ...(input.now ? { now: input.now } : {}), ...(input.author ? { author: input.author } : {}) }, ops);
  return { ...result, sidecarText: out.text, changed: out.changed, added: ops.length };
}

