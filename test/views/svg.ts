/** The chart as an XML parser sees it: parsing stops at the first error, as a strict reader does. */
import { DOMParser, onErrorStopParsing, type Document, type Element } from '@xmldom/xmldom';

export function parseSvg(svg: string): Document {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(svg, 'image/svg+xml');
}

/** The elements named `tag` under the element of class `className` (one a panel). */
export function within(document: Document, className: string, tag: string): Element[] {
  const groups = Array.from(document.getElementsByTagName('g')).filter((g) => g.getAttribute('class')?.split(' ').includes(className));
  if (groups.length !== 1) throw new Error(`expected one group of class ${className}, found ${groups.length}`);
  return Array.from(groups[0]!.getElementsByTagName(tag));
}
