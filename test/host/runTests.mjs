// Runs the integration suite (out/test/integration) inside a real VS Code extension host:
// the VS Code server from npm, its workbench driven by a headless Chromium from npm, offline.
// Usage: node test/host/runTests.mjs [--screenshots DIR] [--grep PATTERN] [--keep] [--verbose]
//        node test/host/runTests.mjs --vsix [FILE]   (npm run test:vsix)
// With --vsix the extension is the packaged one (FILE, by default <name>-<version>.vsix as
// `npm run package` names it), installed into the run's extensions folder with the server's
// `--install-extension`, and the suite is out/test/integration-vsix. The extension host runs a
// test suite only for a development extension, so the workbench gets a stub one (another id, no
// code) as its development path; Policy Lens itself is loaded only from the installed VSIX.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format } from 'node:util';
import { ensureHost, freePort, installExtension, launchBrowser, makeRunDir, remoteUri, repoRoot, startServer, workbenchUrl } from './host.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const screenshotDir = opt('--screenshots') ? resolve(opt('--screenshots')) : undefined;
const grep = opt('--grep');
const keep = argv.includes('--keep');
const verbose = argv.includes('--verbose');
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
const vsixArg = argv.indexOf('--vsix');
const vsix = vsixArg < 0 ? undefined
  : resolve(argv[vsixArg + 1] && !argv[vsixArg + 1].startsWith('--') ? argv[vsixArg + 1] : join(repoRoot, `${manifest.name}-${manifest.version}.vsix`));
let suiteStarted = false;
// Workbench log lines that say nothing about the extension (offline gallery, service worker).
const NOISE = /Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|vsda/;
const overallTimeoutMs = Number(process.env.POLICY_LENS_TEST_TIMEOUT_MS ?? 10 * 60_000);

const testsDir = join(repoRoot, vsix ? 'out/test/integration-vsix' : 'out/test/integration');
if (!existsSync(join(testsDir, 'index.js'))) {
  console.error(`${join(testsDir, 'index.js')} is missing: run \`npm run build\` first.`);
  process.exit(2);
}
if (vsix && !existsSync(vsix)) {
  console.error(`${vsix} is missing: run \`npm run package\` first.`);
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

const started = Date.now();
/** The development path the workbench gets: the sources, or with --vsix a stub that only lets the test suite run. */
let developmentPath = repoRoot;
let extensionsDir = '';
if (vsix) {
  try {
    extensionsDir = installExtension({ paths, runDir, vsix });
  } catch (err) {
    console.error(`${err.message}\nrun folder kept: ${runDir}\n0 passed, 1 failed`);
    process.exit(1);
  }
  developmentPath = join(runDir, 'vsix-test-harness');
  mkdirSync(developmentPath, { recursive: true });
  writeFileSync(join(developmentPath, 'package.json'), JSON.stringify({
    name: 'vsix-test-harness', publisher: 'policy-lens-test', version: '0.0.0', engines: { vscode: manifest.engines.vscode },
  }, null, 2));
  console.log(`installed ${vsix} into ${extensionsDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
const port = await freePort();
const server = await startServer({
  paths, port, runDir,
  onOutput: (s) => appendFileSync(serverLog, s),
  env: {
    POLICY_LENS_TEST_RESULTS: resultsFile,
    POLICY_LENS_TEST_SIGNALS: signalDir,
    POLICY_LENS_TEST_WORKSPACE: workspace,
    POLICY_LENS_TEST_GREP: grep ?? '',
    POLICY_LENS_TEST_EXTENSIONS_DIR: extensionsDir,
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
  console.log(`\n${vsix ? 'Packaged-VSIX suite' : 'Integration suite'} in VS Code ${paths.vscodeVersion} (real extension host, web workbench): ${secs} s`);
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
    ['extensionDevelopmentPath', remoteUri(port, developmentPath)],
    ['extensionTestsPath', remoteUri(port, join(testsDir, 'index'))],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl({ port, folder: workspace, payload }));
} catch (err) {
  await finish(1, `Could not drive the workbench: ${err?.stack ?? err}`);
}
