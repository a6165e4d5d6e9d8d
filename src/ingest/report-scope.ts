/**
 * What a report says it leaves out. A system description (SOC 2 Section III, ISAE 3402) or an assessment states its scope
 * and names what it does not cover (`The report does not cover X, an add-on hosted on Google Cloud …`, `本報告書の対象外`):
 * such a sentence names another product or system, so its hosting, data location and values are not the service's.
 */

/** `The report does not cover …`, `This description excludes …`, `… are outside the scope of this examination`. */
const leftOut =
  /(?<![A-Za-z])(?:(?:the|this)\s+(?:report|description|examination|assessment|audit)\s+(?:does\s+not|doesn['’]t)\s+(?:cover|include|extend\s+to|address)|(?:is|are)\s+(?:outside|out\s+of)\s+(?:the\s+)?scope\s+of\s+(?:the|this)\s+(?:report|description|examination|assessment|audit))(?![A-Za-z])|(?:本|この)(?:報告書|記述書|監査|評価)の(?:対象外|範囲外)/iu;

/** Whether a sentence names what the report or description leaves out of its scope. */
export function outsideReport(text: string): boolean {
  return leftOut.test(text);
}
