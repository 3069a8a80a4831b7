// The registry pass of the engine (src/core/registry/apply.ts) on a fixture article and registry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, IncrementalExtractor } from '../../../src/core/extract';
import { compileRegistry, findRegistryNames, parseRegistry, type CompiledRegistry } from '../../../src/core/registry';
import type { ActorMention, Mention } from '../../../src/core/types';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'registry');
const ARTICLE = readFileSync(join(FIXTURES, 'sadc-observers.md'), 'utf8');

function registryFrom(text: string): CompiledRegistry {
  const parsed = parseRegistry(text);
  assert.ok(parsed.ok, JSON.stringify(parsed.diagnostics));
  return compileRegistry(parsed.registry!);
}

const TEAM = registryFrom(readFileSync(join(FIXTURES, 'team.entities.yaml'), 'utf8'));

function actors(ms: Mention[]): [string, string, string][] {
  return ms.filter((m): m is ActorMention => m.kind === 'actor').map((m) => [m.text, m.type, m.canonical]);
}

function assertFlat(ms: Mention[], text: string): void {
  for (let i = 0; i < ms.length; i++) {
    assert.equal(ms[i].text, text.slice(ms[i].start, ms[i].end));
    if (i) assert.ok(ms[i - 1].end <= ms[i].start, `overlap at ${ms[i].start}`);
  }
}

describe('registry pass (core/registry/apply)', () => {
  const plain = extract(ARTICLE).mentions;
  const withRegistry = extract(ARTICLE, { registry: TEAM }).mentions;

  it('marks aliases and metonyms with the canonical name and type', () => {
    const a = actors(withRegistry);
    assert.deepEqual(a.find(([t]) => t === 'Nkosana Dlamini'), ['Nkosana Dlamini', 'person', 'Nkosana Dlamini-Zuma']);
    assert.deepEqual(a.find(([t]) => t === 'Gaborone secretariat'), ['Gaborone secretariat', 'organization', 'Southern African Development Community']);
    assert.deepEqual(a.find(([t]) => t === 'Africa Corps'), ['Africa Corps', 'organization', 'Wagner Group']);
    // Without the registry the engine marked only "Gaborone", as Botswana.
    assert.ok(actors(plain).some(([t, , c]) => t === 'Gaborone' && c === 'Botswana'));
    assert.ok(!a.some(([t]) => t === 'Gaborone'));
  });

  it('resolves a later bare surname of a registry person to the canonical name', () => {
    assert.deepEqual(actors(withRegistry).filter(([t]) => t === 'Dlamini'), [['Dlamini', 'person', 'Nkosana Dlamini-Zuma']]);
  });

  it('marks a person the engine does not know, case as written, and his later surname only where it stands alone', () => {
    const moyo = actors(withRegistry).filter(([, , c]) => c === 'Tawanda Moyo').map(([t]) => t);
    assert.deepEqual(moyo, ['Tawanda Moyo', 'Moyo']);
    const at = withRegistry.filter((m) => m.text === 'Moyo').map((m) => m.start);
    assert.deepEqual(at, [ARTICLE.indexOf('Moyo, a lawyer')]);
  });

  it('drops mentions whose text is a never string', () => {
    assert.ok(plain.some((m) => m.text === 'Lusaka Group'), 'the engine marks it without the registry');
    assert.ok(!withRegistry.some((m) => m.text === 'Lusaka Group'));
  });

  it('keeps the engine\'s role and leaves other actors alone', () => {
    const okafor = withRegistry.find((m): m is ActorMention => m.kind === 'actor' && m.text === 'Amara Okafor');
    assert.equal(okafor?.canonical, 'Amara Okafor');
    assert.equal(okafor?.role, 'Foreign Minister');
  });

  it('keeps mentions flat, sorted and with their text', () => {
    assertFlat(withRegistry, ARTICLE);
  });

  it('leaves the output unchanged with an empty registry', () => {
    assert.deepEqual(extract(ARTICLE, { registry: registryFrom('') }).mentions, plain);
  });

  it('the longest name wins: an engine name that contains a registry name is kept', () => {
    const reg = registryFrom('entities:\n  - {name: Japan, type: state, aliases: [Japanese]}\n');
    const text = 'The Japanese Ministry of Defense said so.';
    const ms = extract(text, { registry: reg }).mentions;
    assert.deepEqual(actors(ms).map(([t]) => t), actors(extract(text).mentions).map(([t]) => t));
  });

  it('a registry name replaces the shorter engine mentions inside it', () => {
    const reg = registryFrom('entities:\n  - {name: Kenya-Japan Joint Trade Committee, type: organization, aliases: [Kenya Japan committee]}\n');
    const text = 'The Kenya Japan committee met in Nairobi.';
    assert.ok(actors(extract(text).mentions).some(([t]) => t === 'Kenya'));
    assert.deepEqual(actors(extract(text, { registry: reg }).mentions)[0], ['Kenya Japan committee', 'organization', 'Kenya-Japan Joint Trade Committee']);
  });

  it('matches token-aligned only, and never across a paragraph break', () => {
    const reg = registryFrom('entities:\n  - {name: Acme Trust, type: organization}\n  - {name: Ace, type: organization}\n');
    assert.deepEqual(findRegistryNames('Acme\n\nTrust; Aces and Acme Trust.', reg).map((m) => [m.start, m.end]), [[22, 32]]);
  });

  it('gives the incremental extractor the same result as extract()', () => {
    const inc = new IncrementalExtractor();
    inc.update(ARTICLE, { registry: TEAM });
    const edited = ARTICLE.replace('Monday', 'Tuesday');
    assert.deepEqual(inc.update(edited, { registry: TEAM }).mentions, extract(edited, { registry: TEAM }).mentions);
    assert.deepEqual(inc.update(edited).mentions, extract(edited).mentions);
  });

  it('looks ahead a bounded number of tokens per position: trie steps grow linearly with the text', () => {
    // A hostile registry: one 16-token name whose every prefix occurs in the text, never completed.
    const words = Array.from({ length: 16 }, (_, i) => `W${i}`);
    const reg = registryFrom(`entities:\n  - {name: ${words.join(' ')}, type: organization}\n`);
    const unit = `${words.slice(0, 15).join(' ')} x `;
    const steps = (n: number): number => {
      const counter = { steps: 0 };
      assert.equal(findRegistryNames(unit.repeat(n), reg, undefined, counter).length, 0);
      return counter.steps;
    };
    const tokens = 16;
    assert.ok(steps(100) <= 100 * tokens * 16, `${steps(100)} steps`);
    assert.equal(steps(400), 4 * steps(100));
    assert.equal(findRegistryNames(`${words.join(' ')}. `.repeat(300), reg).length, 300);
  });

  it('re-matches only changed paragraphs when given a memo', () => {
    const memo = new Map();
    const counter = { steps: 0 };
    findRegistryNames(ARTICLE, TEAM, memo, counter);
    const first = counter.steps;
    assert.ok(first > 0);
    counter.steps = 0;
    const edited = ARTICLE.replace('Ministers met on Monday.', 'Ministers met on Tuesday.');
    const again = findRegistryNames(edited, TEAM, memo, counter);
    assert.ok(counter.steps > 0 && counter.steps < first / 2, `${counter.steps} of ${first}`);
    assert.deepEqual(again, findRegistryNames(edited, TEAM));
  });
});
