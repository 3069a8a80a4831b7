// Public entry of the extraction engine: extract(), frontMatterDate() and IncrementalExtractor.
// Pure: strings in, plain data out. Paragraph results are independent of each other; a cheap
// document pass then resolves coreference (surname → full name, acronym → expansion).
import type { ActorMention, Mention } from '../types';
import { parseRefDate } from './calendar';
import { frontMatterDate, frontMatterLength } from './frontMatter';
import { getGazetteer } from './gazetteer';
import { extractParagraph, type RawParagraph } from './paragraph';

export { frontMatterDate } from './frontMatter';

export interface ExtractOptions {
  /** YYYY-MM-DD (or a datetime); overrides the front matter `date:`. */
  referenceDate?: string | null;
}

export interface ExtractResult {
  referenceDate: string | null;
  mentions: Mention[];
}

const PARAGRAPH_BREAK = /(?:\r?\n[ \t]*){2,}/g;

interface Paragraph {
  start: number;
  text: string;
}

function paragraphs(text: string): Paragraph[] {
  const body = frontMatterLength(text);
  const out: Paragraph[] = [];
  let pos = body;
  PARAGRAPH_BREAK.lastIndex = body;
  for (let m = PARAGRAPH_BREAK.exec(text); m; m = PARAGRAPH_BREAK.exec(text)) {
    if (m.index > pos) out.push({ start: pos, text: text.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  if (pos < text.length) out.push({ start: pos, text: text.slice(pos) });
  return out;
}

function resolveReference(text: string, options?: ExtractOptions): string | null {
  const given = options?.referenceDate;
  if (given) return /^\d{4}-\d{2}-\d{2}/.exec(given)?.[0] ?? null;
  return frontMatterDate(text);
}

/** A copy of a paragraph-relative mention at document offsets (explicit fields: faster than a spread). */
function shift(m: Mention, base: number): Mention {
  if (m.kind === 'actor') {
    const a: Mention = { kind: 'actor', start: m.start + base, end: m.end + base, text: m.text, type: m.type, canonical: m.canonical };
    if (m.role !== undefined) a.role = m.role;
    return a;
  }
  if (m.kind === 'figure') {
    const f: Mention = { kind: 'figure', start: m.start + base, end: m.end + base, text: m.text, type: m.type, value: m.value, unit: m.unit };
    if (m.approx !== undefined) f.approx = m.approx;
    return f;
  }
  return { kind: 'date', start: m.start + base, end: m.end + base, text: m.text, type: m.type, normalized: m.normalized };
}

/** The document pass: shift paragraph results, then resolve surnames and acronyms across paragraphs. */
function assemble(paras: Paragraph[], raws: RawParagraph[]): Mention[] {
  const mentions: Mention[] = [];
  const surnames = new Map<string, string>();
  const fullNames = new Set<string>();
  const aliases = new Map<string, string>();
  const acronyms = new Map<string, string>();
  const orgNames = new Map<string, string>();
  for (let p = 0; p < paras.length; p++) {
    const raw = raws[p];
    for (const m of raw.mentions) {
      if (m.kind !== 'actor') continue;
      if (m.type === 'person' && /\s/.test(m.canonical)) {
        fullNames.add(m.canonical);
        const parts = m.canonical.split(/\s+/);
        const surname = parts[parts.length - 1];
        if (!surnames.has(surname)) surnames.set(surname, m.canonical);
        // Middle names and nicknames inside the full name ("Lula" in "Luiz Inácio Lula da Silva").
        for (const part of parts.slice(1, -1)) if (/^\p{Lu}\p{Ll}/u.test(part) && !aliases.has(part)) aliases.set(part, m.canonical);
      } else if (m.type === 'organization' && !orgNames.has(m.text)) orgNames.set(m.text, m.canonical);
    }
    for (const [a, c] of raw.acronyms) if (!acronyms.has(a)) acronyms.set(a, c);
  }
  // Shared currency words ("pesos", "Rs") take the currency of the article's most-mentioned matching country.
  const gaz = getGazetteer();
  const stateCounts = new Map<string, number>();
  for (const raw of raws) for (const m of raw.mentions) if (m.kind === 'actor' && m.type === 'state') stateCounts.set(m.canonical, (stateCounts.get(m.canonical) ?? 0) + 1);
  const currencyFor = (codes: readonly string[]): string | null => {
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, count] of stateCounts) {
      const cur = gaz.currencyOf(country);
      if (cur && codes.includes(cur) && count > bestCount) { best = cur; bestCount = count; }
    }
    return best;
  };
  for (let p = 0; p < paras.length; p++) {
    const base = paras[p].start;
    const raw = raws[p];
    const local: Mention[] = [];
    const ambiguous = raw.ambiguous.length ? new Map(raw.ambiguous) : null;
    for (let idx = 0; idx < raw.mentions.length; idx++) {
      let out = shift(raw.mentions[idx], base);
      const codes = ambiguous?.get(idx);
      if (codes && out.kind === 'figure') {
        const code = currencyFor(codes);
        if (code) out.unit = out.unit.replace(/^[A-Z]{3}/, code);
      }
      if (out.kind === 'actor' && out.type === 'person' && !out.canonical.includes(' ')) {
        const full = surnames.get(out.canonical) ?? aliases.get(out.canonical);
        if (full) out.canonical = full;
      }
      local.push(out);
    }
    for (const c of raw.candidates) {
      let actor: ActorMention | null = null;
      if (c.acronym) {
        // An acronym defined anywhere in the article takes its expansion; an undefined one names itself.
        const exp = acronyms.get(c.text) ?? orgNames.get(c.text) ?? c.text;
        actor = { kind: 'actor', start: c.start + base, end: c.end + base, text: c.text, type: 'organization', canonical: exp };
      } else if (fullNames.has(c.text)) {
        actor = { kind: 'actor', start: c.start + base, end: c.end + base, text: c.text, type: 'person', canonical: c.text };
      } else if (orgNames.has(c.text)) {
        actor = { kind: 'actor', start: c.start + base, end: c.end + base, text: c.text, type: 'organization', canonical: orgNames.get(c.text)! };
      } else if (!/\s/.test(c.text) && (surnames.has(c.text) || aliases.has(c.text))) {
        actor = { kind: 'actor', start: c.start + base, end: c.end + base, text: c.text, type: 'person', canonical: surnames.get(c.text) ?? aliases.get(c.text)! };
      }
      if (actor) local.push(actor);
    }
    if (raw.candidates.length) local.sort((a, b) => a.start - b.start);
    for (const m of local) mentions.push(m);
  }
  return mentions;
}

function run(text: string, options: ExtractOptions | undefined, cache: Map<string, RawParagraph> | null): ExtractResult {
  const referenceDate = resolveReference(text, options);
  const ref = parseRefDate(referenceDate);
  const paras = paragraphs(text);
  const prefix = `${referenceDate ?? ''}\u0000`;
  const raws: RawParagraph[] = [];
  const next = cache ? new Map<string, RawParagraph>() : null;
  for (const p of paras) {
    if (!cache || !next) {
      raws.push(extractParagraph(p.text, ref));
      continue;
    }
    const key = prefix + p.text;
    const raw = cache.get(key) ?? next.get(key) ?? extractParagraph(p.text, ref);
    next.set(key, raw);
    raws.push(raw);
  }
  if (cache && next) {
    cache.clear();
    for (const [k, v] of next) cache.set(k, v);
  }
  return { referenceDate, mentions: assemble(paras, raws) };
}

/** Extracts actors, figures and dates; mentions sorted by start and non-overlapping. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return run(text, options, null);
}

/**
 * Re-extraction for an edited document: paragraph results are cached by paragraph text (and
 * reference date) and only changed paragraphs are re-extracted; the document pass always reruns.
 */
export class IncrementalExtractor {
  readonly #cache = new Map<string, RawParagraph>();

  update(text: string, options?: ExtractOptions): ExtractResult {
    return run(text, options, this.#cache);
  }
}
