/**
 * HTML to text with the document's structure kept in a form the sectioner
 * reads: headings become Markdown headings, list items "- " lines, table rows
 * tab-separated cells. Scripts, styles and page chrome (nav, footer) are dropped.
 */
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';

const skipped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'head', 'svg', 'button', 'form']);
const blocks = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'aside',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'address',
  'hr',
]);

function inlineText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text;
  if (node.nodeType !== NodeType.ELEMENT_NODE) return '';
  const element = node as HTMLElement;
  const tag = element.tagName?.toLowerCase() ?? '';
  if (skipped.has(tag)) return '';
  if (tag === 'br') return '\n';
  return element.childNodes.map(inlineText).join('');
}

/** Collapses HTML whitespace inside one line of output. */
function clean(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function render(node: Node, out: string[]): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = clean(node.text);
    if (text) out.push(text);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = element.tagName?.toLowerCase() ?? '';
  if (skipped.has(tag)) return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const text = clean(inlineText(element)).replace(/\n/g, ' ');
    if (text) out.push(`\n${'#'.repeat(Number(heading[1]))} ${text}\n`);
    return;
  }
  if (tag === 'li') {
    out.push(`- ${clean(inlineText(element)).replace(/\n/g, ' ')}`);
    return;
  }
  if (tag === 'tr') {
    const cells = element.childNodes
      .filter((c): c is HTMLElement => c.nodeType === NodeType.ELEMENT_NODE && /^(td|th)$/i.test((c as HTMLElement).tagName ?? ''))
      .map((c) => clean(inlineText(c)).replace(/\n/g, ' '));
    if (cells.some((c) => c)) out.push(cells.join('\t'));
    return;
  }
  if (tag === 'p') {
    const text = clean(inlineText(element));
    if (text) out.push(`\n${text}\n`);
    return;
  }
  if (blocks.has(tag)) out.push('\n');
  for (const child of element.childNodes) render(child, out);
  if (blocks.has(tag)) out.push('\n');
}

export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const body = root.querySelector('body') ?? root;
  const out: string[] = [];
  const title = root.querySelector('title');
  if (title && !body.querySelector('h1')) out.push(`${clean(title.text)}\n`);
  render(body, out);
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
