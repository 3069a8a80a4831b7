/** The word without its accents ("Chișinău" → "Chisinau"); ASCII words are returned as they are. */
export function foldAccents(w: string): string {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return w.normalize('NFD').replace(/\p{M}/gu, '');
  return w;
}
