export { articleRows, codePointOffset, kept, meaningText } from './rows';
export type { ArticleSource, ExchangeArticle, ExchangeRow } from './rows';
export { spreadsheetSafe, toCsv, toJsonLines } from './table';
export { toW3c, W3C_CONTEXT, type W3cAnnotation } from './w3c';
export { bratType, toBrat, type BratFiles } from './brat';
export { conllTokens, toConll, type Token } from './conll';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'w3c', 'brat', 'conll'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export { fromCodePoints, importSpans, parseBrat, parseMeaning, parseW3c, type ImportedSpan, type ImportResult } from './import';
