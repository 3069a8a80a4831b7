import type { SidecarAnnotation } from '../../../src/core/sidecar';
import type { ArticleView, ViewMention } from '../../../src/view';

type State = Partial<Pick<ViewMention, 'decision' | 'status' | 'note' | 'origin'>>;

export function actor(start: number, text: string, canonical = text, type: 'person' | 'state' | 'organization' = 'person', state: State = {}): ViewMention {
  return { kind: 'actor', start, end: start + text.length, text, type, canonical, origin: 'auto', ...state };
}

export function figure(start: number, text: string, type: 'percent' | 'money' | 'count' | 'quantity' = 'count', state: State = {}): ViewMention {
  return { kind: 'figure', start, end: start + text.length, text, type, value: 1, unit: 'troops', origin: 'auto', ...state };
}

export function date(start: number, text: string, normalized: string | null, state: State = {}): ViewMention {
  return { kind: 'date', start, end: start + text.length, text, type: 'date', normalized, origin: 'auto', ...state };
}

export function orphan(id: string, exact: string): SidecarAnnotation {
  return { id, kind: 'actor', type: 'state', quote: { exact, prefix: '', suffix: '' }, start: 0, end: exact.length, decision: 'confirmed' };
}

/** An article view with its mentions sorted by start, as the cache delivers them. */
export function view(mentions: ViewMention[], orphans: SidecarAnnotation[] = []): ArticleView {
  return { referenceDate: null, mentions: [...mentions].sort((a, b) => a.start - b.start), orphans };
}
