import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ENTRY_REVISION, EXTRACTION_DIGEST, INDEX_CACHE_FORMAT, MAX_SENTENCE, analyseArticle, cacheRecordName, contentHash, engineKey, isCacheRecordName,
  parseCacheRecord, sentenceAt, serializeCacheRecord, type CachedEntry,
} from '../../../src/core/corpus';
import { compileRegistry, parseRegistry } from '../../../src/core/registry';
import { hashText } from '../../../src/core/util';
import { fixture } from '../sidecar/helpers';

const ARTICLE = fixture('call.md');
const SIDECAR = fixture('call.md.annotations.yaml');
const ENGINE = engineKey('1.2.3');

describe('corpus/engine engineKey', () => {
  it('names the extraction golden file’s digest: changing extraction output changes the engine (update EXTRACTION_DIGEST, and bump nothing else)', () => {
    const golden = readFileSync(join(__dirname, '..', 'extract', 'golden', 'extract.golden.json'), 'utf8').replace(/\r\n/g, '\n');
    const digest = createHash('sha256').update(golden).digest('hex').slice(0, 16);
    assert.equal(EXTRACTION_DIGEST, digest, `the extraction output changed: set EXTRACTION_DIGEST in src/core/corpus/engine.ts to '${digest}' so cached indexes are rebuilt`);
  });

  it('joins the package version, the digest and the entry revision', () => {
    assert.equal(ENGINE, `1.2.3/${EXTRACTION_DIGEST}/${ENTRY_REVISION}`);
    assert.notEqual(engineKey('1.2.4'), ENGINE);
  });
});

describe('corpus/indexCache', () => {
  const entry = analyseArticle(ARTICLE, SIDECAR);
  const cached: CachedEntry = { hash: contentHash(ARTICLE, SIDECAR), entry };

  it('round-trips a record exactly, named by a hash of its key', () => {
    const parsed = parseCacheRecord(serializeCacheRecord(ENGINE, 'file:///ws/call.md', cached), ENGINE);
    assert.ok(parsed.ok);
    assert.equal(parsed.key, 'file:///ws/call.md');
    assert.deepEqual(parsed.cached, JSON.parse(JSON.stringify(cached)));
    assert.deepEqual(parsed.cached.entry.mentions, entry.mentions);
    assert.ok(isCacheRecordName(cacheRecordName('file:///ws/a b/ü?.md')), 'any Uri gives a safe file name');
    assert.notEqual(cacheRecordName('file:///ws/a.md'), cacheRecordName('file:///ws/b.md'));
    assert.ok(!isCacheRecordName(`${cacheRecordName('file:///ws/a.md')}.tmp`));
  });

  it('refuses a corrupt record, another program’s JSON, a malformed entry and another engine’s record, with a reason', () => {
    const text = serializeCacheRecord(ENGINE, 'file:///ws/call.md', cached);
    const refused = (t: string) => {
      const p = parseCacheRecord(t, ENGINE);
      assert.ok(!p.ok);
      return p;
    };
    assert.match(refused(text.slice(0, text.length / 2)).reason, /^not JSON/);
    assert.match(refused('{"format":"something-else"}').reason, /not a Policy Lens index entry/);
    assert.match(refused('[1,2]').reason, /not a Policy Lens index entry/);
    const foreign = refused(serializeCacheRecord(engineKey('0.0.1'), 'file:///ws/call.md', cached));
    assert.match(foreign.reason, /built by engine "0\.0\.1\/.*", not "1\.2\.3\//);
    assert.equal(foreign.foreign, true);
    assert.match(refused(JSON.stringify({ format: INDEX_CACHE_FORMAT, engine: ENGINE, key: 'k', hash: 1, entry })).reason, /malformed/);
    assert.match(refused(JSON.stringify({ format: INDEX_CACHE_FORMAT, engine: ENGINE, key: 'k', hash: 'x', entry: { ...entry, mentions: 'no' } })).reason, /malformed/);
  });

  it('keys entries by the article and sidecar texts (no sidecar differs from an empty one)', () => {
    assert.equal(contentHash(ARTICLE, SIDECAR), contentHash(ARTICLE, SIDECAR));
    const all = new Set([contentHash(ARTICLE, SIDECAR), contentHash(ARTICLE, undefined), contentHash(ARTICLE, ''), contentHash(`${ARTICLE} `, SIDECAR), contentHash(ARTICLE, `${SIDECAR} `)]);
    assert.equal(all.size, 5);
    assert.match(hashText('x'), /^[0-9a-f]{28}$/);
    assert.notEqual(hashText('ab'), hashText('ba'));
  });

  it('keys entries by the registry they were analysed under: another registry, or none, is another key', () => {
    const one = compileRegistry(parseRegistry('entities:\n  - name: Lusaka Group\n    type: organization\n').registry!);
    const two = compileRegistry(parseRegistry('entities:\n  - name: Lusaka Group\n    type: organization\n    aliases: [the Group]\n').registry!);
    const same = compileRegistry(parseRegistry('entities:\n  - name: Lusaka Group\n    type: organization\n').registry!);
    assert.equal(contentHash(ARTICLE, SIDECAR, one.key), contentHash(ARTICLE, SIDECAR, same.key), 'the same registry content, the same key');
    const all = new Set([contentHash(ARTICLE, SIDECAR), contentHash(ARTICLE, SIDECAR, one.key), contentHash(ARTICLE, SIDECAR, two.key), contentHash(ARTICLE, SIDECAR, '')]);
    assert.equal(all.size, 4);
    // A cache written under one registry does not serve an article read under another.
    const parsed = parseCacheRecord(serializeCacheRecord(ENGINE, 'file:///ws/call.md', { hash: contentHash(ARTICLE, SIDECAR, one.key), entry }), ENGINE);
    assert.ok(parsed.ok);
    assert.notEqual(parsed.cached.hash, contentHash(ARTICLE, SIDECAR, two.key));
    assert.notEqual(parsed.cached.hash, contentHash(ARTICLE, SIDECAR));
  });
});

describe('corpus/entry sentences and measures', () => {
  const text = `Kenya received $2.5 billion from the IMF on 3 March 2025. Nothing to see here.\n\n${'Very long sentence with a figure of 40 percent '.repeat(20)}.`;
  const entry = analyseArticle(text, undefined);

  it('quotes only the sentences with a date or figure, each at most MAX_SENTENCE characters', () => {
    assert.deepEqual(entry.sentences.map((s) => s.text.slice(0, 20)), ['Kenya received $2.5 ', 'Very long sentence w']);
    assert.equal(entry.sentences[1].text.length, MAX_SENTENCE);
    assert.ok(entry.sentences[1].text.endsWith('…'));
    assert.equal(sentenceAt(entry.sentences, text.indexOf('3 March'))?.text, 'Kenya received $2.5 billion from the IMF on 3 March 2025.');
    assert.equal(sentenceAt(entry.sentences, text.indexOf('Nothing')), undefined);
  });

  it('keeps what each figure measures, without the text', () => {
    const m = entry.measures.find((x) => x.text === '$2.5 billion')!;
    assert.equal(m.actor, 'Kenya');
    assert.deepEqual(m.keys.map((k) => k.key.split('\u0000').join(' ')), ['USD av Kenya received']);
    assert.deepEqual(m.times, ['2025-03-03']);
    assert.deepEqual([m.lo, m.hi], [2.45e9, 2.55e9]);
  });
});
