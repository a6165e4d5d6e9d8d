/**
 * An interview or a Q&A transcript printed as turns: a Japanese web interview (`― 質問` by the interviewer, then
 * `鷺沼：…` under the interviewee's surname) or a webinar's Q&A in Markdown (`**Q (attendee):** …`, then
 * `**A (Name, Title, Company):** …`). Only the answers of the vendor's own people speak for the service:
 * - a question is the asker's words (`AWSの東京リージョンを使っているそうですね？`, `I assume you take backups daily?`), no
 *   fact even when it names one; a moderator's housekeeping (recording link, next session) is nothing;
 * - an answer by a panelist of another company (a cloud provider's architect on `our Frankfurt region`) is that company's
 *   statement of its own offer, not the vendor's hosting: the vendor is the company most answers come from;
 * - an interviewee's career anecdote (`前職ではGCPを使っていて`, `at my previous company we ran…`) is another employer's.
 * The turn labels are blanked too, so a quote is the answer's own words. Everything is blanked in place (same length), so
 * every position and quote holds. A text is read so only when it has at least three questions and three labelled answers.
 */

/** A paragraph that is a question: an interviewer's dash (`― `, `――`, `—`) or a `Q`/`Question` label, bold or not. */
const questionStart =
  /^(?:[―—]{1,2}\s*(?=\S)(?![―—])|\*{0,2}(?:Q|Question)\s*(?:\([^()\n]{0,40}\))?\s*[:：.]\s*\*{0,2}|\*{0,2}(?:Q|Question)\s*(?:\([^()\n]{0,40}\))?\s*\*{0,2}\s*[:：])/u;
/** A paragraph by the moderator or host: housekeeping, never a fact. */
const moderatorStart = /^\*{0,2}(?:Moderator|Host|MC|司会|モデレーター)\s*(?:[（(][^()（）\n]{0,60}[)）])?\s*\*{0,2}\s*[:：]\s*\*{0,2}/u;
/** A labelled answer in English, bold or with its speaker: `**A (Name, Title, Company):**`, `**A:**`, `A (Name):`. */
const answerStart = /^(?:\*\*(?:A|Answer)\s*(?:\(([^()\n]{0,120})\))?\s*[:：.]?\s*\*\*\s*[:：]?|(?:A|Answer)\s*\(([^()\n]{0,120})\)\s*[:：])\s*/u;
/** A Japanese answer under the speaker's surname (`鷺沼：`), one to six kanji or kana. */
const surnameStart = /^([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー々]{1,6})\s*[：:]\s*/u;
/** A sentence about the speaker's former employer: another company's systems, not this service's. */
const formerEmployer =
  /前職|前の(?:会社|職場)|以前(?:勤めて|在籍して)いた|(?:my|our)\s+(?:previous|former|last)\s+(?:job|company|employer|role)|before\s+(?:I\s+)?join(?:ed|ing)\s/iu;

type Turn = { start: number; end: number; kind: 'question' | 'moderator' | 'answer'; label: number; speaker?: string };

/** The organisation of an English answer's speaker: the last part of `Name, Title, Company`. */
function organisationOf(speaker: string | undefined): string | undefined {
  const parts = speaker?.split(',').map((p) => p.trim());
  return parts && parts.length >= 3 ? parts[parts.length - 1] : undefined;
}

/** The text with the questions, the moderator's words, other companies' answers and the turn labels blanked. */
export function interviewAnswers(text: string): string {
  const turns: Turn[] = [];
  const surnames = new Map<string, number>();
  for (const m of text.matchAll(/(?:^|\n\n)([^\n][\s\S]*?)(?=\n\n|$)/gu)) {
    const start = m.index + m[0].length - m[1]!.length;
    const body = m[1]!;
    const end = start + body.length;
    let q: RegExpExecArray | null;
    if ((q = moderatorStart.exec(body))) turns.push({ start, end, kind: 'moderator', label: q[0].length });
    else if ((q = questionStart.exec(body))) turns.push({ start, end, kind: 'question', label: q[0].length });
    else if ((q = answerStart.exec(body)) && q[0].trim().length > 2)
      turns.push({ start, end, kind: 'answer', label: q[0].length, speaker: organisationOf(q[1] ?? q[2]) });
    else if ((q = surnameStart.exec(body))) {
      turns.push({ start, end, kind: 'answer', label: q[0].length, speaker: `surname:${q[1]}` });
      surnames.set(q[1]!, (surnames.get(q[1]!) ?? 0) + 1);
    }
  }
  // A surname label is a speaker's when it answers a question at least once and starts three paragraphs; otherwise it is a
  // field (`会社名：…`) or a caption (`写真：…`).
  const answering = new Set(turns.filter((t, k) => k > 0 && turns[k - 1]!.kind === 'question' && t.kind === 'answer').map((t) => t.speaker));
  const answers = turns.filter(
    (t) => t.kind === 'answer' && (!t.speaker?.startsWith('surname:') || ((surnames.get(t.speaker.slice(8)) ?? 0) >= 3 && answering.has(t.speaker))),
  );
  const questions = turns.filter((t) => t.kind === 'question');
  if (questions.length < 3 || answers.length < 3) return text;
  // The vendor is the organisation most answers come from; an answer of another named organisation is its own.
  const counts = new Map<string, number>();
  for (const t of answers) if (t.speaker && !t.speaker.startsWith('surname:')) counts.set(t.speaker, (counts.get(t.speaker) ?? 0) + 1);
  const vendor = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Positions are UTF-16 offsets: blank on the string's code units, then join.
  const units = text.split('');
  const blankUnits = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (units[k] !== '\n') units[k] = ' ';
  };
  for (const t of [...questions, ...turns.filter((x) => x.kind === 'moderator')]) blankUnits(t.start, t.end);
  for (const t of answers) {
    if (t.speaker && !t.speaker.startsWith('surname:') && vendor && t.speaker !== vendor) {
      blankUnits(t.start, t.end);
      continue;
    }
    // A surname label heads a one-line turn: blanked, the quote is the answer's own words. An English label is kept: the
    // answer's first line would otherwise stand alone as a heading.
    if (t.speaker?.startsWith('surname:')) blankUnits(t.start, t.start + t.label);
    const body = text.slice(t.start, t.end);
    for (const s of body.matchAll(/[^。．.!?！？]+[。．.!?！？]?/gu)) {
      if (formerEmployer.test(s[0])) blankUnits(t.start + s.index, t.start + s.index + s[0].length);
    }
  }
  return units.join('');
}
