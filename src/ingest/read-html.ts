/**
 * HTML to text with the document's structure kept in a form the sectioner
 * reads: headings become Markdown headings, list items "- " lines, table rows
 * tab-separated cells, and the term of a definition list (`<dt>`) or of an
 * accordion (`<summary>`) a heading one level below the section it is in, so
 * its `<dd>` (or answer) is read under it as a section is under its heading.
 * Scripts, styles and page chrome (nav, footer, a page-level aside, a site banner) are dropped,
 * except a footer's copyright line: on many pages it is the only place the publisher's name is printed.
 */
import { parse, NodeType, type HTMLElement, type Node } from 'node-html-parser';
import { copyrightLine } from './sections.js';
import { isParallelHeader } from './parallel-text.js';

// A `<marquee>` is an old page's news ticker: headlines about other products and events, never this page's statements.
const skipped = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'head', 'svg', 'button', 'form', 'marquee']);

/** A footer's line dating the page: `Last updated 12 August 2025`, `最終更新日：2025年8月12日`. */
const footerDate = /^(?:(?:page\s+)?(?:last\s+)?(?:updated|revised|modified)(?:\s+on)?|(?:最終)?(?:更新|改定|改訂)日?)\s*[:：]?\s*\S/iu;

/**
 * The copyright lines of a footer, and the line dating the page: on many pages the only place the publisher's name or the
 * page's date is printed. Its links, addresses and badges stay chrome.
 */
function copyrightOf(footer: HTMLElement): string[] {
  const lines: string[] = [];
  for (const child of footer.childNodes) render(child, lines, { level: 0, spans: new Map() });
  return lines.flatMap((l) => l.split('\n')).filter((l) => copyrightLine.test(l) || footerDate.test(l.trim()));
}

/** A call to action styled as a button (`<a class="btn">Talk to sales</a>`, `role="button"`): chrome like a `<button>`. */
function isCallToAction(element: HTMLElement): boolean {
  return (
    element.tagName?.toLowerCase() === 'a' &&
    (/(?:^|[\s_-])(?:btn|button|cta)(?:$|[\s_-])/iu.test(element.getAttribute('class') ?? '') || element.getAttribute('role') === 'button')
  );
}
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
  'details',
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
  'center',
]);

/** Inside `<pre>` line breaks are the text's; elsewhere a line break in the source is only white space (an editor's wrap). */
function textOf(node: Node): string {
  for (let p = node.parentNode; p; p = p.parentNode) if (p.tagName?.toLowerCase() === 'pre') return node.text;
  return node.text.replace(/\s+/g, ' ');
}

function inlineText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return textOf(node);
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

/** The level of the last heading written, for the terms of a definition list under it (0 before any heading). */
interface Context {
  level: number;
  /** Cells of the current table that span rows below theirs (`rowspan`), by column: their text and the rows left. */
  spans: Map<number, { text: string; rows: number }>;
  /**
   * The page's `<title>` when it says more than its H1 (`Shared Responsibility Model | X` over `<h1>Shared Responsibility
   * Model</h1>`): a page whose heading is only its kind names the product in the title the browser shows. It is written
   * once, as a line under the H1, so the H1 stays the title and the product is still in the title block.
   */
  pageTitle?: string;
}

/**
 * A row's cells as a reader sees them: a cell spanning rows (`<th rowspan="3">バックアップ</th>`) is repeated at the
 * head of each row it covers, so `保持世代	7世代` still reads `バックアップ	保持世代	7世代` and a row's value stays
 * under its item. A cell spanning columns is one cell, written once.
 */
function rowCells(row: HTMLElement, spans: Context['spans']): string[] {
  const cells: string[] = [];
  let column = 0;
  const carry = () => {
    for (let held = spans.get(column); held; held = spans.get(column)) {
      cells.push(held.text);
      if (--held.rows === 0) spans.delete(column);
      column++;
    }
  };
  for (const c of row.childNodes) {
    if (c.nodeType !== NodeType.ELEMENT_NODE || !/^(td|th)$/i.test((c as HTMLElement).tagName ?? '')) continue;
    const cell = c as HTMLElement;
    carry();
    const text = clean(inlineText(cell)).replace(/\n/g, ' ');
    const rowspan = Number(cell.getAttribute('rowspan') ?? 1);
    const colspan = Math.max(1, Number(cell.getAttribute('colspan') ?? 1) || 1);
    if (rowspan > 1 && text) spans.set(column, { text, rows: Math.min(rowspan, 100) - 1 });
    cells.push(text);
    column += colspan;
  }
  carry();
  return cells;
}

/**
 * An `<aside>` outside the page's main content and article is the page's sidebar (related articles, the company's other
 * products, a newsletter box): chrome like the navigation, about other things than the document. Inside `<main>` or
 * `<article>` it is a note on the content (a callout), and is read.
 */
function isPageSidebar(element: HTMLElement): boolean {
  for (let p = element.parentNode; p; p = p.parentNode) if (/^(?:main|article)$/i.test(p.tagName ?? '')) return false;
  return true;
}

/**
 * An `<aside>` headed as the site's news or related items (`お知らせ`, `新着情報`, `News`, `Related articles`), wherever it
 * stands: a list of other entries and products, none of it about this page's service.
 */
function isNewsBox(element: HTMLElement): boolean {
  const heading = element.querySelector('h1, h2, h3, h4, h5, h6');
  return (
    heading !== null &&
    /^(?:お知らせ|新着(?:情報)?|最新情報|ニュース|関連(?:記事|情報|サービス|リンク)|(?:latest\s+)?news|updates|what'?s new|related(?:\s+(?:articles|posts|products|services|links))?)$/iu.test(
      clean(inlineText(heading)).trim(),
    )
  );
}

function render(node: Node, out: string[], context: Context): void {
  if (node.nodeType === NodeType.TEXT_NODE) {
    const text = clean(textOf(node));
    if (text) out.push(text);
    return;
  }
  if (node.nodeType !== NodeType.ELEMENT_NODE) return;
  const element = node as HTMLElement;
  const tag = element.tagName?.toLowerCase() ?? '';
  if (tag === 'footer' || (tag === 'div' && classTokens(element).some((n) => /^(?:(?:site|page)[-_])?footer$/iu.test(n)))) {
    for (const line of copyrightOf(element)) out.push(`\n${line}\n`);
    return;
  }
  if (skipped.has(tag) || isCallToAction(element)) return;
  if (tag === 'aside' && (isPageSidebar(element) || isNewsBox(element))) return;
  // A site's banner (a `<header>` holding the site's navigation but not the page's `<h1>`): the site's name and tagline,
  // chrome like the navigation itself, never the page's title or product.
  if (tag === 'header' && element.querySelector('nav') && !element.querySelector('h1')) return;
  if (isLinkBar(element)) return;
  // Readers' comments under a wiki page or blog post (`<div id="comments-section">`, `<ol class="comment-list">`): their
  // questions and guesses, not statements of the vendor.
  if (isCommentThread(element)) return;
  // A sidebar drawn with `<div>`s (a wiki's page tree, `class="side-bar"`, `id="sidebar"`) outside the main content is the
  // page's chrome, as an `<aside>` is: the titles of other pages, not this one's text.
  if (tag === 'div' && classTokens(element).some((n) => /(?:^|[-_])(?:side-?bar|page-?tree)(?:$|[-_])/iu.test(n)) && isPageSidebar(element)) return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const text = clean(inlineText(element)).replace(/\n/g, ' ');
    if (text) out.push(`\n${'#'.repeat(Number(heading[1]))} ${text}\n`);
    if (text) context.level = Number(heading[1]);
    if (tag === 'h1' && text && context.pageTitle && context.pageTitle !== text && context.pageTitle.includes(text)) out.push(`\n${context.pageTitle}\n`);
    context.pageTitle = undefined;
    return;
  }
  // A term heads its description (`<dt>バックアップ</dt><dd>…</dd>`, a FAQ's question), and so does the summary of a
  // disclosure widget (an accordion's `<details><summary>question</summary><p>answer</p></details>`): a subheading of the
  // section, so the question is no sentence of the answer's. Before any heading (a title block's `<dt>発行日</dt>`) it
  // stays a line, so the title block keeps it.
  if (tag === 'dl' && isFieldRecord(element)) {
    out.push('\n');
    for (const [term, value] of termPairs(element)) out.push(`${term}\t${value}`);
    out.push('\n');
    return;
  }
  if ((tag === 'dt' || tag === 'summary') && context.level > 0) {
    const text = clean(inlineText(element)).replace(/\n/g, ' ');
    if (text) out.push(`\n${'#'.repeat(Math.min(context.level + 1, 6))} ${text}\n`);
    return;
  }
  if ((tag === 'li' || tag === 'article') && leadsToHeading(element)) {
    renderEntry(element, out, context);
    return;
  }
  if (tag === 'li') {
    out.push(`- ${clean(inlineText(element)).replace(/\n/g, ' ')}`);
    return;
  }
  if (tag === 'tr') {
    const cells = rowCells(element, context.spans);
    if (cells.some((c) => c)) out.push(cells.join('\t'));
    return;
  }
  if (tag === 'table' && isLayoutTable(element)) {
    renderLayoutTable(element, out, context);
    return;
  }
  if (tag === 'table' && renderParallelTable(element, out, context)) return;
  if (tag === 'table') {
    // A table nested in a cell keeps its own spans; the outer table's resume after it.
    const outer = context.spans;
    context.spans = new Map();
    out.push('\n');
    for (const child of element.childNodes) render(child, out, context);
    out.push('\n');
    context.spans = outer;
    return;
  }
  // A block of inline runs only (`<div>Created by <span>A. Person</span>, last modified on …</div>`) is one line of text, as a
  // paragraph is: its spans are no lines of their own.
  if (tag === 'p' || (tag === 'div' && inlineOnly(element))) {
    const text = clean(inlineText(element));
    if (text) out.push(`\n${text}\n`);
    return;
  }
  if (blocks.has(tag)) out.push('\n');
  // Only within a block of its own (a hero `<section>`, a `<header>`), not the page's body: a body whose first paragraph
  // stands over the first `<h1>` (a Word document's Title paragraph over `1. はじめに`) prints its title there.
  for (const child of /^(?:section|header|hgroup|div)$/u.test(tag) ? kickerAfterHeading(element.childNodes) : element.childNodes) render(child, out, context);
  if (blocks.has(tag)) out.push('\n');
}

/**
 * A parallel text (parallel-text.ts): the header row of language names is no text, a row of one cell spanning the columns
 * heads its topic, and every other cell is a paragraph of its own, so one row's translations are no item and value.
 */
function renderParallelTable(table: HTMLElement, out: string[], context: Context): boolean {
  const rows = ownRows(table);
  const header = rows[0] ? ownCells(rows[0]).map((c) => clean(inlineText(c)).replace(/\n/g, ' ')) : [];
  if (!isParallelHeader(header)) return false;
  const level = Math.min(context.level + 1, 6);
  for (const row of rows.slice(1)) {
    const cells = ownCells(row)
      .map((c) => clean(inlineText(c)).replace(/\n/g, ' '))
      .filter(Boolean);
    const spanning = cells.length === 1 && ownCells(row).length === 1 && Number(ownCells(row)[0]!.getAttribute('colspan') ?? 1) >= header.length;
    if (spanning) out.push(`\n${'#'.repeat(level)} ${cells[0]}\n`);
    else for (const cell of cells) out.push(`\n${cell}\n`);
  }
  return true;
}

/** The rows of a table itself, not of the tables nested in its cells. */
function ownRows(table: HTMLElement): HTMLElement[] {
  const rows: HTMLElement[] = [];
  for (const c of table.childNodes) {
    const tag = (c as HTMLElement).tagName?.toLowerCase();
    if (tag === 'tr') rows.push(c as HTMLElement);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...ownRows(c as HTMLElement));
  }
  return rows;
}
function ownCells(row: HTMLElement): HTMLElement[] {
  return row.childNodes.filter((c) => /^(?:td|th)$/i.test((c as HTMLElement).tagName ?? '')) as HTMLElement[];
}

/**
 * A table used for layout, as pages written before CSS layout are (a header table with the logo, a navigation column, a
 * content cell, boxes of `<tr><td>■見出し</td></tr><tr><td>line<br>line</td></tr>`): a cell holds a table of its own, or no
 * row has two cells with text. Such a table is no grid of values: its cells are blocks of the page, read in order, and a
 * `<br>` in them ends a line, where in a data table's cell it is only a wrap. A table of two columns of values is left alone.
 */
function isLayoutTable(table: HTMLElement): boolean {
  const rows = ownRows(table);
  if (rows.length === 0) return false;
  if (rows.some((r) => ownCells(r).some((c) => c.querySelector('table')))) return true;
  return rows.every((r) => ownCells(r).filter((c) => clean(inlineText(c))).length <= 1);
}

/**
 * A layout cell that is mostly links (the navigation column, a header's `サイトマップ｜お問い合わせ｜English`): navigation
 * drawn with a table, chrome as a `<nav>` is. Two links or more and most of the cell's letters theirs.
 */
function isLinkCell(cell: HTMLElement): boolean {
  const links = cell.querySelectorAll('a');
  if (links.length < 2) return false;
  const letters = (text: string) => text.replace(/[\s|｜・●■◆□○>＞<＜»«/、,:：-]/gu, '').length;
  const all = letters(inlineText(cell));
  return all > 0 && links.reduce((n, a) => n + letters(inlineText(a)), 0) / all >= 0.6;
}

function renderLayoutTable(table: HTMLElement, out: string[], context: Context): void {
  for (const row of ownRows(table))
    for (const cell of ownCells(row)) {
      if (isLinkCell(cell)) continue;
      out.push('\n');
      renderFlow(cell.childNodes, out, context);
      out.push('\n');
    }
}

/**
 * Emphasis standing for a heading on a page without heading elements: `<b>■第三者認証</b>` or `<font size="4">■バックアップ</font>`
 * alone on its line. A large font (`size="5"` and up, `+2` and up) is the page's title.
 */
function emphasisLevel(element: HTMLElement): number {
  const tag = element.tagName?.toLowerCase() ?? '';
  if (tag === 'b' || tag === 'strong') return 2;
  if (tag !== 'font') return 0;
  const size = (element.getAttribute('size') ?? '').trim();
  const n = /^\+\d$/u.test(size) ? 3 + Number(size.slice(1)) : Number(size);
  return n >= 5 ? 1 : n === 4 ? 2 : 0;
}

/** The level of a line printed as emphasis only (0 when it is not): the deepest emphasis whose text is the whole line. */
function emphasisHeading(line: string, nodes: Node[]): number {
  let level = 0;
  const visit = (node: Node) => {
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const element = node as HTMLElement;
    const l = emphasisLevel(element);
    if (l > 0 && clean(inlineText(element)).replace(/\n/g, ' ') === line) level = level === 0 ? l : Math.min(level, l);
    element.childNodes.forEach(visit);
  };
  nodes.forEach(visit);
  return level;
}

/**
 * A breadcrumb trail (`ホーム > 製品 > セキュリティへの取り組み`): links to the pages above this one, then its own name. Chrome,
 * and no title: the page's heading follows it.
 */
function isBreadcrumb(line: string, links: Set<string>): boolean {
  const steps = line.split(/\s*[>＞»›]\s*/u);
  return steps.length >= 2 && steps.slice(0, -1).every((s) => links.has(s));
}

/**
 * The content of a layout cell: runs of inline content, each `<br>` ending a line (`・…しています<br>・…しています<br>`: each
 * line is its own statement, though it ends with no `。`), blocks (a nested table, a `<div>`) rendered as blocks. A line
 * that is emphasis only heads what follows, one level below the page's title, and a sentence never runs into it.
 */
function renderFlow(children: Node[], out: string[], context: Context): void {
  let run: Node[] = [];
  const flush = () => {
    let open = '';
    const links = new Set(
      run
        .flatMap((n) => (n.nodeType === NodeType.ELEMENT_NODE ? [n as HTMLElement, ...(n as HTMLElement).querySelectorAll('a')] : []))
        .filter((e) => e.tagName?.toLowerCase() === 'a')
        .map((a) => clean(inlineText(a))),
    );
    for (const line of clean(run.map(inlineText).join('')).split('\n')) {
      if (!line || isBreadcrumb(line, links)) continue;
      const level = line.length <= 60 && !/[。.]$/u.test(line) ? emphasisHeading(line, run) : 0;
      if (level > 0) {
        if (open) out.push(`\n${open}\n`);
        open = '';
        out.push(`\n${'#'.repeat(level)} ${line}\n`);
        context.level = level;
        continue;
      }
      // A line that stops at a comma (`…ご利用いただくため、<br>以下のとおり…`) is one sentence wrapped by hand: it goes on.
      if (open && /[、,]$/u.test(open)) open += line;
      else {
        if (open) out.push(`\n${open}\n`);
        open = line;
      }
    }
    if (open) out.push(`\n${open}\n`);
    run = [];
  };
  for (const child of children) {
    const tag = (child as HTMLElement).tagName?.toLowerCase() ?? '';
    if (child.nodeType === NodeType.ELEMENT_NODE && (blocks.has(tag) || /^h[1-6]$/u.test(tag) || tag === 'li')) {
      flush();
      render(child, out, context);
    } else run.push(child);
  }
  flush();
}

/**
 * A kicker (eyebrow) printed above the page's `<h1>` in the same block (`<p class="eyebrow">クラウド経費精算サービス</p><h1>X</h1>`,
 * `Customer story` over a headline): the page's category, styled to sit over the heading, not its title. Read after the
 * heading, so the heading is the first line and stays the title while the kicker's words stay in the title block. Only
 * short lines that end no sentence count; a paragraph before the heading keeps its place.
 */
function kickerAfterHeading(children: Node[]): Node[] {
  const at = children.findIndex((c) => (c as HTMLElement).tagName?.toLowerCase() === 'h1');
  if (at <= 0) return children;
  const before = children.slice(0, at).filter((c) => c.nodeType === NodeType.ELEMENT_NODE || c.text.trim());
  const kicker = (c: Node) => {
    if (c.nodeType !== NodeType.ELEMENT_NODE || !/^(?:p|span|div|small)$/i.test((c as HTMLElement).tagName ?? '')) return false;
    const text = clean(inlineText(c)).trim();
    return text.length > 0 && text.length <= 40 && !text.includes('\n') && !/[。.!?！？]$/u.test(text);
  };
  if (before.length === 0 || !before.every(kicker)) return children;
  return [children[at]!, ...children.slice(0, at), ...children.slice(at + 1)];
}

/** Each `<dt>` of a definition list with the text of the `<dd>`s after it, on one line. */
function termPairs(element: HTMLElement): [string, string][] {
  const pairs: [string, string][] = [];
  for (const c of element.childNodes) {
    const tag = (c as HTMLElement).tagName?.toLowerCase();
    const text = tag ? clean(inlineText(c as HTMLElement)).replace(/\s*\n\s*/g, ' ') : '';
    if (tag === 'dt') pairs.push([text, '']);
    else if (tag === 'dd' && pairs.length > 0) pairs[pairs.length - 1]![1] = `${pairs[pairs.length - 1]![1]} ${text}`.trim();
  }
  return pairs;
}

/**
 * A certificate's record printed as a definition list (`<dt>登録番号</dt><dd>CLOUD 781264</dd>`, `<dt>有効期限</dt>…`,
 * `Certificate number`): labelled fields of one record, as a table's two-cell rows print them, not subheadings each over
 * a practice. Read as `term<TAB>value` rows, so the fields are read together. Only when a term labels a registration or
 * certificate number and every value is a short value, not a sentence (a page of `<dt>バックアップ</dt><dd>…します。</dd>`
 * keeps its terms as headings).
 */
function isFieldRecord(element: HTMLElement): boolean {
  const pairs = termPairs(element);
  return (
    pairs.length >= 2 &&
    pairs.some(([term]) => /^(?:(?:認証)?登録番号|認証番号|証明書番号|(?:registration|certificate|certification)\s+(?:no\.?|number))$/iu.test(term)) &&
    pairs.every(([term, value]) => term.length <= 30 && value.length > 0 && value.length <= 120 && !/[。.]$/u.test(value))
  );
}

/**
 * A bar of links outside a `<nav>` (a list page's category filter `カテゴリ：すべて / 重要 / 障害`, a pager `1 2 次へ >`):
 * navigation, whose words are no title, product or sentence. Two links or more, and besides them only separators and a
 * label closed by a colon.
 */
function isLinkBar(element: HTMLElement): boolean {
  if (!/^(?:div|p|ul|ol|span)$/i.test(element.tagName ?? '')) return false;
  const links = element.querySelectorAll('a');
  if (links.length < 2 || element.querySelector('h1, h2, h3, h4, h5, h6, table, img')) return false;
  let rest = inlineText(element);
  for (const link of links) rest = rest.replace(inlineText(link), ' ');
  return /^[\s/|｜・,、>＞<＜»«]*(?:[^\s:：]{1,12}[:：])?[\s/|｜・,、>＞<＜»«]*$/u.test(rest);
}

const inlineTags = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'time', 'code', 'abbr', 'sup', 'sub', 'mark', 'br']);

/** Whether an element holds text and inline elements only, at least one of each (a sentence with marked-up names). */
function inlineOnly(element: HTMLElement): boolean {
  const elements = element.childNodes.filter((c) => c.nodeType === NodeType.ELEMENT_NODE) as HTMLElement[];
  const hasText = element.childNodes.some((c) => c.nodeType === NodeType.TEXT_NODE && c.text.trim());
  return hasText && elements.length > 0 && elements.every((c) => inlineTags.has(c.tagName?.toLowerCase() ?? '') && inlineOnlyDeep(c));
}
function inlineOnlyDeep(element: HTMLElement): boolean {
  return element.childNodes.every(
    (c) => c.nodeType !== NodeType.ELEMENT_NODE || (inlineTags.has((c as HTMLElement).tagName?.toLowerCase() ?? '') && inlineOnlyDeep(c as HTMLElement)),
  );
}

/** The words of an element's id and class attributes. */
function classTokens(element: HTMLElement): string[] {
  return `${element.getAttribute('id') ?? ''} ${element.getAttribute('class') ?? ''}`.split(/\s+/u).filter(Boolean);
}

/** A page's comment thread, by its id or class (`comments`, `comments-section`, `comment-list`, `comment-threads`). */
function isCommentThread(element: HTMLElement): boolean {
  return classTokens(element).some((n) => /^(?:comments?|comments?[-_](?:section|area|list|threads?)|comment[-_](?:threads?|list|section))$/iu.test(n));
}

/** The index of an element's first child heading (`<h2>`…`<h6>`), or -1. */
function headingChild(element: HTMLElement): number {
  return element.childNodes.findIndex((c) => /^h[1-6]$/i.test((c as HTMLElement).tagName ?? ''));
}

/** Whether every child before the element's own heading is inline (a `<time>`, a label `<span>`, text), none a block. */
function leadsToHeading(element: HTMLElement): boolean {
  const at = headingChild(element);
  if (at < 0) return false;
  return element.childNodes.slice(0, at).every((c) => c.nodeType !== NodeType.ELEMENT_NODE || !blocks.has((c as HTMLElement).tagName?.toLowerCase() ?? ''));
}

/**
 * An entry of a news or notice list (`<li><time>2025年9月16日</time><span>【機能追加】</span><h2>…</h2><p>…</p></li>`, or
 * an `<article>` laid out so): a section of its own, not a bullet. The date and label printed before its heading are the
 * heading's, so each entry is dated as a change log's entry is (`2025年9月16日 【機能追加】 …`) and its body is read under it.
 */
function renderEntry(element: HTMLElement, out: string[], context: Context): void {
  const at = headingChild(element);
  const heading = element.childNodes[at] as HTMLElement;
  const level = Number(/^h([1-6])$/i.exec(heading.tagName)![1]);
  const lead = element.childNodes.slice(0, at).map(inlineText).join(' ');
  const text = clean(`${lead} ${inlineText(heading)}`.replace(/\n/g, ' '));
  if (text) out.push(`\n${'#'.repeat(level)} ${text}\n`);
  if (text) context.level = level;
  for (const child of element.childNodes.slice(at + 1)) render(child, out, context);
  out.push('\n');
}

export function htmlToText(html: string): string {
  const root = parse(html, { comment: false, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const body = root.querySelector('body') ?? root;
  const out: string[] = [];
  const title = root.querySelector('title');
  // A page without an `<h1>` prints its title in the browser's title bar, unless a large font heads it as its title.
  if (title && !body.querySelector('h1') && !body.querySelectorAll('font').some((f) => emphasisLevel(f) === 1)) out.push(`${clean(title.text)}\n`);
  render(body, out, { level: 0, spans: new Map(), ...(title ? { pageTitle: clean(title.text) } : {}) });
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
