/**
 * A job posting by the vendor (`Senior Site Reliability Engineer — X Platform`: About us, About the role, Our stack, What you
 * will do, What we are looking for, What we offer, How to apply). Its title names the role, not the product; the product is
 * what the role works on (after the dash, `at`, `for` or `on`). The candidate's requirements (`Experience with AWS is a
 * plus`), the employer's benefits (`30 days of paid holiday`, the office city) and the hiring process are no facts of the
 * service. What the posting says of the product (`X runs on Google Cloud in europe-west1`) is the vendor's own words, but
 * written to candidates, not disclosed to customers: kept as stated, at lower confidence, for review.
 */
import type { Outline, Section } from './sections.js';

/** The parts of a posting, one family each; a posting has at least three of them. */
const postingParts: readonly RegExp[] = [
  // The role.
  /^(?:about (?:the|this) (?:role|position|job)|the role|your role|the position|what you(?:['’]ll| will) (?:do|work on)|(?:key )?responsibilities|your (?:responsibilities|mission|impact)|in this role,? you will)$/iu,
  // The candidate.
  /^(?:what we(?:['’]re| are) looking for|(?:job |minimum |preferred )?requirements|(?:required |preferred )?qualifications|who you are|about you|what you(?:['’]ll)? bring|you (?:have|bring|are)|must[- ]haves?|nice[- ]to[- ]haves?|skills(?: and experience)?)$/iu,
  // The employer's offer.
  /^(?:what we offer|(?:our )?benefits(?: and perks)?|perks(?: and benefits)?|why (?:join us|work (?:with|at|for) us)|compensation(?: and benefits)?)$/iu,
  // Applying.
  /^(?:how to apply|apply(?: now)?|(?:our )?(?:hiring|interview|recruitment|application) process)$/iu,
];

/** Whether the outline is a job posting: headings of at least three of its parts. */
export function isJobPosting(doc: Outline): boolean {
  const headings = doc.sections.map((s) => s.heading.trim().replace(/[:：]$/u, ''));
  return postingParts.filter((part) => headings.some((h) => part.test(h))).length >= 3;
}

/** The sections of a posting about the candidate, the offer and applying: nothing in them is a fact of the service. */
export function postingBusiness(section: Section): boolean {
  const heading = section.heading.trim().replace(/[:：]$/u, '');
  return postingParts.slice(1).some((part) => part.test(heading));
}

/** A role as a title names it: words ending in a job (`Senior Site Reliability Engineer`, `Head of Platform`, `Staff SRE`). */
const role =
  /^(?:(?:senior|staff|principal|lead|junior|mid-level|sr\.?|jr\.?)\s+)?[A-Z][\w/&+.-]*(?:\s+[\w/&+.-]+){0,5}?\s+(?:engineer|developer|architect|manager|designer|analyst|scientist|administrator|consultant|specialist|lead|director|intern|SRE|DevOps|officer)s?|^(?:head|director|vp|vice president) of\s+[\w ]{2,30}?/iu;

/**
 * The product a posting's title says the role works on (`Senior SRE — X Platform`, `Backend Engineer at X`, `Data Engineer,
 * X`), without the team word after it (`Platform`, `team`). Undefined when the title names a role alone.
 */
export function postedProduct(title: string): string | undefined {
  const m = /^(.+?)\s*(?:[—–|]|\s-\s|,|\s(?:at|for|on)\s)\s*(.+)$/u.exec(title.replace(/^#+\s*/u, '').trim());
  if (!m || !role.test(m[1]!.trim())) return undefined;
  const product = m[2]!
    .replace(/\s*\((?:remote|hybrid|on-?site|full[- ]time|part[- ]time)[^)]*\)\s*$/iu, '')
    .replace(/\s+(?:platform|team|squad|group|organi[sz]ation|org)$/iu, '')
    .trim();
  return product.length >= 2 ? product : undefined;
}

export const postingNote =
  'A job posting: the vendor’s own words, but written to candidates, not disclosed to customers. Confirm the fact from a document the vendor publishes for its customers.';
