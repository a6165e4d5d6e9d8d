/**
 * The document's own record: title, version and date as the title block
 * prints them, and the revision history table when there is one. A date the
 * document does not print is taken from its latest revision; failing that the
 * draft says so in a review note rather than guessing.
 */
import { isSecurityAdvisory, publishedLabel } from './security-advisory.js';
import { talkTitle } from './talk-transcript.js';
import { asciiDigits, linesOf, numberValue, type Span } from './text-span.js';
import {
  breadcrumb,
  belowLetterhead,
  coverField,
  departmentLine,
  documentControlField,
  coverKindField,
  coverLabel,
  kindLabel,
  letterMark,
  messageHeadLine,
  postalAddress,
  subjectOf,
  unspaced,
  type Outline,
} from './sections.js';
import { companyLine, confirmationLetter } from './names.js';
import { cellsOf, labelledValues } from './table-rows.js';
import { certificateTitle } from './certificate-document.js';
import { assessmentTitle } from './assessment-report.js';
import { awardNoticeTitle, bidderAnswersTitle } from './requirement-spec.js';

export interface DocumentMeta {
  title?: string;
  version?: string;
  publishedOn?: string;
  /** The month as printed (`October 2025`, `2025年10月`) when the document dates itself by no more than that. */
  publishedInMonth?: { printed: string; firstDay: string };
  revisions: Array<{ version: string; date: string; changes: string }>;
}

// Also a labelled version (`Questionnaire version: 2.0`, `版数：3.1`).
const versionPattern = /第\s*[\d.]+\s*版|[\d.]+\s*版|(?:version|revnumber|ver\.?|revision|rev\.?)\s*[:：]?\s*[\d.]+/iu;
/** The words closing the text before a version when the version is the model's: `based on`, `built on`, `using the`. */
const basedOn = /(?<![A-Za-z])(?:based\s+on|built\s+on|using|following)(?:\s+the)?\s+[^()\n]{0,30}$/iu;
const datePattern = /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?/u;
/** A case study (`導入事例：株式会社X様`): titled by its customer, honoured with 様 like the addressee of a letter. */
const caseStudy = /(?:導入|活用|ユーザー|お客様)事例|(?<![A-Za-z])(?:case study|customer story|success story)(?![A-Za-z])/iu;
/**
 * A letter's signatory (`代表取締役　X　（印）`, `代表取締役社長 X`): who signs it, never a title or product; a seal mark alone
 * (`（印）`) too.
 */
const letterSigner = /^(?:代表取締役|取締役|代表執行役|執行役員?)[^\n]{0,20}$|[（(]\s*印\s*[）)]\s*$/u;

/** A letter attesting a test by an independent firm (`Letter of Attestation`, `Penetration Test of X`, `脆弱性診断 実施証明書`). */
const attestation =
  /(?<![A-Za-z])(?:letter of (?:attestation|assurance)|attestation letter|penetration test(?:ing)?|vulnerability assessment)(?![A-Za-z])|(?:脆弱性|セキュリティ)診断|ペネトレーション\s*テスト/iu;
/**
 * Words of a document's kind; a notice (`【お知らせ】…について`, `News Release: …`) is titled by its headline too. So are a design
 * document (`運用設計書`) and a periodic report to customers (`Monthly Service Report`, `稼働報告書`), a deck for investors
 * (`Company Overview — Investor Presentation`, `会社説明資料`) and a sales deck (`サービス紹介資料`, `Sales deck`) by its subtitle under
 * the brand. So is a product-update digest
 * (`アップデート情報 2025年10月号`, `リリースノート`, `Product updates — October`): its issue is no product name. A letter to
 * customers is titled by its subject (`「X」の…変更に関するご案内`), a notice in all but the word. So is a contract by the line
 * naming it (`業務委託契約書`, `個人情報の取扱いに関する覚書`), the whole line, which the parties' recital follows. */
const titleWords = new RegExp(
  String.raw`[^\s。、]{0,20}?(?:契約書|覚書)$|同意書|${awardNoticeTitle.source}|${bidderAnswersTitle.source}|(?:有価証券|四半期|半期|統合|年次)報告書|(?:障害|インシデント|事故|不具合)[^\s。、]{0,12}?(?:の|に関する|についての)?(?:ご)?報告|(?<![A-Za-z])consent form(?![A-Za-z])|post-?incident\s+(?:review|report)|post-?mortem|incident\s+(?:review|report)|ホワイト\s*ペーパー|white\s*paper|whitepaper|運用方針|セキュリティ|security|開示|disclosure|チェックシート|check\s*sheet|FAQ|Q&A|よくある(?:ご)?質問|トラスト\s*センター|(?<![A-Za-z])(?:frequently asked questions|trust\s+(?:center|centre|portal))(?![A-Za-z])|お知らせ|(?:に関する|について(?:の)?|の)ご案内|ニュース\s*リリース|プレス\s*リリース|(?:news|press) release|announcement|questionnaire|(?<![A-Za-z])(?:CAIQ|SIG|HECVAT)(?![A-Za-z])|standardi[sz]ed information gathering|データ\s*レジデンシー|data residency|適用宣言書|仕様書|(?<![A-Za-z])(?:(?:service|product|technical) specifications?|architecture|data[- ]flows?)(?![A-Za-z])|statement of applicability|(?:運用|基本|詳細|システム|方式|構成)設計書|(?<![A-Za-z])(?:(?:monthly|quarterly|weekly)\s+)?(?:service|uptime|availability|operations)\s+reports?(?![A-Za-z])|(?:月次|稼働(?:状況)?|運用)報告(?:書)?|(?:データセンター|ファシリティ)?設備(?:概要|仕様|説明)|(?<![A-Za-z])(?:data ?cent(?:er|re)|facility|facilities)\s+(?:overview|specifications?)(?![A-Za-z])|(?<![A-Za-z])(?:bridge|gap)\s+letter(?![A-Za-z])|(?:会社|事業|決算|投資家向け)説明(?:会)?資料|(?:製品|サービス)(?:紹介|説明)資料|(?<![A-Za-z])(?:sales|pitch)\s+deck(?![A-Za-z])|(?:製品|サービス|機能)?(?:アップデート|更新|リリース)情報|リリースノート|新機能(?:のご紹介|のお知らせ|情報)|(?<![A-Za-z])(?:product|feature)\s+updates?(?![A-Za-z])|(?<![A-Za-z])(?:summary|overview|notice) of (?:the )?(?:changes|updates|amendments)(?![A-Za-z])|(?:変更|改定|改訂)(?:点|内容)?の(?:概要|要約|一覧)|(?<![A-Za-z])(?:investor\s+(?:presentation|deck|update)|company\s+overview|corporate\s+presentation)(?![A-Za-z])|${certificateTitle.source}|${attestation.source}|${confirmationLetter.source}|${caseStudy.source}|${assessmentTitle.source}`,
  'iu',
);

/** An attachment's label alone on its line: `別紙1`, `別添２`, `別表`, `付属書A`, `Annex 1`, `Appendix B`, `Schedule 2`, `Exhibit A`. */
const attachmentLabel = /^(?:別紙|別添|別表|付属書|附属書|(?:Annex|Appendix|Schedule|Exhibit|Attachment)\s*)\s*[0-9０-９A-Za-zⅠ-Ⅻ一二三四五六七八九十]{0,3}$/u;

/**
 * When a change takes effect: `effective 1 March 2026`, `takes effect on …`, `comes into force on …`, `施行日：…`,
 * `…から施行します`. The date of the change, not of the document (redline.ts).
 */
export const takesEffect =
  /(?<![A-Za-z])(?:effective(?:\s+(?:from|on|as\s+of))?|(?:takes?|will\s+take)\s+effect(?:\s+(?:from|on|as\s+of))?|(?:comes?|will\s+come)\s+into\s+(?:force|effect)(?:\s+(?:from|on))?)\s*[*_]{0,2}\s*(?=\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})|(?:施行日|適用開始日|効力発生日)\s*[:：]|(?:から|より)(?:施行|適用)(?:します|いたします|されます)/u;

/** The label of the date a text was last revised, as opposed to first issued or enacted (`制定`, `発行`). */
const revisedLabel = /改定|改訂|更新|(?<![A-Za-z])(?:(?:last )?(?:updated|revised)|last reviewed)(?![A-Za-z])/iu;

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthName = `(${months.join('|')}|${months.map((m) => m.slice(0, 3)).join('|')})\\.?`;
/** `14 February 2025`, `February 14, 2025`, `Feb. 14, 2025`. */
const englishDates = [new RegExp(`(\\d{1,2})\\s+${monthName}\\s+(\\d{4})`, 'iu'), new RegExp(`${monthName}\\s+(\\d{1,2}),?\\s+(\\d{4})`, 'iu')];

function isoOf(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function isoDate(m: RegExpExecArray | null): string | undefined {
  return m ? isoOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** Years of the Japanese eras a document may be dated in: `令和6年` is 2024, `令和元年` 2019. */
const eraStart: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };

/**
 * The text with its year, month and day numbers in Western ASCII digits: full-width (`２０２５年４月１日`), kanji
 * (`令和六年四月一日`) and era years (`令和６年` → `2024年`), so one pattern reads them all.
 */
function westernDigits(text: string): string {
  return text
    .replace(/[０-９]/gu, (c) => asciiDigits(c))
    .replace(/(?<=^|[^\p{Script=Han}]|令和|平成|昭和|年|月)([〇一二三四五六七八九十]{1,3})(?=\s*[年月日])/gu, (k) => String(numberValue(k)))
    .replace(/(令和|平成|昭和)\s*(\d{1,2}|元)\s*年/gu, (_, era: string, y: string) => `${eraStart[era]! + (y === '元' ? 1 : Number(y))}年`);
}

/** A date as a title block prints it, numeric (`2025年4月1日`, `2025-04-01`, `令和6年4月1日`) or in English. */
export function dateIn(printed: string): string | undefined {
  const text = westernDigits(printed);
  const numeric = isoDate(datePattern.exec(text));
  if (numeric) return numeric;
  const [dayFirst, monthFirst] = englishDates.map((re) => re.exec(text));
  const [day, month, year] = dayFirst ? [dayFirst[1]!, dayFirst[2]!, dayFirst[3]!] : monthFirst ? [monthFirst[2]!, monthFirst[1]!, monthFirst[3]!] : [];
  if (!day || !month || !year) return undefined;
  return isoOf(Number(year), months.findIndex((n) => n.startsWith(month.toLowerCase().slice(0, 3))) + 1, Number(day));
}

/** A month and year without a day: `2025年10月`, `令和7年10月`, `October 2025`, `Oct. 2025`. */
const monthPatterns = [/(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/u, new RegExp(`(?<![A-Za-z])${monthName}\\s+(\\d{4})(?!\\d)`, 'iu')];

/** The month a line dates, as printed and as its first day, for a document that prints no day. */
export function monthIn(printed: string): DocumentMeta['publishedInMonth'] {
  const text = westernDigits(printed);
  const [japanese, english] = monthPatterns.map((re) => re.exec(text));
  const year = japanese ? Number(japanese[1]) : english ? Number(english[2]) : undefined;
  const month = japanese ? Number(japanese[2]) : english ? months.findIndex((n) => n.startsWith(english[1]!.toLowerCase().slice(0, 3))) + 1 : undefined;
  const firstDay = year && month ? isoOf(year, month, 1) : undefined;
  return firstDay ? { printed: (japanese ?? english)![0].trim(), firstDay } : undefined;
}

/** A line labelling when the text was issued or revised: `Last updated:`, `発行：`, `最終更新日：`, `改定年月：`. */
const datedLabel =
  /^\s*(?:(?:最終)?(?:制定|改定|改訂|施行|更新|発行)(?:日|年月日?)?|(?:(?:last )?(?:updated|revised)|last reviewed)(?: on)?|published(?: on)?)\s*[:：]/iu;

/**
 * A date closed by what happened to the text on it, alone on its line (`2025年7月発行`, `2025年7月1日 改訂`), as a brochure
 * or a pamphlet prints it at its foot: when it was issued, wherever it stands.
 */
const colophonDate =
  /^\s*[（(]?\s*((?:\d{4}|令和\s*\d{1,2}|平成\s*\d{1,2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)\s*(?:発行|改訂|改定|作成|制定)\s*[）)]?\s*$/u;

/**
 * The day of what a notice announces, in brackets after its title (`計画メンテナンスのお知らせ（2025年11月15日実施）`,
 * `（11月15日開催）`): the event's date, not the notice's.
 */
const eventDateInBrackets = /[（(][^（）()]{0,10}\d{1,2}\s*月\s*\d{1,2}\s*日[^（）()]{0,12}?(?:実施|予定|開催|開始|終了|適用|作業)[^（）()]{0,6}[)）]/gu;

/**
 * When the company was founded (`設立　2014年4月`, `創業：1998年`, `Founded in 2011`), as a company profile's fields print it in
 * the title block: a date of the company, not of the document.
 */
const foundingLabel = /設立|創業|創立|(?<![A-Za-z])(?:founded|established|incorporated)(?![A-Za-z])/iu;

/** A date as printed at the start of a line, numeric or Japanese. */
const dateLine = /^\s*(?:\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*/u;

// A breadcrumb trail (sections.ts, where the title block is cut) is re-exported for the modules that read it from here.
export { breadcrumb };

/**
 * A cover printed in two columns (`X LTD            SECURITY OVERVIEW` over `Registered in …     X Payroll` over `x@…
 * Version 2.1, 14 October 2025`), as a PDF's text export lays it out: every line before the first heading is two cells, the
 * company's letterhead on the left and the title block on the right. Each column is read as lines, the left one's first.
 * A questionnaire's header row over rows is one table row among lines, never the whole title block.
 */
function columnsOfCover(lines: readonly Span[]): string[] | undefined {
  const texts = lines.map((l) => l.text).filter((t) => t.trim());
  if (texts.length < 2 || !texts.every((t) => t.split('\t').length === 2 && t.split('\t').every((c) => c.trim()))) return undefined;
  const cells = texts.map((t) => t.split('\t').map((c) => c.trim()));
  return [...cells.map((c) => c[0]!), ...cells.map((c) => c[1]!)];
}

const emailAddress = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/**
 * An app's or product's name with its tagline after a colon (`Brisklet: Team Notes & Tasks`), as a store listing opens:
 * the title when no line says what kind of document it is and none is a bare name. Both sides in title case, without a
 * digit, so a label and its value (`Version: 2.1`, `Prepared for: …`) is none.
 */
function namedWithTagline(line: string | undefined): string | undefined {
  const text = line?.trim() ?? '';
  return /^[A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)?: [A-Z][A-Za-z'’-]*(?: (?:&|[A-Z][A-Za-z'’-]*))*$/u.test(text) ? text : undefined;
}

/**
 * A title set on two lines, the management system over the bare kind of its document (`情報セキュリティマネジメントシステム` over
 * `適用宣言書`, `Information Security Management System` over `Statement of Applicability`): the kind line completes the title.
 */
const bareKindLine = /^適用宣言書$|^statement of applicability$/iu;
function withKindLine(titled: string[], first: string): string {
  const next = titled[titled.indexOf(first) + 1]?.trim();
  return next && bareKindLine.test(next) && !first.includes(next) ? `${first.trim()} ${next}` : first;
}

export function documentMeta(input: string, doc: Outline): DocumentMeta {
  const twoColumns = columnsOfCover(linesOf(input, doc.preamble));
  // Table rows (a questionnaire's header) are not part of the title block.
  const all = (twoColumns ?? linesOf(input, doc.preamble).map((l) => l.text))
    // A Markdown field's emphasised label (`**Published:** 2025-08-19`) is the label itself.
    .map((l) => unspaced(l.replace(/^#+\s*/u, '').replace(/^(\*\*|__)([^*_\n]{1,40}?[:：])\1/u, '$2')))
    // Nor is a breadcrumb trail (`ホーム ＞ 導入事例 ＞ X`, `Marketplace › Business Applications`): navigation, no title.
    .filter((l) => !l.includes('\t') && !/^\|/u.test(l) && !breadcrumb.test(l))
    // A filing's cover prints its fields as `【label】value` under `【表紙】` (the securities report's `【提出書類】　有価証券報告書`,
    // `【会社名】`, `【本店の所在の場所】`): the document-kind field's value is the title; the others (and `【表紙】`) name no
    // title or product, though a date field still dates the filing.
    .map((l) => coverKindField.exec(l)?.[1]?.trim() ?? l)
    // An editor's note alone on its line (`（中略）`, `(omitted)`) names nothing.
    .filter((l) => !/^[（(][^）)]{1,12}[）)]$/u.test(l.trim()));
  // A table of contents ends the title block: its entries (a slide deck's agenda) are no title, product or date. So does
  // the heading of an abstract, which an RFC-style text prints unnumbered over its first paragraph.
  const contents = all.findIndex((l) => /^(?:目次|contents|table of contents|agenda|アジェンダ|abstract|executive summary|要旨)$/iu.test(l));
  const lines = contents > 0 ? all.slice(0, contents) : all;
  const cover = lines.some((l) => coverLabel.test(l.trim()));
  // An e-mail is titled by its subject; its address fields and greeting are no title (the `Date:` field still dates it).
  // A letter's letterhead (the sender's name and tagline over the salutation) is no title: its subject line is.
  const titled = belowLetterhead(lines, (l) => l)
    .filter((l) => !messageHeadLine.test(l.trim()) || caseStudy.test(l))
    .map((l) => subjectOf(l) ?? l)
    // A document-control field (`機密区分：社外秘（お客様限定開示）`, whose `開示` is no title word here) is how it is filed.
    .filter((l) => !documentControlField.test(l.trim()));
  // A news item's meta line (`2025年10月8日 お知らせ`: its date and category over the headline) is no title: the headline is.
  // Nor is an e-mail address (`security@x.example`), whatever words its name holds.
  const titleLines = titled.filter(
    (l) => titleWords.test(l) && l.length <= 80 && !(dateIn(l) && kindLabel.test(l.replace(dateLine, '').trim())) && !emailAddress.test(l.trim()),
  );
  const productLine = titled.find(
    (l) =>
      !titleWords.test(l) &&
      !versionPattern.test(l) &&
      !dateIn(l) &&
      !companyLine.test(l) &&
      !postalAddress.test(l) &&
      !/logo|https?:/iu.test(l) &&
      !emailAddress.test(l.trim()) &&
      // An attachment's label over its title (`別紙1`, `別添２`, `Annex 1`, `Schedule B`) names where it sits in a contract.
      !attachmentLabel.test(l.trim()) &&
      !(cover && coverField.test(l.trim())) &&
      // A department under the company's name (`カスタマーサクセス部`, `情報システム室`) signs a notice; it is no product.
      !departmentLine.test(l.trim()) &&
      !letterSigner.test(l.trim()) &&
      // A notice's `記` (over its items, closed by `以上`) marks where the body starts; it names nothing. Nor does a letter's
      // closing word alone on its line (`敬具`, `敬白`, `草々` after the `拝啓` opening).
      !letterMark.test(l.trim()) &&
      // A page or slide number alone on its line (`1`) names nothing; a tagline (`紙をやめて、…ように`) is a phrase and a line
      // of labelled fields (`業種：製造業　従業員数：820名`) a record, neither a name.
      /\p{L}/u.test(l) &&
      !/[、，]/u.test(l) &&
      // A line closed by `。` is a sentence (`以下のとおり回答いたします。`, a letter's opening), never a name; so is one of three
      // words or more closed by `.` (an English sentence, or the last line of a paragraph wrapped in the title block).
      !/[。．]\s*$/u.test(l) &&
      // A sentence of three words or more is no name; a label whose value is on the lines below (`登録範囲：`) is none either.
      !(/\.\s*$/u.test(l) && l.trim().split(/\s+/u).length >= 3) &&
      // Nor the tail of a sentence wrapped onto its own line (`added.`): it opens in lower case.
      !/^\s*\p{Ll}[^.]*\.\s*$/u.test(l) &&
      !/[:：]/u.test(l) &&
      // A store listing's furniture names no product: the platform badge (`Designed for iPad`, `Get it on Google Play`) and
      // a line of fields set apart by a middle dot (`4.6 • 2.1K Ratings`, `Free • Offers In-App Purchases`).
      !/^(?:designed for|available (?:on|for)|get it on|download on|only for)\s/iu.test(l.trim()) &&
      !/(?:^|\S\s)[•·]\s\S/u.test(l.trim()) &&
      l.length <= 40,
  );
  // Under a bare kind label, the headline: the longest line after it that is no date, sentence or subheadline (`～…～`,
  // `— … —`), as a press release sets `プレスリリース`, its date and company over the headline (which may open with the
  // company's name: `株式会社X、…を取得`).
  const labelAt = titled.findIndex((l) => kindLabel.test(l.trim()));
  const headline =
    labelAt >= 0 && titleLines[0] !== undefined && kindLabel.test(titleLines[0].trim())
      ? titled
          .slice(labelAt + 1)
          .filter((l) => !dateIn(l) && !/[。.]$/u.test(l.trim()) && !/^[～〜~—–-]/u.test(l.trim()) && /\p{L}/u.test(l) && l.length <= 100)
          .sort((a, b) => b.length - a.length)[0]
      : undefined;
  // A page's one top-level heading (`# X — Hosting and Environments`, a wiki page's H1) is its title when no line says what
  // kind of document it is and none is short enough to be a bare name.
  const h1s = linesOf(input, doc.preamble).filter((l) => /^#\s+\S/u.test(l.text));
  const pageHeading = h1s.length === 1 && h1s[0]!.text.length <= 120 ? unspaced(h1s[0]!.text.replace(/^#\s+/u, '')).trim() : undefined;
  // An e-mail is titled by its subject, whatever words it uses (`Action required: your X data is moving …`).
  const subject = lines.map(subjectOf).find(Boolean);
  // An emoji decorating a Markdown title (`# 🛡️ Security Policy — X`) is no part of it.
  // An advisory's one top-level heading (`# Security Advisory X-2025-007: Path traversal in …`) is its title, however long.
  const advisoryHeading = pageHeading && isSecurityAdvisory(doc.preamble.text, input) ? pageHeading : undefined;
  // So is a talk transcript's (`# Transcript: "…" — X at Y Summit 2025`), however long: the product its fields name
  // (`**Product:** X`) is what the talk is about, not its title.
  const talkHeading = pageHeading && talkTitle.test(pageHeading) ? pageHeading : undefined;
  const title = (
    advisoryHeading ??
    talkHeading ??
    headline ??
    subject ??
    // A certificate is titled by what it is; the product is in its scope.
    (titleLines.length
      ? productLine && !titleLines[0]!.includes(productLine) && !certificateTitle.test(titleLines[0]!)
        ? `${productLine} ${titleLines[0]}`
        : withKindLine(titled, titleLines[0]!)
      : (productLine ?? pageHeading ?? namedWithTagline(titled[0])))
  )?.replace(/^[\p{Extended_Pictographic}\uFE0F\u200D\s]+/u, '');
  // The version of a template or standard the document follows (`Based on VPAT® Version 2.5 Rev INT`, `based on CAIQ
  // version 4.0.2`) is not the document's own.
  const version = lines
    .map((l) => versionPattern.exec(l))
    .map((m) => (m && !basedOn.test(m.input.slice(0, m.index)) ? m[0] : undefined))
    .find(Boolean);
  const revisions: DocumentMeta['revisions'] = [];
  const history = doc.sections.find((s) => /改訂履歴|改定履歴|変更履歴|更新履歴|revision history|change history|document history/iu.test(s.heading));
  if (history) {
    for (const line of linesOf(input, history.body)) {
      // Also a Markdown table's row (`| 第5版 | 2025年6月20日 | … |`): the edition printed `第N版`, the cells in pipes.
      const m = /^\|?\s*(?:第\s*)?v?(\d+(?:\.\d+)*)\s*(?:版)?\s*[\t:：|]\s*(\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}\s*日?)\s*[\t|]?\s*(.+?)\s*\|?$/u.exec(
        line.text,
      );
      const date = m ? isoDate(datePattern.exec(m[2]!)) : undefined;
      if (m && date) revisions.push({ version: m[1]!, date, changes: m[3]!.trim() });
    }
  }
  // A policy dated twice (`制定日：2023年4月1日` then `最終改定日：2025年7月1日`) is the text as last revised. The period a
  // report covers (`For the period January 1, 2025 to September 30, 2025`) is what it speaks about, not when it was issued.
  // Nor is the day a change takes effect (`The updated terms take effect on 1 March 2026`, `(effective 1 March 2026)`): the
  // date of what the document announces, not of the document; a line is read up to it. Unless the line gives the document's
  // own version first (`Version 2.3 – effective 15 September 2025`, as a contract's annex dates itself): that version is what
  // takes effect, on the date of the document.
  const dated = lines
    .filter((l) => !periodCovered.test(l) && !foundingLabel.test(l))
    .map((l) =>
      (takesEffect.test(l) && !versionPattern.test(l.slice(0, l.search(takesEffect))) ? l.slice(0, l.search(takesEffect)) : l).replace(eventDateInBrackets, ''),
    );
  const colophon = input
    .split('\n')
    .map((l) => colophonDate.exec(l)?.[1])
    .filter((d) => d !== undefined);
  // A certificate dates its current issue (`発行日：`) among its first registration, expiry and next audit: that date.
  const labelled = (label: RegExp) =>
    dated
      .filter((l) => label.test(l))
      .map(dateIn)
      .find(Boolean);
  const printed = labelled(revisedLabel) ?? labelled(issueLabel) ?? colophon.map(dateIn).find(Boolean) ?? dated.map(dateIn).find(Boolean);
  const latest = revisions
    .map((r) => r.date)
    .sort()
    .at(-1);
  // A security advisory is dated by its publication, in its field table too (`| Published | 2025-10-14 |`): a later
  // update (`Last updated`, a revision-history row) amends the same advisory (security-advisory.ts).
  const advisoryPublished = isSecurityAdvisory(doc.preamble.text, input)
    ? linesOf(input, doc.preamble)
        .map((l) => l.text)
        .filter((l) => publishedLabel.test(l) && !revisedLabel.test(l))
        .map(dateIn)
        .find(Boolean)
    : undefined;
  const publishedOn =
    advisoryPublished ??
    printed ??
    latest ??
    newestRowUpdate(input) ??
    closingDate(input, doc) ??
    enactmentLines(input) ??
    labelledValues(input, dateLabel).map(dateIn).find(Boolean) ??
    signedOn(input) ??
    conductedOn(input, doc);
  // Dated by its month only (`Last updated: October 2025`, `2025年10月` under the title): that month, said to be no more.
  // Better than the day of ingestion, which would make an old text look current.
  const publishedInMonth = publishedOn ? undefined : [...colophon, ...dated, ...input.split('\n').filter((l) => datedLabel.test(l))].map(monthIn).find(Boolean);
  return { title, version: version ?? revisions.at(-1)?.version, publishedOn, publishedInMonth, revisions };
}

/** The header of a column dating each row's last change: `更新日`, `最終更新日時`, `Last updated`, `Updated at`, `Modified` (or `last_updated`, as a tool's export names its fields). */
const updatedColumn = /^(?:最終)?更新(?:日|日時|日付)$|^(?:date[\s_]+)?(?:last[\s_]+)?(?:updated|modified)(?:[\s_]+(?:at|on|date))?$/iu;

/**
 * An export of rows each dated by its last change (a help desk's FAQ or articles, `カテゴリ | 質問 | 回答 | 更新日`) prints no
 * date of its own: it is as current as its newest row, the date its text last changed. The column's dates are that and
 * nothing else (no period, no value).
 */
function newestRowUpdate(input: string): string | undefined {
  const lines = input.split('\n');
  const k = lines.findIndex((l) => (cellsOf(l) ?? []).some((c) => updatedColumn.test(c)));
  if (k < 0) return undefined;
  const at = cellsOf(lines[k]!)!.findIndex((c) => updatedColumn.test(c));
  const dates = lines
    .slice(k + 1)
    .map((l) => cellsOf(l)?.[at])
    .map((c) => (c ? dateIn(c) : undefined))
    .filter((d): d is string => d !== undefined);
  return dates.sort().at(-1);
}

/**
 * A line that gives the period a document covers: `For the period January 1, 2025 to September 30, 2025`, `Period: … –
 * …`, `対象期間：2025年1月1日～2025年9月30日`, two dates joined by `to`, `through`, `～`, `から`.
 */
const periodCovered =
  /(?<![A-Za-z])(?:for the (?:period|year|months?)|period (?:covered|of|from)|reporting period|review period|period\s*[:：])(?![A-Za-z])|対象期間|評価期間|報告期間|(?:\d{1,2},?\s+\d{4}|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}\s*日)\s*(?:\s(?:to|through|until)\s|[～〜~]|から|\s[-–—]\s)\s*(?:[A-Z][a-z]+\.?\s+\d|\d)/u;

/** The first line of a party's signature under a contract: `甲：東京都…`, `（乙）株式会社…`, `委託者：…`. */
const signatoryLine = /^(?:[（(]?(?:甲|乙|丙|丁)[)）]?|委託者|受託者)\s*[:：（(]?/u;

/**
 * The date an auditor's report or a letter is signed on: a line that is only a date, closing a signature block of short
 * lines (the firm's name and its city over `November 14, 2025`, `2025年11月14日` under `XX監査法人`). A document whose
 * title block prints no date of issue is dated by it; the latest such date when it is signed more than once.
 */
function signedOn(input: string): string | undefined {
  const lines = input.split('\n').map((l) => l.trim());
  const signed = lines
    .map((l, i) => ({ l, i }))
    .filter(({ l, i }) => {
      if (!dateIn(l) || l.replace(/[\d\s,./年月日-]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/giu, '') !== '') return false;
      const above = lines[i - 1] ?? '';
      // A contract's date of conclusion stands alone over the parties' signatures (`甲：…`, `乙：…`, `委託者：…`).
      const below = lines.slice(i + 1).find((l) => l !== '') ?? '';
      if (above === '' && (lines[i + 1] ?? '') === '' && signatoryLine.test(below)) return true;
      return above !== '' && above.length <= 60 && !/[。.!?]$/u.test(above) && !dateIn(above) && (lines[i + 1] ?? '') === '';
    })
    .map(({ l }) => dateIn(l)!);
  return signed.sort().at(-1);
}

/**
 * The label of a field dating a form's answers: `Timestamp`, `Date completed`, `Submitted on`, `回答日`, `記入日`, a GRC
 * tool's `Vendor responses submitted` (the date the answers hold as of, not the day the record was exported). Or a
 * certificate's date of issue (`Current issue date`, `発行日`): not its `Original certification date`, the first issue.
 */
const dateLabel =
  /^(?:timestamp|date(?:\s+(?:completed|submitted|of response))?|(?:submitted|completed|answered)(?:\s+(?:on|at))?|(?:(?:vendor|supplier)(?:['’]s)?\s+)?(?:responses?|answers?)\s+(?:submitted|completed|received)(?:\s+on)?|回答日(?:時)?|記入日|作成日|提出日|(?:report|document)\s+date|date\s+of\s+(?:the\s+|this\s+)?(?:report|document)|(?:current\s+)?issue\s+date|date\s+of\s+(?:current\s+)?issue|発行日)$/iu;

/** A line labelling the date of the current issue: `発行日：`, `Current issue date:`, `Date of issue:`. */
const issueLabel =
  /^\s*(?:(?:current\s+)?issue\s+date|date\s+of\s+(?:current\s+)?issue|published(?:\s+on)?|publication\s+date|発行(?:年月)?日|date\s+of\s+(?:this\s+)?(?:response|reply|submission)|(?:response|reply|submission)\s+date|(?:回答|提出)(?:年月)?日)\s*[:：]/iu;

/**
 * The field or heading giving when a reported event took place: `実施日`, `実施日時`, `訓練日`, `試験日`, `Date of the drill`,
 * `Exercise date`, `Date conducted`.
 */
const conductedLabel =
  /^(?:(?:訓練|演習|試験|テスト|監査|診断)?実施(?:年月)?日(?:時)?|(?:訓練|演習|試験|監査|診断)(?:年月)?日(?:時)?|date\s+(?:conducted|performed|of\s+(?:the\s+)?(?:drill|exercise|test|audit))|(?:drill|exercise|test|audit)\s+date)$/iu;

/**
 * A report on a drill, test or audit that prints no date of issue is dated by the day it reports on (`２．実施日` over
 * `2025年11月8日（土）`, `実施日：…`): the day the record speaks of, not the day of ingestion. Only when nothing else dates it:
 * the dates of the next drill or of a planned measure are later and never the report's.
 */
function conductedOn(input: string, doc: Outline): string | undefined {
  const labelled = labelledValues(input, conductedLabel).map(dateIn).find(Boolean);
  if (labelled) return labelled;
  const section = doc.sections.find((s) => conductedLabel.test(s.heading.replace(/^[\s#]*(?:[0-9０-９]+[.．、]?|[（(][0-9０-９]+[)）])\s*/u, '').trim()));
  return section
    ? linesOf(input, section.body)
        .map((l) => dateIn(l.text))
        .find(Boolean)
    : undefined;
}

/** A contract's closing provisions, which date it: `附則`, `Supplementary Provisions`. */
const closingProvisions = /^(?:附\s*則|supplementary provisions)/iu;

/**
 * The date terms of service or a contract print only in their closing provisions (`本規約は、2023年4月1日から施行します。`,
 * `2025年9月1日改定`): the newest revision, else when the text took effect. An enactment date is older than any revision.
 */
/**
 * A policy or form that prints its dates at its foot, each on a labelled line of its own (`制定日：2024年4月1日`,
 * `最終改定日：2025年8月1日`, `Last updated: …`), as a consent form does under its signature blanks: the text as last revised.
 */
function enactmentLines(input: string): string | undefined {
  const dated = input
    .split('\n')
    // Also a sentence of its own closing a paragraph (`X is a bookkeeping service by Y Ltd. Last reviewed 4 March 2025.`).
    .flatMap((l) => l.trim().split(/(?<=[.。])\s+(?=[A-Z最])/u))
    // Also without a colon when a date follows (`Last updated 12 August 2025`, a web page's foot).
    // `最終更新日：` as a web page's foot prints it is the revision date too (a bare `更新日` may head a table column).
    .filter((l) =>
      /^(?:(?:最終)?(?:制定|改定|改訂|施行)(?:日)?|最終更新日?|(?:(?:last )?(?:updated|revised)|last reviewed)(?: on)?)\s*(?:[:：]|(?=\s+\d|\s+[A-Z][a-z]+\.?\s+\d))/iu.test(
        l,
      ),
    )
    .map((l) => ({ date: dateIn(l), revised: revisedLabel.test(l) }))
    .filter((d) => d.date !== undefined);
  const chosen = dated.some((d) => d.revised) ? dated.filter((d) => d.revised) : dated;
  return chosen
    .map((d) => d.date!)
    .sort()
    .at(-1);
}

function closingDate(input: string, doc: Outline): string | undefined {
  const lines = doc.sections.filter((s) => closingProvisions.test(s.heading)).flatMap((s) => [s.heading, ...linesOf(input, s.body).map((l) => l.text)]);
  const dated = lines.map((l) => ({ date: dateIn(l), revised: revisedLabel.test(l) })).filter((d) => d.date !== undefined);
  const chosen = dated.some((d) => d.revised) ? dated.filter((d) => d.revised) : dated;
  return chosen
    .map((d) => d.date!)
    .sort()
    .at(-1);
}
