/**
 * A launch announcement of a new region (`Now available: X in Australia (AWS ap-southeast-2)`, `X is now available in
 * Canada`, `大阪リージョンでの提供開始のお知らせ`): its headline names where the product now runs, and the English form the
 * product before the place. The place is no part of the product's name, and a Japanese headline naming only the region
 * names no product at all: the body does (`「X」をご利用いただき`).
 */

/** `Now available: X in Y`, `Introducing X in Y`, `X is now available in Y`, `X now live in Y`: X is the product. */
const englishLaunch =
  /^(?:#+\s*)?(?:(?:now\s+(?:available|live|generally\s+available)|available\s+now|introducing|launching|announcing)\s*[:：—–-]?\s*(.{2,40}?)|(.{2,40}?)\s+(?:is\s+)?(?:now\s+(?:available|live|generally\s+available)|launches|arrives))\s+in\s+(?:the\s+)?\S.{0,60}$/iu;

/** The product a region launch headline names, or undefined when the line is no such headline. */
export function launchedProduct(line: string): string | undefined {
  const m = englishLaunch.exec(line.trim());
  const name = (m?.[1] ?? m?.[2])?.trim();
  return name && /[\p{L}]/u.test(name) ? name : undefined;
}

/** A Japanese headline announcing a region or location where a service starts (`大阪リージョンでの提供開始のお知らせ`). */
export const regionStartHeadline =
  /(?:リージョン|データセンター|拠点|国内)(?:で|に)?(?:の)?(?:サービス)?(?:提供|販売|運用)(?:を)?開始(?:の)?(?:お知らせ|について|のご案内)/u;
