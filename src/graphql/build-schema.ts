import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { VendorResolver } from './resolvers/vendor-resolver.js';
import { ServiceResolver } from './resolvers/service-resolver.js';
import { RegionResolver } from './resolvers/region-resolver.js';
import { InfrastructureProviderResolver } from './resolvers/infrastructure-provider-resolver.js';
import { CertificationResolver } from './resolvers/certification-resolver.js';
import { ControlResolver } from './resolvers/control-resolver.js';
import { DocumentResolver } from './resolvers/document-resolver.js';
import { TimeSourceResolver } from './resolvers/time-source-resolver.js';
import {
  CertificationHoldingResolver,
  DataLocationResolver,
  DependencyResolver,
  DisclosureResolver,
  EvidenceResolver,
  InfrastructureUsageResolver,
  TimeSyncResolver,
} from './resolvers/edge-resolvers.js';
import { QuestionResolver } from './resolvers/question-resolver.js';
import { ImpactReportResolver } from './resolvers/impact-report-resolver.js';
import { SearchResolver } from './resolvers/search-resolver.js';
import { ComparisonResolver } from './resolvers/comparison-resolver.js';
import { CurationResolver, ImportResultResolver } from './resolvers/curation-resolver.js';
import { DraftResolver } from './resolvers/draft-resolver.js';
import { GraphVersionResolver } from './resolvers/graph-version-resolver.js';
import { AnalyticsResolver, ConcentrationEntryResolver } from './resolvers/analytics-resolver.js';
import { CertificationValidityResolver, ExpiringCertificationResolver, StaleDocumentResolver } from './resolvers/validity-resolver.js';
import { PortfolioResolver, PortfolioUsageResolver, ServiceInPortfolioResolver } from './resolvers/portfolio-resolver.js';
import { ComplianceResolver, ComplianceRowResolver, FindingEvidenceResolver, FindingResolver } from './resolvers/findings-resolver.js';
import { authChecker } from './auth-checker.js';

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process: type-graphql's metadata is global. */
export function buildGraphSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      VendorResolver,
      ServiceResolver,
      RegionResolver,
      InfrastructureProviderResolver,
      CertificationResolver,
      ControlResolver,
      DocumentResolver,
      TimeSourceResolver,
      EvidenceResolver,
      InfrastructureUsageResolver,
      DataLocationResolver,
      DependencyResolver,
      CertificationHoldingResolver,
      DisclosureResolver,
      TimeSyncResolver,
      QuestionResolver,
      ImpactReportResolver,
      SearchResolver,
      ComparisonResolver,
      CurationResolver,
      ImportResultResolver,
      DraftResolver,
      GraphVersionResolver,
      AnalyticsResolver,
      ConcentrationEntryResolver,
      CertificationValidityResolver,
      ExpiringCertificationResolver,
      StaleDocumentResolver,
      PortfolioResolver,
      PortfolioUsageResolver,
      FindingResolver,
      FindingEvidenceResolver,
      ComplianceResolver,
      ComplianceRowResolver,
      ServiceInPortfolioResolver,
    ],
    authChecker,
    // Inputs are checked by the resolvers, with errors that name the argument; no class-validator.
    validate: false,
  }).then((schema) => {
    schema.getQueryType()!.description =
      'Relationship questions over the cloud supply chain: vendors, services, the infrastructure they run on, their certifications and their ISO/IEC 27017 disclosures. Every fact carries its evidence: document, section and verbatim quote.';
    const mutation = schema.getMutationType();
    if (mutation) {
      mutation.description =
        'Curation: documents with their text, vendors, services and facts with evidence, retraction and imports. Every write is one transaction, recorded in the change log with who, when and why; editors write, admins retract and import.';
    }
    return schema;
  });
  return built;
}
