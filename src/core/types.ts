// Shared data shapes of the core. Offsets are UTF-16 code units (JavaScript string indices),
// `end` exclusive, and `text` is always `source.slice(start, end)`.

export type MentionKind = 'actor' | 'figure' | 'date';
export type ActorType = 'person' | 'state' | 'organization';
export type FigureType = 'percent' | 'money' | 'count' | 'quantity';
export type DateType = 'date' | 'month' | 'year' | 'period' | 'relative';

interface MentionBase {
  start: number;
  end: number;
  text: string;
}

export interface ActorMention extends MentionBase {
  kind: 'actor';
  type: ActorType;
  /** Canonical name: full person name, short English country name, full organisation name. */
  canonical: string;
  /** Title or role attached to this mention ("Foreign Minister"). */
  role?: string;
}

export interface FigureMention extends MentionBase {
  kind: 'figure';
  type: FigureType;
  /** Number with scale applied, or [min, max] for a range. */
  value: number | [number, number];
  /** "%", "pp", an ISO 4217 code, the counted noun, or a unit phrase. */
  unit: string;
  /** True when hedged ("about", "more than"). */
  approx?: boolean;
}

export interface DateMention extends MentionBase {
  kind: 'date';
  type: DateType;
  /** ISO-8601 (with the guidelines' extensions), or null where it cannot be resolved. */
  normalized: string | null;
}

export type Mention = ActorMention | FigureMention | DateMention;

/** Injected by hosts (extension, CLI); core never writes to a console itself. */
export interface ILogger {
  trace(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string | Error): void;
}
