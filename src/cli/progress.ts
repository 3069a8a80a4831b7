// A one-line progress bar for stderr, drawn only when stderr is a terminal (never in a pipe or a log).
const WIDTH = 30;

export class ProgressBar {
  #done = 0;
  #drawn = false;

  constructor(private readonly total: number, private readonly write: (text: string) => void) {}

  tick(): void {
    this.#done++;
    const filled = Math.round((this.#done / this.total) * WIDTH);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${this.#done}/${this.total} files`);
    this.#drawn = true;
  }

  /** Erases the bar, so the lines written after it start clean. */
  clear(): void {
    if (this.#drawn) this.write('\r\x1b[K');
    this.#drawn = false;
  }
}
