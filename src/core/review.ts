// How a figure's check reads to people, and what its source points at. Pure: the hover, the
// tree and the CLI say it the same way.
import type { FigureStatus } from './sidecar';

export type SourceRef =
  | { kind: 'url'; url: string }
  /** A file in the workspace (relative to the article's folder, else the workspace root), optionally a line. */
  | { kind: 'path'; path: string; line?: number }
  | { kind: 'citation'; text: string };

/** A web address, a workspace path with an optional `:line`, or a citation in words. */
export function classifySource(source: string): SourceRef {
  const s = source.trim();
  if (/^https?:\/\/[^\s]+$/i.test(s)) return { kind: 'url', url: s };
  const m = /^((?:\.{1,2}\/|[\w-]+\/)*[\w.-]+\.[A-Za-z0-9]{1,8})(?::(\d{1,7}))?$/.exec(s);
  if (m && !s.includes('://')) return { kind: 'path', path: m[1], ...(m[2] ? { line: Number(m[2]) } : {}) };
  return { kind: 'citation', text: s };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-12-06T11:00:00Z" → "6 December 2026"; anything else as it is. */
function day(timestamp: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(timestamp);
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : timestamp;
}

/** "verified by Jane Doe on 6 December 2026", "disputed on 6 December 2026", "unverified". */
export function describeCheck(check: { status: FigureStatus; checkedBy?: string; checkedAt?: string }): string {
  let out: string = check.status;
  if (check.status === 'unverified' && !check.checkedBy && !check.checkedAt) return out;
  if (check.checkedBy) out += ` by ${check.checkedBy}`;
  if (check.checkedAt) out += ` on ${day(check.checkedAt)}`;
  return out;
}
