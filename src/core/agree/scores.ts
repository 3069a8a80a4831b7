// Counts and the scores made from them. Counts add up across articles (a folder comparison sums
// them before any ratio is taken: micro-averages), so every score here is computed from counts.

/** Precision/recall/F1 of B against A (A is the reference). */
export interface Prf {
  /** B's spans that match one of A's (one-to-one). */
  matched: number;
  /** B's spans (the predictions). */
  b: number;
  /** A's spans (the reference). */
  a: number;
  /** null when undefined (0/0). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export function prf(matched: number, a: number, b: number): Prf {
  const precision = b ? matched / b : null;
  const recall = a ? matched / a : null;
  const f1 = a + b ? (2 * matched) / (a + b) : null;
  return { matched, b, a, precision, recall, f1 };
}

/** Token label counts for Cohen's kappa. */
export interface LabelCounts {
  tokens: number;
  /** Tokens both sides label alike. */
  same: number;
  /** Tokens per label on each side. */
  a: Record<string, number>;
  b: Record<string, number>;
}

export interface Kappa {
  tokens: number;
  /** Observed agreement p_o. */
  observed: number | null;
  /** Agreement expected by chance p_e = Σ_l p_A(l)·p_B(l). */
  expected: number | null;
  /** (p_o − p_e) / (1 − p_e); 1 when both sides give every token one and the same label; null without tokens. */
  kappa: number | null;
}

export function kappaOf(c: LabelCounts): Kappa {
  if (!c.tokens) return { tokens: 0, observed: null, expected: null, kappa: null };
  const observed = c.same / c.tokens;
  let expected = 0;
  for (const [label, n] of Object.entries(c.a)) expected += (n / c.tokens) * ((c.b[label] ?? 0) / c.tokens);
  // p_e = 1 only when both sides used a single, identical label: then they agree perfectly.
  const kappa = expected >= 1 ? 1 : (observed - expected) / (1 - expected);
  return { tokens: c.tokens, observed, expected, kappa };
}

export function addLabelCounts(into: LabelCounts, c: LabelCounts): void {
  into.tokens += c.tokens;
  into.same += c.same;
  for (const [k, n] of Object.entries(c.a)) into.a[k] = (into.a[k] ?? 0) + n;
  for (const [k, n] of Object.entries(c.b)) into.b[k] = (into.b[k] ?? 0) + n;
}
