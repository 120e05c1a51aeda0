import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Markup parsed with htmlparser2: XML (TTML, YouTube's timed text) strictly as XML, HTML as a
 * browser would (void `<br>`, named entities). Elements and attributes are found by their local
 * name, so `<tt:p>` and `<p>`, `ttm:agent` and `agent` are one.
 */
export function parseMarkup(text: string, xml: boolean): ChildNode[] {
  return parseDocument(text, xml ? { xmlMode: true } : {}).children;
}

export function localName(element: Element): string {
  return element.name.slice(element.name.indexOf(':') + 1).toLowerCase();
}

export function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** The attribute with this local name (`begin`, or `ttm:agent` for `agent`), or null. */
export function attribute(element: Element, name: string): string | null {
  for (const [key, value] of Object.entries(element.attribs)) {
    if (key === name || key.endsWith(`:${name}`)) return value;
  }
  return null;
}

/** Every element with this local name under `nodes`, in document order. */
export function elementsNamed(nodes: ChildNode[], name: string): Element[] {
  const found: Element[] = [];
  const visit = (list: ChildNode[]) => {
    for (const node of list) {
      if (!isElement(node)) continue;
      if (localName(node) === name) found.push(node);
      visit(node.children);
    }
  };
  visit(nodes);
  return found;
}

export function childElements(element: Element): Element[] {
  return element.children.filter(isElement);
}

/** The text of an element as a reader sees it: a `<br>` is a space, scripts and styles are not text. */
export function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || node.type !== 'tag') return '';
  if (localName(node) === 'br') return ' ';
  return node.children.map(textOf).join('');
}
