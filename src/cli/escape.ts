// Values from articles, sidecars and the command line reach a terminal (and a CI log) only through
// these helpers: no raw control characters, line breaks, ANSI escape sequences or bidirectional
// overrides, and nothing a GitHub Actions runner would read as a workflow command (`::error …`).

/** C0 and C1 controls, DEL, line/paragraph separators, bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One value for a line of text output: control characters become visible escapes (`\n`, `\x1b`,
 * `\u202e`), and a leading `::` (after any whitespace, as the Actions runner trims it) becomes
 * `\x3a:`, so the value can neither start a new line nor be taken for a workflow command.
 */
export function terminalSafe(value: string): string {
  const escaped = value.replace(UNSAFE, (c) => NAMED[c] ?? hex(c));
  return escaped.replace(/^(\s*):(?=:)/, '$1\\x3a');
}

// JSON for stdout: the same escapes, in core so a worker can format its own records.
export { jsonLine, jsonText } from '../core/util';
