// Text for notifications. VS Code turns `[label](command:…)` (and web or file links) in a
// notification into something clickable, and values from sidecars can reach messages: break the
// link syntax, keep the words; one line.

export function plainNotice(text: string): string {
  return text.replace(/\r?\n|\r/g, ' ').replace(/\]\s*\(/g, '] (');
}
