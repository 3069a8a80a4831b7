import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CodePoints } from '../../../src/core/exchange/codePoints';

/** The definitions, one character at a time: what the indexed version must agree with. */
function slowToCodePoint(text: string, offset: number): number {
  let n = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < offset) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function slowToUtf16(text: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < text.length; n++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}

// Astral characters, lone surrogates of both halves and plain letters, in any order.
const unit = fc.constantFrom('a', 'é', '𝔸', '😀', '\ud800', '\udc00', ' ', '\r\n');
const texts = fc.array(unit, { maxLength: 40 }).map((parts) => parts.join(''));

describe('exchange/CodePoints', () => {
  it('converts UTF-16 offsets to code points as the character-by-character definition does', () => {
    fc.assert(fc.property(texts, fc.nat(90), (text, raw) => {
      const offset = raw % (text.length + 1);
      assert.equal(new CodePoints(text).toCodePoint(offset), slowToCodePoint(text, offset));
    }), { numRuns: 500 });
  });

  it('converts code points back to UTF-16 offsets (past the end: the end)', () => {
    fc.assert(fc.property(texts, fc.nat(90), (text, cp) => {
      assert.equal(new CodePoints(text).toUtf16(cp), slowToUtf16(text, cp));
    }), { numRuns: 500 });
  });

  it('counts "𝔸😀 Kenya" as W3C does: Kenya starts at code point 3, UTF-16 unit 5', () => {
    const text = '𝔸😀 Kenya';
    const cp = new CodePoints(text);
    assert.equal(cp.toCodePoint(text.indexOf('Kenya')), 3);
    assert.equal(cp.toUtf16(3), 5);
  });
});
