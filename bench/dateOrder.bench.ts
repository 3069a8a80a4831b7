// Day-month order evidence on the incremental path: a one-character edit in a 1 MB article with
// numeric dates, against a whole-text evidence scan (what every edit paid before the evidence was
// kept per paragraph), measured in the same run. It prints; it never asserts.
// Run: npx tsx bench/dateOrder.bench.ts
import { IncrementalExtractor } from '../src/core/extract';
import { dateOrderEvidence } from '../src/core/extract/dates';
import { buildCorpus } from './extract.bench';
import { median } from './timing';

/** The bench corpus with a numeric date in every tenth paragraph, so the evidence scan has real matches. */
function articleWithNumericDates(bytes: number): string {
  return buildCorpus(bytes).split('\n\n').map((p, i) => (i > 0 && i % 10 === 0 ? `${p} Signed on ${13 + (i % 15)}/0${1 + (i % 9)}/2025.` : p)).join('\n\n');
}

export function runDateOrderBench(print: (line: string) => void): void {
  const article = articleWithNumericDates(1_000_000);
  const inc = new IncrementalExtractor();
  let text = article;
  inc.update(text);
  const scannedBefore = inc.evidenceCharsScanned;
  const edits: number[] = [];
  const scans: number[] = [];
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let i = 0; i < 60; i++) {
    const at = 40 + rand(text.length - 80);
    text = i % 2 ? text.slice(0, at) + text.slice(at + 1) : `${text.slice(0, at)}x${text.slice(at)}`;
    void text.indexOf('\uffff'); // a flat string, as an editor hands over
    let t0 = process.hrtime.bigint();
    inc.update(text);
    edits.push(Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    dateOrderEvidence(text);
    scans.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const perEdit = (inc.evidenceCharsScanned - scannedBefore) / 60;
  const edit = median(edits);
  const scan = median(scans);
  print(`date-order evidence: ${perEdit.toFixed(0)} characters rescanned per one-character edit in a ${(article.length / 1e6).toFixed(2)} MB article (the whole text, ${article.length}, before: ${(article.length / perEdit).toFixed(0)}× less)`);
  print(`  a whole-text evidence scan (what every edit paid before): median ${scan.toFixed(2)} ms, ${((scan / edit) * 100).toFixed(1)}% of a whole incremental update now (median ${edit.toFixed(2)} ms)`);
}

if (require.main === module) runDateOrderBench((line) => console.log(line));
