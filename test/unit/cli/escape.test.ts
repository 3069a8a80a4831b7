// Tests of src/cli/escape.ts: what the CLI prints of values from files.
import assert from 'node:assert/strict';
import { jsonText, terminalSafe } from '../../../src/cli/escape';

describe('cli/escape terminalSafe', () => {
  it('leaves ordinary text alone, quotes, backslashes and non-Latin scripts included', () => {
    for (const s of ['Amara Okafor', '"40 percent" (40%)', 'C:\\articles\\a.md', 'Ердоған', '北京', 'a :: b', 'ok::']) {
      assert.equal(terminalSafe(s), s);
    }
  });

  it('makes line breaks, tabs, ANSI escapes and other controls visible', () => {
    assert.equal(terminalSafe('a\nb\r\nc\td'), 'a\\nb\\r\\nc\\td');
    assert.equal(terminalSafe('\u001b[31mred\u001b[0m'), '\\x1b[31mred\\x1b[0m');
    assert.equal(terminalSafe('\u009b31m \u0000 \u007f'), '\\x9b31m \\x00 \\x7f');
    assert.equal(terminalSafe('x\u2028y\u2029z'), 'x\\u2028y\\u2029z');
    assert.equal(terminalSafe('abc\u202edcba\u2066'), 'abc\\u202edcba\\u2066', 'bidi overrides cannot reorder the line');
  });

  it('a leading :: (after whitespace) cannot start a GitHub workflow command', () => {
    assert.equal(terminalSafe('::error file=x::forged'), '\\x3a:error file=x::forged');
    assert.equal(terminalSafe('  ::warning::x'), '  \\x3a:warning::x');
    assert.equal(terminalSafe('\n::error::x'), '\\n::error::x', 'after an escaped line break it is mid-line');
    for (const s of ['::error::x', ' \t::x', '\u00a0::x']) assert.ok(!/^\s*::/.test(terminalSafe(s)), s);
  });
});

describe('cli/escape jsonText', () => {
  it('is the same JSON value, with C1 controls, separators and bidi controls escaped', () => {
    const value = { note: 'a\u009bb\u2028c\u202ed\u001be\n::error::x', n: 1 };
    const text = jsonText(value);
    assert.deepEqual(JSON.parse(text), value);
    assert.ok(!/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202e]/.test(text), text); // eslint-disable-line no-control-regex
    assert.ok(!text.split('\n').some((l) => /^\s*::/.test(l)));
  });
});
