/**
 * A Japanese security whitepaper as a vendor sends it from Word, built with
 * the `docx` library in the test (no binary fixture): a title, a date and
 * version line, Heading 1 and Heading 2 sections stored as a Japanese Word
 * stores them (style ids `1`, `2` named `heading 1`, `heading 2`), a table
 * whose category cell is merged down its rows, a bulleted list, a text box, a
 * footnote, and what a reader of the document never reads as its text: a
 * reviewer's comment, a tracked deletion, and the header and footer
 * (`社外秘`, page numbers), each holding a trap (a region or a value the
 * service does not have). The vendor, 株式会社ミサゴテック, and its product are
 * fictional.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  type INumberingOptions,
  type ISectionOptions,
} from 'docx';

/** What the comment, the tracked deletion, the header and the footer say: none of it may be read. */
export const unreadTraps = ['米国リージョンに移行予定？', '米国東部リージョン（East US）', '社外秘', 'ページ'];

/** The footnote, read after the body under `# 脚注`. */
export const footnoteText = '認証範囲は「ミサゴ契約管理」の開発、運用及び保守です。';

const revision = { author: '校閲者', date: '2025-08-20T10:00:00Z' };

/** Paragraph styles as a Japanese Word writes them in styles.xml: localised ids, the built-in English names. */
const headingStyles = [1, 2].map((level) => ({
  id: String(level),
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { bold: true, size: level === 1 ? 32 : 26 },
  paragraph: { outlineLevel: level - 1 },
}));

const heading = (level: 1 | 2, text: string) => new Paragraph({ style: String(level), text });
const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });

/** A .docx of one section of the given paragraphs and tables, with Japanese Word's heading styles, comments and footnotes. */
export async function wordDocument(
  children: ISectionOptions['children'],
  options: {
    footnotes?: Record<number, string>;
    comments?: string[];
    section?: Omit<ISectionOptions, 'children'>;
    /** More paragraph styles, by id and name. */
    styles?: Array<{ id: string; name: string }>;
    /** Numbered-list definitions, for paragraphs that say `numbering: { reference, level }`. */
    numbering?: INumberingOptions;
  } = {},
): Promise<Uint8Array> {
  const document = new Document({
    styles: { paragraphStyles: [...headingStyles, ...(options.styles ?? []).map((style) => ({ ...style, basedOn: 'Normal', next: 'Normal' }))] },
    comments: {
      children: (options.comments ?? []).map((text, id) => ({
        id,
        author: '校閲者',
        initials: 'K',
        date: new Date(revision.date),
        children: [new Paragraph(text)],
      })),
    },
    footnotes: Object.fromEntries(Object.entries(options.footnotes ?? {}).map(([id, text]) => [id, { children: [new Paragraph(text)] }])),
    sections: [{ ...options.section, children }],
    ...(options.numbering ? { numbering: options.numbering } : {}),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

export function securityWhitepaperDocx(): Promise<Uint8Array> {
  return wordDocument(
    [
      // The title block: Word's Title style has no HTML mapping, so it reads as the first line, as a cover does.
      new Paragraph({ style: 'Title', text: 'ミサゴ契約管理 セキュリティホワイトペーパー' }),
      new Paragraph('株式会社ミサゴテック（Misago Tech Inc.）'),
      new Paragraph('第2.1版　2025年9月1日'),

      heading(1, '1. はじめに'),
      new Paragraph('本書は、クラウドサービス「ミサゴ契約管理」のセキュリティ対策について説明するものです。'),
      // A callout in a text box: printed on the page, so read where it is anchored.
      new Textbox({
        style: { width: '3in', height: '0.5in' },
        children: [new Paragraph('本書の記載内容は2025年9月1日時点のものです。')],
      }),

      heading(1, '2. データの保管場所'),
      new Paragraph({
        children: [
          new CommentRangeStart(0),
          new TextRun('お客様のデータは、Azure の東日本リージョン（東京・埼玉）に保管します。'),
          new CommentRangeEnd(0),
          new TextRun({ children: [new CommentReference(0)] }),
          // A sentence the author deleted with track changes on: Word shows it struck through until accepted.
          new DeletedTextRun({ id: 1, ...revision, text: '一部のログは米国東部リージョン（East US）にも保管します。' }),
          new InsertedTextRun({ id: 2, ...revision, text: '国外のデータセンターにお客様のデータを保管することはありません。' }),
        ],
      }),
      heading(2, '2.1 災害対策'),
      new Paragraph('バックアップデータは、西日本リージョン（大阪）にも複製して保管します。'),

      heading(1, '3. バックアップ'),
      new Paragraph('バックアップの取得状況は次のとおりです。'),
      new Table({
        rows: [
          new TableRow({ tableHeader: true, children: [cell('分類'), cell('項目'), cell('内容')] }),
          new TableRow({ children: [cell('バックアップ', 2), cell('取得頻度'), cell('日次')] }),
          new TableRow({ children: [cell('保持世代'), cell('14世代')] }),
        ],
      }),

      heading(1, '4. 第三者認証'),
      new Paragraph({
        children: [new TextRun('当社は ISO/IEC 27001 の認証（登録番号：IS 765432）を取得しています。'), new FootnoteReferenceRun(1)],
      }),
      new Paragraph('主なセキュリティ対策は次のとおりです。'),
      new Paragraph({ text: '通信は TLS 1.2 以上で暗号化しています。', bullet: { level: 0 } }),
      new Paragraph({ text: '保存データは AES-256 で暗号化しています。', bullet: { level: 0 } }),

      heading(1, '5. 運用'),
      heading(2, '5.1 インシデント発生時の通知'),
      new Paragraph('お客様に影響するセキュリティインシデントが発生した場合、検知から24時間以内にお客様へ通知します。'),
      heading(2, '5.2 契約終了後のデータ削除'),
      new Paragraph('契約終了後、お客様のデータは30日以内に削除します。'),
    ],
    {
      footnotes: { 1: footnoteText },
      comments: ['米国リージョンに移行予定？'],
      section: {
        headers: { default: new Header({ children: [new Paragraph('社外秘')] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ['ページ ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
      },
    },
  );
}
