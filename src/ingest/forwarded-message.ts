/**
 * A forwarded e-mail: someone forwards an earlier message with a note of their own on top (`FYI — see the vendor's answers
 * below`), over a separator (`---------- Forwarded message ---------`, `Begin forwarded message:`, `-----Original
 * Message-----` under a `Fwd:` subject, `転送されたメッセージ`) and the forwarded message's own header fields
 * (`From:`/`Date:`/`Subject:`/`To:`). The forwarded message is the statement the document passes on: its sender is the one
 * who speaks, its date the day the statement was made, its subject the title. The note on top is the forwarder's (a
 * customer passing a vendor's answers round, with their own guesses and policies): read for nothing, as the forwarder's
 * signature names no vendor. So the note, the forwarder's header fields and the separator are blanked in place (same
 * length: the origins hold), and the forwarded message is read as if it opened the text.
 */

/** The separator over a forwarded message. */
const forwardSeparator =
  /^(?:-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht|転送されたメッセージ|元のメッセージ)\s*-{2,}|begin forwarded message\s*:|-{2,}\s*転送メッセージ\s*-{2,})$/iu;
/** A header field of a message (`From: …`, `差出人：…`). */
const headerField = /^(?:from|to|cc|date|sent|subject|差出人|送信者|宛先|送信日時|日付|件名)\s*[:：]/iu;
/** A subject marked as forwarded (`Subject: Fwd: …`, `件名：転送：…`). */
const forwardedSubject = /^(?:subject|件名)\s*[:：]\s*(?:(?:re|aw)\s*[:：]\s*)*(?:fwd?|wg|転送)\s*[:：]/iu;

/** The text with a forwarding note blanked, when it forwards a message with its header fields; otherwise the text. */
export function forwardedOnly(text: string): string {
  const lines = text.split('\n');
  const firsts = lines.filter((l) => l.trim()).slice(0, 6);
  // A message opening with its header fields (two of its first lines).
  if (firsts.filter((l) => headerField.test(l.trim())).length < 2) return text;
  const at = lines.findIndex((l, i) => {
    const line = l.trim();
    if (!forwardSeparator.test(line)) return false;
    // `-----Original Message-----` also opens the message a reply quotes: forwarded only under a forwarded subject.
    if (/original message|元のメッセージ/iu.test(line) && !lines.slice(0, i).some((s) => forwardedSubject.test(s.trim()))) return false;
    // The forwarded message's own header fields follow the separator.
    return (
      lines
        .slice(i + 1)
        .filter((s) => s.trim())
        .slice(0, 5)
        .filter((s) => headerField.test(s.trim())).length >= 2
    );
  });
  if (at < 0) return text;
  const cover = lines.slice(0, at + 1).join('\n');
  return cover.replace(/[^\n]/gu, ' ') + text.slice(cover.length);
}
