import assert from 'node:assert/strict';
import { crossFileConflicts } from '../../../src/core/checks';
import { analyseArticle } from '../../../src/core/corpus';
import { rejectMention } from '../../../src/core/model';
import { extract } from '../../../src/core/extract';
import {
  actorDescription, buildWorkspaceTree, isWorkspaceFiltered, ledgerDescription, ledgerLabel, locatedDescription, locatedTooltip, parseWorkspaceFilter,
  workspaceFilterDescription, workspaceTreeSteps, type Localizer, type WorkspaceArticle, type WsActorNode, type WsDateNode, type WsFigureNode, type WsGroupNode,
  type WsLedgerNode,
} from '../../../src/view';

const l10n: Localizer = { t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) };

function article(path: string, body: string, sidecar?: (text: string) => string | undefined): WorkspaceArticle & { text: string } {
  const text = `---\ndate: 2025-06-10\n---\n\n${body}\n`;
  return { ...analyseArticle(text, sidecar?.(text)), uri: `file:///ws/${path}`, path, text };
}

const KENYA = article('news/kenya.md', 'Kenya received $2.5 billion from the IMF on 3 March 2025.\n\nWilliam Ruto met Xi Jinping in Beijing on 12 April 2025. Kenya said trade grew 4% in 2024.');
const KENYA2 = article('wire/kenya-imf.md', 'Kenya received $2.1 billion from the IMF on 3 March 2025, the finance ministry said.');
const BRIEF = article('brief.md', 'China lent Uganda $300 million on 1 February 2025.');
const ALL = [KENYA2, BRIEF, KENYA];

const group = (roots: readonly WsGroupNode[], id: WsGroupNode['id']) => roots.find((g) => g.id === id);
const actorNode = (roots: readonly WsGroupNode[], name: string) => (group(roots, 'actors')?.children as WsActorNode[]).find((a) => a.canonical === name);

describe('view/workspaceTree buildWorkspaceTree', () => {
  const roots = buildWorkspaceTree(ALL);

  it('shows Actors, Timeline and Figures, each with its count', () => {
    assert.deepEqual(roots.map((g) => g.id), ['actors', 'timeline', 'figures']);
    assert.equal(group(roots, 'actors')!.count, group(roots, 'actors')!.children.length);
    assert.equal(group(roots, 'timeline')!.count, 5);
    assert.equal(group(roots, 'figures')!.count, 4);
  });

  it('lists each actor once across articles, with its articles and mentions, most widespread first', () => {
    const kenya = actorNode(roots, 'Kenya')!;
    assert.equal(group(roots, 'actors')!.children[0], kenya);
    assert.deepEqual(kenya.children.map((a) => a.path), ['news/kenya.md', 'wire/kenya-imf.md']);
    assert.deepEqual(kenya.children.map((a) => a.children.length), [2, 1]);
    assert.equal(kenya.mentions, 3);
    assert.equal(actorDescription(kenya, l10n), '2 articles · 3 mentions');
    const mention = kenya.children[1].children[0];
    assert.equal(mention.parent.parent, kenya);
    assert.deepEqual(mention.ref, { kind: 'mention', uri: KENYA2.uri, start: KENYA2.text.indexOf('Kenya'), end: KENYA2.text.indexOf('Kenya') + 5 });
    assert.equal(mention.line, 5);
  });

  it('orders the timeline by resolved date across articles, each with its article and sentence', () => {
    const dates = group(roots, 'timeline')!.children as WsDateNode[];
    assert.deepEqual(dates.map((d) => `${d.mention.normalized}@${d.path}`), [
      '2024@news/kenya.md', '2025-02-01@brief.md', '2025-03-03@news/kenya.md', '2025-03-03@wire/kenya-imf.md', '2025-04-12@news/kenya.md',
    ]);
    assert.equal(dates[4].sentence, 'William Ruto met Xi Jinping in Beijing on 12 April 2025.');
    assert.equal(locatedDescription(dates[4]), 'kenya.md:7 · William Ruto met Xi Jinping in Beijing on 12 April 2025.');
    assert.equal(locatedTooltip(dates[1]), 'brief.md:5\nChina lent Uganda $300 million on 1 February 2025.');
  });

  it('keeps figures in a ledger by actor and unit, flagging values that conflict between articles first', () => {
    const ledgers = group(roots, 'figures')!.children as WsLedgerNode[];
    assert.deepEqual(ledgers.map((l) => ledgerLabel(l, l10n)), ['Kenya · USD', 'Kenya · %', 'Uganda · USD']);
    const kenya = ledgers[0];
    assert.equal(kenya.conflicts, 2);
    assert.equal(ledgerDescription(kenya, l10n), '2 figures · 2 conflicting');
    assert.deepEqual(kenya.children.map((f: WsFigureNode) => `${f.path}:${f.mention.text}`), ['news/kenya.md:$2.5 billion', 'wire/kenya-imf.md:$2.1 billion']);
    assert.match(kenya.children[0].conflict!.message, /conflicts with "\$2\.1 billion" in wire\/kenya-imf\.md/);
    assert.match(locatedTooltip(kenya.children[0]), /kenya\.md:5\nKenya received \$2\.5 billion from the IMF on 3 March 2025\.\n"\$2\.5 billion" conflicts/);
    assert.equal(ledgers[2].conflicts, 0);
    assert.equal(ledgerDescription(ledgers[2], l10n), '1 figures');
  });

  it('filters by kind, type, folder and decision; conflicts are still found against hidden articles', () => {
    assert.deepEqual(buildWorkspaceTree(ALL, { kinds: ['date'] }).map((g) => g.id), ['timeline']);
    const people = buildWorkspaceTree(ALL, { kinds: ['actor'], types: ['person'] });
    assert.deepEqual((people[0].children as WsActorNode[]).map((a) => a.canonical).sort(), ['William Ruto']);
    const news = buildWorkspaceTree(ALL, { folders: ['news'], kinds: ['figure'] });
    const ledger = news[0].children[0] as WsLedgerNode;
    assert.deepEqual(ledger.children.map((f) => f.path), ['news/kenya.md']);
    assert.ok(ledger.children[0].conflict, 'flagged against wire/, which the filter hides');
    assert.deepEqual(buildWorkspaceTree(ALL, { decisions: ['confirmed'] }), [], 'nothing decided: the welcome text shows');
  });

  it('hides rejected mentions unless the decision filter asks for them', () => {
    const rejected = article('r.md', 'Kenya received $2.5 billion.', (text) => {
      const m = extract(text, { referenceDate: '2025-06-10' }).mentions.find((x) => x.text === 'Kenya')!;
      return rejectMention({ text, sidecar: undefined, articleName: 'r.md', referenceDate: '2025-06-10' }, m).text;
    });
    assert.equal(actorNode(buildWorkspaceTree([rejected]), 'Kenya'), undefined);
    assert.equal(actorNode(buildWorkspaceTree([rejected], { decisions: ['rejected'] }), 'Kenya')?.mentions, 1);
  });

  it('is empty when nothing passes, so the view shows its welcome text', () => {
    assert.deepEqual(buildWorkspaceTree([]), []);
    assert.deepEqual(buildWorkspaceTree(ALL, { folders: ['nowhere'] }), []);
  });
});

describe('view/workspaceTree filters', () => {
  it('reads a filter from a command argument and refuses anything else', () => {
    assert.deepEqual(parseWorkspaceFilter({ kinds: ['actor'], types: ['state'], folders: [''], decisions: ['none'] }), { kinds: ['actor'], types: ['state'], folders: [''], decisions: ['none'] });
    assert.deepEqual(parseWorkspaceFilter({ kinds: [] }), {});
    assert.equal(parseWorkspaceFilter({ kinds: ['planet'] }), undefined);
    assert.equal(parseWorkspaceFilter({ types: ['galaxy'] }), undefined);
    assert.equal(parseWorkspaceFilter({ decisions: ['maybe'] }), undefined);
    assert.equal(parseWorkspaceFilter({}), undefined);
    assert.equal(parseWorkspaceFilter('actor'), undefined);
  });

  it('describes the active filter', () => {
    assert.equal(workspaceFilterDescription({}, l10n), undefined);
    assert.equal(isWorkspaceFiltered({}), false);
    assert.equal(workspaceFilterDescription({ kinds: ['actor'], types: ['state'], decisions: ['none', 'confirmed'], folders: ['', 'news'] }, l10n),
      'actor · state · undecided, confirmed · in (top level), news');
    assert.equal(isWorkspaceFiltered({ folders: ['news'] }), true);
  });

  it('is built in steps that pause every few thousand mentions, with the same groups', () => {
    const long = article('long.md', Array.from({ length: 600 }, (_, i) => `Kenya received $${i + 1} million from the IMF on ${(i % 28) + 1} March 2025.`).join('\n\n'));
    const articles = [long, ...ALL];
    const steps = workspaceTreeSteps(articles, {}, crossFileConflicts(articles));
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
    // One pause per 2,000 mentions placed, and one after each of the two sorts (actors, timeline).
    assert.ok(mentions > 2000 && pauses >= Math.floor(mentions / 2000) + 2, `${pauses} pauses for ${mentions} mentions`);
    assert.deepEqual(r.value, buildWorkspaceTree(articles));
  });

  it('sorts a long timeline in steps too, equal dates in path order', () => {
    const dated = (path: string) => article(path, Array.from({ length: 1200 }, (_, i) => `Talks resumed on ${(i % 28) + 1} March 2025.`).join('\n\n'));
    const articles = [dated('b.md'), dated('a.md'), ...ALL];
    const steps = workspaceTreeSteps(articles, { kinds: ['date'] }, crossFileConflicts(articles));
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    const dates = (r.value.find((g) => g.id === 'timeline')!.children as WsDateNode[]);
    assert.ok(dates.length >= 2400);
    const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
    // Placing pauses every 2,000 mentions; the sort every 500 dates keyed, 500 sorted per run and 500 merged.
    assert.ok(pauses >= Math.floor(mentions / 2000) + 3 * Math.floor(dates.length / 500), `${pauses} pauses for ${dates.length} dates`);
    const firstOfMarch = dates.filter((d) => d.mention.normalized === '2025-03-01');
    const paths = firstOfMarch.map((d) => d.path);
    assert.deepEqual(paths, [...paths].sort(), 'equal dates in path order');
    assert.ok(paths.includes('a.md') && paths.includes('b.md'));
    for (const path of ['a.md', 'b.md']) {
      const starts = firstOfMarch.filter((d) => d.path === path).map((d) => d.mention.start);
      assert.ok(starts.length > 1 && starts.every((x, i) => i === 0 || x > starts[i - 1]), `then text order in ${path}`);
    }
  });
});
