// Hostile input shapes for the extraction engine: each is ONE paragraph (no blank line) of about
// `chars` characters, the shapes that tables pasted from PDFs, OCR output, all-caps annexes and
// transcripts produce. Shared by the linearity test (step counts) and the bench (times).

/** A deterministic word stream: capitalised pseudo-words that are in no list ("Bab Cab Dab …"). */
function pseudoWord(i: number, upper: boolean): string {
  const c = 'bcdfghjklmnprstvz';
  const v = 'aeiou';
  let w = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / 17)) w += c[n % 17] + v[n % 5];
  w += c[(i * 7) % 17];
  return upper ? w.toUpperCase() : w[0].toUpperCase() + w.slice(1);
}

function repeatTo(chars: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const p = piece(i);
    parts.push(p);
    size += p.length;
  }
  return parts.join('').slice(0, chars);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const HOSTILE_SHAPES: Readonly<Record<string, (chars: number) => string>> = {
  capitalised: (n) => repeatTo(n, (i) => pseudoWord(i, false) + ' '),
  allCaps: (n) => repeatTo(n, (i) => pseudoWord(i, true) + ' '),
  oneLetter: (n) => repeatTo(n, () => 'A '),
  months: (n) => repeatTo(n, (i) => MONTHS[i % 12] + ' '),
  andChain: (n) => repeatTo(n, (i) => pseudoWord(i, false) + ' and '),
  ofTheChain: (n) => repeatTo(n, (i) => pseudoWord(i, false) + ' of the '),
  titleWords: (n) => repeatTo(n, (i) => (i % 3 === 2 ? 'minister ' : i % 3 ? 'deputy ' : 'former ')),
  numbers: (n) => repeatTo(n, (i) => `${(i % 997) + 1},${String(i % 1000).padStart(3, '0')}.5 `),
  slashCaps: (n) => repeatTo(n, () => 'AB/'),
  // All-caps words joined by hyphens or apostrophes, as in a dateline ("PORT-AU-PRINCE") but without end.
  hyphenCaps: (n) => repeatTo(n, (i) => `${pseudoWord(i % 50, true)}${i % 5 === 4 ? "'" : '-'}`),
  fiscalYears: (n) => repeatTo(n, (i) => `Revenue rose in FY${2000 + (i % 90)}-${String((i % 90) + 1).padStart(2, '0')} and `),
  currency: (n) => repeatTo(n, (i) => `$${(i % 90) + 10} €${i % 7}bn £ `),
  // A currency word several states share, and a state to choose it by, in one sentence without end.
  sharedCurrency: (n) => repeatTo(n, (i) => `${(i % 90) + 10} pesos to Chile and `),
  quotesParens: (n) => repeatTo(n, (i) => `("${pseudoWord(i, false)}" '${pseudoWord(i + 1, false)}') `),
  initials: (n) => repeatTo(n, (i) => (i % 2 ? 'J.-P. ' : 'A.B. ') + pseudoWord(i, false) + ' '),
  noSpaces: (n) => repeatTo(n, (i) => pseudoWord(i, false) + (i % 3 ? '' : '.')),
  nameList: (n) => repeatTo(n, (i) => `${pseudoWord(2 * i, false)} ${pseudoWord(2 * i + 1, false)}, `),
  // Counts before capitalised words on one long line, as a heading would have them ("rose 12 Troops"): no line start near.
  headingCounts: (n) => repeatTo(n, (i) => `rose ${(i % 90) + 10} Troops `),
  // One long list of names ending in "and …", every fourth item a country (so no list of people).
  refusedNameList: (n) => `${repeatTo(n - 12, (i) => (i % 4 === 3 ? 'South Africa, ' : `${pseudoWord(2 * i, false)} ${pseudoWord(2 * i + 1, false)}, `)).replace(/[^,]*$/, ' ')}and Bab Cab.`,
};
