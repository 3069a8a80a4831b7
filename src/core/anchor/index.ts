export { anchor, anchorAll, createTarget, normalizeEol, shiftAnchors } from './anchor';
export type { AnchorOptions, AnchorResult, AnchorStatus, AnchorTarget, ContentChange, LiveAnchor, QuoteSelector } from './anchor';
export { editDistance, fuzzySearch, type FuzzyMatch } from './fuzzy';
