/**
 * Security questionnaires as a customer sends them out and a vendor returns them, built with exceljs in the test (no
 * binary fixture). Both carry sheets that are no part of the vendor's answer: the Japanese 調査票 opens with its
 * 記入要領 (how to fill it in) and a 記入例 (the form answered for an invented example company) and ends with the form's
 * own 改訂履歴; the English questionnaire's Evidence sheet lists the documents attached, with their file names and dates.
 * The vendors, ミソサザイ情報技術株式会社 and Wexcombe Systems Ltd, and their products are fictional.
 */
import ExcelJS from 'exceljs';

type Row = readonly [category: string, question: string, answer: string, note: string];

/** The vendor's answers on 調査票, each under its 分類 (merged down its rows). */
export const surveyRows: readonly Row[] = [
  ['データ管理', 'お預かりするデータの保管場所（国・リージョン）', '○', 'Google Cloud 大阪リージョン（asia-northeast2）で保管'],
  ['データ管理', 'バックアップを取得しているか', '○', '東京リージョン（asia-northeast1）へ日次で取得し、14日間保持'],
  ['データ管理', '国外のデータセンターにデータを保管しているか', '×', '米国（us-central1）への保管なし'],
  ['認証・監査', 'ISO/IEC 27001 認証を取得しているか', '○', '登録番号：IS 784512'],
  ['認証・監査', 'ISMAP に登録されているか', '△', '2026年度に登録申請予定'],
  ['認証・監査', 'SOC 2 Type II 報告書を提供できるか', '×', ''],
  ['運用', 'セキュリティインシデント発生時に通知するか', '○', '検知後24時間以内に担当者へメールで通知'],
  ['運用', 'サービスの稼働率目標を定めているか', '○', ''],
  ['運用', 'サーバーの時刻同期を行っているか', '○', 'NICT の公開 NTP サービスと同期'],
];

/** What the 記入例 and 記入要領 sheets and the 改訂履歴 say: an example company's answers and the form's history, never the vendor's. */
export const surveyTraps = ['例示商事', 'サンプル', 'ap-northeast-1', 'AWS 東京', '30日', 'IS 000000', 'C00-0000', '改訂'];

export async function surveyWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();

  const guide = workbook.addWorksheet('記入要領');
  guide.addRow(['取引先 情報セキュリティ調査票 記入要領']);
  guide.addRow([]);
  for (const line of [
    '1. 本調査票は、当社が業務を委託する取引先の情報セキュリティ対策の状況を確認するためのものです。',
    '2. 「調査票」シートの黄色のセルに、会社名、サービス名、回答日を記入してください。',
    '3. 回答欄はプルダウンから ○（対応済み）、×（未対応）、△（一部対応・対応予定）のいずれかを選択してください。',
    '4. 補足欄には、データの保管場所（例：AWS 東京リージョン）や認証の登録番号（例：IS 000000）など、具体的に記入してください。',
    '5. バックアップの保持期間は日数で記入してください（例：30日）。',
    '6. 記入方法は「記入例」シートを参照してください。',
    '7. ご不明な点は、当社購買部 情報セキュリティ担当までお問い合わせください。',
  ])
    guide.addRow([line]);

  const example = workbook.addWorksheet('記入例');
  answerSheet(example, {
    company: '例示商事株式会社（記入例）',
    service: 'サンプルクラウド',
    date: new Date(Date.UTC(2023, 3, 1)),
    rows: [
      ['データ管理', 'お預かりするデータの保管場所（国・リージョン）', '○', 'AWS 東京リージョン（ap-northeast-1）'],
      ['データ管理', 'バックアップを取得しているか', '○', '日次で取得し、30日間保持'],
      ['データ管理', '国外のデータセンターにデータを保管しているか', '×', ''],
      ['認証・監査', 'ISO/IEC 27001 認証を取得しているか', '○', '登録番号：IS 000000'],
      ['認証・監査', 'ISMAP に登録されているか', '○', '登録番号：C00-0000'],
      ['認証・監査', 'SOC 2 Type II 報告書を提供できるか', '○', 'NDA 締結後に提供'],
      ['運用', 'セキュリティインシデント発生時に通知するか', '○', '72時間以内に通知'],
      ['運用', 'サービスの稼働率目標を定めているか', '○', '99.5%'],
      ['運用', 'サーバーの時刻同期を行っているか', '○', 'Amazon Time Sync Service と同期'],
    ],
  });

  const answers = workbook.addWorksheet('調査票');
  const first = answerSheet(answers, {
    company: 'ミソサザイ情報技術株式会社',
    service: 'ミソサザイ請求',
    date: new Date(Date.UTC(2025, 10, 20)),
    rows: surveyRows,
  });
  // The availability target: a formula (1 less the allowed downtime ratio) whose cached result is shown as a percentage.
  const sla = answers.getRow(first + 7).getCell(5);
  sla.value = { formula: '1-0.001', result: 0.999 };
  sla.numFmt = '0.0%';

  const history = workbook.addWorksheet('改訂履歴');
  history.addRow(['版', '改訂日', '改訂内容', '改訂者']);
  history.addRow(['1.0', new Date(Date.UTC(2022, 3, 1)), '初版作成', '購買部']);
  history.addRow(['1.1', new Date(Date.UTC(2023, 9, 2)), 'ISMAP 登録の設問を追加', '購買部']);
  history.addRow(['2.0', new Date(Date.UTC(2024, 11, 16)), 'クラウド利用（AWS・Azure・Google Cloud 等）の設問を改訂、記入例を更新', '情報システム部']);
  for (let r = 2; r <= 4; r++) history.getCell(r, 2).numFmt = 'yyyy/m/d';

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** An answer sheet as 調査票 and 記入例 lay it out; returns the first question's row. */
function answerSheet(sheet: ExcelJS.Worksheet, form: { company: string; service: string; date: Date; rows: readonly Row[] }): number {
  sheet.addRow(['取引先 情報セキュリティ調査票']);
  sheet.mergeCells('A1:E1');
  sheet.addRow([]);
  sheet.addRow(['会社名', form.company]);
  sheet.addRow(['サービス名', form.service]);
  const dated = sheet.addRow(['回答日', form.date]);
  dated.getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
  sheet.addRow([]);
  sheet.addRow(['No', '分類', '質問', '回答(選択)', '補足']);
  const first = sheet.rowCount + 1;
  form.rows.forEach(([category, question, answer, note], i) => {
    // The number is a formula, as forms number their rows, with its cached result.
    const row = sheet.addRow([{ formula: `ROW()-${first - 1}`, result: i + 1 }, category, question, answer, note]);
    row.getCell(4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"○,×,△"'] };
  });
  let from = first;
  form.rows.forEach(([category], i) => {
    const next = form.rows[i + 1]?.[0];
    if (next === category) return;
    const to = first + i;
    if (to > from) sheet.mergeCells(from, 2, to, 2);
    from = to + 1;
  });
  return first;
}

/** The English questionnaire's answers: ID, Domain, Question, Answer, Comments, Evidence ref. */
export const questionnaireRows: ReadonlyArray<readonly [string, string, string, string, string, string]> = [
  ['DL-01', 'Data Location', 'Is customer data hosted with a public cloud provider?', 'Yes', 'Hosted on AWS in eu-west-2 (London).', 'EV-01'],
  [
    'DL-02',
    'Data Location',
    'Are backups stored in a second region?',
    'Yes',
    'Daily snapshots are copied to eu-west-1 (Ireland) and retained for 35 days.',
    'EV-01',
  ],
  ['DL-03', 'Data Location', 'Is customer data replicated to the United States (e.g. us-east-1)?', 'No', '', ''],
  ['CO-01', 'Compliance', 'Do you hold a current ISO/IEC 27001 certification?', 'Yes', 'Certificate number 2419873.', 'EV-02'],
  ['CO-02', 'Compliance', 'Do you have a SOC 2 Type II report?', 'Yes', 'Planned for Q2 2026; readiness assessment under way.', 'EV-03'],
  ['CO-03', 'Compliance', 'Are you PCI DSS compliant?', 'N/A', 'We do not process card data.', ''],
  ['RE-01', 'Resilience', 'Do you commit to an availability target?', 'Yes', '99.95% monthly uptime in the SLA.', ''],
  ['IR-01', 'Incident Response', 'Will you notify customers of a personal data breach?', 'Yes', 'Within 72 hours of confirmation.', 'EV-04'],
  ['OP-01', 'Operations', 'Do servers synchronise their clocks with a trusted time source?', 'Yes', 'Amazon Time Sync Service.', ''],
];

/** What the Evidence sheet names and dates (not its refs, which the Questions sheet prints too): no fact of the product. */
export const evidenceTraps = ['.pdf', '.docx', '2023-06-12', '2024-02-28', '2025-09-30', 'Pen test', 'readiness letter', 'hosting overview', 'DR test'];

export async function vendorQuestionnaireWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();

  const cover = workbook.addWorksheet('Cover');
  cover.addRow(['Vendor Security Questionnaire']);
  cover.addRow([]);
  cover.addRow(['Vendor', 'Wexcombe Systems Ltd']);
  cover.addRow(['Product', 'Wexcombe Ledger']);
  cover.addRow(['Completed by', 'Priya Natarajan, Head of Information Security']);
  const dated = cover.addRow(['Date', new Date(Date.UTC(2025, 10, 14))]);
  dated.getCell(2).numFmt = 'd mmm yyyy';

  const questions = workbook.addWorksheet('Questions');
  questions.addRow(['ID', 'Domain', 'Question', 'Answer (Yes/No/N/A)', 'Comments', 'Evidence ref']);
  for (const row of questionnaireRows) {
    const added = questions.addRow([...row]);
    added.getCell(4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Yes,No,N/A"'] };
  }

  const evidence = workbook.addWorksheet('Evidence');
  evidence.addRow(['Ref', 'Document', 'File name', 'Date']);
  evidence.addRow(['EV-01', 'Architecture and hosting overview', 'wexcombe-architecture-overview.pdf', new Date(Date.UTC(2024, 1, 28))]);
  evidence.addRow(['EV-02', 'ISO/IEC 27001 certificate', 'iso27001-certificate-2023.pdf', new Date(Date.UTC(2023, 5, 12))]);
  evidence.addRow(['EV-03', 'SOC 2 readiness letter', 'soc2-readiness-letter.pdf', new Date(Date.UTC(2025, 8, 30))]);
  evidence.addRow(['EV-04', 'Incident response plan (us-east-1 DR test appendix)', 'incident-response-plan-v4.docx', new Date(Date.UTC(2024, 6, 1))]);
  evidence.addRow(['EV-05', 'Pen test summary', 'pentest-summary-2025.pdf', new Date(Date.UTC(2025, 0, 20))]);

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
