/**
 * A canned reply a help desk keeps as a template (a macro, a snippet, a saved reply), exported with its placeholders
 * (`{{customer.name}}`, `{{ticket.id}}`, `{agent_name}`, `%CUSTOMER_NAME%`, `[[name]]`): the tool fills them in when an agent
 * sends it. Around the statements the template makes to the customer stand the letter's frame: a greeting (`Hi
 * {{customer.name}},`, `{{customer.name}} 様`), a closing (`Best regards,`, `よろしくお願いいたします。`) and a signature (`{{agent.name}}`,
 * `Example Support`). They state nothing of the service, and a sentence-reader would glue the greeting to the first
 * statement (`Hi {{customer.name}}, Example Ltd. holds …`), so only a templated text's frame is dropped; a placeholder is no
 * name either.
 */

/** A placeholder a help desk or mail-merge tool fills in. */
export const placeholder = /\{\{\s*[\w.\- ]+\s*\}\}|\{%\s*[\w.\- ]+\s*%\}|%[A-Z][A-Z0-9_]{2,}%|\[\[\s*[\w.\- ]+\s*\]\]|\$\{[\w.]+\}/u;

/** A greeting line (`Hi {{customer.name}},`, `Dear customer,`, `{{customer.name}} 様`, `お世話になっております。`). */
const greeting =
  /^(?:(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?![A-Za-z])[^.!?。]{0,60}[,!]?|.{0,40}(?:様|さま|御中)|(?:いつも)?お世話になっております[。.]?)$/iu;
/** A closing line (`Best regards,`, `Thanks,`, `以上、よろしくお願いいたします。`). */
const closing =
  /^(?:(?:best|kind|warm|many)?\s*(?:regards|wishes)|best|thanks|thank you|cheers|sincerely|yours(?: sincerely| truly)?|(?:以上[、,]?\s*)?(?:引き続き|今後とも)?(?:何卒|どうぞ)?(?:よろしく|宜しく)お願い(?:いた|致|申し上げ)?(?:し)?ます)[,.、。!！]?$/iu;
/** A line that ends like a sentence. */
const sentenceEnd = /[.!?。！？]$/u;

/**
 * A templated text without its letter's frame: the greeting, the closing and the lines after it (the signature), the lines
 * holding a placeholder, and the short lines that are no sentence (a signature without a closing, `Example Support`, `{{agent.name}}`). A text without a
 * placeholder is returned as it is: it is no template.
 */
export function withoutLetterFrame(text: string): string {
  if (!placeholder.test(text)) return text;
  const lines = text.split(/\r\n?|\n/u);
  const end = lines.findIndex((l) => closing.test(l.trim()));
  return (end >= 0 ? lines.slice(0, end) : lines)
    .filter((l) => {
      const line = l.trim();
      if (!line) return true;
      // A line the tool fills in for one customer (`Thanks for reaching out about ticket #{{ticket.id}}.`, a link to their
      // account) addresses that customer; it states nothing of the service.
      if (greeting.test(line) || placeholder.test(line)) return false;
      return sentenceEnd.test(line) || line.length > 40;
    })
    .join('\n');
}
