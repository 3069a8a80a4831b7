import type { ExtractResult } from '../extract';
import { jsonLine } from '../util';

/**
 * The command line's JSON Lines record of a file without a sidecar: its path, reference date and
 * mentions, each the extractor's own (`origin: auto`). Built by whichever thread extracted it.
 */
export function autoRecord(file: string, result: ExtractResult): string {
  return jsonLine({ file, referenceDate: result.referenceDate, mentions: result.mentions.map((m) => ({ ...m, origin: 'auto' })) });
}
