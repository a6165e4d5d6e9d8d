/**
 * A certificate of registration itself, as a certification body issues it: a certifying statement (`This is to certify
 * that the Information Security Management System of <organisation> … has been assessed and found to conform to the
 * requirements of <standard>`) over labelled fields (certificate number, dates, scope). The document is the certificate:
 * the organisation the statement names holds it (the vendor), the body that signs it is the issuer, and the fields
 * describe that one certificate, not the body's own accreditation, a superseded number or the audit schedule.
 */
import { labelledValues } from './table-rows.js';
import { perText } from './text-span.js';

/** The title a certificate prints (`CERTIFICATE OF REGISTRATION`, `Registration Certificate`, `認証登録証`): what the document is. */
export const certificateTitle =
  /(?<![A-Za-z])(?:certificate of (?:registration|approval|conformity|certification)|(?:registration|management system) certificate)(?![A-Za-z])|(?:認証)?登録証(?!明)|認証書/iu;

export interface CertifyingStatement {
  /** Where the statement opens (`This is to certify that`). */
  start: number;
  /** The certified organisation as printed on the line after `… of` (or before `has been assessed`). */
  organisation?: string;
  /** The text naming the standards the organisation conforms to: from after `conform to` to the scope or the fields. */
  standardsFrom: number;
  standardsTo: number;
}

const opening = /(?<![A-Za-z])(?:this is to certify that|(?:we )?hereby certif(?:y|ies) that|certifies that)(?![A-Za-z])/iu;
/** `has been assessed and found to conform to the requirements of`, `has been audited and complies with`, `meets`. */
const conformity =
  /(?<![A-Za-z])(?:has|have)\s+been\s+(?:assessed|audited|registered|certified|approved)(?![A-Za-z])[^.;]{0,80}?(?:conform(?:s|ity)?|compl(?:y|ies|iance)|meets?)(?:\s+(?:with|to|the requirements of))*\s*/iu;
/** The management system a statement certifies, before the organisation's name (`the Information Security Management System of`). */
const managementSystemOf = /^(?:the\s+)?(?:[A-Za-z/()-]+\s+){0,5}?management\s+systems?\s+(?:of|operated by)\s+/iu;
/** What ends the standards: the scope or the first labelled field. */
const afterStandards =
  /(?<![A-Za-z])(?:for the following scope|scope(?: of (?:certification|registration|approval))?\s*[:：]|certificate (?:no\.?|number)\s*[:：])/iu;

/**
 * The Japanese statement, verb last: `上記の組織の情報セキュリティマネジメントシステムは、下記の規格の要求事項に適合していることを
 * 証明します。` It opens at its sentence's start, and names the organisation and the standards in labelled fields
 * (`組織名：`, `適用規格：`) unless it names them itself (`株式会社Xの…は、ISO/IEC 27001:2022の要求事項に適合…`).
 */
// The performative only (`証明します`): `…に適合していることを証明する認証を取得` in a whitepaper speaks of a certificate.
const japaneseConformity = /に適合(?:している|する)ことを(?:証明|認証)(?:します|いたします)/u;
const organisationLabel = /^(?:(?:登録|認証)?組織(?:名|の名称)?|登録者(?:名)?|認証取得者|名称)$/u;

function japaneseStatement(input: string): CertifyingStatement | undefined {
  const conforms = japaneseConformity.exec(input);
  if (!conforms) return undefined;
  const start = Math.max(input.lastIndexOf('。', conforms.index) + 1, input.lastIndexOf('\n\n', conforms.index) + 2, 0);
  const sentence = input.slice(start, conforms.index);
  const named = /^\s*(.+?)の(?:[^\s、。]{0,30}マネジメントシステム|ISMS)/u.exec(sentence)?.[1];
  const organisation = labelledValues(input, organisationLabel)[0] ?? (named && !/^(?:上記|当該|本|下記)/u.test(named) ? named : undefined);
  // The standards: the labelled field with its continuation lines (a second standard indented under the first), else the
  // statement's own words.
  const field = /^[ \t]*(?:(?:適用|認証|審査|登録)?規格|(?:適用|審査)基準)(?:名)?[ \t]*[:：][ \t]*/mu.exec(input);
  if (field) {
    const from = field.index + field[0].length;
    const rest = input.slice(from);
    const end = /\n(?![ \t\u3000]+\S)/u.exec(rest);
    return { start, ...(organisation ? { organisation } : {}), standardsFrom: from, standardsTo: from + (end?.index ?? rest.length) };
  }
  return { start, ...(organisation ? { organisation } : {}), standardsFrom: start, standardsTo: conforms.index };
}

/** The statement, searched once per text (every section of a document asks for it). */
export const certifyingStatement: (input: string) => CertifyingStatement | undefined = perText(findStatement);

function findStatement(input: string): CertifyingStatement | undefined {
  const open = opening.exec(input);
  if (!open) return japaneseStatement(input);
  const from = open.index + open[0].length;
  const conforms = conformity.exec(input.slice(from, from + 600));
  if (!conforms) return undefined;
  const named = input
    .slice(from, from + conforms.index)
    .trim()
    .replace(managementSystemOf, '');
  const organisation = named
    .split('\n')
    .map((l) => l.trim().replace(/[,;]$/u, ''))
    .find(Boolean);
  const standardsFrom = from + conforms.index + conforms[0].length;
  const end = afterStandards.exec(input.slice(standardsFrom, standardsFrom + 400));
  return { start: open.index, ...(organisation ? { organisation } : {}), standardsFrom, standardsTo: standardsFrom + (end?.index ?? 400) };
}

/** The certificate's own number: `Certificate number: X`, `Registration no.: X`, `認証登録番号：X`. Not `supersedes certificate number X`. */
const numberLabel = /^(?:certificate|registration|cert\.?)\s*(?:no\.?|number|#)$|^(?:認証)?登録番号$/iu;
/**
 * The date this certificate took effect: its current issue (`Current issue date`, `Date of issue`, `Effective date`). Not
 * the `Original certification date`: that dates the first certificate of the registration, and the validity printed
 * beside it (`Valid until`) belongs to the current cycle, so a range from the original date would span certificates.
 */
const issuedLabel =
  /^(?:(?:current\s+)?(?:issue|issuance)\s+date|date\s+of\s+(?:current\s+)?issue|(?:current\s+)?(?:certificate|certification)\s+(?:issue|effective)\s+date|effective\s+date|valid\s+from|発行日|有効開始日)$/iu;
/** Until when: `Valid until`, `Expiry date`, `有効期限`. Not `Surveillance audit due` or `Next audit`: audits, not validity. */
const untilLabel = /^(?:valid\s+(?:until|to|through)|expiry\s+date|expiration\s+date|date\s+of\s+expiry|expires(?:\s+on)?|有効期限|満了日)$/iu;
/** The body that signs it: `For and on behalf of X`, `Issued by X`, or the name over its head's title (`X\n理事長 …`). */
const signedFor =
  /^(?:for and )?on behalf of\s+(.{2,80}?)\s*[:,]?$|^issued by\s+(.{2,80}?)\s*[:,]?$|^([^\n]{2,60}?)[ \t\u3000]*\n[ \t\u3000]*(?:理事長|代表理事|代表取締役|所長|センター長|機構長)/imu;

export interface CertificateFields {
  number?: string;
  issuedOn?: string;
  validUntil?: string;
  issuer?: string;
  scope?: string;
}

/** The labelled fields of a certificate document, each the first printed; dates as printed (the caller reads them). */
export function certificateFields(input: string, statement: CertifyingStatement): CertificateFields {
  const number = labelledValues(input, numberLabel).find((v) => /\d/u.test(v));
  const issuedOn = labelledValues(input, issuedLabel)[0];
  const validUntil = labelledValues(input, untilLabel)[0];
  const signer = signedFor.exec(input);
  const issuer = (signer?.[1] ?? signer?.[2] ?? signer?.[3])?.trim();
  // The scope: after `for the following scope:`, `Scope:` or `登録範囲：`, the paragraph that follows (on the same line or the next).
  const scopeAt =
    /(?<![A-Za-z])(?:for the following scope|scope(?: of (?:certification|registration|approval))?)\s*[:：]|(?:登録|認証|適用|審査)範囲\s*[:：]/iu.exec(
      input.slice(statement.standardsFrom),
    );
  const scope = scopeAt
    ? input
        .slice(statement.standardsFrom + scopeAt.index + scopeAt[0].length)
        .replace(/^\s+/u, '')
        .split(/\n\s*\n/u)[0]!
        .replace(/\s+/gu, ' ')
        .trim()
    : undefined;
  return {
    ...(number ? { number } : {}),
    ...(issuedOn ? { issuedOn } : {}),
    ...(validUntil ? { validUntil } : {}),
    ...(issuer ? { issuer } : {}),
    ...(scope ? { scope } : {}),
  };
}
