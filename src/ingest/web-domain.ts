/**
 * A company's own address on the web, as its document prints it in a link or an e-mail address (`https://www.kawasemi.co.jp`,
 * `info@kawasemi-sys.example`): a Latin form of its name, for the id of a vendor whose name is printed only in Japanese
 * (`カワセミシステムズ株式会社`), where an id of the file's name would say nothing.
 */
export const address = /(?:https?:\/\/|(?<=[A-Za-z0-9._%+-])@)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/gu;

/** The endings of a registered name: generic and country domains, and Japan's second-level ones (`co.jp`, `ne.jp`). */
const suffixes = new Set(
  'jp co ne or ac go ed gr lg com net org io ai app cloud biz info example test dev tech uk de fr us eu au ca sg kr tw cn in nz ie'.split(' '),
);

/**
 * Others' sites a vendor's document links to or writes to: clouds, standards and certification bodies, regulators, mail and
 * social services. Their names say nothing of the vendor's.
 */
const othersName =
  /^(?:amazon|amazonaws|aws|azure|windows|office|live|google|googleapis|gstatic|gmail|cloudflare|github|oracle|ibm|sakura|isms|jipdec|ismap|ipa|nict|jqa|bsigroup|lrqa|dnv|jaco|tuv|sgs|intertek|aicpa|iso|cloudsecurityalliance|ppc|soumu|meti|digital|mhlw|hotmail|yahoo|icloud|ocn|nifty|plala|zoom|slack|youtube|twitter|x|facebook|linkedin|instagram|w3|schema|www|mail|support)$/iu;

/** The registered name of a host (`support.kawasemi.example` → `kawasemi`, `www.tsugumi-soft.co.jp` → `tsugumi-soft`). */
export function registeredName(host: string): string | undefined {
  const labels = host.toLowerCase().split('.');
  while (labels.length > 1 && suffixes.has(labels.at(-1)!)) labels.pop();
  return labels.at(-1);
}

/**
 * A public body's host (`www.city.example.lg.jp`, `www.pref.example.jp`, `www.example.go.jp`, `example.gov`): a city's,
 * prefecture's or ministry's site, as a procurement notice or a buyer's specification prints it. Its name is the buyer's,
 * never the vendor's.
 */
const publicBodyHost = /(?:^|\.)(?:city|town|vill|pref|metro)\.[a-z0-9-]+\.|\.(?:lg|go)\.jp$|\.gov(?:\.[a-z]{2})?$/iu;

/** The name most of the document's addresses are registered under, other than others' sites; undefined when it prints none. */
export function ownDomainName(input: string): string | undefined {
  const counts = new Map<string, number>();
  for (const m of input.matchAll(address)) {
    if (publicBodyHost.test(m[1]!)) continue;
    const name = registeredName(m[1]!);
    if (name && name.length >= 2 && !othersName.test(name) && !suffixes.has(name)) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
