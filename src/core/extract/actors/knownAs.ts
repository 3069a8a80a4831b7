// An alias the article gives a person right after the full name (guideline 6): "Juan Pérez Soto, better known as
// Juancho, said …", "Ana Ruiz (known as La Jefa)", "Omar Haddad, nicknamed 'the Engineer'" stays unmarked (a
// lower-case phrase is no name). The alias is a mention of the person, with the full name as canonical; the
// document pass then maps later bare uses of the alias to the full name too.
import { type Gazetteer, phraseKey } from '../gazetteer';
import { FUNCTION_WORDS } from '../lexicon/names';
import { ORG_HEADS } from '../lexicon/organisations';
import { actorAt, replaceActors } from './spanEdit';
import { isTitleWord } from './words';
import type { ActorResult } from './types';
import type { ActorMention } from '../../types';

const ALIAS_WORD = String.raw`\p{Lu}\p{L}*(?:-\p{Lu}?\p{L}+)?`;
/**
 * Sticky at a person's end: ", [better|also|…] known as", ", nicknamed", ", dubbed" (or the same in parentheses),
 * then one to three capitalised words, quoted or not, that no letter, digit or possessive follows.
 */
const ALIAS_AFTER = new RegExp(String.raw`(?:,\s+|\s*\(\s*)(?:(?:better|also|more\s+commonly|commonly|widely|popularly|universally|locally)\s+)?` +
  String.raw`(?:known(?:\s+(?:locally|simply|widely|popularly))?\s+as|nicknamed|dubbed)\s+["“‘']?(${ALIAS_WORD}(?:\s+${ALIAS_WORD}){0,2})["”’']?(?![\p{L}\p{N}'’-])`, 'uy');

/**
 * Whether the phrase can be a person's alias: no function word, organisation head or known place or body in it, not
 * titles alone ("known as Director"; "General Tiger" is a name), and no "of" after it ("known as Chairman of
 * Everything" is a title, not a name to look for later).
 */
function aliasLike(alias: string, after: string, gaz: Gazetteer): boolean {
  if (gaz.get(phraseKey(alias)) || /^\s+of\b/.test(after)) return false;
  const words = alias.split(/\s+/);
  if (words.every((w) => isTitleWord(w, w.toLowerCase()))) return false;
  return words.every((w) => !FUNCTION_WORDS.has(w) && !ORG_HEADS.has(w) && !gaz.get(w));
}

/** Adds the aliases written after persons' full names (in place). Only the few persons with a full name are tried. */
export function knownAs(text: string, result: ActorResult, gaz: Gazetteer): void {
  const added: ActorMention[] = [];
  const actors = result.actors;
  for (let k = 0; k < actors.length; k++) {
    const p = actors[k];
    if (p.type !== 'person' || !p.canonical.includes(' ')) continue;
    // The cue starts with a comma or a bracket, after optional spaces: most names are followed by neither.
    const c = text.charCodeAt(p.end);
    if (c !== 44 && c !== 40 && c !== 32) continue;
    ALIAS_AFTER.lastIndex = p.end;
    const m = ALIAS_AFTER.exec(text);
    if (!m) continue;
    const start = p.end + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    if (!aliasLike(m[1], text.slice(end, end + 4), gaz)) continue;
    // Only a person's own mention (or none) may be replaced: a state or organisation found there is kept. The
    // actors are sorted and the alias follows p, so only those after p that start before its end can overlap it.
    let blocked = false;
    for (let j = k + 1; j < actors.length && actors[j].start < end && !blocked; j++) blocked = actors[j].type !== 'person' && start < actors[j].end;
    if (blocked) continue;
    added.push(actorAt(text, start, end, 'person', p.canonical));
  }
  if (added.length) replaceActors(result, added);
}
