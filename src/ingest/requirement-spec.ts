/**
 * A requirement specification written by the buyer (調達仕様書, 要求仕様書, a tender's statement of requirements, an RFP):
 * its sentences are what the supplier it will contract must do, not what any supplier does. A Japanese one states each
 * requirement as `…すること。`/`…であること。` (`データは国内に保管すること。`, `ISMAPに登録されていること。`); an English one
 * as `The Contractor shall …`, `The Supplier must …`. Nothing in it is a vendor's disclosure: no certificate held, no
 * hosting, no data location, no value. A vendor's own document may print a few such sentences (its staff's duties in a
 * policy, a customer's duty in its terms), and a response to a tender restates each requirement beside its answer; a
 * specification is made mostly of them.
 */

/** A sentence ending in a requirement: `…すること。`, `…されていること。`, `…であること。`, `…しないこと。`. */
const japaneseRequirement = /こと[。．]$/u;
/** The party a buyer's specification binds (`The Contractor shall`, `Bidders must`, `受注者は…`), not the writer itself. */
const englishRequirement =
  /(?<![A-Za-z])(?:the\s+)?(?:contractor|supplier|bidder|tenderer|successful\s+(?:bidder|tenderer))s?\s+(?:shall|must|is\s+required\s+to|are\s+required\s+to)(?![A-Za-z])/iu;
/** A clause or list number before a sentence (`（１）`, `①`, `5.2`, `(a)`), left out to read the sentence. */
const listNumber = /^\s*(?:[（(][0-9０-９a-z]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2})*[.．]?|[-*・•])[ \u3000]*/u;

/**
 * Whether the text is a buyer's requirement specification: at least five of its sentences, and at least half of those
 * ending in a full stop, are requirements addressed to the supplier.
 */
export function requirementsDocument(text: string): boolean {
  const sentences = text
    .split('\n')
    .map((l) => l.replace(listNumber, '').trim())
    .filter((l) => /[。．.]$/u.test(l));
  const requirements = sentences.filter((l) => japaneseRequirement.test(l) || englishRequirement.test(l));
  return requirements.length >= 5 && requirements.length * 2 >= sentences.length;
}

/** The reviewer's note on a requirement specification's draft: why it proposes nothing. */
export const requirementsNote =
  'The document is a requirement specification written by the buyer: its sentences (`…すること`, `The Contractor shall …`) are what the supplier must do, not what any vendor does, so no certificate, hosting, data location or value is proposed from it.';

/**
 * The title of a buyer's notice of a contract award (`落札者決定の公告`, `入札結果`, `落札結果の公表`, `契約締結の公示`, `Contract award
 * notice`, `Notice of award`), as a public body publishes it after a tender.
 */
export const awardNoticeTitle =
  /落札者?(?:等)?(?:の)?決定(?:の|に(?:ついて|関する))?(?:公告|公示|通知|お知らせ)|(?:入札|落札|開札)(?:結果|経過)(?:の(?:公表|公告|公示|お知らせ))?|契約(?:締結|の相手方決定)(?:の|に(?:ついて|関する))?(?:公告|公示|公表)|(?<![A-Za-z])(?:(?:contract\s+)?award\s+notice|notice\s+of\s+(?:contract\s+)?award|(?:tender|bid)\s+results?|contract\s+award\s+(?:details|announcement))(?![A-Za-z])/iu;
/** A field naming who won and at what price (`落札者`, `落札金額`, `契約の相手方`, `Awarded to`, `Successful tenderer`, `Contract value`). */
const awardField =
  /^\s*(?:[0-9０-９]{1,2}[\s\u3000.．、]+)?(?:落札(?:者|金額|価格|業者)|契約(?:の)?相手方|契約金額|(?:awarded\s+to|successful\s+(?:bidder|tenderer|supplier)|contract\s+(?:value|amount)|award(?:ed)?\s+(?:value|amount))\s*[:：]?)/imu;

/**
 * Whether the text is a buyer's notice of a contract award (落札者決定の公告, 入札結果): its title says so and a field names the
 * winner or the price. The buyer wrote it: the winning bidder and the price are what the tender decided, and the
 * requirements it summarises (`国内データセンターで運用すること`) are the buyer's demands, so nothing in it is the vendor's
 * disclosure, though the winner is the vendor a reviewer looks for. The other bidders, the price, the contract term and the
 * buyer's own address are no facts of the service.
 */
export function awardNotice(text: string): boolean {
  const head = text.split('\n').slice(0, 15).join('\n');
  return awardNoticeTitle.test(head) && awardField.test(text);
}

/** The reviewer's note on an award notice's draft: why it proposes nothing. */
export const awardNoticeNote =
  'The document is a notice of a contract award written by the buyer (落札者決定の公告, 入札結果): it names the winning bidder, the price and the other bidders, and any requirements it summarises are the buyer’s demands, not the vendor’s practice, so no certificate, hosting, data location or value is proposed; the vendor is the winning bidder it names, to be checked.';

/**
 * The title of a buyer's answers to the questions bidders asked about a tender (`質問回答書`, `質問に対する回答`, `質疑応答書`,
 * `Clarification questions and answers`, `Responses to bidders' questions`), as a public body publishes them before the bids.
 */
export const bidderAnswersTitle =
  /(?:質問|質疑)(?:事項)?(?:に対する|への)?(?:回答|応答)(?:書|一覧|について)?|質疑応答(?:書|集)?|(?<![A-Za-z])(?:(?:clarification|bidder|tender|supplier)\s+(?:questions?|clarifications?)\s+(?:and|&)\s+(?:answers?|responses?)|responses?\s+to\s+(?:bidder|supplier|tenderer)s?['’]?\s+(?:questions|clarification\s+requests?)|clarification\s+responses?)(?![A-Za-z])/iu;
/** The tender the answers are about (`入札`, `公募型プロポーザル`, `仕様書`, `Invitation to tender`, `RFP`). */
const tenderWord =
  /入札|プロポーザル|公募|仕様書|(?<![A-Za-z])(?:tender|invitation\s+to\s+tender|ITT|RFP|request\s+for\s+proposals?|procurement)(?![A-Za-z])/iu;

/**
 * Whether the text is a buyer's answers to bidders' questions about a tender (入札・プロポーザルの質問回答書): its title says
 * so and its head names the tender. The buyer answers what it requires (`国内に保管することを必須とします`, `ISMAPに登録されて
 * いることを必須とします`); the questions are bidders' (`弊社では AWS の大阪リージョンでの運用を想定しています`), no claim of a
 * service anyone can check; a company named in an answer (the current contractor asked to help migrate) is no vendor of
 * the document. So nothing in it is a vendor's disclosure, as in a requirement specification.
 */
export function bidderAnswers(text: string): boolean {
  const head = text.split('\n').slice(0, 12).join('\n');
  return bidderAnswersTitle.test(head) && tenderWord.test(head);
}

/** The reviewer's note on a buyer's answers to bidders' questions: why it proposes nothing. */
export const bidderAnswersNote =
  'The document is a buyer’s answers to bidders’ questions about a tender (質問回答書): the answers state what the buyer requires and the questions are bidders’ words, not any vendor’s practice, so no certificate, hosting, data location or value is proposed, and no company it names is its vendor.';

/**
 * The public body that signs a document under its title (`鷺ノ浦市　総務部　デジタル推進課`, `○○県 総務部 情報政策課`): its name,
 * without the department after it.
 */
const publicBodyLine = /^[\s\u3000]*([^\s\u3000\d０-９]{1,12}?(?:都|道|府|県|市|町|村|区|省|庁))[\s\u3000]+[^\n]{0,30}?(?:部|課|局|室|係)[\s\u3000]*$/mu;
export function signingBody(text: string): string | undefined {
  return publicBodyLine.exec(text.split('\n').slice(0, 12).join('\n'))?.[1];
}

/** A field naming the buyer (`調達機関`, `発注者`, `契約担当官`, `Contracting authority`, `Buyer`, `Issued by`), its value beside or under it. */
const buyerField =
  /^\s*(?:[0-9０-９]{1,2}[\s\u3000.．、]+)?(?:調達機関|発注機関|発注者|契約担当(?:官|者)(?:等)?|contracting\s+(?:authority|entity)|procuring\s+(?:entity|authority)|buyer|issued\s+by)\s*[:：]?[\s\u3000]*([^\n]*)\n?[\s\u3000]*([^\n]*)/imu;

/**
 * The buyer an award notice names, which publishes it (`三里浜市` of `調達機関　三里浜市　総務部　情報政策課`): the first word of the
 * field's value, without the department after it. Undefined when no field names it.
 */
export function awardBuyer(text: string): string | undefined {
  const m = buyerField.exec(text);
  const value = (m?.[1]?.trim() || m?.[2]?.trim()) ?? '';
  return value.split(/[\s\u3000]+/u)[0] || undefined;
}
