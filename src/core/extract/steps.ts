// A step counter: rules add one for each token (or loop turn) they examine, so tests can bound the
// work per token without timing anything. Always on: one integer increment per step.
export interface Steps {
  n: number;
  /**
   * Characters passed over by the rules' searches that run forward (or back) through a paragraph
   * (indexOf for a quote, walks over a run of characters): a search restarted per token would be
   * quadratic here while the token steps stay linear.
   */
  chars: number;
}

export function newSteps(): Steps {
  return { n: 0, chars: 0 };
}
