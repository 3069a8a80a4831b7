// One replaced range of a text: what an editor's change amounts to, as the worker's document sync
// sends it and the incremental extractor takes it.
import { commonPrefix, commonSuffix } from './commonAffix';

/** text[start, start + deleteCount) becomes insert. */
export interface TextEdit {
  start: number;
  deleteCount: number;
  insert: string;
}

/** The smallest single edit that turns prev into next (common prefix and suffix). */
export function textEdit(prev: string, next: string): TextEdit {
  const pre = commonPrefix(prev, next);
  const suf = commonSuffix(prev, next, Math.min(prev.length, next.length) - pre);
  return { start: pre, deleteCount: prev.length - suf - pre, insert: next.slice(pre, next.length - suf) };
}

/** Throws unless the edit's range lies within a text of `length` code units. */
export function checkEditFits(edit: TextEdit, length: number): void {
  if (edit.start < 0 || edit.deleteCount < 0 || edit.start + edit.deleteCount > length) throw new RangeError('the edit does not fit the text');
}

export function applyTextEdit(text: string, edit: TextEdit): string {
  checkEditFits(edit, text.length);
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.start + edit.deleteCount);
}
