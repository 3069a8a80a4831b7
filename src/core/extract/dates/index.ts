// Date rules (guidelines 20–27): absolute dates, months, years, fiscal years, quarters, halves,
// decades, centuries, ranges, periods and relative expressions, resolved against a reference date.
// One module per family; findDates.ts runs them in one pass over the tokens.
export { findDates } from './findDates';
export { dateOrderEvidence, NO_EVIDENCE, orderOfTally, tallyDateOrder, type OrderTally } from './numeric';
export { numberValue } from './patterns';
export { ambiguousDateNote, impossibleDateNote, unresolvedDateReason } from './validity';
