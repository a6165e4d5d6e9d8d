/**
 * Which time source a service's clocks follow, from sentences that say the
 * clock is synchronised (同期, sync). Named services map to the reference time
 * sources; an NTP server the document does not name maps to `public-ntp`.
 */
import { sentencesOf, type Span } from './text-span.js';
import { inScope, type Scope } from './scopes.js';

export interface TimeSourceProposal {
  service: string;
  timeSource: string;
  sentence: Span;
  section: string;
  confidence: number;
  rule: string;
  reviewNote?: string;
}

/** The provider's name right before `NTP` names its service (`the Google NTP service`), as for AWS and Azure. */
const named: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  { id: 'nict', pattern: /NICT|情報通信研究機構|ntp\.nict\.jp|National Institute of Information and Communications Technology/iu },
  { id: 'nist', pattern: /NIST|time\.nist\.gov|National Institute of Standards/iu },
  {
    id: 'google-ntp',
    pattern:
      /Google\s*Public\s*NTP|time\.google\.com|metadata\.google\.internal|Google(?:\s*Cloud)?\s*(?:社)?\s*(?:の|が提供する|provided|['’]s)?\s*(?:NTP|時刻)/iu,
  },
  { id: 'aws-ntp', pattern: /Amazon\s*Time\s*Sync|169\.254\.169\.123|(?:AWS|Amazon Web Services)\s*(?:の|が提供する|provided)?\s*(?:NTP|時刻)/iu },
  {
    id: 'azure-ntp',
    pattern: /time\.windows\.com|Windows\s*Time|Azure\s*(?:の|が提供する|provided)?\s*(?:NTP|時刻)/iu,
  },
];
/** An NTP source the reference data does not know: named by host (`ntp.example.jp`) or not named at all. */
const unnamedNtp =
  /公的な\s*NTP|公開\s*NTP|パブリック\s*NTP|public\s*NTP|NTP\s*(?:サーバ|サービス|server|service)|(?<![A-Za-z])NTP(?![A-Za-z])|(?<![A-Za-z0-9.-])ntp\d?\.[a-z0-9-]+(?:\.[a-z0-9-]+)+/iu;
// Also a clock that takes its time from a source (`nodes take their time from Google's NTP servers`, `時刻を…から取得`).
const synchronised =
  /同期|synchron|sync(?:ed|s)?\b|基づ|(?<![A-Za-z])(?:take|takes|get|gets|obtain|obtains|draw|draws)\s+(?:their|its|the)\s+(?:time|clocks?)\s+from(?![A-Za-z])|時刻を[^。]{0,30}?(?:から|より)取得/iu;
/** A section about the clock (`時刻同期`, a fact sheet's `Time` row): an NTP source named in it is the one the service syncs with. */
const clockHeading = /時刻|時計|NTP|同期|synchron|^(?:time|clock)(?![A-Za-z])/iu;

export function timeSourcesOf(input: string, scope: Scope): TimeSourceProposal[] {
  const found: TimeSourceProposal[] = [];
  for (const sentence of sentencesOf(input, scope.span)) {
    // Another service's column of a table headed by services is that service's clock.
    const text = inScope(scope, sentence);
    if (!synchronised.test(text) && !clockHeading.test(scope.section.heading)) continue;
    const hits = named.filter((n) => n.pattern.test(text));
    const ids = hits.length ? hits.map((h) => h.id) : unnamedNtp.test(text) ? ['public-ntp'] : [];
    for (const timeSource of ids)
      for (const service of scope.services)
        found.push({
          service,
          timeSource,
          sentence,
          section: scope.section.heading,
          confidence: timeSource === 'public-ntp' ? 0.6 : 0.85,
          rule: timeSource === 'public-ntp' ? 'time-source.unnamed-ntp' : 'time-source.named',
          ...(timeSource === 'public-ntp' ? { reviewNote: 'The document does not name the NTP service.' } : {}),
        });
  }
  return found;
}
