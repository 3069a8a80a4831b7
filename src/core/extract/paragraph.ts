// One paragraph's raw extraction: every rule family, blockers applied, overlaps resolved (the
// longest span wins; on ties dates beat figures beat actors). Offsets are paragraph-relative.
import { afterScan } from './actors/afterScan';
import { joinNameParts } from './actors/nameParts';
import { locatedInstitutions } from './actors/locatedSentence';
import { personCountries, speakersLegislatures } from './actors/personCountry';
import type { ActorMention, Mention } from '../types';
import { firstIndex } from '../util/bounds';
import { findActors, type ActorResult, type Candidate, type Span } from './actors';
import { inPlaceSlot } from './actors/placeSlot';
import type { RefDate } from './calendar';
import type { DateOrder } from './frontMatter';
import { findDates } from './dates';
import { buildFigureLexicon, findFigures, type FigureLexicon, type FigureResult } from './figures';
import { sentenceCurrency, setCurrency } from './figures/currency';
import { getGazetteer } from './gazetteer';
import { sortByStart, stableSort } from './sortByStart';
import { newSteps, type Steps } from './steps';
import { tokenize, type Tokens } from './tokenize';

export interface RawParagraph {
  mentions: Mention[];
  candidates: Candidate[];
  acronyms: [string, string][];
  /** Indexes into `mentions` of money figures whose currency the document decides, with candidate codes. */
  ambiguous: [number, readonly string[]][];
  /** [full name, state]: persons the paragraph ties to a country ("Argentine President Ana Ruiz"). */
  countries: [string, string][];
  /** Indexes into `mentions`, increasing, of generic institutions their possessive owner or speaker qualified (see ActorResult.owned). */
  owned: number[];
}

/** Immutable figure lexicon, built once when the module loads. */
const LEXICON: FigureLexicon = buildFigureLexicon(getGazetteer());

const PRIORITY = { date: 0, figure: 1, actor: 2 } as const;

/** Raw mentions of one paragraph; `steps` counts the tokens and loop turns the rules examine. */
/** `order`: the article's day-month order of numeric dates (null: unknown). */
export function extractParagraph(text: string, ref: RefDate | null, steps: Steps = newSteps(), order: DateOrder | null = null): RawParagraph {
  const tokens = tokenize(text);
  const actors = actorsOf(text, tokens, steps);
  return resolve(text, actors, findDates(text, ref, tokens, order, steps), findFigures(text, getGazetteer(), LEXICON, tokens, steps), steps);
}

/**
 * Paragraphs per batch in extractParagraphs: enough for each rule family's code and word lists to
 * stay hot in the processor's caches over many paragraphs, few enough that a batch's tokens stay small.
 */
const BATCH = 256;

/**
 * extractParagraph on each text, identical results, but one rule family at a time over a batch of
 * paragraphs rather than all families per paragraph: the interleaved order cost about a fifth more
 * time on the bench corpus (measured in bench/extract.bench.ts).
 */
export function extractParagraphs(texts: readonly string[], ref: RefDate | null, steps: Steps = newSteps(), order: DateOrder | null = null): RawParagraph[] {
  const gaz = getGazetteer();
  const out: RawParagraph[] = [];
  for (let from = 0; from < texts.length; from += BATCH) {
    const batch = texts.slice(from, from + BATCH);
    const tokens = batch.map(tokenize);
    const actors = batch.map((text, k) => actorsOf(text, tokens[k], steps));
    const dates = batch.map((text, k) => findDates(text, ref, tokens[k], order, steps));
    const figures = batch.map((text, k) => findFigures(text, gaz, LEXICON, tokens[k], steps));
    for (let k = 0; k < batch.length; k++) out.push(resolve(batch[k], actors[k], dates[k], figures[k], steps));
  }
  return out;
}

/** The actor rules with the name parts joined; counts the steps of tokenizing and of the date and figure rules too. */
function actorsOf(text: string, tokens: Tokens, steps: Steps): ActorResult {
  // Tokenizing, the date rules and the figure rules each look at every token a bounded number of times.
  steps.n += 3 * tokens.words.length;
  const actors = findActors(text, tokens, steps);
  joinNameParts(text, actors.actors);
  return afterScan(text, actors, getGazetteer(), steps);
}

/** Longest span first; ties: dates, then figures, then actors, then the earlier one. */
function byRank(a: Mention, b: Mention): number {
  return (b.end - b.start) - (a.end - a.start) || PRIORITY[a.kind] - PRIORITY[b.kind] || a.start - b.start;
}

/** Blockers applied and overlaps resolved over one paragraph's rule results. */
function resolve(text: string, actors: ActorResult, dates: Mention[], figures: FigureResult, steps: Steps): RawParagraph {
  const all: Mention[] = dates;
  for (const f of figures.figures) all.push(f);
  for (const a of actors.actors) all.push(a);
  // Sorted once here (stable: ties keep dates, figures, actors in order), so the overlap sweep reads the list
  // itself and the kept list needs no second sort when nothing overlaps.
  sortByStart(all);
  // Longest span wins; ties: dates, then figures, then actors. Spans that overlap nothing (no other
  // span, no blocker) are kept directly; only the contested ones are ranked.
  const overlapping = overlappingMentions(all, actors.blockers);
  const kept = overlapping ? all.filter((m) => !overlapping.has(m)) : all;
  if (overlapping) {
    const contested = all.filter((m) => overlapping.has(m));
    stableSort(contested, byRank);
    const taken: Span[] = [...actors.blockers, ...kept];
    if (contested.length * (taken.length + contested.length) <= 4096) {
      // Few spans: compare intervals directly instead of marking code units.
      for (const m of contested) {
        steps.n += taken.length;
        if (taken.some((t) => t.start < t.end && t.start < m.end && m.start < t.end)) continue;
        taken.push(m);
        kept.push(m);
      }
    } else {
      const covered = new Uint8Array(text.length + 1);
      for (const t of taken) { covered.fill(1, t.start, t.end); steps.n++; }
      for (const m of contested) {
        let free = true;
        for (let k = m.start; k < m.end; k++) { steps.n++; if (covered[k]) { free = false; break; } }
        if (!free) continue;
        covered.fill(1, m.start, m.end);
        kept.push(m);
      }
    }
    sortByStart(kept);
  }
  const candidates = withoutOverlaps(actors.candidates, kept, actors.blockers);
  for (const c of candidates) if (!c.acronym && inPlaceSlot(text, c.start, c.end)) c.placed = true;
  const ambiguous: [number, readonly string[]][] = [];
  if (figures.ambiguous.size) {
    for (let idx = 0; idx < kept.length; idx++) {
      const m = kept[idx];
      const codes = m.kind === 'figure' ? figures.ambiguous.get(m) : undefined;
      if (!codes || m.kind !== 'figure') continue;
      // A state its sentence names decides the currency there; otherwise the article does.
      const own = sentenceCurrency(text, kept, m.start, codes, getGazetteer(), steps);
      if (own) setCurrency(m, own); else ambiguous.push([idx, codes]);
    }
  }
  // Only a paragraph with an actor can name a person.
  const countries = actors.actors.length ? personCountries(text, kept) : [];
  // Institutions their sentence qualifies: after a possessive owner (the actor scan, whose set the later two add to), a
  // speaker's legislature, in a sentence opened by "In <capital>,".
  const byOwner = actors.owned;
  if (countries.length) speakersLegislatures(text, kept, countries, byOwner, actors.acronyms);
  if (actors.actors.length) locatedInstitutions(text, kept, byOwner, actors.acronyms);
  const owned: number[] = [];
  if (byOwner.size) for (let idx = 0; idx < kept.length; idx++) if (byOwner.has(kept[idx] as ActorMention)) owned.push(idx);
  return { mentions: kept, candidates, acronyms: actors.acronyms, ambiguous, countries, owned };
}

/** Non-empty spans of both lists, sorted by start. */
function sortedSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of a) if (s.end > s.start) out.push(s);
  for (const s of b) if (s.end > s.start) out.push(s);
  return sortByStart(out);
}

/** The index of the first non-empty span at or after p (spans.length when none). */
function nonEmptyFrom(spans: readonly Span[], p: number): number {
  while (p < spans.length && spans[p].end <= spans[p].start) p++;
  return p;
}

/**
 * Mentions that share a code unit with another mention or a blocker (empty spans share nothing), given the
 * mentions sorted by start. Sorted by start, a span overlaps an earlier one when the running maximum end
 * passes its start, and a later one when the next start falls before its end.
 */
function overlappingMentions(all: readonly Mention[], blockers: readonly Span[]): Set<Span> | null {
  // Without blockers the sorted mentions are the sweep's list (most paragraphs): no merged copy.
  const spans: readonly Span[] = blockers.length ? sortedSpans(all, blockers) : all;
  // Made at the first overlap: most paragraphs have none.
  let out: Set<Span> | null = null;
  let maxEnd = -1;
  for (let p = nonEmptyFrom(spans, 0); p < spans.length;) {
    const s = spans[p];
    const next = nonEmptyFrom(spans, p + 1);
    if ((maxEnd > s.start || (next < spans.length && spans[next].start < s.end)) && (s as Partial<Mention>).kind !== undefined) (out ??= new Set()).add(s);
    if (s.end > maxEnd) maxEnd = s.end;
    p = next;
  }
  return out;
}

/** A name's last word, where a demonym-led name must be free. */
const LAST_WORD = /\S+$/;

/** Candidates sharing no code unit with a kept mention or a blocker (a demonym-led name: past its demonym) (binary search over spans sorted by start, with running maximum ends). */
function withoutOverlaps(candidates: readonly Candidate[], kept: readonly Mention[], blockers: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  if (!candidates.length) return out;
  // Kept mentions never overlap one another: without blockers (and empty spans) they are the sorted
  // spans as they are, and their ends rise with their starts, so no merged copy or running maximum.
  let direct = !blockers.length;
  for (let k = 0; direct && k < kept.length; k++) direct = kept[k].end > kept[k].start;
  const spans: readonly Span[] = direct ? kept : sortedSpans(kept, blockers);
  let maxEnds: number[] | null = null;
  if (!direct) {
    maxEnds = [];
    let maxEnd = -1;
    for (const s of spans) { if (s.end > maxEnd) maxEnd = s.end; maxEnds.push(maxEnd); }
  }
  for (const c of candidates) {
    if (c.end <= c.start) { out.push(c); continue; }
    // Spans starting before the candidate's end: the first `before` ones.
    const before = firstIndex(spans.length, (k) => spans[k].start >= c.end);
    if (before === 0) { out.push(c); continue; }
    // A demonym-led name covers its demonym's mention: only its last word must be free.
    const from = c.demonymLed ? c.start + c.text.search(LAST_WORD) : c.start;
    if ((maxEnds ? maxEnds[before - 1] : spans[before - 1].end) <= from) out.push(c);
  }
  return out;
}
