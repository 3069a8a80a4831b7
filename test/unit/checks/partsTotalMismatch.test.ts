import assert from 'node:assert/strict';
import { partsTotalMismatches } from '../../../src/core/checks/partsTotalMismatch';
import { figureSpans, only, quiet } from './helpers';

describe('checks: parts-total-mismatch', () => {
  it('flags parts after a colon that fall short of the total', () => {
    const text = 'Japan announced a $10 billion package: $4 billion for roads and $5 billion for ports.';
    assert.deepEqual(figureSpans(text), ['$10 billion', '$4 billion', '$5 billion']);
    const f = only(partsTotalMismatches, text);
    assert.equal(f.code, 'parts-total-mismatch');
    assert.equal(f.span, '$10 billion');
    assert.match(f.message, /"\$4 billion" \+ "\$5 billion" add up to \$9 billion, which falls short of the stated total "\$10 billion"/);
    assert.deepEqual(f.related?.map((r) => text.slice(r.start, r.end)), ['$4 billion', '$5 billion']);
  });

  it('flags parts in the next sentence and an "including" list that exceeds its total', () => {
    assert.match(only(partsTotalMismatches, 'Japan pledged $10 billion. It comprises $4 billion in loans and $7 billion in grants.').message, /add up to \$11 billion, which exceeds/);
    const f = only(partsTotalMismatches, 'The package is worth €4.1 billion, including €3 billion for Ukraine and €2 billion for Moldova.');
    assert.equal(f.span, '€4.1 billion');
    assert.match(f.message, /add up to €5 billion, which already exceeds the stated total "€4\.1 billion"/);
  });

  it('stays quiet on an "including" list with only some of the parts', () => {
    quiet(partsTotalMismatches, 'The $10 billion package includes $4 billion for roads and $3 billion for ports.');
    quiet(partsTotalMismatches, 'The package is worth €4.1 billion, including €2 billion for Ukraine.');
    quiet(partsTotalMismatches, 'The bank approved a $10 billion loan, of which $6 billion is for energy.');
  });

  it('stays quiet when the parts add up within rounding, or other units sit among them', () => {
    quiet(partsTotalMismatches, 'Japan announced a $10 billion package: $4.5 billion for roads and $5.5 billion for ports.');
    quiet(partsTotalMismatches, 'A $9.9 billion package: $4.96 billion for roads and $4.97 billion for ports.'); // 9.93 rounds to 9.9
    quiet(partsTotalMismatches, 'Japan announced a $10 billion package: $4 billion (40%) for roads and $6 billion for ports.');
  });

  it('stays quiet on figures that are no parts of the total', () => {
    quiet(partsTotalMismatches, 'Japan announced a $10 billion package, up from $4 billion last year and $5 billion in 2023.');
    quiet(partsTotalMismatches, 'Japan pledged $10 billion. Korea pledged $4 billion and China $5 billion.');
    quiet(partsTotalMismatches, 'Japan announced a $10 billion package: $4 billion for roads and $5 billion for ports.', { reject: ['$5 billion'] });
  });
});
