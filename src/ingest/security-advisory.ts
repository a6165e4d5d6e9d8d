/**
 * A vendor's security advisory (`Security Advisory X-2025-007: …`, `セキュリティアドバイザリ`, `脆弱性情報`): a document about
 * one vulnerability, identified by a CVE number and scored by CVSS. Its own concept: it dates itself by its publication
 * (an update adds a section to the same advisory), and its sections on what the customer does about the flaw (a
 * workaround, the upgrade steps, how to detect exploitation on the customer's own hosts) are the customer's steps and the
 * defaults of software the customer runs, no practice of the vendor. CVSS scores, versions and the disclosure timeline's
 * acknowledgement of a researcher are no metrics either; the metric rules already read none of them.
 */

/** A CVE identifier (`CVE-2025-48213`), as MITRE assigns them. */
const cveId = /(?<![A-Za-z0-9-])CVE-\d{4}-\d{4,7}(?![0-9])/u;
/** A CVSS score or vector (`CVSS v3.1 base score`, `CVSS:3.1/AV:N/…`). */
const cvss = /(?<![A-Za-z])CVSS(?:\s*v?\d(?:\.\d)?)?(?:\s+(?:base\s+)?score|:\d\.\d\/|\s*(?:スコア|基本値))/iu;
/** A title calling the document an advisory (`Security Advisory`, `セキュリティアドバイザリ`, `脆弱性情報`, `PSIRT advisory`). */
const advisoryTitle = /security\s+(?:advisory|bulletin)|(?:セキュリティ)?アドバイザリ(?:ー)?|脆弱性(?:情報|に関するお知らせ|のお知らせ)/iu;

/** The document is an advisory: its title says so and it names a CVE or a CVSS score. */
export function isSecurityAdvisory(preamble: string, input: string): boolean {
  return advisoryTitle.test(preamble) && (cveId.test(input) || cvss.test(input));
}

/**
 * An advisory's headings for what the customer does: a workaround or mitigation, the upgrade steps (`Remediation`,
 * `Solution`, `Recommended actions`), how to detect exploitation (`Detection`, `Indicators of compromise`), in English and
 * Japanese (`回避策`, `緩和策`, `対処方法`, `対策方法`, `検出方法`).
 */
export const customerStepsHeading =
  /^(?:[\d.]+\s*)?(?:workarounds?|mitigations?(?:\s+and\s+workarounds?)?|remediation|solutions?|fix(?:es)?|recommended\s+actions?|detection|how\s+to\s+detect\b.*|indicators?\s+of\s+compromise(?:\s*\(IoCs?\))?|回避策|緩和策|暫定対策|対処方法|対策方法|対応方法|検出方法|検知方法)$/iu;

/** The advisory's date: its `Published` field (`Published | 2025-10-14`, `公開日：`), not the later update's. */
export const publishedLabel = /(?<![A-Za-z])(?:(?:first\s+|initially\s+)?published|release\s+date|公開日|初版公開日|発行日)(?![A-Za-z])/iu;

/**
 * The product an advisory's title names (`Security Advisory X-2025-007: Path traversal in the Acme Sync on-premises agent`):
 * the capitalised words after `in`/`affecting`, before the edition's lowercase words (`on-premises agent`, `server`), so the
 * product its editions share. A title naming no capitalised product gives none.
 */
export function advisoryProduct(preamble: string, input: string): string | undefined {
  if (!isSecurityAdvisory(preamble, input)) return undefined;
  const title = preamble.split('\n').find((l) => advisoryTitle.test(l));
  const named = title && /(?:^|\s)(?:in|affecting|of)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)(?=\s+[a-z]|\s*$)/u.exec(title.replace(/^#+\s*/u, ''));
  return named?.[1];
}
