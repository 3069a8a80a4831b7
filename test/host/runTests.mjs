// Runs the integration suite (out/test/integration) inside a real VS Code extension host:
// the VS Code server from npm, its workbench driven by a headless Chromium from npm, offline.
// Usage: node test/host/runTests.mjs [--screenshots DIR] [--grep PATTERN] [--keep] [--verbose]
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { ensureHost, freePort, launchBrowser, makeRunDir, remoteUri, repoRoot, startServer, workbenchUrl } from './host.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const screenshotDir = opt('--screenshots') ? resolve(opt('--screenshots')) : undefined;
const grep = opt('--grep');
const keep = argv.includes('--keep');
const verbose = argv.includes('--verbose');
let suiteStarted = false;
// Workbench log lines that say nothing about the extension (offline gallery, service worker).
const NOISE = /Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|vsda/;
const overallTimeoutMs = Number(process.env.POLICY_LENS_TEST_TIMEOUT_MS ?? 10 * 60_000);

const testsDir = join(repoRoot, 'out/test/integration');
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error('out/test/integration/index.js is missing: run `npm run build` first.');
  process.exit(2);
}

const paths = await ensureHost();
const runDir = makeRunDir('test');
const workspace = join(runDir, 'ws');
cpSync(join(repoRoot, 'test/fixtures/workspace'), workspace, { recursive: true });
// The README's pictures show the bundled samples.
cpSync(join(repoRoot, 'samples'), join(workspace, 'samples'), { recursive: true });
const signalDir = join(runDir, 'signals');
mkdirSync(signalDir, { recursive: true });
const resultsFile = join(runDir, 'results.json');
const serverLog = join(runDir, 'server.log');
if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });

const port = await freePort();
const started = Date.now();
const server = await startServer({
  paths, port, runDir,
  onOutput: (s) => appendFileSync(serverLog, s),
  env: {
    POLICY_LENS_TEST_RESULTS: resultsFile,
    POLICY_LENS_TEST_SIGNALS: signalDir,
    POLICY_LENS_TEST_WORKSPACE: workspace,
    POLICY_LENS_TEST_GREP: grep ?? '',
  },
});

let browser;
let finished = false;
async function finish(code, why) {
  if (finished) return;
  finished = true;
  if (why) console.error(why);
  let results;
  try { results = JSON.parse(readFileSync(resultsFile, 'utf8')); } catch { /* the suite never reported */ }
  if (!results) {
    console.error(`The suite did not report results. Server log: ${serverLog}`);
    try { console.error(readFileSync(serverLog, 'utf8').split('\n').slice(-40).join('\n')); } catch { /* no log */ }
    if (code === 0) code = 1;
  }
  await browser?.close().catch(() => undefined);
  await server.stop();
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\nIntegration suite in VS Code ${paths.vscodeVersion} (real extension host, web workbench): ${secs} s`);
  if (results) {
    console.log(`${results.passed} passed, ${results.failed} failed${results.pending ? `, ${results.pending} skipped` : ''}`);
    if (results.failed > 0 && code === 0) code = 1;
    if (results.passed + results.failed === 0 && code === 0) code = 1;
  } else {
    console.log('0 passed, 1 failed');
  }
  if (!keep && code === 0) rmSync(runDir, { recursive: true, force: true });
  else console.error(`run folder kept: ${runDir}`);
  process.exit(code);
}

const timer = setTimeout(() => void finish(2, `Timed out after ${overallTimeoutMs / 1000} s.`), overallTimeoutMs);
timer.unref();
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void finish(130, `Interrupted (${sig}).`));
server.child.on('exit', (code) => void finish(1, `The VS Code server exited during the suite (code ${code}).`));

try {
  browser = await launchBrowser(paths, runDir);
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // The workbench calls these two when it runs an extension test payload.
  await page.exposeFunction('codeAutomationLog', async (type, args) => {
    // The host forwards console calls unformatted (mocha's reporter uses printf-style arguments).
    const text = format(...(Array.isArray(args) ? args : [args]));
    const shot = /__POLICY_LENS_SCREENSHOT__:([\w.-]+)/.exec(text);
    if (shot) {
      if (screenshotDir) {
        // Finish the hover's fade-in so the picture shows what a person sees.
        await page.screenshot({ path: join(screenshotDir, `${shot[1]}.png`), animations: 'disabled' });
        console.log(`screenshot saved: ${join(screenshotDir, `${shot[1]}.png`)}`);
      }
      writeFileSync(join(signalDir, `${shot[1]}.done`), '');
      return;
    }
    // Workbench chatter before the suite starts is noise unless asked for (--verbose) or an error.
    if (text.includes('Policy Lens integration suite')) suiteStarted = true;
    if (!verbose && NOISE.test(text)) return;
    if (suiteStarted || verbose || type === 'error') (type === 'error' ? console.error : console.log)(text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => void finish(Number(code) || 0));
  page.on('pageerror', (err) => console.error(`[workbench] ${err.message}`));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(port, repoRoot)],
    ['extensionTestsPath', remoteUri(port, join(testsDir, 'index'))],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl({ port, folder: workspace, payload }));
} catch (err) {
  await finish(1, `Could not drive the workbench: ${err?.stack ?? err}`);
}
