/**
 * Validity and freshness over HTTP, on every engine: a certificate's status
 * on a given day, certificates running out within a window (one is given
 * dates through the curation API), and documents older than a number of
 * months. The day is passed as `asOf`, so the answers follow from the data
 * and the day, not from the date the suite happens to run on.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeOnEngines, useSeededApp } from '../support/test-engines.js';

/** The day the suite asks about; the certificate dates are set relative to it. */
const asOf = '2026-06-15';
const shift = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const monthsBack = (day: string, months: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

interface Holding {
  id: string;
  vendor: { id: string };
  certification: { id: string };
  evidence: { document: { id: string }; section: string; quote: string };
}

describeOnEngines('Validity and freshness', (engine) => {
  const app = useSeededApp(engine);
  let holdings: Holding[];
  const holding = (id: string) => holdings.find((h) => h.id === id)!;

  /** Gives a seed certificate validity dates through the curation API, on its own evidence. */
  async function setDates(id: string, validFrom: string, validUntil: string) {
    const h = holding(id);
    const result = await app.client.request(`mutation($input: CertificationHoldingInput!) { addCertification(input: $input) { targetId operation } }`, {
      input: {
        vendor: h.vendor.id,
        certification: h.certification.id,
        validFrom,
        validUntil,
        evidence: { document: h.evidence.document.id, section: h.evidence.section, quote: h.evidence.quote },
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.addCertification).toEqual({ targetId: id, operation: 'UPDATE' });
  }

  beforeAll(async () => {
    const data = await app.client.data(
      `{ certifications(first: 50) { edges { node { holders { id vendor { id } certification { id } evidence { document { id } section quote } } } } } }`,
    );
    holdings = data.certifications.edges.flatMap((e: any) => e.node.holders);
    expect(holdings.map((h) => h.id)).toEqual(expect.arrayContaining(['biznet|iso27001', 'qualitysoft|iso27001']));
    await setDates('biznet|iso27001', shift(asOf, -345), shift(asOf, 20));
    await setDates('qualitysoft|iso27001', shift(asOf, -1000), shift(asOf, -10));
  });

  const expiring = (args: string) =>
    app.client.data(
      `{ expiringCertifications(${args}) { totalCount edges { node { daysLeft status holding { id validUntil status(asOf: "${asOf}") } services { id } } } } }`,
    );

  describe('CertificationHolding.status', () => {
    it('is VALID, EXPIRED or NOT_YET_VALID from the dates, and UNKNOWN for a certificate with no validUntil', async () => {
      const data = await app.client.data(`{
        biznet: vendor(id: "biznet") { certifications { id validFrom validUntil onDay: status(asOf: "${asOf}") beforeStart: status(asOf: "${shift(asOf, -346)}") lastDay: status(asOf: "${shift(asOf, 20)}") after: status(asOf: "${shift(asOf, 21)}") } }
        qualitysoft: vendor(id: "qualitysoft") { certifications { id validUntil status(asOf: "${asOf}") } }
      }`);
      const isms = data.biznet.certifications.find((c: any) => c.id === 'biznet|iso27001');
      expect(isms).toMatchObject({ onDay: 'VALID', beforeStart: 'NOT_YET_VALID', lastDay: 'VALID', after: 'EXPIRED' });
      for (const c of [...data.biznet.certifications, ...data.qualitysoft.certifications]) {
        if (c.validUntil === null) expect(c.status ?? c.onDay, c.id).toBe('UNKNOWN');
      }
      expect(data.qualitysoft.certifications.find((c: any) => c.id === 'qualitysoft|iso27001').status).toBe('EXPIRED');
    });

    it("defaults to the server's date", async () => {
      const today = new Date().toISOString().slice(0, 10);
      await setDates('biznet|privacymark', shift(today, -30), shift(today, 5));
      const data = await app.client.data(`{ vendor(id: "biznet") { certifications { id status } } }`);
      expect(data.vendor.certifications.find((c: any) => c.id === 'biznet|privacymark').status).toBe('VALID');
      await setDates('biznet|privacymark', shift(today, -30), shift(today, -1));
      const after = await app.client.data(`{ vendor(id: "biznet") { certifications { id status } } }`);
      expect(after.vendor.certifications.find((c: any) => c.id === 'biznet|privacymark').status).toBe('EXPIRED');
    });
  });

  describe('expiringCertifications', () => {
    it('lists a certificate whose last day falls within the window, with the days left, and not one outside it', async () => {
      const within = await expiring(`withinDays: 30, asOf: "${asOf}"`);
      expect(within.expiringCertifications.edges.map((e: any) => e.node)).toEqual([
        { daysLeft: 20, status: 'VALID', holding: { id: 'biznet|iso27001', validUntil: shift(asOf, 20), status: 'VALID' }, services: [] },
      ]);
      expect(within.expiringCertifications.totalCount).toBe(1);
      const edge = await expiring(`withinDays: 20, asOf: "${asOf}"`);
      expect(edge.expiringCertifications.totalCount).toBe(1);
      const short = await expiring(`withinDays: 19, asOf: "${asOf}"`);
      expect(short.expiringCertifications.totalCount).toBe(0);
    });

    it('lists expired certificates, soonest first, only when asked', async () => {
      const data = await expiring(`withinDays: 30, includeExpired: true, asOf: "${asOf}"`);
      expect(data.expiringCertifications.edges.map((e: any) => [e.node.holding.id, e.node.daysLeft, e.node.status])).toEqual([
        ['qualitysoft|iso27001', -10, 'EXPIRED'],
        ['biznet|iso27001', 20, 'VALID'],
      ]);
    });

    it('refuses a negative window and a day that is not a calendar day, naming the argument', async () => {
      for (const [args, argumentName] of [
        [`withinDays: -1`, 'withinDays'],
        [`withinDays: 10, asOf: "2026-02-30"`, 'asOf'],
        [`withinDays: 10, asOf: "next week"`, 'asOf'],
      ] as const) {
        const result = await app.client.request(`{ expiringCertifications(${args}) { totalCount } }`);
        expect(result.status, args).toBe(400);
        expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName });
      }
    });
  });

  describe('staleDocuments', () => {
    it('lists the current documents published before the cut-off, oldest first, with their age in months', async () => {
      const all = await app.client.data(`{ documents(first: 100) { edges { node { id publishedOn } } } }`);
      const cutoff = monthsBack(asOf, 36);
      const expected = all.documents.edges
        .map((e: any) => e.node)
        .filter((d: any) => d.publishedOn < cutoff)
        .sort((a: any, b: any) => a.publishedOn.localeCompare(b.publishedOn) || a.id.localeCompare(b.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(all.documents.edges.length);
      const data = await app.client.data(
        `{ staleDocuments(olderThanMonths: 36, asOf: "${asOf}") { totalCount edges { node { document { id } publishedOn ageMonths note } } } }`,
      );
      expect(data.staleDocuments.edges.map((e: any) => [e.node.document.id, e.node.publishedOn])).toEqual(expected.map((d: any) => [d.id, d.publishedOn]));
      for (const { node } of data.staleDocuments.edges) {
        expect(node.ageMonths).toBeGreaterThanOrEqual(36);
        expect(node.note).toBeNull();
      }
    });

    it('keeps, with a portfolio, only the documents of the vendors it uses, each with the services it uses from them', async () => {
      const demo = await app.client.data(
        `{ portfolio(id: "demo-shoji") { usages(first: 50) { edges { node { service { id vendor { id documents { id } } } } } } } }`,
      );
      const used = demo.portfolio.usages.edges.map((e: any) => e.node.service);
      const whole = await app.client.data(
        `{ staleDocuments(olderThanMonths: 0, asOf: "${asOf}", first: 100) { edges { node { document { id } services { id } } } } }`,
      );
      const scoped = await app.client.data(
        `{ staleDocuments(olderThanMonths: 0, asOf: "${asOf}", portfolio: "demo-shoji", first: 100) { edges { node { document { id } services { id } } } } }`,
      );
      const servicesOf = (documentId: string) =>
        used
          .filter((s: any) => s.vendor?.documents.some((d: any) => d.id === documentId))
          .map((s: any) => s.id)
          .sort();
      const expected = whole.staleDocuments.edges.map((e: any) => e.node.document.id).filter((id: string) => servicesOf(id).length > 0);
      expect(expected.length).toBeGreaterThan(0);
      expect(scoped.staleDocuments.edges.map((e: any) => e.node.document.id)).toEqual(expected);
      for (const { node } of scoped.staleDocuments.edges) expect(node.services.map((s: any) => s.id).sort()).toEqual(servicesOf(node.document.id));
      for (const { node } of whole.staleDocuments.edges) expect(node.services).toEqual([]);
      const unknown = await app.client.request(`{ staleDocuments(olderThanMonths: 0, portfolio: "nobody") { totalCount } }`);
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'portfolio' });
    });

    it('counts whole calendar months: a document is not stale on the day it turns the age asked about', async () => {
      const all = await app.client.data(`{ documents(first: 1, sort: [{ publishedOn: ASC }]) { edges { node { id publishedOn } } } }`);
      const oldest = all.documents.edges[0].node;
      const [y, m, d] = oldest.publishedOn.split('-').map(Number);
      const birthday = `${y + 2}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const ask = (day: string) => app.client.data(`{ staleDocuments(olderThanMonths: 24, asOf: "${day}") { edges { node { document { id } ageMonths } } } }`);
      const onBirthday = await ask(birthday);
      expect(onBirthday.staleDocuments.edges.map((e: any) => e.node.document.id)).not.toContain(oldest.id);
      const dayAfter = await ask(shift(birthday, 1));
      expect(dayAfter.staleDocuments.edges.find((e: any) => e.node.document.id === oldest.id)?.node.ageMonths).toBe(24);
    });
  });
});
