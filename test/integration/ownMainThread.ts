// How long Policy Lens itself held the extension host's main thread: a CPU profile of that thread
// (node:inspector, in the real host), cut into runs of consecutive samples with one of the
// extension's bundles on the stack. Timer gaps (longestGap) also count VS Code and the built-in
// extensions sharing the thread — e.g. the Markdown extension sending a 1.5 MB document to its
// language server, or a file search spawning a process — which no change here can shorten.
import { Session } from 'node:inspector';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export interface OwnRun {
  /** Milliseconds from the run's first sample to its last. */
  ms: number;
  /** The extension's functions most often innermost in the run, with their sample counts. */
  top: string[];
}

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result as T))));
}

/** Starts sampling the main thread every 0.1 ms; the returned function stops and gives the extension's longest run. */
export async function profileOwnMainThread(): Promise<() => Promise<OwnRun>> {
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 100 });
  await post(session, 'Profiler.start');
  return async () => {
    const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    session.disconnect();
    const dist = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist').toString();
    return longestOwnRun(profile, dist);
  };
}

/** The longest stretch of consecutive samples in the extension's code (a garbage collection inside it counts). */
function longestOwnRun(profile: Profile, dist: string): OwnRun {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // The innermost frame of ours on each node's stack ('' when none).
  const ownFrame = new Map<number, string>();
  const frameOf = (id: number): string => {
    let known = ownFrame.get(id);
    if (known !== undefined) return known;
    known = '';
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const { functionName, url } = byId.get(x)!.callFrame;
      if (url.startsWith(dist)) { known = functionName || '(anonymous)'; break; }
    }
    ownFrame.set(id, known);
    return known;
  };
  let best: OwnRun = { ms: 0, top: [] };
  let start = -1;
  let now = 0;
  let frames = new Map<string, number>();
  const close = (end: number): void => {
    if (start >= 0 && end - start > best.ms) best = { ms: end - start, top: [...frames].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, n]) => `${f} ×${n}`) };
    start = -1;
    frames = new Map();
  };
  profile.samples.forEach((id, i) => {
    const before = now;
    now += profile.timeDeltas[i] / 1000;
    const frame = frameOf(id);
    if (frame) {
      if (start < 0) start = before;
      frames.set(frame, (frames.get(frame) ?? 0) + 1);
    } else if (byId.get(id)!.callFrame.functionName !== '(garbage collector)' || start < 0) close(before);
  });
  close(now);
  return best;
}
