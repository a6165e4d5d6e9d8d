/**
 * Typed values (seed/README.md "Metric names") read from sentences: a number
 * with its unit as printed, named by what the sentence (or its section
 * heading) is about. A value the text does not state is never proposed; an
 * approximate one (程度, 約, about) or a range is proposed with a review note.
 */
import type { Metric, MetricName, MetricUnit } from '../seed/seed-schema.js';
import { englishNumber, numberValue, sentencesOf, spanOf, type Span } from './text-span.js';
import { inScope, type Scope } from './scopes.js';
import { othersCellsBlanked, ownClauses } from './own-clauses.js';
import { auditorCellsBlanked, controlStatementOf } from './tests-of-controls.js';
import { inUnreadFinding } from './finding-response.js';
import { onePlanAt, onePlanReason, planOfHeading, planSectionReason } from './plan-columns.js';
import { cellSpans, cellsOf, columnHeaderAt, headerCellsOf } from './table-rows.js';
import { mailingFurniture } from './mailing-footer.js';
import { afterAnnouncedMove, amountOfChange, countedFromMove, preview, replacedColumn, replacedValue, retiring } from './change-log.js';
import { amendsDocument, staffSafety } from './cue-dictionary.js';
import { changedItemAt } from './before-after.js';
import { announcedColumn, announcedInsertionAt } from './redline.js';

export interface MetricProposal {
  metric: Metric;
  /** The sentence that states it; the disclosure's quote must contain it. */
  sentence: Span;
  control: string;
  confidence: number;
  rule: string;
  reviewNote?: string;
  /** Why the value is not the service's standard practice (an option, a customer's setting, a hedge, a target), if it is not. */
  notStandard?: string;
}

/** Which disclosure a metric belongs to. */
export const controlOfMetric: Record<MetricName, string> = {
  dataDeletionDays: 'iso27017:CLD.8.1.5',
  incidentNotificationHours: 'iso27017:16.1.2',
  backupGenerations: 'iso27017:12.3.1',
  backupInterval: 'iso27017:12.3.1',
  backupRetentionDays: 'iso27017:12.3.1',
  maintenanceNoticeDays: 'iso27017:12.1.2',
  logRetentionDays: 'iso27017:12.4.1',
  availabilityPercent: 'iso27017:17.2.1',
  passwordMinLength: 'iso27017:9.4.3',
};

/**
 * A number (ASCII, full-width, kanji or English words: `３０日`, `七世代`, `二十四時間`, `thirty days`, `seventy-two (72)
 * hours`, `7 (seven) days`) with its unit, also abbreviated or joined by a hyphen (`24h`, `4 hrs`, `30-day retention`). A kanji numeral that ends a word (`同一`, `統一`, `唯一`, `第一`, `万一`) is no count.
 */
const number = String.raw`[0-9０-９]+(?:[.．][0-9０-９]+)?(?:\s*[(（]${englishNumber}[)）])?|(?<![同統唯均単第万逐])[〇一二三四五六七八九十百千]+|(?<![A-Za-z])${englishNumber}(?:\s*[(（][0-9]+[)）])?`;
const quantity = new RegExp(
  String.raw`(${number})(?:\*\*|__|<\/ins>)?(?:\s*[-〜~～－]\s*([0-9０-９]+(?:[.．][0-9０-９]+)?|[〇一二三四五六七八九十百千]+))?\s*(?:-\s*)?(営業日|business\s*days?|営業時間|business\s*hours?|日間|日|days?|か月|ヶ月|カ月|ヵ月|箇月|ケ月|months?|週間|weeks?|年間|年|years?|時間|hours?|hrs?(?![A-Za-z])|h(?![A-Za-z])|分間|分|minutes?|mins?(?![A-Za-z])|世代|generations?|%|％|percent|文字|characters?)(\s*(?:以内|以上|前|程度|後|まで|ごと|おき|毎|間隔|within|or more|prior|in advance|before)?)`,
  'giu',
);

const unitOf: ReadonlyArray<[RegExp, MetricUnit]> = [
  [/^(?:営業日|business\s*days?)$/iu, 'businessDays'],
  [/^(?:日間|日|days?)$/iu, 'days'],
  [/^(?:か月|ヶ月|カ月|ヵ月|箇月|ケ月|months?)$/iu, 'months'],
  [/^(?:週間|weeks?)$/iu, 'weeks'],
  [/^(?:年間|年|years?)$/iu, 'years'],
  [/^(?:営業時間|business\s*hours?)$/iu, 'businessHours'],
  [/^(?:時間|hours?|hrs?|h)$/iu, 'hours'],
  [/^(?:分間|分|minutes?|mins?)$/iu, 'minutes'],
  [/^(?:世代|generations?)$/iu, 'generations'],
  [/^(?:%|％|percent)$/iu, 'percent'],
  [/^(?:文字|characters?)$/iu, 'characters'],
];

/** Frequencies written as words: 日次, 毎週, daily, 翌営業日. */
const frequencyWords: ReadonlyArray<{ pattern: RegExp; value: number; unit: MetricUnit; kind: 'interval' | 'next-business-day' }> = [
  { pattern: /日次|毎日|毎晩|毎夜|(?<![A-Za-z])(?:daily|nightly)(?![A-Za-z])|every (?:day|night)/giu, value: 1, unit: 'days', kind: 'interval' },
  // Hourly (`毎時バックアップを取得`, `Backups are taken hourly`): `毎時間` too, not `毎時刻`.
  { pattern: /毎時(?!刻)(?:間)?|(?<![A-Za-z])hourly(?![A-Za-z])|every hour(?![A-Za-z])/giu, value: 1, unit: 'hours', kind: 'interval' },
  { pattern: /週次|毎週|(?<![A-Za-z])weekly(?![A-Za-z])|every week/giu, value: 1, unit: 'weeks', kind: 'interval' },
  { pattern: /月次|(?<![A-Za-z])monthly(?![A-Za-z])/giu, value: 1, unit: 'months', kind: 'interval' },
  { pattern: /翌営業日|next business day/giu, value: 1, unit: 'businessDays', kind: 'next-business-day' },
];

// `約` only before a number: in `解約後30日` or `契約` it is part of another word.
const approximate = /程度|約\s*[0-9０-９〇一二三四五六七八九十百千]|およそ|目安|前後|approximately|about|around|roughly/iu;
/**
 * A value the customer sets (`retention is configurable between 7 and 90 days (default 30 days)`, `保存期間は任意に設定可能`)
 * is the customer's choice, except the one the text marks as the default, which the vendor applies when nobody changes it.
 */
const customerSet =
  /(?:引き上げ|引き下げ|延長|短縮)(?:する|る)?こと(?:が|も)?(?:でき|可能)|(?<![A-Za-z])(?:administrators?|admins?|account owners?)\s+(?:can|may)\s+(?:set|raise|increase|extend|lengthen|shorten|change|configure|choose)(?![A-Za-z])|configurable|の範囲(?:内)?で(?:選択|設定|変更|指定)|(?:can|may)\s+be\s+(?:set|configured|adjusted|changed|extended)|adjustable|customi[sz]able|(?:customers?|users?|you)\s+(?:can|may)\s+(?:choose|select|set|configure|opt|enable|extend)|設定(?:可能|できます|することができ)|変更(?:可能|できます)|選択(?:可能|できます)|任意に/iu;
const defaultWords = /default|デフォルト|初期(?:値|設定)|既定/iu;
/**
 * A value set as an aim from now on (`今後は稼働率99.99%を目標に`, `将来的には…`, `going forward we aim for 99.99%`): what the
 * service is to do, not what it does. Not `今後も` (it goes on doing so), nor a standing target (`72時間以内を目標に通知`).
 */
const futureAim = /今後は|将来(?:的)?(?:に)?は|(?<![A-Za-z])(?:in the future|going forward|from next year)(?![A-Za-z])/iu;
/**
 * What follows a value the clause says is not given: `の保証は提供しておりません`, `を超える保管は提供しておりません`, `には対応して
 * いません`, `is not offered`, `are not guaranteed`, `which we do not offer`. Within the clause (no `、` or `。` between).
 */
const notOffered =
  /^[^。、,.\t\n]{0,16}?(?:保証|提供|対応)(?:は|を|に|も)?(?:提供|実施)?(?:して|いたして)?(?:おりません|いません|しておりません|できません)|^[^.;,\t\n]{0,30}?(?<![A-Za-z])(?:(?:is|are) not (?:offered|guaranteed|provided|supported)|(?:which|that) we do not (?:offer|guarantee|provide))(?![A-Za-z])/iu;
/** A value the vendor hedges (`typically within 4 hours`, `up to 35 days`, `通常`): a usual case or a ceiling, not a commitment. */
const hedged = /(?<![A-Za-z])(?:typically|usually|generally|normally|in most cases|up to)(?![A-Za-z])|通常|一般的に|多くの場合|最大(?:で)?/iu;
/**
 * A column headed by a period (`2025年3月期 2Q`, `2024年度`, `FY2024`, `Q3 2025`), as a results deck's KPI table sets periods
 * side by side: each cell is that period's figure. One under an earlier period than another column of the same table is
 * history, as a `変更前` column is; only the latest period's figure is read (and is a record all the same).
 */
const periodHeader =
  /^(?:(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月期|(?:19|20)\d\d\s*年度|FY\s*'?\d{2,4}|(?:19|20)\d\d)(?:\s*(?:第\s*[1-4]\s*四半期|[1-4]\s*Q|Q\s*[1-4]|[12]\s*H|H\s*[12]|上期|下期|通期))?|(?:[1-4]Q|Q[1-4]|[12]H|H[12])\s*(?:FY\s*)?'?\d{2,4})$/iu;
function earlierPeriodColumn(input: string, at: number, column: string): boolean {
  if (!periodHeader.test(column.trim())) return false;
  const header = headerCellsOf(input, input.lastIndexOf('\n', at - 1) + 1)?.map((c) => c.trim());
  const k = header?.indexOf(column.trim()) ?? -1;
  return k >= 0 && header!.slice(k + 1).some((c) => periodHeader.test(c));
}

/**
 * A band of a service-credit table: the value at `at` sits in a cell written as a range or an upper bound (`99.0 % to below
 * 99.9 %`, `Below 95.0 %`, `99.0％以上99.9％未満`), in a row under a header with a credit or refund column. A lower bound alone
 * beside the credit (`| 99.9％以上 | 99.0％以上99.9％未満：月額料金の10％ |`) is the uptime committed.
 */
const bandWords = /未満|以下|(?<![A-Za-z])(?:below|under|less than|lower than|to|between)(?![A-Za-z])|[<＜≦≤~〜～–]/iu;
function inCreditBand(input: string, at: number): boolean {
  const lineStart = input.lastIndexOf('\n', at - 1) + 1;
  const header = headerCellsOf(input, lineStart);
  if (!header?.some((c) => creditWords.test(c))) return false;
  const lineEnd = input.indexOf('\n', at);
  const cell = cellSpans(input.slice(lineStart, lineEnd < 0 ? input.length : lineEnd), lineStart).find((c) => at >= c.from && at < c.to);
  return !!cell && bandWords.test(cell.text);
}

/** A value the text sets as a goal (`99.95%を目標`, `target`, `SLO`) rather than one it guarantees (`保証`, `guarantee`, `commit`). */
const targetWords = /目標|目指|努力|(?<![A-Za-z])(?:targets?|goals?|objectives?|aims?|SLOs?)(?![A-Za-z])/iu;
const commitWords = /保証|確約|約束|(?<![A-Za-z])(?:guarantee[ds]?|commit(?:s|ted|ment)?)(?![A-Za-z])/iu;
/**
 * A service credit: what is refunded when a commitment is missed, and the bands of the measured value that decide it
 * (`99.0%以上99.9%未満 → 10%返金`). Neither the band nor the refund is the commitment.
 */
const creditWords = /返金|返還|減額|(?:サービス)?クレジット|(?<![A-Za-z])(?:(?:service )?credits?|refunds?|rebates?)(?![A-Za-z])/iu;
/**
 * Hours of a desk or a watch, not a duration: `24時間365日受付`, `24時間体制`, `24時間受け付けます`, `24時間対応`, `24 hours a
 * day`, `24x7`. What is received or watched round the clock is no time within which notice is given.
 */
const roundTheClock =
  /24\s*時間\s*(?:365\s*日|年中無休|体制|受け?付|対応(?!し)|監視|有人)|365\s*日\s*24\s*時間|(?<![0-9])24\s*hours?\s*(?:a|per)\s*day|(?<![0-9])24\s*[x×/]\s*7(?![0-9])/giu;
/** A company's financial figures: growth, margins, ratios, shareholdings (`前年比`, `利益率`, `出資比率`, `year over year`). */
const financialWords =
  /前年(?:同期)?比|売上|利益|自己資本|出資(?:比率)?|株主|持株|成長率|(?<![A-Za-z])(?:revenue|sales|profit|margin|growth|year[- ]over[- ]year|YoY|equity|shareholding|stake)(?![A-Za-z])/iu;
/** A value counted from recovery (`復旧後5営業日以内に障害報告書`, `after the incident is resolved`): a report after the fact, not notice of the incident. */
const afterRecovery =
  /(?:復旧|復元|解決|収束|終息|解消)(?:後|した後|してから|の後)|(?<![A-Za-z])(?:after|following) (?:the )?(?:recovery|resolution|restoration)|(?<![A-Za-z])(?:once|after) [^,.;]{0,30}(?:is|has been|are|have been) (?:resolved|restored|recovered|closed)/iu;
/** A time to restore (`目標復旧時間（RTO）は4時間`, `restored within 2 hours`): how long recovery takes, not how often or how long backups are kept. */
const recoveryTime = /復旧|復元|リストア|(?<![A-Za-z])(?:RTO|RPO|restor\w*|recover\w*)(?![A-Za-z])/iu;
/** A window a restore can reach back into: `any point (in time) within the last 7 days`, `過去7日間の任意の時点`. */
function restoreWindow(before: string, after: string): boolean {
  return (
    /(?<![A-Za-z])any (?:point|moment|second|minute|time)(?: in time)?\s+(?:within|in|over|during|from)\s+(?:the\s+)?(?:last|past|previous|preceding)\s*$/iu.test(
      before,
    ) ||
    (/(?:過去|直近)\s*$/u.test(before) && /^\s*(?:間)?(?:以内)?の(?:任意の)?(?:時点|時刻)/u.test(after))
  );
}
/**
 * A support ticket's or case's closing (`Tickets deleted 24 months after closure`, a record of processing's retention for
 * support): the end of that ticket, not of the customer's contract, so its period is no deletion after termination.
 */
const itemClosed =
  /(?<![A-Za-z])(?:(?:support\s+)?(?:tickets?|cases?|requests?|enquir(?:y|ies)|inquir(?:y|ies))(?![A-Za-z])[^.\t;]{0,60}?(?<![A-Za-z])clos(?:e|es|ed|ing|ure)|(?:ticket|case|request)\s+clos(?:e|ed|ing|ure))(?![A-Za-z])/giu;
/**
 * A first answer to a support request: `first response`, `respond within`, `一次回答`, `初回応答`. Not `incident response`
 * (the name of the vendor's own process) nor a `Response:` label opening an answer to a questionnaire or a tender.
 */
const supportResponse =
  /(?<![A-Za-z])(?<!incident\s{1,3})(?:(?:first|initial)\s+)?respon(?:se|ses|d|ds)(?![A-Za-z])(?!\s*[:：])|一次(?:回答|応答)|初回(?:回答|応答)|(?:回答|応答)(?:時間|します|いたします)/iu;
const timeUnits: readonly MetricUnit[] = ['businessDays', 'days', 'months', 'weeks', 'years', 'hours', 'businessHours', 'minutes'];
const dayLike: readonly MetricUnit[] = ['businessDays', 'days', 'months', 'weeks', 'years'];

const cues = {
  deletion: /削除|消去|破棄|抹消|delet|eras|purg|destroy/iu,
  // Also a retention given as the contract's term and a period after it (`for the duration of the Agreement plus 30 days`, as
  // a transfer description's `Retention period` states it): the period counts from the contract's end.
  contractEnd:
    /(?<![A-Za-z])(?:duration|term)\s+of\s+(?:the|this)\s+(?:agreement|contract|subscription)\s+plus(?![A-Za-z])|契約|解約|終了|利用停止|退会|閉鎖|terminat|cancel|end of|(?<![A-Za-z])ends?(?![A-Za-z])|expir|(?<![A-Za-z])clos(?:e|es|ed|ing|ure)(?![A-Za-z])|経過/iu,
  // A leak (`漏えい等`, the 個人情報保護法's word for a personal-data breach) is an incident too.
  incident: /インシデント|incident|障害|事故|breach|漏えい|漏洩/iu,
  // Also the notice itself as a noun (`Incident notice: within 24 hours`, `notice of a security breach`), as a table labels it.
  notify:
    /通知|連絡|報告|お知らせ|第一報|notif|inform|report|alert|(?<![A-Za-z])(?:tell|tells|told|telling)(?![A-Za-z])|(?<![A-Za-z])(?:(?:incident|breach)\s+notices?|notice\s+of\s+(?:an?\s+|any\s+)?(?:security\s+)?(?:incidents?|breach(?:es)?))(?![A-Za-z])/iu,
  maintenance: /メンテナンス|変更|バージョンアップ|アップデート|maintenance|change|update|停止/iu,
  // Also a copy by another name: point-in-time recovery, a database export or dump.
  // The verb too (`transcripts are backed up daily`): the copy need not be named as a noun.
  backup:
    /バックアップ|backup|backed[- ]up|(?<![A-Za-z])back(?:s|ing)?[- ]up(?![A-Za-z])|スナップショット|snapshot|レプリケーション|replication|世代|point[- ]in[- ]time|(?<![A-Za-z])PITR(?![A-Za-z])|ポイント・?イン・?タイム|(?:database|DB) (?:exports?|dumps?)|exports? of the (?:database|DB)|(?:データベース|DB)(?:の)?(?:エクスポート|ダンプ)/iu,
  log: /ログ(?!イン)|(?<![A-Za-z])logs?(?![A-Za-z-])/iu,
  keep: /保管|保存|保持|retain|retention|kept|stored|store|(?<![A-Za-z])keeps?(?![A-Za-z])/iu,
  availability: /稼働率|可用性|(?<![A-Za-z])SLA(?![A-Za-z])|実績|availability|uptime|稼働/iu,
  password: /パスワード|password|passphrase/iu,
  atLeast: /以上|at least|minimum|最低/iu,
  thirdParty: /再委託先|委託先|サブプロセッサ|sub-?processors?|subcontractors?/iu,
};

/** Data held for the vendor by another party: `it holds for us`, `processed on our behalf`, `当社のために保有`. */
const heldForUs =
  /(?<![A-Za-z])(?:holds?|held|keeps?|kept|stores?|stored|process(?:es|ed)?)\s+(?:for us|on our behalf)(?![A-Za-z])|当社(?:のため|に代わって)/iu;

/**
 * A report a supplier owes the vendor itself (`Such subcontractors shall report any Security Incident to Business Associate within
 * 48 hours`, `Sub-processors must notify us within 24 hours`, `再委託先は当社に24時間以内に報告する`): the vendor's hold on its
 * supplier, not the vendor's notice to its customers. `Business Associate`, `Processor` and `乙` name the vendor in a contract.
 */
const reportsToVendor =
  /(?<![A-Za-z])(?:report|notify|inform|alert)(?:s|ed|ing)?\s+(?:[^.;。]{0,60}?\s)?(?:to\s+)?(?:us|Business Associate|(?:the\s+)?(?:Processor|Supplier|Vendor|Service Provider|Contractor))(?![A-Za-z])|(?:当社|弊社|乙)(?:に|へ)(?:対し(?:て)?)?(?:[^。、]{0,20}?)(?:報告|通知|連絡)/u;

/**
 * A value another party sets for itself (`X keeps message logs for 45 days under its own retention policy`, `deletes closed tickets
 * after 180 days under their own schedule`, `同社の規定に従い90日間保管`): a sub-processor's or supplier's practice, not the
 * vendor's commitment, unless the vendor states it as its own.
 */
const othersOwnPolicy =
  /(?<![A-Za-z])(?:under|per|according to|in line with|following|as set (?:out )?in)\s+(?:its|their)\s+own\s+(?:[a-z-]+\s+){0,2}(?:polic(?:y|ies)|schedules?|terms|rules|practices?)(?![A-Za-z])|(?:同社|各社|委託先|再委託先|サブプロセッサ)(?:の|が定める)(?:独自の)?(?:規定|ポリシー|基準|規程|方針)に(?:従|基づ|より|よ)/iu;

/** Words that make a value depend on an option, a plan or an extra contract rather than the service as delivered. */
const optionWords =
  /オプション|(?<![A-Za-z])(?:option(?:al)?|add-?ons?)(?![A-Za-z])|(?:プラン|エディション|コース)(?:のみ|限定|に限り|の場合|では|契約)|(?<![A-Za-z])(?:plans?|tiers?|editions?)\s+only|only\s+(?:on|with|in|for)\s+(?:the\s+)?\S+\s+(?:plans?|tiers?|editions?)|(?<![A-Za-z])(?:on|with|in|for)\s+(?:the\s+|our\s+)?(?:[A-Z][\w-]*\s+){1,2}(?:plans?|tiers?|editions?)(?![A-Za-z])|(?:ご)?契約(?:時|の場合)(?:のみ|に限り|は)/iu;
/** A mark setting an item apart as optional, not part of what every customer gets: `任意`, `選択制`, `(optional)`. */
const optionalMark = /任意|選択制|(?<![A-Za-z])optional(?![A-Za-z])/iu;
const onlyWords = /のみ|限定|(?<![A-Za-z])only(?![A-Za-z])/iu;
/** Given on request or by separate agreement (`お客様のご要望に応じて`, `ご要望により`, `別途協議`, `on request`, `by separate agreement`). */
const onRequest =
  /(?:ご)?(?:要望|要請|依頼|希望)に(?:応じ|より|よ[りっ])|別途(?:協議|ご?相談|取り決め)|(?<![A-Za-z])(?:(?:up)?on request|by (?:separate|prior) agreement|to be agreed)(?![A-Za-z])/iu;

/**
 * Another cell of the row than the value's that offers a thing of its own on request (`契約終了後60日以内に削除します。 |
 * ご要望に応じて削除証明書を発行します。`): what is given on request is that thing (the certificate), its object marked by `を`,
 * not the value beside it. A cell that is only the condition (`ご要望に応じて別途協議`, `On request`) still makes the row's value
 * conditional.
 */
function requestForAnotherThing(row: string, at: number): boolean {
  const cells = row.split('\t');
  let start = 0;
  const valueAt = cells.findIndex((cell) => {
    const holds = at >= start && at < start + cell.length;
    start += cell.length + 1;
    return holds;
  });
  const requesting = cells.filter((c, i) => i !== valueAt && onRequest.test(c));
  return (
    !onRequest.test(cells[valueAt] ?? '') &&
    requesting.length > 0 &&
    requesting.every((c) => /(?:要望|要請|依頼|希望)に(?:応じ|より|よ[りっ])て?[^\t。]*?を[^\t。]*?(?:します|いたします|可能です)/u.test(c))
  );
}

/**
 * A value the text makes conditional (`1日1回 ※1 オプション契約時は1時間ごと`, `月間99.9％ ※3 プレミアムプランのみ99.99％`,
 * `1年間（長期保存オプション：5年間）`, a footnote `1時間ごとのバックアップは…オプションをご契約の場合のみ提供`): the
 * condition is written in the clause before the value (back to the last `、`, `。`, cell or bracket), or after it up to
 * the next note mark, with a word of restriction. Such a value is not the service's standard practice.
 */
function conditional(text: string, index: number, length: number): boolean {
  // A table row offered on request or settled case by case (`月次バックアップの追加取得 | お客様のご要望に応じて別途協議`,
  // `Extended retention | On request`): no practice every customer gets, whichever cell holds the value.
  const rowStart = text.lastIndexOf('\n', index - 1) + 1;
  const rowEnd = text.indexOf('\n', index);
  const row = text.slice(rowStart, rowEnd < 0 ? text.length : rowEnd);
  if (cellsOf(row) && onRequest.test(row) && !requestForAnotherThing(row, index - rowStart)) return true;
  // A line item of a quotation or price list that is an option (`バックアップ保管オプション（90日間保管）`, `Extended retention
  // add-on (365 days)`) or is marked optional (`※任意`, `(optional)`): its values are what that item buys, not the standard.
  if (cellsOf(row)) {
    const at = index - rowStart;
    const separator = row.includes('\t') ? '\t' : '|';
    const cellStart = row.lastIndexOf(separator, at - 1) + 1;
    const cellEnd = row.indexOf(separator, at);
    const cell = row.slice(cellStart, cellEnd < 0 ? row.length : cellEnd);
    if (optionWords.test(cell.slice(0, at - cellStart)) || optionalMark.test(cell)) return true;
  }
  const before = text.slice(0, index);
  const clauseStart = Math.max(...['、', '。', '\t', '\n', '；', ';', '（', '('].map((b) => before.lastIndexOf(b))) + 1;
  if (optionWords.test(before.slice(clauseStart))) return true;
  const rest = text.slice(index + length);
  const after = rest.slice(0, rest.search(/※|\*|$/u));
  // Or in its own clause right after it (`…30 days, or 90 days on the Enterprise plan`): that value only is the plan's.
  return (optionWords.test(after) && onlyWords.test(after)) || optionWords.test(after.split(/[,;、。（(]/u)[0]!);
}

/**
 * A sentence telling a customer who needs something to ask for it (`90日より前のログが必要な場合はサポート窓口にご依頼ください`, `If
 * you need logs older than 90 days, contact support`): its value marks what the service does not give by itself.
 */
const askSupport =
  /(?:必要な|ご希望の|ご入用の)場合は?[^。]*(?:ご依頼|お問い合わせ|ご連絡|お申し付け|ご相談)(?:ください|下さい)|(?<![A-Za-z])(?:if|when|should)\s+you\s+(?:need|require|want)\b[^.]*\b(?:contact|ask|reach out to)(?![A-Za-z])/iu;

/**
 * The sentence of a text holding `index`, between the `。` on either side: a table row is read as one sentence, but a cell
 * may say the standard value in one sentence and what the customer may change in the next (`パスワードは8文字以上で…。管理者は
 * 最小文字数を12文字まで引き上げることができます。`): the customer's setting is only the value in its own sentence.
 */
function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf('。', index - 1) + 1;
  const end = text.indexOf('。', index);
  return text.slice(start, end < 0 ? text.length : end + 1);
}

/** The clause before a value, back to the last `、`, `。`, comma, cell, line or (unless `acrossBrackets`) bracket. */
function clauseBefore(text: string, index: number, acrossBrackets = false): string {
  const before = text.slice(0, index);
  const marks = ['、', '。', '\t', '\n', '；', ';', ',', ...(acrossBrackets ? [] : ['（', '('])];
  return before.slice(Math.max(...marks.map((b) => before.lastIndexOf(b))) + 1);
}

/**
 * A rate measured over a time gone by (`Uptime over the past 90 days: 99.97%`, `2022 年度の実績は99.99%以上`, `過去12か月の稼働率`,
 * `we achieved 99.98% last year`, `Year to date, the API has averaged 99.97 %`): a record of what was, not the level the
 * vendor commits to. The metric may hold a record (seed/README.md: "availability target or record"), so one alone is
 * proposed for review; beside a committed value it gives way.
 */
const measuredRecord =
  /実績|(?<![A-Za-z])(?:last|past|previous|trailing)\s+(?:[0-9]+\s+|twelve\s+)?(?:days?|weeks?|months?|quarters?|years?)(?![A-Za-z])|(?:過去|直近)\s*[0-9０-９〇一二三四五六七八九十]+\s*(?:日|週|か月|ヶ月|カ月|ヵ月|箇月|年)|(?<![A-Za-z])(?:(?:over|in|during|for)\s+the\s+(?:past|last|previous|preceding)\s+(?:[0-9]+\s+)?(?:days?|weeks?|months?|quarters?|years?)|measured|achieved|historical|year[- ]to[- ]date|YTD|(?:has|have|had)\s+averaged)(?![A-Za-z])|年初来/iu;

/** A column's header saying its values were observed: `Actual uptime`, `Observed`, `実測値`. */
const measuredColumn = /実測|(?<![A-Za-z])(?:actual|observed|recorded)(?![A-Za-z])/iu;

/**
 * A commitment the text says there is not (`稼働率の保証（SLA）は設けておりません`, `we offer no SLA`, `does not guarantee`): its
 * `保証` or `SLA` makes no value beside it a committed one, so a record given with it stays a record.
 */
const noCommitment =
  /(?:保証|SLA)[^。\n]{0,15}?(?:設けて(?:い|お)りません|ありません|ございません|して(?:い|お)りません)|(?<![A-Za-z])(?:(?:no|without an?)\s+(?:uptime\s+|availability\s+)?(?:SLA|guarantee|commitment)|(?:do|does)\s+not\s+(?:guarantee|commit))(?![A-Za-z])/giu;

/**
 * A rate reported in the past tense (`当連結会計年度における稼働率は99.98％でありました`, `…となりました`, `was 99.98% in 2024`), as
 * an annual report or an incident report gives what was: a record, as a `実績` is.
 */
const pastResult = /^\s*(?:以上)?\s*(?:で(?:あり|ござい)?ました|となりました|を記録|を達成|(?:was|were)(?![A-Za-z]))/iu;

/**
 * Why a value is not the service's standard practice, if it is not: an option or plan, a customer's setting, a hedge, a
 * target, or (for a rate) a past record.
 */
function notStandard(text: string, index: number, length: number, heading: string, name: MetricName, column?: string): string | undefined {
  if (conditional(text, index, length)) return 'The document makes this value depend on an option, plan or extra contract: not the standard practice.';
  if (askSupport.test(sentenceAround(text, index)))
    return 'The document gives this value in what a customer who needs more may ask for, not as the standard practice.';
  if (
    name === 'availabilityPercent' &&
    (measuredRecord.test(text.slice(0, index)) ||
      measuredRecord.test(clauseAround(text, index, length)) ||
      measuredRecord.test(asideAfter(text, index, length)) ||
      measuredColumn.test(asideAfter(text, index, length)) ||
      pastResult.test(text.slice(index + length, index + length + 16))) &&
    !commitWords.test(text.replace(noCommitment, ' '))
  )
    return 'The document gives this value as measured over a past period (a record), not as the level the vendor commits to.';
  // A column of measured values (`Component | Measured uptime | Downtime` over `API | 99.982 %`, `Actual uptime`, `稼働率実績`,
  // `実測値`): each row a record.
  if (name === 'availabilityPercent' && column && (measuredRecord.test(column) || measuredColumn.test(column)) && !commitWords.test(column))
    return 'The document gives this value as measured over a past period (a record), not as the level the vendor commits to.';
  // A setting the customer may change said in an aside (`8文字以上（管理者が12文字以上に設定可能）`, `8 characters (administrators
  // can set a longer minimum)`) leaves the value outside it the service's own: only the aside's value is the customer's.
  const asides = text.replace(/[（(][^（）()]*[)）]/gu, (a) => ' '.repeat(a.length));
  const inAside = !asides.slice(index, index + length).trim();
  if (customerSet.test(sentenceAround(inAside ? text : asides, index)) && !defaultWords.test(clauseBefore(text, index)))
    return 'The customer sets this value; only a value the document marks as the default is the vendor’s.';
  if (hedged.test(clauseBefore(text, index))) return 'The document hedges this value (a usual case or a ceiling): not a commitment.';
  const target = 'The document states this value as a target, not a commitment: the guaranteed value, where there is one, is the commitment.';
  // Where a row or a sentence gives a target and a commitment side by side (`月間稼働率 | 99.95% | 99.9%` under `項目 | 目標 |
  // 保証`; `Our availability target is 99.99%; the SLA commits to 99.9%`), the value's own column or clause says which it is.
  // A commitment the text denies (`99.5%を目標とします（保証値ではありません）`) makes the value no less a target.
  const own = (column ?? clauseAround(text, index, length)).replace(noCommitment, ' ');
  if (targetWords.test(own) && !commitWords.test(own)) return target;
  if ((targetWords.test(text) || targetWords.test(heading)) && !commitWords.test(text.replace(noCommitment, ' '))) return target;
  return undefined;
}

/** A note saying the values it is attached to may differ (`Values may vary for Enterprise customers`, `異なる場合があります`). */
const mayVary =
  /(?<![A-Za-z])(?:may|might|can|could)\s+(?:vary|differ|change)(?![A-Za-z])|(?:異なる|変わる|変更となる)(?:場合|こと)(?:が)?(?:あります|ございます)/iu;

/**
 * The caveat of a note the value's sentence refers to (`…retained for 35 days.[1]`, a Word footnote's mark as read, its text
 * `[1] Values may vary for Enterprise customers, …` under the notes' heading) when the note says the value may differ: the
 * value stands as the one the document states, flagged so the reviewer reads the note; the note's own figures (`up to
 * 90 days` for some customers) are no commitment and are read, if at all, under the note's own heading.
 */
function varyingNote(input: string, sentence: string): string | undefined {
  for (const mark of sentence.matchAll(/\[(\d{1,2})\]/gu)) {
    const note = new RegExp(String.raw`^\[${mark[1]}\]\s+(.+)$`, 'mu').exec(input)?.[1];
    if (note && mayVary.test(note)) return `Note [${mark[1]}] says the value may differ for some customers ("${note.trim()}"): the stated value is proposed.`;
  }
  return undefined;
}

/** The clause holding a value, from the mark before it to the mark after it (`稼働率は99.95%を目標とし、` or `target is 99.99%;`). */
/**
 * The note in brackets right after a value (`稼働率99.99%（2024年度実績）`, `99.98% (FY2024 actual)`): it qualifies that value,
 * though the clause around the value stops at the bracket.
 */
function asideAfter(text: string, index: number, length: number): string {
  return /^\s*[（(][^（）()\n]{1,40}[)）]/u.exec(text.slice(index + length))?.[0] ?? '';
}

function clauseAround(text: string, index: number, length: number): string {
  const rest = text.slice(index + length);
  const end = rest.search(/[、。\t\n；;,（(]/u);
  return clauseBefore(text, index) + text.slice(index, index + length) + (end < 0 ? rest : rest.slice(0, end));
}

/** A value in one plan's column of a plan comparison (`Uptime SLA | — | 99.9% | 99.99%`) is that plan's: for review, the plan named. */
function planOnly(input: string, at: number, heading = ''): string | undefined {
  const plan = onePlanAt(input, at);
  if (plan) return onePlanReason(plan);
  // A value listed under one plan's heading (a pricing card or tab panel `エンタープライズプラン`) is that plan's too.
  const headed = planOfHeading(heading);
  return headed ? planSectionReason(headed) : undefined;
}

/** A rate after a period: `1日1回`, `1日に2回`, `1時間あたり1回`. The quantity is the period, the count how often in it. */
const timesPer = /^\s*(?:に|あたり|当たり)?\s*([0-9０-９]{1,2}|[一二三四五六七八九十])\s*回/u;

/**
 * A label written before a colon on the same line (`データベース:3世代`, `完全バックアップ：毎週`). Not the last word of an
 * English phrase (`Uptime over the past 90 days:` is no subject `days`): a label is a word of its own.
 */
function subjectBefore(input: string, at: number): string | undefined {
  const lineStart = input.lastIndexOf('\n', at - 1) + 1;
  const m = /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9()（）]{2,30})\s*[:：]\s*$/u.exec(input.slice(lineStart, at));
  if (m && /^[A-Za-z]/u.test(m[1]!) && /[A-Za-z0-9]\s+$/u.test(input.slice(lineStart, lineStart + m.index))) return undefined;
  return m?.[1];
}

/** The end of the words before a share's value: `…の約`, `…のおよそ`, `…全体の`. */
const shareOf = /の\s*(?:約|およそ|最大|最大で)?\s*$/u;

/** Under a heading that names backups and logs (`バックアップとログ`), a sentence about logs and not backups speaks of logs. */
function aboutBackup(sentence: string, heading: string): boolean {
  return cues.backup.test(sentence) || (cues.backup.test(heading) && !cues.log.test(sentence));
}

/** A row label naming advance notice: `Notice of planned maintenance`, `Advance notice`, `事前通知`, `予告期間`. */
const noticeLabel = /(?:(?<![A-Za-z])(?:advance\s+)?notice(?![A-Za-z])|事前(?:の)?(?:通知|連絡|告知)|予告)/iu;

/** `before` is the sentence up to the value. */
function nameFor(unit: MetricUnit, after: string, sentence: string, heading: string, before = '', column = ''): MetricName | undefined {
  const both = `${heading}\n${sentence}`;
  // The clause the value ends, within its brackets and across them (`復元（最大4時間）`).
  const clause = clauseBefore(before, before.length);
  const clauseAcrossBrackets = clauseBefore(before, before.length, true);
  if (unit === 'percent') {
    // The rate the value is given for is the last one named before it (`日報の提出率は98%`, `error rate 0.1%`): only an
    // availability rate is availability.
    const rate = [...before.matchAll(/[\p{Script=Han}\p{Script=Katakana}ー]+率|(?<![A-Za-z])[A-Za-z-]+\s+rates?(?![A-Za-z])/gu)].at(-1)?.[0];
    if (rate && !cues.availability.test(rate)) return undefined;
    // A share of something (`当社サービスへの通信の約40％がタイムアウト`, `売上高の86.4％を占め`, `40% of requests timed out`): how
    // much of a whole an event or a figure touched, not a rate of the service's availability.
    if (shareOf.test(before) && /^\s*(?:が|を占め|に(?:相当|当たる|あたる|影響))/u.test(after)) return undefined;
    if (/^\s*of\s+(?:all\s+|the\s+|our\s+)*(?:traffic|requests|calls|connections|customers|users|tenants|accounts|transactions)(?![A-Za-z])/iu.test(after))
      return undefined;
    // Nor is a value under a credit table's remedy column (`プラン | 月間稼働率 | 返金額` over `… | 99.0％以上99.9％未満：月額料金の10％`):
    // the share of the fee given back and the band of uptime it is given for.
    const credit = creditWords.test(sentence) || creditWords.test(column) || (creditWords.test(heading) && !commitWords.test(sentence));
    // A company's figures (`売上高…前年比112.3%`, `revenue grew 18%`) are no availability, though `実績` (results) is written.
    const financial = financialWords.test(clauseAcrossBrackets);
    return cues.availability.test(both) && !credit && !financial ? 'availabilityPercent' : undefined;
  }
  if (unit === 'generations') return 'backupGenerations';
  if (unit === 'characters') return cues.password.test(sentence) && cues.atLeast.test(sentence) ? 'passwordMinLength' : undefined;
  if (!timeUnits.includes(unit)) return undefined;
  // Data another party holds for the vendor (`X will delete all data it holds for us within 30 days after the end of the
  // engagement`, a sub-processor let go) is the supplier's deletion, not the customer's data deleted after the contract.
  // A deadline before the contract ends (`契約終了日の30日前までに…解約`, `30 days before the term ends`) is a notice period, not a
  // time to delete after it.
  if (
    cues.deletion.test(both) &&
    cues.contractEnd.test(sentence.replace(itemClosed, ' ')) &&
    dayLike.includes(unit) &&
    !heldForUs.test(sentence) &&
    !/^\s*(?:前|prior|in advance|before)/iu.test(after)
  )
    return 'dataDeletionDays';
  // A time to restore or resolve (`restored within 4 hours of an incident`) under a notification heading is no notice time.
  const recovery = (/復旧|復元|解決|restor|recover|resolv/iu.test(sentence) && !cues.notify.test(sentence)) || afterRecovery.test(before);
  // A period (`refreshes every 5 minutes`, `30分ごと`) is how often something happens, not how soon notice is given.
  const periodic = /(?<![A-Za-z])(?:every|each)\s*$/iu.test(before) || /^\s*(?:ごと|毎|おき|置き|間隔)/u.test(after);
  // How long something is kept (`security event logs are retained for 1 year`, in a paragraph on incident response) is a
  // retention, not a notice time: the clause of the value says so.
  const kept = cues.keep.test(clause) && dayLike.includes(unit);
  // A response to a customer's ticket (`Severity 1 tickets receive a first response within 4 hours`, `4時間以内に一次回答`) is a
  // support service level: the customer reports to the vendor, not the vendor to the customer.
  const answersTicket = supportResponse.test(clause) || supportResponse.test(after.slice(0, 16));
  if (
    cues.incident.test(both) &&
    cues.notify.test(both) &&
    !recovery &&
    !periodic &&
    !kept &&
    !answersTicket &&
    !staffSafety.test(sentence) &&
    !(cues.thirdParty.test(before) && reportsToVendor.test(sentence)) &&
    !/前|prior|in advance/iu.test(after)
  )
    return 'incidentNotificationHours';
  // Notice of a change of sub-processors (`inform … of the addition or replacement of Sub-processors 30 days in advance`)
  // is a supplier change, not maintenance of the service; nor is notice of a change to the terms (`変更後の本規約の効力発生日の
  // 30日前までに`).
  // A row labelled as the notice (`| Notice of planned maintenance | 5 days |`, `| メンテナンスの事前通知 | 7日 |`) needs no
  // `in advance` after its value: the label says it.
  if (
    cues.maintenance.test(both) &&
    (/^\s*(?:前|prior|in advance|before)/iu.test(after) || noticeLabel.test(cellsOf(sentence)?.[0] ?? '')) &&
    !cues.thirdParty.test(sentence) &&
    !amendsDocument.test(sentence) &&
    !priceChange.test(`${heading}\n${sentence}`)
  )
    return 'maintenanceNoticeDays';
  if (aboutBackup(sentence, heading)) {
    // How far back a restore can go (`restore to any point within the last 7 days`, `過去7日間の任意の時点に復元`) is how long
    // the copies are kept, not how long a restore takes.
    if (dayLike.includes(unit) && restoreWindow(before, after)) return 'backupRetentionDays';
    // Across brackets: a restore time may stand in brackets after its subject (`復元（最大4時間）`).
    if (recoveryTime.test(clauseAcrossBrackets)) return undefined;
    if (/^\s*(?:ごと|毎|おき|置き|間隔)/u.test(after) || timesPer.test(after) || /(?:every|each)\s*$/iu.test(sentence)) return 'backupInterval';
    // The heading may say it (`バックアップデータの保持期間` over a questionnaire answer `○\t30日間`).
    // So may the column (`対象 | 方式 | 取得頻度 | 保持期間` over `データベース | 自動スナップショット | 日次 | 14日間`).
    if (dayLike.includes(unit) && (cues.keep.test(both) || cues.keep.test(column))) return 'backupRetentionDays';
    // A deadline (`古いバックアップは24時間以内に削除`, `changes take effect within 10 minutes`) is no interval: an interval is
    // every so often, and says so above.
    if ((unit === 'minutes' || unit === 'hours') && !/^\s*(?:以内|within)/iu.test(after)) return 'backupInterval';
    return undefined;
  }
  // How far back a console shows or lets one export the logs (`直近90日分を閲覧・ダウンロードできます`, `view and export the last 90
  // days`) is a window of the screen, not how long the logs are kept: they may be kept longer than they are shown.
  if (logViewWindow.test(after) || logViewWindowBefore.test(before)) return undefined;
  // In a table the column may say it (`項目 | 保存期間` over `アクセスログ | 1年間`).
  if (cues.log.test(sentence) && (cues.keep.test(sentence) || cues.keep.test(column)) && dayLike.includes(unit)) return 'logRetentionDays';
  return undefined;
}

/** A restore (test) in the clause before a frequency: `restore one every week`, `test a restore every month`. */
const restoreTestBefore = /(?<![A-Za-z])(?:restor(?:e|es|ing)|restore\s+tests?)(?![A-Za-z])[^,.;:、。]{0,40}$/iu;
/** Or after it: `毎月リストアテストを実施`, `monthly restore tests`. */
const restoreTestAfter = /^[^,.;:、。]{0,6}(?:リストア|復元|restore)(?:テスト|試験|訓練|\s+tests?|\s+drills?)/iu;

/** The words after a period that make it what a screen shows: `分を閲覧`, `分のログを参照`, `までダウンロード`. */
const logViewWindow = /^\s*(?:分|間)?\s*(?:を|まで|の(?:ログ|履歴|記録)を?)?\s*(?:閲覧|参照|表示|ダウンロード|検索|エクスポート)/u;
/** The words before it in English: `view the last`, `search and export the past`. */
const logViewWindowBefore =
  /(?<![A-Za-z])(?:view|see|search|download|export|browse)(?:\s+(?:and|or)\s+(?:view|see|search|download|export|browse))?\s+(?:up\s+to\s+)?(?:the\s+)?(?:last|past|most\s+recent)\s*$/iu;

/**
 * A year of the calendar, not a period: `2025年4月`, `令和６年４月`, a fiscal year `令和６年度`, an era year `平成30年`; and a
 * day of a month (`9月16日より`, `8月1日`), which counts no days.
 */
function isDate(input: string, start: number, end: number, unitText: string): boolean {
  if (unitText === '日' && /(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*$/u.test(input.slice(Math.max(0, start - 6), start))) return true;
  if (!/^(?:年|years?)$/iu.test(unitText)) return false;
  // A four-digit year (`2026年春`, `2026年中`, `2027年まで`) is a year of the calendar, never a period of two thousand years.
  const digits = /^[0-9０-９]{4}/u.exec(input.slice(start, end))?.[0];
  if (digits && numberValue(digits) >= 1900 && numberValue(digits) <= 2199) return true;
  return (
    /^(?:\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月|度)/u.test(input.slice(end, end + 6)) ||
    /(?:令和|平成|昭和|西暦|FY)\s*$/iu.test(input.slice(Math.max(0, start - 4), start))
  );
}

/** Why a value said of the state after an announced move is not the standard practice yet. */
const afterMoveValueNote =
  'The document gives this value for the state after a move it announces, not yet made when it was written: until then the current value applies.';

/** Why the value after an announced change is proposed for review only. */
export const changedValueNote =
  'The value after a change the document announces (`変更後`/`After`): accept it once the change has taken effect; until then the value before it applies.';

/**
 * A change of price (`Will my price change at renewal?` over `Any change after that will be notified at least 60 days in
 * advance`, `料金改定の30日前までに通知`): notice of a commercial change, not of maintenance of the service.
 */
const priceChange = /(?<![A-Za-z])(?:prices?|pricing|fees?|billing|subscription charges?)(?![A-Za-z])|料金|価格|利用料/iu;

/**
 * A sentence whose subject is a law setting its own outer limit (`The HIPAA Rules require notice … no later than 60 days after
 * discovery`, `Article 33 of the GDPR requires notification within 72 hours`, `個人情報保護法では…30日以内の報告が求められています`):
 * what the law allows at most, beside which a contract states the vendor's own commitment. A vendor's sentence citing the law
 * (`Business Associate will notify …, as required by 45 C.F.R. § 164.410`) still states its own.
 */
const lawsOwnLimit =
  /^(?:(?:under|by)\s+[^,]{2,40},\s*)?(?:(?:[Aa]rticle|[Ss]ection|§)\s*[\d.()a-z]+\s+of\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w.&/-]*\s+){0,4}(?:Rules?|Acts?|Regulations?|Laws?|Directive|Statutes?|GDPR|HIPAA|CCPA)\s+(?:requires?|mandates?|obliges?|sets?|allows?|permits?)(?![A-Za-z])|^[^。]{0,40}?(?:法|法令|規則|規程|ガイドライン)(?:上|で)?(?:は|において)、?[^。]{0,60}?(?:求められ|義務付けられ|定められ)/u;

export function metricsOf(input: string, scope: Scope): MetricProposal[] {
  const found: MetricProposal[] = [];
  const seen = new Set<string>();
  const conditionalOnes = new Map<MetricProposal, string>();
  const push = (p: MetricProposal, why?: string) => {
    const key = `${p.metric.name}|${p.metric.value}|${p.metric.unit}|${p.metric.subject ?? ''}`;
    // The same value stated first as a target or an option (`| Web | 99.99 % | 99.9 % |` under `Actual | Target`) and then as
    // the standard (`We guarantee 99.9 %`): the standard statement stands for it.
    const earlier = found.findIndex((f) => `${f.metric.name}|${f.metric.value}|${f.metric.unit}|${f.metric.subject ?? ''}` === key);
    if (earlier >= 0 && conditionalOnes.has(found[earlier]!) && !why) {
      conditionalOnes.delete(found[earlier]!);
      found[earlier] = p;
      return;
    }
    if (seen.has(key)) return;
    seen.add(key);
    found.push(p);
    if (why) conditionalOnes.set(p, why);
  };
  for (const read of sentencesOf(input, scope.span)) {
    // A report's tested control: its control cell only, none of a control left untested (tests-of-controls.ts).
    const sentence = controlStatementOf(input, read);
    if (!sentence) continue;
    // Nor an auditor's observation or an open corrective action of a findings response (finding-response.ts).
    if (inUnreadFinding(input, sentence)) continue;
    // A preview (`in beta`, `coming soon`) or a practice being retired (`deprecated`, `廃止予定`) states no current value.
    if (preview.test(sentence.text) || retiring.test(sentence.text)) continue;
    // Nor does a value another party keeps under its own policy (a sub-processor's retention).
    if (othersOwnPolicy.test(sentence.text)) continue;
    // Nor the outer limit a law sets (`The HIPAA Rules require notice … no later than 60 days`): the law's, not the vendor's.
    if (lawsOwnLimit.test(sentence.text.trim())) continue;
    // Nor a mailing's delivery furniture (`配信を停止されますと…`, `Unsubscribe`): it speaks of the mail (mailing-footer.ts).
    if (mailingFurniture.test(sentence.text)) continue;
    // The value after a change printed as `変更前：`/`変更後：` lines under its item (before-after.ts): the item labels it, as
    // a heading or a column header would, and the value is the one announced, for review.
    const changedItem = changedItemAt(input, sentence.start);
    const heading = changedItem ? `${scope.section.heading}\n${changedItem}` : scope.section.heading;
    // A clause about another company's service or a generic set-up the text compares against (`一般的な構成：3世代`) states
    // no value of this service: it is blanked (same length, so positions hold).
    const own = ownClauses(auditorCellsBlanked(input, sentence, inScope(scope, sentence, othersCellsBlanked(input, sentence))));
    const clock = [...own.matchAll(roundTheClock)].map((c) => [c.index, c.index + c[0].length] as const);
    // A value said of the state after a move the notice announces (`移行後は、バックアップを6時間ごとに取得し`, `After the
    // migration, backups are kept for 30 days`) is what is to be: it gives way to the value the service keeps today, and
    // stands, for review, only where the document gives none.
    const afterMove = afterAnnouncedMove(input, sentence.text, scope.section.heading) ? afterMoveValueNote : undefined;
    for (const m of own.matchAll(quantity)) {
      if (clock.some(([from, to]) => m.index < to && m.index + m[0].length > from)) continue;
      // The old value of a change (`from 14 days to 30 days`, `(previously 6 months)`, `14日から30日に`) is history.
      if (replacedValue(own.slice(0, m.index), own.slice(m.index + m[0].length))) continue;
      // Nor is an amount of change (`作業時間を50%削減`, `reduced by 50%`): an outcome, not a level the service keeps.
      if (amountOfChange(own.slice(0, m.index), own.slice(m.index + m[0].length))) continue;
      // Nor a period counted from a one-off move (`kept in the old region for 30 days after the move`): a transition.
      if (countedFromMove(own.slice(0, m.index), own.slice(m.index + m[0].length))) continue;
      const start = sentence.start + m.index;
      const unitText = m[3]!;
      const unit = unitOf.find(([re]) => re.test(unitText))?.[1];
      if (!unit || isDate(input, start, start + m[0].length - m[4]!.length, unitText)) continue;
      if (futureAim.test(own.slice(0, m.index))) continue;
      // Nor a value the clause says is not offered (`99.99%の保証は提供しておりません`, `99.99% is not guaranteed`): a remark on
      // what a customer asked for, which the service does not give.
      if (notOffered.test(own.slice(m.index + m[0].length))) continue;
      // `十分な`, `十分に` (enough): a kanji count of minutes only with a word of duration after it (`十分以内`, `十分ごと`).
      if (unit === 'minutes' && /^\D/u.test(m[1]!) && unitText === '分' && !m[4]!.trim()) continue;
      const after = m[4]! + input.slice(start + m[0].length, start + m[0].length + 8);
      const column = columnHeaderAt(input, start) ?? changedItem;
      // A cell under the column of the replaced value (`| 変更前 | 変更後 |`, `| Before | After |`) is history too.
      if (column && replacedColumn.test(column.trim())) continue;
      if (column && earlierPeriodColumn(input, start, column)) continue;
      // A percentage in a row of a service-credit table (`| Availability in the month | Service Credit (% of monthly fees) |`
      // over `| 99.0 % to below 99.9 % | 5 % |`): the band that decides a credit, under whatever column, is no commitment.
      if (unit === 'percent' && column && inCreditBand(input, start)) continue;
      const name = nameFor(unit, after, sentence.text, heading, own.slice(0, m.index), column);
      if (!name) continue;
      const low = numberValue(m[1]!);
      const high = m[2] ? numberValue(m[2]) : undefined;
      const notes: string[] = [];
      if (high !== undefined) notes.push(`The document gives a range (${m[0].trim()}); the upper bound is proposed.`);
      if (approximate.test(sentence.text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4)))
        notes.push('The document gives this value as approximate.');
      const caveat = varyingNote(input, sentence.text);
      if (caveat) notes.push(caveat);
      // So is a redline's inserted value, or one under its `After` column, when the change takes effect after the document's
      // date (redline.ts): announced, not yet in force.
      if (changedItem || announcedInsertionAt(input, start) || announcedColumn(input, column)) notes.push(changedValueNote);
      // `1日2回`: a backup every half day. The raw text keeps the count, so the reviewer sees what was divided.
      const times = name === 'backupInterval' ? timesPer.exec(after) : null;
      const perPeriod = times ? numberValue(times[1]!) || 1 : 1;
      const raw = times ? spanOf(input, start, start + m[0].length - m[4]!.length + times[0].length).text : m[0].trimEnd();
      const subject = subjectBefore(input, start);
      push(
        {
          metric: { name, value: (high ?? low) / perPeriod, unit, raw, ...(subject ? { subject } : {}) },
          sentence,
          control: controlOfMetric[name],
          confidence: notes.length ? 0.5 : 0.8,
          rule: `metrics.${name}`,
          ...(notes.length ? { reviewNote: notes.join(' ') } : {}),
        },
        planOnly(input, start, scope.section.heading) ?? afterMove ?? notStandard(own, m.index, m[0].length, heading, name, column),
      );
    }
    for (const word of frequencyWords) {
      for (const m of own.matchAll(word.pattern)) {
        // A frequency of the practice a sentence says is replaced (`replaces our nightly dump scripts`) is history too.
        if (replacedValue(own.slice(0, m.index), own.slice(m.index + m[0].length))) continue;
        // How often a backup is restored as a test (`we restore one every week into a scratch environment`, `毎月リストア
        // テストを実施`) is a test of the backups, not how often they are taken.
        if (restoreTestBefore.test(own.slice(0, m.index)) || restoreTestAfter.test(own.slice(m.index + m[0].length))) continue;
        const both = `${heading}\n${sentence.text}`;
        const name: MetricName | undefined =
          word.kind === 'next-business-day'
            ? cues.incident.test(both)
              ? 'incidentNotificationHours'
              : undefined
            : aboutBackup(sentence.text, heading)
              ? 'backupInterval'
              : undefined;
        if (!name) continue;
        const start = sentence.start + m.index;
        const subject = subjectBefore(input, start);
        const caveat = varyingNote(input, sentence.text);
        push(
          {
            metric: { name, value: word.value, unit: word.unit, raw: spanOf(input, start, start + m[0].length).text, ...(subject ? { subject } : {}) },
            sentence,
            control: controlOfMetric[name],
            confidence: caveat ? 0.5 : 0.7,
            rule: `metrics.${name}.word`,
            ...(caveat ? { reviewNote: caveat } : {}),
          },
          planOnly(input, start, scope.section.heading) ?? afterMove ?? notStandard(own, m.index, m[0].length, heading, name, columnHeaderAt(input, start)),
        );
      }
    }
  }
  // A conditional, customer-set or hedged value beside the standard one of the same metric is dropped; alone, it is
  // proposed for review.
  const standard = new Set(found.filter((p) => !conditionalOnes.has(p)).map((p) => p.metric.name));
  return found
    .filter((p) => !conditionalOnes.has(p) || !standard.has(p.metric.name))
    .map((p) =>
      conditionalOnes.has(p)
        ? {
            ...p,
            confidence: 0.4,
            reviewNote: [p.reviewNote, conditionalOnes.get(p)].filter(Boolean).join(' '),
            notStandard: conditionalOnes.get(p),
          }
        : p,
    );
}
