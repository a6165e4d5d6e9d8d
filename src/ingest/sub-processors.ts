/**
 * Named third-party services the service depends on, from the tables and
 * lists of a section about external services or sub-processors: one row or
 * item per service, with its function and the data shared where printed.
 */
import { linesOf, sentencesOf, spanOf, type Span } from './text-span.js';
import type { Scope } from './scopes.js';
import { preview, retiredHeading, retiring, startsLater } from './change-log.js';
import { countries, providers } from './provider-dictionary.js';
import { cellsOf, inlineLabel, isDelimiterRow } from './table-rows.js';
import { englishCompanyName } from './company-name.js';

export interface DependencyProposal {
  service: string;
  name: string;
  operator?: string;
  function: string;
  dataShared?: string;
  sentence: Span;
  section: string;
  confidence: number;
  rule: string;
  reviewNote?: string;
}

/**
 * A section about the third parties the service relies on: its table rows and list items are theirs. A section on
 * providing personal data to a third party abroad (`外国にある第三者への提供`, as the 個人情報保護法 has it published) names
 * the recipients the service entrusts work to; so does a GDPR notice's `Recipients` (those the data is disclosed to, Art. 13(1)(e)).
 */
export const thirdPartySection =
  /外部(?:の)?(?:クラウド)?サービス|委託先|再委託|サブプロセッサ|第三者サービス|外国にある第三者|提供先|sub-?processors?|third[- ]part(?:y (?:services|providers|vendors)|ies)|(?<![A-Za-z])service providers|external services|(?<![A-Za-z])recipients?(?![A-Za-z])/iu;
/**
 * Words of a third-party table's header row; a column saying where the party is (`Location`, `所在国`) is one of them, and
 * so is the legal ground for sending it data abroad (`Transfer mechanism`, `Safeguards`, `移転の根拠`). The EU Standard
 * Contractual Clauses' Annex III lists each sub-processor with its `Address`, `Contact person` and `Description of
 * processing`: those are its columns too.
 */
const header =
  /サービス名?|名称|機能|用途|目的|運営会社|提供元|事業者|(?:再)?委託(?:先|内容)|業務内容|情報|データ|所在|国|地域|拠点|移転|根拠|(?:追加|開始)日|住所|連絡先|担当者?|処理内容|address|contact|description|processing|service|name|purpose|function|provider|company|data|processor|recipients?|location|country|region|transfer|mechanism|safeguards?|(?:date )?added|since|category|type|kind|種別|区分|分類|カテゴリ/iu;

/**
 * Where the party is, in brackets after what it does (`transactional email (United States)`, `メール配信（米国）`): no part
 * of its function, as the third field of a dashed entry is not.
 */
function withoutPlace(fn: string): string {
  const m = /\s*[（(]([^()（）]{2,40})[)）]$/u.exec(fn);
  if (!m || m.index === 0) return fn;
  const place = m[1]!.trim();
  return countries.some((c) => c.name === place || c.nameJa === place || new RegExp(`^(?:${c.pattern.source})$`, 'u').test(place)) ? fn.slice(0, m.index) : fn;
}

/** One proposal per service the passage speaks about: a party it names is a dependency of each. */
function forServices(scope: Scope, party: Omit<DependencyProposal, 'service' | 'section'>): DependencyProposal[] {
  // An FAQ's answer label (`A. 請求書メールの配信に、X を利用`) opens the sentence a Japanese rule takes the function from: the
  // label is no part of what the party does.
  const fn = party.function.replace(answerLead, '').trim() || party.function;
  return scope.services.map((service) => ({ service, section: scope.section.heading, ...party, function: fn }));
}

/**
 * The label an answer opens with in a questionnaire or a tender response (`Response: …`, `Answer: …`, `A. …`), or a
 * questionnaire row's yes cell before its note (`Yes⇥E-mail is sent through …`): not part of the subject.
 */
const answerOpening = String.raw`(?:(?:Response|Answer|Reply|Vendor response|A)\s*[:：.]\s+|(?:Yes|Y|はい|[○◯〇])\t)`;
const answerLead = new RegExp(String.raw`^(?:${answerOpening}|回答\s*[:：]\s*)`, 'u');
/**
 * A function the text says a named company carries out for the service, wherever it is written (a change log's `Added`
 * list, a feature description): `Transactional e-mail is now sent through X Inc.`, `Card payments are processed by X
 * Ltd.`, also after an answer's label (`Response: E-mail notifications are sent through X Ltd.`). The subject is the function;
 * the company's legal form marks it as a third party, not a feature.
 */
const routedThrough = new RegExp(
  String.raw`(?:^|(?<=[.;]\s+))(?:[-*•・]\s*)?(?:${answerOpening})?([A-Z][^.;:。]{2,50}?)\s+(?:is|are)\s+(?:now\s+)?(?:sent|delivered|routed|processed|handled)\s+(?:through|via|by|in)\s+(${englishCompanyName})`,
  'gu',
);

/**
 * A company the text says carries out a function of the service, as the sentence's subject: `X Ltd. provides our customer
 * support ticketing system`, `X Inc. continues to operate our e-mail delivery`, `X Ltd handles outbound email for us`, also
 * after an answer's yes (`Yes: X Inc. provides our billing`). `our` or `for us` makes the function the service's; `does not
 * provide` names no party. The function is what follows `our`, or what comes before `for us`.
 */
const partyServing = new RegExp(
  String.raw`^(?:[-*•・]\s*)?(?:${answerOpening}|(?:Yes|はい)[:：,.]?\s+)?(${englishCompanyName})\s+(?:(?:continues|will continue) to\s+)?(?:provides?|operates?|runs?|delivers?|handles?|performs?|processes)\s+(?:(?:all of )?our\s+([^.;:。]{2,60})|([^.;:。]{2,60}?)\s+for\s+(?:us|our (?:customers|users|service))(?![A-Za-z]))`,
  'u',
);

/** The party and its function in a sentence `partyServing` matches. */
function servingParty(text: string): { name: string; function: string } | undefined {
  const m = partyServing.exec(text);
  return m ? { name: m[1]!, function: (m[2] ?? m[3]!).trim() } : undefined;
}

function routedThroughIn(input: string, scope: Scope): DependencyProposal[] {
  const found: DependencyProposal[] = [];
  // What a change log lists as removed or retired, or as a preview, is no dependency of the service as delivered.
  if (retiredHeading.test(scope.section.heading)) return found;
  for (const sentence of sentencesOf(input, scope.span)) {
    const party = servingParty(sentence.text);
    if (!party || preview.test(sentence.text) || retiring.test(sentence.text) || providers.some((p) => p.pattern.test(party.name))) continue;
    found.push(...forServices(scope, { ...party, sentence, confidence: 0.6, rule: 'dependency.provides-ours' }));
  }
  // The work the service entrusts to a company named before it (`メール配信を委託しているX株式会社の…`), in any section: an incident
  // report names the supplier whose part failed in its 原因, not under a heading about third parties.
  for (const sentence of sentencesOf(input, scope.span)) {
    const m = partyEntrustedBefore.exec(sentence.text);
    if (!m || preview.test(sentence.text) || retiring.test(sentence.text) || providers.some((p) => p.pattern.test(m[2]!))) continue;
    found.push(...forServices(scope, { name: m[2]!, function: m[1]!.trim(), sentence, confidence: 0.6, rule: 'dependency.entrusted' }));
  }
  for (const line of linesOf(input, scope.span)) {
    if (preview.test(line.text) || retiring.test(line.text)) continue;
    found.push(
      ...labelledParties(line).flatMap((party) => forServices(scope, { ...party, sentence: line, confidence: 0.6, rule: 'dependency.labelled-line' })),
    );
    // Each sentence of the line: a note may name a second party after the first (`E-mail is sent through X Inc. Support
    // tickets are handled in Y Ltd.`), where the company's `Inc.` hides the sentence's end from the sentence splitter.
    for (const m of line.text.matchAll(routedThrough)) {
      // A provider named so is the platform, read by the infrastructure rules, not a sub-processor.
      if (providers.some((p) => p.pattern.test(m[2]!))) continue;
      found.push(...forServices(scope, { name: m[2]!, function: m[1]!.trim(), sentence: line, confidence: 0.6, rule: 'dependency.routed-through' }));
    }
  }
  return found;
}

/**
 * The parties a fact sheet's field lists (`Sub-processors: X (email, hosted on …); Y (payments)`, `委託先：X（メール配信）`), each
 * with what it does: the first part of its bracket. A provider there is the platform, read by the infrastructure rules.
 */
function labelledParties(line: Span): { name: string; function: string }[] {
  const label = inlineLabel(line.text);
  if (!label || !thirdPartySection.test(label)) return [];
  const value = line.text.slice(line.text.search(/[:：]/u) + 1);
  return (
    value
      .split(/[;；]\s*|,\s+(?=[A-Z][^,()]{1,40}\s*[（(])/u)
      .map((entry) => /^\s*(?:\*\*|__)?([A-Z][\w.&'’ -]{1,40}?|[^\s（(、。,]{2,30})\s*(?:[（(]([^,，、)）]{2,40})|$)/u.exec(entry.trim()))
      // Each with what it does: a bare name may be the field of a record (`委託先：X株式会社`, the vendor an assessment is of).
      .filter((m): m is RegExpExecArray => !!m?.[2] && !providers.some((p) => p.pattern.test(m[1]!)))
      .map((m) => ({ name: m[1]!.trim(), function: m[2]!.trim() }))
  );
}

/**
 * The parties of a passage that announces they start later (`The following sub-processors will begin to process … on
 * 4 December 2025:`, a row `…を追加予定`): not yet relied on when the document was written, so proposed only for review.
 */
export function dependenciesOf(input: string, scope: Scope, enclosing: readonly string[] = []): DependencyProposal[] {
  const found = partiesOf(input, scope, enclosing);
  const quoted = new Set(found.map((d) => d.sentence.start));
  const lead = linesOf(input, scope.span).filter((l) => !found.some((d) => d.sentence.start <= l.start && l.end <= d.sentence.end) && !quoted.has(l.start));
  const passageToCome = lead.some((l) => startsLater.test(l.text));
  return found.map((d) =>
    passageToCome || startsLater.test(d.sentence.text)
      ? {
          ...d,
          confidence: Math.min(d.confidence, 0.4),
          reviewNote: 'The document announces this party starts later (a date after the document’s): not yet a dependency when written.',
        }
      : d,
  );
}

/**
 * `enclosing`: the headings of the sections this one sits under. A subsection of a section on third parties (`(1) メール配信業務の
 * 委託` under `2. 外国にある第三者への提供`) is about one of them, whatever its own heading says.
 */
/** A column header naming the kind of service each row is (`Category`, `Type`, `サービス種別`, `分類`), not the party. */
const kindColumn = /^(?:service (?:type|category)|category|type|kind|サービス(?:種別|区分)|種別|区分|分類|カテゴリー?)$/iu;
/**
 * The kinds of service a vendor buys in, as a `Service` column may print them instead of a product's name (`Email`, `SMS`,
 * `Analytics`, `決済`): everyday words for the function, not a party's name.
 */
const serviceKind =
  /^(?:e-?mail(?: delivery)?|sms|analytics|payments?|billing|hosting|monitoring|error (?:monitoring|tracking)|logging|(?:customer )?support|help ?desk|cdn|dns|search|storage|backups?|chat|messaging|push notifications?|authentication|identity|crm|marketing|video|maps?|translation|メール(?:配信)?|SMS|決済|分析|監視|ログ(?:管理)?|サポート|ストレージ|認証|チャット|翻訳)$/iu;

function partiesOf(input: string, scope: Scope, enclosing: readonly string[]): DependencyProposal[] {
  // Empty cells keep their place, so each value stays under its column's header.
  const rows = linesOf(input, scope.span).filter((l) => (cellsOf(l.text)?.length ?? 0) >= 2 && !isDelimiterRow(l.text));
  // A table whose first column is headed `Sub-processor` (`委託先`) lists them under any heading (`Transfers to third countries`).
  const partiesTable = rows.length >= 2 && thirdPartySection.test(cellsOf(rows[0]!.text)![0]!);
  const aboutParties = [scope.section.heading, ...enclosing].some((h) => thirdPartySection.test(h));
  if (!aboutParties && !partiesTable) return [...recipientColumnRows(rows, scope), ...routedThroughIn(input, scope)];
  const found: DependencyProposal[] = [];
  if (rows.length >= 2) {
    const head = cellsOf(rows[0]!.text)!;
    if (!head.every((c) => header.test(c))) return [];
    const column = (re: RegExp) => head.findIndex((c) => re.test(c));
    const fn = column(
      /機能|用途|目的|委託内容|業務内容|処理内容|purpose|function|description of (?:the )?processing|processing (?:activit|operation)|nature of (?:the )?processing/iu,
    );
    const op = column(/運営会社|提供元|事業者|provider|company|operator/iu);
    const data = column(/情報|データ|data/iu);
    // A first column that only says what kind of service a row is (`Category | Provider`, or `Service | Provider` holding
    // `Email`, `SMS`) names no party: the provider's column does. Else a kind would become a service of its own (`email`),
    // the same for every vendor. A product's name there (`Postmark`) stays the party, its company the operator.
    const kinds = op > 0 && kindColumn.test(head[0]!.trim());
    for (const row of rows.slice(1)) {
      const cells = cellsOf(row.text)!;
      const byKind = op > 0 && !!cells[op] && (kinds || serviceKind.test(cells[0]!.trim()));
      const named = byKind ? cells[op]! : cells[0]!;
      found.push(
        ...forServices(scope, {
          name: named,
          ...(op >= 0 && cells[op] && !byKind ? { operator: cells[op] } : {}),
          function: (fn >= 0 ? cells[fn] : undefined) || 'not stated',
          ...(data >= 0 && cells[data] ? { dataShared: cells[data] } : {}),
          sentence: row,
          confidence: 0.8,
          rule: 'dependency.table-row',
        }),
      );
    }
    return found;
  }
  const records = recordsOf(input, scope);
  if (records.length > 0) return records;
  // A list: "- SendMail Cloud（メール送信）" / "- Acme Mail: e-mail delivery".
  for (const line of linesOf(input, scope.span)) {
    // A numbered or bulleted entry of fields set apart by dashes, as a form asks for them (`name — purpose — location`):
    // `1. X Ltd. — transactional e-mail delivery — Ireland`. The first field is the party, the second what it does; where
    // the party is (the last) is no location of the service's data. Also the dash typed as `--`, as plain text and
    // reStructuredText write it. Also a Japanese company's entry, its work after a colon (`* 株式会社X：メール配信（日本）`).
    const dashed =
      /^(?:[0-9]{1,2}[.)]\s+|[-*•・]\s+)?([A-Z][A-Za-z0-9 .,&+'’-]{1,50}?)\s+(?:[—–]|--)\s+((?:(?!--)[^—–\n]){2,60}?)(?:\s+(?:[—–]|--)\s+[^—–\n]{2,40})?$/u.exec(
        line.text,
      ) ??
      /^(?:[0-9]{1,2}[.)]\s+|[-*•・]\s*)?((?:株式会社|有限会社|合同会社)[^\s:：（(、。]{1,30}|[^\s:：（(、。]{1,30}?(?:株式会社|有限会社|合同会社))\s*[:：]\s*([^:：（(、。\n]{2,30}(?:[（(][^)）\n]{1,20}[)）])?)$/u.exec(
        line.text,
      );
    if (dashed) {
      found.push(
        ...forServices(scope, {
          name: dashed[1]!.trim(),
          function: withoutPlace(dashed[2]!.trim()),
          sentence: line,
          confidence: 0.6,
          rule: 'dependency.list-item',
        }),
      );
      continue;
    }
    const m = /^([A-Za-z][A-Za-z0-9 .&+-]{1,40}?)\s*(?:[(（]([^)）]{1,40})[)）]|[:：]\s*(.{1,60}))$/u.exec(line.text);
    // An answer's label (`A8: Yes. We use X Inc. to …`) names no party: the answer's sentence may.
    if (m && answerLabel.test(m[1]!.trim())) {
      found.push(...partyUsedIn(line, scope, 'dependency.named-in-answer'));
      continue;
    }
    if (!m) {
      // A sentence of prose in such a section (an FAQ's `Yes. We use X Ltd. for e-mail delivery.`) names the party it uses.
      found.push(...partyUsedIn(line, scope, 'dependency.named-in-prose'));
      continue;
    }
    found.push(
      ...forServices(scope, {
        name: m[1]!.trim(),
        function: (m[2] ?? m[3] ?? '').trim() || 'not stated',
        sentence: line,
        confidence: 0.6,
        rule: 'dependency.list-item',
      }),
    );
  }
  // A section on third parties whose lines name none as a list or `We use X` does (a questionnaire's `Do you use
  // sub-processors?` answered `Yes. Transactional email is sent through X Ltd.`) may still route a function through one.
  return found.length > 0 ? found : routedThroughIn(input, scope);
}

/**
 * A table whose rows are the data sent out and whose named column says who gets it (`Data | Recipient | Location | Purpose`,
 * `データ | 提供先 | 所在国 | 目的`), as an overview's "What leaves the region" prints it: the recipient of each row is a party
 * the service relies on, for the row's purpose. A cloud provider there is the platform (the infrastructure rules read it),
 * and a row whose recipient cell is empty or a dash names nobody.
 */
function recipientColumnRows(rows: readonly Span[], scope: Scope): DependencyProposal[] {
  if (rows.length < 2) return [];
  const head = cellsOf(rows[0]!.text)!;
  const party = head.findIndex((c, k) => k > 0 && /^(?:(?:data )?recipients?|sub-?processors?|(?:再)?委託先|提供先|受領者)$/iu.test(c));
  if (party < 0 || !head.every((c) => header.test(c))) return [];
  const column = (re: RegExp) => head.findIndex((c) => re.test(c));
  const fn = column(/機能|用途|目的|委託内容|業務内容|purpose|function/iu);
  const data = column(/情報|データ|data/iu);
  return rows.slice(1).flatMap((row) => {
    const cells = cellsOf(row.text)!;
    const name = cells[party] ?? '';
    if (!/\p{L}{2}/u.test(name) || providers.some((p) => p.pattern.test(name))) return [];
    return forServices(scope, {
      name,
      function: (fn >= 0 ? cells[fn] : undefined) || 'not stated',
      ...(data >= 0 && data !== party && cells[data] ? { dataShared: cells[data] } : {}),
      sentence: row,
      confidence: 0.7,
      rule: 'dependency.recipient-column',
    });
  });
}

/** The label of a question or answer in a Q&A (`A8`, `Q3`, `Answer 2`), not a name. */
// Also a yes/no answer's word before its sentence (`Yes: X Ltd. provides our billing.`, `はい：…`).
const answerLabel = /^(?:(?:[QA]|Ｑ|Ａ|answer|response|question)\s*[0-9０-９]{0,3}|yes|no|はい|いいえ)$/iu;
/**
 * A company the answer says the service uses, and what for: `We use X Inc. to send e-mail`, `relies on X Ltd. for
 * payments`, `We use X Ltd. (an e-mail provider) for …` (an aside after the name). Not after `not`/`never`: `we do not
 * use X Inc. for …` names a party the service does not use.
 */
const partyUsed = new RegExp(
  String.raw`(?<![A-Za-z])(?<!\b(?:not|never|longer)\s)(?:use|uses|engage|engages|rely on|relies on)\s+(${englishCompanyName})(?:\s*[(（][^)）]{1,40}[)）])?\s+(?:to|for)\s+([^.;。]{2,60})`,
  'u',
);

/**
 * The same in Japanese: the work the service entrusts to a named company (`請求書の郵送業務を株式会社Xに委託しています`,
 * `メール配信をX株式会社（…）に再委託`), also a company abroad under its English name and where it is (`…業務を、米国に所在する
 * X Inc. に委託`, as a notice of provision to a third party abroad words it). Not `委託していません`, `委託しておりました`.
 */
const partyEntrusted = new RegExp(
  String.raw`^(?:[-・•]\s*)?(?:当社は[、,]?\s*)?([^、。]{2,40}?)を[、,]?\s*(?:[^\s、。を]{1,20}に(?:所在|本社を置|本拠を置)する\s*)?((?:株式会社|有限会社|合同会社)[^\s、。に（(]{1,30}|[^\s、。を]{1,30}?(?:株式会社|有限会社|合同会社)|${englishCompanyName})\s*(?:[（(][^)）]{1,40}[)）])?\s*に(?:再)?委託(?!して(?:い|おり)ま(?:せん|した)|していた|していない|しない|せず)`,
  'u',
);

/**
 * The same as a relative clause before the company (`メール配信を委託しているX株式会社の送信キューが滞留`, `決済処理を再委託している
 * 株式会社Xにおいて`), as an incident report names a supplier where its part failed: the supplier the service entrusts that
 * work to. Not `委託していた` (no longer).
 */
const partyEntrustedBefore = new RegExp(
  String.raw`(?:^|[、。]|は)\s*([^、。を]{2,30}?)を[、,]?\s*(?:再)?委託して(?:いる|おります|います)\s*((?:株式会社|有限会社|合同会社)[^\s、。に（(のが]{1,30}|[^\s、。をの]{1,30}?(?:株式会社|有限会社|合同会社)|${englishCompanyName})`,
  'u',
);

/**
 * The same in Japanese for a tool: what the service does with a named company's product (`お問い合わせの管理に、X Ltd. が提供する
 * サポートツールを利用しており`, `株式会社Xのチャットツールを使用`), as a notice of provision abroad words a service used rather
 * than work entrusted. The purpose before `に` is the function, else the tool. Not one no longer or not used (`利用していましたが`,
 * `利用していません`).
 */
const toolUsed = new RegExp(
  String.raw`^(?:[-・•]\s*)?(?:当社は[、,]?\s*)?(?:([^、。]{2,30}?)に(?:は)?[、,]?\s*)?((?:株式会社|有限会社|合同会社)[^\s、。に（(が]{1,30}|[^\s、。をが]{1,30}?(?:株式会社|有限会社|合同会社)|${englishCompanyName})\s*(?:が提供する|の)\s*([^、。を]{2,30}?)を[、,]?\s*(?:利用|使用)(?!して(?:い|おり)ま(?:せん|した)|していた|していない|しない|せず)`,
  'u',
);

/** An indented field of a record: `   Purpose: e-mail delivery`, `　用途：メール送信`. */
const field = /^[ \t\u3000]+([\p{L}][\p{L} /-]{0,30}?)\s*[:：]\s*(\S.*)$/u;

/**
 * A list of records, as a contract's annex prints its sub-processors: an entry line naming the party (`2. Acme Mail
 * Inc.`), then its fields indented under it (`Purpose: …`, `Location: …`, `Hosting: …`). The entry is the party; its
 * fields say what it does, never name another party.
 */
function recordsOf(input: string, scope: Scope): DependencyProposal[] {
  const found: DependencyProposal[] = [];
  const lines = linesOf(input, scope.span);
  for (let k = 0; k < lines.length; k++) {
    const entry = lines[k]!;
    const raw = (l: Span) => input.slice(input.lastIndexOf('\n', l.start - 1) + 1, l.end);
    if (field.test(raw(entry))) continue;
    const fields: Array<[string, string]> = [];
    let last = entry;
    for (let j = k + 1; j < lines.length; j++) {
      const f = field.exec(raw(lines[j]!));
      if (!f) break;
      fields.push([f[1]!, f[2]!.trim()]);
      last = lines[j]!;
    }
    if (fields.length === 0 || !/^[\p{L}0-9][^:：。]{1,60}$/u.test(entry.text)) continue;
    const value = (re: RegExp) => fields.find(([label]) => re.test(label))?.[1];
    const fn = value(/機能|用途|目的|purpose|function|service/iu);
    const data = value(/情報|データ|data/iu);
    found.push(
      ...forServices(scope, {
        name: entry.text,
        function: fn ?? 'not stated',
        ...(data ? { dataShared: data } : {}),
        // The entry with its fields: the quote shows what the party does, not its name alone.
        sentence: spanOf(input, entry.start, last.end),
        confidence: 0.7,
        rule: 'dependency.record',
      }),
    );
  }
  return found;
}

/** The party a sentence says the service uses (`We use X Inc. to send e-mail`), one proposal per service of the passage. */
function partyUsedIn(line: Span, scope: Scope, rule: string): DependencyProposal[] {
  const used = partyUsed.exec(line.text);
  const entrusted = used ? null : (partyEntrusted.exec(line.text) ?? partyEntrustedBefore.exec(line.text));
  const tool = used || entrusted ? null : toolUsed.exec(line.text);
  const named = used ?? (entrusted ? [entrusted[0], entrusted[2]!, entrusted[1]!] : tool ? [tool[0], tool[2]!, tool[1] ?? tool[3]!] : null);
  const party = named ? { name: named[1]!, function: named[2]!.trim() } : servingParty(line.text);
  if (!party) return [];
  return forServices(scope, { ...party, sentence: line, confidence: 0.6, rule });
}
