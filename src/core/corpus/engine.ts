// Which engine built an index entry: cached entries are reused only by the same engine. The key
// joins the package version, a digest of the extraction golden file and the entry revision, so a
// change of extraction output cannot be forgotten: it changes the golden file, and a unit test
// (engine.test.ts) fails until EXTRACTION_DIGEST is set to the new file's digest.

/** SHA-256 of test/unit/extract/golden/extract.golden.json (LF line ends), first 16 hex digits. */
export const EXTRACTION_DIGEST = 'cbb00ff01ef70d1d';

/** Bumped when the entry's shape or what the checks report changes without the extraction changing. */
export const ENTRY_REVISION = 1;

/** The engine an index cache belongs to. */
export function engineKey(packageVersion: string): string {
  return `${packageVersion}/${EXTRACTION_DIGEST}/${ENTRY_REVISION}`;
}
