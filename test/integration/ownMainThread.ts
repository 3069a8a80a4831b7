// How long Policy Lens itself held the extension host's main thread. A 2 ms interval timer finds
// the times the thread was held (a long task shows as a late tick), and a CPU profile of the thread
// (node:inspector, in the real host; its timestamps share process.hrtime's clock) says whose code ran
// then: a held stretch counts as the extension's when most of the samples in it are in one of its
// bundles (the collector's samples count for no one; the stretch's split by samples is reported). Timer gaps alone (longestGap) also count VS Code and the built-in extensions sharing the
// thread — e.g. the Markdown extension sending a 1.5 MB document to its language server, or a file
// search spawning a process — which no change here can shorten. Work the extension splits into
// slices (SteppedWork) lets timers run between slices, so consecutive slices are separate stretches.
import { Session } from 'node:inspector';
import * as vscode from 'vscode';
import { watchLongestGap } from '../support/longestGap';
import { EXTENSION_ID } from './helpers';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number }

export interface OwnRun {
  /** The longest time the thread was held with the extension's code running most of it, in milliseconds. */
  ms: number;
  /** The extension's functions most often innermost in that stretch, with their sample counts. */
  top: string[];
  /** That stretch by the samples in it, in milliseconds: the extension's code, other code, the garbage collector, the rest (idle, the engine's own). */
  split: { ours: number; others: number; gc: number; rest: number };
}

/** Ticks later than this after the previous one mark a held stretch. */
const HELD_MS = 10;

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
  const held: [number, number][] = []; // [from, to] in microseconds of process.hrtime, the profile's clock
  const hrtimeUsAtZero = Number(process.hrtime.bigint() / 1000n) - performance.now() * 1000;
  const stopWatching = watchLongestGap(2, (from, to) => {
    if (to - from > HELD_MS) held.push([hrtimeUsAtZero + from * 1000, hrtimeUsAtZero + to * 1000]);
  });
  return async () => {
    stopWatching();
    const { profile } = await post<{ profile: Profile }>(session, 'Profiler.stop');
    session.disconnect();
    const dist = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist').toString();
    return longestOwnStretch(profile, dist, held);
  };
}

/** Of the held stretches, the longest whose samples are mostly the extension's code (a garbage collection counts for nobody). */
function longestOwnStretch(profile: Profile, dist: string, held: readonly [number, number][]): OwnRun {
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
      const { functionName, url, lineNumber } = byId.get(x)!.callFrame;
      // An anonymous function (a callback, a comparator) is named by its line in the bundle.
      if (url.startsWith(dist)) { known = functionName || `(anonymous ${url.slice(dist.length + 1)}:${lineNumber + 1})`; break; }
    }
    ownFrame.set(id, known);
    return known;
  };
  const idle = new Set(['(idle)', '(program)', '(garbage collector)']);
  const samples: { at: number; dt: number; frame: string; busy: boolean; gc: boolean }[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    const name = byId.get(id)!.callFrame.functionName;
    samples.push({ at, dt: profile.timeDeltas[i], frame: frameOf(id), busy: !idle.has(name), gc: name === '(garbage collector)' });
  });
  let best: OwnRun = { ms: 0, top: [], split: { ours: 0, others: 0, gc: 0, rest: 0 } };
  let k = 0;
  for (const [from, to] of held) {
    while (k < samples.length && samples[k].at < from) k++;
    let busy = 0;
    let ours = 0;
    const frames = new Map<string, number>();
    const split = { ours: 0, others: 0, gc: 0, rest: 0 };
    for (let j = k; j < samples.length && samples[j].at <= to; j++) {
      const sample = samples[j];
      const ms = sample.dt / 1000;
      if (sample.busy) busy++;
      if (sample.frame) { ours++; frames.set(sample.frame, (frames.get(sample.frame) ?? 0) + 1); split.ours += ms; }
      else if (sample.gc) split.gc += ms;
      else if (sample.busy) split.others += ms;
      else split.rest += ms;
    }
    const ms = (to - from) / 1000;
    if (ours > busy / 2 && ms > best.ms) best = { ms, top: [...frames].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([f, n]) => `${f} ×${n}`), split };
  }
  return best;
}
