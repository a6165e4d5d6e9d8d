/**
 * A product offered both as a managed service and as software the customer installs and runs itself (a `Self-hosted`,
 * `self-managed` or `on-premises` edition, `オンプレミス版`, `セルフホスト版`), as an installation and operations guide
 * describes it. The sections about the customer's own installation (its requirements, its cluster's region, its
 * backups, its NTP, its encryption settings) describe what the customer sets up on its own infrastructure: none of it
 * is a place, value or practice of the service the vendor runs. Their subsections (`5.1 Backups` under `5. Operating a
 * Self-hosted installation`) are the customer's too.
 */
import type { Section } from './sections.js';

/**
 * A heading about the edition the customer installs itself, or about the customer's own installation of it. A bare
 * `on-premises` may be the vendor's own data centre: only its edition or installation is the customer's.
 */
const selfHostedHeading =
  /(?<![A-Za-z])(?:self-?hosted|self-?managed|(?:customer-?managed|on-?prem(?:ise|ises)?)\s+(?:edition|version|installations?|deployments?|setup|requirements))(?![A-Za-z])|(?:オンプレミス|セルフホスト|自社運用)(?:版|型|環境|エディション)|(?:お客様|利用者)(?:の)?環境(?:への|での|に)(?:導入|構築|インストール)/iu;

/** The sections about the customer's own installation, each with the subsections under it. */
export function selfHostedSections(sections: readonly Section[]): Set<Section> {
  const found = new Set<Section>();
  let level = 0;
  for (const section of sections) {
    if (level && section.level > level) {
      found.add(section);
      continue;
    }
    level = 0;
    if (selfHostedHeading.test(section.heading)) {
      found.add(section);
      level = section.level;
    }
  }
  return found;
}
