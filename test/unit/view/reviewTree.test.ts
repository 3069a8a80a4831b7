import fc from 'fast-check';
import assert from 'node:assert/strict';
import type { Finding } from '../../../src/core/checks';
import {
  REVIEW_GROUP_IDS, articleFolders, buildReviewTree, filterDescription, findReviewFigure, findingsAbout, findingsLocator, folderOf, inFolder, isFiltered,
  parseReviewFilter, reviewFigureContext, reviewFigureDescription, reviewFigureTooltip, reviewFigures, type Localizer, type ReviewArticle,
  type ReviewGroupNode,
} from '../../../src/view';
import { actor, figure } from './helpers';

/** Formats like vscode.l10n.t with no translation. */
const l10n: Localizer = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

function finding(code: Finding['code'], kind: Finding['kind'], start: number, end: number, message: string, related?: Finding['related']): Finding {
  return { code, kind, level: kind === 'inconsistent' ? 'warning' : 'note', start, end, message, ...(related ? { related } : {}) };
}

/** An article whose lines are 100 code units long (line n starts at (n - 1) * 100). */
function article(path: string, mentions: ReviewArticle['mentions'], findings: Finding[] = []): ReviewArticle {
  return { uri: `file:///ws/${path}`, path, mentions, findings, lineStarts: Array.from({ length: 20 }, (_, i) => i * 100) };
}

const summary = (roots: readonly ReviewGroupNode[]) => roots.map((g) => `${g.id}:${g.count}[${g.children.map((a) => `${a.path}:${a.children.map((f) => f.mention.text).join('|')}`).join(' ')}]`);

describe('view/reviewTree buildReviewTree', () => {
  const call = article('drafts/call.md', [
    actor(0, 'Kenya', 'Kenya', 'state'),
    figure(10, '400 troops'),
    figure(120, '12 percent', 'percent', { status: 'verified', source: 'https://example.org' }),
    figure(230, '2 percent', 'percent'),
    figure(340, '9 percent', 'percent', { decision: 'rejected' }),
    figure(450, '$3 billion', 'money', { status: 'disputed', note: 'ministry says 2' }),
  ], [
    finding('percent-vs-points', 'inconsistent', 230, 239, 'a change of percentages in percent', [{ start: 120, end: 130, message: 'from here' }]),
    finding('unverified-figure', 'unverified', 10, 20, 'unverified figure "400 troops"'),
  ]);
  const brief = article('brief.txt', [figure(5, '7 ships')]);
  const wire = article('wire/oecd.md', [figure(0, '3 percent', 'percent'), figure(50, '5 percent', 'percent')]);
  const roots = buildReviewTree([wire, call, brief]);

  it('groups every visible figure by status, inconsistent ones also under Inconsistent, each with its count', () => {
    assert.deepEqual(summary(roots), [
      'unverified:5[brief.txt:7 ships drafts/call.md:400 troops|2 percent wire/oecd.md:3 percent|5 percent]',
      'disputed:1[drafts/call.md:$3 billion]',
      'inconsistent:2[drafts/call.md:12 percent|2 percent]',
      'verified:1[drafts/call.md:12 percent]',
    ]);
  });

  it('orders articles by path and figures by position, whatever order the index gives', () => {
    const unverified = roots[0];
    assert.deepEqual(unverified.children.map((a) => a.path), ['brief.txt', 'drafts/call.md', 'wire/oecd.md']);
    assert.deepEqual(unverified.children[2].children.map((f) => f.mention.start), [0, 50]);
  });

  it('gives each figure its line, its findings (by span or related span) and a reference to reveal it', () => {
    const f = roots[0].children[1].children.find((x) => x.mention.text === '2 percent')!;
    assert.equal(f.line, 3);
    assert.deepEqual(f.findings.map((x) => x.code), ['percent-vs-points']);
    assert.deepEqual(f.ref, { kind: 'mention', uri: 'file:///ws/drafts/call.md', start: 230, end: 239 });
    const verified = roots[3].children[0].children[0];
    assert.deepEqual(verified.findings.map((x) => x.code), ['percent-vs-points'], 'the related span counts');
    assert.equal(f.parent.parent, roots[0], 'parents lead back to the group');
  });

  it('is empty when no figure passes, so the view shows its welcome text', () => {
    assert.deepEqual(buildReviewTree([]), []);
    assert.deepEqual(buildReviewTree([article('a.md', [actor(0, 'Kenya')])]), []);
    assert.deepEqual(buildReviewTree([brief], { groups: ['verified'] }), []);
  });

  it('filters by status set and by folder (subfolders included)', () => {
    assert.deepEqual(summary(buildReviewTree([wire, call, brief], { groups: ['disputed', 'verified'] })), [
      'disputed:1[drafts/call.md:$3 billion]', 'verified:1[drafts/call.md:12 percent]',
    ]);
    assert.deepEqual(summary(buildReviewTree([wire, call, brief], { folders: ['wire', ''] })).slice(0, 1), [
      'unverified:3[brief.txt:7 ships wire/oecd.md:3 percent|5 percent]',
    ]);
    const nested = article('wire/2025/june.md', [figure(0, '8 ships')]);
    assert.equal(buildReviewTree([nested], { folders: ['wire'] })[0].count, 1);
    assert.deepEqual(buildReviewTree([nested], { folders: ['wir'] }), [], 'a folder is a whole path segment');
  });

  it('finds a figure node by its offsets for reveal', () => {
    assert.equal(findReviewFigure(roots, 'file:///ws/drafts/call.md', 450, 460)?.mention.text, '$3 billion');
    assert.equal(findReviewFigure(roots, 'file:///ws/drafts/call.md', 451, 460), undefined);
  });
});

describe('view/reviewTree rows and filter', () => {
  const a = article('call.md', [figure(230, '12 percent', 'percent', { status: 'verified', source: 'IMF', note: 'rounded' })], [
    finding('conflicting-values', 'inconsistent', 230, 240, 'two values for one thing'),
  ]);
  const [f] = reviewFigures(a);

  it('describes a figure by value and line, and lists its findings, source and note as its tooltip', () => {
    assert.equal(reviewFigureDescription(f, l10n), '12 percent · line 3');
    assert.equal(reviewFigureTooltip(f, l10n), 'two values for one thing\nSource: IMF\nNote: rounded');
    const [plain] = reviewFigures(article('b.md', [figure(0, '7 ships')]));
    assert.equal(reviewFigureTooltip(plain, l10n), 'unverified figure');
  });

  it('gives rows a context value per status, for the Verify and Dispute buttons', () => {
    assert.equal(reviewFigureContext(f), 'reviewFigure.verified');
  });

  it('reads a filter from a command argument, and says what it shows', () => {
    assert.deepEqual(parseReviewFilter({ groups: ['unverified', 'disputed'] }), { groups: ['unverified', 'disputed'] });
    assert.deepEqual(parseReviewFilter({ groups: [], folders: [] }), {});
    assert.equal(parseReviewFilter({ groups: ['bogus'] }), undefined);
    assert.equal(parseReviewFilter({ folders: [3] }), undefined);
    assert.equal(parseReviewFilter('unverified'), undefined);
    assert.equal(parseReviewFilter({ ref: {} }), undefined, 'a tree node is not a filter');
    assert.equal(filterDescription({}, l10n), undefined);
    assert.equal(isFiltered({}), false);
    assert.equal(filterDescription({ groups: ['verified', 'unverified'], folders: ['drafts', ''] }, l10n), 'Unverified, Verified · in drafts, (top level)');
    assert.equal(REVIEW_GROUP_IDS.join(), 'unverified,disputed,inconsistent,verified');
  });

  it('knows the folders articles sit in', () => {
    assert.equal(folderOf('a/b/c.md'), 'a/b');
    assert.equal(folderOf('c.md'), '');
    assert.ok(inFolder('a/b/c.md', 'a') && inFolder('c.md', '') && !inFolder('a/c.md', ''));
    assert.deepEqual(articleFolders([{ path: 'b/x.md' }, { path: 'x.md' }, { path: 'a/y.md' }, { path: 'b/z.md' }]), ['', 'a', 'b']);
  });

  it('relates a finding to a figure when the spans overlap, or an empty span lies inside it', () => {
    const fs = [finding('orphaned-annotation', 'orphaned', 5, 5, 'at 5'), finding('weekday-mismatch', 'inconsistent', 10, 20, 'touching')];
    assert.deepEqual(findingsAbout(fs, 0, 10).map((x) => x.message), ['at 5']);
    assert.deepEqual(findingsAbout(fs, 19, 25).map((x) => x.message), ['touching']);
    assert.deepEqual(findingsAbout(fs, 20, 25), []);
  });

  it('locates the findings about many spans as one pass over every finding per span would', () => {
    const span = fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => ({ start, end: start + length }));
    const findings = fc.array(fc.tuple(span, fc.array(span, { maxLength: 2 })), { maxLength: 25 })
      .map((xs) => xs.map(([own, related], k) => finding('conflicting-values', 'inconsistent', own.start, own.end, `f${k}`, related.length ? related.map((r) => ({ ...r, message: 'also' })) : undefined)));
    fc.assert(fc.property(findings, fc.array(span, { maxLength: 10 }), (fs, queries) => {
      const about = findingsLocator(fs);
      const overlaps = (q: { start: number; end: number }, s: number, e: number) => (s < q.end && q.start < e) || (s === e && s >= q.start && s < q.end);
      for (const q of queries) {
        const naive = fs.filter((f) => overlaps(q, f.start, f.end) || (f.related ?? []).some((r) => overlaps(q, r.start, r.end)));
        assert.deepEqual(about(q.start, q.end), naive);
      }
    }));
  });
});

describe('view/reviewTree reuse', () => {
  it('takes each article’s figures from the caller, so unchanged articles are not redone', () => {
    const a = article('a.md', [figure(0, '4 ships')]);
    const b = article('b.md', [figure(0, '5 ships')]);
    const asked: string[] = [];
    const roots = buildReviewTree([a, b], {}, (x) => {
      asked.push(x.path);
      return reviewFigures(x);
    });
    assert.deepEqual(asked, ['a.md', 'b.md'], 'once per article, whatever the number of groups');
    assert.equal(roots[0].count, 2);
  });

  it('makes an article\'s figure rows only when they are read, the same ones each time', () => {
    const a = article('a.md', [figure(0, '4 ships'), figure(10, '5 ships')]);
    let rowsRead = 0;
    // A figure's mention is read when its row is made, never to count the group's members.
    const counted = reviewFigures(a).map((f) => ({ ...f, get mention() { rowsRead++; return f.mention; } }));
    const [group] = buildReviewTree([a], {}, () => counted);
    assert.equal(group.children[0].count, 2);
    assert.equal(rowsRead, 0, 'no row made while building');
    const rows = group.children[0].children;
    assert.deepEqual(rows.map((r) => r.mention.start), [0, 10]);
    assert.equal(group.children[0].children, rows, 'made once');
  });
});
