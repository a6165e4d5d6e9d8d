/** Findings: a portfolio's requirements judged against its usages, with the quotes that decide each, and the compliance matrix. */
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Basis } from './enums.js';
import { Evidence } from './evidence.js';
import { connectionOf } from './connections.js';
import { PortfolioUsage, Requirement } from './portfolios.js';

export enum FindingStatus {
  PASS = 'PASS',
  FAIL = 'FAIL',
  UNKNOWN = 'UNKNOWN',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
registerEnumType(FindingStatus, {
  name: 'FindingStatus',
  description: 'How a requirement stands for one usage, judged on the facts in the graph now.',
  valuesConfig: {
    PASS: { description: 'The quoted facts meet the requirement.' },
    FAIL: { description: 'A quoted fact breaks the requirement.' },
    UNKNOWN: { description: 'The documents are silent, or leave it open (a certificate with no end date): the note says which.' },
    NOT_APPLICABLE: { description: 'The requirement does not cover the usage (its criticality or data classes are outside the requirement’s scope).' },
  },
});

export enum FactType {
  STORES_DATA_IN = 'STORES_DATA_IN',
  USES_INFRA = 'USES_INFRA',
  CERTIFIED_BY = 'CERTIFIED_BY',
  IMPLEMENTS = 'IMPLEMENTS',
}
registerEnumType(FactType, {
  name: 'FactType',
  description: 'The kind of fact a finding rests on.',
  valuesConfig: {
    STORES_DATA_IN: { description: 'A data location (Service STORES_DATA_IN Country).' },
    USES_INFRA: { description: 'An infrastructure link (Service USES_INFRA Region).' },
    CERTIFIED_BY: { description: 'A certificate (Vendor CERTIFIED_BY Certification).' },
    IMPLEMENTS: { description: 'A disclosure (Service IMPLEMENTS Control), with its metrics.' },
  },
});

@ObjectType({ description: 'A fact that decides a finding, with the document, section and verbatim quote it rests on.' })
export class FindingEvidence {
  @Field(() => ID, { description: 'Id of the fact: what `fact`, `history` and `retract` take.' })
  factId!: string;
  @Field(() => FactType, { description: 'What kind of fact it is.' })
  factType!: FactType;
  @Field(() => String, { description: 'What the fact says, in a line, e.g. "stores data in US (STATED)".' })
  claim!: string;
  serviceId?: string;
  vendorId?: string;
  @Field(() => Basis, { nullable: true, description: 'For a data location or infrastructure link: STATED or INFERRED.' })
  basis?: Basis;
  @Field(() => String, { nullable: true, description: 'For an INFERRED fact: how it was inferred.' })
  reasoning?: string;
  @Field(() => Evidence, { description: 'The document, section and verbatim quote.' })
  evidence!: Evidence;
}

@ObjectType({ description: 'One requirement judged against one usage of a portfolio, from the graph as it is now.' })
export class Finding {
  @Field(() => ID, { description: '`<usage id>#<requirement id>`.' })
  id!: string;
  @Field(() => PortfolioUsage, { description: 'The usage judged.' })
  usage!: PortfolioUsage;
  serviceId!: string;
  @Field(() => Requirement, { description: 'The requirement.' })
  requirement!: Requirement;
  @Field(() => FindingStatus, { description: 'PASS, FAIL, UNKNOWN (documents silent) or NOT_APPLICABLE.' })
  status!: FindingStatus;
  @Field(() => [FindingEvidence], {
    description: 'The facts that decide it: for FAIL the ones that break the requirement, for PASS the ones that meet it; empty when nothing was found.',
  })
  evidence!: FindingEvidence[];
  @Field(() => String, { description: 'Why, in a sentence: what was found, or that nothing was.' })
  note!: string;
}

export const FindingConnection = connectionOf(Finding, 'Finding');

@ObjectType({ description: 'How many findings have each status.' })
export class FindingCounts {
  @Field(() => Int, { description: 'Findings that pass.' })
  pass!: number;
  @Field(() => Int, { description: 'Findings that fail.' })
  fail!: number;
  @Field(() => Int, { description: 'Findings the documents leave open.' })
  unknown!: number;
  @Field(() => Int, { description: 'Pairs the requirement does not cover.' })
  notApplicable!: number;
}

@ObjectType({ description: 'One cell of the compliance matrix: a requirement for the row’s usage.' })
export class ComplianceCell {
  @Field(() => ID, { description: 'Id of the finding (`findings` has its evidence).' })
  findingId!: string;
  @Field(() => ID, { description: 'The requirement (the matrix’s column).' })
  requirementId!: string;
  @Field(() => FindingStatus, { description: 'The finding’s status.' })
  status!: FindingStatus;
  @Field(() => String, { description: 'Why, in a sentence.' })
  note!: string;
}

@ObjectType({ description: 'One row of the compliance matrix: a usage and its status for every requirement.' })
export class ComplianceRow {
  @Field(() => PortfolioUsage, { description: 'The usage (the row).' })
  usage!: PortfolioUsage;
  serviceId!: string;
  @Field(() => [ComplianceCell], { description: 'One cell per requirement, in the order of `requirements`.' })
  cells!: ComplianceCell[];
  @Field(() => FindingCounts, { description: 'The row’s cells counted by status.' })
  counts!: FindingCounts;
}

@ObjectType({ description: 'One column of the compliance matrix: a requirement and its cells counted by status.' })
export class ComplianceColumn {
  @Field(() => Requirement, { description: 'The requirement (the column).' })
  requirement!: Requirement;
  @Field(() => FindingCounts, { description: 'The column’s cells counted by status.' })
  counts!: FindingCounts;
}

@ObjectType({ description: 'Usages × requirements: every finding of a portfolio as a status, with counts per row, per column and overall.' })
export class ComplianceMatrix {
  @Field(() => String, { description: 'The day certificates were judged on (YYYY-MM-DD).' })
  asOf!: string;
  @Field(() => [ComplianceColumn], { description: 'The requirements, by id: the columns.' })
  columns!: ComplianceColumn[];
  @Field(() => [ComplianceRow], { description: 'The usages, most critical first, then by service name: the rows.' })
  rows!: ComplianceRow[];
  @Field(() => FindingCounts, { description: 'Every cell counted by status.' })
  counts!: FindingCounts;
}
