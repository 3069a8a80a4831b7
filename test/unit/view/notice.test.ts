import assert from 'node:assert/strict';
import { plainNotice } from '../../../src/view';

describe('view/notice plainNotice', () => {
  it('breaks link syntax so a value from a file cannot become a command link', () => {
    const hostile = 'bad value "[Click me](command:workbench.action.quit)" and [x] (y)';
    const safe = plainNotice(hostile);
    assert.ok(!/\]\(/.test(safe), safe);
    assert.ok(safe.includes('[Click me] (command:workbench.action.quit)'), 'the words stay');
  });

  it('keeps a notification on one line', () => {
    assert.equal(plainNotice('a\nb\r\nc\rd'), 'a b c d');
  });
});
