// A step counter: rules add one for each token (or loop turn) they examine, so tests can bound the
// work per token without timing anything. Always on: one integer increment per step.
export interface Steps {
  n: number;
}

export function newSteps(): Steps {
  return { n: 0 };
}
