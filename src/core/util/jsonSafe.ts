// JSON written where a terminal may show it: JSON.stringify already escapes C0 controls; these also
// write DEL, C1 controls, line separators and bidi controls as \u escapes (the same JSON value).
// In core so that a worker can format its own result (the command line's JSON Lines records).

const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escaped(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Indented JSON with the escapes above. */
export function jsonText(value: unknown): string {
  return escaped(JSON.stringify(value, null, 2));
}

/** One JSON Lines record: jsonText's escaping on one line. */
export function jsonLine(value: unknown): string {
  return escaped(JSON.stringify(value));
}
