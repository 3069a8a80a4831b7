// Human-readable descriptions of normalised values, for hover cards, the tree and exports.
// Pure: the same text in the extension, the CLI and tests.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const QUARTER_MONTHS = ['January–March', 'April–June', 'July–September', 'October–December'];
const PERIOD_UNITS: Record<string, [string, string]> = {
  Y: ['year', 'years'], M: ['month', 'months'], W: ['week', 'weeks'], D: ['day', 'days'],
  H: ['hour', 'hours'], S: ['second', 'seconds'],
};

// Formatters built once: toLocaleString with options builds one per call, which dominated the
// checks of an article with thousands of figures (they run on the editor's thread).
const PLAIN = new Intl.NumberFormat('en-GB');
const FIGURE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });
const CURRENCY = new Map<string, Intl.NumberFormat | null>();

/** Intl's currency format for a three-letter code, or null when Intl does not know the currency. */
function currencyFormat(code: string): Intl.NumberFormat | null {
  let format = CURRENCY.get(code);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, maximumFractionDigits: 2, minimumFractionDigits: 0 });
    } catch {
      format = null;
    }
    CURRENCY.set(code, format);
  }
  return format;
}

function plural(n: number, [one, many]: [string, string]): string {
  return `${PLAIN.format(n)} ${n === 1 ? one : many}`;
}

/** "2025-06-03" → "Tuesday, 3 June 2025"; also months, quarters, halves, weeks, decades, periods, intervals. */
export function describeDate(normalized: string | null | undefined): string {
  if (normalized === null || normalized === undefined || normalized === '') return 'not resolved (relative to an event)';
  const iv = normalized.split('/');
  if (iv.length === 2) return `${describeDate(iv[0])} – ${describeDate(iv[1])}`;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(normalized))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
    return `${WEEKDAYS[wd]}, ${d} ${MONTHS[mo - 1]} ${y}`;
  }
  if ((m = /^--(\d{2})-(\d{2})$/.exec(normalized))) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]} (year unknown)`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(normalized))) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(normalized))) return `Q${m[2]} ${m[1]} (${QUARTER_MONTHS[Number(m[2]) - 1]} ${m[1]})`;
  if ((m = /^(\d{4})-H([12])$/.exec(normalized))) return `${m[2] === '1' ? 'first' : 'second'} half of ${m[1]} (${m[2] === '1' ? 'January–June' : 'July–December'})`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(normalized))) return `week ${Number(m[2])} of ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(normalized))) return `the year ${m[1]}`;
  if ((m = /^(\d{3})X$/.exec(normalized))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})XX$/.exec(normalized))) return `the ${ordinal(Number(m[1]) + 1)} century (${m[1]}00s)`;
  if ((m = /^P(?:(\d+(?:\.\d+)?)([YMWD]))+$/.exec(normalized)) && !normalized.includes('T')) {
    const parts = [...normalized.slice(1).matchAll(/(\d+(?:\.\d+)?)([YMWD])/g)].map((p) => plural(Number(p[1]), PERIOD_UNITS[p[2]]));
    return `a period of ${parts.join(' ')}`;
  }
  return normalized;
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${s}`;
}

function formatNumber(n: number): string {
  return FIGURE.format(n);
}

/** A figure's normalised value with its unit: "US$2,500,000,000", "12%", "3 percentage points". */
export function describeFigure(value: number | [number, number], unit: string): string {
  if (Array.isArray(value)) return `${describeFigure(value[0], unit)} to ${describeFigure(value[1], unit)}`;
  if (unit === '%') return `${formatNumber(value)}%`;
  if (unit === 'pp') return `${formatNumber(value)} percentage point${value === 1 ? '' : 's'}`;
  if (/^[A-Z]{3}$/.test(unit)) {
    const format = currencyFormat(unit);
    return format ? format.format(value) : `${formatNumber(value)} ${unit}`; // null: not a currency Intl knows
  }
  const slash = /^([A-Z]{3})\/(.+)$/.exec(unit);
  if (slash) return `${describeFigure(value, slash[1])} per ${slash[2]}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
