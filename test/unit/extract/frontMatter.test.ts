// Front matter: its extent under every line-end convention and at any size up to the scan limit,
// and a `date:` that is a real calendar day.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, frontMatterDate, frontMatterDateProblem, isCalendarDate, MAX_FRONT_MATTER_CHARS, referenceDateFor } from '../../../src/core/extract';
import { frontMatterLength } from '../../../src/core/extract/frontMatter';

describe('extract/frontMatter: the reference date is a real calendar day', () => {
  it('accepts real days, leap days included, for years 1 to 9999', () => {
    for (const d of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-04-30']) assert.ok(isCalendarDate(d), d);
    for (const d of ['2026-13-45', '0000-00-00', '0000-01-01', '2025-02-29', '1900-02-29', '2026-04-31', '2026-00-10', '2026-01-00', '2026-1-5', '20260105', ' 2026-01-05']) assert.ok(!isCalendarDate(d), d);
  });

  it('ignores an impossible front-matter date and says why', () => {
    for (const bad of ['2026-13-45', '0000-00-00', '2025-02-29', '"2026-02-30T10:00:00Z"']) {
      const text = `---\ntitle: Talks\ndate: ${bad}\n---\nTokyo protested on Monday.\n`;
      assert.equal(frontMatterDate(text), null, bad);
      assert.equal(referenceDateFor(text, { sidecar: '2025-02-10' }), '2025-02-10', 'the sidecar date is used instead');
      assert.match(frontMatterDateProblem(text) ?? '', /^front matter date "\d{4}-\d\d-\d\d" is not a calendar date; ignored$/);
    }
    assert.equal(extract('---\ndate: 2026-13-45\n---\nTokyo protested on Monday.\n').referenceDate, null);
    assert.equal(frontMatterDateProblem('---\ndate: 2024-02-29\n---\nBody'), null);
    assert.equal(frontMatterDateProblem('No front matter.\ndate: 2026-13-45'), null);
  });
});

describe('extract/frontMatter: extent', () => {
  it('is found with \\n, \\r\\n and lone \\r line ends, mixed too', () => {
    for (const [nl, close] of [['\n', '\n'], ['\r\n', '\r\n'], ['\r', '\r'], ['\r', '\n'], ['\n', '\r\n']]) {
      const fm = `---${nl}title: Kenya${nl}date: 2026-03-04${nl}---${close}`;
      assert.equal(frontMatterLength(`${fm}Body`), fm.length, JSON.stringify([nl, close]));
      assert.equal(frontMatterDate(`${fm}Body`), '2026-03-04', JSON.stringify([nl, close]));
    }
    assert.equal(frontMatterLength('---\r\rdate: 2026-03-04\r...'), '---\r\rdate: 2026-03-04\r...'.length, 'a "..." fence at the very end');
    assert.equal(frontMatterLength('\uFEFF---\rdate: 2026-03-04\r---\rBody'), '\uFEFF---\rdate: 2026-03-04\r---\r'.length);
  });

  it('keeps the rules it had: a fence needs a line of its own, and not the first one', () => {
    assert.equal(frontMatterLength('---\n---\nBody'), 0);
    assert.equal(frontMatterLength('---\n\n---\nBody'), '---\n\n---\n'.length);
    assert.equal(frontMatterLength('---\ndate: 2026-03-04\n---x\nBody'), 0);
    assert.equal(frontMatterLength('Body\n---\ndate: 2026-03-04\n---\n'), 0);
    assert.equal(frontMatterLength('---  \ndate: 2026-03-04\n--- \t\nBody'), '---  \ndate: 2026-03-04\n--- \t\n'.length);
  });

  it('is found beyond 64 KB, up to the scan limit, and not past it', () => {
    const line = 'note: a line of front matter that is long enough\n';
    const filler = (chars: number) => line.repeat(Math.ceil(chars / line.length));
    const big = `---\n${filler(200_000)}date: 2026-03-04\n---\n`;
    assert.ok(big.length > 65536 && big.length < MAX_FRONT_MATTER_CHARS);
    assert.equal(frontMatterLength(`${big}Kenya and Japan met.`), big.length);
    assert.equal(frontMatterDate(`${big}Kenya and Japan met.`), '2026-03-04');
    assert.deepEqual(extract(`${big}Kenya and Japan met.`).mentions.map((m) => m.start), [big.length, big.length + 10]);
    const tooBig = `---\n${filler(MAX_FRONT_MATTER_CHARS)}date: 2026-03-04\n---\n`;
    assert.ok(tooBig.indexOf('\n---\n') > MAX_FRONT_MATTER_CHARS);
    assert.equal(frontMatterLength(`${tooBig}Body`), 0);
    assert.equal(frontMatterDate(`${tooBig}Body`), null);
    // An opening fence with no closing one on a long line-less text: the scan stops at the limit.
    assert.equal(frontMatterLength(`---\n${'x'.repeat(3 * MAX_FRONT_MATTER_CHARS)}`), 0);
  });
});

describe('extract: lone-CR line ends', () => {
  const ARTICLES = ['kenya-japan-trade.md', 'brazil-election.md', 'sahel-aid.md', 'pacific-climate-finance.md'];
  it('gives the same mentions as \\n line ends, at exact offsets, with no \\r in any derived field', () => {
    for (const name of ARTICLES) {
      const lf = readFileSync(join(__dirname, '..', '..', 'fixtures', 'devset', name), 'utf8').replace(/\r\n/g, '\n');
      const cr = lf.replace(/\n/g, '\r');
      const a = extract(lf);
      const b = extract(cr);
      assert.equal(b.referenceDate, a.referenceDate, name);
      for (const m of b.mentions) {
        assert.equal(cr.slice(m.start, m.end), m.text, name);
        const { text: _t, ...derived } = m;
        assert.ok(!JSON.stringify(derived).includes('\\r'), `${name}: ${JSON.stringify(m)}`);
      }
      assert.deepEqual(b.mentions.map((m) => ({ ...m, text: m.text.replace(/\r/g, '\n') })), a.mentions, name);
    }
  });

  it('puts one space in a name or a role broken across lines, whatever the line end', () => {
    const actors = (text: string) => extract(text, { referenceDate: '2026-02-10' }).mentions.flatMap((m) => (m.kind === 'actor' ? [[m.canonical, m.role]] : []));
    const spaced = actors('Foreign Minister Amara Okafor met officials of the Public Investment Fund.');
    assert.deepEqual(spaced, [['Amara Okafor', 'Foreign Minister'], ['Public Investment Fund', undefined]]);
    for (const nl of ['\n', '\r\n', '\r']) {
      assert.deepEqual(actors(`Foreign${nl}Minister Amara${nl}Okafor met officials of the Public${nl}Investment Fund.`), spaced, JSON.stringify(nl));
    }
  });
});
