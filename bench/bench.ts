// `npm run bench`: speed and memory figures, each beside a baseline measured in the same run.
// Prints; never asserts (targets are read by people and CI logs, not enforced by timing tests).
import { runBundleBench } from './bundle.bench';
import { runDateOrderBench } from './dateOrder.bench';
import { runExtractBench } from './extract.bench';
import { runRegistryBench } from './registry.bench';
import { runHostileBench } from './hostile.bench';
import { runSidecarBench } from './sidecar.bench';
import { runStepsBench } from './steps.bench';
import { runWorkspaceBench } from './workspace.bench';
import { runWorkerBench } from './worker.bench';

async function main(): Promise<void> {
  const print = (line: string) => console.log(line);
  console.log(`Policy Lens benchmarks — Node ${process.version}, ${new Date().toISOString()}\n`);
  for (const [title, run] of [
    ['Extraction', runExtractBench],
    ['Day-month order evidence (incremental)', runDateOrderBench],
    ['Entity registry', runRegistryBench],
    ['Extraction worker', runWorkerBench],
    ['Extraction on hostile shapes (one paragraph each)', runHostileBench],
    ['Sidecar store', runSidecarBench],
    ['Workspace index', runWorkspaceBench],
    ["Steps on the editor's thread (1 MB article)", runStepsBench],
    ['Bundle size', runBundleBench],
  ] as const) {
    console.log(`## ${title}`);
    await run(print);
    console.log('');
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
