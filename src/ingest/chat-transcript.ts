/**
 * A chat transcript exported from a support or sales chat tool: one message a line, each after its time and speaker
 * (`[2025-09-14 10:02] Sam (Support, Acme Ltd.): …`, `2025-09-14 10:02 – Sam (Agent): …`, `[10:02] 佐藤（サポート）：…`).
 * Only the vendor's side speaks for the service: the customer's questions, statements and guesses (`I assume you're on
 * AWS?`, `We run our own systems in eu-west-1`, `Our policy requires deletion within 14 days`) are no fact of it, and the
 * bot's canned greeting and rating prompt are the tool's chrome. The text is blanked where it is not the vendor's answer
 * (same length, so every position and quote holds):
 * - the time and speaker before each message, so a quote is the answer's own words, never `[10:08] Sam (Support, …):`;
 * - each message whose speaker's role is the customer's side or the tool's (`Customer`, `Client`, `Visitor`, `Bot`,
 *   `System`, `お客様`), or whose role is not given at all while another speaker's is the vendor's.
 * A timestamp is when a message was sent, no date of a certificate or a practice: blanked with the speaker.
 */

/** The time a message was sent: a date and a time, or a time alone, perhaps in brackets. */
const stamp = String.raw`[\[(（]?(?:(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])[ T,]+)?(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s?(?:UTC|GMT|JST))?[\])）]?`;
/** The speaker: a name of one to four words, then its role (and organisation) in brackets. */
const speaker = String.raw`([^\s:：\[\]()（）][^:：\[\]()（）\n]{0,40}?)\s*(?:[(（]([^()（）\n]{1,80})[)）])?`;
/** A message line: its time, perhaps a dash, the speaker, a colon, the message. */
const messageLine = new RegExp(String.raw`^(\s*${stamp}\s*(?:[-–—|]\s*)?${speaker}\s*[:：]\s*)(.*)$`, 'u');

/** A role on the vendor's side: its support, sales or engineering staff. */
const vendorRole =
  /^(?:support|agent|(?:customer\s+)?(?:support|success|service)(?:\s+(?:agent|engineer|manager|team|representative|rep))?|staff|sales(?:\s+engineer)?|solutions?\s+(?:engineer|architect)|engineer|operator|representative|account\s+manager|サポート|担当(?:者)?|オペレーター|営業|スタッフ|カスタマーサクセス)$/iu;
/** A role on the customer's side, or the chat tool's own: what they write is no fact of the service. */
const otherRole =
  /^(?:customer|client|visitor|guest|user|prospect|buyer|end[- ]user|bot|chat\s*bot|virtual\s+assistant|assistant|system|automated|auto[- ]?reply|お客様|お客さま|顧客|利用者|ユーザー?|ボット|チャットボット|自動応答|システム)$/iu;

type Side = 'vendor' | 'other' | 'unknown';

function sideOf(role: string | undefined): Side {
  if (!role) return 'unknown';
  // The role comes first, the organisation after it (`Support, Acme Ltd.`).
  const first = role.split(/[,、，/]/u)[0]!.trim();
  if (vendorRole.test(first)) return 'vendor';
  if (otherRole.test(first)) return 'other';
  return 'unknown';
}

/**
 * The text with a chat transcript's speakers and timestamps, and the messages not the vendor's, blanked (same length).
 * A text is a transcript when at least four lines are messages and some speaker's role is the vendor's: otherwise it is
 * returned as it is (a log excerpt or a schedule with times is no conversation).
 */
export function chatAnswers(text: string): string {
  const lines = text.split('\n');
  const messages = lines.map((line) => messageLine.exec(line));
  const found = messages.filter((m): m is RegExpExecArray => m !== null);
  if (found.length < 4 || !found.some((m) => sideOf(m[3]) === 'vendor')) return text;
  return lines
    .map((line, k) => {
      const m = messages[k];
      if (!m) return line;
      if (sideOf(m[3]) !== 'vendor') return ' '.repeat(line.length);
      return ' '.repeat(m[1]!.length) + m[4]!;
    })
    .join('\n');
}

/**
 * A correction of something said before (`Sorry, correction: …`, `I misspoke`, `to correct my earlier answer`, `訂正いたします`,
 * `正しくは…`), as a chat, a reply e-mail or an erratum prints it: the value it gives replaces the one given earlier.
 */
export const correction =
  /(?<![A-Za-z])(?:correction\s*[:：-]|(?:a\s+)?correction\s+to\s+(?:my|our|the)\s+(?:earlier|previous)|to\s+correct\s+(?:my|our|the)\s+(?:earlier|previous)|I\s+misspoke|(?:sorry|apologies),?\s+I\s+meant)(?![A-Za-z])|(?:訂正(?:いたし|致し|させていただき)?ます|正しくは)/iu;

/**
 * The day a transcript's conversation was held: the date its first dated message prints (`[2025-09-14 10:02] …`), as
 * `YYYY-MM-DD`. A transcript prints no date of issue: it speaks as of that day.
 */
export function conversationDate(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (!messageLine.test(line)) continue;
    const m = /((?:19|20)\d\d)[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])(?!\d)/u.exec(line);
    if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  }
  return undefined;
}
