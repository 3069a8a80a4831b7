// `npm start`: the real VS Code server with Policy Lens loaded in development mode on a folder
// of articles (the bundled samples by default). Prints the URL; Ctrl+C stops it.
// Usage: node test/host/start.mjs [--port N] [--host ADDRESS] [--folder DIR]
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureHost, freePort, makeRunDir, remoteUri, repoRoot, startServer, workbenchUrl } from './host.mjs';

const argv = process.argv.slice(2);
const opt = (name) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const folder = resolve(opt('--folder') ?? resolve(repoRoot, 'samples'));
if (!existsSync(folder)) {
  console.error(`policy-lens start: no such folder: ${folder}`);
  process.exit(2);
}
const portArg = opt('--port');
if (portArg !== undefined && !/^\d+$/.test(portArg)) {
  console.error(`policy-lens start: --port takes a number, not '${portArg}'`);
  process.exit(2);
}
const port = portArg ? Number(portArg) : await freePort();
const host = opt('--host') ?? '127.0.0.1';

const paths = await ensureHost();
const runDir = makeRunDir('start');
const server = await startServer({
  paths, port, runDir, host,
  onOutput: (s) => { if (process.env.POLICY_LENS_VERBOSE) process.stderr.write(s); },
});

const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
const payload = [['extensionDevelopmentPath', remoteUri(port, repoRoot, shownHost)], ['skipWelcome', 'true']];
const url = workbenchUrl({ port, folder, payload }).replace('127.0.0.1', shownHost);
console.log(`\nPolicy Lens is running in VS Code ${paths.vscodeVersion} on ${folder}`);
console.log(`Open this URL in a browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop();
  rmSync(runDir, { recursive: true, force: true });
  console.log('\nPolicy Lens server stopped.');
  process.exit(0);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stop());
server.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`The VS Code server exited (code ${code}).`);
  rmSync(runDir, { recursive: true, force: true });
  process.exit(1);
});
