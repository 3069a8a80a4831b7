import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  ENTRY_REVISION, EXTRACTION_DIGEST, INDEX_CACHE_FORMAT, MAX_SENTENCE, analyseArticle, cacheRecordName, contentHash, contentHashSteps, engineKey, isCacheRecordName,
  parseCacheRecord, sentenceAt, serializeCacheRecord, type CachedEntry,
} from '../../../src/core/corpus';
import { compileRegistry, parseRegistry } from '../../../src/core/registry';
import { hashPiecesSteps, hashText, runSteps } from '../../../src/core/util';
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

  it('hashes as it always did (the caches on disk are keyed by it), piece by piece and in steps for long articles', () => {
    // Values of the hash as first written: a change here would throw away every cache on disk.
    assert.deepEqual([hashText(''), hashText('Policy Lens'), hashText('é\u0000\ud83d\ude00 x'.repeat(3))],
      ['0bdcb81aee8d8310c329583afc3b', '14398279ca0ecf0d18033aae89c1', '1e3af26c50873a1a0284f1ead5af']);
    assert.equal(contentHash(ARTICLE, SIDECAR, 'reg'), hashText(`${ARTICLE}\u0000\u0002${SIDECAR}\u0003reg`));
    assert.equal(contentHash(ARTICLE, undefined), hashText(`${ARTICLE}\u0000\u0001`));
    const long = 'Ruto met Okafor in Nairobi on 3 March. '.repeat(30_000); // 1.2 MB
    let pauses = 0;
    const steps = contentHashSteps(long, SIDECAR);
    let r = steps.next();
    for (; !r.done; r = steps.next()) pauses++;
    assert.equal(r.value, contentHash(long, SIDECAR));
    assert.ok(pauses >= 4, `a 1.2 MB article hashed in ${pauses + 1} steps`);
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 6 }), (pieces) => {
      assert.equal(runSteps(hashPiecesSteps(pieces)), hashText(pieces.join('')));
    }));
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
