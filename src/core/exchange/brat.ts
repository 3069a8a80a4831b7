// brat standoff: NAME.ann beside NAME.txt, a copy of the article text. Offsets count characters
// (code points, as brat and INCEpTION read the .txt); a span crossing a line break is written as
// discontinuous fragments, since brat's text-bound annotations never contain a newline. Meaning and
// decision go into AnnotatorNotes ("#" lines).
import { CodePoints } from './codePoints';
import { kept, type ExchangeArticle, type ExchangeRow } from './rows';

/** The brat entity type of a mention: ACTOR-STATE, FIGURE-MONEY, DATE-DATE. */
export function bratType(r: Pick<ExchangeRow, 'kind' | 'type'>): string {
  return `${r.kind}-${r.type}`.toUpperCase();
}

/** Fragments [start, end) of a span, split at line breaks (UTF-16 offsets), empty ones dropped. */
function fragments(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  return out;
}

/** Notes are one line in brat: line breaks and tabs become spaces. */
function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export interface BratFiles {
  txt: string;
  ann: string;
}

export function toBrat(a: ExchangeArticle): BratFiles {
  const lines: string[] = [];
  let t = 0;
  const cp = new CodePoints(a.text);
  for (const r of kept(a.rows)) {
    const parts = fragments(a.text, r.start, r.end);
    if (!parts.length) continue;
    t++;
    const offsets = parts.map(([s, e]) => `${cp.toCodePoint(s)} ${cp.toCodePoint(e)}`).join(';');
    const covered = parts.map(([s, e]) => a.text.slice(s, e)).join(' ');
    lines.push(`T${t}\t${bratType(r)} ${offsets}\t${covered}`);
    const note = [r.meaning && `meaning=${r.meaning}`, r.decision && `decision=${r.decision}`, r.status && `status=${r.status}`]
      .filter(Boolean).join('; ');
    if (note) lines.push(`#${t}\tAnnotatorNotes T${t}\t${oneLine(note)}`);
  }
  return { txt: a.text, ann: lines.length ? `${lines.join('\n')}\n` : '' };
}
