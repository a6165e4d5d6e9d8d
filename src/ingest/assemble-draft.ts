/**
 * Reads one document's text and assembles every proposal into a draft in the
 * seed-document format, validated by the seed schema and with every quote
 * checked against the text before it is returned.
 */
import { inUnreadFinding } from './finding-response.js';
import path from 'node:path';
import { seedFileSchema, type SeedFile } from '../seed/seed-schema.js';
import { outline, sectionsHeadedBy, unspaced, type Section } from './sections.js';
import { serviceNames, slugOf, vendorName } from './names.js';
import { scopesOf, type Scope, type ServiceName } from './scopes.js';
import { controlsOf, skipReasonOf, type ControlProposal } from './controls.js';
import { mappedControlOf } from './control-column.js';
import { metricsOf, type MetricProposal } from './metrics.js';
import {
  dataLocationsOf,
  infrastructureOf,
  regionsLeft,
  regionsNamedIn,
  runsOnUnnamedPlatform,
  scopeProvidersOf,
  afterMoveNote,
  afterMoveReasoning,
  type CountryProposal,
  type InfraProposal,
} from './infrastructure.js';
import { updateOrder } from './update-series.js';
import { entryDates, newestEntryDate, newestVersion, retiringProduct } from './change-log.js';
import { timeSourcesOf } from './time-sources.js';
import { exceptionNotedAt } from './tests-of-controls.js';
import {
  companyProfileHeading,
  dataLocationHeading,
  decisionsHeading,
  exampleHeading,
  othersControlsHeading,
  plansHeading,
  serviceRowOfProfile,
} from './cue-dictionary.js';
import { certificationsOf, mergeCertifications } from './certifications.js';
import { certificateTitle, certifyingStatement } from './certificate-document.js';
import { dependenciesOf } from './sub-processors.js';
import { documentMeta } from './document-meta.js';
import { coverSpans, foldWidth, printedOf, type Span } from './text-span.js';
import { unwrapLayout } from './print-layout.js';
import { chatAnswers, conversationDate, correction } from './chat-transcript.js';
import { talkAnswers } from './talk-transcript.js';
import { interviewAnswers } from './interview-turns.js';
import {
  awardBuyer,
  awardNotice,
  awardNoticeNote,
  bidderAnswers,
  bidderAnswersNote,
  requirementsDocument,
  requirementsNote,
  signingBody,
} from './requirement-spec.js';
import { customerPart, formAnswers } from './form-marks.js';
import { outsideReport } from './report-scope.js';
import { controllerRows, inControllerRow } from './processing-record.js';
import { subserviceOrganizations } from './subservice-organizations.js';
import { forwardedOnly } from './forwarded-message.js';
import { struckOut } from './redline.js';
import { referenceData } from './reference-data.js';
import { providers, countries as countryDictionary } from './provider-dictionary.js';
import { verifyQuotes } from './verify-quotes.js';
import { inSpeech, othersSpeech, reportedClaim, reviewSections, speakerItself } from './quoted-speech.js';
import { ratesAccessibilityCriteria } from './accessibility-report.js';
import { aboutFirm, agentFirms, independentFirms, saysOfFirm } from './independent-firm.js';
import { definesTerm, glossaryHeading } from './defined-terms.js';
import { markedAsPlan } from './plan-note.js';
import { customerTurns, keptByCustomer, meetingBusiness } from './meeting-minutes.js';
import { isDecisionRecord, undecidedSections } from './decision-record.js';
import { ownDomainName } from './web-domain.js';
import {
  aboutAssessment,
  isAssessmentTitle,
  isApprovalRequestTitle,
  approvalBusiness,
  requesterOf,
  assessorOf,
  assessorRequirement,
  findingsHeading,
  certificationAuditTitle,
  otherAuditOrAdvice,
  hasVendorAnswerColumn,
  remediationHeading,
} from './assessment-report.js';
import { aboutReseller, resellerNames, resellerOf, resellerSpeaks } from './reseller-page.js';
import { isJobPosting, postingBusiness, postingNote } from './job-posting.js';
import { reviewSiteNote, reviewSiteOf } from './review-site.js';
import { translationsDiffer } from './parallel-text.js';
import { customerStepsHeading, isSecurityAdvisory } from './security-advisory.js';
import { selfHostedSections } from './self-hosted.js';

export interface IngestOptions {
  /** The input's file name: placeholder ids are derived from it. */
  fileName: string;
  vendor?: string;
  service?: string;
}

type Draft = SeedFile;
type Disclosure = Draft['disclosures'][number];

function stemOf(fileName: string): string {
  return slugOf(path.basename(fileName, path.extname(fileName))) || 'document';
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

function summaryOf(serviceName: string, topic: string): string {
  return `${serviceName}: the document describes its practice for ${topic}.`;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * Reads the text as written before its print layout (`unwrapLayout`: hard-wrapped lines joined, page furniture left
 * out) and with its width variants folded (`foldWidth`: `ＡＷＳ` as AWS, `ｸﾗｳﾄﾞ` as クラウド), so every rule sees
 * one form, then maps each quote, each metric's `raw` and each section heading back to the printed text: the draft
 * quotes what the document prints, character for character.
 */
export function ingestText(input: string, options: IngestOptions): Draft {
  const unwrapped = unwrapLayout(input);
  const widths = foldWidth(unwrapped.text);
  // A filled-in form's unticked options and empty fields, and a chat transcript's speakers and the messages not the
  // vendor's, are blanked in place (same length: the origins hold); so is the note on top of a forwarded message
  // (forwarded-message.ts), the forwarder's words, and a redline's struck-through text (redline.ts), no longer true; an
  // interview's or a Q&A transcript's questions, moderator and other companies' answers (interview-turns.ts), read from
  // the turns' labels before a talk transcript's rule blanks them with its slide markers and the audience's turns
  // (talk-transcript.ts), no words of the speaker.
  const form = formAnswers(struckOut(forwardedOnly(talkAnswers(interviewAnswers(widths.text)))));
  const folded = { text: chatAnswers(form), origin: widths.origin.map((o) => unwrapped.origin[o]!) };
  const draft = ingestFolded(folded.text, options, folded.text !== form ? { held: conversationDate(form) } : undefined);
  // Nothing was folded: the draft already quotes the printed text, and ingestFolded verified it.
  if (folded.text === input) return draft;
  const printed = (s: string) => {
    const at = folded.text.indexOf(s);
    return at < 0 ? s : printedOf(input, folded, at, at + s.length);
  };
  for (const section of draft.sections) section.heading = printed(section.heading);
  // The title too, as printed (`導入事例：…`, not the folded `導入事例:…`).
  for (const document of draft.documents) document.title = printed(document.title);
  for (const key of ['usesInfra', 'storesDataIn', 'dependsOn', 'certifiedBy', 'disclosures', 'syncsTimeWith'] as const) {
    for (const fact of draft[key]) {
      const at = folded.text.indexOf(fact.evidence.quote);
      const section = printed(fact.evidence.section);
      if (at < 0) {
        fact.evidence = { ...fact.evidence, section };
        continue;
      }
      if ('metrics' in fact) {
        for (const m of fact.metrics) {
          const rawAt = fact.evidence.quote.indexOf(m.raw);
          if (rawAt >= 0) m.raw = printedOf(input, folded, at + rawAt, at + rawAt + m.raw.length);
        }
      }
      const quote = printedOf(input, folded, at, at + fact.evidence.quote.length);
      fact.evidence = { ...fact.evidence, section, quote };
      // A sentence a page break cuts is read whole (print-layout.ts), and its verbatim quote holds what the page prints between
      // its halves: the reviewer is told that the footer and header in it are no part of the sentence.
      if (quote.includes('\f'))
        addNote(fact, 'The quote spans a page break: the page footer and running header printed inside it are no part of the sentence.');
    }
  }
  verifyQuotes(draft, input);
  return draft;
}

/** Adds a reviewer's note to a proposed record, after any it has. */
function addNote(record: { reviewNote?: string }, note: string): void {
  record.reviewNote = [record.reviewNote, note].filter(Boolean).join(' ');
}

/** A fact the document states at second hand (someone else's words, a claim passed on): capped at 0.4, with the reason. */
function atSecondHand(fact: { confidence?: number; reviewNote?: string }, note: string): void {
  fact.confidence = Math.min(fact.confidence ?? 1, 0.4);
  addNote(fact, note);
}

/**
 * `chat`: the text is a chat transcript, one message a line (chat-transcript.ts), held on the day its messages print: a
 * disclosure gathers the values of one message, never of messages apart, whose quote would run over the customer's lines
 * between them.
 */
function ingestFolded(input: string, options: IngestOptions, chat?: { held?: string }): Draft {
  const messages = chat !== undefined;
  const stem = stemOf(options.fileName);
  const doc = outline(input);
  const reference = referenceData();
  const taken = new Set<string>();

  // Vendor and services.
  // A buyer's answers to bidders' questions (requirement-spec.ts) have no vendor: a company an answer names (the current
  // contractor) is none.
  const answers = bidderAnswers(input);
  const vendorFound = answers ? undefined : vendorName(input, doc);
  const nameSlug = slugOf(vendorFound?.name ?? '') || slugOf(vendorFound?.nameEn ?? '');
  // A name printed only in Japanese: the company's own web or mail address gives its name in Latin letters, if it prints one.
  const domain = vendorFound && !nameSlug ? ownDomainName(input) : undefined;
  const vendorSlug = nameSlug || slugOf(domain ?? '');
  const vendorId = options.vendor ?? uniqueId(vendorSlug || `${stem}-vendor`, taken);
  const vendor: Draft['vendors'][number] = {
    id: vendorId,
    name: vendorFound?.name ?? options.vendor ?? `Vendor of ${stem} (not printed)`,
    ...(vendorFound?.nameEn ? { nameEn: vendorFound.nameEn } : {}),
    ...(options.vendor ? {} : { confidence: vendorFound?.confidence ?? 0.1, rule: vendorFound?.rule ?? 'names.placeholder-from-file-name' }),
    ...(!options.vendor && !vendorFound ? { reviewNote: 'The document prints no company name: id and name are placeholders derived from the file name.' } : {}),
    ...(!options.vendor && vendorFound && !vendorSlug
      ? { reviewNote: 'The vendor name is printed but has no Latin letters: the id is a placeholder derived from the file name.' }
      : {}),
    ...(!options.vendor && domain && !nameSlug
      ? {
          reviewNote: `The vendor name has no Latin letters: the id is derived from the web or mail address the document prints (${domain}); check it is the vendor's own.`,
        }
      : {}),
    ...(!options.vendor && vendorFound?.nameEn && !slugOf(vendorFound.name)
      ? { reviewNote: `The id is derived from the English name the document prints (${vendorFound.nameEn}).` }
      : {}),
  };
  // A buyer's requirement specification states what its supplier must do (requirement-spec.ts): no section states a fact,
  // and the service it procures (`文書管理クラウドサービスの利用`) is no vendor's product.
  // So does a buyer's notice of the award (落札者決定の公告): the requirements it summarises are the buyer's, not the winner's facts.
  const award = awardNotice(input);
  // So do a buyer's answers to bidders' questions: what it requires, what bidders asked.
  const specification = award || answers || requirementsDocument(input);
  const found = specification ? [] : serviceNames(input, doc);
  const services: ServiceName[] = [];
  const serviceRecords: Draft['services'] = [];
  if (options.service) {
    const name = found.length === 1 ? found[0]!.name : options.service;
    taken.add(options.service);
    services.push({ id: options.service, name });
    serviceRecords.push({ id: options.service, name, vendor: vendorId });
  } else if (found.length > 0) {
    for (const f of found) {
      const slug = slugOf(f.name);
      const id = uniqueId(slug || stem, taken);
      services.push({ id, name: f.name });
      serviceRecords.push({
        id,
        name: f.name,
        vendor: vendorId,
        confidence: f.confidence,
        rule: f.rule,
        ...(slug && slug.length * 2 >= f.name.length
          ? {}
          : { reviewNote: 'The id is derived from the Latin part of the name or the file name; choose the service id.' }),
      });
    }
  } else {
    const id = uniqueId(stem, taken);
    services.push({ id, name: stem });
    serviceRecords.push({
      id,
      name: stem,
      vendor: vendorId,
      confidence: 0.1,
      rule: 'names.placeholder-from-file-name',
      reviewNote: answers
        ? 'A buyer’s answers to bidders’ questions name what the buyer procures, no vendor’s product: id and name are placeholders derived from the file name.'
        : award
          ? 'A notice of a contract award names what the buyer procured, and at most the service the winner offered: id and name are placeholders derived from the file name.'
          : specification
            ? 'A requirement specification names the service it procures, no vendor’s product: id and name are placeholders derived from the file name.'
            : 'The document prints no service name: id and name are placeholders derived from the file name.',
    });
  }
  const nameOf = new Map(services.map((s) => [s.id, s.name]));

  // Every passage with the services it speaks about. Customers' reviews are their words, not the vendor's: not read.
  const reviews = reviewSections(doc.sections);
  // An independent firm writing about the vendor (a tester's letter of attestation): its profile is no section of the
  // vendor's, and what it says of itself (`X itself holds ISO/IEC 27001`, `X retains test evidence for 90 days`) no fact.
  const firms = independentFirms(input);
  // Of them, the ones the vendor's own text names as having done a review or a test: they write no part of the document.
  const agents = agentFirms(input);
  // So does a subservice organisation a report carves out (subservice-organizations.ts): its own hosting is not the service's.
  firms.push(...subserviceOrganizations(input));
  // A customer's assessment of the vendor (assessment-report.ts): the customer that wrote it is no vendor either, and what
  // it says of itself (`Hexbridge policy requires …`) no fact; its findings are gaps, not practices.
  const assessment = doc.preamble.text.split('\n').some(isAssessmentTitle);
  const assessor = assessment ? (assessorOf(input) ?? requesterOf(doc.preamble.text)) : undefined;
  // A request for approval (稟議書) is one too: its sections about the customer's own business (costs, the services it
  // rejected, its own measures against the risks) and their subsections are not read.
  const request = doc.preamble.text.split('\n').some(isApprovalRequestTitle);
  // A certification body's audit report is one as well, written by the body, not a customer.
  const audit = doc.preamble.text.split('\n').some((l) => certificationAuditTitle.test(l.replace(/^\s*#+\s*/u, '').trim()));
  const requestBusiness = request ? sectionsHeadedBy(doc.sections, approvalBusiness) : new Set<Section>();
  // It calls itself by its name without the legal form, or by its first word (`Hexbridge policy SEC-07 requires …`).
  const assessorBare = assessor
    ?.replace(/^(?:株式会社|合同会社|有限会社)|(?:株式会社|合同会社|有限会社)$|,?\s+(?:plc|PLC|Ltd\.?|Limited|Inc\.|LLC|GmbH)$/gu, '')
    .trim();
  if (assessor && assessorBare) firms.push(assessor, assessorBare, ...(/^[A-Z][A-Za-z]{3,}(?=\s)/u.exec(assessorBare) ?? []));
  const findings = (s: Section) => assessment && findingsHeading.test(s.heading.trim());
  // Its plan to close them and the sections about the assessment itself (scope, rating, sign-off) state nothing of the vendor.
  const ofAssessment = (s: Section) => assessment && (aboutAssessment.test(s.heading.trim()) || remediationHeading.test(s.heading.trim()));
  const firmProfile = (s: Section) => aboutFirm(s.heading, firms);
  // The one that writes the document, once the assessor and the reseller are among them.
  const writer = () => firms.find((f) => !agents.includes(f));
  // A reseller's page about the maker's product (reseller-page.ts): the reseller publishes it, is no vendor, and what it
  // says of itself (its sections, its `当社は…` sentences: its own certificates, support desk, address) is no fact of the maker.
  const reseller = resellerOf(input);
  const resellerCalled = reseller ? resellerNames(reseller) : [];
  if (reseller && !firms.length) firms.push(...resellerCalled);
  const resellerPart = (s: Section) => reseller !== undefined && aboutReseller(s.heading, resellerCalled);
  // A review site's page (review-site.ts) passes on the profile the vendor supplied: its facts at second hand.
  const reviewSite = reviewSiteOf(input, vendor.name);
  // A job posting (job-posting.ts): the candidate's requirements, the offer and the hiring process are no facts of the service.
  const posting = isJobPosting(doc);
  const postingPart = (s: Section) => posting && postingBusiness(s);
  // A security advisory (security-advisory.ts): its workaround, upgrade and detection sections are the customer's steps on
  // software the customer runs, no practice of the vendor.
  const advisory = isSecurityAdvisory(doc.preamble.text, input);
  const customerSteps = (s: Section) => advisory && customerStepsHeading.test(s.heading.replace(/^#+\s*/u, '').trim());
  // A guide to an edition the customer installs itself (self-hosted.ts): its sections on that installation are the
  // customer's set-up (its region, backups, clock), no fact of the service the vendor runs.
  const selfHosted = selfHostedSections(doc.sections);
  // A meeting's minutes (meeting-minutes.ts): what the customer's side said is none of the vendor's facts, nor are the
  // meeting's own decisions, tasks and next date.
  const customerSaid = customerTurns(input);
  const dialogue = customerSaid.length > 0;
  // A decision record (decision-record.ts) states the service's facts in its decision and consequences only: its context
  // and the options it considered (rejected providers, their regions) are not read.
  const undecided = isDecisionRecord(input, doc) ? undecidedSections(doc.sections) : new Set<Section>();
  // A section its opening note marks a draft or plan (plan-note.ts) states what is to be, not what is: not read.
  const scopes: Scope[] = doc.sections
    .filter(
      (s) =>
        !specification &&
        !reviews.has(s) &&
        !firmProfile(s) &&
        !resellerPart(s) &&
        !postingPart(s) &&
        !customerSteps(s) &&
        !selfHosted.has(s) &&
        !requestBusiness.has(s) &&
        !markedAsPlan(s) &&
        !undecided.has(s) &&
        // An accessibility report's criteria tables (accessibility-report.ts): documentation, time limits and contrast in the
        // accessibility sense, no practice of the service.
        !ratesAccessibilityCriteria(input, s) &&
        // An assessment's sections about itself state nothing of the vendor (a next audit's `大阪リージョンへの…計画` is a plan).
        !(assessment && otherAuditOrAdvice.test(s.heading.trim())) &&
        !(dialogue && meetingBusiness.test(s.heading.trim())),
    )
    .flatMap((section) => scopesOf(input, section, services));
  // A person outside the vendor quoted in the document (`「…」（X様）`) speaking of its own company (`当社の基幹システムは…`)
  // states nothing of the service; what it says of the service is marked below.
  const speech = othersSpeech(input);
  // A contract's definition of a term (defined-terms.ts) says what a word means, not what the service does.
  // A record of processing activities' controller rows are the firm's own business, not the service (processing-record.ts).
  const ownProcessing = controllerRows(input);
  const ownWords = (s: Span) =>
    !(inSpeech(speech, s) && speakerItself.test(s.text)) &&
    !inSpeech(customerSaid, s) &&
    !saysOfFirm(s.text, firms) &&
    !definesTerm(s.text) &&
    !outsideReport(s.text) &&
    !inControllerRow(ownProcessing, s) &&
    // A findings response's auditor's observations and open corrective actions (finding-response.ts).
    !inUnreadFinding(input, s) &&
    !(reseller && resellerSpeaks.test(s.text));
  // A lead paragraph says where the service runs, keeps data, syncs its clock and what it is certified to; its heading is
  // the document title, no topic of it, so controls, values and sub-processors come from the sections.
  // A section showing an example (`Example: a typical customer setup`) states nothing of the service: none of its facts are read.
  // Nor does a glossary (defined-terms.ts): its examples are no facts.
  const withLead: Scope[] = [...(doc.lead && !specification ? scopesOf(input, doc.lead, services) : []), ...scopes].filter(
    (s) =>
      !exampleHeading.test(s.section.heading) &&
      !customerPart.test(s.section.heading) &&
      !glossaryHeading.test(s.section.heading.replace(/^#+\s*/u, '').trim()) &&
      // A report's complementary controls (CUECs, CSOCs) are the customers' or a carved-out subservice organisation's
      // duties: an integration the customer hosts on its own cloud, the provider's data centres, are not the service's.
      !othersControlsHeading.test(s.section.heading.replace(/^#+\s*/u, '').trim()),
  );
  // A certificate of registration is the certificate (certificate-document.ts): its fields describe it, not a practice of
  // the holder, so its headings (`Appendix to certificate number …`) propose no control. It is titled a certificate: a
  // whitepaper that reproduces its certificate in an appendix still states its practices.
  const certificate = certifyingStatement(input) !== undefined && doc.preamble.text.split('\n').some((l) => certificateTitle.test(unspaced(l)));
  const controls: ControlProposal[] = certificate
    ? []
    : scopes
        .filter((s) => !findings(s.section) && !ofAssessment(s.section))
        .flatMap((s) => controlsOf(input, s))
        .filter((c) => ownWords(c.quote));
  // A change log (dated entries) states each practice as of its entry: a later entry supersedes an earlier one.
  const dates = entryDates(doc.sections);
  // So does a notice's series of updates (`【第1報】` … `【第3報・復旧】`, update-series.ts): the latest update's value stands.
  const series = dates.some(Boolean) ? dates : updateOrder(doc.sections);
  const dateOf = new Map(doc.sections.map((s, i) => [s, series[i]]));
  const proposed: Array<MetricProposal & { service: string; section: string; dated?: string }> = scopes.flatMap((s) =>
    (skipReasonOf(s.section.heading) && !companyProfileHeading.test(s.section.heading.trim())) || ofAssessment(s.section)
      ? []
      : metricsOf(input, s)
          // A company's profile states no value, except in a row about the service (`バックアップ⇥毎日取得し、14日間保管`).
          .filter((m) => !companyProfileHeading.test(s.section.heading.trim()) || serviceRowOfProfile(m.sentence.text))
          .filter((m) => ownWords(m.sentence))
          // The assessor's own requirement a finding measures the vendor against is no value of the vendor's.
          .filter((m) => !assessment || !assessorRequirement(m.sentence.text, Math.max(0, m.sentence.text.indexOf(m.metric.raw)), m.metric.raw.length))
          .flatMap((m) => s.services.map((service) => ({ ...m, service, section: s.section.heading, dated: dateOf.get(s.section) }))),
  );
  const metricKey = (m: (typeof proposed)[number]) => `${m.service}|${m.metric.name}|${m.metric.subject ?? ''}`;
  const newest = new Map<string, string>();
  for (const m of proposed) if (m.dated && m.dated > (newest.get(metricKey(m)) ?? '')) newest.set(metricKey(m), m.dated);
  // A value that is not the standard practice (an option, a hedge, a target) gives way to a standard one of the same
  // metric anywhere in the document (`99.95% を目標` in one section, `99.9% を保証` in another).
  const standard = new Set(proposed.filter((m) => !m.notStandard).map((m) => `${m.service}|${m.metric.name}`));
  // A value the writer corrects further on (`Sorry, correction: backups are kept for 35 days, not 30`) gives way to the
  // corrected one of the same metric.
  const correctedFrom = new Map<string, number>();
  for (const m of proposed)
    if (correction.test(m.sentence.text)) correctedFrom.set(metricKey(m), Math.max(correctedFrom.get(metricKey(m)) ?? -1, m.sentence.start));
  // Within the correcting sentence itself (`「6時間ごと」とお知らせしておりましたが、正しくは1時間ごと`), the value before the
  // correction's word is the one corrected, when a value of the same metric follows it.
  const beforeCorrection = (m: (typeof proposed)[number]) => {
    const at = correction.exec(m.sentence.text)?.index;
    if (at === undefined || m.sentence.text.indexOf(m.metric.raw) >= at) return false;
    return proposed.some((o) => o.sentence.start === m.sentence.start && metricKey(o) === metricKey(m) && o.sentence.text.indexOf(o.metric.raw) > at);
  };
  const metrics = proposed.filter(
    (m) =>
      !beforeCorrection(m) &&
      (!m.dated || m.dated === newest.get(metricKey(m))) &&
      (!m.notStandard || !standard.has(`${m.service}|${m.metric.name}`)) &&
      m.sentence.start >= (correctedFrom.get(metricKey(m)) ?? -1),
  );
  // In a change log, a region an entry removed or moved away from is not where the service runs, even where an older entry
  // says it was; nor is a country such an entry names beside it.
  const left = new Set(dates.some(Boolean) ? scopes.flatMap((s) => regionsLeft(input, s)) : []);
  const stillUsed = (text: string) => !regionsNamedIn(text).some((r) => left.has(r));
  const infra: InfraProposal[] = withLead
    .flatMap((s) => infrastructureOf(input, s))
    .filter((i) => !left.has(`${i.provider}:${i.regionCode}`) && (i.regionCode || stillUsed(i.sentence.text)) && ownWords(i.sentence));
  const locations: CountryProposal[] = withLead.flatMap((s) => dataLocationsOf(input, s)).filter((l) => stillUsed(l.sentence.text) && ownWords(l.sentence));
  const times = withLead.flatMap((s) => timeSourcesOf(input, s)).filter((t) => ownWords(t.sentence));
  const certs = mergeCertifications(
    withLead
      .flatMap((s) => certificationsOf(input, s, assessment).map((c) => ({ ...c, services: s.services })))
      // A certificate named under a section of plans or of decisions asked of a board (`7. 下期の計画`, `8. 承認事項`) is to be
      // obtained, not held.
      .filter(
        (c) =>
          ownWords(c.sentence) &&
          !othersControlsHeading.test(c.section.trim()) &&
          !plansHeading.test(c.section.trim()) &&
          !decisionsHeading.test(c.section.trim()),
      ),
  );
  // The headings a section sits under: the nearest earlier one of each lower level.
  const enclosing = (section: Section): string[] => {
    const at = doc.sections.indexOf(section);
    const above: string[] = [];
    let level = section.level;
    for (let k = at - 1; k >= 0 && level > 1; k--)
      if (doc.sections[k]!.level < level) {
        above.push(doc.sections[k]!.heading);
        level = doc.sections[k]!.level;
      }
    return above;
  };
  const deps = scopes
    .filter((s) => !exampleHeading.test(s.section.heading) && !customerPart.test(s.section.heading))
    .flatMap((s) => dependenciesOf(input, s, enclosing(s.section)))
    .filter((d) => ownWords(d.sentence));

  const draft: Draft = seedFileSchema.parse({});

  // Data location: one per (service, country). Of the sentences placing it, the evidence is the one that says so most
  // plainly: stated (not after an announced move), under a heading of where data is kept (`4. データの保存場所`) rather than
  // in passing elsewhere, and of the data itself rather than of its copies (a `バックアップの保管場所` heading, or elsewhere
  // `災害対策として、西日本リージョンに複製`); else the first. Under a data-location heading a sentence naming backups among
  // what it keeps (`All customer data, including backups, is stored in Japan`) is still of the data. The vendor's own words
  // come before a customer's quoted in the document (`データが国内に保管されることを重視しました（X様）`).
  const copies = /バックアップ|複製|レプリカ|災害対策|(?<![A-Za-z])(?:DR|backups?|replica(?:s|ted|tion)?|disaster recovery)(?![A-Za-z])/iu;
  const plainness = (l: CountryProposal) => {
    const underHeading = dataLocationHeading.test(l.section);
    const ofCopies = copies.test(l.section) || (!underHeading && copies.test(l.sentence.text));
    return (inSpeech(speech, l.sentence) ? 8 : 0) + (l.afterMove ? 4 : 0) + (underHeading ? 0 : 2) + (ofCopies ? 1 : 0);
  };
  const countryOf = new Map<string, string[]>();
  for (const l of locations
    .map((l, order) => ({ l, order }))
    .sort((a, b) => plainness(a.l) - plainness(b.l) || a.order - b.order)
    .map((e) => e.l)) {
    const list = countryOf.get(l.service) ?? [];
    if (list.includes(l.country.code)) continue;
    list.push(l.country.code);
    countryOf.set(l.service, list);
    draft.storesDataIn.push({
      service: l.service,
      country: l.country.code,
      ...(l.afterMove ? { basis: 'INFERRED', reasoning: afterMoveReasoning, reviewNote: afterMoveNote } : { basis: 'STATED' }),
      evidence: { section: l.section, quote: l.sentence.text },
      confidence: l.afterMove ? 0.3 : l.confidence,
      rule: l.afterMove ? 'data-location.after-announced-move' : l.rule,
    });
  }

  // Infrastructure: a named region of a provider makes its placeholder redundant.
  const named = new Set(infra.filter((i) => i.regionCode).map((i) => `${i.service}|${i.provider}`));
  // "A copy in another region" that the document does not name adds nothing when it names two or more regions of that
  // provider for the service (`東日本リージョンで稼働` and `西日本リージョンに複製`): the other region is among them.
  const namedRegions = (service: string, provider: string) =>
    new Set(infra.filter((i) => i.regionCode && i.service === service && i.provider === provider && i.basis === 'STATED').map((i) => i.regionCode)).size;
  // A named region in a country explains "the data is kept in that country": an inferred unnamed site there adds
  // nothing (a site the text calls separate, or one it places in an area, is still proposed). Each region is in the
  // country the provider places it in.
  // A site the document places in an area of the country (`関東地方のデータセンター`: `undisclosed:jp-kanto`) explains it too.
  const namedRegionIn = (i: InfraProposal) => {
    if (i.placeholder?.code.includes('-') && i.basis === 'STATED') return `${i.service}|${i.placeholder.code.split('-')[0]}`;
    const country = i.regionCode ? providers.find((p) => p.id === i.provider)?.countryOfRegion[i.regionCode] : undefined;
    return country ? `${i.service}|${country.toLowerCase()}` : undefined;
  };
  // So does a named provider whose region the document does not name (`クラウド事業者（Amazon Web Services 等）`) in the
  // country the data is kept in: the unnamed site there is that provider's, not a second operator.
  const providerInCountry = (i: InfraProposal) =>
    !i.regionCode && !i.placeholder && i.provider !== 'undisclosed'
      ? `${i.service}|${(i.country ?? countryOf.get(i.service)?.[0] ?? '').toLowerCase()}`
      : undefined;
  const namedInCountry = new Set([...infra.map(namedRegionIn), ...infra.map(providerInCountry)].filter(Boolean));
  const redundantSite = (i: InfraProposal) =>
    i.placeholder !== undefined && i.basis === 'INFERRED' && !i.distinctSite && namedInCountry.has(`${i.service}|${i.placeholder.code}`);
  const attributed = new Set(infra.map((i) => i.provider));
  const withInfra = new Set(infra.map((i) => i.service));
  for (const scope of scopes) {
    for (const { provider, sentence } of scopeProvidersOf(input, scope)) {
      if (attributed.has(provider.id)) continue;
      for (const service of services.filter((s) => !withInfra.has(s.id))) {
        infra.push({
          service: service.id,
          provider: provider.id,
          sentence,
          section: scope.section.heading,
          basis: 'INFERRED',
          reasoning: `${provider.name} is named in the certificate scope as a cloud service the vendor uses as a customer, and no other service of the document is stated to run on it; which service runs on it is not stated.`,
          confidence: 0.3,
          rule: 'infrastructure.certificate-scope-provider',
          reviewNote: 'Inferred from a certificate scope only: confirm which service runs on this provider.',
        });
      }
    }
  }
  for (const service of services) {
    if (infra.some((i) => i.service === service.id)) continue;
    const stated = locations.find((l) => l.service === service.id);
    if (!stated || !runsOnUnnamedPlatform.test(input)) continue;
    infra.push({
      service: service.id,
      provider: 'undisclosed',
      placeholder: { code: stated.country.code.toLowerCase(), name: '' },
      sentence: stated.sentence,
      section: stated.section,
      basis: 'INFERRED',
      reasoning: `The document says the service runs on a cloud service or data centre it does not name, and that the data is kept in ${stated.country.name}; the placeholder stands for an unnamed location in that country.`,
      confidence: 0.4,
      rule: 'infrastructure.unnamed-platform-in-country',
      reviewNote: 'Neither provider nor region is named.',
    });
  }
  const regionIds = new Set(reference.regions.map((r) => r.id));
  const seenInfra = new Set<string>();
  for (const i of infra.sort((a, b) => b.confidence - a.confidence)) {
    if (!i.regionCode && !i.placeholder && !i.distinctSite && named.has(`${i.service}|${i.provider}`)) continue;
    if (!i.regionCode && !i.placeholder && i.distinctSite && namedRegions(i.service, i.provider) >= 2) continue;
    if (redundantSite(i)) continue;
    const provider = providers.find((p) => p.id === i.provider);
    let region: string;
    let country: string | undefined;
    let reviewNote = i.reviewNote;
    // Japan taken for the country where the document names none: a guess, so inferred, with why, never stated.
    let assumedJapan = false;
    let byProvider = false;
    if (i.regionCode) {
      region = `${i.provider}:${i.regionCode}`;
      // A code the dictionary does not place keeps no country: it is never assumed to be in Japan.
      country = provider?.countryOfRegion[i.regionCode];
    } else if (i.placeholder) {
      region = `undisclosed:${i.placeholder.code}`;
      country = i.placeholder.code.slice(0, 2).toUpperCase();
    } else {
      country = i.country ?? countryOf.get(i.service)?.[0];
      // A provider whose every data centre is in one country is there, whatever the document leaves out.
      byProvider = !country && provider?.onlyIn !== undefined;
      country ??= provider?.onlyIn;
      if (!country) reviewNote = `${reviewNote ?? ''} The document does not say in which country; Japan is assumed.`.trim();
      assumedJapan = !country;
      country ??= 'JP';
      region = `${i.provider}:${country.toLowerCase()}`;
    }
    const key = `${i.service}|${region}`;
    if (seenInfra.has(key)) continue;
    seenInfra.add(key);
    if (!regionIds.has(region)) {
      regionIds.add(region);
      const [providerId, code] = region.split(':') as [string, string];
      const countryName = countryDictionary.find((c) => c.code === country)?.name ?? 'a country';
      draft.regions.push({
        id: region,
        code,
        name: i.placeholder?.name || `${provider?.name ?? 'Unnamed operator'}, ${i.regionCode ?? `a location in ${countryName} the document does not name`}`,
        provider: providerId,
        ...(country ? { country } : {}),
        disclosed: Boolean(i.regionCode),
      });
      if (provider && !reference.providers.some((p) => p.id === provider.id) && !draft.providers.some((p) => p.id === provider.id))
        draft.providers.push({ id: provider.id, name: provider.name });
    }
    draft.usesInfra.push({
      service: i.service,
      region,
      basis: assumedJapan || byProvider ? 'INFERRED' : i.basis,
      ...(assumedJapan
        ? {
            reasoning: `The document names ${provider?.name ?? i.provider} but neither a region nor a country; Japan, the country this product's documents are usually about, is assumed.`,
          }
        : byProvider
          ? {
              reasoning: `The document names ${provider?.name ?? i.provider} but neither a region nor a country; every data centre of ${provider?.name ?? i.provider} is in ${countryDictionary.find((c) => c.code === country)?.name ?? country}.`,
            }
          : i.reasoning
            ? { reasoning: i.reasoning }
            : {}),
      evidence: { section: i.section, quote: i.sentence.text },
      confidence: assumedJapan ? Math.min(i.confidence, 0.4) : i.confidence,
      rule: i.rule,
      ...(reviewNote ? { reviewNote } : {}),
    });
  }
  for (const code of new Set([...draft.storesDataIn.map((s) => s.country), ...draft.regions.map((r) => r.country).filter((c): c is string => Boolean(c))])) {
    const c = countryDictionary.find((d) => d.code === code);
    if (c && !reference.countries.some((r) => r.code === code)) draft.countries.push({ code: c.code, name: c.name, nameJa: c.nameJa });
  }

  // Time sources.
  const seenTime = new Set<string>();
  for (const t of times) {
    const key = `${t.service}|${t.timeSource}`;
    if (seenTime.has(key)) continue;
    seenTime.add(key);
    draft.syncsTimeWith.push({
      service: t.service,
      timeSource: t.timeSource,
      evidence: { section: t.section, quote: t.sentence.text },
      confidence: t.confidence,
      rule: t.rule,
      ...(t.reviewNote ? { reviewNote: t.reviewNote } : {}),
    });
  }

  // Certifications of the vendor.
  for (const c of certs) {
    // A certificate is the vendor's, but a page that sets several products apart may state it for some of them only
    // (`Pipeline's ISO/IEC 27001 certificate`, a ✓ in one product's row): the reviewer is told which.
    const only = c.services && c.services.length < services.length ? c.services.map((id) => nameOf.get(id) ?? id) : undefined;
    const productNote = only ? `Stated for ${only.join(', ')} only, not for the document's other products.` : undefined;
    const reviewNote = [c.reviewNote, productNote].filter(Boolean).join(' ');
    draft.certifiedBy.push({
      vendor: vendorId,
      certification: c.certification,
      ...(c.registrationNumber ? { registrationNumber: c.registrationNumber } : {}),
      ...(c.issuer ? { issuer: c.issuer } : {}),
      ...(c.edition ? { edition: c.edition } : {}),
      ...(c.scope ? { scope: c.scope } : {}),
      ...(c.validFrom ? { validFrom: c.validFrom } : {}),
      ...(c.validUntil ? { validUntil: c.validUntil } : {}),
      evidence: { section: c.section, quote: c.sentence.text },
      confidence: c.confidence,
      rule: c.rule,
      ...(reviewNote ? { reviewNote } : {}),
    });
  }

  // Sub-processors become services of their own.
  const depIds = new Map<string, string>();
  for (const d of deps) {
    let id = depIds.get(d.name);
    if (!id) {
      id = uniqueId(slugOf(d.name) || `${stem}-dependency`, taken);
      depIds.set(d.name, id);
      serviceRecords.push({
        id,
        name: d.name,
        description: `Third-party service named by the document${d.operator ? ` (operator: ${d.operator})` : ''}.`,
        confidence: d.confidence,
        rule: d.rule,
      });
    }
    if (draft.dependsOn.some((x) => x.service === d.service && x.dependsOn === id)) continue;
    draft.dependsOn.push({
      service: d.service,
      dependsOn: id,
      function: d.function,
      ...(d.dataShared ? { dataShared: d.dataShared } : {}),
      evidence: { section: d.section, quote: d.sentence.text },
      confidence: d.confidence,
      rule: d.rule,
      ...(d.reviewNote ? { reviewNote: d.reviewNote } : {}),
    });
  }

  // Disclosures: one per (service, control, section), with the metrics that belong to it.
  const controlIds = new Set(reference.controls.map((c) => c.id));
  const disclosures = new Map<string, { d: Disclosure; quote: Span; metricSpans: Span[] }>();
  // Sections may share a heading (a change log's `Changed` under every entry): a disclosure belongs to one of them.
  const headingStarts = doc.sections.map((s) => s.headingSpan.start);
  const sectionAt = (at: number) =>
    `${headingStarts.reduce((found, start, i) => (start <= at ? i : found), -1)}${messages ? `|${input.slice(0, at).split('\n').length}` : ''}`;
  for (const c of controls) {
    if (!controlIds.has(c.control)) continue;
    const key = `${c.service}|${c.control}|${c.section}|${sectionAt(c.quote.start)}`;
    if (disclosures.has(key)) continue;
    disclosures.set(key, {
      d: {
        service: c.service,
        control: c.control,
        summary: summaryOf(nameOf.get(c.service) ?? c.service, c.topic),
        evidence: { section: c.section, quote: c.quote.text },
        metrics: [],
        confidence: c.confidence,
        rule: c.rule,
      },
      quote: c.quote,
      metricSpans: [],
    });
  }
  for (const m of metrics) {
    // A value in a row of a control mapping belongs to the control the row is mapped to (control-column.ts).
    const control = mappedControlOf(input, m.sentence)?.control ?? m.control;
    const key = `${m.service}|${control}|${m.section}|${sectionAt(m.sentence.start)}`;
    let entry = disclosures.get(key);
    if (!entry) {
      const topic = m.metric.name.replace(/([A-Z])/g, ' $1').toLowerCase();
      entry = {
        d: {
          service: m.service,
          control,
          summary: summaryOf(nameOf.get(m.service) ?? m.service, topic),
          evidence: { section: m.section, quote: m.sentence.text },
          metrics: [],
          confidence: 0.6,
          rule: 'metrics.implies-control',
        },
        quote: m.sentence,
        metricSpans: [],
      };
      disclosures.set(key, entry);
    }
    entry.d.metrics.push(m.metric);
    entry.metricSpans.push(m.sentence);
    if (m.reviewNote) entry.d.reviewNote = [entry.d.reviewNote, `${m.metric.raw}: ${m.reviewNote}`].filter(Boolean).join(' ');
  }
  for (const { d, metricSpans } of disclosures.values()) {
    const differing = translationsDiffer(d.metrics, metricSpans);
    if (differing) addNote(d, differing);
    if (metricSpans.length > 0) d.evidence.quote = coverSpans(input, metricSpans).text;
    addNote(d, 'The summary is generated from the control topic: rewrite it from the quote.');
    // A report's tested control with an exception did not operate as described for the whole sample (tests-of-controls.ts).
    const quoted = input.indexOf(d.evidence.quote);
    if (quoted >= 0 && exceptionNotedAt(input, quoted))
      addNote(
        d,
        "The auditor noted an exception for this control in the period: it did not operate as described for every sample; read the results and management's response.",
      );
    draft.disclosures.push(d);
  }

  const everyFact = () => [...draft.usesInfra, ...draft.storesDataIn, ...draft.certifiedBy, ...draft.syncsTimeWith, ...draft.dependsOn, ...draft.disclosures];
  // A row answered in part (`△`) states its facts with a reservation the draft cannot read: each is flagged.
  // The row is the one holding the quote: the same question may be answered ○ on another sheet (one sheet per product).
  const inPart = doc.sections.filter((s) => s.answeredInPart);
  const ofRowInPart = (fact: { evidence: { section: string; quote: string } }) => {
    const at = input.indexOf(fact.evidence.quote);
    return inPart.some((s) => s.heading === fact.evidence.section && (at < 0 || (at >= s.headingSpan.start && at < s.body.end)));
  };
  for (const fact of everyFact()) if (ofRowInPart(fact)) addNote(fact, 'The row is answered only in part (△ / partial): check what the answer holds back.');

  // What a person outside the vendor says of the service (a customer in a case study) is the vendor's only at second hand.
  for (const fact of everyFact()) {
    const at = input.indexOf(fact.evidence.quote);
    if (at < 0 || !inSpeech(speech, { start: at, end: at + fact.evidence.quote.length })) continue;
    atSecondHand(
      fact,
      'The quote is the words of a person outside the vendor (a customer quoted by the document), not the vendor’s own statement: confirm it from the vendor’s documents.',
    );
  }

  // A claim the document passes on (`X has informed us that it maintains …`) is the vendor's only as reported to the writer.
  for (const fact of everyFact()) {
    if (!reportedClaim.test(fact.evidence.quote)) continue;
    atSecondHand(fact, 'The document passes on what it was told, not what it checked: confirm it from the vendor’s own documents.');
  }

  // Documents that are not the vendor's own statement to its customers, whole: each of their facts is flagged, capped at
  // second hand (0.4) or, for a job posting, below a disclosure's confidence (0.5). In this order, so the notes read so.
  const wholeDocument: Array<{ cap: number; note: string }> = [
    // A customer's assessment states the vendor's facts at second hand: as read in the vendor's reports or told by it. Not a
    // record of the vendor's own answers in a column of their own (`Vendor Response`), which are read from that column alone.
    ...(assessment && !hasVendorAnswerColumn(input)
      ? [
          {
            cap: 0.4,
            note: request
              ? 'The document is a customer’s request to approve adopting the service, citing the vendor, not the vendor’s statement: confirm the fact from the vendor’s own documents.'
              : audit
                ? 'The document is a certification body’s report of its audit of the vendor, not the vendor’s statement: confirm the fact from the vendor’s own documents.'
                : 'The document is a customer’s assessment of the vendor, not the vendor’s statement: confirm the fact from the vendor’s own documents.',
          },
        ]
      : []),
    // A reseller's page passes on what the maker publishes of its product: at second hand.
    ...(reseller
      ? [
          {
            cap: 0.4,
            note: `The page is published by ${reseller}, a reseller of the product, not by its maker: confirm the fact from the maker’s own documents.`,
          },
        ]
      : []),
    ...(reviewSite ? [{ cap: 0.4, note: reviewSiteNote(reviewSite) }] : []),
    // A job posting's facts are the vendor's own words (its stack, its practices), kept as stated; but written to hire, not
    // to disclose.
    ...(posting ? [{ cap: 0.5, note: postingNote }] : []),
    // A customer's minutes of a meeting with its vendor (meeting-minutes.ts) record what the vendor said in the customer's
    // words: at second hand too.
    ...(keptByCustomer(input)
      ? [{ cap: 0.4, note: 'The document is the customer’s minutes of what the vendor said in a meeting: confirm the fact from the vendor’s own documents.' }]
      : []),
  ];
  for (const { cap, note } of wholeDocument)
    for (const fact of everyFact()) {
      fact.confidence = Math.min(fact.confidence ?? 1, cap);
      addNote(fact, note);
    }

  // A value a finding reports (`Audit logs are kept for 30 days, below our 12-month standard`, `現状90日`) is the vendor's as
  // the assessor found it, and the assessor judged it a gap: the reviewer is told so.
  const findingHeadings = new Set(doc.sections.filter(findings).map((s) => s.heading));
  for (const d of draft.disclosures)
    if (findingHeadings.has(d.evidence.section))
      d.reviewNote = [d.reviewNote, 'Read from a finding of the assessment: the vendor’s value as found, which the assessor judged a gap.'].join(' ');

  // Sections, and why the ones no fact cites were skipped.
  const cited = new Set(everyFact().map((f) => f.evidence.section));
  // The lead counts as a section only when a fact cites it; otherwise it is the title block, as before.
  if (doc.lead && cited.has(doc.lead.heading)) draft.sections.push({ heading: doc.lead.heading });
  for (const section of doc.sections) {
    if (draft.sections.some((s) => s.heading === section.heading)) continue;
    const skip =
      skipReasonOf(section.heading) ??
      (reviews.has(section) ? 'Customers’ reviews: their words, not statements of the vendor.' : undefined) ??
      (markedAsPlan(section) ? 'A note at its head marks it a draft or plan: what is to be, not a current practice.' : undefined) ??
      (firmProfile(section) ? 'About the independent firm that wrote the document, not the vendor.' : undefined) ??
      (resellerPart(section)
        ? 'About the reseller that publishes the page (its own services, certificates, support), not the maker of the product.'
        : undefined) ??
      (customerSteps(section)
        ? 'What the customer does about the vulnerability (a workaround, upgrade or detection steps on its own hosts), not a practice of the vendor.'
        : undefined) ??
      (selfHosted.has(section)
        ? 'About the edition the customer installs and runs on its own infrastructure: its set-up, not a fact of the service the vendor runs.'
        : undefined) ??
      (postingPart(section)
        ? 'A job posting’s requirements of the candidate, the employer’s offer or the hiring process: no facts of the service.'
        : undefined) ??
      (findings(section) ? 'The assessor’s findings: gaps it found, not practices of the vendor.' : undefined) ??
      (requestBusiness.has(section)
        ? 'The request’s own business (its purpose, costs, the services it rejected, its own measures, schedule or sign-off), not a practice of the vendor.'
        : undefined) ??
      (ofAssessment(section) ? 'About the assessment itself (its scope, rating, remediation plan or sign-off), not a practice of the vendor.' : undefined);
    const empty = !section.body.text.trim();
    draft.sections.push({
      heading: section.heading,
      ...(cited.has(section.heading)
        ? {}
        : {
            skippedBecause:
              skip ??
              (section.notMet
                ? 'The answer says the requirement is not met or not proposed: nothing under it is the service’s practice.'
                : empty
                  ? 'No text of its own: its subsections carry the content.'
                  : 'No cue of any control matched: check whether the section states a practice.'),
            ...(skip || empty
              ? {}
              : { confidence: 0.3, rule: 'sections.no-cue', reviewNote: 'Review: the section may state a practice the cue dictionary does not know.' }),
          }),
    });
  }

  const meta = documentMeta(input, doc);
  // A change log without a version in its title block is at the version of its newest entry.
  meta.version ??= newestVersion(doc.sections);
  // And, printing no date of its own, as of its newest entry (a notice list's latest お知らせ).
  meta.publishedOn ??= newestEntryDate(doc.sections);
  const monthOnly = meta.publishedOn ? undefined : meta.publishedInMonth;
  draft.vendors.push(vendor);
  // One of several products the document says is being retired: flagged, its facts still proposed (they hold until then).
  for (const record of services.length > 1 ? serviceRecords : []) {
    const notice = retiringProduct(input, record.name);
    if (notice) addNote(record, `The document says this product is being retired (${notice}): its facts hold until then; decide whether to load them.`);
  }
  draft.services.push(...serviceRecords);
  const documentNotes = [
    assessor && request
      ? `Written by ${assessor}, a customer asking its management to approve adopting the service: its statements about the vendor are at second hand, its costs, measures and rejected alternatives no facts of the vendor.`
      : undefined,
    assessor && audit
      ? `Written by ${assessor}, a certification body reporting its audit of the vendor: its statements about the vendor are at second hand, its nonconformities and advice no practices.`
      : undefined,
    assessor && !request && !audit
      ? `Written by ${assessor}, a customer assessing the vendor: its statements about the vendor are at second hand, its findings no practices.`
      : undefined,
    reseller
      ? `Published by ${reseller}, a reseller of the product, not by its maker (the vendor): what it says of the product is at second hand, what it says of itself no fact of the vendor.`
      : undefined,
    reviewSite
      ? `Published by ${reviewSite}, a software review site, not by the vendor: the vendor-supplied profile is at second hand; ratings, review counts and user reviews are no facts of the vendor.`
      : undefined,
    posting
      ? 'A job posting by the vendor: its title names a role; what it says of the product (its stack, its practices) is the vendor’s own words to candidates, kept as stated at lower confidence; the candidate’s requirements, benefits and office are no facts of the service.'
      : undefined,
    writer() && !assessor && !reseller
      ? `Written by ${writer()}, an independent firm, about the vendor: its statements about the vendor are at second hand.`
      : undefined,
    monthOnly ? `The document is dated by its month only (${monthOnly.printed}): publishedOn is that month's first day.` : undefined,
    !meta.publishedOn && !monthOnly && chat?.held
      ? `The transcript prints no date of issue: publishedOn is the day of its messages (${chat.held}).`
      : undefined,
    meta.publishedOn || monthOnly || chat?.held ? undefined : 'The document prints no date: publishedOn is the date of ingestion.',
    meta.version ? undefined : 'The document prints no version.',
    answers ? bidderAnswersNote : award ? awardNoticeNote : specification ? requirementsNote : undefined,
    `Save the ingested text as seed/sources/${stem}.txt: quotes are checked against it.`,
  ].filter(Boolean);
  draft.documents.push({
    id: `${stem}-document`,
    title: meta.title ?? stem,
    version: meta.version ?? 'not printed',
    publishedOn: meta.publishedOn ?? monthOnly?.firstDay ?? chat?.held ?? today(),
    // A certificate is published by the body that issues it, not by the organisation it certifies; a letter an independent
    // firm writes about the vendor is the firm's.
    // An award notice is the buyer's (`調達機関`), not the winner's.
    publisher:
      (award ? awardBuyer(input) : undefined) ??
      // The buyer's answers to bidders are the buyer's, named in a field (`Issued by:`) or signed under the title
      // (`鷺ノ浦市　総務部　デジタル推進課`).
      (answers ? (awardBuyer(input) ?? signingBody(input)) : undefined) ??
      writer() ??
      (reviewSite && reviewSite !== 'a review site' ? reviewSite : undefined) ??
      (certificate ? draft.certifiedBy.find((c) => c.rule === 'certification.certificate-document' && c.issuer)?.issuer : undefined) ??
      vendor.name,
    vendor: vendorId,
    sourceFile: `${stem}.txt`,
    revisions: meta.revisions,
    confidence: meta.title && meta.publishedOn ? 0.7 : 0.4,
    rule: 'document.title-block',
    reviewNote: documentNotes.join(' '),
  });
  draft.$comment = `Draft proposed by npm run ingest from ${path.basename(options.fileName)}. Every fact carries confidence, the rule that proposed it and, where it needs a look, a reviewNote. Review, edit, then load.`;

  const parsed = seedFileSchema.parse(draft);
  verifyQuotes(parsed, input);
  return parsed;
}
