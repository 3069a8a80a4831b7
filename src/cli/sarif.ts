// `check --format sarif`: the items as a SARIF 2.1.0 log with one run, as GitHub code scanning
// (github/codeql-action/upload-sarif) and other SARIF viewers read it. Files are URIs relative to
// the working directory (uriBaseId %SRCROOT%, the repository root in CI), columns UTF-16 code units.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckItem, Located } from './checkArticleText';
import { ruleText } from './rules';

export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
}

interface ArtifactLocation { uri: string; uriBaseId?: string }
interface Region { startLine: number; startColumn: number; endLine?: number; endColumn?: number }
interface PhysicalLocation { artifactLocation: ArtifactLocation; region: Region }
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: 'error' | 'warning' | 'note';
  message: { text: string };
  locations: { physicalLocation: PhysicalLocation }[];
  relatedLocations?: { id: number; physicalLocation: PhysicalLocation; message: { text: string } }[];
  fixes?: { description: { text: string }; artifactChanges: { artifactLocation: ArtifactLocation; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }[] }[];
  properties?: { kind?: string; annotationId?: string };
}
interface SarifRule { id: string; shortDescription: { text: string }; help: { text: string }; defaultConfiguration: { level: SarifResult['level'] } }

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: SarifRule[] } };
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }[];
}

/**
 * A file as a SARIF artifact location: relative to `cwd` with forward slashes and each segment
 * percent-encoded (so "a b.md" and "x:y.md" stay relative references); outside `cwd`, a file: URI.
 */
export function artifactLocation(file: string, cwd: string): ArtifactLocation {
  const absolute = resolve(cwd, file);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

function region(p: Located): Region {
  const r: Region = { startLine: p.line, startColumn: p.column };
  if (p.endLine !== undefined && p.endColumn !== undefined) { r.endLine = p.endLine; r.endColumn = p.endColumn; }
  return r;
}

export function toSarif(items: readonly CheckItem[], tool: SarifTool, cwd: string): SarifLog {
  const rules: SarifRule[] = [];
  const ruleIndex = new Map<string, number>();
  const where = (p: Located): PhysicalLocation => ({ artifactLocation: artifactLocation(p.file, cwd), region: region(p) });
  const results = items.map((item): SarifResult => {
    let index = ruleIndex.get(item.code);
    if (index === undefined) {
      const text = ruleText(item.code);
      index = rules.push({ id: item.code, shortDescription: { text: text.short }, help: { text: text.help }, defaultConfiguration: { level: item.level } }) - 1;
      ruleIndex.set(item.code, index);
    }
    const result: SarifResult = { ruleId: item.code, ruleIndex: index, level: item.level, message: { text: item.message }, locations: [{ physicalLocation: where(item) }] };
    if (item.related?.length) result.relatedLocations = item.related.map((r, i) => ({ id: i + 1, physicalLocation: where(r), message: { text: r.message } }));
    if (item.fix) {
      const byFile = new Map<string, { artifactLocation: ArtifactLocation; replacements: { deletedRegion: Region; insertedContent: { text: string } }[] }>();
      for (const e of item.fix.edits) {
        let change = byFile.get(e.file);
        if (!change) byFile.set(e.file, change = { artifactLocation: artifactLocation(e.file, cwd), replacements: [] });
        change.replacements.push({ deletedRegion: region(e), insertedContent: { text: e.newText } });
      }
      result.fixes = [{ description: { text: item.fix.title }, artifactChanges: [...byFile.values()] }];
    }
    if (item.kind !== undefined || item.annotationId !== undefined) {
      result.properties = { ...(item.kind !== undefined ? { kind: item.kind } : {}), ...(item.annotationId !== undefined ? { annotationId: item.annotationId } : {}) };
    }
    return result;
  });
  const driver = { name: tool.name, version: tool.version, ...(tool.informationUri ? { informationUri: tool.informationUri } : {}), rules };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }] };
}
