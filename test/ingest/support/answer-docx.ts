/**
 * Two vendors' answers to a customer's security questions, as Word documents
 * built with the `docx` library in the test (no binary fixture): a Japanese
 * セキュリティに関するご質問への回答書 (a cover block, then a 項番 | ご質問 |
 * 回答 | 備考 table, one answer revised with track changes, a reviewer's
 * comment, 社外秘 in the header and page numbers in the footer) and an English
 * Security Addendum response (Heading 1 / Heading 2 sections, a numbered list
 * of commitments, a Control | Our response table, a footnote, a text box,
 * hidden text, an appendix of sub-processors). The vendors, their customers and
 * their sub-processors are fictional.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Footer,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
} from 'docx';
import { wordDocument } from './security-whitepaper-docx.js';

const revision = { author: '品質管理部', date: '2026-02-05T09:00:00Z' };

const cell = (content: string | Paragraph) => new TableCell({ children: [typeof content === 'string' ? new Paragraph(content) : content] });
const row = (cells: Array<string | Paragraph>, tableHeader = false) => new TableRow({ tableHeader, children: cells.map(cell) });

/** What the Japanese answer's comment, tracked deletion, header and footer say: none of it may be read. */
export const answerJaUnread = ['シンガポール', '7日間', '社外秘', 'ページ'];

export function securityAnswerJaDocx(): Promise<Uint8Array> {
  return wordDocument(
    [
      new Paragraph({ style: 'Title', text: 'セキュリティに関するご質問への回答書' }),
      // The addressee is the customer who asked: not the vendor.
      new Paragraph({ alignment: AlignmentType.LEFT, text: '株式会社タチバナ物産　御中' }),
      new Paragraph({ alignment: AlignmentType.RIGHT, text: '回答日：2026年2月10日' }),
      new Paragraph({ alignment: AlignmentType.RIGHT, text: '回答者：株式会社ハゼノキソフト　情報セキュリティ室' }),
      new Paragraph('対象サービス：ハゼノキ経費精算'),
      new Paragraph('貴社よりお送りいただいたセキュリティに関するご質問について、以下のとおり回答いたします。'),
      new Table({
        rows: [
          row(['項番', 'ご質問', '回答', '備考'], true),
          row(['1', 'お客様データの保管場所（国・地域）を教えてください。', '国内のデータセンター（AWS 東京リージョン）に保管しています。', '']),
          row([
            '2',
            'バックアップデータの保管場所を教えてください。',
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('AWS 大阪リージョンに複製して保管しています。'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
            '遠隔地保管',
          ]),
          row(['3', 'バックアップの取得頻度を教えてください。', '日次で取得しています。', '']),
          row([
            '4',
            'バックアップの保存期間を教えてください。',
            new Paragraph({
              children: [
                new TextRun('バックアップ保存期間は'),
                new DeletedTextRun({ id: 1, ...revision, text: '7日間' }),
                new InsertedTextRun({ id: 2, ...revision, text: '14日間' }),
                new TextRun('です。'),
              ],
            }),
            '2025年12月に延長しました。',
          ]),
          row([
            '5',
            '契約終了後のデータの取扱いを教えてください。',
            '契約終了後60日以内にお客様データを削除します。',
            'ご要望に応じて削除証明書を発行します。',
          ]),
          row(['6', 'セキュリティインシデント発生時の連絡体制を教えてください。', '検知から48時間以内にお客様へ通知します。', '']),
          row(['7', '取得している第三者認証を教えてください。', 'ISO/IEC 27001 の認証（登録番号：IS 708812）を取得しています。', '']),
          row(['8', 'ISMAP への登録状況を教えてください。', '今後対応予定', '2027年度中の申請を検討しています。']),
          row([
            '9',
            '再委託の有無を教えてください。',
            '開発業務の一部をベトナムの開発会社に再委託しています。',
            'お客様データへのアクセス権限は付与していません。',
          ]),
          row(['10', 'ログの保存期間を教えてください。', 'アクセスログは1年間保存します。', '']),
          row(['11', '海外拠点からお客様データへアクセスすることはありますか。', '該当なし', '']),
          row(['12', '利用者のパスワード管理について教えてください。', 'パスワードの管理はお客様にて実施いただきます。', '']),
        ],
      }),
      new Paragraph('以上'),
    ],
    {
      comments: ['シンガポールリージョンにも複製していると伺いましたが、記載は不要ですか？'],
      section: {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, text: '社外秘' })] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ['ページ ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
      },
    },
  );
}

/** What the English response's hidden text says: it may not be read. */
export const addendumHidden = ['us-east-1', 'eu-central-1', 'Frankfurt', 'N. Virginia'];

/** The footnote's caveat: read under `# Notes`, never a commitment's value. */
export const addendumFootnote = 'Values may vary for Enterprise customers, whose backups may be retained for up to 90 days.';

const numbered = (text: string | TextRun[]) =>
  new Paragraph({ numbering: { reference: 'commitments', level: 0 }, ...(typeof text === 'string' ? { text } : { children: text }) });

export function securityAddendumResponseDocx(): Promise<Uint8Array> {
  return wordDocument(
    [
      new Paragraph({ style: 'Title', text: 'Security Addendum Response' }),
      new Paragraph('Quillmarsh Analytics Ltd.'),
      new Paragraph('Prepared for: Tallowpine Retail plc'),
      new Paragraph('Service: Quillmarsh Insights'),
      new Paragraph('Version 1.2, 12 March 2026'),

      new Paragraph({ heading: HeadingLevel.HEADING_1, text: '1. Scope' }),
      new Paragraph(
        'This document sets out how Quillmarsh Analytics Ltd. ("Quillmarsh") meets the requirements of the Security Addendum for the Quillmarsh Insights service.',
      ),
      new Textbox({
        style: { width: '3in', height: '0.5in' },
        children: [new Paragraph('Responses are current as of 12 March 2026.')],
      }),

      new Paragraph({ heading: HeadingLevel.HEADING_1, text: '2. Commitments' }),
      new Paragraph('Quillmarsh commits to the following:'),
      numbered([
        new TextRun('Customer Data is hosted on Amazon Web Services in the eu-west-1 (Ireland) region.'),
        new TextRun({ text: ' A replica is kept in us-east-1 (N. Virginia).', vanish: true }),
      ]),
      numbered([new TextRun('Backups are taken daily and retained for 35 days.'), new FootnoteReferenceRun(1)]),
      numbered('Quillmarsh will notify the Customer of a Personal Data Breach without undue delay and in any event within 48 hours of becoming aware of it.'),
      numbered('Customer Data is deleted within 30 days after termination of the Agreement.'),
      numbered("The Customer is responsible for managing its users' access rights."),

      new Paragraph({ heading: HeadingLevel.HEADING_1, text: '3. Controls' }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: '3.1 Technical controls' }),
      new Table({
        rows: [
          row(['Control', 'Our response'], true),
          row(['Encryption in transit', 'All traffic is encrypted with TLS 1.2 or higher.']),
          row(['Encryption at rest', 'Customer Data is encrypted at rest with AES-256.']),
          row(['Certification', 'Quillmarsh is certified to ISO/IEC 27001:2022 (certificate number IS 781203).']),
          row(['Independent audit', 'We are working towards a SOC 2 Type II report, expected in Q4 2026.']),
          row(['Audit logging', 'Audit logs are retained for 12 months.']),
        ],
      }),
      new Paragraph({ heading: HeadingLevel.HEADING_2, text: '3.2 Organisational controls' }),
      new Paragraph('All staff complete security awareness training every year.'),
      // A drafting note formatted as hidden: Word neither shows nor prints it.
      new Paragraph({
        children: [new TextRun({ text: 'Internal note: EU customers move to Frankfurt (eu-central-1) in 2027.', vanish: true })],
      }),

      new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Appendix A. Sub-processors' }),
      new Paragraph('Quillmarsh uses the following sub-processors:'),
      new Table({
        rows: [
          row(['Sub-processor', 'Purpose', 'Location'], true),
          row(['Amazon Web Services EMEA SARL', 'Hosting', 'Ireland']),
          row(['Sendharbor Inc.', 'Transactional email', 'United States']),
          row(['Brackenfield Support Pty Ltd', 'Customer support', 'Australia']),
        ],
      }),
    ],
    {
      footnotes: { 1: addendumFootnote },
      numbering: {
        config: [
          {
            reference: 'commitments',
            levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }],
          },
        ],
      },
    },
  );
}
