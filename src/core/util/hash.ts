// A content hash for cache keys: not cryptographic, pure (the core runs on the web too), two
// independent 53-bit halves (cyrb53), so thousands of files never collide in practice.
import { runSteps, type Stepped } from './steps';

/** One cyrb53 in progress: its two 32-bit lanes. */
interface Cyrb {
  h1: number;
  h2: number;
}

const SEEDS = [0, 0x9e3779b9] as const;

function start(seed: number): Cyrb {
  return { h1: 0xdeadbeef ^ seed, h2: 0x41c6ce57 ^ seed };
}

/** Mixes text[from, to) in. */
function feed(s: Cyrb, text: string, from: number, to: number): void {
  let { h1, h2 } = s;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  s.h1 = h1;
  s.h2 = h2;
}

/** 14 hex digits. */
function digest(s: Cyrb): string {
  const h1 = Math.imul(s.h1 ^ (s.h1 >>> 16), 2246822507) ^ Math.imul(s.h2 ^ (s.h2 >>> 13), 3266489909);
  const h2 = Math.imul(s.h2 ^ (s.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** 28 hex digits standing for `text`. */
export function hashText(text: string): string {
  return runSteps(hashPiecesSteps([text]));
}

/** Characters hashed between two pauses of hashPiecesSteps (a few milliseconds on a loaded machine). */
const HASH_CHARS_PER_STEP = 256 * 1024;

/**
 * hashText of the pieces joined, read piece by piece (no joined copy of a long article) and pausing
 * every HASH_CHARS_PER_STEP characters: the editor hashes a megabyte-long article between other work.
 */
export function* hashPiecesSteps(pieces: readonly string[]): Stepped<string> {
  const lanes = SEEDS.map(start);
  let since = 0;
  for (const piece of pieces) {
    for (let from = 0; from < piece.length;) {
      if (since >= HASH_CHARS_PER_STEP) { since = 0; yield; }
      const to = Math.min(piece.length, from + HASH_CHARS_PER_STEP - since);
      for (const s of lanes) feed(s, piece, from, to);
      since += to - from;
      from = to;
    }
  }
  return lanes.map(digest).join('');
}
