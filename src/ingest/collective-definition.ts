/**
 * A collective definition: one document for two or more of a vendor's services defines them together under one term
 * (`「A」および「B」（以下総称して「本サービス」）`, `（以下あわせて「本サービス」という。）`, `A and B (together, the
 * "Services")`, `(collectively, the “Services”)`). Every service listed is one the document speaks for, not the first
 * only; a definition of one service (`X（以下「本サービス」）`) is no list and is read by the title rules.
 */

/** A name in brackets (`「A」`, `『A』`, `“A”`, `"A"`). */
const bracketedJa = String.raw`[「『]([^「」『』\n]{2,40})[」』]`;
/** The words joining the names of a list: `および`, `及び`, `並びに`, `と`, `、`. */
const joinJa = String.raw`\s*(?:および|及び|並びに|ならびに|と|、|，)\s*`;
/** `（以下総称して「本サービス」`, `（以下、あわせて「本サービス」`, `（以下これらを総称して「対象サービス」`. */
const collectiveJa = String.raw`\s*[（(]\s*以下[、,]?\s*(?:(?:これら|両者|両サービス)を?\s*)?(?:総称して|あわせて|併せて|合わせて|まとめて)[、,]?\s*[「『]`;
const collectiveMark = new RegExp(collectiveJa, 'u');
/** The bracketed names listed right before a collective mark: the text before it ends with the list. */
const listBefore = new RegExp(String.raw`${bracketedJa}((?:${joinJa}${bracketedJa.replace('(', '(?:')})+)$`, 'u');

/** An English product name: one to five capitalised words (`Quillfen Ledger`, `Acme HR Cloud`). */
const nameEn = String.raw`(?:[A-Z][\w&'-]*)(?:\s+[A-Z][\w&'-]*){0,4}`;
/** `(together, the "Services")`, `(collectively the “Products”)`, `(each a "Service" and together the "Services")`. */
const collectiveEn = String.raw`\s*\(\s*(?:each\s+an?\s+["“][^"”]{2,20}["”]\s*(?:,|and)\s*)?(?:together|collectively|jointly)[,]?\s+(?:the\s+)?["“](?:Services|Products|Solutions|Platforms|Applications)["”]\s*\)`;
const collectiveMarkEn = new RegExp(collectiveEn, 'u');
const listBeforeEn = new RegExp(String.raw`(?<![A-Za-z])(?:the\s+)?(${nameEn}(?:\s*,\s*(?:the\s+)?${nameEn})*),?\s+and\s+(?:the\s+)?(${nameEn})$`, 'u');

/** The services a collective definition lists, in the order printed; none when the document has no such definition. */
export function collectivelyDefined(input: string): string[] {
  // The mark first, then the list just before it: the text is scanned once, not from every bracket or capital.
  const mark = collectiveMark.exec(input);
  const ja = mark ? listBefore.exec(input.slice(Math.max(0, mark.index - 400), mark.index)) : null;
  if (ja) {
    const rest = [...ja[2]!.matchAll(new RegExp(bracketedJa, 'gu'))].map((m) => m[1]!.trim());
    return [...new Set([ja[1]!.trim(), ...rest])];
  }
  const markEn = collectiveMarkEn.exec(input);
  const en = markEn ? listBeforeEn.exec(input.slice(Math.max(0, markEn.index - 300), markEn.index)) : null;
  if (en) {
    const names = [...en[1]!.split(/\s*,\s*/u), en[2]!].map((n) => n.replace(/^the\s+/u, '').trim());
    return [...new Set(names)];
  }
  return [];
}
