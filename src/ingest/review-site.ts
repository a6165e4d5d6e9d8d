/**
 * A software review site's product page (a B2B review marketplace): the site publishes it, with an aggregate rating, user
 * reviews and a profile the vendor supplied (`The information in this section is supplied by the vendor and has not been
 * verified`). The profile is the vendor's words, but passed on by the site: its facts are at second hand. The reviews are
 * read nowhere (quoted-speech.ts `reviewsHeading`); the site's own company, banner and footer are no facts of the vendor.
 */
import { englishCompanyName } from './company-name.js';

/** A review count or aggregate rating (`1,284 reviews`, `4.3 out of 5`, `Rating: 4/5`): the page rates the product. */
const ratingLine = /(?<![\w.])\d[\d,]*\s+(?:verified\s+)?(?:user\s+)?reviews(?![A-Za-z])|(?<![\w.])[0-5](?:\.\d)?\s*(?:out of|\/)\s*5(?![\d.])/iu;
/** A note that the vendor supplied part of the page and the site did not check it. */
const vendorSupplied =
  /(?:supplied|provided|submitted|maintained|managed|claimed)\s+by\s+the\s+(?:vendor|software provider|seller)|vendor[- ](?:supplied|provided)\s+(?:information|details|profile)/iu;
/** The company that runs the site, as its footer names it (`X is operated by Y Ltd.`, `© 2025 Y Ltd.`). */
const operator = new RegExp(String.raw`(?:operated|owned|run|published)\s+by\s+(${englishCompanyName})|©\s*(?:\d{4}\s+)?(${englishCompanyName})`, 'gu');

/**
 * The company that publishes a review site's page about another company's product, or `a review site` when it prints no
 * name; undefined when the text is no review site's page. `vendor` is the vendor's name: never the site.
 */
export function reviewSiteOf(input: string, vendor: string | undefined): string | undefined {
  if (!vendorSupplied.test(input) || !ratingLine.test(input)) return undefined;
  const companies = [...input.matchAll(operator)].map((m) => (m[1] ?? m[2])!.trim()).filter((n) => n !== vendor);
  return companies.at(-1) ?? 'a review site';
}

export function reviewSiteNote(site: string): string {
  return `The page is published by ${site}, a software review site: the vendor supplied this profile to it, and the site passes it on unverified. Confirm the fact from the vendor’s own documents.`;
}
