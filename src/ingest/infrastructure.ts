/**
 * Where a service runs and where its data is kept. A provider counts only
 * when the sentence says the service runs, is built or keeps data on it (not
 * when the provider is named as the holder of its own certificate, nor
 * "Amazon" the shop). A named region in any common form wins over the
 * provider's in-country placeholder; a data centre described as undisclosed
 * is not a location.
 */
import { sentencesOf, type Span } from './text-span.js';
import { inScope, type Scope } from './scopes.js';
import { othersCellsBlanked, ownClauses } from './own-clauses.js';
import { onePlanCellsBlanked, planOfHeading } from './plan-columns.js';
import { cellsOf, headerCellsOf, inlineLabel } from './table-rows.js';
import {
  countries,
  englishCity,
  japaneseAreas,
  places,
  providers,
  secondRegion,
  type CountryEntry,
  type Place,
  type ProviderEntry,
} from './provider-dictionary.js';
import { afterAnnouncedMove, announcedMoveAt, preview, retiredHeading, retiring, startsLater } from './change-log.js';
import { companyProfileHeading } from './cue-dictionary.js';
import { beforeValueLine, changedItemAt } from './before-after.js';

/** A sentence saying the data is not copied, replicated or moved to any other region: no second site. */
const deniedSecondRegion =
  /(?<![A-Za-z])(?:not|never)\s+(?:be\s+)?(?:copied|replicated|moved|transferred|backed\s+up|mirrored)\s+(?:to|into|in)\s+(?:any\s+)?(?:another|other|a\s+second|a\s+different)\s+region|(?:別|他の?)リージョン(?:に|へ)(?:は|も)?(?:複製|移転|移動|転送|バックアップ)(?:[しさ]れ?)?(?:ません|ない)/iu;

/**
 * A pattern with the flags `matchAll` needs, compiled once per pattern and flags: the rules run over every sentence, and
 * compiling a provider's or a place's pattern anew each time was most of their cost.
 */
const compiled = new Map<RegExp, Map<string, RegExp>>();
function everywhere(pattern: RegExp, flags: string): RegExp {
  const forms = compiled.get(pattern) ?? new Map<string, RegExp>();
  compiled.set(pattern, forms);
  let form = forms.get(flags);
  if (!form) forms.set(flags, (form = new RegExp(pattern.source, flags)));
  return form;
}

export interface InfraProposal {
  service: string;
  provider: string;
  /** Region code, or undefined when the document names none (the placeholder is chosen once countries are known). */
  regionCode?: string;
  /** The country the sentence itself names (`米国リージョン`), for the placeholder when no region is named. */
  country?: string;
  /** For an unnamed site: the area code under `undisclosed`. */
  placeholder?: { code: string; name: string };
  /** A separate site (a backup site): kept even when the service has a named region. */
  distinctSite?: boolean;
  sentence: Span;
  section: string;
  basis: 'STATED' | 'INFERRED';
  reasoning?: string;
  confidence: number;
  rule: string;
  reviewNote?: string;
}

export interface CountryProposal {
  service: string;
  country: CountryEntry;
  sentence: Span;
  section: string;
  confidence: number;
  rule: string;
  /** Said of the state after a move the document announces: for review, as the move's target is. */
  afterMove?: boolean;
}

export const afterMoveReasoning = 'The document says this of the state after a move it announces, which had not been made when it was written.';
export const afterMoveNote = 'Said of the state after an announced move: accept only once the move is complete.';

// `…リージョン（…）で引き続きご利用いただけます`: the service is used in the region, so it runs there (customers are offered it).
// Also a question or label asking where the data centre or servers are (`データセンターの所在国`, `Data centre location`): the
// answer under it is where the service runs. So is a region or site named by its role (`Our primary region is us-east-1`,
// `The DR site is AWS Osaka`).
// The bare verb after a modal too (`Supplier shall host the Service on AWS in eu-west-2`), as a contract's clause words it.
const hosting =
  /(?<![A-Za-z])(?:primary|main|production|home|default|secondary|backup|DR|failover|disaster recovery)\s+(?:(?:hosting|cloud|AWS|Azure|GCP)\s+)?(?:regions?|data ?cent(?:er|re)s?|sites?)\s+(?:is|are|was)(?![A-Za-z])|(?:リージョン|データセンター)\s*(?:[（(][^（）()\n]{1,40}[)）]\s*)?(?:で|にて)(?:も|は)?\s*(?:引き続き|継続して)?\s*ご?利用(?:いただけ|でき|可能)|保管|保存|保持|格納|バックアップ先|保管先|保存先|複製|レプリケーション|稼働|運用|構築|冗長(?:構成|化)|ホスティング|基盤|(?:データセンター|サーバー?)(?:の)?(?:所在|設置場所|場所)|(?<![A-Za-z])(?:data ?cent(?:er|re)|server) locations?(?![A-Za-z])|(?<![A-Za-z])(?:(?:locations?|places?) of (?:the )?processing|processing locations?)(?![A-Za-z])|処理(?:場所|拠点|を行う(?:場所|国))|上で|上に|利用し|を利用|採用|管理され|設置|利用する(?:クラウド|基盤|インフラ|IaaS|データセンター|ホスティング)|hosted|hosts|(?<![A-Za-z])(?:shall|will|must|to)\s+host(?![A-Za-z])|(?<![A-Za-z])(?:cloud |web |application )?hosting(?![A-Za-z])|stored|stores|(?<![A-Za-z])(?:keeps?|kept)(?![A-Za-z])|replicat|copied|(?:runs?|running|built)\s+(?:[a-z]+ly\s+)?on(?![A-Za-z])|deployed|operat|uses?|resid|served (?:from|out of)|(?:リージョン|データセンター)\s*(?:[（(][^（）()\n]{1,40}[)）]\s*)?(?:で|にて|から)(?:も|の)?\s*(?:(?:本|当)?(?:サービス|製品)を\s*)?提供|(?<![A-Za-z])(?:lives?|living|runs?|running) in(?![A-Za-z])|(?<![A-Za-z])exports?(?![A-Za-z])[^.;]{0,40}?(?<![A-Za-z])to(?![A-Za-z])/iu;
// Also a field labelled as where data is (`Customer data location: Japan`, `Data residency: EU`). `保持` is kept, as
// `kept` is (`東京リージョン（asia-northeast1）へ日次で取得し、14日間保持`).
// Data a site holds under its care (`国内のデータセンターで管理`) is kept there.
// And data that stays where it is (`never leaves Australia`, `remains in the EU`). A transfer description's `Location of
// processing` (the EU Standard Contractual Clauses' Annex I.B, `処理場所`) is where the importer holds the data: it is
// where the service runs and keeps it, unlike the parties' addresses or the supervisory authority's country.
const storage =
  /保管|保存|保持|格納|所在|置かれ|(?:データセンター|サーバー?|リージョン)(?:内)?(?:で|にて)(?:厳重に|安全に)?管理|stored|store|kept|hosted|resid|located|(?<![A-Za-z])(?:(?:locations?|places?) of (?:the )?processing|processing locations?)(?![A-Za-z])|処理(?:場所|拠点|を行う(?:場所|国))|(?<![A-Za-z])(?:data|content) (?:storage )?locations?(?![A-Za-z])|(?<![A-Za-z])(?:never|not)\s+leaves?(?![A-Za-z])|(?<![A-Za-z])(?:stays?|remains?)\s+(?:with)?in(?![A-Za-z])/iu;
/** The label of a field saying where data is kept: `保存先`, `保管場所`, `データ保管国`, `Storage location`, `Data residency`. */
const storageLabel =
  /^(?:データ(?:の)?)?(?:保存|保管|格納)(?:先|場所|国|拠点)$|^(?:data\s+)?(?:storage|residency|hosting)(?:\s+(?:location|country|region))?$/iu;
// What a product holds for its customers by name (`chat transcripts are stored in Germany`, `attachments are stored in …`,
// `your files are now stored in …`), also by the abbreviation a law gives it (HIPAA's `PHI` or `ePHI`, `PII`).
const dataWord =
  /データ|情報|バックアップ|data|content|backups?|transcripts?|(?<![A-Za-z])(?:messages|attachments|files|uploads|records|e?PHI|PII)(?![A-Za-z])/iu;
// Not a bare `取得`: `バックアップを取得` takes a backup; a certificate sentence names its scheme or 認証.
const certificationOnly = /認証|認定|ISO|SOC|ISMAP|PCI|certif|complian|attest/iu;
const timeSync = /NTP|時刻|同期|clock|time sync/iu;
const undisclosed =
  /非公開|公開して(?:い)?ません|開示して(?:い)?ません|明らかにして(?:い)?ません|お答えできません|undisclosed|not disclosed|do(?:es)? not disclose/iu;
/**
 * Not where the service runs: a condition (not `even if`, `場合でも`: what holds whatever happens), a requirement someone
 * set (`国内で保管できることを必須条件に`, `was a must`: what a buyer wanted, not what is), a plan (`予定`, `検討`,
 * `…の構築を計画しております`, `計画中`, `plan to`, `evaluating`), a possibility (`We may use additional regions, such as …, in the future`;
 * a bare `may` is no possibility: `you may access it from anywhere; data is hosted in …`)
 * or a choice left to the customer (`Customers can choose to enable geo-redundant backup to a second region`, `In future,
 * customers could choose …`, `…リージョンもお選びいただけます`), as an option contracted and paid for apart (`オプション契約で西日本リージョンへのバックアップ保管も可能`,
 * `available as a paid add-on`): not the service as delivered. So is a table row whose status cell says it is still to come
 * (`Disaster recovery | AWS eu-west-2 (London) | Planned`, `Coming soon`).
 */
const hypothetical =
  /(?:^|\t)\s*(?:planned|coming soon|under evaluation|on the roadmap)\s*(?:\t|$)|場合(?!でも|にも)|必須(?:条件|要件)|(?:こと|点)を(?:選定)?(?:条件|要件)|(?<![A-Za-z])(?:a must|(?:was|were) (?:a )?(?:requirement|prerequisite)|(?:we|they) required)(?![A-Za-z])|予定|検討|将来|計画(?:し|中)|(?<![A-Za-z])(?<!even )if |would|(?<![A-Za-z])(?:plan(?:s|ned|ning)? to|intend(?:s|ed)? to|evaluat(?:e|es|ing)|consider(?:s|ing)|explor(?:e|es|ing)|later this year|next year)(?![A-Za-z])|(?<![A-Za-z])(?:may|might|could)\s+(?:be|use|add|move|expand|migrate|introduce|adopt|also)(?![A-Za-z])|in (?:the )?future|(?:customers?|users?|you)\s+(?:can|could|may|might)\s+(?:choose|opt|elect|select|enable)|選択(?:可能|でき)|(?:お|ご)?選び(?:いただけ|になれ)(?!ません)|選べ(?:ます|る)|(?:ご)?希望により|オプション(?:契約|サービス|プラン|で|として|により)|別途(?:費用|料金|ご?契約|お見積)|有償オプション|(?<![A-Za-z])(?:as an? (?:paid |optional )?(?:option|add-?on)|(?:paid|optional) add-?ons?|at (?:an )?(?:additional|extra) (?:cost|charge|fee))(?![A-Za-z])/iu;
/**
 * A purpose clause after the statement (`copied to Osaka, so that the service can be restored if Tokyo fails`): its
 * condition is about what the copy is for, so only the statement before it is read for a condition or a plan. So is a
 * relative clause after a comma (`a warm standby in eu-west-1, which we can promote if Frankfurt has a bad day`): it says
 * what the standby is used for, and the standby is kept whatever happens.
 */
const purposeClause = /,?\s+(?:so that|so as to|in order to)(?![A-Za-z])|,\s+which(?![A-Za-z])/iu;
function isHypothetical(text: string): boolean {
  return hypothetical.test(text.split(purposeClause)[0]!);
}
/**
 * A table row is read as one sentence, but a cell may hold several (a help desk's answer: `…大阪リージョンにも複製して保管
 * しています。…復元をご希望の場合はサポート窓口までお問い合わせください。`): a condition in a sentence of the cell that names no
 * provider is about something else (a restore on request), not about where the service runs. Only the cell's sentences
 * naming the provider are read for it; a cell of one sentence, and every cell of prose, is read whole.
 */
function rowSentencesNaming(text: string, provider: RegExp): string {
  if (!text.includes('\t')) return text;
  return text
    .split('\t')
    .map((cell) => {
      const sentences = cell.split(/(?<=[。．])\s*/u).filter((s) => s.trim());
      return sentences.length > 1 ? sentences.filter((s) => s.search(provider) >= 0).join('') : cell;
    })
    .join('\t');
}
/**
 * A site apart from the service, named as the subject before the provider: a status page, the corporate or marketing
 * website, the help centre or documentation site, a blog (`ステータスページは…`, `Our status page is hosted on …`).
 */
const ancillarySite =
  /ステータス(?:ページ|サイト)|コーポレートサイト|企業サイト|公式(?:ウェブ|Web)?サイト|ヘルプ(?:センター|サイト)|(?<![A-Za-z])(?:status (?:page|site)|(?:corporate|marketing|company|public) (?:web ?)?site|help (?:cent(?:er|re)|site)|documentation (?:site|portal)|blog)(?![A-Za-z])/iu;
/** A copy sent elsewhere: `転送`, `複製`, `レプリケーション`, `replicated`, `copied`, `transferred`. */
const sentTo = /転送|複製|レプリケーション|replicat|copied|transferred/iu;
const dataCentre = /データセンター|データセンタ|(?<![A-Za-z])DC(?![A-Za-z])|data ?cent(?:er|re)|拠点|サイト/iu;

/**
 * The area of Japan a sentence places a site in: by its Japanese name or prefecture anywhere, or by an English city named
 * as the place of a site (`a colocation data centre in Tokyo`, `our Osaka facility`). A city alone is where people are
 * (`our engineers in Tokyo`), not a site.
 */
const areaSites = japaneseAreas.map((area) => {
  const site = String.raw`(?:data ?cent(?:er|re)s?|datacent(?:er|re)s?|facilit(?:y|ies)|sites?|colocation|racks?|cages?)`;
  if (!area.cities) return { area, siteInCity: undefined };
  const city = String.raw`(?:${area.cities.source})(?![A-Za-z])`;
  // In Japanese the city before its data centre (`東京のデータセンター`, `大阪にあるデータセンター`), not before an office.
  const cityJa = area.citiesJa ? String.raw`|(?:${area.citiesJa.source})(?:都内|市内)?(?:の|にある|に所在する)?\s*(?:データセンター|データセンタ)` : '';
  return {
    area,
    siteInCity: new RegExp(String.raw`(?<![A-Za-z])${site}(?:\s+[A-Za-z-]+){0,2}\s+in\s+${city}|(?<![A-Za-z])${city}\s+${site}(?![A-Za-z])${cityJa}`, 'iu'),
  };
});
function areaOf(text: string): (typeof japaneseAreas)[number] | undefined {
  return areaSites.find(({ area, siteInCity }) => area.pattern.test(text) || (siteInCity?.test(text) ?? false))?.area;
}

/** A move (`X から Y へ移行`, `move from X to Y`): the region it leaves is not where the service runs. */
const moving = /移行|移転|移設|migrat|(?<![A-Za-z])mov(?:e|es|ed|ing)(?![A-Za-z])/iu;

/** Where the sentence names each region of the provider, by code or by place. */
function regionMentions(text: string, provider: ProviderEntry): Array<{ code: string; start: number; end: number }> {
  const mentions: Array<{ code: string; start: number; end: number }> = [];
  for (const m of text.matchAll(everywhere(provider.codes, 'giu')))
    mentions.push({ code: m[0].toLowerCase().replace(/\s+/g, ''), start: m.index, end: m.index + m[0].length });
  for (const { place, pattern } of places) {
    const code = provider.regions[place];
    if (code) for (const m of text.matchAll(everywhere(pattern, 'giu'))) mentions.push({ code, start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/**
 * Regions a sentence gives as where a move it announces goes: named after the announcement (`we will migrate your account
 * from Singapore to Tokyo on 14 March`) or, as Japanese puts the verb last, marked as the destination before it
 * (`…から東京リージョン（ap-northeast-1）へ移行します`). Where the service is to run, not yet where it runs. A region named
 * before the announcement otherwise (`Today X runs in Singapore and will move to Tokyo`) is where it runs now.
 */
function announcedTargets(text: string, provider: ProviderEntry): Set<string> {
  const at = announcedMoveAt(text);
  if (at < 0) return new Set();
  const mentions = regionMentions(text, provider);
  const destination = (m: { start: number; end: number }) =>
    m.start > at || (m.end <= at && /^\s*(?:[（(][^）)]{0,40}[)）])?[)）]?\s*(?:へ|に)/u.test(text.slice(m.end, m.end + 50)));
  const targets = new Set(mentions.filter(destination).map((m) => m.code));
  for (const m of mentions) if (!destination(m)) targets.delete(m.code);
  return targets;
}

/** Regions of the provider the sentence names only as the origin of a move. */
function movedFrom(text: string, provider: ProviderEntry): Set<string> {
  if (!moving.test(text)) return new Set();
  const mentions = regionMentions(text, provider);
  const isOrigin = (m: { start: number; end: number }) => {
    // `…リージョン（asia-southeast1）から`; `from the Singapore region (asia-southeast1) to …`.
    if (/^\s*(?:[（(][^）)]{0,40}[)）])?[)）]?\s*(?:から|より)/u.test(text.slice(m.end, m.end + 50))) return true;
    const before = text.slice(0, m.start);
    const from = before.search(/(?<![A-Za-z])from(?![A-Za-z])(?!.*(?<![A-Za-z])from(?![A-Za-z]))/isu);
    return from >= 0 && !/(?<![A-Za-z])(?:to|into)(?![A-Za-z])/iu.test(before.slice(from));
  };
  const origins = new Set(mentions.filter(isOrigin).map((m) => m.code));
  for (const m of mentions) if (!isOrigin(m)) origins.delete(m.code);
  return origins;
}

/**
 * Regions a sentence of moving names as the destination (`migrated to eu-central-1`, `東京リージョンへ移行`): where the
 * service went, so not left even under a `Region retired` entry that names both ends of the move.
 */
function movedTo(text: string, provider: ProviderEntry): Set<string> {
  if (!moving.test(text)) return new Set();
  const isDestination = (m: { start: number; end: number }) =>
    /(?<![A-Za-z])(?:to|into)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$/u.test(text.slice(Math.max(0, m.start - 40), m.start)) ||
    /^\s*(?:[（(][^）)]{0,40}[)）])?\s*(?:へ|に)(?:の)?(?:移行|移転|移設)/u.test(text.slice(m.end, m.end + 50));
  return new Set(
    regionMentions(text, provider)
      .filter(isDestination)
      .map((m) => m.code),
  );
}

/**
 * A value under a heading that says what it is (`稼働基盤` then `Azure 東日本リージョン`): no verb of its own, or only the
 * copula a short answer ends with (`日本国内です。` under `データを保管するデータセンターの所在国はどこですか。`). Not under an
 * item of the company's profile: `事業所所在地` is where the company works, not where data is.
 */
function isLabelledValue(text: string, heading: string, cue: RegExp): boolean {
  if (!cue.test(heading) || companyProfileHeading.test(heading) || text.length > 80) return false;
  // A row of label and value (`Contracting Authority | X Board, Dublin`) is labelled by its own first cell, not the heading.
  const cells = cellsOf(text);
  if (cells && cells.length >= 2 && !cue.test(cells[0]!)) return false;
  return !/[。．.!?！？]$/u.test(text) || /^[^。、,]{1,30}(?:です|でございます|である)[。．]$/u.test(text);
}

/**
 * A heading over the regions a customer chooses among (`Which regions can I choose?`, `Available regions`, `選択できるリージョン`,
 * `提供リージョン`): the vendor runs the service in each of them, so each listed value is a region in use. Not one still to
 * come: a preview or plan is read as such wherever it stands.
 */
const offeredRegionsHeading =
  /(?:選択|選ん|お選び|ご利用|利用)(?:可能な|できる|いただける)\s*(?:データ(?:の)?(?:保存|保管)?\s*)?(?:リージョン|地域|保存先|保管場所)|(?:提供|対応)\s*(?:中の)?\s*リージョン(?:一覧)?|(?<![A-Za-z])(?:(?:available|supported|offered)\s+(?:data\s+|hosting\s+)?regions?|which\s+(?:data\s+)?regions?\s+(?:can|do|are)(?:\s+(?:I|we|you))?\s+(?:choose|select|pick|available|offered|supported)|regions?\s+(?:you|I|customers)\s+can\s+(?:choose|select|pick))(?![A-Za-z])/iu;

/** A column header naming the cloud provider of each row (`Provider`, `Cloud provider`, `クラウド事業者`). */
const providerColumn =
  /^(?:(?:cloud\s+|hosting\s+|infrastructure\s+)?providers?|cloud|クラウド(?:\s*(?:事業者|サービス))?|(?:クラウド)?プロバイダー?|事業者)$/iu;

/**
 * A column header giving a figure of each region's energy: its grid's carbon intensity, its share of carbon-free or renewable
 * energy, its PUE, its emissions (`gCO2eq/kWh`, `CFE%`, `再エネ比率`, `CO2排出係数`).
 */
const regionEnergyColumn =
  /(?<![A-Za-z])(?:(?:grid\s+)?carbon\s+intensity|carbon[- ]free\s+energy|CFE|renewable(?:\s+energy)?\s+(?:share|percentage|%)|PUE|power\s+usage\s+effectiveness|emissions?|gCO2(?:e|eq)?(?:\/kWh)?)(?![A-Za-z])|再(?:生可能)?エネ(?:ルギー)?(?:比率|割合)|(?:CO2|二酸化炭素)\s*排出(?:係数|量)|電力\s*(?:の)?\s*炭素強度/iu;

/** A column header that says its cells hold where the service runs or keeps data (`Primary hosting`, `Backup copy`, `保管先`). */
const hostingColumn =
  /hosting|hosted|infrastructure|platform|region|location|backup|copy|replica|data ?cent(?:er|re)|site|基盤|環境|リージョン|所在|保管|保存|バックアップ|拠点|データセンター|インフラ|(?<![A-Za-z])(?:IaaS|PaaS)(?![A-Za-z])/iu;

/**
 * A table row that names the provider in a column whose header says it is the hosting (`| Geography | Primary hosting |
 * Backup copy |` over `| EU | AWS eu-central-1 | … |`): the header is the row's verb.
 */
function inHostingColumn(input: string, row: Span, provider?: ProviderEntry): boolean {
  const cells = cellsOf(row.text);
  const header = cells && headerCellsOf(input, row.start);
  if (!cells || !header || header.length !== cells.length) return false;
  // A table that sets regions side by side by a figure of their energy (`Region | Location | Grid carbon intensity |
  // Carbon-free energy share`, a sustainability statement's comparison) describes the regions, not where the service runs.
  if (header.some((h) => regionEnergyColumn.test(h))) return false;
  const names = (cell: string) => (provider ? [provider] : providers).some((p) => p.pattern.test(cell) || p.codes.test(cell));
  // Also the provider's own column (`Provider`, `Cloud`) in a table whose other columns say where (`Region | Provider |
  // Location`): the row gives the provider and its place in separate cells.
  const placed = header.some((h) => hostingColumn.test(h));
  return cells.some((cell, k) => names(cell) && (hostingColumn.test(header[k]!) || (placed && providerColumn.test(header[k]!.trim()))));
}

/**
 * A record's row whose label says its value is the hosting (`サービスの提供に用いるIaaS/PaaS | AWS 東京リージョン`, `Hosting |
 * AWS eu-central-1`), as a registry entry or a form prints one fact per row: the label is the row's verb, and what the
 * value adds about the provider (its own registration number) is no certificate sentence.
 */
function inHostingRow(row: string, provider: ProviderEntry): boolean {
  // The cells another service's column gives are blanked (service-columns.ts): the row is then the label and this one's value.
  const cells = cellsOf(row)?.filter((cell, k) => k === 0 || cell);
  if (cells?.length !== 2 || !hostingColumn.test(cells[0]!)) return false;
  // The provider by name or code, or one of its places (`リージョン | 東京リージョン（メイン）` under a `クラウド基盤 | AWS` row):
  // the provider then comes from the passage, as for any sentence that names a place but no provider.
  return provider.pattern.test(cells[1]!) || provider.codes.test(cells[1]!) || places.some((p) => provider.regions[p.place] && p.pattern.test(cells[1]!));
}

/**
 * A line item whose name says, in brackets, the cloud region it runs in (a quotation's `基本ライセンス（AWS東京リージョン）`, a price
 * list's `Standard licence (Google Cloud, europe-west2)`): the bracket holds nothing but the provider and its region, as the
 * item's place. Not an item marked as an option (`※オプション・任意`): that is what a customer may add.
 */
function itemHostedIn(text: string, provider: ProviderEntry): boolean {
  const cells = cellsOf(text);
  if (!cells) return false;
  return cells.some((cell) => {
    if (/オプション|任意|(?<![A-Za-z])(?:option(?:al)?|add-?ons?)(?![A-Za-z])/iu.test(cell)) return false;
    const asides = [...cell.matchAll(/[（(]([^（）()]{2,40})[)）]/gu)].map((m) => m[1]!.trim());
    return asides.some((aside) => {
      const m = provider.pattern.exec(aside);
      if (!m) return false;
      const rest = (aside.slice(0, m.index) + ' ' + aside.slice(m.index + m[0].length)).replace(/^[\s,、・の]+|[\s,、・]+$/gu, '');
      return provider.codes.test(rest) || /^[^\s。、]{1,12}?\s*(?:リージョン|region)$/iu.test(rest);
    });
  });
}

/** Providers a sentence names, by name or by one of their region codes (`ap-northeast-1` is AWS). */
function providerOf(text: string): ProviderEntry[] {
  return providers.filter((p) => p.pattern.test(text) || p.codes.test(text));
}

/**
 * "東京リージョンに保管" names a place but no provider: it is the provider's the
 * passage (or else the whole document) names, when exactly one is named.
 */
function providerInContext(input: string, scope: Scope, text: string): ProviderEntry[] {
  if (!places.some((p) => p.pattern.test(text)) && !secondRegion.test(text)) return [];
  for (const context of [scope.span.text, input]) {
    const named = providerOf(context);
    if (named.length === 1) return named;
    if (named.length > 1) return [];
  }
  return [];
}

/**
 * The provider a place belongs to when a sentence names several (`AWS eu-central-1 (Frankfurt, Germany) | Google Cloud
 * europe-west4`): the one named last before it, else the first after it.
 */
function ownerOf(text: string, at: number): ProviderEntry | undefined {
  const mentions = providers.flatMap((p) =>
    [...text.matchAll(everywhere(p.pattern, `${p.pattern.flags.replace('g', '')}g`))].map((m) => ({ p, index: m.index })),
  );
  const before = mentions.filter((m) => m.index < at).sort((a, b) => b.index - a.index)[0];
  return (before ?? mentions.sort((a, b) => a.index - b.index)[0])?.p;
}

/** Every region of the provider the sentence names, by code or by place ("Tokyo (asia-northeast1), backups in Osaka" names two). */
/**
 * The cities a clause places the provider in, listed after `in` (`hosted by Google Cloud in Tokyo and Osaka`, `runs on AWS
 * in Frankfurt`) or right after its name (`AWS Tokyo`): with the provider named just before, a city names the provider's
 * region there, though no region word follows. A city alone elsewhere (`our engineers in Tokyo`) names none.
 */
/** Each place's English city as a whole name (`Tokyo`, `the N. Virginia`), compiled once. */
const cityNames = (Object.keys(englishCity) as Place[]).map((place) => ({ place, pattern: new RegExp(`^(?:the\\s+)?(?:${englishCity[place]})$`, 'u') }));

function citiesAfterProvider(text: string, provider: ProviderEntry): string[] {
  const codes: string[] = [];
  for (const m of text.matchAll(everywhere(provider.pattern, provider.pattern.flags.includes('i') ? 'giu' : 'gu'))) {
    const clause = text.slice(m.index + m[0].length).split(/[.;。,]\s/u)[0]!;
    // Also the city right after the provider's name (`AWS Tokyo`, `Google Cloud Osaka`), as people shorten a region.
    const listed =
      /^\s*(?:(?:(?:cloud|platform|infrastructure|data ?cent(?:er|re)s?)\s+)?(?:in|at)\s+|(?=[A-Z]))((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:(?:,\s*|\s+(?:and|or|&)\s+)[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)*)/u.exec(
        clause,
      )?.[1];
    for (const city of listed?.split(/,\s*|\s+(?:and|or|&)\s+/u) ?? []) {
      const name = city.trim().replace(/[.)]+$/u, '');
      const place = cityNames.find(({ pattern }) => pattern.test(name))?.place;
      const code = place ? provider.regions[place] : undefined;
      if (code) codes.push(code);
    }
  }
  return codes;
}

function regionCodesIn(text: string, provider: ProviderEntry): string[] {
  const codes = [...text.matchAll(everywhere(provider.codes, 'giu'))].map((m) => m[0].toLowerCase().replace(/\s+/g, ''));
  // A display name (`UK South`) where the sentence names the provider itself.
  if (provider.displayNames && provider.pattern.test(text))
    codes.push(...[...text.matchAll(everywhere(provider.displayNames, 'giu'))].map((m) => m[0].toLowerCase().replace(/\s+/g, '')));
  const several = providers.filter((p) => p.pattern.test(text)).length > 1;
  for (const { place, pattern } of places) {
    const code = provider.regions[place];
    if (!code) continue;
    for (const m of text.matchAll(everywhere(pattern, 'giu')))
      if (!several || ownerOf(text, m.index) === provider) {
        codes.push(code);
        break;
      }
  }
  if (!several) codes.push(...citiesAfterProvider(text, provider));
  return [...new Set(codes)];
}

/**
 * The region is named only in clauses that say it is not used or holds no data (`Oregon (us-west-2) | AWS | Not used`,
 * `…は利用していません`, `is not hosted in us-west-2`).
 */
function notUsed(text: string, provider: ProviderEntry, code: string): boolean {
  const at: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(everywhere(provider.codes, 'giu')))
    if (m[0].toLowerCase().replace(/\s+/g, '') === code) at.push({ start: m.index, end: m.index + m[0].length });
  // And by display name (`no longer stored in the Azure Southeast Asia region`), as regionCodesIn reads it.
  if (provider.displayNames)
    for (const m of text.matchAll(everywhere(provider.displayNames, 'giu')))
      if (m[0].toLowerCase().replace(/\s+/g, '') === code) at.push({ start: m.index, end: m.index + m[0].length });
  for (const { place, pattern } of places)
    if (provider.regions[place] === code) for (const m of text.matchAll(everywhere(pattern, 'giu'))) at.push({ start: m.index, end: m.index + m[0].length });
  return (at.length > 0 && at.every((m) => deniesPlace(text, m.start, m.end))) || providerDenied(text, provider);
}

/**
 * A clause that names the provider and none of its regions and says the service does not use it (`当社サービスは
 * Azure を利用しておらず`, `we do not use Azure`), as an incident report says beside another company's outage in the same
 * sentence (`Azure の東日本リージョンでも障害が公表されておりましたが、`): no region of that provider is the service's there.
 */
const contrast = /が[、,]|ものの[、,]|[;；]|,\s*(?:but|while|whereas)\s/u;
function providerDenied(text: string, provider: ProviderEntry): boolean {
  // Most sentences deny nothing: only one that does is split into clauses and read for the provider's regions.
  if (!deniedUse.test(text) && !deniedStorage.test(text)) return false;
  for (const m of text.matchAll(everywhere(provider.pattern, provider.pattern.flags.includes('i') ? 'giu' : 'gu'))) {
    // The clause up to a contrast too (`…障害が公表されておりましたが、`): the other company's outage is a clause apart.
    const before = text.slice(0, m.index).split(contrast).at(-1)!;
    const clause = before + clauseAt(text.slice(m.index), 0);
    if (
      regionCodesIn(clause, provider).length === 0 &&
      (deniedUse.test(clause) || deniedStorage.test(clause)) &&
      !/以外|外/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))
    )
      return true;
  }
  return false;
}

/**
 * The clause around a place says nothing is kept or run there. `never stored outside ap-northeast-1` and
 * `東京リージョン以外には保管しない` deny every other place, so they affirm this one.
 */
function deniesPlace(text: string, start: number, end: number): boolean {
  const clause = clauseAt(text, start);
  if (!deniedStorage.test(clause) && !deniedUse.test(clause)) return false;
  const exceptThis =
    /(?<![A-Za-z])(?:outside|other than|except|besides)\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[(（]\s*)?$/u.test(
      text.slice(Math.max(0, start - 60), start),
    ) || /^\s*(?:[(（][^)）]{0,40}[)）])?\s*(?:以外|外)/u.test(text.slice(end, end + 50));
  return !exceptThis;
}

/**
 * A clause that denies keeping data somewhere: `米国には保管しない`, `海外では保存していません`, `保存されることはありません` (the
 * `…ことはない` form an FAQ answers with), `we do not store … in the United States`, `is no longer stored in the Singapore region` (after a move).
 */
const deniedStorage =
  /(?:保管|保存|格納|移転|転送)(?:は|を)?(?:(?:し|され|いたし|致し)(?:ない|ません|ていません|ておりません|ておらず)|せず|されず)|(?:保管|保存|格納)(?:する|される|され(?:る|た))(?:こと|事)(?:は|も)?(?:一切|決して)?(?:ない|ありません|ございません|ありえません|あり得ません)|(?<![A-Za-z])(?:(?:do|does|did|will|shall|is|are|was|were)\s*(?:not|n't)|never|no\s+longer)\s+(?:be\s+)?(?:store|stored|keep|kept|host|hosted|transfer|transferred|locate|located|reside|resides)(?![A-Za-z])/iu;
/**
 * A clause (or a table row: its cells are one clause) that says a region or site is not, or no longer, used:
 * `Not used`, `Retired`, `decommissioned`, `利用していません`, `利用しておらず`, `利用を終了`, `廃止`. What it names is no place of the service.
 */
const deniedUse =
  /(?<![A-Za-z])(?:not (?:in )?use[ds]?|no longer (?:in )?use[ds]?|unused|retired|decommissioned|discontinued|shut down)(?![A-Za-z])|(?:利用|使用)(?:は|を)?(?:(?:し|され)?(?:ていない|ていません|ておりません|ておらず|ない|ません)|せず|されず)|(?:利用|使用|運用)を(?:終了|停止|廃止)|廃止|未使用/iu;
/**
 * Where a clause ends inside a sentence: `;`, `, and`/`, but`/`, only`, `and` before a denied predicate (`… is stored in Tokyo
 * and is no longer stored in Singapore`), and a Japanese verb's continuative or negative continuative form (`保管し、`,
 * `しており、`, `保管せず、`).
 */
// A sentence's end too (`。`): a table cell read whole holds several, and a denial in one (`…域外に保存することはありません。`)
// says nothing of the region the one before names. So does a passive verb's continuative form (`日本国内に保存され、国外に
// 保存されることはありません`), as the active one (`保管し、`) does.
const clauseBoundary =
  /[;；。]|,\s*(?:and|but|while|whereas|only)\s|\s(?:and|but)\s(?=(?:is|are|was|were|will)\s+(?:not|no\s+longer|never)\s)|(?<=[しりてでずれ])、/u;

/** The clause of the sentence around position `at`. */
function clauseAt(text: string, at: number): string {
  let start = 0;
  for (const m of text.matchAll(everywhere(clauseBoundary, 'gu'))) {
    if (m.index >= at) return text.slice(start, m.index);
    start = m.index + m[0].length;
  }
  return text.slice(start);
}

// Whose data it is, or who works on it from there (`our support team, located in Canada, may access …`, `our offices in
// the United States hold no customer data`): people and the offices they work in are where they are, the data is where
// the document says it is kept.
const people = String.raw`(?:[Oo]ffices?|[Hh]eadquarters|[Cc]ustomers?|[Uu]sers?|[Cc]lients?|[Rr]esidents?|[Cc]itizens?|[Ss]ubscribers?|[Tt]enants?|[Tt]eams?|[Ss]taff|[Ee]mployees?|[Ee]ngineers?|[Pp]ersonnel|[Aa]gents?|[Oo]perators?|[Cc]ontractors?)`;
// Other countries may come between in a list: `Singapore and United States customers`, `users in Japan, Korea or Taiwan`.
const listed = String.raw`(?:,?\s*(?:and|or)?\s+(?:the\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*)`;
const peopleAfter = new RegExp(
  String.raw`^${listed}*(?:-based)?\s*(?:${people}|(?:の|に(?:いる|所在する))(?:お客様|顧客|利用者|ユーザー?|居住者|(?:サポート|運用|開発)?(?:担当者|チーム|要員|スタッフ)|従業員|社員|エンジニア))(?![A-Za-z])`,
  'u',
);
const peopleBefore = new RegExp(
  String.raw`(?<![A-Za-z])${people},?\s+(?:(?:based|located|working|who (?:are|is) (?:based|located))\s+)?(?:in|from)\s+(?:(?:the\s+)?[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+)*,?\s+(?:(?:and|or)\s+)?)*(?:the\s+)?$`,
  'u',
);

/** The market a product is for: `for` or `for the` right before the country (`Acme Ledger for Japan`). */
const market = /(?<![A-Za-z])for\s+(?:the\s+)?$/iu;

/** Countries the sentence says data is kept in (never "other than Japan", nor one the clause says data is not kept in or is not used). */
export function countriesIn(text: string): CountryEntry[] {
  return countries.filter((c) => {
    const re = everywhere(c.pattern, 'gu');
    for (const m of text.matchAll(re)) {
      if (/^\s*(?:以外|外|国外|outside)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      // A country that says whose data it is (`customers in the United States`, `Singapore users`, `米国のお客様`), not
      // where it is kept: `All data, including that of customers in Singapore, is stored in Japan` names one location.
      if (peopleAfter.test(text.slice(m.index + m[0].length)) || peopleBefore.test(text.slice(0, m.index))) continue;
      // Nor the market a product or edition is for (`X for Japan runs on …`, `the Japan edition`, `日本向けサービス`).
      if (market.test(text.slice(0, m.index)) || /^\s*(?:向け|edition)/iu.test(text.slice(m.index + m[0].length))) continue;
      const clause = clauseAt(text, m.index);
      if (!deniedStorage.test(clause) && !deniedUse.test(clause)) return true;
    }
    return false;
  });
}

/** Regions (`aws:ap-southeast-1`) a sentence names, by code or place, of the providers it names. */
export function regionsNamedIn(text: string): string[] {
  return providerOf(text).flatMap((p) => regionCodesIn(text, p).map((code) => `${p.id}:${code}`));
}

/** Regions a passage says the service left: listed under a `Removed` or `Deprecated` heading, or the origin of a move. */
export function regionsLeft(input: string, scope: Scope): string[] {
  const left: string[] = [];
  const retired = retiredHeading.test(scope.section.heading);
  for (const sentence of sentencesOf(input, scope.span)) {
    const text = ownClauses(inScope(scope, sentence, othersCellsBlanked(input, sentence)), scope.section.heading);
    const named = providerOf(text);
    for (const p of named.length ? named : providerInContext(input, scope, text)) {
      const destinations = retired ? movedTo(text, p) : new Set<string>();
      left.push(...(retired ? regionCodesIn(text, p).filter((code) => !destinations.has(code)) : [...movedFrom(text, p)]).map((code) => `${p.id}:${code}`));
    }
  }
  return left;
}

export function infrastructureOf(input: string, scope: Scope): InfraProposal[] {
  const found: InfraProposal[] = [];
  // A change log's `Removed` or `Deprecated` list names what the service no longer runs on; a section headed by one plan (a
  // pricing card or tab panel `エンタープライズプラン`) where that plan's customers may run, not the service for every one.
  if (retiredHeading.test(scope.section.heading) || planOfHeading(scope.section.heading)) return found;
  for (const sentence of sentencesOf(input, scope.span)) {
    // A place in one plan's column of a plan comparison (`UK | UK | UK, EU or Canada`) is offered on that plan, not where
    // the service runs for every customer: blanked, as another party's cells are.
    const text = ownClauses(onePlanCellsBlanked(input, sentence, inScope(scope, sentence, othersCellsBlanked(input, sentence))), scope.section.heading);
    if (timeSync.test(text) && /NTP|同期|sync/iu.test(text)) continue;
    // A `変更前：` line gives where the service ran before a change (before-after.ts); a `変更後：` line under its item
    // (`データセンター（稼働基盤）`) is a value that item labels, where the service is to run once the change is made.
    if (beforeValueLine.test(sentence.text)) continue;
    const changedItem = changedItemAt(input, sentence.start);
    const named = providerOf(text);
    const inContext = named.length === 0 ? providerInContext(input, scope, text) : [];
    for (const provider of [...named, ...inContext]) {
      // What a status page or the company's website runs on is not where the service runs or keeps its data: those sites
      // are hosted apart on purpose (`Our status page is hosted on Google Cloud, so that it stays reachable`).
      if (ancillarySite.test(text.slice(0, Math.max(0, text.search(provider.pattern))))) continue;
      // Nor a region in preview (`in beta`, `coming soon`), being retired (`deprecated`, `廃止予定`) or whose start is
      // announced (`2025年7月1日より…での提供を開始します`): a later entry saying it began (`本日より…開始しました`) is read on its own.
      if (isHypothetical(rowSentencesNaming(text, provider.pattern)) || preview.test(text) || retiring.test(text) || startsLater.test(text)) continue;
      const left = movedFrom(text, provider);
      const printed = regionCodesIn(text, provider);
      const regionCodes = printed.filter((code) => !left.has(code) && !notUsed(text, provider, code));
      if (printed.length > 0 && regionCodes.length === 0) continue;
      if (printed.length === 0) {
        const at = text.search(provider.pattern);
        if (deniesPlace(text, at, at + (provider.pattern.exec(text)?.[0].length ?? 0))) continue;
      }
      // A move from one region to another (`X から Y へ移行`) says where the service runs now, whatever the verb.
      const movedTo = left.size > 0 && regionCodes.length > 0;
      const hostingRow = inHostingRow(text, provider);
      const offered = isLabelledValue(text, scope.section.heading, offeredRegionsHeading);
      if (!(
        hosting.test(text) ||
        movedTo ||
        hostingRow ||
        offered ||
        isLabelledValue(text, scope.section.heading, hosting) ||
        // A field of a fact sheet saying what it holds is the hosting (`Infrastructure: Google Cloud, asia-northeast1 (Tokyo)`).
        hostingColumn.test(inlineLabel(text) ?? '') ||
        (changedItem !== undefined && isLabelledValue(text, changedItem, hosting)) ||
        inHostingColumn(input, sentence, provider) ||
        itemHostedIn(text, provider)
      ))
        continue;
      // "AWS は ISO 27017 を取得" says something about the provider, not about where the service runs.
      const before = text.slice(0, text.search(provider.pattern));
      // A sentence may say both (`X は AWS 東京リージョンで運用され、ISMS 認証を取得`): a verb of running keeps the hosting.
      if (
        certificationOnly.test(text) &&
        !storage.test(text) &&
        !hostingRow &&
        !/利用|採用|構築|基盤|運用|稼働|runs? on|built on|operated|deployed/iu.test(text)
      )
        continue;
      if (/クラウドサービスカスタマ|cloud service customer/iu.test(text) && !dataWord.test(before)) continue;
      const country = countriesIn(text)[0]?.code;
      // "バックアップは別リージョンに保管": a second site of the provider, kept even when another region is named.
      // `… is not copied to another region`, `別リージョンには複製しません`: the sentence denies a second site, names none.
      if (regionCodes.length === 0 && deniedSecondRegion.test(text)) continue;
      const unnamedSecond = regionCodes.length === 0 && secondRegion.test(text);
      const announced = announcedTargets(text, provider);
      for (const [service, regionCode] of scope.services.flatMap((s) => (regionCodes.length ? regionCodes : [undefined]).map((r) => [s, r] as const))) {
        // The target of a move still to come, and what the document says of the state after it, are proposed for review
        // only: by the time the draft is reviewed the move may be done, and a reviewer can then accept them; until then they
        // are no statement of where the service runs.
        const toCome =
          regionCode && changedItem
            ? {
                reasoning: `The document gives this ${provider.name} region as the value after a change it announces (\`変更後\`/\`After\`).`,
                rule: 'infrastructure.changed-value',
                reviewNote: 'The value after an announced change: accept only once the change has taken effect.',
              }
            : regionCode && afterAnnouncedMove(input, text, scope.section.heading)
              ? { reasoning: afterMoveReasoning, rule: 'infrastructure.after-announced-move', reviewNote: afterMoveNote }
              : regionCode && announced.has(regionCode)
                ? {
                    reasoning: `The document announces a move to this ${provider.name} region that had not been made when it was written.`,
                    rule: 'infrastructure.announced-move-target',
                    reviewNote: 'The target of an announced move: accept only once the move is complete; until then the service runs where it moves from.',
                  }
                : undefined;
        if (toCome) {
          found.push({ service, provider: provider.id, regionCode, sentence, section: scope.section.heading, basis: 'INFERRED', confidence: 0.3, ...toCome });
          continue;
        }
        found.push({
          service,
          provider: provider.id,
          regionCode,
          ...(country ? { country } : {}),
          ...(unnamedSecond ? { distinctSite: true } : {}),
          sentence,
          section: scope.section.heading,
          basis: unnamedSecond ? 'INFERRED' : 'STATED',
          ...(unnamedSecond ? { reasoning: `The document says a copy is kept in another ${provider.name} region without naming it.` } : {}),
          confidence: unnamedSecond ? 0.4 : inContext.includes(provider) ? 0.6 : regionCode ? 0.9 : 0.7,
          rule: unnamedSecond
            ? 'infrastructure.unnamed-second-region'
            : inContext.includes(provider)
              ? 'infrastructure.place-of-provider-named-nearby'
              : regionCode
                ? 'infrastructure.provider-region'
                : 'infrastructure.provider',
          ...(regionCode
            ? {}
            : {
                reviewNote: unnamedSecond
                  ? `A second ${provider.name} region is mentioned but not named; the in-country placeholder is proposed.`
                  : `The document names ${provider.name} but no region; the in-country placeholder is proposed.`,
              }),
        });
      }
    }
    // A copy sent to a site keeps data there as storing it does (`遠隔地のデータセンターへ日次転送`, `replicated there`), and a
    // service runs where the document says it runs (`runs on servers we own, in our racks at … in Osaka`).
    if (
      named.length === 0 &&
      inContext.length === 0 &&
      dataCentre.test(text) &&
      (storage.test(text) || sentTo.test(text) || /利用|use|稼働|(?<![A-Za-z])runs?\s+(?:on|in)(?![A-Za-z])/iu.test(text))
    ) {
      if (undisclosed.test(text) || isHypothetical(text) || !dataCentre.test(text)) continue;
      const area = areaOf(text);
      // In Japan by its name; abroad by a region's city the site is in (`two colocation data centres in Frankfurt`): a
      // country named in passing (`unlike providers with data centres in the US`) places no site of the service.
      const inCountry = countriesIn(text).find((c) => c.code === 'JP') ?? countryOfCityIn(text);
      if (!area && !inCountry) continue;
      const distinctSite = /別|another|second|secondary|遠隔/iu.test(text) || otherEditionHosted(input, scope, sentence.text);
      for (const service of scope.services) {
        found.push({
          service,
          provider: 'undisclosed',
          placeholder: area
            ? { code: area.code, name: `A data centre in ${area.name} of Japan whose operator the document does not name` }
            : { code: inCountry!.code.toLowerCase(), name: '' },
          distinctSite,
          sentence,
          section: scope.section.heading,
          basis: area ? 'STATED' : 'INFERRED',
          ...(area ? {} : { reasoning: `The document places this site in ${inCountry!.name} but names neither its operator nor its region.` }),
          confidence: area ? 0.7 : 0.5,
          rule: area ? 'infrastructure.unnamed-data-centre-area' : 'infrastructure.unnamed-site-in-country',
          reviewNote: 'The operator of this data centre is not named.',
        });
      }
    }
  }
  return found;
}

/**
 * The edition a line of a hosting list is about (`インターネット版：AWS 東京リージョン`, `LGWAN-ASP版：国内のデータセンター`,
 * `On-premises edition: …`): a service offered in several forms runs each where its own line says.
 */
const editionLabel = /^[\s・•*-]*([^\s：:。、]{1,30}?(?:版|エディション)|(?:[A-Za-z][\w-]*\s+){1,3}(?:edition|deployment))\s*[：:]/iu;

/**
 * An unnamed site given for one edition while another edition's line in the passage names a provider: a site of its own,
 * not the provider's data centre in that country (a closed-network edition runs elsewhere than the internet one).
 */
function otherEditionHosted(input: string, scope: Scope, line: string): boolean {
  const own = editionLabel.exec(line)?.[1];
  if (!own) return false;
  return input
    .slice(scope.span.start, scope.span.end)
    .split('\n')
    .some((l) => {
      const other = editionLabel.exec(l)?.[1];
      return other !== undefined && other !== own && providerOf(l).length > 0;
    });
}

/**
 * A sentence that keeps data to the regions named just before it (`No customer data is stored outside these two regions`,
 * `上記以外のリージョンには保管しません`): it says data is kept in them, though it names none itself.
 */
const confinedToNamed =
  /(?<![A-Za-z])(?:outside|other than|beyond)\s+(?:of\s+)?(?:these|those|the above|the (?:two|three|regions?|locations?) (?:above|named above|listed above))(?![A-Za-z])|(?:上記|前記|これら|それら)の?(?:[0-9０-９一二三]つの)?(?:リージョン|地域|拠点|データセンター)?以外/iu;

/**
 * A sentence that keeps data in the region the sentence before it named (`Customer data is stored only in that region`,
 * `データは同一リージョン内に保管`): the place is that region's, though the sentence names none itself.
 */
const regionNamedBefore = /(?<![A-Za-z])(?:in|within)\s+(?:that|this|the same)\s+(?:region|location)(?![A-Za-z])|(?:同一|同じ|当該)リージョン/iu;

/** The countries of the regions of a provider a passage's earlier sentences name (none that they say are not used). */
function countriesOfRegionsIn(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    providerOf(text).flatMap((p) =>
      regionCodesIn(text, p)
        .filter((code) => !notUsed(text, p, code))
        .map((code) => p.countryOfRegion[code]!),
    ),
  );
}

/**
 * A postal address, as an e-mail's footer or a letterhead prints the company's (`Acme GmbH, Hafenstraße 12, 20457 Hamburg,
 * Germany`, `Rue de la Loi 5, 1000 Brussels, Belgium`): a street and house number, then a postcode and town. Where the company
 * receives post is no place the customer's data is kept, whatever the heading above it says.
 */
const postalAddressLine =
  /(?:^|,\s*)[\p{L}][\p{L}.' -]{2,40}\s\d{1,4}[a-z]?,\s*(?:[A-Z]{1,2}-\s?)?\d{4,5}\s+\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?(?:,\s*\p{Lu}[\p{L} ]+)?\s*$/u;

export function dataLocationsOf(input: string, scope: Scope): CountryProposal[] {
  const found: CountryProposal[] = [];
  if (retiredHeading.test(scope.section.heading) || planOfHeading(scope.section.heading)) return found;
  const earlier: string[] = [];
  const all = sentencesOf(input, scope.span);
  for (const [k, sentence] of all.entries()) {
    const text = ownClauses(onePlanCellsBlanked(input, sentence, inScope(scope, sentence, othersCellsBlanked(input, sentence))), scope.section.heading);
    earlier.push(text);
    const confined =
      (confinedToNamed.test(text) && (deniedStorage.test(text) || /(?<![A-Za-z])(?:no|none)(?![A-Za-z])/iu.test(text))) || regionNamedBefore.test(text)
        ? countriesOfRegionsIn(earlier.slice(0, -1)).filter(Boolean)
        : [];
    const hostingRow = inHostingColumn(input, sentence);
    // A region listed under a heading of the regions offered keeps the customer's data there (each customer's in one).
    const offered =
      (isLabelledValue(text, scope.section.heading, offeredRegionsHeading) || underKeptBelow(input, all.slice(0, k + 1))) && providerOf(text).length > 0;
    if (
      !(storage.test(text) || isLabelledValue(text, scope.section.heading, storage) || hostingRow || offered) ||
      isHypothetical(text) ||
      preview.test(text) ||
      startsLater.test(text) ||
      undisclosed.test(text) ||
      postalAddressLine.test(text.trim())
    )
      continue;
    // A hosting table's row keeps data when the section or the table's header says so (`Where your data lives`, `Backup copy`).
    const labels = [scope.section.heading, ...(hostingRow ? (headerCellsOf(input, sentence.start) ?? []) : [])].join(' ');
    // So does a field's own label (`保存先：国内2拠点`, `Storage location: …`).
    const field = inlineLabel(text) ?? '';
    if (!offered && !dataWord.test(text) && !dataWord.test(labels) && !/保管場所|保管国|所在|location/iu.test(labels) && !storageLabel.test(field)) continue;
    // What the sentence names after a move it announces (`… and will move it to Japan on 14 March`) is where the data is
    // to go, not where it is: only what comes before is read.
    const moveAt = announcedMoveAt(text);
    const whole = moveAt < 0 ? text : text.slice(0, moveAt);
    // A sentence of clauses joined by `;` may place two things: `Our web servers run in Japan East; your files are stored in
    // Singapore`. Where the data is kept is the clause that says so, when one does; a clause that names neither keeping,
    // copying nor data (the servers' place) is hosting only. `…stored in Tokyo; backups are replicated to Osaka` keeps both.
    // So do clauses joined by a contrast (`米国の電子メール配信サービスを利用していますが、本サービスに保存されたデータは送信
    // されません`): a clause that uses a company of some country and names no keeping is not where the data is.
    const parts = whole.split(/(?<=[;；]|が[、,])/u);
    const keeping = parts.filter((p) => storage.test(p) || sentTo.test(p) || dataWord.test(p));
    const current = parts.length > 1 && keeping.length > 0 ? parts.map((p) => (keeping.includes(p) ? p : ' '.repeat(p.length))).join('') : whole;
    const stated = countriesIn(current);
    // A named region is in a country even when the sentence prints no country name (`replicated to europe-west4`),
    // unless the sentence says nothing is kept there.
    const regionCountries = providerOf(text).flatMap((p) =>
      regionCodesIn(current, p)
        .filter((code) => !notUsed(text, p, code))
        .map((code) => p.countryOfRegion[code]),
    );
    // So is an area of Japan (`東京都内のデータセンター`, `関西の拠点`).
    if (areaOf(text)) regionCountries.push('JP');
    // And a region named by its place with no provider named (`東京リージョンに保管`, `stored in the Tokyo region`, the
    // provider named in another line): the place's country, when every provider with a region there has it in one country.
    // So does a city a region is named after, where the data or its data centres are (`Customer data is stored in Frankfurt`,
    // `our data centres in Frankfurt`), said with no provider: an unnamed site there, unless the sentence denies keeping it.
    if (providerOf(text).length === 0)
      for (const { place, pattern } of places) {
        if (!pattern.test(current) && !(cityIn[place].test(current) && !deniedStorage.test(current))) continue;
        const inCountries = new Set(providers.flatMap((p) => (p.regions[place] ? [p.countryOfRegion[p.regions[place]]] : [])));
        if (inCountries.size === 1) regionCountries.push(...inCountries);
      }
    regionCountries.push(...confined);
    const viaRegion = countries.filter((c) => regionCountries.includes(c.code));
    for (const country of [...new Map([...stated, ...viaRegion].map((c) => [c.code, c])).values()]) {
      for (const service of scope.services) {
        found.push({
          service,
          country,
          sentence,
          section: scope.section.heading,
          confidence: stated.includes(country) ? 0.85 : 0.7,
          rule: stated.includes(country) ? 'data-location.country' : 'data-location.region-country',
          ...(afterAnnouncedMove(input, text, scope.section.heading) ? { afterMove: true } : {}),
        });
      }
    }
  }
  return found;
}

/** `in Frankfurt`, `in London`: a region's city as where something is, for each place a region is named after. */
const cityIn = Object.fromEntries(
  Object.entries(englishCity).map(([place, city]) => [place, new RegExp(String.raw`(?<![A-Za-z])in\s+(?:${city})(?![A-Za-z])`, 'u')]),
) as Record<Place, RegExp>;

/** The country of the one region's city a sentence places something in (`in Frankfurt`), where every provider has it there. */
function countryOfCityIn(text: string): CountryEntry | undefined {
  const codes = new Set(
    (Object.keys(cityIn) as Place[])
      .filter((place) => cityIn[place].test(text))
      .flatMap((place) => providers.flatMap((p) => (p.regions[place] ? [p.countryOfRegion[p.regions[place]]] : []))),
  );
  return codes.size === 1 ? countries.find((c) => c.code === [...codes][0]) : undefined;
}

/**
 * A list under a lead sentence saying the data is kept in the places listed (`Customer data is stored in the regions
 * below.`, `お客様データは以下のリージョンに保管します。`): each item is such a place, though it repeats no word of keeping.
 */
const keptInListed =
  /(?<![A-Za-z])(?:stored|kept|held|resides?)\s+in\s+(?:the\s+)?(?:following\s+(?:regions?|locations?|data\s*cent(?:er|re)s)|(?:regions?|locations?|data\s*cent(?:er|re)s)\s+(?:(?:listed\s+)?below|listed))(?![A-Za-z])|(?:以下|下記)の(?:リージョン|データセンター|拠点|地域)に(?:保管|保存|格納)/iu;
function underKeptBelow(input: string, upTo: readonly Span[]): boolean {
  const listItem = (s: Span) => /^\s*(?:[-*•・]|\d{1,2}[.)])\s*$/u.test(input.slice(input.lastIndexOf('\n', s.start - 1) + 1, s.start));
  if (!listItem(upTo.at(-1)!)) return false;
  // The lead, then only list items up to this one.
  const lead = upTo.slice(0, -1).findLast((s) => !listItem(s));
  return lead !== undefined && keptInListed.test(lead.text) && dataWord.test(lead.text);
}

/**
 * Providers named in a certificate scope as used "as a cloud service customer"
 * (`… Amazon Web Services のクラウドサービスカスタマとしての利用`): the vendor
 * runs something on them, though the text does not say which service.
 */
export function scopeProvidersOf(input: string, scope: Scope): Array<{ provider: ProviderEntry; sentence: Span }> {
  const found: Array<{ provider: ProviderEntry; sentence: Span }> = [];
  for (const sentence of sentencesOf(input, scope.span)) {
    if (!/クラウドサービスカスタマ|cloud service customer/iu.test(sentence.text)) continue;
    for (const provider of providerOf(sentence.text)) found.push({ provider, sentence });
  }
  return found;
}

/** "We run on a cloud service / data centre" without naming it: enough to link data in a country to an unnamed operator. */
export const runsOnUnnamedPlatform =
  /(?:基盤|インフラ|プラットフォーム)として(?:利用|使用|採用)(?:する|している)|クラウドサービス事業者|データセンター|IaaS|クラウド基盤|hosting provider|cloud provider|data ?cent(?:er|re)/iu;
