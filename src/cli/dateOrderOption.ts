// `--date-order dmy|mdy`, shared by extract, check and export: the day-month order of numeric dates
// such as 03/04/2026 (as the editor's policyLens.dateOrder setting; an article's front matter still wins).
import { dateOrderOfChoice, type DateOrder } from '../core/extract';

export const DATE_ORDER_FLAG = '--date-order';

/** The order, or why the value is unusable. */
export function parseDateOrderOption(value: string): DateOrder | string {
  const order = value === 'dmy' || value === 'mdy' ? dateOrderOfChoice(value) : null;
  return order ?? `${DATE_ORDER_FLAG} must be dmy or mdy, got ${JSON.stringify(value)}`;
}
