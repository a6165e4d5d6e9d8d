/**
 * How documents name cloud providers, their regions and countries. Region ids
 * follow the seed's convention `<provider>:<the provider's own region code>`;
 * `<provider>:<country>` is the placeholder for "this provider, in this
 * country, region not named".
 */
export interface ProviderEntry {
  id: string;
  name: string;
  /** Names that denote the provider as a platform. */
  pattern: RegExp;
  /** Region code by place: Tokyo, Osaka. */
  regions: Partial<Record<Place, string>>;
  /** Region codes written as the provider writes them (`ap-northeast-1`). */
  codes: RegExp;
}

export type Place = 'tokyo' | 'osaka';

export const providers: readonly ProviderEntry[] = [
  {
    id: 'aws',
    name: 'Amazon Web Services',
    // "Amazon" alone is also the shop: only the cloud's own names count.
    pattern:
      /Amazon\s*Web\s*Services?|(?<![A-Za-z])AWS(?![A-Za-z])|Amazon\s*(?:EC2|S3|RDS|Aurora|CloudFront|Lightsail|DynamoDB|Elastic|ECS|EKS|Time Sync)|アマゾン\s*ウェブ\s*サービス/u,
    regions: { tokyo: 'ap-northeast-1', osaka: 'ap-northeast-3' },
    // Every AWS region code has this shape (us-west-2, eu-central-1, ap-northeast-3): a backup abroad is found too.
    codes: /(?<![A-Za-z0-9-])(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d(?![0-9])/u,
  },
  {
    id: 'azure',
    name: 'Azure',
    pattern: /(?<![A-Za-z])Azure(?![A-Za-z])|アジュール/u,
    regions: { tokyo: 'japaneast', osaka: 'japanwest' },
    codes: /(?<![A-Za-z])japan\s?(?:east|west)(?![A-Za-z])/iu,
  },
  {
    id: 'gcp',
    name: 'Google Cloud',
    pattern:
      /Google\s*Cloud(?:\s*Platform)?|(?<![A-Za-z])GCP(?![A-Za-z])|Google\s*(?:Compute Engine|Kubernetes Engine|App Engine|BigQuery|Cloud Storage)|Firebase|グーグル\s*クラウド/u,
    regions: { tokyo: 'asia-northeast1', osaka: 'asia-northeast2' },
    // Every Google Cloud region code has this shape (asia-northeast1, us-central1, europe-west3).
    codes:
      /(?<![A-Za-z0-9-])(?:asia|us|europe|northamerica|southamerica|australia|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d(?![0-9])/u,
  },
  {
    id: 'oci',
    name: 'Oracle Cloud Infrastructure',
    pattern: /Oracle\s*Cloud(?:\s*Infrastructure)?|(?<![A-Za-z])OCI(?![A-Za-z])/u,
    regions: { tokyo: 'ap-tokyo-1', osaka: 'ap-osaka-1' },
    codes: /(?<![A-Za-z0-9-])ap-(?:tokyo|osaka)-1(?![0-9])/u,
  },
  {
    id: 'sakura',
    name: 'さくらインターネット',
    pattern: /さくらのクラウド|さくらインターネット|Sakura\s*(?:Cloud|Internet)/iu,
    regions: {},
    codes: /(?!)/u,
  },
  {
    id: 'ibm',
    name: 'IBM Cloud',
    pattern: /IBM\s*Cloud/u,
    regions: { tokyo: 'jp-tok', osaka: 'jp-osa' },
    codes: /(?<![A-Za-z0-9-])jp-(?:tok|osa)(?![A-Za-z])/u,
  },
];

/** "A second region" without its name (別リージョン, another region): a backup site of the same provider. */
export const secondRegion =
  /(?:別|異なる|他の|もう一つの|遠隔地?の|複数の)\s*(?:の\s*)?リージョン|(?:another|a second|a different|secondary|separate|other) (?:AWS |Azure |Google Cloud )?regions?/iu;

/** Place names for a provider's region in Japan, as documents write them. */
export const places: ReadonlyArray<{ place: Place; pattern: RegExp }> = [
  {
    place: 'tokyo',
    pattern:
      /東京\s*リージョン|東日本\s*リージョン|Tokyo\s*region|Japan\s*East|アジアパシフィック\s*[(（]\s*東京\s*[)）]|Asia\s*Pacific\s*\(Tokyo\)|東京\s*\(?\s*asia|(?:リージョン|region)\s*[(（]\s*(?:東京|Tokyo)\s*[)）]/iu,
  },
  {
    place: 'osaka',
    pattern:
      /大阪\s*(?:ローカル)?\s*リージョン|西日本\s*リージョン|Osaka\s*region|Japan\s*West|アジアパシフィック\s*[(（]\s*大阪\s*[)）]|Asia\s*Pacific\s*\(Osaka\)|(?:リージョン|region)\s*[(（]\s*(?:大阪|Osaka)\s*[)）]/iu,
  },
];

export interface CountryEntry {
  code: string;
  name: string;
  nameJa: string;
  /** How a document says the data is in this country. Never matched when followed by "以外" (other than). */
  pattern: RegExp;
}

export const countries: readonly CountryEntry[] = [
  {
    code: 'JP',
    name: 'Japan',
    nameJa: '日本',
    pattern: /日本国内|日本国|日本(?!法|語|標準時|時間|円)|(?<![\p{Script=Han}])国内|Japan(?!ese)|(?<![A-Za-z])JP(?![A-Za-z])/u,
  },
  {
    code: 'US',
    name: 'United States',
    nameJa: 'アメリカ合衆国',
    pattern: /アメリカ合衆国|米国|アメリカ|United States|(?<![A-Za-z])U\.?S\.?A?\.?(?![A-Za-z])/u,
  },
  { code: 'SG', name: 'Singapore', nameJa: 'シンガポール', pattern: /シンガポール|Singapore/u },
  { code: 'DE', name: 'Germany', nameJa: 'ドイツ', pattern: /ドイツ|Germany/u },
  { code: 'IE', name: 'Ireland', nameJa: 'アイルランド', pattern: /アイルランド|Ireland/u },
  { code: 'GB', name: 'United Kingdom', nameJa: 'イギリス', pattern: /イギリス|英国|United Kingdom/u },
  { code: 'AU', name: 'Australia', nameJa: 'オーストラリア', pattern: /オーストラリア|Australia/u },
  { code: 'KR', name: 'South Korea', nameJa: '韓国', pattern: /韓国|South Korea/u },
  { code: 'CN', name: 'China', nameJa: '中国', pattern: /中国(?!地方)|China/u },
  { code: 'IN', name: 'India', nameJa: 'インド', pattern: /インド(?!ネシア)|India/u },
];

/** Areas of Japan a document names for a data centre whose operator it does not name: `undisclosed:jp-<area>`. */
export const japaneseAreas: ReadonlyArray<{ code: string; name: string; pattern: RegExp }> = [
  // A prefecture places a data centre in its region: 東京都内 is in Kanto, 大阪府 in Kansai.
  { code: 'jp-kanto', name: 'the Kanto region', pattern: /関東|首都圏|Kanto|東京都|神奈川県|埼玉県|千葉県|茨城県|栃木県|群馬県/u },
  { code: 'jp-kansai', name: 'the Kansai region', pattern: /関西|近畿|Kansai|大阪府|京都府|兵庫県|奈良県|滋賀県|和歌山県/u },
  { code: 'jp-east', name: 'eastern Japan', pattern: /東日本/u },
  { code: 'jp-west', name: 'western Japan', pattern: /西日本/u },
  { code: 'jp-hokkaido', name: 'Hokkaido', pattern: /北海道|Hokkaido/u },
  { code: 'jp-kyushu', name: 'Kyushu', pattern: /九州|Kyushu/u },
];
