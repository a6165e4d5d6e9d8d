/**
 * Whose words a passage is. A vendor's page may quote people outside the vendor: a customer interviewed in a case study
 * (`「…」（情報システム課 課長 X様）`), a partner in a press release, or customers reviewing the product on a marketplace.
 * What a reviewer says is never the vendor's statement; what an interviewee says of the service is the vendor's only at
 * second hand (the vendor chose to print it), so it is proposed with a low confidence and a note; and what the speaker says
 * of itself (`当社の基幹システムは Azure 上で稼働`, `we run our ERP on Azure`) is the speaker's own company, never the
 * vendor's.
 */
import type { Span } from './text-span.js';
import { sectionsHeadedBy, type Section } from './sections.js';

/**
 * An attribution right after a quotation: a person honoured with `様`, `氏` or `さん` (a publisher does not honour its own
 * staff so), `同` / `同上` (the same person as the quotation before), or in English a dash or `says`/`said` before a name.
 */
const attributionJa = /^\s*[（(](?:[^（()）\n]{1,60}?(?:様|氏|さん)|同上?)\s*[)）]/u;
const attributionEn = /^[\s,]*(?:[—–]\s*[A-Z]|(?:says|said|explains|explained|adds|added|notes|noted)\s+[A-Z])/u;

/** A quotation of at least a clause: `「…」`, `“…”`, `"…"`. Shorter bracketed text is a name or a term. */
const quotation = /「([^「」\n]{12,}?)」|“([^“”\n]{12,}?)”|"([^"\n]{12,}?)"/gu;

/**
 * A paragraph closed by its speaker's attribution with no quotation marks, as a Japanese case study prints an interview
 * (`当社はこれまで…運用していました。（総務部 佐藤様）`, then `…必須でした。（同）`): the whole line is the speaker's.
 */
const attributedLine = /^[^\n]*[。.！!]\s*[（(](?:[^（()）\n]{1,60}?(?:様|氏|さん)|同上?)\s*[)）][ \t\u3000]*$/gmu;

/** The quotations of the text that are attributed to a person outside the publisher, and the paragraphs closed so. */
export function othersSpeech(input: string): Span[] {
  const spans: Span[] = [];
  for (const m of input.matchAll(quotation)) {
    const after = input.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const attributed = m[0].startsWith('「') ? attributionJa.test(after) : attributionEn.test(after);
    if (attributed) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const m of input.matchAll(attributedLine))
    if (!spans.some((s) => s.start >= m.index && s.end <= m.index + m[0].length)) spans.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether a span (a sentence, a quote) lies at least in part inside one of the quotations. */
export function inSpeech(speech: readonly Span[], span: { start: number; end: number }): boolean {
  return speech.some((s) => span.start < s.end && span.end > s.start);
}

/**
 * The speaker speaking of itself as the subject or owner of what the sentence places (`当社は`, `当社の基幹システム`, `当社自身も`,
 * `we run`, `our own company`, `our ERP`): in another's words, that is the speaker's company. Not the speaker's data the
 * service keeps (`当社のデータ`, `keeps our data in Tokyo`): that is still said of the service.
 */
export const speakerItself =
  /(?:当社|弊社|私たち|わたしたち|我々|わが社|我が社)(?:は|では|でも|も|が|自身|として|の(?!(?:データ|情報|顧客データ|個人情報)))|(?<![A-Za-z])(?:[Ww]e|I)(?![A-Za-z'’])|(?<![A-Za-z])[Oo]ur\s+(?:own|company|firm|organi[sz]ation|business|group|ERP|core|internal|in-house|on-prem\w*|systems?|infrastructure|servers?|teams?)(?![A-Za-z])/u;

/**
 * A heading over customers' reviews or testimonials (`Customer reviews`, `Ratings and reviews`, `What our customers say`,
 * `お客様の声`, `レビュー`, `口コミ`): what follows is their words, none of it a statement of the vendor.
 */
export const reviewsHeading =
  /^(?:[\d.]+\s*)?(?:(?:customer|user|product|verified|AWS|buyer)\s+)?(?:reviews?|testimonials?)(?:\s*\(\d+\))?$|^(?:ratings?\s*(?:and|&)\s*reviews?|what (?:our )?(?:customers|users|clients) (?:say|are saying)(?: about us)?)$|^【?(?:お客様|お客さま|ユーザー|利用者|導入企業)(?:様)?の(?:声|評価|レビュー)】?$|^【?(?:レビュー|口コミ|クチコミ|評判)(?:・評価)?】?$/iu;

/** Sections under a reviews heading, the heading's own section included, down to the next heading of its level or above. */
export function reviewSections(sections: readonly Section[]): Set<Section> {
  return sectionsHeadedBy(sections, reviewsHeading);
}

/**
 * A sentence that passes on what the writer was told or did not check (`X has informed us that it maintains …`, `X has
 * represented to us that …`, `we have not verified this certificate`, `…とのことです`, `…の申告による`): the claim is someone
 * else's, reported at second hand, as an independent firm's letter restates what the vendor told it. `According to X,` names
 * whom it reports; `according to our policy` is the writer's own.
 */
export const reportedClaim =
  /(?<![A-Za-z])(?:has|have|had)\s+(?:informed|told|advised|assured|represented\s+to)\s+(?:us|me|[A-Z][\w&'-]*)(?![A-Za-z])|(?<![A-Za-z])(?:has|have)\s+not\s+(?:independently\s+)?(?:verified|validated|confirmed)(?![A-Za-z])|(?<![A-Za-z])[Aa]ccording to (?!(?:our|the|this|its|their|these)(?![A-Za-z]))[A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*,|とのこと(?:です|でした|である)|と(?:伺って|聞いて)(?:おり|い)|(?:の|による)申告(?:による|に基づ)/u;
