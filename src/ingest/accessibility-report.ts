/**
 * An accessibility conformance report (a VPAT®: `X Accessibility Conformance Report`, `Voluntary Product Accessibility
 * Template`, an accessibility statement) rates the product against WCAG, Section 508 or EN 301 549, one criterion per row
 * (`Criteria | Conformance Level | Remarks and Explanations` over `2.2.1 Timing Adjustable | Supports | …`). It is about how
 * people with disabilities can use the product: its criteria rows name documentation, time limits, contrast ratios and
 * support services in the accessibility sense, none a security practice, value or certificate of the service. Its product
 * description (where the product is hosted) is read as any text.
 */
import { cellsOf } from './table-rows.js';

/** The kind of document in its title: what it is, not the product's name. */
export const accessibilityReportTitle =
  /(?<![A-Za-z])(?:(?:accessibility\s+)?conformance\s+report|accessibility\s+(?:statement|report)|voluntary\s+product\s+accessibility\s+template|VPAT(?:\s*®)?)(?![A-Za-z])/iu;

/** The header of the column rating each criterion (`Conformance Level`, `Level of Support`, `Supporting Features`). */
const conformanceColumn = /^(?:conformance(?:\s+level)?|level\s+of\s+(?:conformance|support)|supporting\s+features|support\s+level)$/iu;

/** A section whose table rates accessibility criteria, one per row: no row of it states a practice of the service. */
export function ratesAccessibilityCriteria(input: string, section: { body: { start: number; end: number } }): boolean {
  return input
    .slice(section.body.start, section.body.end)
    .split('\n')
    .some((line) => (cellsOf(line) ?? []).some((cell) => conformanceColumn.test(cell.replace(/^(\*\*|__)(.*)\1$/u, '$2').trim())));
}
