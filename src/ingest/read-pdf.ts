/**
 * The text layer of a PDF, page by page, one output line per PDF text line.
 * unpdf ships a serverless build of Mozilla's pdf.js: pure JavaScript, no
 * worker file, fonts or native code to download. A PDF without a text layer
 * (a scan) yields no text, and the CLI says so instead of proposing nothing silently.
 */
import { getDocumentProxy } from 'unpdf';

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes);
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let line = '';
      let lastY: number | undefined;
      const lines: string[] = [];
      for (const item of content.items as TextItem[]) {
        if (typeof item.str !== 'string') continue;
        const y = item.transform?.[5];
        const size = Math.abs(item.transform?.[3] ?? 10) || 10;
        if (lastY !== undefined && y !== undefined && Math.abs(y - lastY) > 2) {
          if (line) lines.push(line);
          line = '';
          // A gap taller than a line and a half is a paragraph break: keep it as a blank line, as headings are found by it.
          if (Math.abs(y - lastY) > size * 1.6) lines.push('');
        }
        line += item.str;
        if (y !== undefined) lastY = y;
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      if (line) lines.push(line);
      pages.push(
        lines
          .map((l) => l.trimEnd())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n'),
      );
      page.cleanup();
    }
  } finally {
    await pdf.cleanup();
  }
  return `${pages.join('\n\n')}\n`;
}
