import * as vscode from 'vscode';
import { dateOrderOfChoice, type DateOrder } from '../core/extract';
import { DEFAULT_REGISTRY_FILE } from '../core/registry';
import { DEFAULT_SIDECAR_PATTERN, sidecarPatternProblem } from '../core/sidecar';
import type { MentionKind } from '../core/types';
import { diagnosticsMode, DEFAULT_DIAGNOSTICS_MODE, type DiagnosticsMode, type MarkOptions } from '../view';

/** Every setting Policy Lens reads, typed; read in one place, never in core or a TreeItem. */
export interface PolicyLensConfig {
  languages: string[];
  decorations: MarkOptions;
  largeFileThresholdKB: number;
  updateDelay: number;
  sidecarPattern: string;
  author: string;
  /** Which check findings go to the Problems panel. */
  diagnostics: DiagnosticsMode;
  /** The entity registry's path relative to the workspace folder. */
  entityRegistry: string;
  /** Day-month order of numeric dates (`policyLens.dateOrder`); null (auto): the article's front matter or evidence. */
  dateOrder: DateOrder | null;
}

export function readConfig(scope?: vscode.Uri): PolicyLensConfig {
  const c = vscode.workspace.getConfiguration('policyLens', scope);
  return {
    languages: c.get<string[]>('languages', ['markdown', 'plaintext', 'policy-lens-text']),
    decorations: {
      enabled: c.get<boolean>('decorations.enabled', true),
      kinds: {
        actor: c.get<boolean>('decorations.actors', true),
        figure: c.get<boolean>('decorations.figures', true),
        date: c.get<boolean>('decorations.dates', true),
      },
      maxMarks: c.get<number>('decorations.maxMarks', 5000),
    },
    largeFileThresholdKB: c.get<number>('largeFileThresholdKB', 2048),
    updateDelay: c.get<number>('updateDelay', 150),
    sidecarPattern: usablePattern(c.get<string>('sidecar.pattern', DEFAULT_SIDECAR_PATTERN)),
    author: c.get<string>('author', ''),
    diagnostics: diagnosticsMode(c.get<string>('diagnostics', DEFAULT_DIAGNOSTICS_MODE)),
    entityRegistry: usableRegistryPath(c.get<string>('entityRegistry', DEFAULT_REGISTRY_FILE)),
    dateOrder: dateOrderOfChoice(c.get<string>('dateOrder', 'auto')),
  };
}

/** Setting keys under `policyLens.` for each mention kind's toggle. */
export const KIND_SETTING: Record<MentionKind, string> = {
  actor: 'decorations.actors',
  figure: 'decorations.figures',
  date: 'decorations.dates',
};

/** A pattern that cannot name a sidecar next to its article falls back to the default. */
function usablePattern(pattern: string): string {
  return sidecarPatternProblem(pattern) ? DEFAULT_SIDECAR_PATTERN : pattern;
}

/** A registry path inside the workspace folder (relative, no `..`), else the default name. */
function usableRegistryPath(path: string): string {
  const p = path.trim().replace(/\\/g, '/');
  return p && !p.startsWith('/') && !/^[a-zA-Z]:/.test(p) && !p.split('/').includes('..') ? p : DEFAULT_REGISTRY_FILE;
}
