import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextEdit } from '../../../src/core/util';
import { changedRun, marksOnlyMoved, planMarks, styleOf, windowDrifted, type MarkOptions, type PlannedMarks, type ViewMention } from '../../../src/view';
import { actor, date, figure, view } from './helpers';

const ALL: MarkOptions = { enabled: true, kinds: { actor: true, figure: true, date: true }, maxMarks: 5000 };

describe('view/marks styleOf', () => {
  it('draws detected mentions dotted and decided ones solid, per kind', () => {
    assert.equal(styleOf(actor(0, 'Chad')), 'actor.detected');
    assert.equal(styleOf(actor(0, 'Chad', 'Chad', 'state', { decision: 'confirmed' })), 'actor.confirmed');
    assert.equal(styleOf(date(0, 'May 2025', '2025-05', { decision: 'added' })), 'date.confirmed');
    assert.equal(styleOf(date(0, 'May 2025', '2025-05')), 'date.detected');
    assert.equal(styleOf(figure(0, '40')), 'figure.detected');
    assert.equal(styleOf(figure(0, '40', 'count', { decision: 'confirmed', status: 'unverified' })), 'figure.confirmed');
  });

  it('lets a figure check status win over the decision', () => {
    assert.equal(styleOf(figure(0, '40', 'count', { status: 'verified' })), 'figure.verified');
    assert.equal(styleOf(figure(0, '40', 'count', { decision: 'confirmed', status: 'disputed' })), 'figure.disputed');
  });
});

describe('view/marks planMarks', () => {
  // "Chad sent 400 troops in May 2025."
  const chad = actor(0, 'Chad', 'Chad', 'state', { decision: 'confirmed', note: 'check the source' });
  const troops = figure(10, '400 troops', 'count', { status: 'verified' });
  const may = date(24, 'May 2025', '2025-05');
  const sent = actor(5, 'sent', 'Sent', 'person', { decision: 'rejected' });
  const article = view([chad, sent, troops, may]);

  it('plans offsets per style, a note marker at the end of a noted mention, and skips rejected ones', () => {
    assert.deepEqual(planMarks(article, ALL), {
      marks: { 'actor.confirmed': [[0, 4]], note: [[4, 4]], 'figure.verified': [[10, 20]], 'date.detected': [[24, 32]] },
      capped: false,
    });
  });

  it('draws nothing when marks are off', () => {
    assert.deepEqual(planMarks(article, { ...ALL, enabled: false }), { marks: {}, capped: false });
  });

  it('leaves out a kind that is toggled off, and its notes', () => {
    const { marks } = planMarks(article, { ...ALL, kinds: { actor: false, figure: true, date: true } });
    assert.deepEqual(marks, { 'figure.verified': [[10, 20]], 'date.detected': [[24, 32]] });
    const noFigures = planMarks(article, { ...ALL, kinds: { actor: true, figure: false, date: true } }).marks;
    assert.deepEqual(Object.keys(noFigures).sort(), ['actor.confirmed', 'date.detected', 'note']);
  });

  it('stops at the cap, in text order, and says so; rejected and hidden mentions do not count', () => {
    assert.deepEqual(planMarks(article, { ...ALL, maxMarks: 2 }), {
      marks: { 'actor.confirmed': [[0, 4]], note: [[4, 4]], 'figure.verified': [[10, 20]] },
      capped: true,
      window: { first: 0, end: 3, atStart: true, atEnd: false },
    });
    assert.equal(planMarks(article, { ...ALL, maxMarks: 3 }).capped, false, 'exactly at the cap is not capped');
    const datesOnly = planMarks(article, { ...ALL, maxMarks: 1, kinds: { actor: false, figure: false, date: true } });
    assert.deepEqual(datesOnly, { marks: { 'date.detected': [[24, 32]] }, capped: false });
  });
});

describe('view/marks marksOnlyMoved', () => {
  // "Chad sent 400 troops in May 2025." with an edit and the mentions after it moved.
  const before = view([actor(0, 'Chad', 'Chad', 'state', { note: 'n' }), figure(10, '400 troops'), date(24, 'May 2025', '2025-05')]).mentions;
  const movedBy = (ms: readonly ViewMention[], at: number, d: number): ViewMention[] => ms.map((m) => (m.start >= at ? { ...m, start: m.start + d, end: m.end + d } : m));
  const insert = (start: number, text: string): TextEdit => ({ start, deleteCount: 0, insert: text });

  it('holds for an edit away from every mark, with or without a changed run of equal mentions', () => {
    const edit = insert(7, 'xx'); // inside "sent"
    assert.equal(marksOnlyMoved(before, movedBy(before, 7, 2), { edit, start: 1, deleteCount: 0, insertCount: 0 }), true);
    assert.equal(marksOnlyMoved(before, movedBy(before, 7, 2), { edit, start: 1, deleteCount: 2, insertCount: 2 }), true);
  });

  it('fails when an edit touches a mark (the editor would widen it), or a changed mention draws differently or elsewhere', () => {
    // Typing right after "Chad": the mention is the same, but the drawn mark would grow over the new text.
    assert.equal(marksOnlyMoved(before, movedBy(before, 4, 1), { edit: insert(4, ' '), start: 1, deleteCount: 0, insertCount: 0 }), false);
    assert.equal(marksOnlyMoved(before, movedBy(before, 10, 1), { edit: insert(10, '1'), start: 1, deleteCount: 0, insertCount: 0 }), false);
    const edit = insert(7, 'xx');
    const next = movedBy(before, 7, 2);
    const restyled = next.map((m, i) => (i === 1 ? { ...m, decision: 'confirmed' as const } : m));
    assert.equal(marksOnlyMoved(before, restyled, { edit, start: 1, deleteCount: 1, insertCount: 1 }), false);
    const unnoted = next.map((m, i) => (i === 0 ? { ...m, note: undefined } : m));
    assert.equal(marksOnlyMoved(before, unnoted, { edit, start: 0, deleteCount: 1, insertCount: 1 }), false);
    const longer = next.map((m, i) => (i === 2 ? { ...m, end: m.end + 1 } : m));
    assert.equal(marksOnlyMoved(before, longer, { edit, start: 2, deleteCount: 1, insertCount: 1 }), false);
    assert.equal(marksOnlyMoved(before, next.slice(0, 2), { edit, start: 2, deleteCount: 1, insertCount: 0 }), false);
  });

  it('when it holds, the planned marks are the old ones moved through the edit, capped or not', () => {
    fc.assert(fc.property(fc.array(fc.record({ gap: fc.nat({ max: 4 }), len: fc.integer({ min: 1, max: 5 }), rejected: fc.boolean() }), { maxLength: 12 }), fc.nat({ max: 80 }), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }), (specs, at, del, ins) => {
      let pos = 0;
      const ms = view(specs.map((s) => { pos += s.gap; const m = actor(pos, 'x'.repeat(s.len), 'X', 'person', s.rejected ? { decision: 'rejected' } : {}); pos += s.len; return m; })).mentions;
      const edit = { start: Math.min(at, pos), deleteCount: Math.min(del, pos - Math.min(at, pos)), insert: ins };
      const d = ins.length - edit.deleteCount;
      const editEnd = edit.start + edit.deleteCount;
      // What an extractor that found the same mentions would answer: later ones moved, one the edit touches kept where it was.
      const next = ms.map((m) => (m.start > editEnd ? { ...m, start: m.start + d, end: m.end + d } : m));
      const change = { edit, start: 0, deleteCount: 0, insertCount: 0 };
      if (!marksOnlyMoved(ms, next, change)) return;
      // Where the editor moves a drawn mark (ClosedClosed: a mark touching the edit grows over it).
      const moveStart = (x: number) => (x <= edit.start ? x : x >= editEnd ? x + d : edit.start);
      const moveEnd = (x: number) => (x < edit.start ? x : x >= editEnd ? x + d : edit.start + ins.length);
      const moveMark = ([s, e]: [number, number]): [number, number] => [moveStart(s), moveEnd(e)];
      // Capped too: the same first marks are drawn.
      for (const options of [ALL, { ...ALL, maxMarks: 3 }]) {
        const old = planMarks(view([...ms]), options).marks;
        assert.deepEqual(planMarks(view(next), options).marks, Object.fromEntries(Object.entries(old).map(([k, v]) => [k, v.map(moveMark)])));
      }
    }), { numRuns: 500 });
  });
});

describe('view/marks changedRun', () => {
  const ms = view([actor(0, 'Chad', 'Chad', 'state'), figure(10, '400 troops'), date(24, 'May 2025', '2025-05'), actor(40, 'Niger', 'Niger', 'state')]).mentions;
  const movedBy = (list: readonly ViewMention[], at: number, d: number): ViewMention[] => list.map((m) => (m.start >= at ? { ...m, start: m.start + d, end: m.end + d } : { ...m }));

  it('is empty for a list built again that draws the same marks moved through the edit, and marksOnlyMoved then holds', () => {
    const edit: TextEdit = { start: 7, deleteCount: 0, insert: 'xx' };
    const next = movedBy(ms, 7, 2); // new objects, as a model built again has
    const run = changedRun(ms, next, edit);
    assert.deepEqual(run, { start: 1, deleteCount: 0, insertCount: 0 });
    assert.equal(marksOnlyMoved(ms, next, { edit, ...run }), true);
  });

  it('spans what draws differently, so marksOnlyMoved fails for it', () => {
    const edit: TextEdit = { start: 36, deleteCount: 0, insert: 'x' }; // between the date and "Niger"
    const next = movedBy(ms, 36, 1).map((m, i) => (i === 1 ? { ...m, decision: 'confirmed' as const } : m));
    const run = changedRun(ms, next, edit);
    assert.deepEqual(run, { start: 1, deleteCount: 1, insertCount: 1 });
    assert.equal(marksOnlyMoved(ms, next, { edit, ...run }), false);
    const fewer = movedBy(ms, 36, 1).filter((_, i) => i !== 2);
    assert.deepEqual(changedRun(ms, fewer, edit), { start: 2, deleteCount: 1, insertCount: 0 });
  });

  it('when marksOnlyMoved holds with it, the planned marks are the old ones moved through the edit', () => {
    fc.assert(fc.property(fc.array(fc.record({ gap: fc.nat({ max: 4 }), len: fc.integer({ min: 1, max: 5 }), confirmed: fc.boolean() }), { maxLength: 10 }), fc.nat({ max: 60 }), fc.nat({ max: 3 }), fc.string({ maxLength: 3 }), fc.nat({ max: 12 }), (specs, at, del, ins, flip) => {
      let pos = 0;
      const list = view(specs.map((s) => { pos += s.gap; const m = actor(pos, 'x'.repeat(s.len), 'X', 'person', s.confirmed ? { decision: 'confirmed' } : {}); pos += s.len; return m; })).mentions;
      const edit = { start: Math.min(at, pos), deleteCount: Math.min(del, pos - Math.min(at, pos)), insert: ins };
      const d = ins.length - edit.deleteCount;
      const editEnd = edit.start + edit.deleteCount;
      // A list built again: the later mentions moved, and perhaps one of them decided differently.
      const next = list.map((m, i) => {
        const placed = m.start >= editEnd ? { ...m, start: m.start + d, end: m.end + d } : { ...m };
        return i === flip ? { ...placed, decision: placed.decision === 'confirmed' ? undefined : 'confirmed' as const } : placed;
      });
      if (!marksOnlyMoved(list, next, { edit, ...changedRun(list, next, edit) })) return;
      const moveStart = (x: number) => (x <= edit.start ? x : x >= editEnd ? x + d : edit.start);
      const moveEnd = (x: number) => (x < edit.start ? x : x >= editEnd ? x + d : edit.start + ins.length);
      const old = planMarks(view([...list]), ALL).marks;
      assert.deepEqual(planMarks(view(next), ALL).marks, Object.fromEntries(Object.entries(old).map(([k, v]) => [k, v.map(([s, e]) => [moveStart(s), moveEnd(e)])])));
    }), { numRuns: 500 });
  });
});

describe('view/marks planMarks past the cap: marks around the part on screen', () => {
  // 100 four-letter actors, one every 10 characters; every seventh rejected (not drawn, not counted).
  const long = view(Array.from({ length: 100 }, (_, i) => actor(i * 10, 'Chad', 'Chad', 'state', i % 7 === 3 ? { decision: 'rejected' } : {})));
  const drawable = long.mentions.filter((m) => m.decision !== 'rejected');
  const capped: MarkOptions = { ...ALL, maxMarks: 10 };
  const startsOf = (plan: PlannedMarks) => (plan.marks['actor.detected'] ?? []).map(([s]) => s);
  const starts = (around?: { start: number; end: number }) => startsOf(planMarks(long, capped, around));

  it('draws maxMarks marks centred on the part on screen', () => {
    // The screen's middle is at 515: the mention ending past it (520, rejected) is where the run grows from.
    const plan = planMarks(long, capped, { start: 500, end: 530 });
    const drawn = startsOf(plan);
    assert.equal(drawn.length, 10);
    const before = drawn.filter((x) => x < 515).length;
    assert.ok(before === 5 || before === 4 || before === 6, `${before} of 10 before the middle`);
    assert.deepEqual(drawn, drawable.filter((m) => m.start >= drawn[0] && m.start <= drawn[9]).map((m) => m.start), 'a run of the drawable ones');
    assert.deepEqual(startsOf(planMarks(long, capped, plan.window)), drawn, 'the same run again from the window');
  });

  it('keeps maxMarks at the ends of the text, and draws the first ones without a view', () => {
    assert.deepEqual(starts({ start: 0, end: 40 }), drawable.slice(0, 10).map((m) => m.start));
    assert.deepEqual(starts(), drawable.slice(0, 10).map((m) => m.start));
    assert.deepEqual(starts({ start: 985, end: 1200 }), drawable.slice(-10).map((m) => m.start));
    assert.deepEqual(starts({ start: 5000, end: 5100 }), drawable.slice(-10).map((m) => m.start), 'a view past the last mention');
    assert.deepEqual(planMarks(long, capped, { start: 5000, end: 5100 }).window?.atEnd, true);
  });

  it('whatever the view, draws a run of maxMarks drawable mentions that holds the ones on screen (when they fit), and a fresh plan has not drifted', () => {
    fc.assert(fc.property(fc.nat({ max: 1100 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 120 }), (at, height, max) => {
      const shown = { start: at, end: at + height };
      const plan = planMarks(long, { ...ALL, maxMarks: max }, shown);
      const drawn = plan.marks['actor.detected'] ?? [];
      assert.equal(drawn.length, Math.min(max, drawable.length));
      const first = drawable.findIndex((m) => m.start === drawn[0][0]);
      assert.deepEqual(drawn, drawable.slice(first, first + drawn.length).map((m) => [m.start, m.end]), 'a run, in text order');
      const onScreen = drawable.filter((m) => m.end > shown.start && m.start < shown.end);
      if (onScreen.length <= max / 3) assert.ok(onScreen.every((m) => drawn.some(([s]) => s === m.start)), 'every mention on screen is drawn');
      assert.equal(plan.capped, max < drawable.length);
      if (plan.window) assert.equal(windowDrifted(long.mentions, plan.window, shown), false, 'not due again for the view it was planned around');
    }), { numRuns: 300 });
  });

  it('is due again once the part on screen moves a quarter of the run away, never towards an end the run reaches', () => {
    const window = planMarks(long, capped, { start: 500, end: 530 }).window!;
    assert.equal(windowDrifted(long.mentions, window, { start: 510, end: 540 }), false, 'one mention down');
    assert.equal(windowDrifted(long.mentions, window, { start: 540, end: 570 }), true, 'four mentions down');
    assert.equal(windowDrifted(long.mentions, window, { start: 460, end: 490 }), true, 'four up');
    const top = planMarks(long, capped, { start: 0, end: 30 }).window!;
    assert.equal(windowDrifted(long.mentions, top, { start: 0, end: 10 }), false);
    assert.equal(windowDrifted(long.mentions, top, { start: 20, end: 40 }), false, 'the run cannot start before the first mention');
    assert.equal(windowDrifted(long.mentions, top, { start: 300, end: 330 }), true);
  });

  it('reads only the mentions of the run it draws, not every mention of a long article', () => {
    let read = 0;
    const many = view(Array.from({ length: 5000 }, (_, i) => actor(i * 10, 'Chad', 'Chad', 'state')));
    const counted = many.mentions.map((m) => new Proxy(m, { get: (t, k) => { if (k === 'decision') read++; return Reflect.get(t, k); } }));
    const plan = planMarks({ ...many, mentions: counted }, capped, { start: 25_000, end: 25_030 });
    assert.equal(plan.marks['actor.detected']?.length, 10);
    assert.ok(read <= 50, `${read} reads of a mention's decision for 10 marks of 5,000 mentions`);
  });
});
