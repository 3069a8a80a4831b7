import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkCommand } from './checkCommand';
import { extractCommand } from './extractCommand';

const USAGE = `Usage: policy-lens <command> [options]

Commands:
  extract FILE...   print the actors, figures and dates found in articles (- reads standard input)
  check PATH...     validate sidecars and re-anchor them against their articles
  help              show this help
  version           print the version`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  extract: (args) => extractCommand(args),
  check: (args) => checkCommand(args),
};

function version(): string {
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (name === 'version' || name === '--version') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`policy-lens: unknown command '${name}'\n${USAGE}\n`);
    return 2;
  }
  return command(rest);
}

if (require.main === module) {
  // The exit code is set, not forced: process.exit() would drop whatever a pipe has not taken yet
  // (a large result piped into another program was cut off after 64–128 KB).
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // The reader went away (`policy-lens extract … | head`): nothing more can be delivered.
    if (err.code === 'EPIPE') process.exit();
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`policy-lens: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
