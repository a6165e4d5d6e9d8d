/**
 * What a synthetic service discloses about one ISO/IEC 27017 control: a
 * Japanese sentence (the quote), an English summary, and the metrics the
 * sentence states. Controls that real whitepapers give numbers for (data
 * deletion, backups, logs, incident notice, maintenance notice,
 * availability, passwords) get sentences with a value and unit, in the
 * units real documents use (日, 営業日, か月, 時間, 世代...); every other
 * control gets a generic sentence built on its Japanese title.
 *
 * Every metric's `raw` is a substring of its quote, and every unit is one
 * the loader can normalise for that metric name, so the loader accepts it.
 */
import type { Metric } from '../../src/seed/seed-schema.js';
import type { Random } from './random.js';

export interface ControlInfo {
  id: string;
  code: string;
  title?: string | undefined;
  titleEn: string;
}

export interface DisclosureText {
  quote: string;
  summary: string;
  metrics: Metric[];
}

interface Subject {
  service: string;
  vendor: string;
}

type Template = (random: Random, s: Subject, control: ControlInfo) => DisclosureText;

const metric = (name: Metric['name'], value: number, unit: Metric['unit'], raw: string, subject?: string): Metric =>
  subject ? { name, value, unit, raw, subject } : { name, value, unit, raw };

const dataDeletion: Template = (random, { service }) => {
  const variant = random.int(0, 2);
  if (variant === 0) {
    const n = random.pick([7, 14, 30, 30, 60, 90, 90, 180]);
    return {
      quote: `${service}のご契約終了後、お客様データはバックアップも含めて ${n} 日以内に削除します。削除したデータは復元できません。`,
      summary: `Customer data, backups included, is deleted within ${n} days after the contract ends and cannot be restored.`,
      metrics: [metric('dataDeletionDays', n, 'days', `${n} 日以内`)],
    };
  }
  if (variant === 1) {
    const n = random.pick([10, 20, 30, 60]);
    return {
      quote: `契約終了から ${n} 営業日以内に、${service}に保管されたお客様データのデータ削除を完了します。`,
      summary: `Customer data is deleted within ${n} business days of the end of the contract.`,
      metrics: [metric('dataDeletionDays', n, 'businessDays', `${n} 営業日以内`)],
    };
  }
  const n = random.pick([1, 3, 6]);
  return {
    quote: `${service}では、解約後 ${n} か月以内に顧客データおよびログを完全に消去します。`,
    summary: `Customer data and logs are erased within ${n} month(s) of cancellation.`,
    metrics: [metric('dataDeletionDays', n, 'months', `${n} か月以内`)],
  };
};

const backup: Template = (random, { service }) => {
  const hours = random.pick([1, 2, 6, 12]);
  const minutes = random.pick([5, 15, 30]);
  const [raw, value, unit, english] = random.pick([
    ['日次', 1, 'days', 'daily'],
    ['毎日', 1, 'days', 'every day'],
    ['毎週', 1, 'weeks', 'weekly'],
    [`${hours} 時間ごと`, hours, 'hours', `every ${hours} hours`],
    [`${minutes}分間隔`, minutes, 'minutes', `every ${minutes} minutes`],
  ] as const);
  const generations = random.pick([3, 5, 7, 7, 14, 30]);
  const metrics = [metric('backupInterval', value, unit, raw), metric('backupGenerations', generations, 'generations', `${generations}世代`)];
  let quote = `${service}のデータベースは${raw}でバックアップを取得し、${generations}世代を保管しています。`;
  let summary = `Databases are backed up ${english}, keeping ${generations} generations.`;
  if (random.chance(0.3)) {
    const days = random.pick([7, 14, 30, 90]);
    quote += `バックアップデータは ${days} 日間保持します。`;
    summary += ` Backups are kept ${days} days.`;
    metrics.push(metric('backupRetentionDays', days, 'days', `${days} 日間`));
  }
  return { quote, summary, metrics };
};

const logging: Template = (random, { service }) => {
  const variant = random.int(0, 2);
  if (variant === 0) {
    const n = random.pick([30, 90, 180, 365]);
    return {
      quote: `${service}のアクセスログおよび操作ログは、最大で ${n} 日保管します。`,
      summary: `Access and operation logs are kept for at most ${n} days.`,
      metrics: [metric('logRetentionDays', n, 'days', `最大で ${n} 日`)],
    };
  }
  if (variant === 1) {
    const n = random.pick([3, 6, 13]);
    return {
      quote: `${service}の操作ログは ${n} か月間保存し、不正アクセスの調査に利用します。`,
      summary: `Operation logs are kept ${n} months for investigating unauthorised access.`,
      metrics: [metric('logRetentionDays', n, 'months', `${n} か月間`)],
    };
  }
  const n = random.pick([1, 3, 5]);
  return {
    quote: `${service}の監査ログは ${n} 年間保存します。`,
    summary: `Audit logs are kept ${n} year(s).`,
    metrics: [metric('logRetentionDays', n, 'years', `${n} 年間`)],
  };
};

const incidentNotice: Template = (random, { service }) => {
  if (random.chance(0.25)) {
    return {
      quote: `重大な障害やセキュリティ事故は、翌営業日までに${service}の管理者へメールで報告します。`,
      summary: 'Serious incidents are reported to the customer administrator by e-mail by the next business day.',
      metrics: [metric('incidentNotificationHours', 1, 'businessDays', '翌営業日')],
    };
  }
  const n = random.pick([1, 4, 24, 48, 72]);
  return {
    quote: `${service}で情報セキュリティインシデントが発生した場合、${n} 時間以内にお客様へ通知します。`,
    summary: `Customers are notified of an information security incident within ${n} hours.`,
    metrics: [metric('incidentNotificationHours', n, 'hours', `${n} 時間以内`)],
  };
};

const maintenanceNotice: Template = (random, { service }) => {
  const days = random.pick([3, 7, 14, 30]);
  const businessDays = random.pick([3, 5, 10]);
  const weeks = random.pick([1, 2]);
  const [raw, value, unit] = random.pick([
    [`${days} 日前`, days, 'days'],
    [`${businessDays} 営業日前`, businessDays, 'businessDays'],
    [`${weeks}週間前`, weeks, 'weeks'],
  ] as const);
  return {
    quote: `${service}の計画メンテナンスは、実施の${raw}までにお知らせします。`,
    summary: `Planned maintenance is announced ${value} ${unit} ahead.`,
    metrics: [metric('maintenanceNoticeDays', value, unit, raw)],
  };
};

const availability: Template = (random, { service }) => {
  const p = random.pick([99.5, 99.9, 99.95, 99.99]);
  return {
    quote: `${service}の月間稼働率は ${p}% 以上を目標としています。`,
    summary: `The monthly availability target is ${p}% or more.`,
    metrics: [metric('availabilityPercent', p, 'percent', `${p}% 以上`)],
  };
};

const password: Template = (random, { service }) => {
  const n = random.pick([8, 10, 12, 16]);
  return {
    quote: `${service}のパスワードは英字、数字、記号を組み合わせた ${n} 文字以上としています。`,
    summary: `Passwords must be at least ${n} characters mixing letters, digits and symbols.`,
    metrics: [metric('passwordMinLength', n, 'characters', `${n} 文字以上`)],
  };
};

const fixed =
  (quote: (s: Subject) => string, summary: string): Template =>
  (_random, s) => ({ quote: quote(s), summary, metrics: [] });

const specific: Record<string, Template> = {
  'CLD.8.1.5': dataDeletion,
  '12.3.1': backup,
  '12.4.1': logging,
  '16.1.2': incidentNotice,
  '12.1.2': maintenanceNotice,
  '17.2.1': availability,
  '9.4.3': password,
  'CLD.6.3.1': fixed(
    (s) =>
      `${s.vendor}は、${s.service}のアプリケーション、ミドルウェア、OS およびインフラのセキュリティ対策を実施し、お客様はアカウントとパスワードを適切に管理する責任を負います。`,
    'The vendor secures the application, middleware, OS and infrastructure; customers manage their own accounts and passwords.',
  ),
  '10.1.1': fixed(
    (s) => `${s.service}の通信は TLS 1.2 以上で暗号化し、保存データは AES-256 で暗号化しています。`,
    'Traffic is encrypted with TLS 1.2 or later and stored data with AES-256.',
  ),
  '12.6.1': fixed(
    (s) => `${s.service}では、脆弱性情報を定期的に収集し、重大な脆弱性には速やかに修正プログラムを適用します。`,
    'Vulnerability information is collected regularly and critical vulnerabilities are patched promptly.',
  ),
  'CLD.9.5.1': fixed(
    (s) => `${s.service}では、お客様ごとにデータを論理的に分離し、他のお客様からアクセスできないようにしています。`,
    "Each customer's data is logically separated so other customers cannot access it.",
  ),
  'CLD.12.4.5': fixed((s) => `${s.service}の稼働状況は、監視システムにより 24 時間 365 日監視しています。`, 'The service is monitored around the clock.'),
  '9.2.1': fixed(
    (s) => `お客様の管理者は、${s.service}の管理画面からいつでも利用者の登録および削除を行うことができます。`,
    'Customer administrators can register and delete users at any time from the admin screen.',
  ),
  'CLD.12.1.5': fixed(
    (s) => `${s.vendor}は、${s.service}の重要な操作の手順を文書化し、手順書に従って運用しています。`,
    'Critical operations are documented and performed according to written procedures.',
  ),
  '13.1.1': fixed(
    (s) => `${s.service}のネットワークはファイアウォールで保護し、不要な通信を遮断しています。`,
    'The network is protected by firewalls that block unnecessary traffic.',
  ),
};

const frequencies: ReadonlyArray<readonly [string, string]> = [
  ['年1回', 'once a year'],
  ['半年ごとに', 'every six months'],
  ['定期的に', 'regularly'],
];

/** Any other control: a sentence built on the control's Japanese title. */
const generic: Template = (random, { service, vendor }, control) => {
  const title = control.title ?? control.titleEn;
  const variant = random.int(0, 2);
  if (variant === 0) {
    const [ja, en] = random.pick(frequencies);
    return {
      quote: `${vendor}は、${service}の「${title}」について社内規程を定め、${ja}見直しています。`,
      summary: `The vendor has internal rules on ${control.titleEn.toLowerCase()} for the service and reviews them ${en}.`,
      metrics: [],
    };
  }
  if (variant === 1) {
    return {
      quote: `${service}では、${title}に関する手順を整備し、担当者への教育を実施しています。`,
      summary: `Procedures on ${control.titleEn.toLowerCase()} are documented and the staff responsible are trained.`,
      metrics: [],
    };
  }
  return {
    quote: `${service}の${title}は、JIS Q 27001 に基づく${vendor}の情報セキュリティマネジメントシステムの中で管理しています。`,
    summary: `${control.titleEn} is managed within the vendor's ISO/IEC 27001 management system.`,
    metrics: [],
  };
};

export function disclosureText(random: Random, subject: Subject, control: ControlInfo): DisclosureText {
  return (specific[control.code] ?? generic)(random, subject, control);
}

/**
 * How likely a service is to disclose each control, by code: the ones real
 * whitepapers nearly always cover rank first; every other control shares
 * the low default, so a service's ~14 disclosures are mostly the common
 * ones plus a few from the rest of the catalog.
 */
export const controlWeights: Record<string, number> = {
  'CLD.8.1.5': 40,
  '12.3.1': 35,
  'CLD.6.3.1': 30,
  '12.4.1': 25,
  '16.1.2': 20,
  '10.1.1': 18,
  '12.1.2': 15,
  '9.4.3': 12,
  'CLD.9.5.1': 12,
  '12.6.1': 12,
  '9.2.1': 10,
  '17.2.1': 10,
  'CLD.12.4.5': 8,
  'CLD.12.1.5': 6,
  '13.1.1': 6,
};
export const defaultControlWeight = 1;
