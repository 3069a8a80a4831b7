// The entity registry for the command line: `--entities FILE`, or else the nearest
// policy-lens.entities.yaml found by walking up from each article to the folder that holds the
// file or a `.git` (the workspace or repository root). Each registry file is read and compiled once.
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_REGISTRY_FILE, compileRegistry, formatRegistryDiagnostic, parseRegistry, type CompiledRegistry } from '../core/registry';
import { terminalSafe } from './escape';
import { readRegistryFile } from './readInput';

/** A registry, none, or why it cannot be used (one line; the command exits 2). */
export type RegistryLookup = CompiledRegistry | null | { error: string };

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false; // absent or unreachable: not a registry or repository root
  }
}

/** The registry file that applies to an article: in its folder or the nearest ancestor, stopping at a repository root. */
export async function findRegistryFile(article: string, name = DEFAULT_REGISTRY_FILE): Promise<string | null> {
  for (let dir = dirname(resolve(article)); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (await exists(candidate)) return candidate;
    if (await exists(join(dir, '.git')) || dirname(dir) === dir) return null;
  }
}

/** Reads and compiles registry files, each once; warnings go to `warn`. */
export class RegistryLoader {
  readonly #loaded = new Map<string, Promise<RegistryLookup>>();
  readonly #explicit: string | undefined;
  readonly #warn: (line: string) => void;

  constructor(explicit: string | undefined, warn: (line: string) => void) {
    this.#explicit = explicit;
    this.#warn = warn;
  }

  /** The registry for an article (`-`: standard input, looked up from the working directory). */
  async forArticle(article: string): Promise<RegistryLookup> {
    if (this.#explicit !== undefined) return this.#load(this.#explicit, true);
    const found = await findRegistryFile(article === '-' ? join(process.cwd(), '-') : article);
    return found ? this.#load(found, false) : null;
  }

  #load(path: string, named: boolean): Promise<RegistryLookup> {
    let p = this.#loaded.get(path);
    if (!p) { p = this.#read(path, named); this.#loaded.set(path, p); }
    return p;
  }

  async #read(path: string, named: boolean): Promise<RegistryLookup> {
    const text = await readRegistryFile(path);
    if (typeof text !== 'string') return 'missing' in text ? { error: `${terminalSafe(path)}: no such entity registry${named ? '' : ' (it vanished while it was read)'}` } : text;
    const parsed = parseRegistry(text);
    for (const d of parsed.diagnostics) if (d.severity === 'warning') this.#warn(`warning: ${terminalSafe(formatRegistryDiagnostic(path, d))}`);
    if (!parsed.ok) {
      const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
      return { error: `invalid entity registry: ${errors.map((d) => terminalSafe(formatRegistryDiagnostic(path, d))).join('; ')}` };
    }
    return compileRegistry(parsed.registry!);
  }
}
