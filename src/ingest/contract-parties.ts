/**
 * The parties of a Japanese contract, named by the labels it defines for them (`株式会社X（以下「甲」という。）と株式会社Y
 * （以下「乙」という。）は、…`): one label stands for the supplier of the service, the other for its customer, and each
 * article says which party owes what. The supplier is the party the contract says provides the service (`乙が提供する
 * クラウドサービス`), or the one it names as the contractor (`受託者`). The customer's articles (`甲は、…ものとする`, `甲は、
 * 乙に対し、…監査を行うことができる`) are its duties and rights: no practice of the vendor's, whatever values they give (a
 * 72-hour report to the authority, a 14-day audit notice). Which label is whose is read from the contract, never assumed:
 * `甲` is the supplier in some contracts.
 */
import { escapeRegExp, perText } from './text-span.js';

/**
 * A label a contract defines for a party, after the company's name: `株式会社X（以下「甲」という。）`, `Y株式会社(以下「委託者」
 * という)`. Not the labels it defines for things (`…サービス（以下「本サービス」という。）`).
 */
const partyLabel =
  /(?:(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人)[^\s（(、。「」]{1,30}|[^\s（(、。「」]{1,30}(?:株式会社|有限会社|合同会社))\s*[（(]以下[、,]?\s*[「『]([^「」『』]{1,6})[」』]\s*(?:という|と称する|といいます)[。．]?[)）]/gu;

/** The words that say a party supplies the service or does the work entrusted to it. */
const supplies = (label: string) =>
  new RegExp(String.raw`${label}(?:が|の)(?:提供|運営|運用)する|${label}(?:は|が)[^。]{0,40}?(?:を)?(?:受託|受注)(?:する|し)`, 'u');

export interface ContractParties {
  vendor: string;
  customers: string[];
}

/** The labels of a contract's parties, and which of them supplies the service; none if the contract does not say. */
export const contractParties: (input: string) => ContractParties | undefined = perText((input) => {
  const labels = [...new Set([...input.matchAll(partyLabel)].map((m) => m[1]!.trim()))];
  const vendors = labels.filter((l) => supplies(escapeRegExp(l)).test(input));
  const byRole = labels.filter((l) => /^(?:受託者|受注者|提供者|サービス提供者)$/u.test(l));
  const vendor = labels.length < 2 ? undefined : vendors.length === 1 ? vendors[0] : byRole.length === 1 ? byRole[0] : undefined;
  return vendor ? { vendor, customers: labels.filter((l) => l !== vendor) } : undefined;
});

/** A clause number opening a line of a contract (`２　`, `（３）`, `①`), which the party follows. */
const clauseNumber = /^\s*(?:[0-9０-９]{1,2}[ \u3000]+|[（(][0-9０-９]{1,2}[)）][ \u3000]*|[①-⑳][ \u3000]*)?/u;

/**
 * Whether a sentence of a contract states what its customer party owes or may do: its subject is the customer's label
 * (`甲は、`, `２　甲が`), and no clause of the supplier's follows as its main clause (`甲が…場合、乙は…する` is the supplier's).
 */
export function customerPartySentence(input: string, sentence: string): boolean {
  const parties = contractParties(input);
  if (!parties) return false;
  const opening = sentence.replace(clauseNumber, '');
  const customer = parties.customers.find((c) => opening.startsWith(`${c}は`) || opening.startsWith(`${c}が`));
  if (!customer) return false;
  return !new RegExp(`[、,]\\s*${escapeRegExp(parties.vendor)}(?:は|が)`, 'u').test(opening);
}
