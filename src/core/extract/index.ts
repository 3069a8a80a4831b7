// Public entry of the extraction engine: extract(), frontMatterDate() and IncrementalExtractor.
// Pure: strings in, plain data out. Paragraph results are independent of each other; a cheap
// document pass (documentPass.ts) then resolves coreference (surname → full name, acronym → expansion).
export { extract, type ExtractOptions, type ExtractResult } from './pipeline';
export { IncrementalExtractor } from './incremental';
export { frontMatterDate, frontMatterDateOrder, frontMatterDateProblem, MAX_FRONT_MATTER_CHARS, type DateOrder } from './frontMatter';
export { ambiguousDateNote, impossibleDateNote, unresolvedDateReason } from './dates';
export { articleDateOrder, dateOrderOfChoice } from './dateOrder';
export { isCalendarDate } from './calendar';
export { referenceDateFor, type ReferenceDateSources } from './referenceDate';
