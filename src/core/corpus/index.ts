// The workspace as a corpus: one entry per article, built from texts (pure; the extension reads
// the files and keeps the entries up to date).
export { analyseArticle, entryFromModel, lineOf, withoutBom, type CorpusEntry } from './entry';
export { ARTICLE_GLOB, EXCLUDE_GLOB, articleNameOfSidecar, isArticlePath } from './files';
