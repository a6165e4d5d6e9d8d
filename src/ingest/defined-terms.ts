/**
 * A contract's definitions. A legal text (an addendum, a DPA, terms of service) opens by saying what its capitalised terms
 * mean: `"Security Incident" means any unauthorised access …`, `"Region" means a geographic area …, for example the UK South
 * region of a cloud provider`, `「利用者」とは、…をいう。`. Such a sentence says what a word means wherever the contract uses
 * it, not what the service does, where it runs or what it holds: the obligations using the term state those. Its examples
 * (a region, a country, a provider) are no facts.
 */

/**
 * A sentence that defines a term: the quoted term (after an optional clause marker `(c)`, `1.2`) followed by `means`,
 * `shall mean`, `refers to`, `has the meaning`, `includes`; or a Japanese `「X」とは、…をいう` / `…をいいます`, also as a contract's
 * article words it (`２　本契約において「データセンター」とは、…をいい、例えば米国…に所在するものを含む。`: its example too).
 */
const definition =
  /^\s*(?:\(?[a-z0-9]{1,3}[.)]\s*|\d+(?:\.\d+)+\s+)?["“]([^"“”\n]{1,60})["”]\s+(?:means|shall mean|refers to|shall refer to|has the meaning|includes|shall include)(?![A-Za-z])|^\s*(?:[0-9０-９]{1,2}[ \u3000]+|[（(][0-9０-９]{1,2}[)）][ \u3000]*)?(?:(?:本|この)(?:契約|規約|覚書|合意書|約款)(?:書)?(?:において|で|における用語のうち)[、,]?\s*)?[「『]([^「」『』\n]{1,40})[」』]\s*とは[、,][^。\n]*を(?:いう|いい|指す|指し|意味する|意味し)(?:ます)?(?:[、,][^。\n]*)?[。．]?\s*$/u;

/**
 * The contract's term for the service itself (`"Service" means the X platform hosted on …`, `「本サービス」とは、…`): what it
 * defines is the service, so what the definition says of it (where it is hosted) is a fact like any other clause.
 */
const theService = /^(?:the\s+)?(?:Services?|Platform|Solution|Application|Software|Subscription Service|本サービス|当サービス|本製品|本システム)$/iu;

export function definesTerm(sentence: string): boolean {
  const m = definition.exec(sentence);
  return m !== null && !theService.test((m[1] ?? m[2] ?? '').trim());
}

/**
 * A glossary (`Glossary`, `Terminology`, `用語集`, `用語の説明`): what words mean, as a table or a list of terms, with
 * examples (`Region | … e.g. us-east-1`). None of it is a fact of the service. A contract's `Definitions` article is read
 * sentence by sentence instead (`definesTerm`): its definition of the service itself is a clause like any other.
 */
export const glossaryHeading =
  /^(?:[\d.]+\s*|第?[0-9０-９]+章\s*)?(?:glossary|terminology|terms used(?: in this document)?|用語集|用語(?:の)?(?:説明|解説|一覧))$/iu;
