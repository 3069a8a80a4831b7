// The workspace as a corpus: one entry per article, built from texts (pure; the extension reads
// the files and keeps the entries up to date).
export { MAX_SENTENCE, analyseArticle, articleInputs, entryFromExtraction, entryFromModel, entrySteps, type ArticleInputs, lineOf, sentenceAt, withoutBom, type CorpusEntry, type SentenceText } from './entry';
export { ENTRY_REVISION, EXTRACTION_DIGEST, engineKey } from './engine';
export { ARTICLE_GLOB, EXCLUDE_GLOB, articleNameOfSidecar, isArticlePath } from './files';
export {
  INDEX_CACHE_FORMAT, cacheRecordName, contentHash, contentHashSteps, isCacheRecordName, parseCacheRecord, serializeCacheRecord, type CachedEntry, type ParsedCacheRecord,
} from './indexCache';
