// Parts of a person's name the scanner leaves outside it: surname particles ("Camilo de la Torre",
// "Ursula von der Leyen"), a nickname in quotes ('Roberto "Bobby" Salinas') and an abbreviated given
// name ("Md. Shahidul Alam"). Works on one paragraph's actor mentions; the canonical is the full name
// without the nickname (guideline 6).
import type { ActorMention } from '../../types';
import { ABBREVIATED_GIVEN_NAMES, PARTICLES_BEFORE_SURNAME } from '../lexicon/names';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?`;
/** Lower-case particles then a capitalised surname: " de la Torre", " von der Leyen", " al-Mannai". */
const PARTICLES_AFTER = new RegExp(String.raw`^(?:\s+(?:(?:${PARTICLES_BEFORE_SURNAME.join('|')})\s+)+(?:al-|el-)?${NAME_WORD}|\s+(?:al|el)-${NAME_WORD})`, 'u');
/** A nickname in quotes, then the surname (and a second one): ' "Bobby" Salinas', ' "El Flaco" Mosquera'. */
const NICKNAME_AFTER = new RegExp(String.raw`^\s+["“]([^"“”\n]{1,24})["”]\s+(${NAME_WORD}(?:\s+${NAME_WORD})?)`, 'u');

function drop(actors: ActorMention[], start: number, end: number, keep: ActorMention): void {
  for (let k = actors.length - 1; k >= 0; k--) if (actors[k] !== keep && actors[k].start < end && start < actors[k].end) actors.splice(k, 1);
}

/** Person mentions with their particles, nicknames and abbreviated given names joined in (in place; returns the list). */
export function joinNameParts(text: string, actors: ActorMention[]): ActorMention[] {
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    const after = text.slice(p.end, p.end + 60);
    if (ABBREVIATED_GIVEN_NAMES.has(p.text) && after.startsWith('. ')) {
      const next = actors.find((q) => q.type === 'person' && q.start === p.end + 2);
      if (next) {
        p.end = next.end;
        p.text = text.slice(p.start, p.end);
        p.canonical = p.text;
        drop(actors, p.start, p.end, p);
        continue;
      }
    }
    if (p.type !== 'person') continue;
    const nick = p.canonical.includes(' ') ? null : NICKNAME_AFTER.exec(after);
    if (nick) {
      p.end += nick[0].length;
      p.text = text.slice(p.start, p.end);
      p.canonical = `${p.canonical} ${nick[2]}`;
      drop(actors, p.start, p.end, p);
      continue;
    }
    const part = PARTICLES_AFTER.exec(after);
    if (part) {
      p.end += part[0].length;
      p.text = text.slice(p.start, p.end);
      p.canonical = `${p.canonical}${part[0].replace(/\s+/g, ' ')}`;
      drop(actors, p.start, p.end, p);
    }
  }
  return actors;
}
