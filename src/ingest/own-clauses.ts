/**
 * What a sentence says of the service itself: its clauses about someone
 * else (a competitor, a generic set-up it is compared with, a sub-processor
 * and where that one runs) or about something other than the service in
 * production (a staging or test environment, CI runners, a load test or
 * benchmark) are blanked, so no rule reads their places or
 * values as the service's. Infrastructure, data locations and metrics read
 * sentences through it.
 */
import { englishCompanyName } from './company-name.js';
import { customerPartySentence } from './contract-parties.js';
import { providers } from './provider-dictionary.js';
import { thirdPartySection } from './sub-processors.js';
import { cellsOf, headerCellsOf, inlineLabel } from './table-rows.js';
import type { Span } from './text-span.js';

/**
 * A clause whose subject is someone else's service (`他社サービスは…に保管していますが、`, `同種のサービスには…を利用するものも
 * ありますが、`, `similar services run on …;`), or the generic set-up a comparison sets the service against
 * (`一般的なオンプレミス構成：…`, `従来の環境では…`, `a typical on-premises deployment …`): what it says is no fact of
 * this service. So is a clause about `同社` (that company: a customer, partner or supplier the text named before; a
 * publisher never calls itself so), as a case study writes of its customer: `同社では基幹システムを Azure 上で運用`. So is the
 * customer's own system (`お客様が Amazon Web Services 上に構築したシステム`, `systems you run on AWS`), as an SLA's exclusions
 * name it: the cloud it runs on is the customer's, not the service's (not `お客様が登録したデータを管理するシステム`, the service's).
 * So is the customer's own cloud account a help article says data can be exported to (`keep your form data in your own AWS
 * account in us-east-1`, `お客様ご自身の AWS アカウント`, an install guide's `runs in your own AWS, Azure or Google Cloud
 * account`): its region is the customer's choice, not where the service runs.
 * Using another company's cloud (`他社のクラウドサービスを利用`) is not such a subject.
 * Nor is a subsidiary, affiliate or acquired company a listed company's annual report writes of beside its own business
 * (`連結子会社であるX株式会社が提供する…サービスは、Azure…上で稼働`, `株式を取得した株式会社Xの会計ソフトは`, `Our subsidiary X runs
 * on …`): where that company's product runs is not where the service runs. Not `当社及び子会社は` (the group itself). Nor a
 * partner named as the subject (`Our partner X runs on AWS in …`, a newsletter's partner story, an integration's page): the
 * partner's product is hosted where it says, the vendor's service is not.
 */
const othersSubject =
  /(?:お客様|お客さま|利用者|顧客|契約者|ユーザー?)(?:様)?(?:が|ご自身で)[^、。を]{0,40}?(?:構築|運用|開発|管理)(?:した|する|している|された|されている)(?:システム|環境|サーバー?|アプリケーション)|(?:お客様|お客さま|利用者|顧客|契約者)(?:様)?(?:ご自身|自身)の[^、。]{0,20}?(?:アカウント|サブスクリプション|プロジェクト|テナント|バケット)|(?<![A-Za-z])(?:(?:your|the\s+customer['’]s|customers['’])\s+own\s+(?:systems?|applications?|infrastructure|environments?|servers?|(?:[A-Z][A-Za-z]*,?\s+(?:(?:or|and)\s+)?){0,5}(?:accounts?|subscriptions?|projects?|tenants?|buckets?))|(?:systems?|applications?|infrastructure|environments?|servers?)\s+(?:that\s+)?(?:you|customers?|the\s+customer)\s+(?:run|host|build|built|operate|manage)s?)(?![A-Za-z])|(?<!及び|および|並びに|ならびに|と|・)(?:(?:連結|非連結|海外|国内)?子会社|関連会社|グループ会社|親会社)(?:化した|である|の)?[^、。]{0,40}?(?:は|では|も)|(?:株式を取得した|買収した|子会社化した)[^、。]{0,40}?(?:は|では|も)|(?<![A-Za-z])(?:(?:our|its|the)\s+)?(?:subsidiar(?:y|ies)|affiliates?|parent company|acquired (?:company|business)|(?:technology\s+|integration\s+|app\s+|channel\s+|reseller\s+|marketplace\s+)?partners?)(?![A-Za-z])[^,;.]{0,40}?\s(?:is|are|runs?|uses?|hosts?)(?![A-Za-z])|(?<![\p{Script=Han}])同社(?:の[^、。]{0,20}?)?(?:は|では|でも|も|が)|(?:他社|競合|同業|同種|類似)[^、。]{0,30}?(?:サービス|製品|ツール|ベンダー|事業者|企業|会社)[^、。]{0,20}?(?:は|には|では|も)|(?:一般的な|典型的な|従来(?:型)?の|既存の|オンプレミス)[^、。:：]{0,20}?(?:構成|環境|システム|方式|運用)[^、。:：]{0,10}?(?:は|では|の場合|[:：])|(?<![A-Za-z])(?:typical|traditional|conventional|legacy)\s+(?:on-?prem(?:ise|ises)?\s+)?(?:setups?|deployments?|environments?|systems?|installations?|configurations?)(?![A-Za-z])|(?<![A-Za-z])(?:(?:similar|competing|rival)\s+(?:[a-z-]+\s+){0,2}(?:products|services|tools|offerings)|competitors?|other (?:vendors|companies|providers))(?![A-Za-z])/iu;
const clauseEnd = /(?<=が[、,]|ものの[、,]|一方(?:で)?[、,]|[;；]|,\s*(?:but|while|whereas)\s|(?<![A-Za-z])but\s)/u;

/**
 * A third party the service relies on, named as the subject of where it runs: `our sub-processor X, which runs on AWS in
 * Frankfurt`, `再委託先の X 社が…、同社は AWS の…を利用`. What follows is the third party's hosting (the service depends on
 * it), unless the third party is itself a provider (`our sub-processor Google Cloud, which hosts …`). A company named by
 * its legal form and then where it runs (`tickets are handled in X Ltd., which is hosted on Google Cloud in …`) is such a
 * third party too: the vendor does not write of itself so. So is one named as doing a part of the work with where it runs
 * in brackets (`Email delivery is handled by X (hosted on AWS us-west-2)`): the brackets say where X runs.
 */
const thirdPartySubject = new RegExp(
  String.raw`(?<![A-Za-z])(?:sub-?processors?|subcontractors?|third[- ]part(?:y|ies)(?:\s+(?:services?|providers?|vendors?))?)\s+([^,;.]{1,40}?),?\s+(?:which|that|who)\s|(?:再委託先|委託先|外部サービス|外部事業者)(?:の|である)([^、。]{1,30}?)(?:は|では|が)|(?<![A-Za-z])(${englishCompanyName}),?\s+(?:which|that)\s+(?:is\s+|are\s+)?(?:hosted|runs?|operated|located)(?![A-Za-z])|(?<![A-Za-z])(?:handled|provided|processed|delivered|sent|performed)\s+(?:by|through|via)\s+(\p{Lu}[\p{L}\p{N}&.'-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'-]*){0,3})\s*\((?:hosted|running|runs|located)\s+(?:on|in|at)\s`,
  'iu',
);

/**
 * An entry of an incident report's timeline (`10:15　ステータスページにて第一報を掲載`, `2025/08/19 10:02 Alert fired`, a
 * Markdown table's row `| 09:41 | Incident declared |`, or a notice's dated window `2025年2月13日（木）22:00〜23:30に実施した…`):
 * what happened once, at that time, not what the service does. Its times and counts are no commitment.
 */
export const timelineEntry =
  /^\s*(?:\|\s*)?(?:\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*)?(?:[（(][^)）]{1,3}[)）]\s*)?\d{1,2}\s*[:：時]\s*\d{2}\s*分?(?:\s*(?:JST|UTC))?(?=[\s\u3000|])|^\s*\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?\s*(?:[（(][^)）]{1,3}[)）]\s*)?\d{1,2}\s*[:：]\s*\d{2}\s*[〜～~–-]/u;

/**
 * A field of one scheduled window (`Start:  Saturday 30 May 2026, 15:00 UTC`, `End: …`, `Length: up to 4 hours`,
 * `作業日時：…`, `所要時間：…`), as a maintenance notice sets it out: when the work happens once, no standing practice, and its
 * times are no commitment.
 */
export const windowField =
  /^\s*(?:[-*・]\s*)?(?:(?:start(?:s|\s+time)?|end(?:s|\s+time)?|(?:作業|実施|メンテナンス)?(?:開始|終了)(?:日時|時刻|予定)?|(?:作業|実施|メンテナンス)(?:日時|時間帯))\s*[:：][^\n]*?\d|(?:length|duration|所要時間|作業時間)\s*[:：]\s*(?:up\s+to|about|approx(?:imately|\.)?|約|最大)?\s*\d+(?:\.\d+)?\s*(?:hours?|hrs?|minutes?|mins?|時間|分))/iu;

/** A labelled field of a record (`Hosting: …`, `Location: …`, `所在地：…`): a label of words, a colon, its value. */
const recordField = /^\s*[\p{L}][\p{L} /-]{1,30}?\s*[:：]\s*\S/u;

/**
 * A clause or list number opening a line of terms (`２　`, `（１）`, `①`, `3.`, `(a)`), also a contract's multi-level number,
 * perhaps under an exhibit's or schedule's letter (`4.2`, `12.3.1`, `C.4.2`).
 */
const clauseNumber = String.raw`^\s*(?:(?:[A-Z][.．])?[0-9０-９]{1,2}(?:[.．][0-9０-９]{1,2}){0,3}[.．]?[ \u3000]+|[（(](?:[0-9０-９]{1,2}|[a-z])[)）][ \u3000]*|[①-⑳][ \u3000]*)?`;

/**
 * A request to the reader, with no subject of the provider's and no reason given before it (`解約の申出は…30日前までに行って
 * ください`, `お客様ご自身でバックアップを取得してください`, `残存期間の利用料をお支払いいただきます`): what the customer is asked to do.
 * Not `…保管しておりますので、ご安心ください`: a reason states the provider's practice first.
 */
const readerRequest = String.raw`(?![^。]*(?:当社|弊社)(?:は|が|で))(?![^。]*(?:ので|ため|から)[、,])[^。]*?(?:(?:て|で)(?:ください|下さい)|(?:お|ご)[^。、]{1,12}いただきます)[。.]?\s*$`;

/**
 * A sentence that says what the customer must do (`お客様は、…ものとします`, `利用者は…しなければなりません`, `The Customer
 * shall …`, `You must …`, an auditor's report's `User entities are responsible for …`): terms of service and contracts set the customer's duties beside the provider's, and a duty of
 * the customer (to report misuse within 3 days, to export its data weekly) is no practice of the service; nor is what a
 * sentence leaves to the customer's responsibility (`バックアップは利用者の責任で行うものとし`, `…はお客様の責任範囲です`, or
 * `委託元（お客様）の責任範囲です` as a sheet answering FISC's 安全対策基準 calls the financial institution that outsources). A sentence
 * whose main clause is the provider's (`お客様が…場合、当社は…通知するものとします`) is the provider's.
 */
const customerDuty = new RegExp(
  String.raw`${clauseNumber}(?:${readerRequest}|(?:(?:お客様|お客さま|利用者|ユーザー?|契約者|顧客|加入者|会員)(?:様)?(?:は|が)(?![^。]*(?:当社|弊社)(?:は|が))[^。]*?(?:ものとします|ものとする|なければな(?:りません|らない)|してください|責任を負(?:う|います|うものとします))[。.]?\s*$)|[^。]*?(?:お客様|お客さま|利用者|ユーザー?|契約者|顧客|加入者|会員|委託元)(?:様)?(?:[（(][^（）()。]{1,10}[）)])?(?:ご自身)?の(?:自己)?(?:ご)?責任(?:において|で行う|とし|とします|範囲(?:です|となります|とします|であり|に(?:含まれ|属し)ます))|(?:the\s+)?(?:customers?|users?|user\s+entit(?:y|ies)|subscribers?|licensees?|clients?|you)\s+(?:shall|must|agrees?\s+to|(?:is|are)\s+(?:solely\s+)?responsible\s+for|will\s+be\s+responsible\s+for)(?![A-Za-z]))`,
  'iu',
);

/**
 * Advice to the customer (`お客様ご自身でも…出力して保管されることをお勧めします`, `we recommend that you export your data
 * weekly`, `we suggest a weekly export for your own records`, `Customers should enable MFA`; a guide's `We recommend
 * keeping at least 14 days of backups`, `we recommend us-east-1`, the reader left unnamed): what the customer is advised to
 * do is no practice of the service, however the sentence is built.
 */
const customerAdvice =
  /(?:お客様|お客さま|利用者|ユーザー?|契約者)[^。]*?(?:こと|の)を(?:お勧め|おすすめ|お奨め|推奨)(?:いた)?し(?:ます|ています)|(?<![A-Za-z])(?:recommends?|advises?|encourages?|suggests?)\s+(?:that\s+)?(?:(?:our|all)\s+)?(?:customers?|users?|you)(?![A-Za-z])|(?<![A-Za-z])(?:customers?|you)\s+(?:should|are\s+(?:advised|encouraged|recommended)\s+to)(?![A-Za-z])|(?<![A-Za-z])we\s+(?:strongly\s+)?(?:recommend|suggest)(?![A-Za-z])/iu;

/**
 * A setting the customer may make for itself (`お客様ご自身で、ログイン時の多要素認証を有効にすることができます`, `Customers can
 * optionally enable MFA for their users`), as a tip beside the provider's practices offers it: what the customer may switch
 * on is its own choice, no practice of the service. `ご自身で` (by themselves) or an optional enabling marks it; `お客様は
 * リージョンを選択できます` (a choice the service offers) is left to the other rules.
 */
const customerOption =
  /(?:お客様|お客さま|利用者|ユーザー?|契約者|管理者)(?:様)?ご自身(?:で|が)[^。]*?(?:ことが)?でき(?:ます|る)|(?<![A-Za-z])(?:customers?|you)\s+(?:can|may)\s+(?:optionally|also|additionally)\s+(?:enable|configure|turn\s+on|set\s+up)(?![A-Za-z])/iu;

/**
 * A sentence that only gives the provider a right or a possibility (`当社は、…移転することができるものとします`, `当社は…停止
 * することがあります`, `We may …`, `The Company reserves the right to …`): what it may do at its discretion is no
 * commitment, so neither its places nor its values are the service's.
 */
const providerDiscretion = new RegExp(
  String.raw`${clauseNumber}(?:(?:当社|弊社)(?:は|が)[^。]*?(?:ことが(?:でき(?:ます|る)|あります|ある)|権利を有(?:します|する))(?:ものとします|ものとする)?[。.]?\s*$|(?:we|(?:the\s+)?(?:company|provider|supplier|vendor))\s+(?:may|reserves?\s+the\s+right\s+to)(?![A-Za-z]))`,
  'iu',
);

/**
 * A disclaimer (`当社は、…稼働率が 99.99% であることを保証するものではありません`, `…について一切の責任を負いません`, `We do not
 * guarantee …`, `makes no warranty that …`): what the provider declines to promise is no commitment, so its values are none.
 */
const providerDisclaimer =
  /(?:保証|約束)(?:を)?(?:しません|いたしません|するものではありません|するものではない|しない(?:ものとします)?)(?:[。.]|\s*$)|責任を負(?:いません|わない(?:ものとします)?)(?:[。.]|\s*$)|(?<![A-Za-z])(?:do(?:es)?\s+not|will\s+not|cannot)\s+(?:warrant|guarantee|promise)(?![A-Za-z])|(?<![A-Za-z])makes?\s+no\s+(?:warrant(?:y|ies)|guarantees?|representations?)(?![A-Za-z])/iu;

/**
 * A contract's right of the customer, the party named by its defined term (`Customer may audit … once per 12 months`,
 * `Customer may export Customer Data for 30 days`): what the customer may do is no practice of the vendor, and its
 * periods are no commitment of the vendor's. Only the capitalised singular term a contract defines: `customers may choose
 * a region` in a product page describes the service.
 */
const customerRight = new RegExp(String.raw`${clauseNumber}(?:[^.,;:]{1,60},\s*)?(?:the\s+)?(?:Customer|Client|Licensee|Subscriber)\s+may(?![A-Za-z])`, 'u');

/**
 * An answer not given yet: a reply that will check and answer later, or that is only considering the matter
 * (`確認のうえ改めてご連絡いたします`, `追って回答いたします`, `今後検討いたします`, `we will get back to you`, `to be confirmed`,
 * `TBD`; a support agent's `I think it's 30 days, but let me check with the team and come back to you`). It states no practice, whatever topic its sentence names. A practice that itself promises a later report
 * (`障害発生時は…第一報の後、確認のうえ改めてご報告します`) is set under a condition, and stays one.
 */
const deferredAnswer =
  /(?:確認|調査|精査|検討)(?:の(?:うえ|上)|いたしまして|させていただ(?:き|いた上で)|して|後)[、,]?\s*(?:改めて|追って|後日|別途)|(?:改めて|追って|後日|別途)\s*(?:ご)?回答(?:いた|致|申し上げ|させていただき)?ます|検討(?:いた|致)します|検討させていただきます|(?<![A-Za-z])(?:(?:we|I)(?:'ll|’ll| will) (?:get|come) back to you|(?:get|come) back to you (?:on|about|with|once|when|after)|(?:and|then) (?:get|come) back to you|let me (?:check|confirm|verify|double-check|find out)|to be (?:confirmed|determined|advised)|TB[CDA]|pending confirmation|under consideration)(?![A-Za-z])/iu;
/**
 * An answer that leaves the value to the customer's plan or contract (`保管期間はご契約プランにより異なります`, `varies by plan`,
 * `depends on your subscription`) or to an enquiry (`詳細は個別にお問い合わせください`, `contact sales for details`): it states
 * no one practice of the service, whatever topic it names.
 */
const variesByPlan =
  /(?:詳細|詳しく)?(?:は|については)?個別に(?:お|ご)?(?:問い?合わ?せ|相談|見積)|(?<![A-Za-z])contact (?:us|sales|our sales team|your account (?:manager|team)) (?:for|to discuss) (?:details|more information|a quote|pricing)(?![A-Za-z])|(?:プラン|契約(?:内容|プラン)?|コース|エディション|オプション)(?:の内容)?(?:により|によって|ごとに)(?:異な|変わ)|(?<![A-Za-z])(?:var(?:y|ies)|differs?|depends?)\s+(?:by|on|according to|with)\s+(?:your\s+|the\s+|each\s+)?(?:plans?|contracts?|subscriptions?|editions?|tiers?)(?![A-Za-z])/iu;
/** A condition a standing practice is set under (`…場合`, `…際は`, `…時は`, `when`, `if`): no reply deferred once. */
const condition = /場合|際(?:は|に)|時(?:は|に)|(?<![A-Za-z])(?:when|if|whenever|once)(?![A-Za-z])/iu;

/**
 * What a cloud provider says of its own service (`AWS states that … its service met its published SLA of 99.9%`, `According
 * to Google Cloud, …`, `AWS の発表によると…`), as an incident review passes it on: the provider's account, neither the vendor's
 * practice nor its value.
 */
function providersAccount(text: string): boolean {
  const speakers = [
    ...text.matchAll(
      /(?<![A-Za-z])((?:[A-Z][A-Za-z0-9]*\s+){0,3}[A-Z][A-Za-z0-9]*)(?:['’]s)?\s+(?:(?:own|public)\s+)?(?:states?|stated|reports?|reported|says|said|confirms?|confirmed|announced|notes?|noted)\s+that(?![A-Za-z])/gu,
    ),
    ...text.matchAll(/(?<![A-Za-z])according\s+to\s+(?:the\s+)?((?:[A-Z][A-Za-z0-9]*\s*){1,4})/gu),
    ...text.matchAll(/([^\s、。（）]{2,30}?)(?:の(?:発表|報告|公表))?(?:によれば|によると)/gu),
  ].map((m) => m[1]!.trim());
  return speakers.some((speaker) => providers.some((p) => p.pattern.test(speaker)));
}

/**
 * Whether a sentence states the provider's practice: not a duty of or advice to the customer, a mere right of the provider,
 * an answer deferred to later, nor one left to the customer's plan; nor what a cloud provider says of its own service.
 */
export function statesOwnPractice(text: string): boolean {
  return (
    !providersAccount(text) &&
    !customerDuty.test(text) &&
    !customerRight.test(text) &&
    !customerAdvice.test(text) &&
    !customerOption.test(text) &&
    !providerDiscretion.test(text) &&
    !providerDisclaimer.test(text) &&
    !(deferredAnswer.test(text) && !condition.test(text)) &&
    !variesByPlan.test(text)
  );
}

/**
 * A clause whose subject is something other than the service customers use: a staging, test, development or demo
 * environment, CI runners, pipelines and build machines, a load, integration or end-to-end test or a benchmark (`Our
 * staging environment runs in us-central1`, `we ran a load test in us-east1 for a day`, `The CI runs on …; integration
 * tests spin up a cluster on Google Cloud (us-central1)`, `検証環境は米国リージョンに構築`, `検証環境（us-west-2 に一時的に構築）で行い`, `負荷試験を…で実施`). Where it runs and the
 * figures it gives are not where the service runs or what it commits to. Not such a subject when named as what production
 * is kept apart from or included with (`separate from the test environment`, `開発環境と本番環境は分離`,
 * `開発環境を含め`), nor a benchmark a practice is measured against (`hardened to the CIS Benchmarks`): only one that is run.
 */
const nonProductionSubject =
  /(?<![A-Za-z])(?<!(?:from|than|and|or|with)\s+(?:the\s+|our\s+|a\s+|any\s+)?)(?:(?:staging|test(?:ing)?|dev(?:elopment)?|QA|sandbox|demo|pre-?production|non-?production)\s+(?:environments?|clusters?|systems?|projects?|stacks?|servers?)|(?:CI|build)\s+(?:runners?|servers?|machines?|agents?|pipelines?|jobs?|runs?)|(?:load|stress|soak|performance|integration|end-to-end|e2e|smoke)\s+tests?|(?:ran|run|running|pointed|compared)\s+(?:[a-z]+\s+){0,2}benchmarks?|benchmarks?\s+(?:runs?|ran|against|compar\w*|results?))(?![A-Za-z])|(?:検証|開発|テスト|試験|ステージング|デモ)(?:用)?(?:環境|サーバー?)(?:[（(][^（）()]{0,40}[)）])?(?:は|では|も|を(?!含)|で(?!の))|(?:負荷|性能)(?:試験|テスト)(?:は|では|も|を)|ベンチマーク(?:は|では|を)/iu;
/** A non-production environment's word; two of them may share a row (`開発・検証環境`, `Dev / test environment`). */
const nonProductionWord = String.raw`(?:ステージング|検証|開発|テスト|試験|デモ|サンドボックス|(?:staging|test(?:ing)?|dev(?:elopment)?|QA|sandbox|demo|pre-?production|non-?production)(?![A-Za-z]))`;
/**
 * The first cell of a row naming a non-production environment (`ステージング⇥リリース前の最終確認⇥AWS⇥オレゴンリージョン`, `検証環境`,
 * `| Staging | … |`), as an environment table of a design document lists them beside production: the row says where that
 * environment runs, not where the service does.
 */
const nonProductionRow = new RegExp(
  String.raw`^${nonProductionWord}(?:\s*(?:[・/／,、&]|and|及び|および)\s*${nonProductionWord})*(?:用)?(?:環境|\s+environments?)?$`,
  'iu',
);
/** Where a part of a sentence ends: as `clauseEnd`, also `, and`, and a Japanese verb's continuative form (`分離されており、`). */
const partEnd = /(?<=が[、,]|ものの[、,]|一方(?:で)?[、,]|[;；]|,\s*(?:and|but|while|whereas)\s|(?<![A-Za-z])but\s|[しりてでず]、)/u;

/**
 * The column labels of a responsibility matrix (`Area | Customer | Vendor | Cloud provider`, `項目 | お客様 | 当社 | IaaS事業者`,
 * as a shared responsibility model or a 責任分界 table prints it) that name a party other than the vendor: the customer, or
 * the cloud provider the service runs on (by its role or its name, `Cloud provider (AWS)`). A label may add the word
 * `responsibility` or `の責任`.
 */
const customerColumn =
  /^(?:(?:the\s+)?(?:customers?|clients?|tenants?|subscribers?|you)(?:['’]s)?(?:\s+responsibilit(?:y|ies))?|(?:お客様|お客さま|利用者|契約者|顧客)(?:様)?(?:側)?(?:の(?:責任|役割)(?:範囲)?)?)\s*(?:[(（][^)）]*[)）])?$/iu;
const providerColumn =
  /^(?:(?:the\s+)?(?:cloud|hosting|infrastructure|IaaS|PaaS)(?:\s+(?:infrastructure|service))?\s+providers?(?:['’]s)?(?:\s+responsibilit(?:y|ies))?|IaaS|PaaS|(?:IaaS|PaaS|クラウド基盤|基盤|データセンター)(?:事業者|提供者|プロバイダー?)(?:側)?(?:の(?:責任|役割)(?:範囲)?)?)\s*(?:[(（][^)）]*[)）])?$/iu;

/** A column header naming a competitor (`A社サービス`, `他社製品`, `競合`, `Competitor B`, `Other vendors`). */
const competitorColumn =
  /^(?:他社|競合(?:他社)?|[A-ZＡ-Ｚ]\s*社)(?:の)?(?:サービス|製品|ツール|システム)?$|^(?:competitors?|other\s+(?:vendors?|providers?|products?))(?:\s+[A-Z1-9])?$|^(?:vendor|company|product)\s+[A-Z1-9]$/iu;

/**
 * The columns of a responsibility matrix that state what another party does: the customer's (`Report a suspected compromise
 * within 24 hours`, `we recommend that you export weekly`) and the cloud provider's (`Physical security of data centres,
 * audited under ISO/IEC 27001`). Only a table whose header names the customer beside one more column is such a matrix; the
 * first column names the area, never a party.
 */
function otherPartyColumns(header: readonly string[] | undefined): Set<number> {
  const others = new Set<number>();
  if (!header || header.length < 3) return others;
  // A comparison with competitors (`項目 | X | A社サービス | B社サービス`, `Feature | X | Competitor A`): their columns are theirs.
  header.forEach((c, i) => {
    if (i > 0 && competitorColumn.test(c.trim())) others.add(i);
  });
  const isProvider = (c: string) => providerColumn.test(c) || (c.length <= 40 && providers.some((p) => p.pattern.test(c)) && !customerColumn.test(c));
  if (!header.slice(1).some((c) => customerColumn.test(c.trim()))) return others;
  header.forEach((c, i) => {
    if (i > 0 && (customerColumn.test(c.trim()) || isProvider(c.trim()))) others.add(i);
  });
  return others;
}

/**
 * The header of a column saying whose each row is (`Responsibility`, `Responsible party`, `Owner`, `責任分界`, `実施主体`), as a
 * control mapping prints it (`| Control | Title | Responsibility | How we implement it |`).
 */
const responsibilityColumn =
  /^(?:responsibilit(?:y|ies)|responsible(?:\s+party)?|owner(?:ship)?|implemented\s+by|責任(?:分界|主体|区分|範囲)?|実施主体|担当)$/iu;

/**
 * Whether a row's responsibility cell gives the row wholly to another party: the customer (`Customer`), or the cloud provider
 * (`Cloud provider (AWS)`, `AWS`). A `Shared` row, or the vendor's, is read (its sentences about the customer are then the
 * customer's duties, which the sentence rules set aside).
 */
function othersRow(header: readonly string[] | undefined, cells: readonly string[]): boolean {
  const at = header?.findIndex((c) => responsibilityColumn.test(c.trim())) ?? -1;
  const who = at >= 0 ? (cells[at] ?? '').trim() : '';
  if (!who) return false;
  return customerColumn.test(who) || providerColumn.test(who) || (who.length <= 40 && providers.some((p) => p.pattern.test(who)));
}

/**
 * The sentence with the cells of another party's column of a responsibility matrix blanked (same length, so positions
 * hold): what the table assigns to the customer or the cloud provider is no practice of the vendor.
 */
export function othersCellsBlanked(input: string, sentence: Span): string {
  const text = sentence.text;
  // A contract's article of its customer party (`甲は、…ものとする`): the customer's duty or right, no practice of the vendor's.
  if (customerPartySentence(input, text)) return text.replace(/[^\n]/gu, ' ');
  const lineStart = input.lastIndexOf('\n', sentence.start - 1) + 1;
  const lineEnd = input.indexOf('\n', lineStart);
  const line = input.slice(lineStart, lineEnd < 0 ? input.length : lineEnd);
  // Tab-separated cells, or a Markdown row's (`| a | b |`, whose first `|` opens the row).
  const separator = line.includes('\t') ? '\t' : cellsOf(line) ? '|' : undefined;
  if (!separator) return text;
  const header = headerCellsOf(input, lineStart);
  // A row a responsibility column gives to the customer or the cloud provider is theirs whole.
  if (othersRow(header, cellsOf(line) ?? [])) return text.replace(/[^|\t\n]/gu, ' ');
  const others = otherPartyColumns(header);
  if (others.size === 0) return text;
  const opening = separator === '|' ? 1 : 0;
  let cell = input.slice(lineStart, sentence.start).split(separator).length - 1 - opening;
  let out = '';
  for (const ch of text) {
    if (ch === separator || ch === '\n') cell = ch === separator ? cell + 1 : -opening;
    out += others.has(cell) && ch !== separator && ch !== '\n' ? ' '.repeat(ch.length) : ch;
  }
  return out;
}

/**
 * The sentence with its clauses about other companies' services blanked (same length, so positions hold). Under a
 * heading about sub-processors, a table row is one third party's (`Mail Co.\tE-mail\tUnited States (runs on …)`): where
 * it runs is not where the service runs, unless the third party is itself a provider (`AWS\tHosting\tTokyo`).
 */
export function ownClauses(text: string, heading = ''): string {
  if (timelineEntry.test(text) || windowField.test(text) || !statesOwnPractice(text)) return ' '.repeat(text.length);
  // A Markdown row (`| Mail Co. | E-mail | AWS us-east-1 |`) is a row as much as a tab-separated one.
  const cells = cellsOf(text);
  const firstCell = cells?.[0] ?? '';
  if (cells && thirdPartySection.test(heading) && !providers.some((p) => p.pattern.test(firstCell))) return ' '.repeat(text.length);
  if (cells && nonProductionRow.test(firstCell.trim())) return ' '.repeat(text.length);
  // Likewise a field of a third party's record (`2. X Inc.` over `Hosting: AWS, us-east-1`): that party's hosting.
  if (recordField.test(text) && thirdPartySection.test(heading)) return ' '.repeat(text.length);
  // And a line labelled as the third parties' (`Sub-processors: X (email, hosted on …)`, `委託先：…`) under any heading: where
  // they run is theirs, unless the first one named is itself a provider (`Sub-processors: AWS (hosting, Tokyo)`).
  const label = inlineLabel(text);
  const firstParty = text.slice(text.search(/[:：]/u) + 1).split(/[（(,、;；]/u)[0]!;
  if (label && thirdPartySection.test(label) && !providers.some((p) => p.pattern.test(firstParty))) return ' '.repeat(text.length);
  let own = text;
  const third = thirdPartySubject.exec(own);
  if (third && !providers.some((p) => p.pattern.test(third[1] ?? third[2] ?? third[3] ?? third[4]!))) {
    const end = own.slice(third.index).search(/[;；]/u);
    const to = end < 0 ? own.length : third.index + end;
    own = own.slice(0, third.index) + ' '.repeat(to - third.index) + own.slice(to);
  }
  if (nonProductionSubject.test(own))
    own = own
      .split(partEnd)
      .map((part) => (nonProductionSubject.test(part) ? ' '.repeat(part.length) : part))
      .join('');
  if (!othersSubject.test(own)) return own;
  return own
    .split(clauseEnd)
    .map((clause) => (othersSubject.test(clause) ? ' '.repeat(clause.length) : clause))
    .join('');
}
