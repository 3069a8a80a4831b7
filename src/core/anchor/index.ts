export { anchor, anchorAll, CONTEXT_LENGTH, createTarget, emptyStats, MAX_FUZZY_QUOTE_LENGTH, normalizeEol, overlongQuotes, shiftAnchors } from './anchor';
export type { AnchorOptions, AnchorResult, AnchorStats, AnchorStatus, AnchorTarget, ContentChange, LiveAnchor, QuoteSelector } from './anchor';
export { editDistance, fuzzySearch, type FuzzyMatch, type FuzzyWork } from './fuzzy';
