// The part of a document an editor shows, in offsets: what long articles are analysed and marked around.
import type * as vscode from 'vscode';
import type { TextSpan } from '../view';

/** From the first visible range's start to the last one's end; undefined when the editor shows none. */
export function shownSpan(editor: vscode.TextEditor): TextSpan | undefined {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return undefined;
  return { start: editor.document.offsetAt(ranges[0].start), end: editor.document.offsetAt(ranges[ranges.length - 1].end) };
}
