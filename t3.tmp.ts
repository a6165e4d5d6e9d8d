import { readDocument } from './src/ingest/read-document.js';
import { ingestText } from './src/ingest/assemble-draft.js';
const f = process.argv[2]!;
const text = await readDocument(f);
const d = ingestText(text, { fileName: f.split('/').pop()! });
console.log(JSON.stringify({
  vendor: d.vendors.map(v=>[v.id,v.name,v.nameEn]), services: d.services.map(s=>[s.id,s.name]),
  sections: d.sections.map(s=>s.heading + (s.skippedBecause ? ' [skip]' : '')),
  infra: d.usesInfra.map(u=>[u.region,u.basis,u.evidence.quote.slice(0,60)]), loc: d.storesDataIn.map(s=>s.country),
  time: d.syncsTimeWith.map(t=>t.timeSource), certs: d.certifiedBy.map(c=>[c.certification,c.registrationNumber,c.issuer]),
  deps: d.dependsOn.map(x=>[x.dependsOn,x.function]),
  metrics: d.disclosures.flatMap(x=>x.metrics.map(m=>`${m.name}=${m.value} ${m.unit}`)),
  controls: [...new Set(d.disclosures.map(x=>x.control.replace('iso27017:','')))].sort(),
  doc: [d.documents[0].title, d.documents[0].version, d.documents[0].publishedOn]
}, null, 0).replace(/\],"/g, '],\n"'));
