/**
 * Plain text written in a lightweight markup other than Markdown, as documentation tools keep whitepapers: reStructuredText
 * (titles underlined, or over- and underlined, with a line of one punctuation character; `.. code-block::` directives and
 * `::` literal blocks) and AsciiDoc (`= Title`, `== Section`; `[source,json]` block attributes over `----` listing blocks;
 * `|===` tables of `|` cells). Every other rule reads Markdown's layout, so such a text is read as its Markdown rendering,
 * the way the HTML reader reads a page: a title as a `#` heading; a code or listing block (an example configuration: its
 * `region: us-west-2` is no place the service runs) left out, its line breaks kept; a block attribute or block title line
 * (markup, not prose) left out; an AsciiDoc table's row as one `| cell | cell |` line, so a label and its value are read
 * together. Any other text is returned as it is: a detected style needs two of its section titles.
 */

/** An RST adornment line: one punctuation character repeated (`=====`, `-----`, `~~~~`). */
const adornment = /^([=\-~^"'`#*+:.])\1{2,}\s*$/u;
const asciidocSection = /^(={1,6})\s+(\S.*)$/u;

/** RST section titles: a line of text over an adornment line at least as wide (an overline too, for a title). */
function rstTitles(lines: readonly string[]): Map<number, { level: number; over: boolean }> {
  const titles = new Map<number, { level: number; over: boolean }>();
  const styles: string[] = [];
  lines.forEach((line, i) => {
    const under = lines[i + 1];
    const text = line.trim();
    if (!text || adornment.test(line) || under === undefined || !adornment.test(under) || under.trim().length < text.length) return;
    if (i > 0 && lines[i - 1]!.trim() && !adornment.test(lines[i - 1]!)) return;
    const over = i > 0 && adornment.test(lines[i - 1]!) && lines[i - 1]!.trim()[0] === under.trim()[0];
    const style = `${over ? 'o' : ''}${under.trim()[0]}`;
    if (!styles.includes(style)) styles.push(style);
    titles.set(i, { level: styles.indexOf(style) + 1, over });
  });
  return titles;
}

function rstText(lines: string[]): string {
  const titles = rstTitles(lines);
  const out = [...lines];
  for (const [i, { level, over }] of titles) {
    out[i] = `${'#'.repeat(Math.min(level, 6))} ${lines[i]!.trim()}`;
    out[i + 1] = '';
    if (over) out[i - 1] = '';
  }
  // A code block or literal block (`.. code-block:: yaml`, `.. code::`, a paragraph ending `::`): its indented body is left out.
  for (let i = 0; i < out.length; i++) {
    const opener = /^\s*\.\.\s+(?:code-block|code|sourcecode|literalinclude)::/u.test(out[i]!) || /(?<!^\s*\.\.\s.*)::\s*$/u.test(out[i]!);
    if (!opener) continue;
    if (/^\s*\.\.\s/u.test(out[i]!)) out[i] = '';
    for (let j = i + 1; j < out.length && (!out[j]!.trim() || /^\s/u.test(out[j]!)); j++) out[j] = '';
  }
  return out.join('\n');
}

function asciidocText(lines: string[]): string {
  const out: string[] = [];
  let delimiter: string | undefined;
  let table = false;
  const flushRow = (row: string[]) => (row.length ? `| ${row.join(' | ')} |` : '');
  let row: string[] = [];
  for (const line of lines) {
    if (delimiter !== undefined) {
      out.push('');
      if (line.trim() === delimiter) delimiter = undefined;
      continue;
    }
    if (table) {
      if (/^\|===\s*$/u.test(line)) {
        out.push(flushRow(row));
        row = [];
        table = false;
        continue;
      }
      // A blank line ends a row written one cell per line; a line of cells (`|a |b`) is a row of its own.
      if (!line.trim()) {
        out.push(flushRow(row));
        row = [];
        continue;
      }
      const cells = line.startsWith('|')
        ? line
            .slice(1)
            .split('|')
            .map((c) => c.trim())
        : [line.trim()];
      if (line.startsWith('|') && cells.length > 1) {
        out.push(flushRow(row));
        row = [];
        out.push(flushRow(cells));
      } else {
        row.push(...cells);
        out.push('');
      }
      continue;
    }
    // A listing, literal or comment block (`----`, `....`, `////`): an example, not the publisher's statement.
    if (/^(?:-{4,}|\.{4,}|\/{4,})\s*$/u.test(line)) {
      delimiter = line.trim();
      out.push('');
      continue;
    }
    if (/^\|===\s*$/u.test(line)) {
      table = true;
      out.push('');
      continue;
    }
    const section = asciidocSection.exec(line);
    if (section) {
      out.push(`${'#'.repeat(section[1]!.length)} ${section[2]}`);
      continue;
    }
    // A block attribute line (`[source,json]`, `[cols="1,2"]`) or a block title (`.Service levels`): markup over a block.
    if (/^\[[^\]\n]*\]\s*$/u.test(line) || /^\.[^\s.]/u.test(line)) {
      out.push('');
      continue;
    }
    out.push(line);
  }
  return out.join('\n');
}

/** The text as its Markdown rendering when it is written in reStructuredText or AsciiDoc; any other text as it is. */
export function lightweightMarkupText(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((l) => asciidocSection.test(l) && /^={2,}/u.test(l)).length >= 2 && !lines.some((l) => /^#{1,6}\s/u.test(l))) return asciidocText(lines);
  if (rstTitles(lines).size >= 2) return rstText(lines);
  return text;
}
