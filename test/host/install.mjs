// Installs the offline VS Code test host into .vscode-test/ if it is not there yet
// (the grammar tests also read VS Code's own Markdown grammar from it).
import { ensureHost } from './host.mjs';

const paths = await ensureHost();
console.log(`VS Code test host ready: VS Code ${paths.vscodeVersion}`);
