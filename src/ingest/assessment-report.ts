/**
 * A customer's assessment of its vendor: a third-party risk assessment by procurement, a 委託先監査報告書 by the customer's
 * audit team. The writer is the customer, not the vendor; what it says of the vendor is at second hand (it read the
 * vendor's report, or the vendor told it); its findings are gaps (`MFA is not enforced`, `不適合`), never practices; and its
 * own requirement (`our 24-hour requirement`, `社内基準(1年)`) is no value of the vendor's.
 */
import { englishCompanyName } from './company-name.js';
import { cellsOf } from './table-rows.js';

/**
 * The title of such a report: `Third-Party Risk Assessment`, `Vendor Security Review`, `委託先監査報告書`, `外部委託先評価結果`.
 * A certification body's report of its audit (`審査報告書`, `Surveillance audit report`) is one too: it is the body's account
 * of what it sampled, its nonconformities and opportunities for improvement are gaps or advice, not the vendor's practices.
 */
export const assessmentTitle =
  /(?<![A-Za-z])(?:third[- ]party|vendor|supplier|outsourc\w*|contractor)\s+(?:(?:risk|security|due diligence)\s+)*(?:assessment|audit|review|evaluation)(?![A-Za-z])|(?:業務|外部)?(?:委託先|再委託先|取引先|サプライヤー?|供給者)(?:の)?(?:監査|評価|点検|実地調査)(?:報告書|結果)/iu;

/** A certification body's report of its audit of the vendor: `審査報告書`, `維持審査報告書`, `Surveillance audit report`. */
export const certificationAuditTitle =
  /^(?:(?:初回|維持|更新|再認証|移行|サーベイランス|認証)?審査報告書|(?:certification|surveillance|recertification|re-certification|stage\s*[12]|transition)\s+audit\s+report)(?![A-Za-z])/iu;

/**
 * A customer's internal request to approve adopting the service (`稟議書`, `起案書`, `決裁申請書`, `購入申請書`, `IT purchase
 * request`), a title printed alone on its line, often spaced out (`稟　議　書`). Like an assessment it is the customer's: what it
 * says of the chosen vendor is at second hand (from the vendor's whitepaper, its sales staff), its own measures, costs and the
 * competitors it rejected are no facts of the vendor's.
 */
const approvalRequestTitle =
  /^(?:稟議書|起案書|決裁(?:申請)?書|(?:購入|導入|契約|購買)(?:申請書|伺い?書?|稟議書?)|(?:IT\s+)?(?:purchase|procurement|purchasing|software|approval)\s+(?:approval\s+)?request(?:\s+form)?)$/iu;

/** Whether a line of the title block is the title of a request to approve adopting the service. */
export function isApprovalRequestTitle(line: string): boolean {
  const title = line.replace(/^\s*#+\s*/u, '').trim();
  // Spaced out in Japanese (`稟　議　書`), not between English words.
  return approvalRequestTitle.test(/[A-Za-z]/u.test(title) ? title.replace(/\s+/gu, ' ') : title.replace(/[\s\u3000]+/gu, ''));
}

/**
 * Whether a line of the title block is such a title: it opens with those words (a Markdown `#` aside), so a subject that
 * only mentions one (`RE: Security questionnaire for X (vendor assessment 2025)`, the vendor answering it) is not.
 */
export function isAssessmentTitle(line: string): boolean {
  if (isApprovalRequestTitle(line) || certificationAuditTitle.test(line.replace(/^\s*#+\s*/u, '').trim())) return true;
  const at = assessmentTitle.exec(line.replace(/^\s*#+\s*/u, ''));
  return at !== null && /^(?:(?:[\w-]+\s+){0,2})$/u.test(line.replace(/^\s*#+\s*/u, '').slice(0, at.index));
}

/** The label of the field naming who assessed: `Prepared by:`, `Assessed by:`, `監査人：`, `監査実施者:`, `評価者：`. */
const assessorLabel =
  /^\s*(?:[-*・]\s*)?\**(?:(?:prepared|assessed|audited|reviewed|conducted)\s+by|certification\s+body):?\**:?\s*(.+)$|^\s*(?:[-*・■]\s*)?(?:監査人|監査実施者|監査担当|評価者|評価実施者|実施者|(?:審査|認証)機関(?:名)?)\s*[:：]\s*(.+)$/imu;
const englishAssessor = new RegExp(String.raw`${englishCompanyName}|[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)* (?:plc|PLC)(?![A-Za-z])`, 'u');
// A certification body is usually a foundation or association (`一般財団法人 X認証機構`).
const japaneseAssessor =
  /(?:一般|公益)(?:財団|社団)法人\s*[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+|(?:株式会社|合同会社|有限会社)[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+|[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+(?:株式会社|合同会社|有限会社)/u;

/** The organisation that wrote the assessment, named in its `Prepared by` / `監査人` field. */
export function assessorOf(input: string): string | undefined {
  const label = assessorLabel.exec(input);
  const field = label?.[1] ?? label?.[2];
  if (!field) return undefined;
  return (englishAssessor.exec(field) ?? japaneseAssessor.exec(field))?.[0]?.trim();
}

/**
 * A section of findings (`Findings`, `Observations`, `Gaps identified`, `指摘事項`, `不適合事項`, `改善要望`): each is a gap
 * the assessor found, so its wording (`is not enforced`, `満たしていない`) states no practice; only a value it reports of
 * the vendor as things are (`Audit logs are kept for 30 days`, `現状90日`) is read, for review.
 */
export const findingsHeading =
  /^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:(?:key|audit|assessment)\s+)?(?:findings?|observations?|gaps?(?:\s+identified)?|issues?\s+identified|non-?conformit(?:y|ies)|exceptions?\s+noted)$|^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:指摘事項|不適合(?:事項)?|改善(?:要望|要求|指摘)(?:事項)?|要改善事項|観察事項)(?:\s*[（(][^）)]*[)）])?$/iu;

/** A plan to close the findings (`Remediation plan`, `改善計画`, `是正措置`): what is to change, neither practice nor value yet. */
export const remediationHeading =
  /^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:(?:remediation|corrective action|action)\s+plan|(?:改善|是正)(?:計画|措置|策))$/iu;

/**
 * A section about the assessment itself, not the vendor (`Scope`, `Summary`, `Approval`, `監査概要`, `監査範囲`, `総合評価`):
 * the assessor's audit is no audit practice of the vendor's, its rating no fact. So are a certification audit's `審査結果`, its
 * follow-up of the previous audit's findings and its next audit (what it will look at there is a plan), and its
 * opportunities for improvement (`改善の機会`): the auditor's advice, whose values (`72時間以内としている手順について…検討`)
 * the reviewer reads in the findings, not as the vendor's statement.
 */
export const aboutAssessment =
  /^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:(?:assessment\s+)?(?:scope|summary|methodology|approach)|approvals?|sign-?off|監査(?:対象|概要|範囲|方法|体制|日程)|(?:総合|最終)評価|評価結果|審査(?:の)?(?:概要|結果|日程|計画)|(?:前回|次回)(?:の)?(?:審査|監査)[^\n]{0,20}|改善(?:の)?機会|opportunit(?:y|ies)\s+for\s+improvement|(?:next|previous)\s+audit[^\n]{0,20})$/iu;

/**
 * The assessor's own requirement a finding compares the vendor with (`exceeds our 24-hour requirement`, `below our 12-month
 * standard`, `社内基準(1年)`, `当社規程（1年以上）`): the text right before a value names it, or the words right after it.
 */
const requirementBefore =
  /(?:(?<![A-Za-z])our\s+(?:(?:own|internal|minimum|contractual)\s+)?|(?:社内|当社|弊社|自社)(?:の)?(?:基準|規程|規定|要件|要求|ポリシー)\s*[（(]?\s*(?:で(?:は|定める)|の)?\s*)$/iu;
const requirementAfter = /^[\s-]*(?:hours?|days?|months?|years?|minutes?)?\s*(?:requirement|standard|policy|threshold|minimum|target)(?![A-Za-z])/iu;

/** Whether the value printed at `at` (length `length`) in the text is the assessor's requirement, not the vendor's. */
export function assessorRequirement(text: string, at: number, length: number): boolean {
  return (
    requirementBefore.test(text.slice(Math.max(0, at - 30), at)) ||
    (requirementAfter.test(text.slice(at + length, at + length + 30)) && /(?<![A-Za-z])our\s+\S*$/iu.test(text.slice(Math.max(0, at - 12), at)))
  );
}

/**
 * A GRC tool's record of a vendor questionnaire prints the vendor's own answers in a column of their own (`Vendor Response`,
 * `Supplier answer`, `ベンダー回答`) beside the assessor's rating and comment: the rows are read from that column only
 * (sections.ts ends each before the assessor's columns), so what is read is the vendor's statement as it gave it, not the
 * assessor's account of it.
 */
export function hasVendorAnswerColumn(input: string): boolean {
  return input
    .split('\n')
    .some((l) =>
      (cellsOf(l) ?? []).some((c) =>
        /^(?:(?:vendor|supplier)(?:['’]s)?\s+(?:responses?|answers?)|(?:ベンダー|委託先|サプライヤー?)(?:の)?回答)$/iu.test(c.trim()),
      ),
    );
}

/**
 * The writer of a request for approval: the company printed alone on a line of its title block (`北辰精工株式会社` under the
 * 起案者 field, whose value names a person and a department only).
 */
export function requesterOf(preamble: string): string | undefined {
  if (!preamble.split('\n').some(isApprovalRequestTitle)) return undefined;
  for (const line of preamble.split('\n')) {
    const l = line.trim();
    const name = (japaneseAssessor.exec(l) ?? englishAssessor.exec(l))?.[0];
    if (name && name.trim() === l) return l;
  }
  return undefined;
}

/** The product a request for approval names in brackets in its subject: `件名：勤怠管理クラウドサービス「X」導入の件`. */
export function requestedProduct(preamble: string): string | undefined {
  if (!preamble.split('\n').some(isApprovalRequestTitle)) return undefined;
  const subject = /^\s*(?:件\s*名|標\s*題|表\s*題|subject)\s*[:：]\s*(.+)$/imu.exec(preamble)?.[1];
  return subject ? /[「『“"]([^「」『』“”"\n]{2,40})[」』”"]/u.exec(subject)?.[1]?.trim() : undefined;
}

/**
 * The sections of a request for approval about the customer's own business, not the vendor: why it wants the service
 * (`目的`, `導入効果`), what it costs (`費用`, `予算`), the services it compared and rejected (`比較検討`: their hosting and
 * certificates are other companies'), its own measures against the risks (`リスクと対策`: its SSO, its log keeping), its
 * schedule, attachments and sign-off. Their subsections too.
 */
export const approvalBusiness =
  /^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:(?:導入|申請|起案)?(?:の)?(?:目的|背景|理由|効果)|(?:導入|初期|運用|概算)?(?:費用|予算|コスト)(?:[^\n]{0,10})?|(?:他社|他製品|サービス)?比較(?:検討|表)?|選定(?:理由|経緯)|(?:想定)?リスク(?:と|及び|および|への)?対策|(?:導入)?スケジュール|添付(?:資料|書類)?|承認欄|決裁欄|(?:purpose|background|benefits?|costs?|budget|alternatives?(?:\s+considered)?|options\s+considered|risks?(?:\s+and\s+mitigations?)?|timeline|schedule|attachments?|approvals?))$/iu;

/**
 * Sections of an audit about another audit or about advice (`前回審査の不適合への対応`, `次回審査予定`, `改善の機会`): nothing in
 * them is the vendor as audited, so none of their facts is read (a next audit's `大阪リージョンへの…導入計画` is a plan).
 */
export const otherAuditOrAdvice =
  /^(?:[\d.]+\s*|[（(]?[0-9０-９]+[)）.．]?\s*)?(?:(?:前回|次回)(?:の)?(?:審査|監査)[^\n]{0,20}|改善(?:の)?機会|opportunit(?:y|ies)\s+for\s+improvement|(?:next|previous)\s+audit[^\n]{0,20})$/iu;
