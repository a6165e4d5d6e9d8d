/**
 * A transcript of a conference talk, webinar or panel: the speaker's words between slide markers (`[Slide 4: Our
 * architecture]`), stage cues (`(laughter)`, `[applause]`) and, at the end, questions from the room
 * (`**Audience member 2:** in my company we keep backups for 90 days`). A slide marker is no sentence and no title (a joined
 * line `thank you! [Slide 4: …]` is none): it heads the words under it, as a deck's slide title does; a cue is no word of
 * anyone's. What someone in
 * the audience or the moderator says is their own company's practice or a question (`Do you ever store data in the US?`),
 * never a fact of the service: their turns are blanked, and so is the label of the speaker's turns, so a quote is the
 * answer's own words. Blanked in place (same length), so every position and quote holds.
 */

/** A transcript's title: `Transcript: "…"`, `Keynote transcript — …`, `講演録`, `セミナー書き起こし`. */
export const talkTitle =
  /^(?:(?:talk|keynote|session|webinar|panel)\s+)?transcript(?![A-Za-z])|(?<![A-Za-z])transcript\s+of\s+(?:the\s+)?(?:talk|keynote|session|webinar|panel)|(?:講演|セミナー|ウェビナー)(?:録|書き起こし)/iu;

/** A slide marker on its own line: `[Slide 4: Our architecture]`, `[スライド 3：構成]`. */
const slideMarker = /^[ \t]*\[(?:slide|スライド)\s*\d+[^\]\n]*\][ \t]*$/imu;
/** A stage cue in brackets: the room's reaction or the recording's note. */
const stageCue = /[([](?:laughter|laughs|applause|inaudible|crosstalk|pause|audience laughs|music|笑|会場笑|拍手)[)\]]/giu;
/** A turn's label at the start of a line: `**Name:**`, `Name:`, `Q (Audience):`. */
const turnLabel = /^(\s*\*{0,2}([^*:\n]{1,60}?)\*{0,2}\s*:\s*\*{0,2}\s*)/u;
/** Someone who is not the speaker: a member of the audience, a questioner, the moderator or host. */
const notSpeaker =
  /^(?:audience(?:\s+(?:member|question))?(?:\s*\d+)?|attendee(?:\s*\d+)?|questioner(?:\s*\d+)?|participant(?:\s*\d+)?|q(?:uestion)?\s*(?:\(audience\))?|moderator|host|mc|chair|会場(?:からの質問|参加者)?(?:\s*\d+)?|質問者(?:\s*\d+)?|司会)$/iu;

/**
 * A slide marker as the heading of the words under it (`[Slide 5: Backups]` as `###       Backups `): the slide's title
 * heads a section, as a deck's does, and is no sentence. A marker without a title is blanked.
 */
function asHeading(line: string): string {
  const m = /^([ \t]*)\[((?:slide|スライド)\s*\d+\s*[:：.\-–—]?\s*)([^\]\n]*)\]([ \t]*)$/iu.exec(line);
  if (!m || !m[3]!.trim() || m[2]!.length < 3) return blank(line);
  return m[1]! + '###' + ' '.repeat(1 + m[2]!.length - 3) + m[3]! + ' ' + m[4]!;
}

function blank(s: string): string {
  return s.replace(/[^\n]/gu, ' ');
}

/**
 * The text with a talk transcript's slide markers, stage cues, the audience's and moderator's turns, and the labels of
 * the speaker's turns blanked, and its slide markers made headings (same length). A text is a talk transcript when it has at least two slide markers, or an
 * audience member's turn: otherwise it is returned as it is.
 */
export function talkAnswers(text: string): string {
  const lines = text.split('\n');
  const markers = lines.filter((l) => slideMarker.test(l)).length;
  const labels = lines.map((l) => turnLabel.exec(l));
  const audience = labels.some((m) => m !== null && notSpeaker.test(m[2]!.trim()) && !/^(?:q|question|host|chair|mc)$/iu.test(m[2]!.trim()));
  if (markers < 2 && !audience) return text;
  let inOther = false;
  let inTurn = false;
  return lines
    .map((line, k) => {
      if (slideMarker.test(line)) return asHeading(line);
      if (!line.trim()) {
        inOther = false;
        return line;
      }
      const m = labels[k];
      // Only the Q&A's turns, from the first turn of someone in the room on: the fields over the talk (`**Speaker:** X`,
      // `**Event:** …`) are the title block's, and stay.
      if (m && (inTurn || notSpeaker.test(m[2]!.trim()))) {
        inTurn = true;
        inOther = notSpeaker.test(m[2]!.trim());
        if (inOther) return blank(line);
        return ' '.repeat(m[1]!.length) + line.slice(m[1]!.length).replace(stageCue, blank);
      }
      if (inOther) return blank(line);
      return line.replace(stageCue, blank);
    })
    .join('\n');
}
