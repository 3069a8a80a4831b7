// A name opened by a capitalised particle ("Van Leeuwen", "De la Torre"), as a sentence's first word writes it: the
// document pass looks its surname up with the particle lowered.
import { PARTICLES } from './lexicon';

/** The longest particle: a name whose first word is longer opens with none. */
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((p) => p.length));

/** Whether a space or hyphen may end the name's first word within PARTICLE_MAX code units (any non-ASCII unit may be a space). */
function shortFirstWord(name: string): boolean {
  const to = Math.min(name.length - 1, PARTICLE_MAX);
  for (let i = 1; i <= to; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || c === 45 || (c >= 9 && c <= 13) || c > 127) return true;
  }
  return false;
}

/** "Van Leeuwen" → "van Leeuwen", "De la Torre" → "de la Torre": a name opened by a capitalised particle, as written mid-sentence. */
export function particleLowered(name: string): string {
  if (!shortFirstWord(name)) return name;
  const m = /^(\p{Lu}\p{Ll}*)([\s-])/u.exec(name);
  return m && PARTICLES.has(m[1].toLowerCase()) ? `${m[1].toLowerCase()}${name.slice(m[1].length)}` : name;
}
