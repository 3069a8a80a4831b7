// Public entry of the extraction engine: extract(), frontMatterDate() and IncrementalExtractor.
// Pure: strings in, plain data out. Paragraph results are independent of each other; a cheap
// document pass then resolves coreference (surname → full name, acronym → expansion).
import type { ActorMention, Mention } from '../types';
import { parseRefDate } from './calendar';
import { frontMatterDateOrder, frontMatterLength, type DateOrder } from './frontMatter';
import { dateOrderEvidence } from './dates';
import { referenceDateFor } from './referenceDate';
import { getGazetteer } from './gazetteer';
import { FAMILY_FIRST_SURNAMES, ORG_HEADS } from './lexicon';
import { extractParagraph, type RawParagraph } from './paragraph';

export { frontMatterDate, frontMatterDateOrder, frontMatterDateProblem, MAX_FRONT_MATTER_CHARS, type DateOrder } from './frontMatter';
export { impossibleDateNote } from './dates';
export { isCalendarDate } from './calendar';
export { referenceDateFor, type ReferenceDateSources } from './referenceDate';

export interface ExtractOptions {
  /** YYYY-MM-DD (or a datetime); overrides the front matter `date:`. */
  referenceDate?: string | null;
  /** Day-month order of numeric dates such as 03/04/2026 (a setting); the front matter's `dateOrder:` overrides it. */
  dateOrder?: DateOrder | null;
}

export interface ExtractResult {
  referenceDate: string | null;
  mentions: Mention[];
}

const INITIAL_SKIP = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'la', 'du', 'des', 'del', '&']);
const WORD_SPLIT = /[\s-]+/;

/** The capitalised words of a name, connectors skipped, spell the acronym exactly ("Public Investment Fund" → PIF). */
function spells(name: string, acronym: string): boolean {
  if (!/\p{Ll}/u.test(name)) return false; // an all-caps run (a shouted headline) is no reliable definition
  let initials = '';
  for (const w of name.split(WORD_SPLIT)) if (w && !INITIAL_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)) initials += w[0];
  return initials === acronym;
}

/** Particles that open a multi-word surname ("Al Neyadi", "van der Berg", "de la Cruz"). */
const SURNAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'do', 'dos', 'das', 'du', 'del', 'della', 'di', 'la', 'le', 'ter', 'ben']);

/** Two or more line ends (\n, \r\n or a lone \r), blank lines between them allowed. */
const PARAGRAPH_BREAK = /(?:(?:\r\n|\r(?!\n)|\n)[ \t]*){2,}/g; // a \r\n is one line end, never \r then \n

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

/** What the document pass knows across paragraphs: names, organisations, acronyms and currency choices. */
interface DocContext {
  surnames: Map<string, string>;
  aliases: Map<string, string>;
  /** Given name → full name, used only for one-word names in a person slot (Thai, Ethiopian, Icelandic usage). */
  givenNames: Map<string, string>;
  fullNames: Set<string>;
  orgNames: Map<string, string>;
  acronyms: Map<string, string>;
  currencies: Map<string, string | null>;
  /** Capitalised head word → the one organisation in the article whose name ends in it ("Fund" → International Monetary Fund). */
  orgHeads: Map<string, string>;
  /** The article's most-mentioned state: the qualifier of generic institutions (guideline 13). */
  dominant: string | null;
  /** Changes whenever anything above changes; paragraphs may reuse their output while it holds. */
  signature: string;
}

/** What one paragraph contributes to the document context; computed once per raw result. */
interface Summary {
  states: string[];
  persons: string[];
  orgs: [string, string][];
}

const summaries = new WeakMap<RawParagraph, Summary>();

/** The summary of a raw result, memoised when `memo` (incremental updates reuse raw results; one-shot extraction does not). */
function summarize(raw: RawParagraph, memo: boolean): Summary {
  let s = memo ? summaries.get(raw) : undefined;
  if (s) return s;
  s = { states: [], persons: [], orgs: [] };
  for (const m of raw.mentions) {
    if (m.kind !== 'actor') continue;
    if (m.type === 'state') s.states.push(m.canonical);
    else if (m.type === 'person' && m.canonical.includes(' ')) s.persons.push(m.canonical);
    else if (m.type === 'organization') s.orgs.push([m.text, m.canonical]);
  }
  if (memo) summaries.set(raw, s);
  return s;
}

/** The state whose capital opens the article's dateline ("LIMA — …") in one of the first paragraphs, if any. */
function datelineState(paras: Paragraph[]): string | null {
  const gaz = getGazetteer();
  for (const p of paras.slice(0, 3)) {
    const m = /^\s*([\p{Lu}][\p{Lu}'’. -]*?)\s*[—–]/u.exec(p.text);
    if (!m) continue;
    const name = m[1].toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (x) => x.toUpperCase());
    const e = gaz.get(name);
    return e && e.kind === 'capital' ? e.canonical : null;
  }
  return null;
}

function docContext(raws: RawParagraph[], withSignature: boolean, dateline: string | null = null): DocContext {
  const surnames = new Map<string, string>();
  const aliases = new Map<string, string>();
  const givenNames = new Map<string, string>();
  const fullNames = new Set<string>();
  const acronyms = new Map<string, string>();
  const orgNames = new Map<string, string>();
  const stateCounts = new Map<string, number>();
  const ambiguousLists = new Map<string, readonly string[]>();
  for (let p = 0; p < raws.length; p++) {
    const raw = raws[p];
    const sum = summarize(raw, withSignature);
    // The headline and lead name the article's subject: their states weigh more for the dominant state.
    const weight = p < 2 ? 3 : 1;
    for (const st of sum.states) stateCounts.set(st, (stateCounts.get(st) ?? 0) + weight);
    // A country's own institutions ("U.S. Senate", "Ministry of Finance (Kenya)") are evidence for it too.
    for (const [, canonical] of sum.orgs) {
      const st = /^United States /.test(canonical) ? 'United States' : /\(([^()]+)\)$/.exec(canonical)?.[1];
      if (st) stateCounts.set(st, (stateCounts.get(st) ?? 0) + weight);
    }
    for (const full of sum.persons) {
      if (fullNames.has(full)) continue;
      fullNames.add(full);
      const parts = full.split(/\s+/);
      const surname = parts[parts.length - 1];
      if (!surnames.has(surname)) surnames.set(surname, full);
      // "Al Neyadi", "van der Berg": a surname opened by a particle is used with it.
      for (let k = parts.length - 2; k >= 1 && SURNAME_PARTICLES.has(parts[k].toLowerCase()); k--) {
        const multi = parts.slice(k).join(' ');
        if (!surnames.has(multi)) surnames.set(multi, full);
      }
      // "Wang Yi" → "Wang": family name first in Chinese, Korean and Vietnamese names.
      if (parts.length <= 3 && FAMILY_FIRST_SURNAMES.has(parts[0]) && !surnames.has(parts[0])) surnames.set(parts[0], full);
      // Middle names and nicknames inside the full name ("Lula" in "Luiz Inácio Lula da Silva").
      for (const part of parts.slice(1, -1)) if (/^\p{Lu}\p{Ll}/u.test(part) && !aliases.has(part)) aliases.set(part, full);
      if (/^\p{Lu}\p{Ll}/u.test(parts[0])) givenNames.set(parts[0], givenNames.has(parts[0]) && givenNames.get(parts[0]) !== full ? '' : full);
    }
    for (const [text, canonical] of sum.orgs) if (!orgNames.has(text)) orgNames.set(text, canonical);
    for (const [a, c] of raw.acronyms) if (!acronyms.has(a)) acronyms.set(a, c);
    for (const [, codes] of raw.ambiguous) ambiguousLists.set(codes.join(), codes);
  }
  // Shared currency words ("pesos", "Rs") take the currency of the article's most-mentioned matching country.
  const gaz = getGazetteer();
  const currencies = new Map<string, string | null>();
  for (const [key, codes] of ambiguousLists) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, count] of stateCounts) {
      const cur = gaz.currencyOf(country);
      if (cur && codes.includes(cur) && count > bestCount) { best = cur; bestCount = count; }
    }
    currencies.set(key, best);
  }
  const orgHeads = new Map<string, string>();
  for (const canonical of [...orgNames.values(), ...acronyms.values()]) {
    const head = /\s(\p{Lu}\p{Ll}+)$/u.exec(canonical)?.[1];
    // Only an organisation head stands for the name ("the Fund"); "Copper" of "Kalumbila Copper" is a common word.
    if (!head || !ORG_HEADS.has(head)) continue;
    const had = orgHeads.get(head);
    orgHeads.set(head, had === undefined || had === canonical ? canonical : '');
  }
  // "the Council" after the Council of the European Union: the head before "of" names the organisation too, unless
  // another organisation in the article ends in the same word.
  for (const canonical of new Set([...orgNames.values(), ...acronyms.values()])) {
    const head = /^(?:\p{Lu}\p{Ll}+\s+)?(Council|Commission|Parliament|Assembly|Court|Bank|Fund|Tribunal|Authority|Agency)\s+(?:of|for|on)\s/u.exec(canonical)?.[1];
    if (!head) continue;
    const had = orgHeads.get(head);
    orgHeads.set(head, had === undefined || had === canonical ? canonical : '');
  }
  // A bare "Council" in an article about the European Union is its Council (the ministers' chamber), as "Commission" is its Commission.
  if (!orgHeads.has('Council') && [...orgNames.values()].includes('European Union')) orgHeads.set('Council', 'Council of the European Union');
  if (dateline) stateCounts.set(dateline, (stateCounts.get(dateline) ?? 0) + 3);
  let dominant: string | null = null;
  let top = 0;
  for (const [state, count] of stateCounts) if (count > top || (count === top && state === dateline)) { dominant = state; top = count; }
  const signature = withSignature ? [[...surnames], [...aliases], [...givenNames], [...fullNames], [...orgNames], [...acronyms], [...currencies], [...orgHeads], [dominant]].map((x) => JSON.stringify(x)).join('\u0001') : '';
  return { surnames, aliases, givenNames, fullNames, orgNames, acronyms, currencies, orgHeads, dominant, signature };
}

/** Institutions whose bare name is generic: they take the article's dominant state as qualifier (guideline 13). */
const GENERIC_INSTITUTION = /^(?:Ministry of [\p{L} ,]+|(?:Foreign|Finance|Defen[cs]e|Interior|Justice|Health|Energy|Trade|Economy) Ministry|Foreign Office|National Assembly|National Congress|Congress|Senate|Parliament|Cabinet|Council of Ministers|Supreme Court|Constitutional Court|Constitutional Council|High Court|Court of Auditors|Court of Accounts|Audit Court|Council of State|Chamber of Deputies|House of Representatives|Central Bank|National Bank|Electoral Commission|National Electoral Commission|Election Commission|Electoral Tribunal|National Police|Armed Forces|Presidency|Treasury)$/u;
/** Legislatures named "Congress" whose own full name is the canonical. */
const CONGRESS_NAMES: Readonly<Record<string, string>> = {
  Peru: 'Congress of the Republic of Peru', Colombia: 'Congress of Colombia', Guatemala: 'Congress of the Republic of Guatemala',
  Chile: 'National Congress of Chile', Brazil: 'National Congress (Brazil)', Argentina: 'Argentine National Congress', Mexico: 'Congress of the Union',
  Philippines: 'Congress of the Philippines', Paraguay: 'Congress of Paraguay', Ecuador: 'National Assembly (Ecuador)', 'United States': 'United States Congress',
};
const US_DEFAULTS: Readonly<Record<string, string>> = { Congress: 'United States Congress', Senate: 'United States Senate', 'House of Representatives': 'United States House of Representatives' };

/** "Court of Auditors" in an article about Senegal → "Court of Auditors (Senegal)"; a bare "Congress" outside the US is that country's. */
function qualifyGeneric(text: string, canonical: string, dominant: string | null): string {
  if (!dominant) return canonical;
  const bare = text.replace(/^the\s+/i, '');
  if (US_DEFAULTS[bare] === canonical) {
    if (dominant === 'United States') return canonical;
    if (bare === 'Congress' && CONGRESS_NAMES[dominant]) return CONGRESS_NAMES[dominant];
    return `${bare} (${dominant})`;
  }
  return GENERIC_INSTITUTION.test(canonical) ? `${canonical} (${dominant})` : canonical;
}

/** One paragraph's mentions at document offsets, with coreference and currency choices applied. */
function assembleParagraph(raw: RawParagraph, base: number, ctx: DocContext, inPlace = false): Mention[] {
  const out: Mention[] = [];
  const ambiguous = raw.ambiguous.length ? new Map(raw.ambiguous) : null;
  const resolved: ActorMention[] = [];
  for (const c of raw.candidates) {
    let actor: ActorMention | null = null;
    const at = { start: c.start + base, end: c.end + base, text: c.text };
    if (c.acronym) {
      // An acronym defined anywhere in the article takes its expansion; an undefined one names itself.
      actor = { kind: 'actor', ...at, type: 'organization', canonical: ctx.acronyms.get(c.text) ?? ctx.orgNames.get(c.text) ?? c.text };
    } else if (ctx.fullNames.has(c.text)) {
      const longer = ctx.surnames.get(c.text);
      actor = { kind: 'actor', ...at, type: 'person', canonical: longer && longer.length > c.text.length ? longer : c.text };
    } else if (ctx.orgNames.has(c.text)) {
      actor = { kind: 'actor', ...at, type: 'organization', canonical: ctx.orgNames.get(c.text)! };
    } else if (ctx.surnames.has(c.text) || (!c.text.includes(' ') && ctx.aliases.has(c.text))) {
      actor = { kind: 'actor', ...at, type: 'person', canonical: ctx.surnames.get(c.text) ?? ctx.aliases.get(c.text)! };
    } else if (c.cued && ctx.givenNames.get(c.text)) {
      actor = { kind: 'actor', ...at, type: 'person', canonical: ctx.givenNames.get(c.text)! };
    } else if (ctx.orgHeads.get(c.text)) {
      actor = { kind: 'actor', ...at, type: 'organization', canonical: ctx.orgHeads.get(c.text)! };
    }
    if (actor?.type === 'organization') actor.canonical = qualifyGeneric(actor.text, actor.canonical, ctx.dominant);
    if (actor) resolved.push(actor);
  }
  let r = 0;
  for (let idx = 0; idx < raw.mentions.length; idx++) {
    const m = inPlace ? raw.mentions[idx] : shift(raw.mentions[idx], base);
    if (inPlace) { m.start += base; m.end += base; }
    const codes = ambiguous?.get(idx);
    if (codes && m.kind === 'figure') {
      const code = ctx.currencies.get(codes.join());
      if (code) m.unit = m.unit.replace(/^[A-Z]{3}/, code);
    }
    if (m.kind === 'actor' && m.type === 'organization' && ctx.acronyms.has(m.text) && /^\p{Lu}{2,}$/u.test(m.text) && !raw.acronyms.some(([a]) => a === m.text) && spells(ctx.acronyms.get(m.text)!, m.text)) {
      // "PIF" after "Public Investment Fund (PIF)": the article's own definition beats a curated alias of another body.
      m.canonical = ctx.acronyms.get(m.text)!;
    }
    if (m.kind === 'actor' && m.type === 'organization') {
      // "Wagner said" after "Senator Jaques Wagner": a one-word organisation alias that is a person's surname here.
      const full = /^\p{Lu}\p{Ll}+$/u.test(m.text) ? ctx.surnames.get(m.text) : undefined;
      if (full) { m.type = 'person'; m.canonical = full; } else {
        // A bare head word that names itself ("the Council") resolves to the article's organisation with that head.
        if (m.canonical === m.text && ctx.orgHeads.get(m.text)) m.canonical = ctx.orgHeads.get(m.text)!;
        m.canonical = qualifyGeneric(m.text, m.canonical, ctx.dominant);
      }
    }
    if (m.kind === 'actor' && m.type === 'person' && !m.canonical.includes(' ')) {
      const full = ctx.surnames.get(m.canonical) ?? ctx.aliases.get(m.canonical);
      if (full) m.canonical = full;
    } else if (m.kind === 'actor' && m.type === 'person') {
      // "Al Neyadi" after "Hamad Al Neyadi": a particle surname takes the full name.
      const full = ctx.surnames.get(m.canonical);
      if (full && full.length > m.canonical.length) m.canonical = full;
    }
    // Resolved candidates and mentions are both sorted and never overlap: merge them.
    while (r < resolved.length && resolved[r].start < m.start) out.push(resolved[r++]);
    out.push(m);
  }
  while (r < resolved.length) out.push(resolved[r++]);
  return out;
}

/** State kept by IncrementalExtractor between updates. */
interface Cache {
  prev: { text: string; referenceDate: string | null; paras: Paragraph[]; raws: RawParagraph[] } | null;
  /** Recently extracted paragraphs by text (undo, moved paragraphs); cleared when it grows. */
  recent: Map<string, RawParagraph>;
  outputs: WeakMap<RawParagraph, { base: number; version: number; mentions: Mention[] }>;
  /** Bumped whenever the document context signature changes. */
  version: number;
  signature: string;
  /** Paragraphs run through the extractor so far (what the cache saves is counted, not timed). */
  extracted: number;
}

/** Length of the common prefix of a and b (compares 4 KB slices natively, then characters). */
function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i + 4096 <= n && a.slice(i, i + 4096) === b.slice(i, i + 4096)) i += 4096;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  let i = 0;
  while (i + 4096 <= max && a.slice(a.length - i - 4096, a.length - i) === b.slice(b.length - i - 4096, b.length - i)) i += 4096;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Splits text[from, to) into paragraphs exactly as paragraphs() does when from and to are paragraph starts (or the text end). */
function paragraphsIn(text: string, from: number, to: number): Paragraph[] {
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

/** Paragraphs and their raw results, reusing the previous update's where the text did not change. */
function reuseParagraphs(cache: Cache, text: string, referenceDate: string | null, ref: ReturnType<typeof parseRefDate>): { paras: Paragraph[]; raws: RawParagraph[] } {
  const extractCached = (p: Paragraph): RawParagraph => {
    let raw = cache.recent.get(p.text);
    if (!raw) {
      raw = extractParagraph(p.text, ref);
      cache.extracted++;
      if (cache.recent.size > 512) cache.recent.clear();
      cache.recent.set(p.text, raw);
    }
    return raw;
  };
  const prev = cache.prev;
  const body = frontMatterLength(text);
  if (!prev || prev.referenceDate !== referenceDate || prev.paras.length === 0) {
    cache.recent.clear();
    const paras = paragraphs(text);
    return { paras, raws: paras.map(extractCached) };
  }
  const pre = commonPrefix(prev.text, text);
  const suf = commonSuffix(prev.text, text, Math.min(prev.text.length, text.length) - pre);
  const oldEnd = prev.text.length - suf;
  const delta = text.length - prev.text.length;
  const oldParas = prev.paras;
  // First reused-after paragraph: two past the one holding the change end; last reused-before: two before the change start.
  let a = 0;
  while (a < oldParas.length && oldParas[a].start <= pre) a++;
  a = Math.max(0, a - 2);
  let b = a;
  while (b < oldParas.length && oldParas[b].start <= oldEnd) b++;
  b = Math.min(oldParas.length, b + 1);
  if (pre <= Math.max(body, frontMatterLength(prev.text))) {
    const paras = paragraphs(text);
    return { paras, raws: paras.map(extractCached) };
  }
  // The window starts at a paragraph start before the change (or the body start) and ends at one after it.
  const from = a > 0 ? oldParas[a].start : body;
  const to = b < oldParas.length ? oldParas[b].start + delta : text.length;
  const middle = paragraphsIn(text, from, to);
  const paras = oldParas.slice(0, a);
  const raws = prev.raws.slice(0, a);
  for (const p of middle) { paras.push(p); raws.push(extractCached(p)); }
  for (let k = b; k < oldParas.length; k++) {
    paras.push(delta ? { start: oldParas[k].start + delta, text: oldParas[k].text } : oldParas[k]);
    raws.push(prev.raws[k]);
  }
  return { paras, raws };
}

function run(text: string, options: ExtractOptions | undefined, cache: Cache | null): ExtractResult {
  const referenceDate = referenceDateFor(text, { given: options?.referenceDate });
  const ref = parseRefDate(referenceDate);
  // Day-month order: the front matter, else the setting, else the article's own unambiguous numeric dates.
  const order = frontMatterDateOrder(text) ?? options?.dateOrder ?? dateOrderEvidence(text, frontMatterLength(text));
  if (ref && order) ref.order = order;
  // Paragraph results depend on the order too: it is part of the cache key.
  const refKey = referenceDate === null ? null : `${referenceDate}${order ?? ''}`;
  let paras: Paragraph[];
  let raws: RawParagraph[];
  if (cache) {
    ({ paras, raws } = reuseParagraphs(cache, text, refKey, ref));
    cache.prev = { text, referenceDate: refKey, paras, raws };
  } else {
    paras = paragraphs(text);
    raws = paras.map((p) => extractParagraph(p.text, ref));
  }
  const ctx = docContext(raws, cache !== null, datelineState(paras));
  if (cache && cache.signature !== ctx.signature) { cache.signature = ctx.signature; cache.version++; }
  const version = cache?.version ?? 0;
  const mentions: Mention[] = [];
  for (let p = 0; p < paras.length; p++) {
    const raw = raws[p];
    const base = paras[p].start;
    let part: Mention[];
    const prev = cache?.outputs.get(raw);
    if (prev && prev.base === base && prev.version === version) part = prev.mentions;
    else if (prev && prev.version === version) {
      // Same paragraph and context, moved: only the offsets change.
      const d = base - prev.base;
      part = prev.mentions.map((m) => shift(m, d));
      cache?.outputs.set(raw, { base, version, mentions: part });
    } else {
      // Uncached raw results are used once: shift them in place instead of copying.
      part = assembleParagraph(raw, base, ctx, !cache);
      cache?.outputs.set(raw, { base, version, mentions: part });
    }
    for (const m of part) mentions.push(m);
  }
  return { referenceDate, mentions };
}

/** Extracts actors, figures and dates; mentions sorted by start and non-overlapping. */
export function extract(text: string, options?: ExtractOptions): ExtractResult {
  return run(text, options, null);
}

/**
 * Re-extraction for an edited document: paragraph results are cached by paragraph text (per
 * reference date) and only changed paragraphs are re-extracted; the document pass (coreference,
 * acronyms, currency choice) always reruns, and a paragraph's output is reused when neither its
 * position nor the document context changed. Treat returned mentions as immutable.
 */
export class IncrementalExtractor {
  readonly #cache: Cache = { prev: null, recent: new Map(), outputs: new WeakMap(), version: 0, signature: '', extracted: 0 };

  update(text: string, options?: ExtractOptions): ExtractResult {
    return run(text, options, this.#cache);
  }

  /** Paragraphs extracted (not served from the cache) since this extractor was created. */
  get paragraphsExtracted(): number {
    return this.#cache.extracted;
  }
}
