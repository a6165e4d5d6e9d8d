/**
 * Words and template sentences for synthetic vendors: Japanese company and
 * product names, and the Japanese sentences their whitepapers "say" about
 * infrastructure, sub-processors, certificates and time sources. Real
 * Japanese words (データ, 保管, 削除, バックアップ...) make a search in
 * Japanese behave as it would on real whitepapers: common words hit many
 * records, rare ones few.
 *
 * Everything here is made up; nothing describes a real company.
 */
import type { Random } from './random.js';

/** First half of a brand name, with its romanisation for the English name. */
const brandHeads: ReadonlyArray<readonly [string, string]> = [
  ['サクラ', 'Sakura'],
  ['ミライ', 'Mirai'],
  ['ヒカリ', 'Hikari'],
  ['アオバ', 'Aoba'],
  ['ツバサ', 'Tsubasa'],
  ['ソラ', 'Sora'],
  ['ハヤテ', 'Hayate'],
  ['コスモ', 'Cosmo'],
  ['アスカ', 'Asuka'],
  ['ミナト', 'Minato'],
  ['カエデ', 'Kaede'],
  ['ヤマト', 'Yamato'],
  ['スバル', 'Subaru'],
  ['ホクト', 'Hokuto'],
  ['イロハ', 'Iroha'],
  ['アカネ', 'Akane'],
  ['コハク', 'Kohaku'],
  ['シズク', 'Shizuku'],
  ['ハルカ', 'Haruka'],
  ['ユウキ', 'Yuki'],
  ['リンドウ', 'Rindo'],
  ['ワカバ', 'Wakaba'],
  ['ツムギ', 'Tsumugi'],
  ['ナギサ', 'Nagisa'],
  ['トキワ', 'Tokiwa'],
  ['カナデ', 'Kanade'],
  ['ヒビキ', 'Hibiki'],
  ['マドカ', 'Madoka'],
  ['ミズホ', 'Mizuho'],
  ['アサヒ', 'Asahi'],
];

const brandTails: ReadonlyArray<readonly [string, string]> = [
  ['ネクスト', 'Next'],
  ['ワークス', 'Works'],
  ['クラウド', 'Cloud'],
  ['ラボ', 'Lab'],
  ['テック', 'Tech'],
  ['システムズ', 'Systems'],
  ['ソリューションズ', 'Solutions'],
  ['デジタル', 'Digital'],
  ['ネット', 'Net'],
  ['リンク', 'Link'],
  ['ソフト', 'Soft'],
  ['データ', 'Data'],
  ['ロジック', 'Logic'],
  ['ブリッジ', 'Bridge'],
  ['ゲート', 'Gate'],
  ['フロー', 'Flow'],
  ['ポート', 'Port'],
  ['スクエア', 'Square'],
  ['ビズ', 'Biz'],
  ['ウェア', 'Ware'],
  ['コネクト', 'Connect'],
  ['サイン', 'Sign'],
  ['ノート', 'Note'],
  ['ベース', 'Base'],
  ['ライン', 'Line'],
];

const places: ReadonlyArray<readonly [string, string]> = [
  ['', ''],
  ['東京', 'Tokyo'],
  ['大阪', 'Osaka'],
  ['名古屋', 'Nagoya'],
  ['札幌', 'Sapporo'],
  ['福岡', 'Fukuoka'],
  ['仙台', 'Sendai'],
  ['広島', 'Hiroshima'],
  ['京都', 'Kyoto'],
  ['横浜', 'Yokohama'],
  ['神戸', 'Kobe'],
  ['北陸', 'Hokuriku'],
  ['四国', 'Shikoku'],
  ['沖縄', 'Okinawa'],
];

const brandCombinations = brandHeads.length * brandTails.length * places.length;
/** Coprime with the number of combinations, so consecutive vendors get unrelated but distinct names. */
const nameStride = 7919;

export interface Brand {
  ja: string;
  en: string;
  companyJa: string;
  companyEn: string;
}

/** A distinct brand for each vendor index (up to 10,500 vendors; beyond that a number is appended). */
export function brandFor(index: number, seed: number): Brand {
  const combination = (index * nameStride + seed) % brandCombinations;
  const [headJa, headEn] = brandHeads[combination % brandHeads.length]!;
  const [tailJa, tailEn] = brandTails[Math.floor(combination / brandHeads.length) % brandTails.length]!;
  const [placeJa, placeEn] = places[Math.floor(combination / (brandHeads.length * brandTails.length))]!;
  const round = Math.floor(index / brandCombinations);
  const suffix = round > 0 ? String(round + 1) : '';
  const ja = `${headJa}${tailJa}${suffix}`;
  const en = `${headEn}${tailEn}${suffix}`;
  return {
    ja,
    en,
    companyJa: `株式会社${placeJa}${ja}`,
    companyEn: `${placeEn ? `${placeEn} ` : ''}${en} Co., Ltd.`,
  };
}

export interface Product {
  ja: string;
  en: string;
  category: string;
  /** What a dependent service uses it for, as a sub-processor table would say. */
  functionJa: string;
  functionEn: string;
  dataShared: string;
}

const product = (ja: string, en: string, category: string, functionJa: string, functionEn: string, dataShared: string): Product => ({
  ja,
  en,
  category,
  functionJa,
  functionEn,
  dataShared,
});

/** What platform vendors (tier 0) sell: the sub-processors many services share. */
export const platformProducts: readonly Product[] = [
  product('メール配信API', 'Mail API', 'メール配信サービス', 'メール送信', 'e-mail sending', 'メールアドレス、送信日時'),
  product('SMS送信', 'SMS', 'SMS 送信サービス', 'SMS 送信', 'SMS sending', '電話番号、送信内容'),
  product('決済代行', 'Payments', '決済代行サービス', 'クレジットカード決済', 'card payments', '氏名、決済金額、カード情報のトークン'),
  product('ID認証基盤', 'ID', 'IDaaS', 'シングルサインオン認証', 'single sign-on', '利用者 ID、メールアドレス'),
  product('オブジェクトストレージ', 'Storage', 'ストレージサービス', '添付ファイルの保管', 'file storage', '添付ファイル'),
  product('CDN', 'CDN', 'コンテンツ配信サービス', '静的コンテンツの配信', 'content delivery', 'アクセスログ'),
  product('ログ監視', 'Monitor', '監視サービス', 'ログ収集と監視', 'log collection and monitoring', 'アクセスログ、エラーログ'),
  product('帳票エンジン', 'Forms', '帳票サービス', '帳票の PDF 出力', 'PDF report output', '帳票データ'),
  product('全文検索', 'Search', '検索サービス', '全文検索', 'full-text search', '文書データ'),
  product('プッシュ通知', 'Push', '通知サービス', 'プッシュ通知の配信', 'push notifications', '端末トークン、通知内容'),
];

/** What every other vendor sells. */
export const businessProducts: readonly Product[] = [
  product('勤怠管理', 'Attendance', '勤怠管理クラウドサービス', '勤怠データの連携', 'attendance data exchange', '氏名、勤怠記録'),
  product('経費精算', 'Expense', '経費精算クラウドサービス', '経費データの連携', 'expense data exchange', '氏名、申請内容、領収書画像'),
  product('電子契約', 'Sign', '電子契約サービス', '電子署名', 'electronic signatures', '契約書ファイル、署名者情報'),
  product('人事評価', 'Review', '人事考課クラウドサービス', '評価データの連携', 'appraisal data exchange', '氏名、評価情報'),
  product('顧客管理', 'CRM', '顧客管理クラウドサービス', '顧客情報の同期', 'customer data sync', '顧客名、連絡先'),
  product('ワークフロー', 'Flow', 'ワークフローサービス', '承認ワークフロー', 'approval workflows', '申請内容、承認者'),
  product('ファイル共有', 'Share', 'ファイル共有サービス', 'ファイルの共有', 'file sharing', 'ファイル'),
  product('Web会議', 'Meet', 'Web 会議サービス', 'オンライン会議', 'online meetings', '会議情報、参加者名'),
  product('ビジネスチャット', 'Chat', 'ビジネスチャット', 'チャット通知', 'chat notifications', 'メッセージ'),
  product('請求書発行', 'Invoice', '請求書発行サービス', '請求書の発行', 'invoicing', '請求先、請求金額'),
  product('名刺管理', 'Cards', '名刺管理サービス', '名刺データの取り込み', 'business card import', '名刺情報'),
  product('採用管理', 'Hire', '採用管理システム', '応募者情報の連携', 'applicant data exchange', '応募者情報'),
  product('在庫管理', 'Stock', '在庫管理クラウドサービス', '在庫データの連携', 'inventory data exchange', '商品情報、在庫数'),
  product('クラウド会計', 'Books', 'クラウド会計ソフト', '会計データの連携', 'accounting data exchange', '仕訳データ'),
  product('給与計算', 'Payroll', '給与計算クラウドサービス', '給与データの連携', 'payroll data exchange', '氏名、給与情報'),
  product('予約管理', 'Booking', '予約管理システム', '予約情報の連携', 'booking data exchange', '予約者名、予約日時'),
  product('アンケート', 'Survey', 'アンケートサービス', 'アンケートの配信', 'survey delivery', '回答内容'),
  product('eラーニング', 'Learn', '学習管理システム', '受講履歴の連携', 'learning record exchange', '受講者名、受講履歴'),
  product('文書管理', 'Docs', '文書管理サービス', '文書の保管', 'document storage', '文書ファイル'),
  product('問い合わせ管理', 'Desk', 'ヘルプデスクシステム', '問い合わせの受付', 'support tickets', '問い合わせ内容、連絡先'),
  product('営業支援', 'SFA', '営業支援システム', '商談情報の連携', 'sales pipeline sync', '商談情報'),
  product('電子帳票', 'Ledger', '電子帳票システム', '帳票の保管', 'report archiving', '帳票データ'),
  product('マーケティングオートメーション', 'MA', 'マーケティングオートメーション', 'メールマーケティング', 'e-mail marketing', 'メールアドレス、行動履歴'),
  product('社内ポータル', 'Portal', '社内ポータルサービス', 'お知らせの配信', 'announcements', '社員名、所属'),
  product('安否確認', 'Safety', '安否確認サービス', '安否確認の配信', 'safety confirmation', '氏名、連絡先'),
  product('タレントマネジメント', 'Talent', 'タレントマネジメントシステム', 'スキル情報の連携', 'skills data exchange', '氏名、スキル情報'),
  product('学校連絡網', 'School', '学校向け連絡サービス', '連絡の配信', 'message delivery', '保護者名、連絡先'),
  product('設備保全', 'Maint', '設備保全クラウドサービス', '点検記録の連携', 'inspection record exchange', '設備情報、点検記録'),
  product('受発注', 'Order', '受発注クラウドサービス', '受発注データの連携', 'order data exchange', '取引先、発注内容'),
  product('電子カルテ連携', 'Clinic', '医療機関向けクラウドサービス', '診療予約の連携', 'appointment exchange', '患者名、予約日時'),
];

export function serviceName(brand: Brand, p: Product): { ja: string; en: string } {
  return { ja: `${brand.ja}${p.ja}`, en: `${brand.en} ${p.en}` };
}

export function serviceDescription(brand: Brand, p: Product): string {
  return `Synthetic ${p.en.toLowerCase()} service by ${brand.companyEn}; ${p.category}. Generated for benchmarks, not a real service.`;
}

// ---- Sentences a whitepaper states; each is quoted verbatim as evidence. ----

export function infrastructureQuote(service: string, regionJa: string, primary: boolean): string {
  return primary ? `${service}のお客様データは、${regionJa}に保管されます。` : `${service}のバックアップデータは、災害対策のため${regionJa}にも保管されます。`;
}

/** An INFERRED usage: the document names the provider (e.g. in a certification scope), not the region. */
export function inferredInfrastructureQuote(vendor: string, providerJa: string): string {
  return `${vendor}は、${providerJa}上でクラウドサービスを運用しています。`;
}

export const providerLabelJa: Record<string, string> = {
  aws: 'Amazon Web Services（AWS）',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  undisclosed: '国内のデータセンター事業者の設備',
};

export function dependencyQuote(service: string, dependency: string, dependencyVendor: string, p: Product): string {
  return `${service}は、${p.functionJa}に${dependencyVendor}の${dependency}を利用しています（共有するデータ：${p.dataShared}）。`;
}

export function timeSyncQuote(service: string, timeSourceJa: string): string {
  return `${service}のログの時刻は、${timeSourceJa}と同期しています。`;
}

export interface CertificateText {
  quote: string;
  registrationNumber: string;
  issuer?: string;
  scope: string;
}

export function certificateText(random: Random, certification: string, vendor: string, services: string): CertificateText {
  const scope = `${services}の提供、開発及び運用`;
  if (certification === 'iso27001') {
    const registrationNumber = `IS ${random.int(500000, 799999)}`;
    return {
      registrationNumber,
      scope,
      quote: `${vendor}は、ISMS 認証（ISO/IEC 27001、登録番号 ${registrationNumber}）を取得しています。認証範囲は${scope}です。`,
    };
  }
  if (certification === 'iso27017') {
    const registrationNumber = `CLOUD ${random.int(700000, 799999)}`;
    return {
      registrationNumber,
      scope,
      quote: `${vendor}は、ISMS クラウドセキュリティ認証（ISO/IEC 27017、登録番号 ${registrationNumber}）を取得しています。`,
    };
  }
  const registrationNumber = `第${random.int(10000000, 29999999)}号`;
  const issuer = '一般財団法人日本情報経済社会推進協会（JIPDEC）';
  return {
    registrationNumber,
    issuer,
    scope: '全社',
    quote: `${vendor}は、${issuer}よりプライバシーマーク（登録番号 ${registrationNumber}）の付与を受けています。`,
  };
}

export const revisionChanges: readonly string[] = [
  '初版発行',
  'データ保管場所の記載を更新',
  '外部クラウドサービスの一覧を追加',
  'バックアップの世代数を変更',
  '認証の取得状況を更新',
  'インシデント発生時の連絡体制を追記',
];
