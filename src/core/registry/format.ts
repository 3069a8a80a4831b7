// The entity registry format: a team's own actors (`policy-lens.entities.yaml` at the workspace
// root), documented in docs/entity-registry.md and schemas/entities.schema.json.
import type { ActorType } from '../types';

export const DEFAULT_REGISTRY_FILE = 'policy-lens.entities.yaml';
/** Registries larger than this are refused before any YAML parsing. */
export const MAX_REGISTRY_BYTES = 5 * 1024 * 1024;
/** More entities (or never strings) than this are refused: a gazetteer, not a database. */
export const MAX_REGISTRY_ITEMS = 50_000;
/** Longest name, alias, metonym or never string, in characters. */
export const MAX_NAME_CHARS = 200;
/** Longest name in tokens: bounds the matcher's look-ahead. */
export const MAX_NAME_TOKENS = 16;
export const ENTITY_TYPES: readonly ActorType[] = ['state', 'organization', 'person'];
export const QID_PATTERN = /^Q[0-9]+$/;

export interface RegistryEntity {
  /** The canonical name every match is marked with. */
  name: string;
  type: ActorType;
  /** Other names of the same actor, marked with `name`. */
  aliases: string[];
  /** Names of something that stands for the actor ("the Kremlin"), marked with `name`. */
  metonyms: string[];
  role?: string;
  /** Wikidata item id, `Q` and digits. */
  qid?: string;
  note?: string;
}

export interface EntityRegistry {
  entities: RegistryEntity[];
  /** Texts never marked as a mention, whatever finds them. */
  never: string[];
}

export interface RegistryDiagnostic {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  /** 1-based. */
  line: number;
  col: number;
}

/** `https://www.wikidata.org/wiki/Q…` for a valid QID, else null. */
export function wikidataUrl(qid: string | undefined): string | null {
  return qid && QID_PATTERN.test(qid) ? `https://www.wikidata.org/wiki/${qid}` : null;
}
