import type { SidecarAnnotation } from '../../../src/core/sidecar';
import type { ArticleView, ViewMention } from '../../../src/view';

type Of<K extends ViewMention['kind']> = Extract<ViewMention, { kind: K }>;
type State = Partial<Pick<ViewMention, 'decision' | 'status' | 'source' | 'note' | 'origin' | 'checkedBy' | 'checkedAt'>>;

export function actor(start: number, text: string, canonical = text, type: 'person' | 'state' | 'organization' = 'person', state: State = {}): Of<'actor'> {
  return { kind: 'actor', start, end: start + text.length, text, type, canonical, origin: 'auto', ...state };
}

/** A figure; its value and unit are read from text like "400 troops" (enough for these tests). */
export function figure(start: number, text: string, type: 'percent' | 'money' | 'count' | 'quantity' = 'count', state: State = {}): Of<'figure'> {
  const [, value = '1', unit = ''] = /^([\d.]+)\s*(.*)$/.exec(text) ?? [];
  return { kind: 'figure', start, end: start + text.length, text, type, value: Number(value), unit, origin: 'auto', ...state };
}

export function date(start: number, text: string, normalized: string | null, state: State = {}): Of<'date'> {
  return { kind: 'date', start, end: start + text.length, text, type: 'date', normalized, origin: 'auto', ...state };
}

export function orphan(id: string, exact: string): SidecarAnnotation {
  return { id, kind: 'actor', type: 'state', quote: { exact, prefix: '', suffix: '' }, start: 0, end: exact.length, decision: 'confirmed' };
}

/** An article view with its mentions sorted by start, as the cache delivers them. */
export function view(mentions: ViewMention[], orphans: SidecarAnnotation[] = []): ArticleView {
  return { referenceDate: null, mentions: [...mentions].sort((a, b) => a.start - b.start), orphans };
}
