/**
 * Reference data the synthetic vendors need beyond seed/reference: more
 * regions on the three providers (in Japan, the US and a few other
 * countries) and the countries they lie in. Ids are new, so the generated
 * file can sit next to copies of seed/reference without a duplicate.
 *
 * Each region also has a Japanese label (used only in the synthetic
 * whitepaper text) and a weight: how often a service puts its data there.
 * Tokyo dominates, as it does for Japanese SaaS, so there is a busy region.
 */
import type { SeedFile } from '../../src/seed/seed-schema.js';

export interface RegionProfile {
  id: string;
  provider: 'aws' | 'azure' | 'gcp' | 'undisclosed';
  country: string;
  /** How the whitepaper text names it. */
  labelJa: string;
  /** Relative share of services whose primary region it is. */
  weight: number;
  /** Defined here (true) or already in seed/reference (false). */
  generated: boolean;
  code?: string;
  name?: string;
}

const real = (id: string, provider: RegionProfile['provider'], country: string, labelJa: string, weight: number): RegionProfile => ({
  id,
  provider,
  country,
  labelJa,
  weight,
  generated: false,
});

const extra = (provider: 'aws' | 'azure' | 'gcp', code: string, name: string, country: string, labelJa: string, weight: number): RegionProfile => ({
  id: `${provider}:${code}`,
  provider,
  country,
  labelJa,
  weight,
  generated: true,
  code,
  name,
});

export const regionProfiles: readonly RegionProfile[] = [
  // Already in seed/reference/infrastructure.json.
  real('aws:ap-northeast-1', 'aws', 'JP', 'AWS 東京リージョン', 30),
  real('aws:ap-northeast-3', 'aws', 'JP', 'AWS 大阪リージョン', 6),
  real('aws:jp', 'aws', 'JP', 'AWS の国内リージョン', 2),
  real('azure:japaneast', 'azure', 'JP', 'Microsoft Azure 東日本リージョン', 12),
  real('azure:japanwest', 'azure', 'JP', 'Microsoft Azure 西日本リージョン', 4),
  real('gcp:asia-northeast1', 'gcp', 'JP', 'Google Cloud 東京リージョン', 10),
  real('gcp:asia-northeast2', 'gcp', 'JP', 'Google Cloud 大阪リージョン', 3),
  real('gcp:us', 'gcp', 'US', 'Google Cloud の米国内ロケーション', 1),
  real('undisclosed:jp', 'undisclosed', 'JP', '国内のデータセンター', 6),
  // New: generated-infrastructure.json.
  extra('aws', 'us-east-1', 'AWS US East (N. Virginia)', 'US', 'AWS 米国東部（バージニア北部）リージョン', 4),
  extra('aws', 'us-west-2', 'AWS US West (Oregon)', 'US', 'AWS 米国西部（オレゴン）リージョン', 2),
  extra('azure', 'eastus', 'Azure East US', 'US', 'Microsoft Azure 米国東部リージョン', 2),
  extra('azure', 'westus2', 'Azure West US 2', 'US', 'Microsoft Azure 米国西部 2 リージョン', 1),
  extra('gcp', 'us-central1', 'Google Cloud us-central1 (Iowa)', 'US', 'Google Cloud アイオワリージョン', 2),
  extra('gcp', 'us-east4', 'Google Cloud us-east4 (N. Virginia)', 'US', 'Google Cloud バージニア北部リージョン', 1),
  extra('aws', 'ap-southeast-1', 'AWS Asia Pacific (Singapore)', 'SG', 'AWS シンガポールリージョン', 2),
  extra('azure', 'southeastasia', 'Azure Southeast Asia (Singapore)', 'SG', 'Microsoft Azure 東南アジアリージョン', 1),
  extra('gcp', 'asia-southeast1', 'Google Cloud asia-southeast1 (Singapore)', 'SG', 'Google Cloud シンガポールリージョン', 1),
  extra('aws', 'ap-northeast-2', 'AWS Asia Pacific (Seoul)', 'KR', 'AWS ソウルリージョン', 1),
  extra('azure', 'koreacentral', 'Azure Korea Central (Seoul)', 'KR', 'Microsoft Azure 韓国中部リージョン', 1),
  extra('gcp', 'asia-northeast3', 'Google Cloud asia-northeast3 (Seoul)', 'KR', 'Google Cloud ソウルリージョン', 1),
  extra('aws', 'eu-central-1', 'AWS Europe (Frankfurt)', 'DE', 'AWS フランクフルトリージョン', 1),
  extra('azure', 'germanywestcentral', 'Azure Germany West Central (Frankfurt)', 'DE', 'Microsoft Azure ドイツ中西部リージョン', 1),
  extra('gcp', 'europe-west3', 'Google Cloud europe-west3 (Frankfurt)', 'DE', 'Google Cloud フランクフルトリージョン', 1),
  extra('aws', 'eu-west-2', 'AWS Europe (London)', 'GB', 'AWS ロンドンリージョン', 1),
  extra('azure', 'uksouth', 'Azure UK South (London)', 'GB', 'Microsoft Azure 英国南部リージョン', 1),
  extra('gcp', 'europe-west2', 'Google Cloud europe-west2 (London)', 'GB', 'Google Cloud ロンドンリージョン', 1),
  extra('aws', 'ap-southeast-2', 'AWS Asia Pacific (Sydney)', 'AU', 'AWS シドニーリージョン', 1),
  extra('azure', 'australiaeast', 'Azure Australia East (New South Wales)', 'AU', 'Microsoft Azure オーストラリア東部リージョン', 1),
  extra('gcp', 'australia-southeast1', 'Google Cloud australia-southeast1 (Sydney)', 'AU', 'Google Cloud シドニーリージョン', 1),
];

/** Countries the generated regions lie in that seed/reference does not define (it has JP and US). */
const extraCountries = [
  { code: 'SG', name: 'Singapore', nameJa: 'シンガポール' },
  { code: 'KR', name: 'Republic of Korea', nameJa: '韓国' },
  { code: 'DE', name: 'Germany', nameJa: 'ドイツ' },
  { code: 'GB', name: 'United Kingdom', nameJa: 'イギリス' },
  { code: 'AU', name: 'Australia', nameJa: 'オーストラリア' },
];

export const countryNameJa: Record<string, string> = {
  JP: '日本',
  US: '米国',
  ...Object.fromEntries(extraCountries.map((c) => [c.code, c.nameJa])),
};

/** The time source a provider's own NTP service is (ids from seed/reference). */
export const providerTimeSource: Record<RegionProfile['provider'], string> = {
  aws: 'aws-ntp',
  azure: 'azure-ntp',
  gcp: 'google-ntp',
  undisclosed: 'public-ntp',
};

export const timeSourceLabelJa: Record<string, string> = {
  'aws-ntp': 'Amazon Time Sync Service',
  'azure-ntp': 'Microsoft Azure が提供する NTP サービス',
  'google-ntp': 'Google Public NTP',
  nict: '情報通信研究機構（NICT）の公開 NTP サービス',
  nist: 'NIST Internet Time Service',
  'public-ntp': '公開 NTP サーバ',
};

/** The seed file `reference/generated-infrastructure.json`. */
export function generatedInfrastructureFile(): Partial<SeedFile> {
  return {
    $comment: 'Generated by test/bench/generate.ts: regions and countries that synthetic vendors use beyond seed/reference. Not real data.',
    countries: extraCountries,
    regions: regionProfiles
      .filter((r) => r.generated)
      .map((r) => ({ id: r.id, code: r.code!, name: r.name!, provider: r.provider, country: r.country, disclosed: true })),
  };
}
