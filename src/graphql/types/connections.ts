/**
 * Relay-style connections, one pair of types per listable type, made by one
 * factory so they cannot differ in shape (lazy-connection.ts makes the ones
 * read part by part from the same edge type).
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo, Vendor, Service, Region, InfrastructureProvider, Certification, Control, Document } from './nodes.js';
import { VendorInfrastructureDependency } from './questions.js';

export const edgesDescription = 'The items of this page, in order, each with its cursor.';
export const pageInfoDescription = 'Cursors of this page, and whether there are items before and after it.';

/** The edge type of a connection; lazy-connection.ts shares it. */
export function edgeOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `${/^[AEIOU]/.test(name) ? 'An' : 'A'} ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item: pass as `after` to continue after it.' })
    cursor!: string;
    @Field(() => node, { description: 'The item.' })
    node!: T;
  }
  return Edge;
}

export function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  const Edge = edgeOf(node, name);

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection {
    @Field(() => [Edge], { description: edgesDescription })
    edges!: InstanceType<typeof Edge>[];
    @Field(() => PageInfo, { description: pageInfoDescription })
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }
  return Connection;
}

export const VendorConnection = connectionOf(Vendor, 'Vendor');
export const ServiceConnection = connectionOf(Service, 'Service');
export const RegionConnection = connectionOf(Region, 'Region');
export const InfrastructureProviderConnection = connectionOf(InfrastructureProvider, 'InfrastructureProvider');
export const CertificationConnection = connectionOf(Certification, 'Certification');
export const ControlConnection = connectionOf(Control, 'Control');
export const DocumentConnection = connectionOf(Document, 'Document');
export const VendorInfrastructureDependencyConnection = connectionOf(VendorInfrastructureDependency, 'VendorInfrastructureDependency');
