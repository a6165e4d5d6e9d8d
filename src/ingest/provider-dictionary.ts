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
  /** Region code by place (Tokyo, Osaka, Frankfurt, …): the provider's region in or nearest that city, as it names it. */
  regions: Partial<Record<Place, string>>;
  /** Region codes written as the provider writes them (`ap-northeast-1`). */
  codes: RegExp;
  /**
   * The country (ISO 3166-1 alpha-2) of each region code, as the provider publishes it: a region the document names
   * abroad (`europe-west4`) is placed in its country, never assumed to be in Japan.
   */
  countryOfRegion: Readonly<Record<string, string>>;
  /**
   * Region names that name the provider's region only where the provider is named too (Azure's display names abroad:
   * `UK South`, `East US 2`, `West Europe`): alone they are ordinary words, so they are no code.
   */
  displayNames?: RegExp;
  /**
   * The one country every data centre of the provider is in, as it publishes them (さくらのクラウド's zones are in Ishikari
   * and Tokyo): a document naming the provider but no region or country still places it there, by the provider, not by
   * assumption.
   */
  onlyIn?: string;
}

export type Place =
  | 'tokyo'
  | 'osaka'
  | 'frankfurt'
  | 'ireland'
  | 'london'
  | 'cardiff'
  | 'paris'
  | 'virginia'
  | 'ohio'
  | 'oregon'
  | 'singapore'
  | 'sydney'
  | 'melbourne'
  | 'seoul'
  | 'mumbai'
  | 'montreal'
  | 'saopaulo';

/** Each place's city as English documents write it (a regular expression's source): `Tokyo`, `N. Virginia`, `São Paulo`. */
export const englishCity: Readonly<Record<Place, string>> = {
  tokyo: 'Tokyo',
  osaka: 'Osaka',
  frankfurt: 'Frankfurt',
  ireland: 'Ireland|Dublin',
  london: 'London',
  cardiff: 'Cardiff',
  paris: 'Paris',
  virginia: 'N\\.?\\s*Virginia|Northern Virginia|Virginia',
  ohio: 'Ohio',
  oregon: 'Oregon',
  singapore: 'Singapore',
  sydney: 'Sydney',
  melbourne: 'Melbourne',
  seoul: 'Seoul',
  mumbai: 'Mumbai',
  montreal: 'Montr[eé]al|Canada Central',
  saopaulo: 'S[aã]o\\s*Paulo',
};

function inCountry(country: string, ...codes: string[]): Record<string, string> {
  return Object.fromEntries(codes.map((code) => [code, country]));
}

/** Azure's regions outside Japan by programmatic name, in the country the provider publishes for each. */
const azureRegionsAbroad: Record<string, string> = {
  ...inCountry('US', 'eastus', 'eastus2', 'centralus', 'northcentralus', 'southcentralus', 'westcentralus', 'westus', 'westus2', 'westus3'),
  ...inCountry('CA', 'canadacentral', 'canadaeast'),
  ...inCountry('BR', 'brazilsouth', 'brazilsoutheast'),
  ...inCountry('MX', 'mexicocentral'),
  ...inCountry('IE', 'northeurope'),
  ...inCountry('NL', 'westeurope'),
  ...inCountry('GB', 'uksouth', 'ukwest'),
  ...inCountry('FR', 'francecentral', 'francesouth'),
  ...inCountry('DE', 'germanywestcentral', 'germanynorth'),
  ...inCountry('CH', 'switzerlandnorth', 'switzerlandwest'),
  ...inCountry('NO', 'norwayeast', 'norwaywest'),
  ...inCountry('SE', 'swedencentral'),
  ...inCountry('PL', 'polandcentral'),
  ...inCountry('IT', 'italynorth'),
  ...inCountry('ES', 'spaincentral'),
  ...inCountry('KR', 'koreacentral', 'koreasouth'),
  ...inCountry('SG', 'southeastasia'),
  ...inCountry('HK', 'eastasia'),
  ...inCountry('AU', 'australiaeast', 'australiasoutheast', 'australiacentral', 'australiacentral2'),
  ...inCountry('IN', 'centralindia', 'southindia', 'westindia'),
  ...inCountry('AE', 'uaenorth', 'uaecentral'),
  ...inCountry('QA', 'qatarcentral'),
  ...inCountry('IL', 'israelcentral'),
  ...inCountry('ZA', 'southafricanorth', 'southafricawest'),
  ...inCountry('NZ', 'newzealandnorth'),
  ...inCountry('ID', 'indonesiacentral'),
  ...inCountry('MY', 'malaysiawest'),
};
/** Longest first, so `eastus2` is not read as `eastus`. */
const azureCodesAbroad = Object.keys(azureRegionsAbroad).sort((a, b) => b.length - a.length);
/** Each code as its display name prints it, words apart: `uksouth` as `UK South`, `eastus2` as `East US 2`. */
const azureDisplayNamesAbroad = azureCodesAbroad.map((code) => code.split('').join(String.raw`\s?`));

export const providers: readonly ProviderEntry[] = [
  {
    id: 'aws',
    name: 'Amazon Web Services',
    // "Amazon" alone is also the shop: only the cloud's own names count. A provider's marketplace (`AWS Marketplace`, `Azure
    // Marketplace`) is a shop too: where the product is sold, not where it runs.
    pattern:
      /Amazon\s*Web\s*Services?(?!\s*Marketplace)|(?<![A-Za-z])AWS(?![A-Za-z])(?!\s*Marketplace)|Amazon\s*(?:EC2|S3|RDS|Aurora|CloudFront|Lightsail|DynamoDB|Elastic|ECS|EKS|Time Sync)|アマゾン\s*ウェブ\s*サービス/u,
    regions: {
      tokyo: 'ap-northeast-1',
      osaka: 'ap-northeast-3',
      frankfurt: 'eu-central-1',
      ireland: 'eu-west-1',
      london: 'eu-west-2',
      paris: 'eu-west-3',
      virginia: 'us-east-1',
      ohio: 'us-east-2',
      oregon: 'us-west-2',
      singapore: 'ap-southeast-1',
      sydney: 'ap-southeast-2',
      melbourne: 'ap-southeast-4',
      seoul: 'ap-northeast-2',
      mumbai: 'ap-south-1',
      montreal: 'ca-central-1',
      saopaulo: 'sa-east-1',
    },
    // Every AWS region code has this shape (us-west-2, eu-central-1, ap-northeast-3): a backup abroad is found too.
    codes: /(?<![A-Za-z0-9-])(?:us|eu|ap|sa|ca|me|af|il|mx)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d(?![0-9])/u,
    countryOfRegion: {
      ...inCountry('US', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2'),
      ...inCountry('CA', 'ca-central-1', 'ca-west-1'),
      ...inCountry('MX', 'mx-central-1'),
      ...inCountry('BR', 'sa-east-1'),
      ...inCountry('IE', 'eu-west-1'),
      ...inCountry('GB', 'eu-west-2'),
      ...inCountry('FR', 'eu-west-3'),
      ...inCountry('DE', 'eu-central-1'),
      ...inCountry('CH', 'eu-central-2'),
      ...inCountry('IT', 'eu-south-1'),
      ...inCountry('ES', 'eu-south-2'),
      ...inCountry('SE', 'eu-north-1'),
      ...inCountry('JP', 'ap-northeast-1', 'ap-northeast-3'),
      ...inCountry('KR', 'ap-northeast-2'),
      ...inCountry('HK', 'ap-east-1'),
      ...inCountry('SG', 'ap-southeast-1'),
      ...inCountry('AU', 'ap-southeast-2', 'ap-southeast-4'),
      ...inCountry('ID', 'ap-southeast-3'),
      ...inCountry('MY', 'ap-southeast-5'),
      ...inCountry('TH', 'ap-southeast-7'),
      ...inCountry('IN', 'ap-south-1', 'ap-south-2'),
      ...inCountry('IL', 'il-central-1'),
      ...inCountry('BH', 'me-south-1'),
      ...inCountry('AE', 'me-central-1'),
      ...inCountry('ZA', 'af-south-1'),
    },
  },
  {
    id: 'azure',
    name: 'Azure',
    pattern: /(?<![A-Za-z])Azure(?![A-Za-z])(?!\s*Marketplace)|アジュール/u,
    // Azure names its regions by area (`Germany West Central` is in Frankfurt, `North Europe` in Ireland). The display name
    // abroad is read only through its city (`East US` or `North Europe` alone do not name Azure); the programmatic name,
    // written as one word (`northeurope`, `eastus2`), is Azure's alone, so it names the provider as an AWS code does.
    regions: {
      tokyo: 'japaneast',
      osaka: 'japanwest',
      frankfurt: 'germanywestcentral',
      ireland: 'northeurope',
      london: 'uksouth',
      cardiff: 'ukwest',
      paris: 'francecentral',
      virginia: 'eastus',
      singapore: 'southeastasia',
      sydney: 'australiaeast',
      melbourne: 'australiasoutheast',
      seoul: 'koreacentral',
      mumbai: 'westindia',
      montreal: 'canadaeast',
      saopaulo: 'brazilsouth',
    },
    codes: new RegExp(String.raw`(?<![A-Za-z])(?:japan\s?(?:east|west)|${azureCodesAbroad.join('|')})(?![A-Za-z0-9])`, 'iu'),
    displayNames: new RegExp(String.raw`(?<![A-Za-z])(?:${azureDisplayNamesAbroad.join('|')})(?![A-Za-z0-9])`, 'iu'),
    countryOfRegion: {
      ...inCountry('JP', 'japaneast', 'japanwest'),
      ...azureRegionsAbroad,
    },
  },
  {
    id: 'gcp',
    name: 'Google Cloud',
    pattern:
      /Google\s*Cloud(?:\s*Platform)?(?!\s*Marketplace)|(?<![A-Za-z])GCP(?![A-Za-z])|Google\s*(?:Compute Engine|Kubernetes Engine|App Engine|BigQuery|Cloud Storage)|Firebase|グーグル\s*クラウド/u,
    regions: {
      tokyo: 'asia-northeast1',
      osaka: 'asia-northeast2',
      frankfurt: 'europe-west3',
      london: 'europe-west2',
      paris: 'europe-west9',
      virginia: 'us-east4',
      ohio: 'us-east5',
      oregon: 'us-west1',
      singapore: 'asia-southeast1',
      sydney: 'australia-southeast1',
      melbourne: 'australia-southeast2',
      seoul: 'asia-northeast3',
      mumbai: 'asia-south1',
      montreal: 'northamerica-northeast1',
      saopaulo: 'southamerica-east1',
    },
    // Every Google Cloud region code has this shape (asia-northeast1, us-central1, europe-west3). A multi-region location
    // of Firestore or Datastore (`nam5`, `eur3`) is a code of Google Cloud's too.
    codes:
      /(?<![A-Za-z0-9-])(?:(?:asia|us|europe|northamerica|southamerica|australia|me|africa)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)\d(?![0-9])|(?:nam|eur)\d{1,2}(?![A-Za-z0-9-]))/u,
    countryOfRegion: {
      // A multi-region spans sites in one country (`nam5`, `nam7`: United States) or a continent (`eur3`: Europe): only the
      // former has a country; a continent is none, so `eur3` has no entry and places the data in no country.
      ...inCountry('US', 'nam5', 'nam7'),
      ...inCountry('US', 'us-central1', 'us-east1', 'us-east4', 'us-east5', 'us-south1', 'us-west1', 'us-west2', 'us-west3', 'us-west4'),
      ...inCountry('CA', 'northamerica-northeast1', 'northamerica-northeast2'),
      ...inCountry('BR', 'southamerica-east1'),
      ...inCountry('CL', 'southamerica-west1'),
      ...inCountry('BE', 'europe-west1'),
      ...inCountry('GB', 'europe-west2'),
      ...inCountry('DE', 'europe-west3'),
      ...inCountry('NL', 'europe-west4'),
      ...inCountry('CH', 'europe-west6'),
      ...inCountry('IT', 'europe-west8'),
      ...inCountry('FR', 'europe-west9'),
      ...inCountry('FI', 'europe-north1'),
      ...inCountry('PL', 'europe-central2'),
      ...inCountry('ES', 'europe-southwest1'),
      ...inCountry('JP', 'asia-northeast1', 'asia-northeast2'),
      ...inCountry('KR', 'asia-northeast3'),
      ...inCountry('TW', 'asia-east1'),
      ...inCountry('HK', 'asia-east2'),
      ...inCountry('SG', 'asia-southeast1'),
      ...inCountry('ID', 'asia-southeast2'),
      ...inCountry('IN', 'asia-south1', 'asia-south2'),
      ...inCountry('AU', 'australia-southeast1', 'australia-southeast2'),
      ...inCountry('IL', 'me-west1'),
      ...inCountry('QA', 'me-central1'),
      ...inCountry('SA', 'me-central2'),
      ...inCountry('ZA', 'africa-south1'),
    },
  },
  {
    id: 'oci',
    name: 'Oracle Cloud Infrastructure',
    pattern: /Oracle\s*Cloud(?:\s*Infrastructure)?|(?<![A-Za-z])OCI(?![A-Za-z])/u,
    regions: { tokyo: 'ap-tokyo-1', osaka: 'ap-osaka-1' },
    codes: /(?<![A-Za-z0-9-])ap-(?:tokyo|osaka)-1(?![0-9])/u,
    countryOfRegion: inCountry('JP', 'ap-tokyo-1', 'ap-osaka-1'),
  },
  {
    id: 'sakura',
    name: 'さくらインターネット',
    pattern: /さくらのクラウド|さくらインターネット|Sakura\s*(?:Cloud|Internet)/iu,
    regions: {},
    codes: /(?!)/u,
    countryOfRegion: {},
    onlyIn: 'JP',
  },
  {
    id: 'ibm',
    name: 'IBM Cloud',
    pattern: /IBM\s*Cloud/u,
    regions: { tokyo: 'jp-tok', osaka: 'jp-osa' },
    codes: /(?<![A-Za-z0-9-])jp-(?:tok|osa)(?![A-Za-z])/u,
    countryOfRegion: inCountry('JP', 'jp-tok', 'jp-osa'),
  },
];

/**
 * "A second region" without its name (別リージョン, another region): a backup site of the same provider. Geo-redundant
 * storage replicates `to the paired region`: the provider pairs it, the document does not name it, so it is unnamed too.
 */
export const secondRegion =
  /(?:別|異なる|他の|もう一つの|遠隔地?の|複数の)\s*(?:の\s*)?リージョン|(?:another|a second|a different|secondary|separate|other|(?:the|its|a) paired) (?:AWS |Azure |Google Cloud )?regions?/iu;

/**
 * A city abroad as documents name a provider's region there: the region word with it (`Frankfurt region`,
 * `フランクフルトリージョン`, `リージョン（フランクフルト）`), the console's `<area> (<city>)` (`Europe (Frankfurt)`, `US East (N.
 * Virginia)`), the city with its country (`Frankfurt, Germany`, `Germany (Frankfurt)`, `ドイツ（フランクフルト）`), or the city in a
 * list right after the region word (`region: Tokyo or Frankfurt`). A city alone is not one (`our Frankfurt office`).
 */
function regionPlace(city: string, cityJa: string, country: string, countryJa: string): RegExp {
  const en = String.raw`(?<![A-Za-z])(?:${city})(?![A-Za-z])`;
  const any = `(?:${en}|${cityJa})`;
  return new RegExp(
    [
      String.raw`${any}\s*(?:region|リージョン)`,
      String.raw`(?:region|リージョン)\s*[(（]\s*${any}\s*[)）]`,
      String.raw`(?:Asia\s*Pacific|Europe|EU|US\s*(?:East|West)|Canada|South\s*America|アジアパシフィック|欧州|米国(?:東部|西部)?)\s*[(（]\s*${any}\s*[)）]`,
      String.raw`(?:${country}|${countryJa})\s*[(（]\s*${any}\s*[)）]`,
      // A display name of compass words over the city in brackets (`UK South (London)`, `Germany West Central (Frankfurt)`).
      String.raw`(?<![A-Za-z])(?:North|South|East|West|Central)\s*[(（]\s*${en}\s*[)）]`,
      String.raw`${en},\s*(?:${country})`,
      String.raw`(?<![A-Za-z])regions?\s*[:：]\s*(?:[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?\s*(?:,|or|and|/)\s*){0,4}${en}`,
      String.raw`リージョン\s*[:：]\s*(?:[^\s、。:：]{1,10}\s*(?:、|または|及び|および|・|/)\s*){0,4}${cityJa}`,
    ].join('|'),
    'iu',
  );
}

/**
 * Place names for a provider's region, as documents write them; also the city with its country, as a sub-processor list
 * prints a processing location (`Japan (Tokyo)`, `Tokyo, Japan`, `日本（東京）`). A city alone is not one (`東京地方裁判所` is a
 * court). Each provider maps a place to its own region there (`regions`).
 */
export const places: ReadonlyArray<{ place: Place; pattern: RegExp }> = [
  {
    place: 'tokyo',
    pattern:
      /東京\s*リージョン|東日本\s*リージョン|Tokyo\s*region|Japan\s*East|アジアパシフィック\s*[(（]\s*東京\s*[)）]|Asia\s*Pacific\s*\(Tokyo\)|東京\s*\(?\s*asia|(?:リージョン|region)\s*[(（]\s*(?:東京|Tokyo)\s*[)）]|(?:Japan|日本)\s*[(（]\s*(?:Tokyo|東京)\s*[)）]|Tokyo,\s*Japan/iu,
  },
  { place: 'tokyo', pattern: regionPlace(englishCity.tokyo, '東京', 'Japan', '日本') },
  {
    place: 'osaka',
    pattern:
      /大阪\s*(?:ローカル)?\s*リージョン|西日本\s*リージョン|Osaka\s*region|Japan\s*West|アジアパシフィック\s*[(（]\s*大阪\s*[)）]|Asia\s*Pacific\s*\(Osaka\)|(?:リージョン|region)\s*[(（]\s*(?:大阪|Osaka)\s*[)）]|(?:Japan|日本)\s*[(（]\s*(?:Osaka|大阪)\s*[)）]|Osaka,\s*Japan/iu,
  },
  { place: 'osaka', pattern: regionPlace(englishCity.osaka, '大阪', 'Japan', '日本') },
  { place: 'frankfurt', pattern: regionPlace(englishCity.frankfurt, 'フランクフルト', 'Germany', 'ドイツ') },
  { place: 'ireland', pattern: regionPlace(englishCity.ireland, 'アイルランド|ダブリン', 'Ireland', 'アイルランド') },
  { place: 'london', pattern: regionPlace(englishCity.london, 'ロンドン', 'UK|United Kingdom|England', '英国|イギリス') },
  { place: 'cardiff', pattern: regionPlace(englishCity.cardiff, 'カーディフ', 'UK|United Kingdom|Wales', '英国|イギリス') },
  { place: 'paris', pattern: regionPlace(englishCity.paris, 'パリ', 'France', 'フランス') },
  {
    place: 'virginia',
    pattern: regionPlace(englishCity.virginia, 'バージニア(?:北部)?|北部バージニア', 'US|USA|United States', '米国'),
  },
  { place: 'ohio', pattern: regionPlace(englishCity.ohio, 'オハイオ', 'US|USA|United States', '米国') },
  { place: 'oregon', pattern: regionPlace(englishCity.oregon, 'オレゴン', 'US|USA|United States', '米国') },
  { place: 'singapore', pattern: regionPlace(englishCity.singapore, 'シンガポール', 'Singapore', 'シンガポール') },
  { place: 'sydney', pattern: regionPlace(englishCity.sydney, 'シドニー', 'Australia', 'オーストラリア') },
  { place: 'melbourne', pattern: regionPlace(englishCity.melbourne, 'メルボルン', 'Australia', 'オーストラリア') },
  { place: 'seoul', pattern: regionPlace(englishCity.seoul, 'ソウル', 'South Korea|Korea', '韓国') },
  { place: 'mumbai', pattern: regionPlace(englishCity.mumbai, 'ムンバイ', 'India', 'インド') },
  { place: 'montreal', pattern: regionPlace(englishCity.montreal, 'モントリオール', 'Canada', 'カナダ') },
  { place: 'saopaulo', pattern: regionPlace(englishCity.saopaulo, 'サンパウロ', 'Brazil', 'ブラジル') },
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
  { code: 'IN', name: 'India', nameJa: 'インド', pattern: /インド(?!ネシア)|India(?!n)/u },
  // Countries of the providers' regions abroad. A katakana name that is also part of other words is bounded by
  // non-katakana (`タイ` is in `タイムスタンプ`, `チリ` in `ガッチリ`).
  { code: 'NL', name: 'Netherlands', nameJa: 'オランダ', pattern: /オランダ|Netherlands|Holland/u },
  { code: 'FR', name: 'France', nameJa: 'フランス', pattern: /フランス|France/u },
  { code: 'BE', name: 'Belgium', nameJa: 'ベルギー', pattern: /ベルギー|Belgium/u },
  { code: 'CH', name: 'Switzerland', nameJa: 'スイス', pattern: /(?<![ァ-ヺー])スイス(?![ァ-ヺー])|Switzerland/u },
  { code: 'IT', name: 'Italy', nameJa: 'イタリア', pattern: /イタリア|Italy/u },
  { code: 'ES', name: 'Spain', nameJa: 'スペイン', pattern: /スペイン|Spain/u },
  { code: 'SE', name: 'Sweden', nameJa: 'スウェーデン', pattern: /スウェーデン|Sweden/u },
  { code: 'NO', name: 'Norway', nameJa: 'ノルウェー', pattern: /ノルウェー|Norway/u },
  { code: 'FI', name: 'Finland', nameJa: 'フィンランド', pattern: /フィンランド|Finland/u },
  { code: 'PL', name: 'Poland', nameJa: 'ポーランド', pattern: /ポーランド|Poland/u },
  { code: 'CA', name: 'Canada', nameJa: 'カナダ', pattern: /(?<![ァ-ヺー])カナダ(?![ァ-ヺー])|Canada/u },
  { code: 'MX', name: 'Mexico', nameJa: 'メキシコ', pattern: /メキシコ|(?<!New )Mexico/u },
  { code: 'BR', name: 'Brazil', nameJa: 'ブラジル', pattern: /ブラジル|Brazil/u },
  { code: 'CL', name: 'Chile', nameJa: 'チリ', pattern: /(?<![ァ-ヺー])チリ(?![ァ-ヺー])|Chile/u },
  { code: 'HK', name: 'Hong Kong', nameJa: '香港', pattern: /香港|Hong Kong/u },
  { code: 'TW', name: 'Taiwan', nameJa: '台湾', pattern: /台湾|Taiwan/u },
  { code: 'ID', name: 'Indonesia', nameJa: 'インドネシア', pattern: /インドネシア|Indonesia/u },
  { code: 'NZ', name: 'New Zealand', nameJa: 'ニュージーランド', pattern: /ニュージーランド|New Zealand/u },
  { code: 'MY', name: 'Malaysia', nameJa: 'マレーシア', pattern: /マレーシア|Malaysia/u },
  { code: 'TH', name: 'Thailand', nameJa: 'タイ', pattern: /タイ王国|(?<![ァ-ヺー])タイ(?=国内|の(?:データ|リージョン))|Thailand/u },
  { code: 'IL', name: 'Israel', nameJa: 'イスラエル', pattern: /イスラエル|Israel/u },
  { code: 'BH', name: 'Bahrain', nameJa: 'バーレーン', pattern: /バーレーン|Bahrain/u },
  { code: 'AE', name: 'United Arab Emirates', nameJa: 'アラブ首長国連邦', pattern: /アラブ首長国連邦|United Arab Emirates|(?<![A-Za-z])UAE(?![A-Za-z])/u },
  { code: 'QA', name: 'Qatar', nameJa: 'カタール', pattern: /カタール|Qatar/u },
  { code: 'SA', name: 'Saudi Arabia', nameJa: 'サウジアラビア', pattern: /サウジアラビア|Saudi Arabia/u },
  { code: 'ZA', name: 'South Africa', nameJa: '南アフリカ', pattern: /南アフリカ|South Africa/u },
];

/** Areas of Japan a document names for a data centre whose operator it does not name: `undisclosed:jp-<area>`. */
export const japaneseAreas: ReadonlyArray<{ code: string; name: string; pattern: RegExp; cities?: RegExp; citiesJa?: RegExp }> = [
  // A prefecture places a data centre in its region: 東京都内 is in Kanto, 大阪府 in Kansai.
  // A city of the area names it only as the place of a site (`a colocation facility in Osaka`, `東京のデータセンター`): see
  // `cities` and `citiesJa`.
  {
    code: 'jp-kanto',
    name: 'the Kanto region',
    pattern: /関東|首都圏|Kanto|東京都|神奈川県|埼玉県|千葉県|茨城県|栃木県|群馬県/u,
    cities: /Tokyo|Yokohama/u,
    citiesJa: /東京|横浜/u,
  },
  {
    code: 'jp-kansai',
    name: 'the Kansai region',
    pattern: /関西|近畿|Kansai|大阪府|京都府|兵庫県|奈良県|滋賀県|和歌山県/u,
    cities: /Osaka|Kyoto|Kobe/u,
    citiesJa: /大阪|京都|神戸/u,
  },
  { code: 'jp-east', name: 'eastern Japan', pattern: /東日本/u },
  { code: 'jp-west', name: 'western Japan', pattern: /西日本/u },
  { code: 'jp-hokkaido', name: 'Hokkaido', pattern: /北海道|Hokkaido/u },
  { code: 'jp-kyushu', name: 'Kyushu', pattern: /九州|Kyushu/u },
];
