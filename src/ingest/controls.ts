/**
 * The ISO/IEC 27017 controls a passage's practice addresses, from the cue
 * dictionary: a heading cue for the section's topic, a body cue for a specific
 * practice written anywhere in it. Each proposal carries the sentence that
 * best shows the practice as its quote.
 */
import { beforeValueLine } from './before-after.js';
import { sentencesOf, type Span } from './text-span.js';
import type { Scope } from './scopes.js';
import { controlStatementOf } from './tests-of-controls.js';
import { inUnreadFinding } from './finding-response.js';
import { mailingFurniture } from './mailing-footer.js';
import { amendsDocument, companyProfileHeading, controlCues, serviceRowOfProfile, skippedHeadings } from './cue-dictionary.js';
import { certificationSchemes, followedOnly, heldByProviderOnly, preparing } from './certifications.js';
import { captionLine, cellsOf, headerCellsOf, isDelimiterRow, isHeaderRow } from './table-rows.js';
import { othersCellsBlanked, statesOwnPractice, timelineEntry, windowField } from './own-clauses.js';
import { datedFuture, preview, retiring } from './change-log.js';
import { copyrightLine, letterMark } from './sections.js';
import { mappedControlOf } from './control-column.js';
import { providers } from './provider-dictionary.js';

/**
 * The independent review a held certificate shows: a passage that only plans one (`取得予定`, `plan to`) or only says a
 * provider holds one (`AWS は ISMAP に登録`) shows none.
 */
const reviewByCertificate = 'iso27017:18.2.1';

/**
 * A certification that a product meets a law's requirements (`電子取引ソフト法的要件認証`, a software's `法令要件` certification,
 * `certified against the legal requirements of …`): a check of the product's functions against the law, not a review of
 * the vendor's information security. A passage naming it and no security scheme shows no independent review.
 */
const legalRequirementsCertification =
  /法(?:的|令)?要件(?:認証|を満たす)|(?<![A-Za-z])(?:legal|statutory|regulatory) requirements?\s+certifi(?:cation|ed)(?![A-Za-z])|certified\s+(?:against|for)\s+(?:the\s+)?(?:legal|statutory) requirements(?![A-Za-z])/iu;

export interface ControlProposal {
  service: string;
  control: string;
  topic: string;
  section: string;
  quote: Span;
  confidence: number;
  rule: string;
}

/**
 * The party a requirement addresses (`The supplier shall …`, `The contractor must …`, `受注者は…すること`): in a tender or a
 * buyer's specification that is the bidder itself, not one of its suppliers, so its name gives the heading no topic.
 */
const addressee =
  /(?<![A-Za-z])(?:the\s+)?(?:supplier|contractor|bidder|tenderer|vendor|(?:service\s+)?provider)\s+(?:shall|should|must|will|is required to)(?![A-Za-z])|(?:受注者|受託者|供給者)(?:は|が)(?=[^。]*?(?:すること|ものとする))/giu;

/**
 * The evidence an assessor or auditor reviewed (`Evidence reviewed`, `Evidence examined`, `確認した証跡`, `提出資料`): the
 * reports it read about the vendor, not the collection of evidence after an incident, so the word gives the heading no topic.
 */
const reviewedEvidence =
  /(?<![A-Za-z])evidence\s+(?:reviewed|examined|obtained|inspected|requested)(?![A-Za-z])|確認(?:した)?(?:資料|証跡|エビデンス)|提出(?:資料|証跡|エビデンス)/giu;

/**
 * A sentence whose subject is the hosting provider's facilities (`Our hosting provider's data centres in Frankfurt are …
 * protected by …`, `The cloud provider's facilities are staffed 24/7`, `データセンター事業者の施設は…`, `AWS のデータセンターは…`):
 * the guards, fences and badges it lists are the provider's measures, which the vendor relies on but does not run; no
 * practice of the vendor's. Where the facilities are is still read (infrastructure.ts, not this filter).
 */
const facilityOwnerRole =
  /^\s*(?:[-*•・]\s+)?(?:our|the|its)\s+(?:hosting|cloud|infrastructure|IaaS|colocation|data ?cent(?:er|re))\s+(?:service\s+)?(?:providers?|operators?)['’]s?\s+(?:data ?cent(?:er|re)s?|facilit(?:y|ies)|premises|buildings?|sites?|server rooms?)(?![A-Za-z])|^\s*(?:[-*•・]\s*)?(?:クラウド|IaaS|基盤|インフラ|データセンター)(?:サービス)?(?:提供)?事業者(?:の|が運営する)(?:データセンター|施設|設備|建物)(?:は|では|に)/iu;
const facilityOwnerName =
  /^\s*(?:[-*•・]\s*)?(.{2,30}?)(?:['’]s?\s+(?:data ?cent(?:er|re)s?|facilit(?:y|ies))(?![A-Za-z])|\s*の(?:データセンター|施設)(?:は|では))/iu;
function providersFacility(text: string): boolean {
  if (facilityOwnerRole.test(text)) return true;
  const owner = facilityOwnerName.exec(text)?.[1]?.trim();
  return !!owner && providers.some((p) => p.pattern.test(owner));
}

/** Whether the sentence, its other parties' cells blanked (`own`), states the vendor's practice in a cell of its own. */
function ownPractice(own: string, row: Span): boolean {
  return statesOwnPractice(own) && !onlyOthersCells(own, row);
}

/**
 * A responsibility matrix's row that the table assigns wholly to another party (`Data classification | ✓ | | `, `Physical
 * security | | | ✓` under `Customer` and `Cloud provider`): the vendor's cells are empty, so the row shows no practice of its.
 */
function onlyOthersCells(own: string, row: Span): boolean {
  // A Markdown row (`| 11.1.1 | … | Cloud provider (AWS) | … |`) as much as a tab-separated one.
  const cells = own.includes('\t') ? own.split('\t') : (cellsOf(own) ?? own.split('\t'));
  return own !== row.text && cells.slice(1).every((c) => c.trim() === '');
}

/**
 * A row of a list of documents (`EV-04⇥Incident response plan⇥incident-response-plan-v4.docx⇥2024-07-01`, an evidence or
 * attachments sheet): a cell that is a file's name says the row names a document sent along, whose title (`Incident
 * response plan`, `DR test appendix`) is no practice the row states.
 */
const documentListRow = /(?:^|\t)[^\t\\/:*?"<>|]{1,100}\.(?:pdf|docx?|xlsx?|pptx?|csv|txt|zip|png|jpe?g)\s*(?:\t|$)/iu;
/** The mark a document ends with, alone on its line: `以上`, `— End of document —`. It says nothing. */
const closingMark = /^[-—–\s]*end of (?:the )?(?:document|response|answers)[-—–\s]*\.?$/iu;
/**
 * A line that is only a date (`2025年10月31日`, `2025-10-31`, `October 31, 2025`): the value of a labelled item (`契約終了日`,
 * `Termination date`) says when one thing happened, no practice, though the item's label names a topic.
 */
const dateOnly =
  /^(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:令和|平成)\s*(?:\d{1,2}|元)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|[A-Z][a-z]+\.?\s+\d{1,2},\s*(?:19|20)\d\d|\d{1,2}\s+[A-Z][a-z]+\.?\s+(?:19|20)\d\d)(?:\s*[（(][^（）()]{1,6}[）)])?[。.]?$/u;

/**
 * What an SLA gives back when its commitment is missed (`サービスクレジットを付与`, `返金`, `service credits`, `refund`), the
 * stoppages it leaves out of the measure (`月間稼働率の算定から除外`, `excluded from the uptime calculation`), and a row of its
 * credit table (`99.0%以上99.9%未満⇥10%` under `月間稼働率⇥サービスクレジット`): a remedy or the measure's bounds, no practice.
 * Not a credit card (`クレジットカード情報`).
 */
const serviceCredit =
  /返金|サービス\s*クレジット|クレジット(?!カード)(?:を|の)(?:付与|適用|額|申請)|(?<![A-Za-z])(?:service\s+credits?|refunds?)(?![A-Za-z])/iu;
const excludedFromMeasure =
  /(?:算定|計算|算出|集計)(?:から|の対象から|に)?(?:除外|除き|含め(?:ません|ない))|(?<![A-Za-z])exclu(?:ded|des?)\s+from\s+(?:the\s+)?(?:calculation|measurement|availability|uptime)(?![A-Za-z])/iu;
/** A notice period ahead of something (`30日前までに`, `30 days' notice`, `14 days in advance`). */
const noticeAhead = /(?:日|週間|か月|ヶ月|カ月)前(?:まで)?に|(?<![A-Za-z])(?:days?|weeks?|months?)['’]?\s+(?:prior|in advance|before|notice)(?![A-Za-z])/iu;
function creditOrExclusion(input: string, s: Span): boolean {
  if (serviceCredit.test(s.text) || excludedFromMeasure.test(s.text)) return true;
  if (!s.text.includes('\t') && !s.text.trim().startsWith('|')) return false;
  return (headerCellsOf(input, input.lastIndexOf('\n', s.start - 1) + 1) ?? []).some((c) => serviceCredit.test(c));
}

/** A label alone on its line, closed by a colon and with nothing after it, in a form or a fact sheet. */
const formLabel = /^[^:：。.!?？\n]{2,80}[:：]$/u;

export function skipReasonOf(heading: string): string | undefined {
  return skippedHeadings.find((s) => s.pattern.test(heading))?.because;
}

export function controlsOf(input: string, scope: Scope): ControlProposal[] {
  // A company's profile is skipped, except its rows that state a fact of the service (`serviceRowOfProfile`).
  const profile = companyProfileHeading.test(scope.section.heading.trim());
  // A report's tests of controls: the control cell of each row only, and no row the auditor left untested (tests-of-controls.ts).
  const read = sentencesOf(input, scope.span);
  // A findings response's auditor's observations, filing fields and open corrective actions state no practice (finding-response.ts).
  const sentences = read
    .flatMap((s) => controlStatementOf(input, s) ?? [])
    .filter((s) => (!profile || serviceRowOfProfile(s.text)) && !inUnreadFinding(input, s));
  if (sentences.length === 0 || (!profile && skipReasonOf(scope.section.heading))) return [];
  const cut = sentences.length !== read.length || sentences.some((s, i) => s !== read[i]);
  const body = profile || cut ? sentences.map((s) => s.text).join('\n') : scope.span.text;
  // A table's header or delimiter row, a timeline entry (what happened once), a copyright line, a preview (`in beta`, `behind a flag`) or a
  // practice being retired (`deprecated`) or an entry of a list of documents shows no current practice; nor does a duty of the customer (`お客様は…ものとします`)
  // or a mere right of the provider (`当社は…することができます`).
  const statements = sentences.filter(
    (s) =>
      !isHeaderRow(input, s) &&
      // A line left with no word (a redline's struck-through item, blanked: redline.ts) says nothing.
      /[\p{L}\p{N}]/u.test(s.text) &&
      !isDelimiterRow(s.text) &&
      // Nor a table's or figure's caption (`表5-1 監視項目一覧`): it names the rows below, which state the practice.
      !captionLine.test(s.text) &&
      !timelineEntry.test(s.text) &&
      // Nor the start, end or length of one scheduled window.
      !windowField.test(s.text) &&
      // A page's copyright line, kept to name the publisher, closes the last section but states nothing of it.
      !copyrightLine.test(s.text.trim()) &&
      // Nor a mailing's delivery furniture (`配信停止`, `Unsubscribe`, `送信専用`): it speaks of the mail (mailing-footer.ts).
      !mailingFurniture.test(s.text) &&
      // Nor the mark closing a Japanese document or letter (`以上`, `End of document`) that follows its last row or section.
      !closingMark.test(s.text.trim()) &&
      !letterMark.test(s.text.trim()) &&
      !dateOnly.test(s.text.trim()) &&
      // Nor a form's label whose answers follow on the lines below (`Certifications held (tick all that apply):`): the
      // label asks, the answers under it state.
      !(formLabel.test(s.text.trim()) && !s.text.includes('\n')) &&
      !preview.test(s.text) &&
      !retiring.test(s.text) &&
      // Nor a change announced for a later date (`From 1 March 2026 we will …`): not yet the practice.
      !datedFuture.test(s.text) &&
      // Nor the value before a change (`変更前：…`, `Before: …`): history, not the practice (before-after.ts).
      !beforeValueLine.test(s.text) &&
      !documentListRow.test(s.text) &&
      // Nor the notice ahead of an amendment of the document itself (`本合意書の内容を年1回見直し、変更する場合は変更の30日前までに
      // 通知`), a service credit or what an SLA leaves out of its measure. (`Changes to the policy are approved by …` stays.)
      !(amendsDocument.test(s.text) && noticeAhead.test(s.text)) &&
      !creditOrExclusion(input, s) &&
      !providersFacility(s.text) &&
      ownPractice(othersCellsBlanked(input, s), s),
  );
  const found: ControlProposal[] = [];
  // A message read as one section is headed by its subject line, which says what the whole message is about: no heading
  // cue of one paragraph (the body's own words still cue).
  const heading = /^(?:subject|件名)\s*[:：]/iu.test(scope.section.heading)
    ? ''
    : scope.section.heading.replace(addressee, (m) => ' '.repeat(m.length)).replace(reviewedEvidence, (m) => ' '.repeat(m.length));
  for (const cue of controlCues) {
    const byHeading = cue.heading?.test(heading) ?? false;
    // A certificate only planned or held by the provider, or a standard only followed, shows no review of the vendor: never
    // the quote for one, and when every certificate the passage names is such, no disclosure either.
    const review = `iso27017:${cue.control}` === reviewByCertificate;
    const noReview = (s: Span) => preparing.test(s.text) || heldByProviderOnly(s.text) || followedOnly(s.text);
    const shown = review ? statements.filter((s) => !noReview(s)) : statements;
    const certificates = statements.filter((s) => certificationSchemes.some((c) => s.text.search(c.pattern) >= 0));
    if (review && certificates.length > 0 && certificates.every(noReview)) continue;
    if (review && certificates.length === 0 && sentences.some((s) => legalRequirementsCertification.test(s.text))) continue;
    const inSense = (s: Span) => !cue.otherSense?.test(s.text);
    // A sentence stating the practice quotes it before one announcing a plan (`次回の訓練は…実施する予定です` under `訓練は年2回
    // 実施しています`): the plan is no practice yet.
    const shownInSense = cue.body ? shown.filter((s) => inSense(s) && cue.body!.test(s.text)) : [];
    const bodySentence = shownInSense.find((s) => !preparing.test(s.text)) ?? shownInSense[0];
    const byBody = cue.body ? (cue.otherSense ? sentences.some((s) => inSense(s) && cue.body!.test(s.text)) : cue.body.test(body)) : false;
    if (!byHeading && !byBody) continue;
    // A report's tests of controls head its rows by the criteria's category (`Logical and Physical Access Controls`): each
    // row states its own control, so the heading alone shows none (its physical rows may be a carved-out provider's); a
    // row printing the heading's words (`User access to production is reviewed quarterly`) still does.
    if (cut && !byBody && !sentences.some((s) => cue.heading?.test(s.text))) continue;
    // Shown by the body only in a preview (`… is coming soon; we will announce it on our status page`): what is not yet
    // offered shows no practice, and no other sentence of the passage stands for the topic.
    const bodySentences = cue.body ? sentences.filter((s) => cue.body!.test(s.text)) : [];
    if (!byHeading && bodySentences.length > 0 && bodySentences.every((s) => preview.test(s.text))) continue;
    // Nor where every sentence showing it was set aside above (`お客様は、パスワードを8文字以上に設定してください`, the
    // customer's duty in a form's 注意事項): the topic is the customer's, and the passage's other lines do not stand for it.
    if (!byHeading && bodySentences.length > 0 && !bodySentences.some((s) => statements.includes(s))) continue;
    // The heading's word in another sense (`訓練の実施状況` over failover drills): not this topic, unless the body shows it.
    if (byHeading && !byBody && cue.otherSense?.test(body)) continue;
    const headingWords = cue.heading ? shown.find((s) => cue.heading!.test(s.text)) : undefined;
    // Failing those, the section's first line that says something: a table's header row (`No.\t確認項目\t回答`)
    // is only labels, and a section holding nothing else gives no evidence, so no disclosure.
    const quote = bodySentence ?? headingWords ?? shown.find((s) => s.text.length >= 8) ?? shown[0];
    if (!quote) continue;
    if (review && sentences.every(noReview)) continue;
    for (const service of scope.services) {
      found.push({
        service,
        control: `iso27017:${cue.control}`,
        topic: cue.topic,
        section: scope.section.heading,
        quote,
        confidence: byHeading && byBody ? 0.8 : byHeading ? 0.7 : 0.5,
        rule: byHeading ? `cue.heading.${cue.control}` : `cue.body.${cue.control}`,
      });
    }
  }
  // A row of a control mapping (control-column.ts) implements the control its control column names: that control, not the
  // cue's, is the row's; and a row no cue word reads (`Each tenant's data is stored in a separate logical partition` under
  // CLD.9.5.1) still states the practice of the control it is mapped to.
  const mapped = found.map((p) => {
    const row = mappedControlOf(input, p.quote);
    return row ? { ...p, control: row.control, topic: row.topic, confidence: 0.8, rule: 'table.control-column' } : p;
  });
  for (const s of statements) {
    const row = mappedControlOf(input, s);
    if (!row || mapped.some((p) => p.control === row.control && p.quote.start === s.start)) continue;
    for (const service of scope.services)
      mapped.push({ service, control: row.control, topic: row.topic, section: scope.section.heading, quote: s, confidence: 0.8, rule: 'table.control-column' });
  }
  return mapped;
}
