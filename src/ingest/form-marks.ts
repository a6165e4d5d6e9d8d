/**
 * A form filled in as plain text: check boxes (`[x] ISO/IEC 27001  [ ] SOC 2 Type II`, `☒`/`☐` as the Word reader
 * prints them), radio buttons (`(•) Yes  ( ) No`) and fields left blank or answered `N/A`. Only a ticked option is the
 * vendor's answer: an unticked one is a choice the form offered (AWS, Azure, `Weekly`, `Other: ____`), no fact. The text
 * is blanked where it says nothing (same length, so every position and quote holds):
 * - an unticked option, from its box to the next box or the line's end;
 * - the box of a ticked option, so the option reads as plain words (`Google Cloud`, `Daily`);
 * - a question whose ticked answer is No (`Do you use your own data centres?  ( ) Yes  (•) No`): it states nothing done;
 * - a field answered `N/A`, `Not applicable`, `None` or left as a blank (`____`): its label names a topic the form asks
 *   about, not one the vendor has a practice for.
 */
/** The guidance a form prints before its fields (`Instructions`, `How to complete this form`, `記入要領`, `ご記入にあたって`). */
// Printed bare or in brackets (`【記入例】`, `＜記入例＞`), with a note on how to treat it after (`（この欄は記入不要です）`).
export const formGuidance =
  /^[【［[<＜〈]?(?:instructions?(?: for completion| for completing (?:this|the) form)?|how to (?:complete|fill (?:in|out)) (?:this|the) form|guidance notes?|notes? (?:for|on) completion|記入(?:要領|方法|上の(?:注意|留意)(?:事項|点)?)|ご記入(?:にあたって|にあたっての注意|の際の注意)|記入例)[】］\]>＞〉]?[:：]?(?:\s*[（(][^（）()\n]{1,40}[）)])?$/iu;
/**
 * The part of an application form (申込書) the customer fills in about itself (`申込者情報（お客様記入欄）`, `ご契約者記入欄`,
 * `Applicant details`, `To be completed by the customer`): its company, address, head count, current systems and plan
 * chosen, none of them the service's facts. The provider's part (`事業者記入欄`) states the service.
 */
export const customerPart =
  /(?:お?申込み?者|ご?契約者|お客様|ご?利用者)(?:様)?(?:ご)?記入欄|お?申込み?者(?:様)?情報|(?<![A-Za-z])(?:to be completed by (?:the )?(?:customer|applicant|subscriber)|(?:applicant|subscriber)(?:['’]s)? (?:details|information))(?![A-Za-z])/iu;
const ticked = /\[\s?[xX✓✔✗•*]\s?\]|\(\s?[xX•●*]\s?\)|[☑☒■]/u;
const unticked = /\[[ \u3000]?\]|\([ \u3000]?\)|[☐□]/u;
const anyBox = new RegExp(`${ticked.source}|${unticked.source}`, 'gu');
/**
 * A Japanese form's `■東京　□大阪` (the chosen option filled in, `□を■に塗りつぶしてください`) uses the marks Japanese text
 * also prints as bullets and headings (`■ご記入にあたって`, `□ 概要`). They are boxes only on a line that offers options
 * (two marks or more, `保管リージョン：■東京　□大阪`) or as a field's answer after its label (`通信の暗号化：■TLS 1.2以上`).
 */
const solidOrHollow = /^[■□]$/u;
function marksAsBoxes<T extends RegExpMatchArray>(line: string, boxes: T[]): T[] {
  const marks = boxes.filter((m) => solidOrHollow.test(m[0]));
  if (marks.length >= 2) return boxes;
  return boxes.filter((m) => !solidOrHollow.test(m[0]) || /[:：]\s*$/u.test(line.slice(0, m.index ?? 0)));
}
/**
 * How to answer a field, in brackets after its label (`Certifications held (tick all that apply):`, `(select one)`,
 * `（該当するものすべてに✓）`): the form's instruction, no part of the answer nor of what the label asks.
 */
const howToAnswer =
  /[(（]\s*(?:please\s+)?(?:tick|check|select|mark|circle|choose)\s+(?:all|one|any|each|the)(?![A-Za-z])[^()（）\n]{0,40}[)）]|[（(]\s*(?:該当する|当てはまる)もの(?:すべて|全て)?(?:に|を)[^()（）\n]{0,20}[)）]/giu;
/** A box must stand as a box: at the line's start or after a space, a colon or a question mark, and before its option. */
const boxAt = (line: string, at: number) => (at === 0 || /[\s:：?？]/u.test(line[at - 1]!)) && /^\S+\s*\S/u.test(line.slice(at));
const noAnswer = /^(?:no|いいえ|無し|なし)$/iu;
const emptyField = /^[^:：]{2,80}?[:：?？]\s*(?:n\/a|n\.a\.|not applicable|none|該当なし|対象外|_{2,}|[-–—])\s*$/iu;

function blankLine(line: string): string {
  if (emptyField.test(line.trim())) return ' '.repeat(line.length);
  const boxes = marksAsBoxes(
    line,
    [...line.matchAll(anyBox)].filter((m) => boxAt(line, m.index)),
  );
  if (boxes.length === 0) return line;
  let out = line;
  let tickedAnswers: string[] = [];
  boxes.forEach((m, k) => {
    const from = m.index;
    const to = k + 1 < boxes.length ? boxes[k + 1]!.index : line.length;
    if (ticked.test(m[0])) {
      tickedAnswers = [...tickedAnswers, line.slice(from + m[0].length, to).trim()];
      out = out.slice(0, from) + ' '.repeat(m[0].length) + out.slice(from + m[0].length);
    } else out = out.slice(0, from) + ' '.repeat(to - from) + out.slice(to);
  });
  // A yes/no question answered no, or whose boxes are all unticked, says nothing the vendor does.
  if (tickedAnswers.length === 0 || (tickedAnswers.length === 1 && noAnswer.test(tickedAnswers[0]!))) return ' '.repeat(line.length);
  return out;
}

/**
 * A field answered only that the supplier sets its own rules (`Datacentre security standards: Supplier-defined controls`,
 * `Vulnerability management type: Supplier-defined controls`, as procurement frameworks' service definitions offer it among
 * named standards): it names no standard and no practice, so its label's topic is none of the vendor's facts. Blanked in
 * every document, box or none.
 */
const ownRulesOnly = /^[^:：\n]{2,80}?[:：]\s*(?:supplier|vendor|provider)[- ]defined(?:\s+(?:controls?|standards?|approach|process(?:es)?))?\s*\.?\s*$/gimu;

/** The text with the unticked options, the boxes and the empty fields of a filled-in form blanked (same length). */
export function formAnswers(input: string): string {
  const text = input.replace(ownRulesOnly, (m) => ' '.repeat(m.length));
  const options = /[:：\s]■[^\n]*?\s□|[:：\s]□[^\n]*?\s■/u;
  if ((!/\[\s?[xX✓✔]\s?\]|\(\s?[•●]\s?\)|[☑☒]/u.test(text) && !options.test(text)) || !unticked.test(text)) return text;
  return text
    .replace(howToAnswer, (m) => ' '.repeat(m.length))
    .split('\n')
    .map((line) => blankLine(line))
    .join('\n');
}
