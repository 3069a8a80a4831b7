import assert from 'node:assert/strict';
import {
  ARTICLE_GLOB, EXCLUDE_GLOB, analyseArticle, articleNameOfSidecar, entryFromModel, entrySteps, isArticlePath, lineOf, withoutBom,
} from '../../../src/core/corpus';
import { buildModel } from '../../../src/core/model';
import { extract } from '../../../src/core/extract';
import { compileRegistry, parseRegistry } from '../../../src/core/registry';
import { DEFAULT_SIDECAR_PATTERN } from '../../../src/core/sidecar';
import { fixture } from '../sidecar/helpers';

const ARTICLE = fixture('call.md');
const SIDECAR = fixture('call.md.annotations.yaml');
const LANGUAGES = ['markdown', 'plaintext', 'policy-lens-text'];

describe('corpus/entry analyseArticle', () => {
  const entry = analyseArticle(ARTICLE, SIDECAR);
  const figure = (text: string) => entry.mentions.find((m) => m.kind === 'figure' && m.text === text);

  it('merges extraction with the sidecar’s decisions, as the editor does', () => {
    assert.equal(figure('$2.5 billion')?.status, 'verified');
    assert.equal(figure('$2.5 billion')?.source, 'https://treasury.go.ke/press/2026-03-03');
    assert.equal(figure('40 percent')?.annotationId, 'a-3r1c8wm');
    assert.equal(entry.referenceDate, '2026-03-04', 'the sidecar’s reference date, the article having none');
    const editor = buildModel(ARTICLE, extract(ARTICLE, { referenceDate: '2026-03-04' }).mentions, SIDECAR);
    assert.deepEqual(entry.mentions, editor.mentions);
  });

  it('keeps every mention, actors and dates too, for views across articles', () => {
    const kinds = new Set(entry.mentions.map((m) => m.kind));
    assert.deepEqual([...kinds].sort(), ['actor', 'date', 'figure']);
    assert.equal(entry.mentions.find((m) => m.text === 'March 3, 2026')?.decision, 'confirmed');
  });

  it('reports the check findings: the unverified figure, not the verified one', () => {
    const codes = entry.findings.map((f) => `${f.code}@${ARTICLE.slice(f.start, f.end)}`);
    assert.ok(codes.includes('unverified-figure@40 percent'), codes.join());
    assert.ok(!codes.includes('unverified-figure@$2.5 billion'), codes.join());
  });

  it('lists orphans and reports them, when the article no longer has their text', () => {
    const changed = ARTICLE.replace('Kenya would', 'the country would');
    const e = analyseArticle(changed, SIDECAR);
    assert.deepEqual(e.orphans.map((o) => o.id), ['a-1b7m2pd']);
    assert.ok(e.findings.some((f) => f.code === 'orphaned-annotation' && f.annotationId === 'a-1b7m2pd'));
  });

  it('applies the entity registry it is given, as the editor does for an open article', () => {
    const text = 'The envoy met the Lusaka Group of donors on Monday.';
    const registry = compileRegistry(parseRegistry('entities:\n  - name: Lusaka Donor Group\n    type: organization\n    aliases: [Lusaka Group]\nnever: [Monday]\n').registry!);
    const actor = (e: ReturnType<typeof analyseArticle>) => {
      const m = e.mentions.find((x) => x.kind === 'actor' && x.text === 'Lusaka Group');
      return m?.kind === 'actor' ? m : undefined;
    };
    const withRegistry = analyseArticle(text, undefined, registry);
    assert.equal(actor(withRegistry)?.canonical, 'Lusaka Donor Group');
    assert.notEqual(actor(analyseArticle(text, undefined))?.canonical, 'Lusaka Donor Group', 'without the registry the alias is not resolved');
    const editor = buildModel(text, extract(text, { referenceDate: null, registry }).mentions, undefined);
    assert.deepEqual(withRegistry.mentions, editor.mentions);
  });

  it('works without a sidecar, and with a broken one (its valid decisions count)', () => {
    const bare = analyseArticle(ARTICLE, undefined);
    assert.equal(bare.referenceDate, null);
    assert.ok(bare.mentions.every((m) => m.origin === 'auto' && m.decision === undefined));
    const broken = analyseArticle(ARTICLE, SIDECAR.replace('status: verified', 'status: checked'));
    assert.equal(broken.mentions.find((m) => m.text === 'Amara Okafor')?.decision, 'confirmed');
  });

  it('turns offsets into lines without keeping the text', () => {
    assert.equal(entry.length, ARTICLE.length);
    assert.equal(lineOf(entry.lineStarts, 0), 1);
    assert.equal(lineOf(entry.lineStarts, ARTICLE.indexOf('$2.5 billion')), 3);
    assert.equal(lineOf(entry.lineStarts, ARTICLE.indexOf('Okafor met')), 6);
    assert.equal(lineOf([0, 5, 12], 5), 2);
    assert.equal(lineOf([0, 5, 12], 4), 1);
    assert.equal(lineOf([0, 5, 12], 99), 3);
  });

  it('builds the same entry from the model an open editor holds', () => {
    const model = buildModel(ARTICLE, extract(ARTICLE, { referenceDate: '2026-03-04' }).mentions, SIDECAR);
    assert.deepEqual(entryFromModel(ARTICLE, { referenceDate: '2026-03-04', mentions: model.mentions, orphans: model.orphans }), entry);
    // In steps, as the editor builds an open article's entry: the same entry, with pauses along the way.
    const steps = entrySteps(ARTICLE, { referenceDate: '2026-03-04', mentions: model.mentions, orphans: model.orphans });
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.deepEqual(r.value, entry);
    assert.ok(pauses >= 8, `${pauses} pauses`);
  });

  it('in steps, no part of a long article’s entry runs unpaused: sentences, review findings, measures and quotes each pause as they go', () => {
    const paragraph = 'Kenya got $2 billion on May 3, 2024. Uganda got $1 billion from the IMF in June.\n\n';
    const text = paragraph.repeat(Math.ceil(1024 * 1024 / paragraph.length));
    const model = buildModel(text, extract(text).mentions, undefined);
    const steps = entrySteps(text, { referenceDate: null, mentions: model.mentions, orphans: [] });
    let pauses = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    const figures = model.mentions.filter((m) => m.kind === 'figure').length;
    // 64 K characters or 4,000 mentions placed in sentences; 4,000 mentions looked at for review
    // findings; 1,000 figures measured; 2,000 sentences quoted (each figure's sentence here).
    const least = Math.floor(text.length / (64 * 1024)) + 2 * Math.floor(model.mentions.length / 4000) + Math.floor(figures / 1000) + Math.floor(r.value.sentences.length / 2000);
    assert.ok(pauses >= least, `${pauses} pauses, at least ${least} expected`);
  });

  it('drops a byte-order mark, as editors do', () => {
    assert.equal(withoutBom('\ufeffA'), 'A');
    assert.equal(withoutBom('A\ufeff'), 'A\ufeff');
  });
});

describe('corpus/files', () => {
  it('takes Markdown and text files in the configured languages, never sidecars or node_modules', () => {
    assert.ok(isArticlePath('drafts/call.md', LANGUAGES, DEFAULT_SIDECAR_PATTERN));
    assert.ok(isArticlePath('brief.TXT', LANGUAGES, DEFAULT_SIDECAR_PATTERN));
    assert.ok(isArticlePath('a.markdown', ['markdown'], DEFAULT_SIDECAR_PATTERN));
    assert.ok(!isArticlePath('brief.txt', ['markdown'], DEFAULT_SIDECAR_PATTERN));
    assert.ok(isArticlePath('brief.txt', ['policy-lens-text'], DEFAULT_SIDECAR_PATTERN));
    assert.ok(!isArticlePath('call.md', ['plaintext'], DEFAULT_SIDECAR_PATTERN));
    assert.ok(!isArticlePath('node_modules/pkg/README.md', LANGUAGES, DEFAULT_SIDECAR_PATTERN));
    assert.ok(!isArticlePath('call.md.annotations.yaml', LANGUAGES, DEFAULT_SIDECAR_PATTERN));
    assert.ok(!isArticlePath('call.review.md', LANGUAGES, '{stem}.review.md'), 'a pattern may name sidecars .md');
    assert.ok(!isArticlePath('Makefile', LANGUAGES, DEFAULT_SIDECAR_PATTERN));
    assert.equal(ARTICLE_GLOB, '**/*.{md,markdown,txt}');
    assert.equal(EXCLUDE_GLOB, '**/{node_modules}/**');
  });

  it('finds the article of a sidecar by name, or by stem among its siblings', () => {
    assert.equal(articleNameOfSidecar(DEFAULT_SIDECAR_PATTERN, 'call.md.annotations.yaml', []), 'call.md');
    assert.equal(articleNameOfSidecar(DEFAULT_SIDECAR_PATTERN, 'call.md', []), undefined);
    assert.equal(articleNameOfSidecar('{stem}.pl.yaml', 'call.pl.yaml', ['brief.txt', 'call.txt', 'call.md']), 'call.md');
    assert.equal(articleNameOfSidecar('{stem}.pl.yaml', 'call.pl.yaml', ['brief.txt']), undefined);
  });
});
