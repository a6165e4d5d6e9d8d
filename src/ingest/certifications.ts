/**
 * Certificates the vendor says it holds, with registration number, edition
 * and issuer where printed. A statement that the vendor follows a standard,
 * is preparing for a certificate, or that a provider holds one, is not a
 * certificate of the vendor.
 */
import { coverSpans, sentencesOf, spanOf, type Span } from './text-span.js';
import { inScope, type Scope } from './scopes.js';
import { providers } from './provider-dictionary.js';
import { cellStart, cellsOf, headerCellsOf, inlineLabel } from './table-rows.js';
import { othersCellsBlanked } from './own-clauses.js';
import { dateIn } from './document-meta.js';
import { englishCompanyName } from './company-name.js';
import { companyProfileHeading } from './cue-dictionary.js';
import { certificateFields, certifyingStatement } from './certificate-document.js';

export interface CertificationProposal {
  certification: string;
  registrationNumber?: string;
  edition?: string;
  issuer?: string;
  scope?: string;
  /** The date the certificate was granted, and the date it is valid until, where the text prints them. */
  validFrom?: string;
  validUntil?: string;
  sentence: Span;
  section: string;
  confidence: number;
  rule: string;
  reviewNote?: string;
  /** The services of the passages that state it: fewer than the document's when a page sets several products apart. */
  services?: string[];
}

export const certificationSchemes: ReadonlyArray<{ id: string; name: string; standard: string; pattern: RegExp }> = [
  {
    id: 'iso27017',
    name: 'ISO/IEC 27017 (ISMS cloud security)',
    standard: 'ISO/IEC 27017',
    pattern:
      /(?:ISO(?:\/?\s*IEC)?|JIS\s*Q)\s*27017(?::\s*\d{4})?|ISMS\s*-?\s*CLOUD|ISMS\s*クラウドセキュリティ(?:認証)?|ISMS\s*クラウド認証|JIP-ISMS517(?:-[\d.]+)?/giu,
  },
  {
    id: 'iso27001',
    name: 'ISO/IEC 27001 (ISMS)',
    standard: 'ISO/IEC 27001',
    // `ISMS` alone is the management system; before another scheme and a shared `認証` (`ISMSとISMSクラウドセキュリティ認証`,
    // `ISMS・プライバシーマーク認証`) it names the certificate.
    pattern:
      /(?:ISO(?:\/?\s*IEC)?|JIS\s*Q)\s*27001(?::\s*\d{4})?|ISMS\s*(?:認証|certification)|情報セキュリティマネジメントシステム(?:\s*\(ISMS\))?\s*認証|ISMS(?=\s*(?:と|および|及び|並びに|・|、|＆|&|\/)\s*(?:ISMS|ISO|JIS|プライバシーマーク|Pマーク)[^。、]{0,30}?認証)/giu,
  },
  {
    id: 'iso27018',
    name: 'ISO/IEC 27018 (protection of PII in public clouds)',
    standard: 'ISO/IEC 27018',
    pattern: /(?:ISO(?:\/?\s*IEC)?|JIS\s*Q)\s*27018(?::\s*\d{4})?/giu,
  },
  { id: 'privacymark', name: 'Privacy Mark (プライバシーマーク)', standard: 'JIS Q 15001', pattern: /プライバシーマーク|Privacy\s*Mark|Pマーク/giu },
  { id: 'ismap', name: 'ISMAP (Information system Security Management and Assessment Program)', standard: 'ISMAP', pattern: /ISMAP/gu },
  { id: 'soc2', name: 'SOC 2', standard: 'SOC 2 (AICPA Trust Services Criteria)', pattern: /SOC\s*2(?:\s*Type\s*(?:II|I|1|2))?|SOC2/giu },
];

/**
 * Held: also an attestation report the vendor hands out (`Our SOC 2 Type II report is available under NDA`, a status list's
 * `SOC 2 Type I report: **available now**`, `report, issued
 * annually and available under NDA`, `SOC2報告書を提供`), or one that covers a period or was issued by its auditor (`SOC 2
 * Type II report covering 1 October 2024 to 30 September 2025, issued by X LLP`): a report exists only once the audit is
 * done. A certification
 * maintained (`maintains ISO/IEC 27001 certification`, `認証を維持`, a contract's `認証を本契約の有効期間中維持する`) is held; a programme or policies maintained are not, so
 * the word must reach the certificate. A certificate renewed (`has been renewed following the recertification audit`, a
 * trust portal's log entry) is held anew. An examination or audit completed (`has completed a SOC 2 Type I examination`) has
 * its report; a readiness assessment, gap analysis, mock or internal audit completed has none.
 */
const holds =
  /(?<![A-Za-z])(?:certificate|certification|registration)\s+(?:expires|lapses|is valid|remains valid|valid (?:until|through|to))(?![A-Za-z])|(?<![A-Za-z])maintain(?:s|ed|ing)?(?![A-Za-z])[^.;。]{0,40}?(?<![A-Za-z])(?:certification|certificate|certified|registration|accreditation|report|attestation)|認証を[^。、]{0,20}?維持|取得|認証を受け|登録され|登録して|登録済|認定を受け|付与され|保有|certified|holds?|(?<![A-Za-z])(?:has|have)\s+(?:\w+ly\s+)?held(?![A-Za-z])|obtained|achieved|awarded|has been granted|received|(?<![A-Za-z])(?:has been|was|were|have been)\s+(?:successfully\s+)?(?:renewed|recertified)(?![A-Za-z])|(?<![A-Za-z])(?:reports?|attestations?)(?:,\s+[^.;,]{1,40}?\s+and)?(?:,?\s+|\s*[:：—–]\s*(?:\*\*|__)?)(?:is\s+|are\s+)?(?:available|provided|shared)(?![A-Za-z])|(?<![A-Za-z])(?:reports?|attestations?)\s+(?:covering|for the period|issued)(?![A-Za-z])|(?<![A-Za-z])issued by(?![A-Za-z])|(?<![A-Za-z])(?:has|have)\s+(?:successfully\s+)?completed\s+(?:an?|its|our|the|their)\s+(?![^.;。]{0,30}?(?:readiness|gap|pre-?audit|mock|internal))[^.;。]{0,30}?(?:examination|audit|attestation)(?![A-Za-z])|(?<![A-Za-z])(?:we|it|they)\s+(?:have|has)\s+(?:an?|our|its)\s+(?:current\s+)?(?:SOC\s*[123]|ISAE\s*3402|SSAE\s*1[68])[^.;。]{0,20}?\s(?:reports?|attestations?)(?![A-Za-z])|(?:報告書|レポート)(?:を|は)[^。]{0,20}?(?:提供|開示)/iu;
/**
 * Not yet held: also a questionnaire's `未取得` (not obtained) beside the scheme its question names, and an FAQ's plain
 * denial (`SOC 2 レポートは提供しておりません`, `We do not currently hold …`): a report or certificate the vendor says it does
 * not provide, hold or have is not held, though the words `レポート…提供` or `report … provided` are in the sentence. A
 * budget line or task that prepares or weighs getting one (`認証取得準備`, `報告書の取得検討`) holds none yet either.
 */
export const preparing =
  /(?<![A-Za-z])(?:is|are|am)\s+not\s+(?:yet\s+)?(?:[\w/:.-]+\s+){0,3}certified(?![A-Za-z])|(?:取得|提供|開示|保有|登録)し(?:て(?:い|お)り?)?ません|(?:取得|提供|開示|保有|登録)して(?:い)?ない|(?<![A-Za-z])(?:do(?:es)?\s+not|don['’]t|doesn['’]t|(?:is|are|has|have)\s+not(?:\s+been)?)\s+(?:(?:currently|yet)\s+)?(?:hold|have|provide|offer|share|publish|obtained|certified|available|provided|shared|held)(?![A-Za-z])|未取得|未認証|準備中|(?:取得|認証|受審|受領)(?:の|に向けた)?(?:準備|検討)|予定|目指|取得に向け|申請中|審査中|検討中|計画|in preparation|preparing|plan(?:s|ned)? to|(?<![A-Za-z])planned(?![A-Za-z])|pursuing|working towards|in progress|underway|expected|(?<![A-Za-z])(?:will|aim to|intend to)(?![A-Za-z])|(?<![A-Za-z])(?:coming soon|soon)(?![A-Za-z])|近日|まもなく/iu;
/** Followed, not certified: unless the sentence also says the certificate is held. */
const followsOnly = /準拠|に基づ|参考に|aligned with|based on|in accordance with/iu;
/**
 * A management system said to follow a standard, no certificate held (`Our ISMS is aligned with ISO/IEC 27001`, `ISO/IEC
 * 27001 に準拠した運用`): nobody independent has reviewed it (controls.ts reads no review from it).
 */
export function followedOnly(text: string): boolean {
  return followsOnly.test(text) && !holds.test(text);
}
/**
 * Known prefixes of registration numbers, or any id printed after `登録番号` or `certificate no.` (`GB 452210`, `QM-8812`,
 * with a country and a scheme before the serial: `DE-ISMS-48213`), the label also capitalised as a sentence or cell opens
 * with it (`Certificate number 2419873.`).
 */
// Also a bare number right after `certificate` (`(certificate 311204)`), five digits or more so no year is read. After a
// Japanese label (`登録番号`, `認証番号`), each number of a list (`認証番号 A-771、A-772`), glossed by its scheme or not. A number
// after its label may be printed in groups of digits (`certificate number 44 121 240113`, as German bodies print them).
const registrationNumber =
  /(?<![A-Za-z0-9])(?:IS|CLOUD|IC|ISMS|CLC|EMS|PII)[\s-]?\d{4,7}(?![0-9])|(?<![A-Za-z0-9])JQA-[A-Z]{2}\d{3,6}|(?<![0-9])\d{8}\(\d{2}\)|(?<![A-Za-z0-9])C\d{2}-\d{4}-\d{1,3}(?![0-9])|(?<=(?:登録|認証|証明書)番号\s*[:：]?\s*(?:第)?(?:[A-Za-z0-9-]{4,20}(?:\s*[（(][^)）\n]{1,30}[)）])?\s*[、,，/／]\s*)*)[A-Za-z0-9-]{4,20}|(?<=(?<![A-Za-z])(?:[Cc]ertificate|[Rr]egistration|[Cc]ert\.)\s+(?:[Nn]o\.?|[Nn]umber|#)\s*[:：]?\s*)(?:[A-Z]{1,6}[ -]?){0,3}[0-9](?:[A-Za-z0-9-]|\/(?=[A-Za-z0-9])| (?=[0-9])){3,19}|(?<=(?<![A-Za-z])[Cc]ertificate\s+)\d{5,10}(?![0-9])/gu;
const issuers =
  /一般財団法人\s*日本品質保証機構(?:\s*[(（]JQA[)）])?|日本品質保証機構|(?<![A-Za-z])JQA(?![A-Za-z-])|BSI\s*グループジャパン(?:株式会社)?|(?<![A-Za-z])BSI(?![A-Za-z])|LRQA|ロイドレジスター|DNV|(?<![A-Za-z])JACO(?![A-Za-z])|日本規格協会|Intertek|(?<![A-Za-z])SGS(?![A-Za-z])|TÜV(?:[\s-]+(?:SÜD|S[uü]d|NORD|Nord|Rheinland|Austria|Hessen|Saarland|Thüringen|Trust IT))?|一般財団法人\s*情報経済社会推進協会\s*[(（]?JIPDEC[)）]?|JIPDEC/gu;

/** `issued by X LLP`: the firm that issued a report, by its name and legal form. */
const issuedByFirm = new RegExp(String.raw`(?<![A-Za-z])issued\s+by\s+(${englishCompanyName})`, 'u');

const fullDate = String.raw`(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})`;
/**
 * The date a certificate was granted, as announcements and sheets print it: `2025年10月24日付で取得`, `2025年4月1日に登録`,
 * `取得日：2025年4月1日`, `certified on 3 March 2025`, `valid from 2025-04-01`. A year alone (`2021年に取得`) is no date.
 */
const grantedOn = new RegExp(
  String.raw`(${fullDate})\s*(?:付け?で?|に|より)\s*[^。\t]{0,40}?(?:取得|登録|認証|付与)|(?:取得日|登録日|認証日|有効(?:期間)?開始日|(?:certified|registered|issued|granted)\s+(?:on|since)|valid\s+from|effective\s+(?:from\s+)?)\s*[:：]?\s*(${fullDate})`,
  'iu',
);
/**
 * The scope a sentence gives a certificate in words: `適用範囲：X`, `scope: X`, `covering X`. The label or verb marks it;
 * the text runs to the next clause or bracket; a `、` inside it lists what it covers (`Xの開発、運用及び保守`) unless the next
 * labelled field follows it (`、登録日：…`).
 */
const scopeInWords =
  /(?:適用範囲|認証範囲|登録範囲|認証対象|(?<![A-Za-z])scope)\s*[:：]\s*((?:[^、。；;)）\n]|、(?![^、。)）\n]{1,12}[:：])){1,79}[^、。；;)）\n])|(?<![A-Za-z])cover(?:ing|s)\s+(?!(?:the\s+)?(?:period|year|months?|calendar|fiscal)(?![A-Za-z]))(?:the\s+)?([^;.)）\n]{4,80})/iu;
/** The dates a certificate is valid from and until, as labelled: `発行日`, `issued … on`, `有効期限`, `expires`, `valid until`. */
const validFromLabel = /(?:発行日|発効日|認証日|有効期間|(?<![A-Za-z])(?:issued(?: by [^,;()（）]{1,40}?)? on|valid from|effective(?: from)?))\s*[:：]?\s*/giu;
const validUntilLabel = /(?:有効期限|満了日|(?<![A-Za-z])(?:expires?(?: on)?|expiry(?: date)?|valid (?:until|through|to)))\s*[:：]?\s*/giu;

/**
 * The sentence after a certificate's, when it goes on about that certificate without naming a scheme (`The certificate
 * …`, `This certificate …`, `同認証は…`, `当該認証の…`), or a form's field about it: what it dates is the certificate just named.
 */
function sequelOf(next: Span | undefined): Span | undefined {
  if (!next || certificationSchemes.some((s) => new RegExp(s.pattern.source, s.pattern.flags.replace('g', '')).test(next.text))) return undefined;
  // Also a form's next field about it (`Certificate valid until:  2027-03-31`, `Certificate expiry date:`, `証明書の有効期限：`),
  // and an attestation's report spoken of next (`… completed a SOC 2 Type I examination. The report was issued by X LLP on …`).
  return /^(?:(?:the|this|that|our|its)\s+(?:current\s+|present\s+)?(?:certificat(?:e|ion)|report|attestation)(?![A-Za-z])|(?:同|当該|本|この)(?:認証|証明書|登録)|certificat(?:e|ion)\s+(?:valid|expir|issue|effective)|(?:証明書|認証)の?(?:有効期限|発行日))/iu.test(
    next.text,
  )
    ? next
    : undefined;
}

/**
 * A certificate's labelled fields printed as lines of their own under the sentence that names it (`…（ISO/IEC 27001）を取得して
 * おります。` then `登録番号：IS 583104`, `有効期限：2010年3月31日`, `認証範囲：X の開発および運用`, a page's `<br>`-separated
 * lines): the record of the certificate just named. Read up to the first line that is no such field or names a scheme.
 */
const certificateField =
  /^[\s・●■-]*(?:(?:認証)?登録番号|認証番号|証明書番号|有効期限|有効期間|満了日|発行日|(?:初回)?登録日|認証日|認証範囲|適用範囲|登録範囲|認証機関|審査登録機関|(?:registration|certificate|certification)\s+(?:no\.?|number)|expiry(?:\s+date)?|valid\s+(?:until|through|from)|scope(?:\s+of\s+(?:certification|registration))?|certification\s+body)\s*[:：]\s*\S/iu;
function fieldsAfter(sentences: Span[], k: number, scheme?: string): Span[] {
  const fields: Span[] = [];
  for (const next of sentences.slice(k + 1)) {
    if (scheme && schemeField(next.text, scheme)) {
      fields.push(next);
      continue;
    }
    if (!certificateField.test(next.text) || certificationSchemes.some((s) => new RegExp(s.pattern.source, s.pattern.flags.replace('g', '')).test(next.text)))
      break;
    fields.push(next);
  }
  return fields;
}

/**
 * A form that asks after each scheme in fields of its own (a procurement framework's service definition: `ISO/IEC 27001
 * certification: Yes`, then `Who accredited the ISO/IEC 27001: X`, `ISO/IEC 27001 accreditation date: …`, `What the ISO/IEC
 * 27001 doesn't cover: …`): the field answered yes holds it, and the fields whose label names the same scheme and no other are
 * its record, read with the certificate fields after them (`Certificate number: …`).
 */
const schemeYes =
  /^[^:：\n]{2,80}?(?:certification|certified|certificate|accreditation|accredited|認証|認定|登録)\s*[:：]\s*(?:yes|はい|有り?|あり|取得済み?)\s*\.?$/iu;
/** Each scheme's pattern without the global flag, compiled once, so `test` keeps no state between calls. */
const schemeOnce = certificationSchemes.map((s) => ({ id: s.id, pattern: s.pattern, once: new RegExp(s.pattern.source, s.pattern.flags.replace('g', '')) }));
function schemeAnsweredYes(text: string): boolean {
  const label = /^[^:：\n]+/u.exec(text.trim())?.[0] ?? '';
  return schemeYes.test(text.trim()) && schemeOnce.some((s) => s.once.test(label));
}
const schemeFieldWords =
  /^(?:who\s+accredited(?:\s+the)?|accredited\s+by|certified\s+by|(?:certification|accreditation|registration)\s+(?:date|body|number|expiry(?:\s+date)?)|date\s+of\s+(?:certification|accreditation)|what\s+(?:the\s+)?(?:doesn['’]t|does\s+not)\s+cover|認証機関|審査登録機関|登録番号|認証番号|認証日|登録日|有効期限|認証範囲)$/iu;
function schemeField(text: string, scheme: string): boolean {
  const m = /^\s*([^:：\n]{2,80}?)\s*[:：]\s*\S/u.exec(text);
  if (!m) return false;
  const label = m[1]!;
  const named = schemeOnce.filter((s) => s.once.test(label));
  if (named.length !== 1 || named[0]!.id !== scheme) return false;
  const rest = label
    .replace(named[0]!.pattern, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/\s*(?:certification|certificate)?\s*$/iu, '')
    .trim();
  // `What the ISO/IEC 27001 doesn't cover` reads `What the doesn't cover` once the scheme is out.
  return schemeFieldWords.test(rest.replace(/\bthe\s+(?=doesn|does)/iu, ''));
}

/** The certification body a form's field names (`Who accredited the ISO/IEC 27001: X`, `認証機関：X`): its value. */
function issuerField(fields: readonly Span[]): string | undefined {
  for (const f of fields) {
    const m = /^\s*([^:：\n]{2,80}?)\s*[:：]\s*(\S[^\n]{1,80})$/u.exec(f.text);
    if (m && /who\s+accredited|accredited\s+by|certified\s+by|certification\s+body|registrar|認証機関|審査登録機関/iu.test(m[1]!))
      return m[2]!.trim().replace(/[.。]$/u, '');
  }
  return undefined;
}

function dateAfter(text: string, label: RegExp): string | undefined {
  for (const m of text.matchAll(label)) {
    const date = dateIn(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
    if (date) return date;
  }
  return undefined;
}

/** A certificate table's status cell: whether the certificate is held, not what it covers. */
const statusCell = /^(?:(?:認証)?取得済み?|認証取得|登録済み?|有効|保有|certified|active|valid|held|obtained|yes|○|〇)$/iu;

/** The provider named by its role, not its name: `our hosting provider`, `the cloud provider`, `基盤事業者`, `クラウド事業者`. */
const providerByRole =
  /(?<![A-Za-z])(?:hosting|cloud|infrastructure|platform|IaaS|data ?cent(?:er|re)|colocation|colo)\s+(?:service\s+)?(?:providers?|vendors?|operators?)(?![A-Za-z])|(?:基盤|インフラ|クラウド|データセンター)(?:の)?(?:提供)?事業者/iu;
/**
 * A facility operator named by its company name as the subject (`Kestrel Data Centres holds ISO/IEC 27001 …`, `X Colocation
 * has a SOC 2 report`): a colocation or data-centre company's certificate covers its building, not the vendor's service.
 */
const namedOperatorAsSubject =
  /(?<![A-Za-z])(?:[A-Z][\w&-]*\s+){1,3}(?:Data ?Cent(?:er|re)s?|Datacent(?:er|re)s?|Colocation|Hosting)(?:\s+(?:Inc|Ltd|LLC|K\.K|GmbH|Co)\.?)?\s+(?:holds?|has|have|is|are|maintains?)(?![A-Za-z])/u;
const ownWords = /当社|弊社|(?<![A-Za-z])(?:we|our)(?![A-Za-z])/iu;
/**
 * A group or holding company named as the subject (`Brantvale Group holds a SOC 2 Type II report …`, `X Holdings plc is ISO/IEC
 * 27001 certified`, `Xホールディングス株式会社は…を取得`), as a vendor's page after its acquisition names its new parent: the
 * parent's certificate covers its own platform, not the vendor's product, until the vendor says it does (`our`, `当社`).
 */
const namedGroupAsSubject =
  /(?<![A-Za-z])(?:[A-Z][\w&-]*\s+){1,3}(?:Group|Holdings)(?:\s+(?:plc|Inc|Ltd|Limited|LLC|Corp|AG|SE|N\.V|GmbH)\.?)?\s+(?:holds?|has|have|is|are|maintains?)(?![A-Za-z])|(?:グループ|ホールディングス)(?:株式会社)?(?:は|が)[、,]?/u;

/**
 * Another party named by its role as the subject before a scheme: a partner, a supplier or sub-processor, a group
 * company, or the certification body itself (`決済連携パートナーである株式会社Xは、プライバシーマークを取得`, `our payment
 * partner X is PCI DSS certified`, `審査を行った認証機関は…の認定を受けて`). What it holds is its own certificate.
 */
const otherPartyAsSubject =
  /(?:パートナー|提携先|協力会社|業務委託先|再委託先|委託先|取引先|グループ会社|親会社|子会社|認証機関|審査機関|認定機関)(?:企業|各社)?(?:である|の)?[^、。]{0,30}?(?:は|が)[、,]?|(?<![A-Za-z])(?:partners?|suppliers?|sub-?processors?|subcontractors?|parent company|subsidiar(?:y|ies)|affiliates?|subservice organi[sz]ations?|certification bod(?:y|ies)|auditors?|registrars?)(?![A-Za-z])[^;]{0,40}?\s(?:is|are|holds?|has|have)(?![A-Za-z])/iu;

/** Words that take up a party already named: `each one`, `each of them`, `its own`, `their own`, `they`, `同社`, `各社`, `それぞれ`. */
const referredBack = /(?<![A-Za-z])(?:each(?: one| of them)?|its own|their own|they|all of them)(?![A-Za-z])|同社|各社|それぞれ/iu;

/** Whether a provider is the topic of the text (`AWS は`, `Google Cloud が`) and no other topic follows it. */
/** Each provider's pattern with the global flag, compiled once, to find every place the provider is named. */
const providerEverywhere = providers.map((p) => new RegExp(p.pattern.source, p.pattern.flags.includes('g') ? p.pattern.flags : `${p.pattern.flags}g`));
function providerTopic(before: string): boolean {
  for (const pattern of providerEverywhere) {
    for (const m of before.matchAll(pattern)) {
      const rest = before.slice(m.index + m[0].length);
      if (/^\s*(?:は|が)/u.test(rest) && !/(?<![でに])は/u.test(rest.replace(/^\s*(?:は|が)/u, ''))) return true;
    }
  }
  return false;
}

/**
 * "AWS は ISO 27017 を取得", "Azure holds ISO/IEC 27018", "Our hosting provider holds ISO/IEC 27018": the provider, not
 * the vendor, holds it. Named by its role, the provider may be `our` provider; the vendor is then not named after it.
 * Likewise a partner, supplier or certification body named as the subject (`otherPartyAsSubject`).
 */
function providerIsSubject(before: string): boolean {
  // A provider named in an earlier clause says where the service runs, not who holds the scheme (`X は AWS 東京リージョンで
  // 運用され、ISMS 認証を取得`): only the clause that holds the scheme is read for it.
  const ownClause = before.split(/[;；]|,\s*(?:and|but|while|whereas)\s|(?<=[しりてでずれ])、/u).at(-1)!;
  if (providers.some((p) => p.pattern.test(ownClause)) && !ownWords.test(before)) return true;
  // The clause takes the provider of the clause before up by `its` / `their` (`Firebase is ISO 27001 certified, and its
  // services are covered by Google's SOC 2 report`): the provider still holds the scheme.
  const earlier = before.slice(0, before.length - ownClause.length);
  if (/^\s*(?:its|their)\s(?!own\b)/iu.test(ownClause) && providers.some((p) => p.pattern.test(earlier)) && !ownWords.test(before)) return true;
  // A provider that is the topic of the sentence (`Google Cloud は ISO/IEC 27001 の認証を取得しており、SOC 2 報告書を公開`) stays
  // the subject of the clauses joined after it, until another topic (`…は`) or the vendor's own words take over.
  if (!ownWords.test(before) && providerTopic(before)) return true;
  const other = otherPartyAsSubject.exec(before);
  if (other && !ownWords.test(before.slice(other.index + other[0].length))) return true;
  // Named earlier, the party is taken up again in the clause that holds the scheme (`Each sub-processor is bound by our
  // terms, and each one that stores data holds its own ISO/IEC 27001 certificate`): `our` in another clause is no holder.
  const clause = before.split(/[;；、]|,\s*(?:and|but|while|whereas)?\s*/u).at(-1)!;
  if (other && referredBack.test(clause) && !ownWords.test(clause)) return true;
  if (namedOperatorAsSubject.test(before) && !ownWords.test(before)) return true;
  const group = namedGroupAsSubject.exec(before);
  if (group && !ownWords.test(before)) return true;
  const role = providerByRole.exec(before);
  return role !== null && !ownWords.test(before.slice(role.index + role[0].length));
}

/** A sentence whose every certificate is held by a provider (`AWS は ISMAP に登録されている`): no review of the vendor. */
export function heldByProviderOnly(text: string): boolean {
  const mentions = certificationSchemes.flatMap((s) => [...text.matchAll(s.pattern)].map((m) => m.index));
  return mentions.length > 0 && mentions.every((at) => providerIsSubject(text.slice(0, at)));
}

/**
 * The column of a certificates table that holds the scope, from the table's header row above the row
 * (`Standard | Scope | Status | Last audit`); undefined when no header names one, and the last cell is read as the scope.
 */
function scopeColumn(input: string, rowStart: number): number | undefined {
  const at = headerCellsOf(input, rowStart)?.findIndex((c) => /^(?:(?:認証|適用|登録)?範囲|対象(?:範囲|サービス)?|(?:certification )?scope)$/iu.test(c));
  return at === undefined || at < 0 ? undefined : at;
}

/**
 * A column whose header says it holds no scope: a status, a publication state or a date (`公開状態`, `更新日`, `Status`, `Last
 * updated`), as a help desk's FAQ export ends its rows. Its value (`公開`, `2025/09/12`) is read as no scope even when it
 * is the last cell.
 */
const notScopeHeader = /状態|状況|ステータス|公開|更新|日付|日時|(?<![A-Za-z])(?:status|state|visibility|published|updated|date|modified)(?![A-Za-z])/iu;
function lastColumnNoScope(input: string, rowStart: number): boolean {
  const header = headerCellsOf(input, rowStart);
  return header !== undefined && notScopeHeader.test(header.at(-1) ?? '');
}

/**
 * A cell that holds only a registration number and its label (`登録番号：IS 765432`, `Certificate no. 1234`), perhaps
 * after the status (`取得済み（登録番号 第10823456(03)号）`), or with its validity after it (`Certificate IS 778812, valid until
 * 31 May 2027`): a reference column, no scope.
 */
function isOnlyNumber(cell: string, number: string): boolean {
  const status = cell.trim().split(/[\s(（:：]/u)[0]!;
  return !/[\p{L}]/u.test(
    cell
      .replace(new RegExp(String.raw`[,、]?\s*${validUntilLabel.source}.*$`, 'iu'), ' ')
      .replace(/^\s*certificate(?![A-Za-z])/iu, ' ')
      .replace(statusCell.test(status) ? status : '', ' ')
      .replace(number, ' ')
      .replace(/(?:認証|登録|証明書)?番号|registration\s+(?:no\.?|number)|certificate\s+(?:no\.?|number)|no\.|第\s*(?=[\s)）]|$)|(?<=[\s(（]|^)\s*号/giu, ' '),
  );
}

/**
 * A questionnaire row's answer that names no scheme (`○\t登録番号：IS 765432`, `取得済み（登録番号 …）`) answers for the
 * scheme its question or item names (`ISO/IEC 27001認証を取得しているか`, `プライバシーマーク`): the whole row is read, so
 * the scheme and the answer's number and status are read together. An answer that names a scheme speaks for itself.
 */
function withQuestionRow(input: string, sentence: Span, scope: Scope): Span {
  const line = scope.section.headingSpan;
  const onRow = line.text.includes('\t') && sentence.start > line.start && sentence.start <= line.end;
  if (!onRow || certificationSchemes.some((s) => sentence.text.search(s.pattern) >= 0)) return sentence;
  // The row from its question cell on: the cells before it (`No`, `大分類`, `中分類 | ISMSクラウドセキュリティ`) only number and
  // group the rows, so a scheme they name is no part of this answer (a △ row planning ISO/IEC 27017 under a `ISMSクラウド
  // セキュリティ` group would otherwise read the group's mention as held).
  // An answer that is a sentence of its own about something else (`Our privacy programme follows UK GDPR requirements.` under
  // `Do you follow ISO/IEC 27018 …?`) does not answer for the question's scheme: only a yes, a status or a number does.
  // A sentence that says something is held (`We have been certified since 2019.`) still answers it.
  if (!answersForQuestion.test(sentence.text) && !saysHeld.test(sentence.text) && /[.。]\s*$/u.test(sentence.text.trim())) return sentence;
  const at = line.text.indexOf(scope.section.heading);
  // The row ends where the section's body does: a sheet's assessor and evidence columns after the answer are no part of it.
  const end = scope.section.body.end > sentence.start ? Math.min(line.end, scope.section.body.end) : line.end;
  const row = spanOf(input, at > 0 && line.text.slice(0, at).endsWith('\t') ? line.start + at : line.start, end);
  const question = input.slice(row.start, sentence.start);
  return certificationSchemes.some((s) => question.search(s.pattern) >= 0) ? row : sentence;
}

/** Words saying a certificate is held, anywhere in an answer's sentence. */
const saysHeld =
  /(?<![A-Za-z])(?:certified|certificated|accredited|holds?|held|maintains?|obtained|registered|attained)(?![A-Za-z])|取得|認証を受け|登録され/iu;

/** An answer's opening that answers the question asked: a yes or tick, a status (`取得済み`, `Certified`), a number's label. */
const answersForQuestion =
  /^\s*(?:yes|y(?![A-Za-z])|はい|[○◯〇✓✔]|取得|認証|登録|認定|held|certified|current|active|valid|registered|registration|certificate|cert(?:\.|ificate)?\s*(?:no|number))/iu;

/**
 * An auditor's opinion on the vendor's system against the AICPA Trust Services Criteria, as a SOC 2 or SOC 3 report prints
 * it (`In our opinion, management's assertion that the controls within … were effective … based on the applicable trust
 * services criteria is fairly stated`, `…トラスト・サービス規準に基づき…適正に表示している`). The document is the attestation
 * itself: the vendor holds it under the SOC 2 scheme, whatever the report's kind (a SOC 3 report is the general-use report
 * of the same examination).
 */
const trustServicesOpinion =
  /(?<![A-Za-z])in our opinion(?![A-Za-z])[^.]*?trust services (?:criteria|principles)|トラスト\s*・?\s*サービス(?:の)?(?:規準|基準)[^。]*(?:適正に表示|有効に(?:整備|運用))/iu;
/** The firm that signs an auditor's report, on a line of its own under the opinion (`X LLP`, `X CPAs`, `X監査法人`). */
const auditFirm =
  /^(?:[A-Z][A-Za-z&.,' -]{1,60}?\s(?:LLP|LLC|PLLC|P\.C\.|CPAs?|Certified Public Accountants|&\s*Co\.?)|(?:有限責任\s*)?(?:\S{1,20}監査法人|監査法人\s*\S{1,20}))$/u;
/** The kind of attestation report a document is (`SOC 3`, `SOC 2 Type II`), as its title prints it. */
const reportKind = /(?<![A-Za-z])SOC\s*[123](?:\s*®)?(?:\s+Type\s+(?:II|I|1|2))?(?![A-Za-z0-9])/u;

/**
 * A report's own title line in its title block (`SOC 2 Type II Report`), where the document also prints the auditor's parts
 * of it (`Tests of Controls`, `Independent Service Auditor`): an excerpt of the report (its section 4 without the opinion)
 * is still the attestation the vendor holds. A title that only names such a report among others is no title line.
 */
const reportTitleLine = /^(?:SOC\s*[123](?:\s*®)?(?:\s+Type\s+(?:II|I|1|2))?|ISAE\s*3402|SSAE\s*1[68])\s+(?:Examination\s+)?Report$/iu;
const auditorsParts = /(?<![A-Za-z])(?:tests?\s+of\s+(?:the\s+)?controls|(?:independent\s+)?service\s+auditor(?:'s|’s)?\s+report)(?![A-Za-z])/iu;

/** The report's title line in the document's title block, read from the section of the auditor's part that prints it. */
function reportTitleIn(input: string, scope: Scope): Span | undefined {
  if (!auditorsParts.test(scope.section.heading)) return undefined;
  let at = 0;
  for (const line of input.slice(0, 800).split('\n')) {
    if (reportTitleLine.test(line.trim())) return spanOf(input, at + line.indexOf(line.trim()), at + line.trimEnd().length);
    at += line.length + 1;
  }
  return undefined;
}

function attestationIn(input: string, sentence: Span, scope: Scope): CertificationProposal | undefined {
  const titled = reportTitleLine.test(sentence.text.trim());
  if (!titled && !trustServicesOpinion.test(sentence.text)) return undefined;
  const after = input.slice(sentence.end, sentence.end + 400);
  const issuer = after
    .split('\n')
    .map((l) => l.trim())
    // Under a report's title, the firm's line may say what it is (`Issued by X LLP, Independent Service Auditor`).
    .map((l) => (titled ? l.replace(/^issued\s+by\s+/iu, '').replace(/,\s*(?:independent\s+)?(?:service\s+)?auditors?$/iu, '') : l))
    .find((l) => auditFirm.test(l));
  const kind = reportKind.exec(input)?.[0];
  return {
    certification: 'soc2',
    ...(issuer ? { issuer } : {}),
    ...(kind ? { edition: kind } : {}),
    sentence,
    section: scope.section.heading,
    confidence: 0.6,
    rule: 'certification.auditor-opinion',
    reviewNote: `The document is an auditor's report on the system against the Trust Services Criteria${kind ? ` (${kind})` : ''}: proposed as the SOC 2 scheme; the period it covers is no validity.`,
  };
}

/**
 * A scheme named as what a body is accredited to certify (`holds ISO/IEC 17021-1 accreditation for ISO/IEC 27001
 * certification`, `accredited to certify against ISO/IEC 27001`): the certification body's accreditation, no certificate.
 */
const accreditedFor = /(?<![A-Za-z])accredit(?:ed|ation)\s+(?:for|to\s+(?:certify|issue|audit|assess))(?![A-Za-z])|認定範囲/iu;
/**
 * A standard named as guidance the assessment also covered (`and the guidance of ISO/IEC 27017:2015`, `including the
 * controls of`, `with the extension`): a code of practice is not certified on its own, so it is an extension of the
 * certificate of the standard named first, under the same number.
 */
const extensionWords =
  /(?<![A-Za-z])(?:guidance|guidelines|code of practice|extension|extended|controls?\s+(?:of|from|in))(?![A-Za-z])|に基づく|管理策|ガイドライン|指針|拡張|アドオン/iu;

/**
 * The document is a certificate of registration (certificate-document.ts): the standards its certifying statement names
 * are held, with the number, dates, issuer and scope the certificate prints in its fields.
 */
function certificateIn(input: string, scope: Scope): CertificationProposal[] {
  const statement = certifyingStatement(input);
  // The scope the statement is read in: the one it opens in, or (a Japanese statement whose first line stands in the title
  // block) the one it ends in.
  const end = Math.max(statement?.standardsTo ?? 0, statement?.start ?? 0);
  if (!statement || !(statement.start >= scope.span.start ? statement.start < scope.span.end : end > scope.span.start)) return [];
  const standards = input.slice(statement.standardsFrom, statement.standardsTo);
  const mentions = certificationSchemes
    .flatMap((s) => [...standards.matchAll(s.pattern)].map((m) => ({ scheme: s, index: m.index, text: m[0] })))
    .sort((a, b) => a.index - b.index)
    .filter((m, i, all) => !all.some((o, j) => j < i && o.index <= m.index && o.index + o.text.length > m.index));
  if (mentions.length === 0) return [];
  const fields = certificateFields(input, statement);
  const issuer = fields.issuer ?? [...input.matchAll(issuers)][0]?.[0];
  const validFrom = fields.issuedOn ? dateIn(fields.issuedOn) : undefined;
  const validUntil = fields.validUntil ? dateIn(fields.validUntil) : undefined;
  const last = mentions[mentions.length - 1]!;
  const sentence = spanOf(input, statement.start, statement.standardsFrom + last.index + last.text.length);
  return mentions.map((mention, i) => {
    const before = i > 0 ? standards.slice(mentions[i - 1]!.index + mentions[i - 1]!.text.length, mention.index) : '';
    // Japanese says it after the name, on the same line (`ISO/IEC 27017:2015 に基づくクラウドサービス固有の管理策を含む`).
    const after = standards.slice(mention.index + mention.text.length, mentions[i + 1]?.index ?? standards.length).split('\n')[0]!;
    const extension = i > 0 && extensionWords.test(before + after);
    return {
      certification: mention.scheme.id,
      ...(fields.scope ? { scope: fields.scope } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validUntil ? { validUntil } : {}),
      ...(fields.number ? { registrationNumber: fields.number } : {}),
      edition: mention.text.trim(),
      ...(issuer ? { issuer } : {}),
      sentence,
      section: scope.section.heading,
      confidence: extension ? 0.6 : 0.9,
      rule: 'certification.certificate-document',
      ...(extension
        ? {
            reviewNote: `Named on the ${mentions[0]!.text.trim()} certificate as guidance the assessment also covered: an extension under the same number, not a certificate of its own. Keep it if the certification body's register lists the extension.`,
          }
        : {}),
    };
  });
}

/** A record's row labelled as the registration or certificate number (`登録番号 | C24-0187-1`, `Certificate number | IS 1234`). */
const numberLabel = /^(?:(?:認証)?登録番号|認証番号|証明書番号|(?:registration|certificate|certification)\s+(?:no\.?|number))$/iu;
/** A record's row labelled as the scheme itself (`認証規格 | ISO/IEC 27001:2022`, `Standard | …`). */
const schemeLabel = /^(?:(?:認証|適用)?規格|制度|認証(?:の)?(?:種類|名称)|(?:certification\s+)?(?:standard|scheme))$/iu;

/** A record's row naming the body that certifies (`認証機関 | X`, `Certification body | X`). */
const issuerLabel = /^(?:認証機関|審査登録機関|認証登録機関|登録機関|審査機関|(?:certification|registration)\s+body|registrar|issued by)$/iu;
/** A record's row giving the scope (`認証範囲 | X`, `適用範囲 | X`, `Scope | X`). */
const scopeLabel = /^(?:認証範囲|適用範囲|登録範囲|認証対象|(?:scope(?:\s+of\s+(?:certification|registration))?))$/iu;

/** The two-cell rows around a row, as one record: the rows above and below it up to a line that is no such row. */
function recordAround(input: string, row: Span): Span[] {
  const lines = input.split('\n');
  let at = 0;
  const starts = lines.map((l) => ((at += l.length + 1), at - l.length - 1));
  const index = starts.findIndex((start) => start === row.start);
  const isPair = (i: number) => i >= 0 && i < lines.length && cellsOf(lines[i]!)?.length === 2;
  if (index < 0 || !isPair(index)) return [];
  let first = index;
  let last = index;
  while (isPair(first - 1)) first--;
  while (isPair(last + 1)) last++;
  return lines.slice(first, last + 1).map((text, k) => ({ start: starts[first + k]!, end: starts[first + k]! + text.length, text }));
}

/**
 * A registration record, one fact a row (`登録番号 | C24-0187-1`, `登録日 | 2024年6月20日`, `有効期限 | 2026年9月30日`), as a
 * public register's entry or a certificate table prints it: the rows are read together. Its scheme is the one a row names
 * as the standard; else the one the text before the record says the entry is registered or certified to (a register's
 * lead, `…（ISMAP）のクラウドサービスリストに登録された…`), not held by a provider. The quote runs from the number to the dates.
 */
function recordIn(input: string, sentence: Span, scope: Scope): CertificationProposal | undefined {
  const cells = cellsOf(sentence.text);
  if (cells?.length !== 2 || !numberLabel.test(cells[0]!) || companyProfileHeading.test(scope.section.heading)) return undefined;
  const number = [...cells[1]!.matchAll(registrationNumber)][0]?.[0].trim() ?? (/^[A-Za-z0-9][A-Za-z0-9 -]{3,24}$/u.test(cells[1]!) ? cells[1] : undefined);
  if (!number) return undefined;
  const rows = recordAround(input, sentence);
  const schemeRow = rows.find((r) => schemeLabel.test(cellsOf(r.text)![0]!));
  const inRow = schemeRow ? certificationSchemes.find((s) => schemeRow.text.search(s.pattern) >= 0) : undefined;
  const before = input.slice(0, rows[0]!.start);
  const named = certificationSchemes
    .flatMap((s) => [...before.matchAll(s.pattern)].map((m) => ({ scheme: s, index: m.index })))
    .sort((a, b) => b.index - a.index)[0];
  const said = named ? sentencesOf(input, spanOf(input, 0, rows[0]!.start)).find((x) => x.start <= named.index && x.end > named.index) : undefined;
  const fromText =
    named && said && holds.test(said.text) && !preparing.test(said.text) && !providerIsSubject(said.text.slice(0, named.index - said.start))
      ? named.scheme
      : undefined;
  const scheme = inRow ?? fromText;
  if (!scheme) return undefined;
  const dated = rows.filter((r) => grantedOn.test(r.text) || dateAfter(r.text, validFromLabel) || dateAfter(r.text, validUntilLabel));
  // A number with neither its scheme nor a date of registration or validity beside it (a company profile's `登録番号`, the
  // invoice number) is no certificate's.
  if (!inRow && dated.length === 0) return undefined;
  const granted = dated.map((r) => grantedOn.exec(r.text)).find(Boolean);
  const validFrom = (granted ? dateIn(granted[1] ?? granted[2]!) : undefined) ?? dated.map((r) => dateAfter(r.text, validFromLabel)).find(Boolean);
  const validUntil = dated.map((r) => dateAfter(r.text, validUntilLabel)).find(Boolean);
  // The body that certifies and the scope, when the record prints them as rows of their own (`認証機関 | X`, `認証範囲 | Y`).
  const valueOf = (label: RegExp) => {
    const row = rows.find((r) => label.test(cellsOf(r.text)![0]!));
    return row ? { row, value: cellsOf(row.text)![1]! } : undefined;
  };
  const issuer = valueOf(issuerLabel);
  const scopeRow = valueOf(scopeLabel);
  const quoted = [sentence, ...dated, ...(schemeRow ? [schemeRow] : []), ...[issuer, scopeRow].flatMap((f) => (f?.value ? [f.row] : []))];
  const start = Math.min(...quoted.map((r) => r.start));
  const end = Math.max(...quoted.map((r) => r.end));
  return {
    certification: scheme.id,
    registrationNumber: number,
    ...(validFrom ? { validFrom } : {}),
    ...(validUntil ? { validUntil } : {}),
    ...(issuer?.value ? { issuer: issuer.value } : {}),
    ...(scopeRow?.value ? { scope: scopeRow.value } : {}),
    sentence: spanOf(input, start, end),
    section: scope.section.heading,
    confidence: inRow ? 0.85 : 0.7,
    rule: 'certification.registration-record',
    ...(inRow ? {} : { reviewNote: `The record names no scheme: ${scheme.standard} is the one the text before it says the entry is registered to.` }),
  };
}

/** A label over a list of schemes that says they are held: `Certifications held:`, `Certificates currently held (tick all that apply):`, `保有認証：`. */
const heldListLabel =
  /^(?:(?:certifications?|certificates?|accreditations?|attestations?|standards?)\s+(?:currently\s+)?(?:held|obtained|maintained|in place)|(?:保有|取得済み?の?|取得している)(?:する)?(?:認証|資格|規格)(?:等)?)\s*(?:[（(][^()（）]{0,40}[)）])?\s*[:：]$/iu;

/**
 * The label of a fact sheet's field listing the schemes the vendor has (`Certifications: ISO/IEC 27001:2022 (…); SOC 2 Type
 * II`, `取得認証：…`): held, as `Certifications held:` says outright; a scheme still to come says so beside it (`planned`).
 */
const heldFieldLabel =
  /^(?:(?:security\s+)?(?:certifications?|certificates?|accreditations?|attestations?)(?:\s*(?:and|&|\/)\s*(?:attestations?|audits?|reports?))?|(?:取得|保有|第三者|外部)?認証(?:取得)?(?:状況)?)$/iu;

/** A matrix cell that says the row's product holds the column's scheme; not `—`, `×`, `In progress`, `取得予定`. */
const heldMark = /^(?:✓|✔|✔️|☑|○|〇|◯|yes|held|certified|取得済み?|認証取得済み?|登録済み?)$/iu;

/**
 * A by-product compliance matrix (`Product | ISO/IEC 27001 | SOC 2 Type II | …`, one product a row): a row the scopes
 * gave to one product holds each scheme whose column it marks as held, for that product only.
 */
function matrixMarks(input: string, scope: Scope): CertificationProposal[] {
  const cells = scope.scoped ? cellsOf(scope.span.text.trim()) : undefined;
  if (!cells || scope.span.text.trim().includes('\n')) return [];
  const header = headerCellsOf(input, scope.span.start);
  if (!header || header.length !== cells.length) return [];
  const found: CertificationProposal[] = [];
  const row = scope.span.text.trimStart();
  const rowStart = scope.span.start + scope.span.text.length - row.length;
  for (const [k, cell] of cells.entries()) {
    if (k === 0 || !heldMark.test(cell)) continue;
    const scheme = certificationSchemes.find((s) => new RegExp(`^(?:${s.pattern.source})$`, 'iu').test(header[k]!.trim()));
    // The quote runs from the product to the mark, not on into the row's other columns (its hosting provider).
    const sentence = spanOf(input, rowStart, rowStart + cellStart(row, k) + cell.length);
    if (scheme) found.push({ certification: scheme.id, sentence, section: scope.section.heading, confidence: 0.6, rule: 'certification.matrix-mark' });
  }
  return found;
}

/**
 * In a customer's assessment of its vendor (assessment-report.ts) the vendor is called by its role (`委託先は…を取得`, `the
 * supplier holds …`): that role is the holder, not another party; a certificate the assessor says it verified (`we verified
 * it on the register`, `…の有効性を確認した`) is held. A sub-processor (`再委託先`) is still another party.
 */
const vendorByRole = /(?<!再)(?:業務)?委託先|(?<![A-Za-z])(?:the\s+)?(?:suppliers?|vendors?)(?![A-Za-z])/giu;
const verifiedByAssessor =
  /(?<![A-Za-z])(?:we|has been|have been|was)\s+(?:independently\s+)?(?:verified|validated|confirmed)(?![A-Za-z])|(?:有効性|取得状況|登録状況)を[^。]{0,20}?確認/iu;

/**
 * The quote of a held certificate, ended before the next scheme the sentence names when that one is only planned
 * (`ISO/IEC 27001（ISMS）認証登録番号 IS 684213 ISO/IEC 27017（…）2026年取得予定`, a cell's two lines joined): the plan is no
 * evidence of this certificate, and a reviewer reading the quote would take it for one.
 */
function beforePlannedScheme(input: string, sentence: Span, text: string, mentions: ReadonlyArray<{ index: number }>, i: number): Span {
  const next = mentions[i + 1]?.index;
  if (next === undefined) return sentence;
  // A sentence of its own before the next scheme that plans it (`… (IS 1234). We are preparing for a SOC 2 audit.`, a cell's
  // sentences joined on one line): the quote ends with this scheme's sentence.
  const at = mentions[i]!.index;
  const own = text.slice(at, next).search(/(?<=[a-z0-9)]\.)\s+(?=(?:We|Our|They|It|The)\s)/u);
  if (own >= 0 && preparing.test(text.slice(at + own, mentions[i + 2]?.index ?? text.length))) return spanOf(input, sentence.start, sentence.start + at + own);
  if (!preparing.test(text.slice(next, mentions[i + 2]?.index ?? text.length))) return sentence;
  const kept = text.slice(0, next).replace(/[\s、，,;；/／・]+$/u, '');
  return kept.length > 0 ? spanOf(input, sentence.start, sentence.start + kept.length) : sentence;
}

/** What may follow the scheme in a heading that names it alone: its edition year (`:2022`, `(2013)`) or a report's type. */
const headingEdition = /^(?:[:：]\s*\d{4}|\(\s*\d{4}\s*\)|type\s+(?:ii|i|1|2))?$/iu;

/**
 * A card or block headed by a scheme alone (`### ISO/IEC 27001:2022`, `SOC 2 Type II`, as a trust page prints one card per
 * framework) whose first line is a status alone (`Certified`, `Active`, `取得済み`, the card's badge): the status holds for
 * the scheme, and the line under it may give the number and validity (`Certificate number X, valid until 2027-06-30`). Any
 * other status (`In progress`, `Not applicable`, `Planned`) holds nothing. The quote runs from the heading to that line.
 */
function statusUnderScheme(input: string, scope: Scope): CertificationProposal[] {
  const heading = scope.section.heading.replace(/^#+\s*/u, '').trim();
  let named = '';
  const scheme = certificationSchemes.find((s) => {
    const m = new RegExp(`^(?:${s.pattern.source})`, 'iu').exec(heading);
    named = m?.[0] ?? '';
    return m !== null && headingEdition.test(heading.slice(m[0].length).trim());
  });
  const [status, next] = sentencesOf(input, scope.span);
  if (!scheme || !status || !statusCell.test(status.text.trim())) return [];
  const number = next ? [...next.text.matchAll(registrationNumber)][0]?.[0].trim() : undefined;
  const validUntil = next ? dateAfter(next.text, validUntilLabel) : undefined;
  const from = scope.section.headingSpan.start + Math.max(0, input.slice(scope.section.headingSpan.start, scope.section.headingSpan.end).indexOf(heading));
  const last = number || validUntil ? next! : status;
  return [
    {
      certification: scheme.id,
      ...(number ? { registrationNumber: number } : {}),
      ...(validUntil ? { validUntil } : {}),
      ...(/\d{5}/.test(named) ? { edition: named.trim() } : {}),
      sentence: spanOf(input, from, last.end),
      section: scope.section.heading,
      confidence: number ? 0.8 : 0.7,
      rule: 'certification.status-under-scheme',
    },
  ];
}

export function certificationsOf(input: string, scope: Scope, assessment = false): CertificationProposal[] {
  const found: CertificationProposal[] = [...certificateIn(input, scope), ...matrixMarks(input, scope), ...statusUnderScheme(input, scope)];
  const sectionIsAboutCertification = /認証|certif|registration|登録/iu.test(scope.section.heading);
  const sentences = sentencesOf(input, scope.span);
  // The auditor's opinion, where the document prints it, is the better quote: the title line stands in only for an excerpt.
  // (The title first: it is read only in the auditor's part, so the whole text is searched for an opinion only there.)
  const title = reportTitleIn(input, scope);
  const titled = title && !trustServicesOpinion.test(input) && attestationIn(input, title, scope);
  if (titled) found.push(titled);
  for (const [k, answer] of sentences.entries()) {
    const attested = attestationIn(input, answer, scope);
    if (attested) found.push(attested);
    const sentence = withQuestionRow(input, answer, scope);
    // A responsibility matrix's customer and cloud-provider cells (`ISO/IEC 27001 … for the AWS infrastructure`) are theirs.
    const text = inScope(scope, sentence, othersCellsBlanked(input, sentence));
    const mentions = certificationSchemes
      .flatMap((s) => [...text.matchAll(s.pattern)].map((m) => ({ scheme: s, index: m.index, text: m[0] })))
      .sort((a, b) => a.index - b.index)
      // One place in the text is one scheme: "ISMS クラウドセキュリティ認証" is not also "ISMS 認証".
      .filter((m, i, all) => !all.some((o, j) => j < i && o.index <= m.index && o.index + o.text.length > m.index))
      // Nor is the same scheme glossed in brackets right after its name (`ISO/IEC 27017（ISMSクラウドセキュリティ）`): one mention,
      // so what the sentence says around the gloss (`2024年11月15日付で … の認証を取得`) is about it.
      .filter((m, i, all) => {
        const previous = all[i - 1];
        return !previous || previous.scheme.id !== m.scheme.id || !/^\s*[（(]\s*$/u.test(text.slice(previous.index + previous.text.length, m.index));
      });
    if (mentions.length === 0) {
      const record = recordIn(input, sentence, scope);
      if (record) found.push(record);
      continue;
    }
    const numbers = [...text.matchAll(registrationNumber)].map((m) => ({ index: m.index, text: m[0].trim() }));
    const isRow = text.includes('\t');
    // A line listing only schemes under a label that says they are held (`Certifications held (tick all that apply):`, a
    // form's ticked boxes; `保有認証：`): the label's word holds for the list.
    const underHeldLabel =
      k > 0 && heldListLabel.test(sentences[k - 1]!.text.trim()) && !/\p{L}{3,}/u.test(mentions.reduce((t, m) => t.replace(m.text, ' '), text));
    const held =
      underHeldLabel ||
      heldFieldLabel.test(inlineLabel(text) ?? '') ||
      schemeAnsweredYes(text) ||
      holds.test(text) ||
      (isRow && numbers.length > 0) ||
      // A form's field for the scheme's number, filled in (`ISMS認証登録番号：IS 778120`): only a certificate held has one.
      (numbers.length > 0 && /(?:認証|登録|証明書)番号\s*[:：]/u.test(text)) ||
      (sectionIsAboutCertification && numbers.length > 0) ||
      (assessment && verifiedByAssessor.test(text));
    if (!held) continue;
    if (followsOnly.test(text) && !holds.test(text)) continue;
    // A known body, else the firm an attestation report says issued it (`report … was issued by X LLP on …`).
    const issuer = [...text.matchAll(issuers)][0]?.[0] ?? issuedByFirm.exec(text)?.[1];
    // "A and B are certified (numbers: n1 / n2)": as many numbers as schemes, all after the last scheme, pair up in order.
    const listedAfter = mentions.length > 1 && numbers.length === mentions.length && numbers[0]!.index > mentions[mentions.length - 1]!.index;
    mentions.forEach((mention, i) => {
      const before = text.slice(0, mention.index);
      if (providerIsSubject(assessment ? before.replace(vendorByRole, ' ') : before) || accreditedFor.test(before)) return;
      const next = mentions[i + 1]?.index ?? text.length;
      // Not yet held, said of this scheme: the words between the schemes on either side of it (`ISO/IEC 27001 certified;
      // SOC 2 report planned for 2026` holds one and plans the other). With one scheme, the whole sentence.
      const previousEnd = i > 0 ? mentions[i - 1]!.index + mentions[i - 1]!.text.length : 0;
      // A clause of its own after it (`…, and we are working towards IRAP assessment`) plans something else, not this scheme;
      // so does a sentence of its own after it (`… holds ISO/IEC 27001 (IS 1234). We are preparing for a SOC 2 audit.`), as a
      // table row's cell of several sentences joined on one line prints it.
      const ownClauseEnd = text
        .slice(mention.index, next)
        .search(/[,;]\s+(?:and|but|while|whereas)\s+(?:we|they|it)(?![A-Za-z])|(?<=[a-z0-9)])\.\s+(?=(?:We|Our|They|It|The)\s)/u);
      if (preparing.test(text.slice(previousEnd, ownClauseEnd >= 0 ? mention.index + ownClauseEnd : next))) return;
      // A number glossed by its scheme in brackets (`登録番号：N1（ISMS）、N2（ISMSクラウドセキュリティ）`) is that scheme's.
      const glossed = numbers.find((n) => /^\s*[（(]\s*$/u.test(text.slice(n.index + n.text.length, mention.index)));
      const number = listedAfter
        ? numbers[i]
        : (glossed ?? numbers.find((n) => n.index > mention.index && n.index < next) ?? (mentions.length === 1 ? numbers[0] : undefined));
      // A report's type is its edition (`SOC 2 Type I`, not the Type II still being observed): which report is held.
      const edition = /\d{5}/.test(mention.text) || /517|Type\s/iu.test(mention.text) ? mention.text.trim() : undefined;
      // The dates printed about this scheme, between the schemes on either side of it: when it was granted
      // (`2025年10月24日付で取得`, `発行日：…`, `issued … on`) and until when it is valid (`有効期限`, `expires`).
      // A list set apart by semicolons (`ISO/IEC 27001 (valid to …); SOC 2 Type II (…)`) dates each scheme in its own item:
      // the item before this one ends at its semicolon.
      const about = text.slice(Math.max(previousEnd, text.slice(0, mention.index).search(/[;；][^;；]*$/u) + 1), next);
      const granted = grantedOn.exec(about);
      // One scheme held: the sentence after it may date it (`The current certificate was issued on … and is valid until …`).
      // So may a form's next field, its value aligned by spaces into a cell (`Certificate valid until:⇥2027-03-31`).
      const fieldRow = isRow && /^[^\t]{2,60}[:：]\s*\t/u.test(text);
      const sequel = mentions.length === 1 && (!isRow || fieldRow) ? sequelOf(sentences[k + 1]) : undefined;
      const fields = mentions.length === 1 && !isRow && !sequel ? fieldsAfter(sentences, k, schemeAnsweredYes(text) ? mention.scheme.id : undefined) : [];
      const fieldText = fields.map((f) => f.text).join('\n');
      const fieldNumber = number ? undefined : [...fieldText.matchAll(registrationNumber)][0]?.[0].trim();
      const validFrom =
        (granted ? dateIn(granted[1] ?? granted[2]!) : undefined) ?? dateAfter(about, validFromLabel) ?? dateAfter(sequel?.text ?? fieldText, validFromLabel);
      const validUntil = dateAfter(about, validUntilLabel) ?? dateAfter(sequel?.text ?? fieldText, validUntilLabel);
      // So may it number it (`The certificate number is IS 804417 …`), where the sentence itself prints no number; or the
      // labelled fields under it (`登録番号：IS 583104`).
      const sequelNumber = !number && sequel ? [...sequel.text.matchAll(registrationNumber)][0]?.[0].trim() : undefined;
      // Or name the firm that issued the report (`The report was issued by X LLP on …`), where the sentence names none.
      const sequelIssuer = !issuer && sequel ? issuedByFirm.exec(sequel.text)?.[1] : undefined;
      const datedBySequel =
        sequel &&
        ((validFrom && !dateAfter(about, validFromLabel) && !granted) || (validUntil && !dateAfter(about, validUntilLabel)) || sequelNumber || sequelIssuer);
      const numbered = number?.text ?? sequelNumber ?? fieldNumber;
      const cells = isRow ? text.split('\t').map((c) => c.trim()) : [];
      const column = isRow ? scopeColumn(input, sentence.start) : undefined;
      const cell =
        isRow && cells.length >= 3 && (column !== undefined || !lastColumnNoScope(input, sentence.start))
          ? cells[column ?? cells.length - 1]!.replace(/<[^>]+>/g, ' ')
              .replace(/\s+/g, ' ')
              .trim()
          : undefined;
      // A cell of labelled fields (`登録番号：IS 702918 適用範囲：X の開発及び運用`, a questionnaire's note) gives the labelled scope.
      const scopeCell = cell && (scopeInWords.exec(cell)?.[1]?.trim() ?? cell);
      // One scheme in a sentence: its scope and validity may be written in words rather than cells.
      const worded = mentions.length === 1 && !isRow ? (scopeInWords.exec(text) ?? scopeInWords.exec(fieldText)) : null;
      // A contract's covering clause goes on with the term it holds for and the next duty (`covers the Service throughout the
      // term of the Agreement, and shall provide …`): neither is scope, and a contract's bare defined term names nothing more.
      // Nor is a clause of its own after it (`all regions, and we are working towards …`).
      const wordedScope = (worded?.[1] ?? worded?.[2])
        ?.replace(/\s+(?:throughout|during)\s.*$|,\s*and\s+(?:shall|will|must)\s.*$|[,;]\s+(?:and|but|while|whereas)\s+(?:we|they|it)(?![A-Za-z]).*$/iu, '')
        .trim()
        .replace(/^(?:Service|Services|Platform|Solution)$/u, '');
      found.push({
        certification: mention.scheme.id,
        ...(wordedScope ? { scope: wordedScope } : {}),
        ...(validFrom ? { validFrom } : {}),
        ...(validUntil ? { validUntil } : {}),
        ...(numbered ? { registrationNumber: numbered } : {}),
        ...(edition ? { edition } : {}),
        ...((issuer ?? sequelIssuer ?? issuerField(fields)) ? { issuer: issuer ?? sequelIssuer ?? issuerField(fields) } : {}),
        // Without a scope column the last cell is read as the scope, but a status (`取得済み`, `Certified`) is none.
        // Nor the registration number itself (`登録番号：IS 765432`, a questionnaire row's note): it is no scope.
        ...(scopeCell && !statusCell.test(scopeCell) && !(number && isOnlyNumber(scopeCell, number.text)) ? { scope: scopeCell } : {}),
        sentence: datedBySequel
          ? coverSpans(input, [sentence, sequel])
          : fields.length > 0
            ? coverSpans(input, [sentence, ...fields])
            : beforePlannedScheme(input, sentence, text, mentions, i),
        section: scope.section.heading,
        confidence: numbered ? 0.85 : 0.7,
        rule: numbered ? 'certification.held-with-number' : 'certification.held',
      });
    });
  }
  return found;
}

/** One certificate per scheme and number; a statement without a number merges into a numbered one of the same scheme. */
export function mergeCertifications(all: CertificationProposal[]): CertificationProposal[] {
  const recordFields = (c: CertificationProposal) => [c.issuer, c.validFrom, c.validUntil, c.scope].filter(Boolean).length;
  const merged: CertificationProposal[] = [];
  for (const c of all) {
    const same = merged.find(
      (m) => m.certification === c.certification && (m.registrationNumber === c.registrationNumber || !m.registrationNumber || !c.registrationNumber),
    );
    if (!same) {
      merged.push({ ...c });
      continue;
    }
    const services = same.services && c.services ? [...new Set([...same.services, ...c.services])] : undefined;
    // The fuller record quotes best: a number, else the one naming its issuer (a status list's `SOC 2 Type I report:
    // available` then the section's sentence naming the firm that issued it and when): the quote then bears what it records.
    const fuller = !same.registrationNumber && !c.registrationNumber && !same.issuer && c.issuer !== undefined && recordFields(c) > recordFields(same);
    if ((!same.registrationNumber && c.registrationNumber) || fuller) {
      Object.assign(same, { ...c, issuer: c.issuer ?? same.issuer });
    } else {
      same.issuer ??= c.issuer;
      same.edition ??= c.edition;
      same.scope ??= c.scope;
      same.validFrom ??= c.validFrom;
      same.validUntil ??= c.validUntil;
    }
    same.services = services;
  }
  return merged;
}
