// W3C Web Annotation (JSON-LD): one AnnotationCollection with one page of Annotations, each
// targeting its article with a TextQuoteSelector and a TextPositionSelector. The Web Annotation
// model counts positions in code points (Unicode characters), not JavaScript's UTF-16 units.
import { CodePoints } from './codePoints';
import { kept, type ExchangeArticle, type ExchangeRow } from './rows';

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging';
  body: { type: 'TextualBody'; purpose: 'tagging' | 'describing'; value: string }[];
  target: {
    source: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  'policy-lens:decision'?: string;
}

function annotation(a: ExchangeArticle, r: ExchangeRow, n: number, cp: CodePoints): W3cAnnotation {
  const body: W3cAnnotation['body'] = [{ type: 'TextualBody', purpose: 'tagging', value: `${r.kind}/${r.type}` }];
  if (r.meaning) body.push({ type: 'TextualBody', purpose: 'describing', value: r.meaning });
  const out: W3cAnnotation = {
    id: `urn:policy-lens:${encodeURI(a.article)}#${n}`,
    type: 'Annotation',
    motivation: 'tagging',
    body,
    target: {
      source: a.article,
      selector: [
        { type: 'TextQuoteSelector', exact: r.text, prefix: r.prefix, suffix: r.suffix },
        { type: 'TextPositionSelector', start: cp.toCodePoint(r.start), end: cp.toCodePoint(r.end) },
      ],
    },
  };
  if (r.decision) out['policy-lens:decision'] = r.decision;
  return out;
}

export function toW3c(articles: readonly ExchangeArticle[]): string {
  const items = articles.flatMap((a) => {
    const cp = new CodePoints(a.text);
    return kept(a.rows).map((r, i) => annotation(a, r, i + 1, cp));
  });
  const collection = {
    '@context': [W3C_CONTEXT, { 'policy-lens': 'https://github.com/policy-lens/policy-lens#' }],
    type: 'AnnotationCollection',
    label: 'Policy Lens annotations',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}
