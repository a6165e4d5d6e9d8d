/**
 * The subservice organisations a system description lists under the carve-out method (SOC 2 Section III, ISAE 3402): firms
 * whose controls the report leaves out. A sentence whose subject is such a firm (`Stripe processes cardholder data in its
 * own environment … in the European Union`) states that firm's practice, not the service's. A cloud provider listed there
 * is the one the service is hosted on: a sentence about it (`AWS hosts the production environment in us-east-1`) still
 * places the service, so it is not counted.
 */
import { englishCompanyName, englishLegalForm } from './company-name.js';
import { providers } from './provider-dictionary.js';

/** The heading of the list (`Subservice Organizations`, `Subservice organisations used`, `再委託先`). */
const subserviceHeading = /^\s*(?:#+\s*)?(?:[\d.]+\s*)?(?:subservice\s+organi[sz]ations?(?:\s+used)?|再委託先(?:の一覧)?)\s*$/imu;
/** A table row or list item naming a firm first (`| Stripe, Inc. | Payment processing |`, `- Stripe, Inc.: payments`). */
const firmFirst = new RegExp(String.raw`^\s*(?:\||[-*•]\s+)\s*(${englishCompanyName})`, 'u');
const legalFormAtEnd = new RegExp(String.raw`,?\s*${englishLegalForm}\s*$`, 'u');

/** The subservice organisations' names (full and without the legal form), cloud providers left out. */
export function subserviceOrganizations(input: string): string[] {
  const lines = input.split('\n');
  const at = lines.findIndex((l) => subserviceHeading.test(l));
  if (at < 0) return [];
  const names: string[] = [];
  // The list runs to the next heading of the Markdown outline or the first blank line after rows began.
  for (const line of lines.slice(at + 1, at + 40)) {
    if (/^\s*#/u.test(line)) break;
    const name = firmFirst.exec(line)?.[1]?.trim();
    if (!name || providers.some((p) => p.pattern.test(name))) continue;
    names.push(name, name.replace(legalFormAtEnd, '').trim());
  }
  return [...new Set(names)].filter(Boolean);
}
