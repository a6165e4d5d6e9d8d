/**
 * A sentence of a document for several services that speaks of one of them by name: its topic (`Aは…`, `Aの…は`, `A uses
 * …`), a value given for it only (`ISO/IEC 27017（Aのみ、登録番号 …）`, `SOC 2 (A only)`), or one clause each (`Aは X、Bは Y
 * と同期`, `A uses X, while B uses Y`). What it says is that service's, not every service's of the document.
 */
import type { ServiceGroup } from './service-columns.js';
import { escapeRegExp, type Span } from './text-span.js';

/** What opens a clause: the sentence's start (after a list mark) or a comma, `while`, `whereas`. */
const clauseOpening = /(?:^[\s\u3000]*(?:[-*・•]\s*)?|[、,;；]\s*(?:(?:and|while|whereas|but)\s+)?(?:the\s+)?)$/u;
/** What follows a service named as a clause's subject: a Japanese topic particle, or an English verb of what it does. */
const subjectAfter =
  /^(?:\s*(?:は|では|が|の(?!み)|[:：])|\s+(?:uses?|runs?|is|are|keeps?|stores?|syncs?|synchronises?|synchronizes?|has|have|takes?|relies|retains?|backs?|holds?)(?![A-Za-z])|['’]s\s)/u;
/** A value stated for one service only: `Aのみ`, `Aだけ`, `A限定`, `A only`, `only for A`. */
const onlyAfter = /^\s*(?:のみ|だけ|限定|only(?![A-Za-z]))/iu;
const onlyBefore = /(?<![A-Za-z])only\s+(?:for|in|on|to)?\s*(?:the\s+)?$/iu;
/** Words for all the services together: a sentence saying them speaks of each. */
const together =
  /(?:両|各|全|本|当)(?:サービス|製品)|(?<![A-Za-z])(?:both|all|each)\s+(?:of\s+the\s+)?(?:services|products)(?![A-Za-z])|the\s+Services(?![A-Za-z])/iu;

/**
 * The sentence read per service it names: one group a service when each named service opens a clause of its own (each
 * group leaving the other clauses out), or one group when it names one service only as its subject or with `のみ`/`only`.
 * Undefined when the sentence speaks of every service (names none, names them together, or names one in passing).
 */
export function serviceSentenceGroups(sentence: Span, services: ReadonlyArray<{ id: string; name: string }>): ServiceGroup[] | undefined {
  const text = sentence.text;
  const mentions = services.flatMap((s) =>
    [...text.matchAll(new RegExp(escapeRegExp(s.name), 'gu'))].map((m) => ({ id: s.id, at: m.index, end: m.index + s.name.length })),
  );
  if (mentions.length === 0 || together.test(text)) return undefined;
  mentions.sort((a, b) => a.at - b.at);
  const ids = [...new Set(mentions.map((m) => m.id))];
  const opensClause = (m: (typeof mentions)[number]) => clauseOpening.test(text.slice(0, m.at)) && subjectAfter.test(text.slice(m.end));
  if (ids.length === 1) {
    const only = mentions.some((m) => onlyAfter.test(text.slice(m.end)) || onlyBefore.test(text.slice(0, m.at)));
    return only || opensClause(mentions[0]!) ? [{ services: ids, elsewhere: [] }] : undefined;
  }
  // One clause a service: each named once, each opening its clause. A clause runs to the next one's subject.
  if (mentions.length !== ids.length || !mentions.every(opensClause)) return undefined;
  const clauses = mentions.map((m, k) => {
    const end = mentions[k + 1]?.at ?? text.length;
    return { id: m.id, span: { start: sentence.start + m.at, end: sentence.start + end, text: text.slice(m.at, end) } };
  });
  return clauses.map((c) => ({ services: [c.id], elsewhere: clauses.filter((o) => o !== c).map((o) => o.span) }));
}
