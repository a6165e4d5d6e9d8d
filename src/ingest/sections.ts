/**
 * Splits a document into its title block (preamble) and its sections. Three
 * layouts are recognised, the first that fits winning: Markdown headings
 * (`## 暗号化`, also what the HTML reader emits), numbered headings
 * (`2.3. データの削除`, `14 バックアップの状況`, `1.Scope`), and plain short
 * lines standing alone between blank lines (`データ保管国`). Q&A sheets
 * (`Q3. データはどこに保管されますか？`) have one section per question in
 * every layout.
 */
import { spanOf, type Span } from './text-span.js';
import { cellStart, cellsOf } from './table-rows.js';
import { certificateTitle } from './certificate-document.js';
import { formGuidance } from './form-marks.js';
import { updateNumber } from './update-series.js';
import { answerStart, evaluationItem } from './tender-answer.js';
import { customerTurns, minutesPart, opensTurn } from './meeting-minutes.js';

export interface Section {
  /** The heading as printed, without Markdown markup. */
  heading: string;
  headingSpan: Span;
  level: number;
  /** The text from the end of the heading line to the next heading. */
  body: Span;
  /** A questionnaire row answered in part (`△`, `一部対応`, `Partial`): what it states holds only in part, for review. */
  answeredInPart?: boolean;
  /** A requirement or evaluation item the answer says is not met or not proposed (`Non-compliant`, `本提案では対応しない`). */
  notMet?: boolean;
}

export interface Outline {
  preamble: Span;
  /**
   * The sentences of the title block (a notice's lead paragraph: `…へ移行することをお知らせします。`), read like a
   * section headed by the document's first line. Title, date and company lines are not part of it.
   */
  lead?: Section;
  sections: Section[];
  layout: 'markdown' | 'numbered' | 'plain' | 'questionnaire';
}

interface Line {
  start: number;
  end: number;
  text: string;
}

interface Candidate {
  line: number;
  heading: string;
  level: number;
  /** A questionnaire row: the row itself is the body, from its answer cell on. */
  rowIsBody?: boolean;
  answeredInPart?: boolean;
  /** Where in the row its answer cell starts: the question before it is the heading, never the vendor's statement. */
  answerAt?: number;
  /** Where in the row the vendor's cells end: the columns after are the assessor's or name evidence files (`othersHeader`). */
  answerEnd?: number;
}

const sentenceEnd = /[。．！？!?]$|[。]/u;
// Slide decks mark their points with arrows and triangles too (`▶ 障害発生時：…`, `➢ Backups`).
const bullet = /^[\s\u3000]*(?:[-–—・•●○◯■□◆◇▪✓✔*＊※>▶▷►▸➤➢→]|\d+\)|[①-⑳])/u;
/**
 * A mark alone on its line that opens or closes a Japanese letter's parts (`記` over its items, `以上` after them, `敬具` and
 * the like after `拝啓`): layout, neither a title nor a statement.
 */
export const letterMark = /^(?:記|以上[。.]?|敬具|敬白|謹白|草々|不一|かしこ)$/u;

/** A rule drawn across the page (`------`, `======`, `──────`): it sets a part off as a blank line does. */
const ruleLine = /^(?:[-=─━_*]\s?){8,}$/u;
const hasWord = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}A-Za-z]/u;
/**
 * What a number at the start of a line is when it is not a heading number: a date (also `14 November 2025`, as a letter is
 * dated), a version, a quantity, a chapter reference, or an ordinal (`4th Floor, 88 …`, an address in a letterhead).
 */
const notHeadingAfterNumber =
  /^(?:(?:年|月|日|時|分)(?:(?![\p{Script=Han}\p{Script=Katakana}])|(?=間|以内|前|後|程度|毎|単位))|版|章|%|％|世代|か月|ヶ月|営業日|[:：/~〜\-.,、]|[0-9０-９]|(?:st|nd|rd|th)(?![A-Za-z])|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}(?![0-9]))/iu;
/**
 * A quantity is no section number either: a size (`48.2 MB`), a score (`4.6 out of 5`), a value before a separator dot
 * (`4.6 • 2.1K Ratings`), as a store listing or a dashboard prints them. Case-sensitive: `3. Out of scope` is a heading.
 */
const quantityAfterNumber = /^(?:[•·|]\s|(?:[KMGT]i?B|bytes?)(?![A-Za-z])|out of\s+[0-9])/u;
/** Short lines that close a document: kept as sections (and skipped) even in a numbered layout. */
// A label, not a sentence that opens with the word (`お問い合わせの管理に、…を利用しています。`): no comma or full stop.
const backMatter =
  /^(?:改訂履歴|改定履歴|変更履歴|更新履歴|履歴|お問い?合わ?せ[^、。,]*|.*に関するお問い?合わ?せ|お問い?合わ?せ先|問い?合わ?せ先|連絡先|revision history|change history|contact(?: us)?|contacts|document history)$/iu;
/** A bracketed label of a closing block: the company profile or the contact for the release, not a service's block. */
const closingLabel =
  /^【(?:会社概要|会社情報|企業情報|会社案内|運営会社|(?:本件|本リリース|報道関係者(?:様)?)?(?:に関する)?(?:お|ご)?問い?合わ?せ(?:先|窓口)?|連絡先|[^】]{0,20}(?:苦情|相談)(?:[・及び]{1,2}(?:苦情|相談))?(?:受付)?窓口)】$/u;
/**
 * Title-block lines: document kind, version, publisher, date, logo. Also a report's kind (`SOC 3 Report`, `Annual Report`)
 * and an English date (`For the period January 1, 2025 to …`), and a certificate's title (`CERTIFICATE OF REGISTRATION`), and
 * a contract's (`業務委託契約書`, `…に関する覚書`: the line ends with the word).
 */
const titleCueWords =
  /(?:契約書|覚書)$|ホワイト\s*ペーパー|white\s*paper|whitepaper|第?\s*\d+(?:\.\d+)*\s*版|株式会社|有限会社|合同会社|(?:一般|公益)(?:社団|財団)法人|inc\.|co\.,? ?ltd|corporation|logo|ロゴ|運用方針|目次|contents|\d{4}\s*年|\d{4}[/-]\d{1,2}|version|ver\.|(?<![A-Za-z])(?:SOC\s*[123]|report)(?![A-Za-z])|(?<![A-Za-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/iu;
/**
 * A line of a postal address, as a letterhead prints it under the company's name (`410 Harbor Street, Suite 900`,
 * `Portland, Oregon 97204`, `〒101-0052 東京都千代田区…`, or without the postcode a prefecture, city or ward and block number
 * `東京都港区芝浦三丁目4番1号`): part of the title block, never a title or a product's name.
 */
export const postalAddress =
  /^\s*(?:\d{1,6}\s+(?:[A-Z][A-Za-z.'-]*\s+){1,4}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Way|Place|Pl\.|Court|Ct\.|Parkway|Square|Sq\.)(?:,?\s+(?:Suite|Floor|Fl\.|Unit|Room)\s+\w+)?|(?:[A-Z][A-Za-z.'-]*\s+){0,2}[A-Z][A-Za-z.'-]*,\s+(?:[A-Z][A-Za-z]+\s+){0,2}(?:[A-Z]{2}|[A-Z][a-z]+)\s+\d{5}(?:-\d{4})?|〒\s*\d{3}-?\d{4}.*|(?:東京都|北海道|(?:大阪|京都)府|\p{Script=Han}{2,3}県)\S{1,10}?[市区町村郡]\S*?[0-9０-９一二三四五六七八九十]+(?:丁目|番地?|号|[-－‐])\S*)\s*$/u;
function isTitleLine(text: string): boolean {
  const compact = unspaced(text);
  return titleCueWords.test(compact) || certificateTitle.test(compact) || postalAddress.test(compact);
}

const letterSpaced =
  /^\s*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー](?:[ \u3000]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]){2,}\s*$/u;
/**
 * A line set letter-spaced, as a Japanese formal document sets its title (`認 証 登 録 証`, `御　見　積　書`): its
 * letters without the spaces, so it reads as the word it is. Any other line as it is.
 */
export function unspaced(text: string): string {
  return letterSpaced.test(text) ? text.replace(/[ \u3000]+/gu, '').trim() : text;
}

function splitLines(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const text of input.split('\n')) {
    lines.push({ start, end: start + text.length, text });
    start += text.length + 1;
  }
  return lines;
}

function stripMarkup(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

function markdownHeading(text: string): { heading: string; level: number } | undefined {
  const m = /^\s{0,3}(#{1,6})\s+(.+)$/.exec(text);
  if (!m) return undefined;
  const heading = stripMarkup(m[2]!);
  return heading && hasWord.test(heading) ? { heading, level: m[1]!.length } : undefined;
}

function numberedHeading(text: string, next = ''): { heading: string; level: number } | undefined {
  const trimmed = text.trim();
  // An entry of a numbered list whose fields follow indented (`1. Acme Mail Inc.` then `   Purpose: e-mail`) is a record, not a heading.
  if (/^[ \t\u3000]+[\p{L}][\p{L} /-]{0,30}[:：]\s*\S/u.test(next)) return undefined;
  if (trimmed.length > 70 || trimmed.includes('\t') || /[。]/u.test(trimmed)) return undefined;
  // Full-width numbers too (`１．目的`, `２．１ 稼働環境`), as formal Japanese documents print them.
  // Also a cloud control's number as ISO/IEC 27017 prints it (`CLD.6.3.1 …`), as a disclosure organised by control heads its parts.
  const m = /^((?:CLD[.．])?(?:[0-9０-９]{1,2}[.．])*[0-9０-９]{1,2})[.．]?[ \u3000]*(.+)$/u.exec(trimmed);
  if (!m) return undefined;
  const rest = m[2]!;
  // `3.1 月間稼働率`, `2 年間計画`: after a space, 月間/年間 joined to a noun is an adjective (monthly, annual), not a period.
  const adjective = /^[0-9０-９.．]+[ \u3000]+(?:月間|年間)[\p{Script=Han}\p{Script=Katakana}]/u.test(trimmed);
  // `3. 2024年度の主な取り組み`, `2. FY2025 priorities`: after the number and a space, a fiscal year opens the heading's phrase.
  const fiscalYear = /^[0-9０-９.．]+[ \u3000]+(?:[0-9０-９]{4}\s*年度|FY\s?[0-9]{4})/u.test(trimmed);
  if (
    quantityAfterNumber.test(rest) ||
    (notHeadingAfterNumber.test(rest) && !adjective && !fiscalYear) ||
    !hasWord.test(rest) ||
    // A colon labels a value, except between a standard's number and its year (`3. ISO/IEC 27001:2013 附属書A 管理策`).
    /[:：]/u.test(rest.replace(/(?<=[0-9])[:：](?=(?:19|20)[0-9]{2}(?![0-9]))/gu, '')) ||
    /[、,]$/u.test(rest)
  )
    return undefined;
  // A numbered list item is a sentence; a heading is a phrase.
  if (/[.!?]$/.test(rest) && rest.split(/\s+/).length > 6) return undefined;
  return { heading: stripMarkup(trimmed), level: m[1]!.replace(/^CLD[.．]/u, '').split(/[.．]/u).length };
}

/** `【データの保管場所】`, `第２【事業の状況】` (a securities report's part), `■ バックアップ`, `第2章 運用`, `第3条（保管場所）`, `（3）暗号化`: marked headings, recognised in every layout when they stand alone. */
function markedHeading(lines: Line[], i: number): { heading: string; level: number } | undefined {
  const text = lines[i]!.text.trim();
  // An annex of a contract (`Annex II – Technical and Organisational Measures`, `Appendix 1: Sub-processors`, `別紙２　再委託先一覧`),
  // or a part of a report (`Section 3: Description of the System`, as an auditor's report numbers its parts), opens a part of
  // its own, whatever numbering its clauses use. As the document's first line it is the title.
  // A form's parts are set between rule lines (`-----` / `SECTION C — HOSTING` / `-----`) as often as between blank lines.
  if (
    (isBlank(lines[i - 1]) || ruleLine.test(lines[i - 1]!.text.trim())) &&
    text.length <= 90 &&
    !/[。.]$/u.test(text) &&
    /^(?:(?:Annex|Appendix|Schedule|Exhibit|Attachment|Section|Part|ANNEX|APPENDIX|SCHEDULE|EXHIBIT|SECTION|PART)\s+(?:[IVX]{1,5}|[0-9]{1,2}|[A-H])(?![A-Za-z0-9])|(?:別紙|別表|付録)\s*[0-9０-９一二三四五六七八九十]{0,3}(?![0-9０-９]))\s*(?:[–—:：.-]|\s|$)/u.test(
      text,
    ) &&
    lines.slice(0, i).some((l) => !isBlank(l))
  )
    return { heading: stripMarkup(text), level: 1 };
  if (text.length > 50 || /[。:：]/u.test(text) || text.includes('\t')) return undefined;
  // A form's guidance to whoever fills it in (`INSTRUCTIONS`, `How to complete this form`, `記入要領`) heads the lines under
  // it: they say how to answer, not what the vendor does, and are no part of the title block.
  if (formGuidance.test(text) && (isBlank(lines[i - 1]) || ruleLine.test(lines[i - 1]!.text.trim())) && lines.slice(0, i).some((l) => !isBlank(l)))
    return { heading: stripMarkup(text), level: 1 };
  // A short line framed by rule lines above and below (`────` / `注意事項` / `────`) heads the part under it, as a form sets
  // each of its parts apart; framed at the very top it is the title.
  if (
    i > 0 &&
    ruleLine.test(lines[i - 1]!.text.trim()) &&
    lines[i + 1] !== undefined &&
    ruleLine.test(lines[i + 1]!.text.trim()) &&
    hasWord.test(text) &&
    lines.slice(0, i).some((l) => !isBlank(l) && !ruleLine.test(l.text.trim()))
  )
    return { heading: stripMarkup(text), level: 1 };
  // An article of a contract or its annex, `第3条（データの保管場所）`: the whole line, its text right under it.
  if (/^第\s*[0-9０-９一二三四五六七八九十百]+\s*条\s*[（(][^）)]{1,30}[）)]$/u.test(text)) return { heading: stripMarkup(text), level: 1 };
  // Its closing provisions (`附則`, `附　則（2025年9月1日改定）`, `Supplementary Provisions`): when the text took effect and was
  // revised, no part of the last article.
  if (/^(?:附[ \u3000]*則|supplementary provisions)(?:[ \u3000]*[（(][^）)]{1,30}[）)])?$/iu.test(text)) return { heading: stripMarkup(text), level: 1 };
  const marked =
    /^(?:第\s*[0-9０-９一二三四五六七八九十]+\s*【[^】]{2,40}】|【[^】]{2,40}】|[■□◆◇▼▶]\s*\S.{1,40}|第\s*[0-9０-９一二三四五六七八九十]+\s*[章節部]\s*\S.{0,40}|[(（][0-9０-９]{1,2}[)）]\s*\S.{1,40})$/u.test(
      text,
    );
  if (!marked || !hasWord.test(text) || !isBlank(lines[i - 1])) return undefined;
  if (isBlank(lines[i + 1])) return { heading: stripMarkup(text), level: 1 };
  // A press release's closing blocks (`【会社概要】`, `【本件に関するお問い合わせ先】`) head the lines under them, about the company.
  if (closingLabel.test(text)) return { heading: stripMarkup(text), level: 1 };
  // A symbol-marked heading may have its block right under it (`■ 稼働環境` then `・…`), unless the next line is marked the same
  // way (a list of marked items). A bracketed label (`【Service A】`) with text right under it labels a block, not a section.
  const next = lines[i + 1]!.text.trim();
  return /^[■□◆◇▼▶]/u.test(text) && next[0] !== text[0] ? { heading: stripMarkup(text), level: 1 } : undefined;
}

/**
 * In a formal layout headings are stacked without blank lines: `１．稼働環境`, then `（１）主たる基盤` or `① 通知の期限`,
 * then the paragraph. Such a marked line is a heading when it is a short phrase and a sentence (not another marked
 * item, which makes a list) follows it.
 */
function stackedHeading(lines: Line[], i: number): { heading: string; level: number } | undefined {
  const text = lines[i]!.text.trim();
  const marker = /^(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳])[ \u3000]*(?=\S)/u.exec(text);
  if (!marker || text.length > 32 || /[。、，,:：.]/u.test(text) || !hasWord.test(text.slice(marker[0].length))) return undefined;
  const next = lines[i + 1]?.text.trim() ?? '';
  if (!/[。．]$/u.test(next) || /^(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳])/u.test(next)) return undefined;
  return { heading: stripMarkup(text), level: /^[①-⑳]/u.test(text) ? 4 : 3 };
}

/**
 * A numbered requirement of a tender or a buyer's specification, restated by the response before its answer
 * (`REQ-SEC-014 (Mandatory): The service shall …`, `TR-4.2 [M]: … must …`, `Requirement 12: … should …`, `要件 3.1：…すること`):
 * the buyer's words, not the bidder's practice. Like a questionnaire's question it heads the answer under it, however
 * long it runs, so none of its values or places is read as the bidder's.
 */
const requirementLine =
  /^(?:[A-Z]{2,6}(?:[-_][A-Z]{2,6})?[-_][0-9]{1,4}(?:[.-][0-9]{1,3})?|(?:Requirement|Req\.?|要件|要求(?:事項)?)\s*(?:No\.?\s*)?[0-9０-９]{1,4}(?:[.．][0-9０-９]{1,3})*)\s*(?:[(（\[［](?:mandatory|desirable|optional|essential|must|should|could|[MDO]|必須|任意|推奨)[)）\]］]\s*)?[:：]\s*\S.*?(?:(?<![A-Za-z])(?:shall|should|must|is required to|are required to)(?![A-Za-z])|(?:する|できる|される|している)こと)/iu;

/**
 * The compliance a response states right under a requirement or question (`Compliance: Non-compliant`, `Status: Roadmap
 * (planned Q3 2026)`, `対応状況：未対応`): a requirement not met, or met only later, states nothing the service does now,
 * whatever its response describes; one met in part is read, and its facts are flagged.
 */
const complianceLine =
  /^(?:compliance(?:\s+(?:status|level|statement))?|(?:response\s+)?status|compliant\??|適合(?:状況|性)?|対応(?:状況|可否))\s*[:：]\s*(.+)$/iu;
const notMet =
  /^(?:non-?compliant|not (?:compliant|met|supported|available|offered)|roadmap|planned|future|(?:on the )?road ?map|no|[×✕✖✗]|非対応|未対応|対応(?:予定|不可)|不適合|非適合|今後対応)(?![A-Za-z])/iu;
const metInPart = /^(?:partial(?:ly)?(?:\s+(?:compliant|met|supported))?|in part|[△▲]|一部(?:対応|適合)?)(?![A-Za-z])/iu;

function questionHeading(text: string): { heading: string; level: number } | undefined {
  const trimmed = stripMarkup(text.trim());
  // An evaluation item of a tender heads the buyer's requirement and the bidder's answer under it, as a question does.
  if (evaluationItem.test(trimmed)) return { heading: trimmed, level: 2 };
  if (trimmed.length <= 400 && !trimmed.includes('\t') && requirementLine.test(trimmed)) {
    // A heading is quoted as printed: where bold marks only the label (`**REQ-1 (Mandatory):** The service shall …`), the
    // requirement's own words head the answer.
    const printed = text.includes(trimmed) ? trimmed : text.split(/\*\*|__/u).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '');
    return { heading: printed, level: 2 };
  }
  // `Q3.`, `Q:`, `Q ` or `問1`: not a word that begins with Q (`Quality`, `Quillmark`) nor 問題, 問い合わせ.
  return /^(?:(?:Q|Ｑ)(?![A-Za-z])|問(?=\s*[0-9０-９]|\s*[.:：．)）]))\s*\d*\s*[.:：．)）]?\s*\S/u.test(trimmed) &&
    trimmed.length <= 120 &&
    !trimmed.includes('\t')
    ? { heading: trimmed, level: 2 }
    : undefined;
}

// A fact sheet's two-column table (`Topic | Our practice`, `項目 | 対応状況`) is read like a questionnaire: one row, one section.
// So is a disclosure sheet's (`開示項目 | 開示内容`, as the ASP・SaaS 情報開示 forms print it): each item heads what is disclosed.
// A vendor's written answer to a customer's questions honours them (`ご質問 | 回答`, as a 回答書 prints its header).
// A requirements sheet a customer fills in for its vendor names each requirement as a metric or an item of requirement
// (`項目番号 | 大項目 | 中項目 | メトリクス | 要求レベル | 回答`, as IPA's 非機能要求グレード prints its lists): the metric heads the row.
// A help desk's library of canned replies (`macro_id | title | language | body`, `件名 | 本文`) heads each reply by its title:
// only beside a body column (`answerHeader`) is a title column read so.
const questionHeader =
  /^(?:ご?質問|質問事項|質問内容|設問|確認項目|確認事項|チェック項目|項目|メトリクス|(?:要求|要件)(?:項目|事項)|(?:情報)?開示項目|管理策(?:名)?|question|control question|question\s*[/／]\s*request|request|requirement|topic|item|area|category|disclosure item|control(?: name| title| area)?|(?:(?:macro|template|canned[\s_]+response|snippet)[\s_]+)?(?:title|name|subject)|件名|タイトル|(?:マクロ|テンプレート|定型文)名)$/iu;
/**
 * A header that only groups the rows (`Category`, `Area`, `Domain`, `分類`): where the row has a question column too
 * (`Ques Num | Category | Question/Request | Response`, as SIG exports print it), the question heads the row, not the group's
 * name, which would lend its words (`Access Control`, `Privacy`) to every answer under it.
 */
const groupingHeader = /^(?:topic|item|area|category|domain|項目)$/iu;

/** The column whose cells head a questionnaire's rows: a question column before a mere grouping column. */
function questionColumn(cells: string[]): number {
  const asked = cells.findIndex((c) => questionHeader.test(c) && !groupingHeader.test(c));
  return asked >= 0 ? asked : cells.findIndex((c) => questionHeader.test(c));
}
/**
 * The column of the answers, also with the choices it allows in brackets (`回答(選択)`, `回答（○/×/△）`, `Answer (Yes/No/N/A)`,
 * `Response (Y/N)`), as a form with a drop-down labels it: the choices say how to answer, not what the column is. A vendor's
 * own disclosure names the column as its own (`当社の実施内容`, `当社の対応`, `弊社における取り組み`).
 */
const answerHeader =
  /^(?:(?:当社|弊社)(?:の|における|での)?\s*)?(?:回答|回答内容|ご回答|貴社回答|対応状況|対応内容|対応|対応策|取り?組み(?:内容)?|実施内容|実施事項|実施状況(?:\s*[・/／]\s*(?:除外|適用除外|不適用)理由)?|開示内容|開示情報|記載内容|answer|response|vendor response|(?:our )?practices?|details|description|disclosure|implementation(?: status| details)?(?:\s*\/\s*justification)?|(?:(?:macro|template|message|reply|response|email)[\s_]+)?body|(?:macro|template|reply|canned[\s_]+response)[\s_]+text|本文|(?:返信|回答|テンプレート|定型文|メール)本文|返信文)(?:\s*[(（](?:選択|択一|プルダウン|リストから選択|[^()（）]{0,12}[/／・、,][^()（）]{0,12})[)）])?$/iu;
/**
 * A column after the answer that is not the vendor's statement: the customer's assessor grading and remarking on each answer
 * (`Assessor Rating`, `Assessor Comment`, `Reviewer notes`, `評価者コメント`), as a GRC tool's export prints them beside the
 * vendor's response, or the file names of the evidence attached (`Evidence Provided`, `添付資料`), which hold nothing until
 * read (`soc2-type2-2024.pdf` is no report held). The row's body ends before it, so its words and values are nobody's facts
 * of the vendor.
 */
const othersHeader =
  /^(?:(?:assessor|reviewer|auditor|analyst|evaluator|customer|client|internal|risk)(?:['’]s)?\s+(?:rating|comments?|notes?|score|findings?|assessment|review|decision|remarks?|status)|(?:risk\s+)?rating|risk\s+(?:level|score)|evidence(?:\s+(?:provided|attached|files?|documents?|references?|links?))?|attachments?|supporting\s+(?:documents?|evidence)|(?:評価|審査|確認|監査)(?:者|担当者?)?(?:コメント|所見|評価|判定|結果)|リスク(?:評価|判定|レベル)|エビデンス|証跡|添付(?:資料|ファイル))$/iu;

/**
 * A statement of applicability (ISO/IEC 27001 6.1.3 d) lists every control with whether it applies (`適用/除外`,
 * `適用可否`, `適用（○/×）`, `Applicable`) and the reason or practice beside it (`管理策 | 適用/除外 | 実施状況・除外理由`). A control marked
 * excluded (`除外`, `不適用`, `No`) is not the vendor's practice, whatever its reason names (the provider's data centre, its
 * records kept 90 days): its row heads its control but states nothing the service does.
 */
const applicabilityHeader =
  /^(?:適用\s*[/／・]\s*(?:除外|不適用)|適用(?:可否|有無|要否)|適用\s*[（(]\s*[○◯〇]\s*[/／・]\s*[×✕]\s*[）)]|applicab(?:le|ility)(?:\s*\(y\/n\))?|included|selected)$/iu;
/**
 * An answer that says only that the control is carried out under the company's rules (`規程に基づき実施`, `Implemented per
 * policy`): it names no practice a reviewer could check, so the row states nothing of the service, though the control's
 * title above it names a topic.
 */
const rulesOnlyAnswer =
  /^(?:(?:社内)?(?:規程|規定|規則|手順|ポリシー|方針)(?:類)?(?:に基づき|に基づいて|に従い|に従って|に則り|のとおり)\s*(?:実施|対応|運用|管理)(?:している|しています|済み?)?|implemented (?:per|according to|in line with|as per) (?:the |our )?(?:policy|policies|procedures?|internal rules))[。.]?$/iu;
/**
 * An answer that gives only the control's status (`導入済み`, `実施済`, `運用中`, `Implemented`, `In place`), as a statement of
 * applicability's 実施状況 column often does: like `規程に基づき実施` it names no practice a reviewer could check.
 */
const statusOnlyAnswer = /^(?:(?:導入|実施|対応|適用|運用)(?:済み?|中)(?:です)?|implemented|in place|in operation)[。.]?$/iu;
/**
 * An answer cell of one sentence closed by a plan (`2026年度導入予定`, `…へのバックアップ複製は2026年度導入予定`, `計画中（2026年度
 * 導入予定）`, `…の認証は2026年度取得予定です`): what it names is not in place yet, so the row states nothing of the service. A
 * cell that states a practice before the plan (`日次で取得。西日本への複製は導入予定`) is still read.
 */
const plannedAnswer = /^[^。\n]*(?:予定|計画中|検討中|準備中)(?:です|としています|である)?(?:\s*[（(][^（）()\n]*[)）])?[。.]?$/u;
const excludedCell = /^(?:除外|適用除外|不適用|適用外|対象外|excluded|not applicable|n\/a|no|[×✕])$/iu;
/**
 * An answer cell that says no or not applicable, as procurement sheets mark it (`×`, `－`, `いいえ`, `非対応`, `N/A`, `NA`):
 * the row states nothing the service does, even when its question or a note names a region, a scheme or a practice. So
 * does a no that is only under way (`No, in progress`, `No (planned)`, `×（予定）`): nothing is held yet, and so does an answer
 * that is only a plan (`今後対応予定`, `検討中`, `Planned`), whatever its question or note names.
 */
const deniedAnswer =
  /^(?:今後|将来(?:的に)?)?(?:の)?(?:対応|実施|取得|導入|登録|申請)?(?:予定|検討中|計画中|準備中)(?:です|としています)?[。.]?$|^(?:planned|in progress|on (?:the |our )?roadmap|under consideration)\.?$|^(?:[×✕✖✗╳xXＸ]|[－\-‐―—ー]|いいえ|非対応|未対応|対象外|該当なし|該当しない|no|n\/a|n\.?a\.?|not applicable)$|^(?:no|いいえ|[×✕]|未対応|非対応)\s*[,、.;:：(（–—-]?\s*(?:in progress|planned|scheduled|pending|not yet|under (?:way|review|evaluation|consideration)|(?:on (?:the )?)?roadmap|work in progress|in preparation|予定|対応予定|検討中|準備中|計画中)\s*[)）.。]?$/iu;
/**
 * The note of a row answered in part that only says when it will be done (`△⇥2026年中に…構築を予定しています`, `Partial⇥Rollout
 * planned for Q3`): what is planned is not in place, so the row states nothing yet, whatever place or scheme it names.
 */
const plannedNote =
  /予定|計画中|検討中|準備中|(?<![A-Za-z])(?:planned|scheduled|in progress|on (?:the|our) roadmap|under (?:evaluation|consideration))(?![A-Za-z])/iu;
/**
 * A note that says nothing of its own: a bare number (`ログの保管期間（年）⇥○⇥5`: no unit, so no value a quote can show) or a
 * pointer to another row (`No.12参照`, `See K.2`), which is read where it points.
 */
const nothingOfItsOwn =
  /^[\d０-９.,，．\s]+$|^(?:(?:No|NO|№)\s*[.．]?\s*)?[A-Z]{0,4}[-.．]?[\d０-９]+(?:[.．][\d０-９]+)*\s*(?:を)?参照(?:ください)?[。.]?$|^(?:see|refer to)\s+(?:(?:No|question|row)\s*\.?\s*)?[A-Z]{0,4}[-.]?\d+(?:\.\d+)*\.?$/iu;
/** An answer cell that says yes in part (`△`, `一部対応`, `Partial`): the row is read, and its facts are flagged for review. */
const partAnswer = /^(?:[△▲]|一部(?:対応|実施|可)?|部分的(?:に)?(?:対応)?|partial(?:ly)?(?: (?:implemented|supported|compliant))?|in part)$/iu;

/**
 * An answer cell that opens with its mark and goes on with the answer (`○ 24時間365日`, `△ 6時間以内`, `× お客様にて実施`):
 * the mark says whether the requirement is met, the words after it what is done. Split, so the words are judged as a cell
 * of their own would be.
 */
function markAndAnswer(cell: string): { mark: string; answer: string } {
  const m = /^([○◯〇△▲×✕])\s+(\S.*)$/u.exec(cell);
  return m ? { mark: m[1]!, answer: m[2]! } : { mark: cell, answer: cell };
}
/**
 * An answer that leaves the thing asked to the customer (`お客様にて実施`, `貴社にてご対応ください`, `Customer responsibility`):
 * what the customer does is no practice of the service, so the row states nothing of it, whatever its note names.
 */
/**
 * A status column before the vendor's own answer (`対応状況 | 当社の対応`, `Status | Our response`): its cell only grades the
 * row (`対応済`, `一部対応`, `対象外`, `医療機関等の責任`), as a mark would, and the answer column after it holds the words.
 */
const statusHeader = /^(?:(?:対応|実施|適合)(?:状況|状態|可否)|status|compliance(?: status)?)(?:\s*[(（][^()（）]{0,20}[)）])?$/iu;
/**
 * A status that leaves the requirement to another party (`医療機関等の責任`, `お客様の責任範囲`, `委託元の実施事項`, `Customer
 * responsibility`): not the vendor's practice, so the row states nothing of the service.
 */
const othersDutyStatus =
  /^(?!当社|弊社)[^\s。、]{1,12}?(?:側)?(?:の)?(?:責任(?:範囲)?|実施事項|ご?対応事項)$|^(?:customer|client|user|tenant)(?:['’]s)? responsibility$/iu;

const customerDoes =
  /^(?:お客様|貴社|利用者|ご利用者|ユーザー?)(?:側)?(?:にて|で|の責任(?:において|で)|のご?責任(?:範囲)?(?:で|において)?)(?:ご)?(?:実施|対応|管理|準備|用意)(?:ください|いただきます|いただく|願います|となります)?[。.]?$|^customer(?:['’]s)? (?:responsibility|to (?:implement|provide|manage))\.?$/iu;

/**
 * A questionnaire laid out as a table (`No. | 分類 | 質問 | 回答`, CAIQ-style
 * sheets): each row is a section headed by its question cell, so heading cues
 * read the question, and the row from its answer cell on is the body.
 */
function questionRows(lines: Line[]): Candidate[] {
  const found: Candidate[] = [];
  let column: number | undefined;
  let answer = -1;
  let applicability = -1;
  let others = -1;
  let status = -1;
  for (let i = 0; i < lines.length; i++) {
    const cells = cellsOf(lines[i]!.text);
    if (!cells) {
      if (lines[i]!.text.trim()) column = undefined;
      continue;
    }
    const q = questionColumn(cells);
    if (q >= 0 && cells.some((c) => answerHeader.test(c))) {
      column = q;
      answer = cells.findIndex((c) => answerHeader.test(c));
      // A status column followed by the vendor's answer column: the status grades the row, the answer is its body.
      const after = cells.findIndex((c, k) => k > answer && answerHeader.test(c) && !statusHeader.test(c));
      status = statusHeader.test(cells[answer]!) && after > answer ? answer : cells.findIndex((c, k) => k < answer && statusHeader.test(c));
      if (status === answer) answer = after;
      applicability = cells.findIndex((c) => applicabilityHeader.test(c));
      others = cells.findIndex((c, k) => k > answer && othersHeader.test(c));
      continue;
    }
    const question = column === undefined ? undefined : cells[column];
    // A row answered no or not applicable still heads its question, but its cells are no body to read facts from.
    // A mark with words after it (`× 平日9:00〜18:00`) says the request is not met, and the words what is done instead: read, for
    // review, unless the words themselves say nothing is done yet (`△ 対応予定`) or leave it to the customer (`× お客様にて実施`).
    const marked = markAndAnswer(cells[answer] ?? '');
    const withWords = marked.answer !== marked.mark;
    const deniedCell =
      deniedAnswer.test(cells[answer] ?? '') ||
      (withWords && deniedAnswer.test(marked.answer)) ||
      customerDoes.test(marked.answer) ||
      rulesOnlyAnswer.test(cells[answer] ?? '') ||
      statusOnlyAnswer.test(cells[answer] ?? '') ||
      plannedAnswer.test(cells[answer] ?? '') ||
      (applicability >= 0 && excludedCell.test(cells[applicability] ?? '')) ||
      (status >= 0 && (deniedAnswer.test(cells[status] ?? '') || othersDutyStatus.test(cells[status] ?? '')));
    const inPart = partAnswer.test(marked.mark) || (withWords && /^[×✕]$/u.test(marked.mark)) || (status >= 0 && partAnswer.test(cells[status] ?? ''));
    const notes = cells
      .slice(answer + 1, others > answer ? others : undefined)
      .filter(Boolean)
      .join(' ');
    const denied = deniedCell || (inPart && plannedNote.test(notes)) || (answer >= 0 && !!notes && nothingOfItsOwn.test(notes));
    // The question's own wording (`Are backups stored in multiple regions?`) is what the customer asks, not what the vendor
    // says: the body starts at the answer cell, so a fact is read from the answer and its note only.
    // A row whose cells all open in lower case right under another row (`management⇥production hosts` under `Vulnerability⇥…`)
    // is that row's wrapped line, as a text export of a PDF table prints it: it goes on the row's body, heading nothing.
    const wrapped = i > 0 && cellsOf(lines[i - 1]!.text) !== undefined && cells.filter(Boolean).every((c) => /^[a-z]/u.test(c));
    if (column !== undefined && question && hasWord.test(question) && !/^[-:\s]+$/u.test(question) && !wrapped) {
      const answerAt = cellStart(lines[i]!.text, answer > column ? answer : column + 1);
      const answerEnd = others > answer && answer >= 0 ? cellStart(lines[i]!.text, others) - 1 : undefined;
      found.push({
        line: i,
        heading: question,
        level: 2,
        rowIsBody: !denied,
        answerAt,
        ...(answerEnd !== undefined && answerEnd > answerAt ? { answerEnd } : {}),
        ...(inPart ? { answeredInPart: true } : {}),
      });
    }
  }
  return found;
}

function isBlank(line: Line | undefined): boolean {
  return line === undefined || line.text.trim() === '';
}

/** An English heading in title case (`Complementary Subservice Organization Controls`): every word of four letters or more capitalised. */
function isTitleCase(text: string): boolean {
  return /^[A-Za-z0-9 '’&(),/-]+$/u.test(text) && text.split(/\s+/u).every((w) => w.replace(/[^A-Za-z]/gu, '').length < 4 || /^[(]?[A-Z]/u.test(w));
}

/**
 * In a numbered document, an unnumbered heading that stands alone between blank lines over a paragraph (`クラウドサービスにおける
 * 取り組み`, a closing part after a policy's numbered principles): it opens a part of its own, so the facts of its paragraph are
 * not quoted under the last numbered principle. Not a company's or signatory's line, nor a label line (the closing `以上` is
 * too short).
 */
function standaloneHeading(lines: Line[], i: number, lastNumbered: () => number): { heading: string; level: number } | undefined {
  const text = lines[i]!.text.trim();
  if (!isBlank(lines[i - 1]) || !isBlank(lines[i + 1]) || text.length < 4 || text.length > 30) return undefined;
  if (!/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー・]+$/u.test(text) || /株式会社|有限会社|代表|取締役/u.test(text)) return undefined;
  const next =
    lines
      .slice(i + 1)
      .find((l) => !isBlank(l))
      ?.text.trim() ?? '';
  if (!/。$/u.test(next) || next.length < 2 * text.length) return undefined;
  // Only a closing part, after the last numbered heading: between numbered ones, an unnumbered line is more often a
  // sub-heading the numbering already places (its text stays with the numbered section).
  return lastNumbered() > i ? undefined : { heading: text, level: 1 };
}

/**
 * A heading in capitals, as a contract or an annex prints its parts (`ANNEX III: LIST OF SUB-PROCESSORS`, `SCHEDULE 2 –
 * SECURITY MEASURES`): the colon there joins the part's label to its name, it labels no value.
 */
const capitalsHeading = /^(?=(?:[^a-z]*[A-Z]){4})[A-Z0-9 '’&(),/:–—-]+$/u;

function plainHeading(lines: Line[], i: number): { heading: string; level: number } | undefined {
  const text = lines[i]!.text.trim();
  const capitals = capitalsHeading.test(text) && text.split(/\s+/u).length >= 2;
  // English headings run longer than Japanese ones: up to 60 characters in title case or in capitals.
  if (text.length < 2 || (text.length > 40 && !(text.length <= 60 && (isTitleCase(text) || capitals)))) return undefined;
  if (sentenceEnd.test(text) || (/[:：]/u.test(text) && !capitals) || text.includes('\t') || bullet.test(text) || /https?:|<|www\./iu.test(text))
    return undefined;
  if (!hasWord.test(text) || /[、,]$/u.test(text)) return undefined;
  // A short English sentence ("Backups are kept in Osaka.") stands alone too; a heading is a phrase.
  if (/\.$/u.test(text) && text.split(/\s+/u).length >= 3) return undefined;
  if (!isBlank(lines[i - 1])) return undefined;
  // A slide's title (a deck saved as text) has its points right under it: a short line opening a block of bullets heads
  // it. So does a heading set directly over its paragraph, as text copied from a web page prints it (`Backups` over
  // `Databases are backed up every 4 hours …`): a short phrase over a sentence at least twice as long. Not a bracketed
  // label (`【Kumo Mail】` over its sentences): it says which services the lines under it speak about (scopes.ts).
  const next = lines[i + 1]?.text.trim() ?? '';
  // A paragraph that opens a list (`The following controls are expected …:`, `次のとおりです：`) is a paragraph too.
  // A web page's paragraph may close with its link's label (`… this app supports. Learn More`, `…しています。詳しくはこちら`),
  // which copies as the paragraph's last words: the sentence before it ends the paragraph.
  const overParagraph =
    /[。．！？!?.:：](?:\s*(?:learn more|read more|more info|詳しくはこちら|詳細はこちら))?$/iu.test(next) &&
    next.length >= Math.max(2 * text.length, 30) &&
    !/^[【［\[〔]/u.test(text);
  if (next && !bullet.test(lines[i + 1]!.text) && !overParagraph) return undefined;
  return { heading: stripMarkup(text), level: 1 };
}

/** A copyright line (`© 2025 X Inc. All rights reserved.`, `Copyright (c) 2025 X`): page furniture that names an owner. */
export const copyrightLine = /©|Ⓒ|\(c\)\s*(?:19|20)\d\d|(?<![A-Za-z])copyright(?![A-Za-z])/iu;

/**
 * An entry of a table of contents: a title, dotted leaders, a page number (`３．バックアップ……… 5`, `Backup ....... 5`).
 * It names a section printed further on, so it heads none itself.
 */
export const tocEntry = /(?:[.．・…‥·_]\s?){4,}\s*(?:[0-9０-９]{1,4}|[ivxlc]{1,6})$/iu;

function collect(lines: Line[], detect: (i: number) => { heading: string; level: number } | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (tocEntry.test(lines[i]!.text.trim())) continue;
    const h = detect(i);
    if (h) found.push({ line: i, ...h });
  }
  return found;
}

/** In a plain layout the title block is made of short lines too: it ends with the last title-like line before the first sentence. */
/** A breadcrumb trail (`ホーム ＞ 導入事例 ＞ X`, `Marketplace › Business Applications`): navigation, no title. */
// Also a trail of one step whose parents are Markdown links (`[Trust Portal](https://…) › What changed`): a link then a
// separator is navigation whatever its length.
export const breadcrumb = /^[^>＞›»\n]{1,40}(?:\s*[>＞›»]\s*[^>＞›»\n]{1,60}){2,}$|^(?:\[[^\]\n]{1,40}\]\([^)\s]+\)\s*[>＞›»]\s*)+[^>＞›»\n]{1,60}$/u;

function dropTitleBlock(lines: Line[], candidates: Candidate[]): Candidate[] {
  // A web page's breadcrumb trail over its title (`ホーム ＞ お知らせ ＞ 障害情報`) is navigation, not the body's first line.
  const firstBody = lines.findIndex(
    (l, i) => l.text.trim() && !candidates.some((c) => c.line === i) && !isTitleLine(l.text) && !breadcrumb.test(l.text.trim()),
  );
  const leading = candidates.filter((c) => firstBody === -1 || c.line < firstBody);
  // An update's heading right under the title (`【第2報】` over its `掲載日時：2025年…` line) opens the body: it is no part of the
  // title block, though a dated line follows it.
  const update = (c: Candidate) => updateNumber(c.heading) !== undefined;
  const lastTitle = [...leading].reverse().find((c) => isTitleLine(c.heading) && !update(c));
  // A line standing alone above the title block's own short lines (`X セキュリティについて` over `2025年5月20日` and
  // `X株式会社`) is the document's title, not a section, though no title word marks it.
  let lastCueLine = -1;
  for (let i = 0; i < (firstBody === -1 ? lines.length : firstBody); i++) {
    const text = lines[i]!.text.trim();
    if (text && text.length <= 40 && !/[。.]$/u.test(text) && !candidates.some((c) => c.line === i) && isTitleLine(text)) lastCueLine = i;
  }
  const cut = Math.max(lastTitle?.line ?? -1, ...leading.filter((c) => c.line < lastCueLine && !update(c)).map((c) => c.line));
  return candidates.filter((c) => c.line > cut);
}

/**
 * A single top-level heading that opens the headings of a Markdown document (or of the HTML reader's output) is
 * its title, not a section, when other sections follow (`others`): a questionnaire's rows, or the headings after it.
 */
function withoutTitleHeading(headings: Candidate[], others: number, lines?: Line[]): Candidate[] {
  const opensWithTitle = headings[0]?.level === 1 && headings.filter((c) => c.level === 1).length === 1 && others > 0;
  // Under a title line of its own (a workbook's cover sheet, `Vendor Security Questionnaire`, over its answers' sheet
  // headed `# Questions`), the heading is that part's, not the document's title.
  const titledAbove = !!lines && !!headings[0] && lines.slice(0, headings[0].line).some((l) => !/^\s*#/u.test(l.text) && isTitleLine(l.text));
  return opensWithTitle && !titledAbove ? headings.slice(1) : headings;
}

/** A title-block field of a version or a date (`Version 2.3 – effective 15 September 2025`, `v1.4`, `2025年9月15日`): no sentence. */
const versionOrDateField =
  /(?<![A-Za-z])(?:version|ver\.?|rev(?:ision|\.)?)\s*[:：]?\s*v?\d|^\s*v\d+(?:\.\d+)+\s*$|第\s*[\d.]+\s*版|(?<!\d)(?:19|20)\d\d\s*年\s*\d{1,2}\s*月|(?<![A-Za-z])(?:effective|dated|updated|published)(?:\s+date)?\s*[:：]?\s*\d/iu;

/**
 * The subtitle of a Markdown title (`# Data Processing Agreement – Annex II` over `## Technical and Organisational Measures`),
 * set as the first second-level heading right under it, with the title block's fields under it (the product, the company,
 * `Version 2.3 – effective 15 September 2025`): part of the title block, not a section. Its fields date the document.
 */
function withoutSubtitleHeading(headings: Candidate[], lines: Line[]): Candidate[] {
  const first = headings[0];
  if (!first || first.level !== 2) return headings;
  const above = lines.slice(0, first.line).filter((l) => !isBlank(l));
  if (above.length !== 1 || !/^#\s+\S/u.test(above[0]!.text.trim())) return headings;
  const fields = lines.slice(first.line + 1, headings[1]?.line ?? lines.length).filter((l) => !isBlank(l));
  // The fields come first, a few short lines; a paragraph may follow them (the annex's preamble).
  const prose = fields.findIndex((l) => l.text.trim().length > 80 || /[.。]\s*$/u.test(l.text.trim()));
  const block = prose < 0 ? fields : fields.slice(0, prose);
  return block.length > 0 && block.length <= 6 && block.some((l) => versionOrDateField.test(l.text)) ? headings.slice(1) : headings;
}

/** Under a question or requirement heading, the compliance its first line states, if it states one. */
function complianceOf(lines: Line[], heading: number, next: number): { line: number; met: 'yes' | 'no' | 'in part' } | undefined {
  if (!questionHeading(lines[heading]!.text)) return undefined;
  const at = lines.findIndex((l, i) => i > heading && i < next && !isBlank(l));
  const value =
    at < 0
      ? undefined
      : complianceLine
          .exec(stripMarkup(lines[at]!.text.trim()))?.[1]
          ?.replace(/\*\*|__/gu, '')
          .trim();
  if (!value) return undefined;
  return { line: at, met: notMet.test(value) ? 'no' : metInPart.test(value) ? 'in part' : 'yes' };
}

/**
 * The sections under a heading the test matches (a reviews heading, a decision record's context, a request's costs), the
 * heading's own section included, down to the next heading of its level or above: their subsections are part of them.
 */
export function sectionsHeadedBy(sections: readonly Section[], heading: RegExp): Set<Section> {
  const found = new Set<Section>();
  let level: number | undefined;
  for (const section of sections) {
    if (level !== undefined && section.level > level) {
      found.add(section);
      continue;
    }
    level = undefined;
    if (heading.test(section.heading.replace(/^#+\s*/u, '').trim())) {
      found.add(section);
      level = section.level;
    }
  }
  return found;
}

export function outline(input: string): Outline {
  const lines = splitLines(input);
  const questions = (i: number) => questionHeading(lines[i]!.text) ?? markedHeading(lines, i);
  // The last numbered heading's line, found once (not for every candidate of a standalone heading).
  let last: number | undefined;
  const lastNumbered = () => {
    if (last === undefined) {
      last = -1;
      for (let k = lines.length - 1; k >= 0 && last < 0; k--) if (numberedHeading(lines[k]!.text, lines[k + 1]?.text)) last = k;
    }
    return last;
  };
  const markdown = collect(lines, (i) => markdownHeading(lines[i]!.text) ?? questions(i));
  // In a meeting's minutes (meeting-minutes.ts) an agenda item's number heads the turns spoken on it.
  const dialogue = customerTurns(input).length > 0;
  const numbered = collect(
    lines,
    (i) =>
      numberedHeading(lines[i]!.text, dialogue && opensTurn(lines[i + 1]?.text ?? '') ? '' : lines[i + 1]?.text) ??
      // And its parts' labels (`議事内容`, `決定事項`, `次回予定`) head what follows, not the last agenda item.
      (dialogue && minutesPart.test(lines[i]!.text.trim()) ? { heading: lines[i]!.text.trim(), level: 1 } : undefined) ??
      questions(i) ??
      stackedHeading(lines, i) ??
      standaloneHeading(lines, i, lastNumbered) ??
      (backMatter.test(lines[i]!.text.trim()) ? { heading: lines[i]!.text.trim(), level: 1 } : undefined),
  );
  let layout: Outline['layout'];
  let candidates: Candidate[];
  const rows = questionRows(lines);
  if (rows.length >= 2) {
    layout = 'questionnaire';
    // Headings above the table (a sheet's own sections) stay; the rows are sections of their own.
    const above = (markdown.length ? markdown : collect(lines, (i) => questions(i) ?? plainHeading(lines, i))).filter((c) => c.line < rows[0]!.line);
    // So does a Markdown heading between or after the tables (`## 3. 拡張管理策`, `## 4. 改訂履歴`): the last row's body ends there.
    // Likewise a numbered heading after the table (`6. CERTIFICATIONS AND ASSURANCE` under a controls table), or between two
    // tables (`4. ISO/IEC 27017:2015 クラウドサービス拡張管理策` over the second), on a line that is no row.
    const after = rows[0]!.line;
    const numberedAfter = markdown.length
      ? []
      : numbered.filter((c) => c.line > after && !cellsOf(lines[c.line]!.text) && /^\s*(?:[0-9０-９]|第)/u.test(lines[c.line]!.text));
    const between = [...markdown.filter((c) => c.line > rows[0]!.line && /^\s*#/u.test(lines[c.line]!.text)), ...numberedAfter];
    candidates = [...withoutTitleHeading(dropTitleBlock(lines, above), rows.length, lines), ...[...rows, ...between].sort((a, b) => a.line - b.line)];
  } else if (markdown.filter((c) => /^\s*#/.test(lines[c.line]!.text)).length >= 2) {
    layout = 'markdown';
    candidates = markdown;
  } else if (numbered.filter((c) => /^\s*(?:[0-9０-９]|第|[(（][0-9０-９])/u.test(lines[c.line]!.text)).length >= 3) {
    layout = 'numbered';
    // The document's first line, unnumbered and named by its kind (`業務委託契約書` over the parties' recital), is its title:
    // the recital under it is the title block, not a section.
    const first = lines.findIndex((l) => l.text.trim());
    candidates = numbered.filter((c) => !(c.line === first && isTitleLine(c.heading) && !/^\s*(?:[0-9０-９]|第|[(（][0-9０-９])/u.test(lines[c.line]!.text)));
  } else {
    layout = 'plain';
    candidates = dropTitleBlock(
      lines,
      collect(lines, (i) => questions(i) ?? plainHeading(lines, i)),
    );
  }
  const replies = quotedHeadings(lines);
  if (replies.length > 0) {
    const at = new Set(replies.map((c) => c.line));
    candidates = [...candidates.filter((c) => !at.has(c.line)), ...replies].sort((a, b) => a.line - b.line);
  }
  candidates = candidates.filter((c) => !/^(?:目次|contents|table of contents)$/iu.test(c.heading));
  if (layout === 'markdown') candidates = withoutSubtitleHeading(withoutTitleHeading(candidates, candidates.length - 1), lines);
  // An e-mail's own text ends where its sign-off, signature or quoted earlier messages begin: what follows is the
  // sender's address block, a legal footer, or the other party's words (`> We host our ERP on …`), never the service's.
  // A web page's ends where its readers' comments begin, for the same reason.
  // So does a page's list of related articles: link titles of other posts, not what this one states.
  const trailer = Math.min(emailTrailer(lines), readersComments(lines), relatedLinks(lines));
  candidates = candidates.filter((c) => c.line < trailer);
  const end = trailer < lines.length ? lines[trailer]!.start : input.length;
  const sections: Section[] = candidates.map((c, k) => {
    const line = lines[c.line]!;
    const next = candidates[k + 1];
    // A questionnaire row ends before the assessor's and evidence columns (`othersHeader`) where the sheet has them.
    const bodyEnd = c.rowIsBody && c.answerEnd !== undefined ? line.start + c.answerEnd : next ? lines[next.line]!.start : end;
    // The compliance line is a label of the answer, no statement of it: the body starts under it.
    const status = c.rowIsBody ? undefined : complianceOf(lines, c.line, next?.line ?? lines.length);
    // A tender's evaluation item restates the buyer's requirement before the answer: the body is the answer.
    const answer = c.rowIsBody || status ? undefined : answerStart(lines, c.line, next?.line ?? lines.length);
    const bodyStart = c.rowIsBody
      ? line.start + (c.answerAt ?? 0)
      : status?.met === 'no' || answer?.declined
        ? bodyEnd
        : answer
          ? Math.min(answer.start, bodyEnd)
          : Math.min((status ? lines[status.line]! : line).end + 1, bodyEnd);
    return {
      heading: c.heading,
      level: c.level,
      headingSpan: spanOf(input, line.start, line.end),
      body: spanOf(input, bodyStart, bodyEnd),
      ...(c.answeredInPart || status?.met === 'in part' ? { answeredInPart: true } : {}),
      ...(status?.met === 'no' || answer?.declined ? { notMet: true } : {}),
    };
  });
  if (sections.length === 0) {
    // A message with no heading in its text is one section under its head (the header fields, which title and date it),
    // headed by its subject as printed, and ending where the sender's text ends.
    const subject = lines.findIndex((l) => subjectLine.test(l.text.trim()));
    const headEnd = lines.findIndex((l, i) => i > subject && !l.text.trim());
    if (isMessage(lines) && subject >= 0 && headEnd > subject) {
      const line = lines[subject]!;
      const heading = line.text.trim();
      const at = line.start + line.text.indexOf(heading);
      // The greeting (`Hi Kenji,`, `山田様`) and opening formula are the message's head too, no statement of the body.
      let open = headEnd;
      while (open < lines.length && (!lines[open]!.text.trim() || messageHeadLine.test(lines[open]!.text.trim()))) open++;
      const bodyStart = Math.min(open < lines.length ? lines[open]!.start : end, end);
      return {
        preamble: spanOf(input, 0, bodyStart),
        sections: [{ heading, level: 1, headingSpan: spanOf(input, at, at + heading.length), body: spanOf(input, bodyStart, end) }],
        layout,
      };
    }
    // An excerpt with no heading at all is one section, named by its first line (which is in the text, as a heading must be).
    const first = lines.find((l) => l.text.trim());
    if (first) {
      const heading = first.text.trim().slice(0, 60);
      const at = first.start + first.text.indexOf(heading);
      return {
        preamble: spanOf(input, 0, titleLineOf(lines, first) ? first.end : 0),
        // It ends where the text's trailer begins (readers' comments, related links), as any section does.
        sections: [{ heading, level: 1, headingSpan: spanOf(input, at, at + heading.length), body: spanOf(input, 0, end) }],
        layout,
      };
    }
  }
  const preambleEnd = sections[0]?.headingSpan.start ?? input.length;
  const lead = sections.length > 0 ? leadOf(input, lines, preambleEnd) : undefined;
  // A page whose only heading is its first line (`# X — Security at a glance` over paragraphs or a list) is titled by it: the
  // line is the title block as well as the heading of the one section under it.
  const only = sections.length === 1 && candidates[0] ? lines[candidates[0].line]! : undefined;
  const titleEnd = only && lines.findIndex((l) => l.text.trim()) === candidates[0]!.line && titleLineOf(lines, only) ? only.end : preambleEnd;
  return { preamble: spanOf(input, 0, Math.max(preambleEnd, titleEnd)), ...(lead ? { lead } : {}), sections, layout };
}

/**
 * The first line of a text that reads as its title rather than its first sentence: short, ending in no sentence's stop,
 * and set apart from what follows by a blank line (or a heading's mark: `# `, `■`, `【`).
 */
function titleLineOf(lines: Line[], first: Line): boolean {
  const text = first.text.trim();
  const k = lines.indexOf(first);
  const apart = /^(?:#\s|[■□◆◇●▶【])/u.test(text) || (k + 1 < lines.length && !lines[k + 1]!.text.trim());
  return apart && text.length <= 80 && !/[。.!?！？:：,、]$/u.test(text) && !subjectLine.test(text) && !isMessage(lines);
}

/**
 * A line of a message's head that names no title or product: an address or date field (`From: …`, `宛先：…`), a
 * greeting (`Hi Tom,`, `Dear Ms Lee,`, `山田様`, `To whom it may concern,`) or the opening formula of a business letter (`いつもお世話になっております。`,
 * `I hope this e-mail finds you well.`), also to a group of readers, as a press release or circular opens
 * (`報道関係者各位`, `お客様各位`, `To the press`, `For immediate release`).
 */
export const messageHeadLine =
  /^(?:from|to|cc|bcc|date|sent|reply-to|差出人|送信者|宛先|送信日時)\s*[:：]|^(?:いつも|平素(?:は|より)[^。]{0,20}?)?(?:大変)?お世話に(?:なっております|なります)[。.]?$|^(?:突然の)?ご連絡(?:を)?失礼いたします[。.]?$|^I hope (?:this (?:e-?mail|message) finds you|you are|you're) (?:well|doing well)[.!]?$|^(?:hi|hello|dear|good (?:morning|afternoon|evening))(?![A-Za-z])[^.。]{0,60}$|^.{1,30}(?:様|さま|御中|各位)[、,]?$|^(?:to (?:the )?(?:press|media)|for immediate release|to whom it may concern)[.:,]?$/iu;

/**
 * A letter's salutation (`To whom it may concern,`, `Dear Sir or Madam,`, `関係者各位`, `株式会社X 御中`). A letter opens with
 * its letterhead (the sender's name, tagline, address and contacts) over the salutation, and its subject line follows the
 * salutation: the letterhead names the sender, never the title or the product.
 */
const salutation = /^(?:to whom it may concern|dear\s[^.。]{1,60}|.{1,30}(?:各位|御中|殿))[,:、]?$/iu;
const subjectLine = /^(?:re|subject|件名)\s*[:：]/iu;
/**
 * A line named by the kind of document it is (`セキュリティに関するご質問への回答書`, `…報告書`): a cover's title, which a
 * Japanese form prints above the addressee (`株式会社X 御中`), as a consent form (`…同意書`) does above the company it is
 * returned to. It is no letterhead: the title block keeps it.
 */
const documentKindTitle = /^[^。、:：]{0,60}(?:回答|報告|説明|確認|申請|届出|通知|提案|証明|申込|依頼|同意|承諾)書$/u;

/**
 * A notice's title above its salutation (`【重要】計画メンテナンスのお知らせ（2025年11月15日実施）` over `お客様各位`): a notice
 * to customers is headed by what it announces, so the line is its title, not a letterhead.
 */
const noticeTitle = /(?:お知らせ|ご案内|ご報告|ご連絡)(?:\s*[（(][^（）()]{1,30}[)）])?$/u;

/**
 * The lines of a title block from a letter's salutation on; all of them when there is none, or when a subject line
 * (`Re: …`, `Subject: …`, `件名：…`, an e-mail's header field) stands above it and titles the letter.
 */
export function belowLetterhead<T>(lines: readonly T[], text: (line: T) => string): T[] {
  const at = lines.findIndex((l) => salutation.test(text(l).trim()));
  const titlesIt = (line: string) => subjectLine.test(line) || documentKindTitle.test(line) || noticeTitle.test(line);
  if (at <= 0 || lines.slice(0, at).some((l) => titlesIt(text(l).trim()))) return [...lines];
  return lines.slice(at);
}

/** A message's subject as its title: without the field name and the reply or forward marks (`Subject: RE: X` → `X`). */
export function subjectOf(line: string): string | undefined {
  return /^(?:subject|件名)\s*[:：]\s*(?:(?:re|fw|fwd|aw|wg|返信|転送)\s*[:：]\s*)*(.+)$/iu.exec(line.trim())?.[1]?.trim();
}

/** Header fields that open an e-mail (`Subject:`, `From:`, `件名：`, `差出人：`): the document is a message. */
const emailHeader = /^(?:subject|from|to|cc|date|sent|件名|差出人|送信者|宛先|送信日時)\s*[:：]/iu;
/** A quoted message's attribution or separator (`On 5 May 2025, Tom wrote:`, `-----Original Message-----`, `…さんは書きました：`). */
const quoteOpener =
  /^(?:On\s.{4,120}\swrote:|-{2,}\s*(?:Original Message|Forwarded message|元のメッセージ|転送されたメッセージ)\s*-{2,}|.{1,80}(?:さんは書きました|のメッセージ)\s*[:：])$/iu;
/**
 * A sign-off closing the sender's text (`Best regards,`, `以上、よろしくお願いいたします。`, a bare `以上`), the courtesy line
 * that leads into it (`ご不明な点がございましたら、お気軽にお問い合わせください。`: Japanese letters close with it, so it opens no
 * answers), or the signature separator `-- `. Not `Please let me know …`: English replies also open with it.
 */
const signOff =
  /^(?:(?:best|kind|warm|many)?\s*regards|sincerely|(?:many\s+)?thanks|thank you|cheers|(?:以上[、,]?\s*)?(?:引き続き|今後とも)?(?:何卒|どうぞ)?(?:よろしく|宜しく)お願い(?:いた|致|申し上げ)?(?:し)?ます)[,.、。!！]?$|^以上[。.]?$|^(?:その他)?(?:ご不明(?:な)?点|ご質問)(?:など|等)?(?:が)?(?:ございましたら|ありましたら)[^。]{0,40}(?:ください|くださいませ|ご連絡ください)[。]?$|^--\s*$/iu;

/**
 * The first line of an e-mail's trailer (the line count when there is none): in a message (its first lines are header
 * fields), the sign-off, the signature separator or the first quoted line (`> …`); in any document, a quoted message's
 * attribution line. A `>` line elsewhere is a bullet or a blockquote of the document's own.
 */
function emailTrailer(lines: Line[]): number {
  const message = isMessage(lines);
  const inline = message && inlineReply(lines);
  const at = lines.findIndex((l, i) => {
    const text = l.text.trim();
    if (quoteOpener.test(text)) return true;
    // In a reply written between the quoted lines, the quoted questions head the answers: they end nothing.
    return message && i > 0 && (signOff.test(text) || (!inline && quoted.test(text)));
  });
  return at < 0 ? lines.length : at;
}

/** A message: two of its first lines are header fields (`From:`, `Subject:`, `件名：`). */
function isMessage(lines: readonly Line[]): boolean {
  return (
    lines
      .filter((l) => l.text.trim())
      .slice(0, 6)
      .filter((l) => emailHeader.test(l.text.trim())).length >= 2
  );
}

const quoted = /^>/u;

/**
 * A reply written between the lines it quotes (`> 1. Where is customer data stored?` over the sender's answer): the
 * sender's own text follows a quoted line, before the sign-off. Quoted lines at the end only (a reply over the message it
 * answers) make none.
 */
function inlineReply(lines: readonly Line[]): boolean {
  const texts = lines.map((l) => l.text.trim());
  const end = texts.findIndex((t, i) => i > 0 && signOff.test(t));
  const body = end < 0 ? texts : texts.slice(0, end);
  const first = body.findIndex((t) => quoted.test(t));
  return first >= 0 && body.slice(first).some((t) => t !== '' && !quoted.test(t));
}

/** In an inline reply, each quoted line heads the sender's text under it: the other party's words, never the sender's claim. */
function quotedHeadings(lines: readonly Line[]): Candidate[] {
  if (!isMessage(lines) || !inlineReply(lines)) return [];
  return lines.flatMap((l, line) => {
    const heading = stripMarkup(l.text.trim().replace(/^(?:>\s*)+/u, ''));
    return quoted.test(l.text.trim()) && heading ? [{ line, heading, level: 2 }] : [];
  });
}

/**
 * The heading of a page's readers' comments, as blogs print it: with a count (`Comments (3)`, `3 Comments`, `12 Responses`,
 * `コメント（3件）`, `3件のコメント`) or as the invitation to write one (`Leave a reply`, `Join the discussion`, `コメントを書く`).
 * What readers write there is their own, not the page's.
 */
const commentsHeading =
  /^(?:#{1,6}\s+)?(?:(?:comments?|responses?|replies|discussion)\s*[(（]\s*\d+\s*[)）]|\d+\s+(?:comments?|responses?|replies)|leave a (?:reply|comment)|join the (?:discussion|conversation)|(?:コメント|みんなのコメント|読者コメント)\s*[(（]\s*\d+\s*件?\s*[)）]|\d+\s*件のコメント|コメントを(?:書く|残す|投稿(?:する)?))$/iu;

/** The first line of a page's readers' comments (the line count when there are none). */
function readersComments(lines: Line[]): number {
  const at = lines.findIndex((l) => commentsHeading.test(l.text.trim()));
  return at < 0 ? lines.length : at;
}

/**
 * A heading over a page's links to other posts (`関連記事`, `あわせて読みたい`, `Related articles`, `See also`), as a blog or
 * news page ends. Its items are titles of other pages (`ISMS認証取得のお知らせ`, `…の提供予定について`): what they announce is
 * theirs, not this page's statement.
 */
const relatedHeading =
  /^(?:#{1,6}\s+)?(?:関連(?:する)?(?:記事|情報|リンク|ニュース|お知らせ)|(?:あわせて|合わせて|こちらも)(?:読みたい|お読みください)|おすすめ(?:の)?記事|related(?:\s+(?:articles|posts|stories|reading|links|news))?|see also|(?:read|you may also like)(?:\s+more)?)\s*[:：]?$/iu;
const linkItem = /^(?:[-*+・]|\d+[.)])\s*\[[^\]\n]+\]\([^)\s]*\)\s*$/u;

/** The first line of a page's related-links list (the line count when there is none): a related heading over link items. */
function relatedLinks(lines: Line[]): number {
  const at = lines.findIndex((l, i) => {
    if (!relatedHeading.test(l.text.trim())) return false;
    const next = lines.slice(i + 1).find((n) => n.text.trim());
    return next !== undefined && linkItem.test(next.text.trim());
  });
  return at < 0 ? lines.length : at;
}

/**
 * A filing cover's field (`【会社名】　株式会社X`, `【本店の所在の場所】　東京都…`) or its label alone (`【表紙】`), as a Japanese
 * securities report (有価証券報告書) prints its cover: each names what it labels, never the title or the product.
 */
export const coverField = /^【[^】]{1,20}】(?:[\s\u3000]*\S.*)?$/u;
/** The cover field naming what is filed: `【提出書類】　有価証券報告書`, `【書類名】`, `【表題】`. */
export const coverKindField = /^【(?:提出書類|書類名|表題|標題)】[\s\u3000]*(\S.*)$/u;
/**
 * A department alone on its line under the company's name (`カスタマーサクセス部`, `情報システム室`, `品質保証課`): who in the
 * company signs a notice, never its title or product, also after the names of the bodies above it (`潮見台市　総務部　情報政策課`,
 * a public body's section as its specification signs), and with its telephone or fax number after it (`営業部　TEL 03-…`, a
 * quotation's sender block). So is an officer's title over or before a person's name
 * (`代表取締役社長　山田　太郎`, `取締役 CTO 山田太郎`, `最高情報セキュリティ責任者（CISO） 山田 太郎`): a letter's or report's
 * signatory. So is a public body's head before a name (`三里浜市長　山田　太郎`, `…知事`, `…理事長`), signing its notice.
 */
export const departmentLine =
  /^(?:(?:[\p{Script=Han}\p{Script=Katakana}ー・]{1,20}[\s\u3000]+){0,3}[\p{Script=Han}\p{Script=Katakana}ー・]{2,20}(?:部|課|室|係)(?:[\s\u3000]+(?:TEL|FAX|電話|Tel\.?|Fax\.?)[:：]?[\s\u3000]*[0-9０-９()（）-]{6,})*|(?:代表)?(?:取締役|執行役員?|理事)(?:社長|会長|副社長|専務|常務)?(?:[\s\u3000]*[A-Z]{2,4})?(?:[\s\u3000]+\S{1,8}){1,2}|代表者?[\s\u3000]+\S{1,8}(?:[\s\u3000]+\S{1,8})?|[\p{Script=Han}\p{Script=Katakana}ー]{1,12}(?:市長|町長|村長|区長|知事|大臣|長官|理事長|学長|院長|局長|企業長|管理者)(?:[\s\u3000]+\S{1,8}){1,2}|(?:最高[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}責任者(?:[（(]C[A-Z]{1,3}O[)）])?|C(?:EO|TO|IO|ISO|FO|OO|PO|SO))(?:[\s\u3000]+\S{1,8}){1,2})$/u;
/**
 * A document-control field of an internal document's title block (`文書番号：NDS-OPS-2025-014`, `版数：第3.2版`, `機密区分：社外秘
 * （お客様限定開示）`, `Document No.: …`, `Classification: Confidential`), and who wrote and approved it (`作成：情報セキュリティ委員会`,
 * `承認者：…`, `Approved by: …`): how the document is filed and handled, never its title or product (its version is still read).
 */
export const documentControlField =
  /^(?:(?:文書|資料|管理)(?:番号|ID|No\.?)|版数|版番号|(?:機密|秘密|取扱|情報)(?:区分|レベル|分類)|取扱注意|(?:作成|承認|審査|確認|制定|改訂)(?:者|部署|部門)?|所管(?:部署|部門)?|文書(?:管理)?責任者|(?:document|doc\.?)\s*(?:no\.?|number|id|owner)|approved\s+by|approver|classification|confidentiality(?:\s+level)?)\s*[:：]|^[^\s:：]{0,16}(?:資料|文書|議案|(?:board\s+)?paper)\s*(?:No\.?|番号|#)\s*[\w.\-－/]+$|^[^\s:：]{0,20}(?:公告|告示|公示|訓令|通知)\s*第\s*[0-9０-９]+\s*号$|^(?:社外秘|部外秘|極秘|関係者外秘|(?:strictly\s+)?confidential|internal(?:\s+use)?\s+only)$/iu;
/** A cover's label over its fields: `【表紙】`. */
export const coverLabel = /^【表紙】$/u;

/**
 * A line that is only the kind of a notice (`プレスリリース`, `NEWS RELEASE`, `【お知らせ】`): a label over the headline, which
 * is the title.
 */
export const kindLabel =
  /^[【［\[]?\s*(?:お知らせ|ニュース\s*リリース|プレス\s*リリース|報道発表(?:資料)?|(?:news|press|media) release|announcement)\s*[】］\]]?$/iu;

/** A title-block line that is a sentence (Japanese, or English of eight words or more), not a title, date, company or table row. */
const leadSentence = /^(?!\s*[#|])(?:[^\t]{20,}[。．]|[^\t]*?(?:\S+\s+){7,}\S*[a-z0-9)]\.)\s*$/u;

function leadOf(input: string, lines: Line[], preambleEnd: number): Section | undefined {
  const inPreamble = lines.filter((l) => l.end <= preambleEnd);
  const opening = inPreamble.find((l) => l.text.trim());
  const first = inPreamble.find((l) => l !== opening && leadSentence.test(l.text));
  if (!opening || !first) return undefined;
  // A press release opens with its readers (`報道関係者各位`) and its kind (`プレスリリース`) over its date, company and
  // headline: the lead is headed by the headline, the longest line above it that is no sentence, date or subheadline.
  const label = (l: Line) => messageHeadLine.test(l.text.trim()) || kindLabel.test(l.text.trim());
  const title = label(opening)
    ? (inPreamble
        .filter(
          (l) =>
            l.start < first.start &&
            l.text.trim() &&
            !label(l) &&
            !sentenceEnd.test(l.text.trim()) &&
            !/^[～〜~—–-]/u.test(l.text.trim()) &&
            !/\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}/u.test(l.text),
        )
        .sort((a, b) => b.text.trim().length - a.text.trim().length)[0] ?? opening)
    : opening;
  // A message's subject heads it without the field name (`Subject: X` → `X`).
  const heading = stripMarkup(subjectOf(title.text) ?? title.text.replace(/^\s*#+\s*/u, ''));
  const at = title.start + title.text.indexOf(heading);
  if (at < title.start) return undefined;
  return { heading, level: 1, headingSpan: spanOf(input, at, at + heading.length), body: spanOf(input, first.start, preambleEnd) };
}
