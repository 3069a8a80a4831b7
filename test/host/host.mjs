// The offline VS Code host: installs the VS Code server shipped inside the `code-server` npm
// package and a Chromium shipped inside `@sparticuz/chromium` into a git-ignored cache, then
// starts the server and drives its workbench with playwright-core. Used by the integration tests
// (runTests.mjs) and by `npm start` (start.mjs). Everything comes from the npm registry.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, rmSync, renameSync, writeFileSync, copyFileSync, symlinkSync, chmodSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../..');
const hostPkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const versions = hostPkg.dependencies;
const cacheRoot = join(repoRoot, '.vscode-test');
const hostDir = join(cacheRoot, `host-cs${versions['code-server']}-chromium${versions['@sparticuz/chromium']}`);
const vscodeDir = join(hostDir, 'node_modules/code-server/lib/vscode');
const doneMarker = join(hostDir, '.installed');

const log = (msg) => process.stderr.write(`[host] ${msg}\n`);

/** npm's own variables from an outer `npm run` would redirect the nested installs; drop them. */
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(config_(prefix|global|local_prefix|workspaces?|include_workspace_root|omit|include|production|only|also|dev|ignore_scripts|engine_strict|save.*|package_lock.*)|package_|lifecycle_|command$|execpath$)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, npm_config_engine_strict: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...extra };
}

function run(cmd, args, cwd, env = cleanNpmEnv()) {
  const r = spawnSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd} (exit ${r.status}):\n${(r.stdout ?? '').slice(-3000)}\n${(r.stderr ?? '').slice(-3000)}`);
  }
  return r.stdout;
}

function nodeGypScript() {
  const globalRoot = execFileSync('npm', ['root', '-g'], { encoding: 'utf8', env: cleanNpmEnv() }).trim();
  const candidates = [
    join(globalRoot, 'npm/node_modules/node-gyp/bin/node-gyp.js'),
    join(dirname(process.execPath), '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
  ];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`npm's bundled node-gyp was not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The directory holding include/node for this Node, so node-gyp never downloads headers. */
function nodeHeadersDir() {
  const prefix = resolve(dirname(process.execPath), '..');
  if (existsSync(join(prefix, 'include/node/node.h'))) return prefix;
  throw new Error(`Node's headers were not found under ${prefix}/include/node`);
}

function lnsf(target, path) {
  rmSync(path, { force: true, recursive: true });
  mkdirSync(dirname(path), { recursive: true });
  symlinkSync(target, path);
}

/** One-time install; builds in a temporary folder and renames it when complete. */
export async function ensureHost() {
  if (existsSync(doneMarker)) return hostPaths();
  const started = Date.now();
  log(`installing the VS Code test host into ${hostDir} (one time, about a minute)…`);
  mkdirSync(cacheRoot, { recursive: true });
  const tmp = `${hostDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  copyFileSync(join(here, 'package.json'), join(tmp, 'package.json'));
  copyFileSync(join(here, 'package-lock.json'), join(tmp, 'package-lock.json'));

  log('npm ci (code-server, chromium, ripgrep)');
  run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], tmp);

  const vsc = join(tmp, 'node_modules/code-server/lib/vscode');
  log('installing the VS Code server dependencies');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'], vsc);
  rmSync(join(vsc, 'node_modules/kerberos'), { recursive: true, force: true });

  const gyp = nodeGypScript();
  const nodedir = nodeHeadersDir();
  for (const mod of ['@vscode/spdlog', 'native-watchdog', 'node-pty', '@vscode/deviceid']) {
    const dir = join(vsc, 'node_modules', mod);
    if (!existsSync(dir)) continue;
    log(`compiling ${mod}`);
    run(process.execPath, [gyp, 'rebuild', `--nodedir=${nodedir}`, '--jobs=2'], dir);
  }

  const rgSrc = join(tmp, 'node_modules/@vscode/ripgrep-universal/bin/linux-x64/rg');
  const rgDst = join(vsc, 'node_modules/@vscode/ripgrep/bin/rg');
  mkdirSync(dirname(rgDst), { recursive: true });
  copyFileSync(rgSrc, rgDst);
  chmodSync(rgDst, 0o755);

  lnsf('node_modules', join(vsc, 'node_modules.asar'));
  lnsf('code-linux.sh', join(vsc, 'bin/remote-cli/code-server'));
  lnsf('browser-linux.sh', join(vsc, 'bin/helpers/browser.sh'));

  log('installing the built-in extensions');
  const exts = join(vsc, 'extensions');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-save'], exts);
  run(process.execPath, ['postinstall.mjs'], exts);

  log('unpacking Chromium');
  const chromiumPkg = join(tmp, 'node_modules/@sparticuz/chromium');
  const chromiumDir = join(tmp, 'chromium');
  mkdirSync(chromiumDir, { recursive: true });
  // The package inflates into os.tmpdir(); point it into the cache so the browser is kept.
  const script = `
    const { default: chromium, inflate } = await import(${JSON.stringify(pathToFileURL(join(chromiumPkg, 'build/index.js')).href)});
    const exe = await chromium.executablePath(${JSON.stringify(join(chromiumPkg, 'bin'))});
    await inflate(${JSON.stringify(join(chromiumPkg, 'bin/al2023.tar.br'))});
    process.stdout.write(exe);`;
  const exe = run(process.execPath, ['--input-type=module', '-e', script], tmp, cleanNpmEnv({ TMPDIR: chromiumDir })).trim();
  writeFileSync(join(tmp, 'chromium-path.txt'), exe.replace(tmp, '<host>'));

  writeFileSync(join(tmp, '.installed'), new Date().toISOString());
  rmSync(hostDir, { recursive: true, force: true });
  renameSync(tmp, hostDir);
  log(`host installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return hostPaths();
}

function hostPaths() {
  const exe = readFileSync(join(hostDir, 'chromium-path.txt'), 'utf8').replace('<host>', hostDir);
  const vscodePkg = JSON.parse(readFileSync(join(vscodeDir, 'package.json'), 'utf8'));
  return {
    serverMain: join(vscodeDir, 'out/server-main.js'),
    vscodeVersion: vscodePkg.version,
    chromium: exe,
    chromiumLibs: join(dirname(exe), 'al2023/lib'),
    chromiumFonts: join(dirname(exe), 'fonts'),
  };
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** A throwaway home for one run; short path because the server creates Unix sockets in it. */
export function makeRunDir(tag) {
  const dir = join('/tmp', `pl-${tag}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['home', 'tmp', 'data', 'user', 'ext', 'home/.config', 'home/.cache']) mkdirSync(join(dir, sub), { recursive: true });
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'chat.disableAIFeatures': true,
  };
  for (const f of ['user/User/settings.json', 'data/data/Machine/settings.json', 'data/data/User/settings.json']) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), JSON.stringify(settings, null, 2));
  }
  return dir;
}

/** The run's own folders for the server (data, user data, extensions), shared by install and start. */
function serverDirArgs(runDir) {
  return ['--server-data-dir', join(runDir, 'data'), '--user-data-dir', join(runDir, 'user'), '--extensions-dir', join(runDir, 'ext')];
}

/** The server's environment: a throwaway home in the run folder, no extension gallery. */
function serverEnv(runDir, env = {}) {
  const childEnv = {
    ...cleanNpmEnv(),
    HOME: join(runDir, 'home'), XDG_CONFIG_HOME: join(runDir, 'home/.config'), XDG_CACHE_HOME: join(runDir, 'home/.cache'),
    XDG_RUNTIME_DIR: join(runDir, 'tmp'), TMPDIR: join(runDir, 'tmp'), EXTENSIONS_GALLERY: '{}',
    VSCODE_CLI: undefined, ELECTRON_RUN_AS_NODE: undefined,
    ...env,
  };
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
  return childEnv;
}

/**
 * Installs a VSIX into the run's extensions folder with the server's own command line
 * (`--install-extension`, which exits when done; no gallery, no network). Returns the folder.
 */
export function installExtension({ paths, runDir, vsix }) {
  const args = [paths.serverMain, '--accept-server-license-terms', ...serverDirArgs(runDir), '--install-extension', vsix];
  const r = spawnSync(process.execPath, args, { env: serverEnv(runDir), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 120_000 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  // Both the exit code and the CLI's own confirmation, so an install that did nothing is not taken for success.
  if (r.status !== 0 || !/successfully installed/.test(out)) throw new Error(`installing ${vsix} failed (exit ${r.status}):\n${out.slice(-3000)}`);
  return join(runDir, 'ext');
}

/** Starts the VS Code server in its own process group; resolves once it listens. */
export async function startServer({ paths, port, runDir, env = {}, onOutput, host = '127.0.0.1' }) {
  const args = [
    paths.serverMain, '--host', host, '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms', '--enable-smoke-test-driver',
    ...serverDirArgs(runDir), '--disable-telemetry', '--disable-workspace-trust',
  ];
  const childEnv = serverEnv(runDir, env);
  const child = spawn(process.execPath, args, { env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const signal = (sig) => {
    try { process.kill(-child.pid, sig); } catch { /* the group is already gone */ }
  };
  /** SIGTERM to the whole group; SIGKILL if it is still there after 5 s. Resolves when it is gone. */
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const kill = setTimeout(() => signal('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(kill); resolve(); });
    signal('SIGTERM');
  });
  await new Promise((res, rej) => {
    const timer = setTimeout(() => { signal('SIGKILL'); rej(new Error('the VS Code server did not start within 60 s')); }, 60_000);
    const onData = (buf) => {
      const s = buf.toString();
      onOutput?.(s);
      if (/HTTP server listening on|Web UI available at|Extension host agent listening on/.test(s)) { clearTimeout(timer); res(); }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); rej(new Error(`the VS Code server exited early (code ${code})`)); });
  });
  return { child, stop };
}

export function workbenchUrl({ port, folder, payload }) {
  let url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

export function remoteUri(port, absPath, host = '127.0.0.1') {
  return `vscode-remote://${host}:${port}${absPath}`;
}

function hasSystemNss() {
  return ['/lib/x86_64-linux-gnu/libnss3.so', '/usr/lib/x86_64-linux-gnu/libnss3.so', '/usr/lib64/libnss3.so', '/lib64/libnss3.so'].some(existsSync);
}

/** Launches the Chromium from npm, headless, with a fresh profile. */
export async function launchBrowser(paths, runDir) {
  const { chromium } = await import('playwright-core');
  const env = { ...process.env, HOME: join(runDir, 'home'), TMPDIR: join(runDir, 'tmp') };
  if (!hasSystemNss()) env.LD_LIBRARY_PATH = [paths.chromiumLibs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
  // Without system fonts, use the ones that ship with the browser so screenshots show text.
  if (!existsSync('/etc/fonts/fonts.conf')) env.FONTCONFIG_PATH = paths.chromiumFonts;
  return chromium.launch({
    executablePath: paths.chromium,
    headless: true,
    env,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--use-gl=swiftshader'],
  });
}

export function listDir(dir) {
  return existsSync(dir) ? readdirSync(dir) : [];
}
