// The Review view as plain data: every figure of the workspace's articles grouped by review state
// (a table, as the Article view's groups), then by article, each node with its parent (for
// getParent/reveal) and a typed reference for commands. The extension maps it onto a TreeView.
import type { Finding } from '../core/checks';
import { lineOf } from '../core/corpus';
import { firstIndex } from '../core/util';
import { describeFigure } from '../core/describe';
import { figureStatus, type FigureStatus } from '../core/sidecar';
import type { FigureMention } from '../core/types';
import { isVisible, type ViewMention } from './articleView';
import type { MentionRef } from './refs';
import type { Localizer } from './statusText';

export type ReviewGroupId = 'unverified' | 'disputed' | 'inconsistent' | 'verified';

/** One article of the workspace as the Review view reads it (the workspace index's entry). */
export interface ReviewArticle {
  /** The article's Uri as a string; it goes into every reference. */
  readonly uri: string;
  /** Workspace-relative path with `/` separators ("drafts/call.md"). */
  readonly path: string;
  readonly mentions: readonly ViewMention[];
  readonly findings: readonly Finding[];
  readonly lineStarts: readonly number[];
}

export type ReviewFigureMention = ViewMention & FigureMention;

/** A visible figure with what the Review view shows of it. */
export interface ReviewFigure {
  readonly mention: ReviewFigureMention;
  readonly status: FigureStatus;
  /** 1-based. */
  readonly line: number;
  /** Findings whose span or related spans overlap the figure. */
  readonly findings: readonly Finding[];
}

export interface ReviewGroupSpec {
  readonly id: ReviewGroupId;
  readonly member: (f: ReviewFigure) => boolean;
  /** Codicon id of the group row. */
  readonly icon: string;
  readonly expanded: boolean;
}

/** The groups, in display order. A figure with an inconsistency is also listed under its status. */
export const REVIEW_GROUPS: readonly ReviewGroupSpec[] = [
  { id: 'unverified', member: (f) => f.status === 'unverified', icon: 'circle-outline', expanded: true },
  { id: 'disputed', member: (f) => f.status === 'disputed', icon: 'warning', expanded: true },
  { id: 'inconsistent', member: (f) => f.findings.some((x) => x.kind === 'inconsistent'), icon: 'error', expanded: true },
  { id: 'verified', member: (f) => f.status === 'verified', icon: 'verified', expanded: false },
];

export const REVIEW_GROUP_IDS: readonly ReviewGroupId[] = REVIEW_GROUPS.map((g) => g.id);

export type ReviewNode = ReviewGroupNode | ReviewArticleNode | ReviewFigureNode;

export interface ReviewGroupNode { readonly type: 'reviewGroup'; readonly id: ReviewGroupId; readonly children: ReviewArticleNode[]; count: number }
/** `children` is built when first read: a list is mostly shown a page at a time, or collapsed, and the tree is rebuilt at each index change. */
export interface ReviewArticleNode {
  readonly type: 'reviewArticle'; readonly parent: ReviewGroupNode; readonly uri: string; readonly path: string; readonly count: number; readonly children: readonly ReviewFigureNode[];
}
export interface ReviewFigureNode extends ReviewFigure { readonly type: 'reviewFigure'; readonly parent: ReviewArticleNode; readonly ref: MentionRef }

/** Which figures the view shows: some groups only, articles under some folders only (absent: all). */
export interface ReviewFilter {
  readonly groups?: readonly ReviewGroupId[];
  /** Workspace-relative folders ('' = the top level); an article under a subfolder counts too. */
  readonly folders?: readonly string[];
}

export function isFiltered(filter: ReviewFilter): boolean {
  return !!filter.groups?.length || !!filter.folders?.length;
}

/** A filter from a command argument (keybindings, tests); undefined when it is not one. */
export function parseReviewFilter(arg: unknown): ReviewFilter | undefined {
  if (typeof arg !== 'object' || arg === null) return undefined;
  const { groups, folders } = arg as Record<string, unknown>;
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
  if (groups !== undefined && !(strings(groups) && groups.every((g) => (REVIEW_GROUP_IDS as readonly string[]).includes(g)))) return undefined;
  if (folders !== undefined && !strings(folders)) return undefined;
  if (groups === undefined && folders === undefined) return undefined;
  return { ...(groups?.length ? { groups: groups as ReviewGroupId[] } : {}), ...(folders?.length ? { folders } : {}) };
}

/** "drafts/call.md" → "drafts"; "call.md" → "". */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function inFolder(path: string, folder: string): boolean {
  return folder === '' ? !path.includes('/') : path.startsWith(`${folder}/`);
}

/** The folders articles sit in, for the filter's pick list, sorted. */
export function articleFolders(articles: readonly Pick<ReviewArticle, 'path'>[]): string[] {
  return [...new Set(articles.map((a) => folderOf(a.path)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Findings about a span: the finding's own span or one of its related spans overlaps it. */
export function findingsAbout(findings: readonly Finding[], start: number, end: number): Finding[] {
  const overlaps = (s: number, e: number) => overlapsSpan(start, end, s, e);
  return findings.filter((f) => overlaps(f.start, f.end) || (f.related ?? []).some((r) => overlaps(r.start, r.end)));
}

/** A finding's span [s, e) is about [start, end) when they overlap or an empty span (a position) lies inside it. */
function overlapsSpan(start: number, end: number, s: number, e: number): boolean {
  return (s < end && start < e) || (s === e && s >= start && s < end);
}

/**
 * findingsAbout for many spans of one article (one query: findingsAbout): the findings' spans (own and related) sorted once,
 * each query a binary search and a walk back over the spans that can still reach it — not a pass
 * over every finding per figure, which grew with figures × findings.
 */
export function findingsLocator(findings: readonly Finding[]): (start: number, end: number) => Finding[] {
  const spans: { start: number; end: number; at: number }[] = [];
  findings.forEach((f, at) => {
    spans.push({ start: f.start, end: f.end, at });
    for (const r of f.related ?? []) spans.push({ start: r.start, end: r.end, at });
  });
  spans.sort((a, b) => a.start - b.start);
  const reach: number[] = []; // the largest end among spans[0..i]
  for (const s of spans) reach.push(Math.max(reach.length ? reach[reach.length - 1] : -Infinity, s.end));
  return (start, end) => {
    // Any span about [start, end) starts before `end` and ends at or after `start`. A figure has one
    // or two findings at most (its review note, an inconsistency): a short array, no set or sort for one.
    const hits: number[] = [];
    for (let i = firstIndex(spans.length, (k) => spans[k].start >= end) - 1; i >= 0 && reach[i] >= start; i--) {
      const at = spans[i].at;
      if (overlapsSpan(start, end, spans[i].start, spans[i].end) && !hits.includes(at)) hits.push(at);
    }
    if (hits.length > 1) hits.sort((a, b) => a - b);
    return hits.map((at) => findings[at]);
  };
}

/** The visible figures of one article with their status, line and findings, in text order. */
export function reviewFigures(article: ReviewArticle): ReviewFigure[] {
  const about = findingsLocator(article.findings);
  const out: ReviewFigure[] = [];
  for (const m of article.mentions) {
    if (m.kind !== 'figure' || !isVisible(m)) continue;
    out.push({ mention: m, status: figureStatus(m), line: lineOf(article.lineStarts, m.start), findings: about(m.start, m.end) });
  }
  return out;
}

const byPath = (a: ReviewArticleNode, b: ReviewArticleNode) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** An article's row in a group, its figure rows made on first read. */
function articleNode(group: ReviewGroupNode, uri: string, path: string, figures: readonly ReviewFigure[], spec: ReviewGroupSpec, count: number): ReviewArticleNode {
  let children: ReviewFigureNode[] | undefined;
  const node: ReviewArticleNode = {
    type: 'reviewArticle', parent: group, uri, path, count,
    get children(): readonly ReviewFigureNode[] {
      if (children) return children;
      children = [];
      // Fields written out, not spread: a spread costs microseconds per object (a workspace has thousands of figures).
      for (const f of figures) {
        if (!spec.member(f)) continue;
        children.push({
          mention: f.mention, status: f.status, line: f.line, findings: f.findings,
          type: 'reviewFigure', parent: node, ref: { kind: 'mention', uri, start: f.mention.start, end: f.mention.end },
        });
      }
      return children;
    },
  };
  return node;
}

/**
 * The groups under a filter, each with its articles (by path) and their figures (in text order).
 * Empty when no figure passes the filter, so the view shows its welcome text instead of four zeros.
 * `figuresOf` lets a caller reuse the figures of articles that did not change since the last build.
 */
export function buildReviewTree(
  articles: readonly ReviewArticle[], filter: ReviewFilter = {}, figuresOf: (a: ReviewArticle) => readonly ReviewFigure[] = reviewFigures,
): ReviewGroupNode[] {
  const specs = REVIEW_GROUPS.filter((g) => !filter.groups?.length || filter.groups.includes(g.id));
  const roots: ReviewGroupNode[] = specs.map((g) => ({ type: 'reviewGroup', id: g.id, children: [], count: 0 }));
  for (const article of articles) {
    if (filter.folders?.length && !filter.folders.some((f) => inFolder(article.path, f))) continue;
    const figures = figuresOf(article);
    specs.forEach((spec, i) => {
      const group = roots[i];
      let count = 0;
      for (const f of figures) if (spec.member(f)) count++;
      if (count === 0) return;
      group.children.push(articleNode(group, article.uri, article.path, figures, spec, count));
      group.count += count;
    });
  }
  for (const group of roots) group.children.sort(byPath);
  return roots.some((g) => g.count > 0) ? roots : [];
}

export function reviewGroupSpec(id: ReviewGroupId): ReviewGroupSpec {
  return REVIEW_GROUPS.find((g) => g.id === id)!;
}

export function reviewGroupLabel(id: ReviewGroupId, l10n: Localizer): string {
  switch (id) {
    case 'unverified': return l10n.t('Unverified');
    case 'disputed': return l10n.t('Disputed');
    case 'inconsistent': return l10n.t('Inconsistent');
    case 'verified': return l10n.t('Verified');
  }
}

/** "US$2,500,000,000 · line 12". */
export function reviewFigureDescription(f: ReviewFigure, l10n: Localizer): string {
  return l10n.t('{0} · line {1}', describeFigure(f.mention.value, f.mention.unit), f.line);
}

/** The finding messages, then the source and note; plain text (it comes from files). */
export function reviewFigureTooltip(f: ReviewFigure, l10n: Localizer): string {
  const lines = f.findings.map((x) => x.message);
  if (lines.length === 0) lines.push(l10n.t('{0} figure', f.status));
  if (f.mention.source) lines.push(l10n.t('Source: {0}', f.mention.source));
  if (f.mention.note) lines.push(l10n.t('Note: {0}', f.mention.note));
  return lines.join('\n');
}

/** The row's contextValue: menus offer Verify on figures not verified, Dispute on ones not disputed. */
export function reviewFigureContext(f: ReviewFigure): string {
  return `reviewFigure.${f.status}`;
}

/** What the view's description says about the active filter ("Unverified, Disputed · in drafts"); undefined without one. */
export function filterDescription(filter: ReviewFilter, l10n: Localizer): string | undefined {
  const parts: string[] = [];
  if (filter.groups?.length) parts.push(REVIEW_GROUP_IDS.filter((g) => filter.groups!.includes(g)).map((g) => reviewGroupLabel(g, l10n)).join(', '));
  if (filter.folders?.length) parts.push(l10n.t('in {0}', filter.folders.map((f) => folderLabel(f, l10n)).join(', ')));
  return parts.length ? parts.join(' · ') : undefined;
}

export function folderLabel(folder: string, l10n: Localizer): string {
  return folder === '' ? l10n.t('(top level)') : folder;
}

/** The figure node at these offsets in an article, for reveal(); the first group that lists it. */
export function findReviewFigure(roots: readonly ReviewGroupNode[], uri: string, start: number, end: number): ReviewFigureNode | undefined {
  for (const g of roots) {
    for (const a of g.children) {
      if (a.uri !== uri) continue;
      const hit = a.children.find((f) => f.mention.start === start && f.mention.end === end);
      if (hit) return hit;
    }
  }
  return undefined;
}
