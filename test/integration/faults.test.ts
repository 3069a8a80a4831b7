// Failing disks and concurrent writers, in the real host: a store over the real file system whose
// file layer fails on purpose (the FileOps port), as a lock, a full disk or another program would.
import assert from 'node:assert/strict';
import { chmodSync, linkSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { parseSidecar } from '../../src/core/sidecar';
import type { Mention } from '../../src/core/types';
import { readConfig } from '../../src/extension/config';
import { workspaceFileOps, type FileOps } from '../../src/extension/fileOps';
import { Notifier } from '../../src/extension/notify';
import { SidecarStore } from '../../src/extension/sidecarStore';
import { activeApi, copyArticle, spanOf, waitForEvent } from './helpers';

const log = { trace: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function memento(): vscode.Memento & { kept: Map<string, unknown> } {
  const kept = new Map<string, unknown>();
  return {
    kept,
    keys: () => [...kept.keys()],
    get: <T>(key: string, fallback?: T) => (kept.has(key) ? (kept.get(key) as T) : fallback),
    update: async (key: string, value: unknown) => { if (value === undefined) kept.delete(key); else kept.set(key, value); },
  };
}

function actor(text: string, needle: string, canonical = needle): Mention {
  const [start, end] = spanOf(text, needle);
  return { kind: 'actor', type: 'state', canonical, start, end, text: needle };
}

/** The article with two decisions already in its sidecar, as a store wrote them. */
async function articleWithDecisions(name: string): Promise<{ uri: vscode.Uri; text: string; sidecar: string }> {
  const uri = copyArticle('lithium-talks.md', `faults/${name}.md`);
  const text = (await vscode.workspace.openTextDocument(uri)).getText();
  const store = new SidecarStore(() => readConfig(uri), log, memento());
  try {
    await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Chile') }, { op: 'reject', mention: actor(text, 'Tokyo') }] });
  } finally {
    store.dispose();
  }
  return { uri, text, sidecar: store.sidecarUri(uri).fsPath };
}

function quotes(path: string): string[] {
  return parseSidecar(readFileSync(path, 'utf8')).sidecar!.annotations.map((a) => `${a.quote.exact}:${a.decision}`).sort();
}

describe('failing disks and concurrent writers: nothing lost, the person told', () => {
  it('a failed replace (a lock, a full disk) keeps the file and the decision, and retries it with the next one', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('replace-fails');
    const before = readFileSync(sidecar, 'utf8');
    let failures = 1;
    const ops: FileOps = {
      ...workspaceFileOps,
      async replace(target, data, expected) {
        if (failures-- > 0) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return workspaceFileOps.replace(target, data, expected);
      },
    };
    const kept = memento();
    const store = new SidecarStore(() => readConfig(uri), log, kept, { ops });
    try {
      await assert.rejects(store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] }), /no space left[\s\S]*kept/);
      assert.equal(readFileSync(sidecar, 'utf8'), before, 'the file on disk is untouched');
      assert.equal(kept.kept.size, 1, 'the decision is kept (also across a reload)');
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Kenya') }] });
      assert.deepEqual(quotes(sidecar), ['Chile:confirmed', 'Japan:confirmed', 'Kenya:confirmed', 'Tokyo:rejected']);
      assert.equal(kept.kept.size, 0, 'nothing kept once written');
    } finally {
      store.dispose();
    }
  });

  it('a folder that disappears: the decision is kept and the person told, then written once it is back', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('gone/folder');
    const folder = dirname(sidecar);
    const saved = readFileSync(sidecar, 'utf8');
    const article = readFileSync(uri.fsPath, 'utf8');
    const kept = memento();
    const store = new SidecarStore(() => readConfig(uri), log, kept);
    try {
      await store.current(uri);
      rmSync(folder, { recursive: true, force: true });
      await assert.rejects(store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] }), /kept/);
      assert.equal(kept.kept.size, 1, 'the decision is kept');
      mkdirSync(folder, { recursive: true });
      writeFileSync(uri.fsPath, article);
      writeFileSync(sidecar, saved);
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Kenya') }] });
      assert.deepEqual(quotes(sidecar), ['Chile:confirmed', 'Japan:confirmed', 'Kenya:confirmed', 'Tokyo:rejected']);
    } finally {
      store.dispose();
    }
  });

  it('a sidecar that disappears while a decision is kept is rebuilt from the last text read, not from nothing', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('vanishes');
    let failures = 1;
    const ops: FileOps = {
      ...workspaceFileOps,
      async replace(target, data, expected) {
        // What a failed overwrite-by-delete-then-move left behind: no file at all.
        if (failures-- > 0) { unlinkSync(target.fsPath); throw new Error('EBUSY: resource busy or locked, rename'); }
        return workspaceFileOps.replace(target, data, expected);
      },
    };
    const notifier = new Notifier();
    const store = new SidecarStore(() => readConfig(uri), log, memento(), { ops, notifier });
    try {
      const told = waitForEvent(notifier.onDidNotify, (n) => /disappeared/.test(n.message), 'the person told');
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] });
      await told;
      assert.deepEqual(quotes(sidecar), ['Chile:confirmed', 'Japan:confirmed', 'Tokyo:rejected']);
    } finally {
      store.dispose();
      notifier.dispose();
    }
  });

  it('a change made on disk between the read and the write is kept: the step reads again', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('changed-meanwhile');
    let first = true;
    const ops: FileOps = {
      ...workspaceFileOps,
      async replace(target, data, expected) {
        // Just before the write, another program adds a comment.
        if (first) { first = false; writeFileSync(sidecar, `# reviewed by the desk\n${readFileSync(sidecar, 'utf8')}`); }
        return workspaceFileOps.replace(target, data, expected);
      },
    };
    const store = new SidecarStore(() => readConfig(uri), log, memento(), { ops });
    try {
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] });
      const yaml = readFileSync(sidecar, 'utf8');
      assert.match(yaml, /^# reviewed by the desk/, 'the other program\'s change stays');
      assert.deepEqual(quotes(sidecar), ['Chile:confirmed', 'Japan:confirmed', 'Tokyo:rejected']);
    } finally {
      store.dispose();
    }
  });

  it('two windows deciding on the same article at once both land', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('two-windows');
    const one = new SidecarStore(() => readConfig(uri), log, memento());
    const two = new SidecarStore(() => readConfig(uri), log, memento());
    try {
      await Promise.all([
        one.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] }),
        two.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Kenya') }] }),
      ]);
      assert.deepEqual(quotes(sidecar), ['Chile:confirmed', 'Japan:confirmed', 'Kenya:confirmed', 'Tokyo:rejected']);
    } finally {
      one.dispose();
      two.dispose();
    }
  });

  it('writes through a symbolic link, keeps the file mode, and refuses a read-only sidecar', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('links');
    const real = `${sidecar}.real`;
    writeFileSync(real, readFileSync(sidecar, 'utf8'));
    unlinkSync(sidecar);
    symlinkSync(real, sidecar);
    chmodSync(real, 0o640);
    const store = new SidecarStore(() => readConfig(uri), log, memento());
    try {
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] });
      assert.ok(statSync(sidecar).isFile() && readFileSync(sidecar, 'utf8') === readFileSync(real, 'utf8'), 'still a link to the same file');
      assert.equal(statSync(real).mode & 0o777, 0o640, 'mode kept');
      assert.deepEqual(quotes(real), ['Chile:confirmed', 'Japan:confirmed', 'Tokyo:rejected']);
      chmodSync(real, 0o444);
      const frozen = readFileSync(real, 'utf8');
      await assert.rejects(store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Kenya') }] }), /read-only/);
      assert.equal(readFileSync(real, 'utf8'), frozen, 'a read-only file is never replaced');
    } finally {
      chmodSync(real, 0o644);
      store.dispose();
    }
  });

  it('keeps a hard-linked sidecar linked (written in place, both names see the decision)', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('hard-link');
    const other = `${sidecar}.backup-name`;
    linkSync(sidecar, other);
    const store = new SidecarStore(() => readConfig(uri), log, memento());
    try {
      await store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] });
      assert.equal(statSync(sidecar).ino, statSync(other).ino, 'still one file with two names');
      assert.deepEqual(quotes(other), ['Chile:confirmed', 'Japan:confirmed', 'Tokyo:rejected']);
    } finally {
      store.dispose();
    }
  });

  it('a sidecar that is not UTF-8 is reported and never written over', async () => {
    const { uri, text, sidecar } = await articleWithDecisions('latin1');
    const bytes = Buffer.concat([readFileSync(sidecar), Buffer.from('# note saved as Windows-1252: caf\xe9\n', 'latin1')]);
    writeFileSync(sidecar, bytes);
    const store = new SidecarStore(() => readConfig(uri), log, memento());
    try {
      await assert.rejects(store.apply(uri, { text, decisions: [{ op: 'confirm', mention: actor(text, 'Japan') }] }), /not UTF-8/);
      assert.ok(readFileSync(sidecar).equals(bytes), 'byte-identical');
    } finally {
      store.dispose();
    }
  });

  it('a hostile value in a broken sidecar never becomes a link in a notification', async () => {
    const api = await activeApi();
    const uri = copyArticle('lithium-talks.md', 'faults/hostile.md');
    const path = api.sidecarUri(uri).fsPath;
    writeFileSync(path, 'version: 1\narticle: hostile.md\nentities: []\nannotations:\n  - id: a-x\n    kind: actor\n    type: state\n    decision: "[Open settings](command:workbench.action.openSettings)"\n    quote:\n      exact: Chile\n    start: 0\n    end: 5\n');
    const notified = waitForEvent(api.onDidNotify, (n) => n.level === 'error' && n.message.includes('hostile.md.annotations.yaml'), 'the broken-file notification');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const { message } = await notified;
    assert.doesNotMatch(message, /\]\(/, message);
    assert.doesNotMatch(message, /command:workbench/, 'the value stays in the Problems panel');
    const problems = vscode.languages.getDiagnostics(api.sidecarUri(uri));
    assert.ok(problems.some((d) => d.message.includes('command:workbench.action.openSettings')), 'the details are in the Problems panel');
  });
});
