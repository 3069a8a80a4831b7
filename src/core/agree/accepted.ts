// What one annotator accepted in an article: the engine's mentions as that annotator's sidecar
// decided them (confirmed, added, or not decided at all), rejected ones left out.
import { buildModel, isRejected } from '../model';
import type { ParsedSidecar } from '../sidecar';
import type { Mention } from '../types';

/** The accepted mentions of `text` under `sidecar`, with the sidecar's meanings (canonical, value, date). */
export function acceptedMentions(text: string, mentions: readonly Mention[], sidecar: ParsedSidecar): Mention[] {
  return buildModel(text, mentions, sidecar).mentions.filter((m) => !isRejected(m)).map((m): Mention => {
    switch (m.kind) {
      case 'actor': return { kind: 'actor', type: m.type, start: m.start, end: m.end, text: m.text, canonical: m.canonical, ...(m.role !== undefined ? { role: m.role } : {}) };
      case 'figure': return { kind: 'figure', type: m.type, start: m.start, end: m.end, text: m.text, value: m.value, unit: m.unit, ...(m.approx !== undefined ? { approx: m.approx } : {}) };
      case 'date': return { kind: 'date', type: m.type, start: m.start, end: m.end, text: m.text, normalized: m.normalized };
    }
  });
}
