import { agreeCommand } from './agreeCommand';
import { checkCommand } from './checkCommand';
import { terminalSafe } from './escape';
import { exportCommand } from './exportCommand';
import { extractCommand } from './extractCommand';
import { importCommand } from './importCommand';
import { mergeDriverCommand } from './mergeDriverCommand';
import { TOOL_VERSION } from './manifest';

const USAGE = `Usage: policy-lens <command> [options]

Commands:
  extract FILE...   print the actors, figures and dates found in articles and folders (- reads
                    standard input; --jobs N threads: the command's own and N − 1
                    workers; --format jsonl streams)
  check PATH...     check articles (figures to verify, disputed, inconsistent; orphaned
                    annotations) and their sidecars; text, JSON or SARIF; exit 1 to fail CI
  agree A B         agreement between two annotators: two sidecars of one article, or two
                    folders of sidecars; precision/recall/F1, Cohen's kappa, disagreements
  merge-driver %O %A %B [%P]
                    git merge driver for sidecars: merges by annotation id, records clashes
                    under "conflict:" (see the README for the .gitattributes line)
  export PATH... --format csv|jsonl|w3c|brat|conll [--out FILE|DIR]
                    write the articles' mentions and decisions in an exchange format
  import SOURCE... --format brat|w3c --into DIR
                    add brat or W3C annotations to the sidecars of the articles in DIR
  help              show this help
  version           print the version`;

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, Command> = {
  extract: (args) => extractCommand(args),
  check: (args) => checkCommand(args),
  agree: (args) => agreeCommand(args),
  'merge-driver': (args) => mergeDriverCommand(args),
  export: (args) => exportCommand(args),
  import: (args) => importCommand(args),
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  if (name === 'version' || name === '--version') {
    process.stdout.write(`${TOOL_VERSION}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    process.stderr.write(`policy-lens: unknown command '${terminalSafe(name)}'\n${USAGE}\n`);
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
      process.stderr.write(`policy-lens: ${terminalSafe(err instanceof Error ? err.message : String(err))}\n`);
      process.exitCode = 2;
    },
  );
}
