/**
 * A reseller's page about a product another company makes (a 販売代理店 or MSP introducing the maker's SaaS, which it sells
 * with its own 導入支援 and 運用代行): the page is the reseller's, the product and its vendor are the maker's. What the page
 * says of the product is at second hand (the reseller passes on what the maker publishes), and what the reseller says of
 * itself (`当社はプライバシーマークを取得`, its own ISMS, its support desk, its address) is no fact of the maker's.
 */
import { englishCompanyName, japaneseCompanyName } from './company-name.js';
import { escapeRegExp } from './text-span.js';

const jaName = japaneseCompanyName;
/** The role of a company that sells another's product: `認定販売代理店`, `正規代理店`, `販売パートナー`, `リセラー`. */
const resellerRole = String.raw`(?:認定|正規|公認|一次)?(?:販売)?代理店|販売(?:パートナー|店)|リセラー|ディストリビューター`;
/**
 * `X は Y の認定販売代理店として…`, `X は「P」の正規代理店です`: X is the reseller of another's product. The role is what X is
 * (`…として`, `…です`), never the channel X sells through (`X は全国の販売代理店を通じて提供`, a maker's own page).
 */
const resellerJa = new RegExp(
  String.raw`(${jaName})\s*(?:は|が)[、,]?\s*(${jaName})?[^。\n]{0,30}?の\s*(?:${resellerRole})(?:として|です|であり|である|を務め)`,
  'u',
);
/** `X is an authorised reseller of Y`, `X, an authorized partner and reseller of Y,`. */
const resellerEn = new RegExp(
  String.raw`(${englishCompanyName})\s*,?\s+(?:is\s+)?an?\s+(?:(?:authori[sz]ed|certified|official|premier)\s+)?(?:(?:partner|distributor)\s+and\s+)?(?:reseller|distributor|resale partner)\s+(?:of|for)(?![A-Za-z])`,
  'u',
);

/** The reseller that publishes the page, when the text says it sells another company's product; the maker is not it. */
export function resellerOf(input: string): string | undefined {
  const en = resellerEn.exec(input);
  if (en) return en[1]!.trim();
  const ja = resellerJa.exec(input);
  // The company it sells for is named too (`…は霧島ソフトウェア株式会社の認定販売代理店`): not the same company.
  if (ja && ja[1] !== ja[2]) return ja[1]!.trim();
  return undefined;
}

/** The reseller's name without its legal form (`汐見ネットワークス`, `Tarnwick`), as its headings print it. */
export function resellerNames(reseller: string): string[] {
  const bare = reseller
    .replace(/^(?:株式会社|合同会社|有限会社)|(?:株式会社|合同会社|有限会社)$|,?\s+(?:Co\.,?\s+Ltd\.?|Ltd\.?|Limited|Inc\.|LLC|GmbH|K\.K\.)$/gu, '')
    .trim();
  return [...new Set([reseller, bare].filter(Boolean))];
}

/**
 * A section about the reseller, not the product: its heading names it (`汐見ネットワークスの導入支援・運用代行`) or speaks as it
 * (`当社について`, `弊社のサポート`, `About us`, `Why choose us`).
 */
export function aboutReseller(heading: string, names: readonly string[]): boolean {
  const h = heading.trim();
  return (
    /^(?:当社|弊社|私たち)|^(?:about us|why (?:choose )?us|our (?:services|support|company))$|^(?:会社(?:概要|案内|情報))$/iu.test(h) ||
    names.some((n) => new RegExp(escapeRegExp(n), 'iu').test(h))
  );
}

/** A sentence the reseller states of itself (`当社は…を取得`, `弊社の…`, `We …`): its own practice, not the maker's. */
export const resellerSpeaks = /^\s*(?:[-・•※]\s*)?(?:当社|弊社|私たち|(?:We|Our)(?![A-Za-z]))/u;
