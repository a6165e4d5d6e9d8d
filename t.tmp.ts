import { ingestText } from './src/ingest/assemble-draft.js';
const docs = [
`Kumo Ledger に関するセキュリティホワイトペーパー
2025年4月1日
株式会社クモシステムズ（Kumo Systems Inc.）

1. データの保管場所

本サービスは AWS の東京リージョン（ap-northeast-1）で稼働しています。

2. バックアップ

バックアップデータは、災害対策として大阪リージョンにも保管しています。

3. 災害対策

バックアップは別リージョン（大阪）に複製しています。

4. その他

以上
`];
for (const d of docs) { const r = ingestText(d, { fileName: 'kumo.txt' }); console.log(JSON.stringify({v: r.vendors, s: r.services.map(s=>[s.id,s.name]), infra: r.usesInfra.map(u=>[u.region,u.evidence.quote])}, null, 1)); }
