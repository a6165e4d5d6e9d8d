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
