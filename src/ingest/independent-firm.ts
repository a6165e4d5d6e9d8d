/**
 * The independent firm that writes a document about the vendor: a letter attesting a penetration test, an assessor's
 * summary, a security rating. The firm introduces itself as independent (`X LLP ("X") is an independent security testing
 * firm`, `株式会社X（以下「X」）は、独立した第三者の立場から…`). It is neither the vendor nor its service, and what it says of
 * itself (its own certificate, how long it keeps test evidence, its accreditation) is no fact of the vendor.
 */
import { englishCompanyName, englishLegalForm } from './company-name.js';
import { escapeRegExp } from './text-span.js';

/** Capitalised words, not a pronoun or article (`It is an independent …` names no firm). */
const capitalised = String.raw`(?!(?:It|This|That|The|We|Our|They|He|She|Each|Every)(?![\w&'-]))[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4}`;
/** `X LLP ("X") is an independent … firm`, `X, an independent … firm,`: the full name and the short one the text defines. */
const independentEn = new RegExp(
  String.raw`(${englishCompanyName}|${capitalised})\s*(?:\(\s*["“]?(${capitalised})["”]?\s*\))?,?\s+(?:is\s+)?an?\s+independent\s+(?:[\w-]+\s+){0,3}(?:firm|company|assessor|auditor|tester|provider|consultancy|laborator(?:y|ies)|lab|organi[sz]ation|third[- ]party)(?![A-Za-z])`,
  'gu',
);
/** `株式会社X（以下「X」）は、独立した第三者の立場から`, `第三者機関である株式会社X`. */
const independentJa =
  /((?:株式会社|合同会社)[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+|[\p{Script=Katakana}\p{Script=Han}A-Za-z0-9ー・]+(?:株式会社|合同会社))(?:\s*[（(]\s*以下[、,]?\s*「([^」]{1,20})」[^）)]*[)）])?\s*(?:は|が)[、,]?\s*(?:独立した)?第三者(?:機関|の立場|として)/gu;

const legalFormAtEnd = new RegExp(String.raw`,?\s*${englishLegalForm}\s*$`, 'u');

/** A verb of engaging a firm, closing the text before its name: the subject engaged it. */
const engagedBefore = /(?<![A-Za-z])(?:engaged|retained|commissioned|appointed|selected|hired)\s+(?:the\s+)?$/u;

/**
 * A firm named as the agent of a piece of work the writer reports (`The evaluation was carried out between 3 March and 25
 * April by X, an independent accessibility auditor`, `the other figures were reviewed by X, an independent consultancy`): the
 * vendor's own report or statement names who checked it; the firm did the work, it did not write the document.
 */
const agentBefore =
  /(?<![A-Za-z])(?:carried\s+out|performed|conducted|reviewed|verified|assured|audited|tested|evaluated|assessed|checked|validated|calculated)(?![A-Za-z])[^.;:]{0,80}?(?<![A-Za-z])by\s+(?:the\s+)?$/u;

/** The names (full and short) of the independent firms the document introduces. */
export function independentFirms(input: string): string[] {
  return firmNames(input, false);
}

/** The independent firms the text names as the agent of a task it reports: they did the work, they did not write the document. */
export function agentFirms(input: string): string[] {
  const writers = new Set(firmNames(input, true));
  return firmNames(input, false).filter((n) => !writers.has(n));
}

function firmNames(input: string, writersOnly: boolean): string[] {
  const names: string[] = [];
  for (const re of [independentEn, independentJa])
    for (const m of input.matchAll(re)) {
      // A firm the writer engaged (`X, Inc. engaged Y LLP, an independent service auditor, to examine …`, a bridge letter by
      // the vendor's management) is the one the document is about, not its writer.
      if (engagedBefore.test(input.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (writersOnly && agentBefore.test(input.slice(Math.max(0, m.index - 120), m.index))) continue;
      names.push(...[m[1], m[2]].filter((n): n is string => Boolean(n)));
    }
  // A letter calls the firm by its name without the legal form, or by its first word (`Kestrowe Assurance Ltd` → `Kestrowe
  // Assurance`, `Kestrowe`), without always defining the short name.
  const shortForms = names.flatMap((n) => {
    const bare = n.replace(legalFormAtEnd, '').trim();
    const first = /^[A-Z][A-Za-z]{3,}(?=\s)/u.exec(bare)?.[0];
    return [bare, ...(first ? [first] : [])];
  });
  return [...new Set([...names, ...shortForms].map((n) => n.trim()).filter(Boolean))];
}

/** Whether a name is one of the firms', whatever its case (`VANTRELL SECURITY PARTNERS LLP` in the letterhead). */
export function isFirm(name: string, firms: readonly string[]): boolean {
  return firms.some((f) => f.toLowerCase() === name.trim().toLowerCase());
}

/** A sentence whose subject is the firm (`X itself holds …`, `X retains test evidence for 90 days`): the firm's practice. */
export function saysOfFirm(text: string, firms: readonly string[]): boolean {
  return firms.some((f) => new RegExp(String.raw`^\s*(?:[-・•]\s*)?${escapeRegExp(f)}(?:\s+(?:itself|also))?(?![\w&'-])(?!['’]s)`, 'iu').test(text));
}

/** A section about the firm (`6. About X`, `Xについて`, `X の概要`): its profile, not the vendor's. */
export function aboutFirm(heading: string, firms: readonly string[]): boolean {
  return firms.some((f) =>
    new RegExp(String.raw`^(?:[\d.]+\s*)?(?:about\s+${escapeRegExp(f)}|${escapeRegExp(f)}\s*(?:について|の概要|概要|profile))$`, 'iu').test(heading.trim()),
  );
}
