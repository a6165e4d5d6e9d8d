/**
 * A Japanese 重要事項説明書 for a SaaS contract, as a vendor sends it from Word, built with the `docx` library in the test
 * (no binary fixture): a title, the service and the date, a table of the 事業者の名称・所在地 (the company's office, no
 * place of data), 第N条 articles, one of them a `項目 | 内容` table of the service's platform, data location, backups and
 * handling of data after the contract (one cell revised with track changes: an old region deleted), the customer's duties
 * and a 免責事項 article; the header (the company's name, 社外秘) and the footer (page numbers) are never read. The vendor,
 * 株式会社アオバトシステムズ, and its service are fictional.
 */
import { DeletedTextRun, Footer, Header, InsertedTextRun, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { wordDocument } from './security-whitepaper-docx.js';

const revision = { author: '法務部', date: '2026-02-20T09:00:00Z' };

const cell = (content: string | Paragraph) => new TableCell({ children: [typeof content === 'string' ? new Paragraph(content) : content] });
const row = (cells: Array<string | Paragraph>, tableHeader = false) => new TableRow({ tableHeader, children: cells.map(cell) });

/** What the tracked deletion, the header and the footer say: none of it may be read. */
export const importantMattersUnread = ['シンガポール', 'ap-southeast-1', '社外秘', 'ページ'];

export function importantMattersDocx(): Promise<Uint8Array> {
  return wordDocument(
    [
      new Paragraph({ style: 'Title', text: '重要事項説明書' }),
      new Paragraph('対象サービス：アオバト勤怠クラウド'),
      new Paragraph('2026年3月1日'),
      new Paragraph(
        '当社は、お客様が「アオバト勤怠クラウド」（以下「本サービス」）の利用契約を締結されるにあたり、本サービスに関する重要事項を以下のとおりご説明いたします。',
      ),
      new Paragraph('1. 事業者の概要'),
      new Table({
        rows: [
          row(['項目', '内容'], true),
          row(['事業者の名称', '株式会社アオバトシステムズ']),
          row(['所在地', '〒812-0011 福岡県福岡市博多区博多駅前2丁目1番1号']),
          row(['代表者', '代表取締役 青葉 誠']),
          row(['お問い合わせ窓口', 'サポートセンター（平日9:00〜18:00）']),
        ],
      }),
      new Paragraph('第1条（目的）'),
      new Paragraph('本書は、本サービスの利用契約の締結に先立ち、本サービスの内容及び利用条件のうち重要な事項を説明するものです。'),
      new Paragraph('第2条（サービスの内容）'),
      new Paragraph('本サービスの提供条件は次のとおりです。'),
      new Table({
        rows: [
          row(['項目', '内容'], true),
          row(['サービスの提供基盤', 'Amazon Web Services（AWS）の東京リージョン（ap-northeast-1）']),
          row([
            'データの保管場所',
            new Paragraph({
              children: [
                new TextRun('お客様のデータは、日本国内（AWS 東京リージョン）に保管します。'),
                // The old region the author deleted with track changes on: no longer where data is kept.
                new DeletedTextRun({ id: 1, ...revision, text: 'ログの一部はシンガポールリージョン（ap-southeast-1）にも保管します。' }),
                new InsertedTextRun({ id: 2, ...revision, text: '日本国外にお客様のデータを保管することはありません。' }),
              ],
            }),
          ]),
          row(['バックアップ', 'バックアップは毎日取得し、7世代保持します。バックアップデータは AWS 大阪リージョン（ap-northeast-3）に保管します。']),
          row(['稼働率', '月間稼働率99.5%を目標とします（保証値ではありません）。']),
          row(['契約終了後のデータの取扱い', '契約終了日から30日以内に、お客様のデータを削除します。']),
        ],
      }),
      new Paragraph('第3条（お客様の責任）'),
      new Paragraph('1. ID及びパスワードの管理は、お客様の責任において行っていただきます。'),
      new Paragraph('2. お客様は、必要に応じて本サービスのデータを毎週エクスポートし、お客様の環境に保管してください。'),
      new Paragraph('第4条（免責事項）'),
      new Paragraph('1. 当社は、天災地変、AWS その他の外部事業者の障害等、当社の責に帰さない事由による本サービスの停止について責任を負いません。'),
      new Paragraph('2. 当社が負う損害賠償の額は、損害が発生した月の前12か月間に受領した利用料金の総額を上限とします。'),
      new Paragraph('以上'),
    ],
    {
      section: {
        headers: { default: new Header({ children: [new Paragraph('株式会社アオバトシステムズ　社外秘')] }) },
        footers: {
          default: new Footer({
            children: [new Paragraph({ children: [new TextRun({ children: ['ページ ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })],
          }),
        },
      },
    },
  );
}
