/**
 * Relay-style connections, one pair of types per listable node type, made
 * by one factory so they cannot differ in shape.
 */
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { PageInfo, Vendor, Service, Region, InfrastructureProvider, Certification, Control, Document } from './nodes.js';

function connectionOf<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `A ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => String, { description: 'Opaque cursor of this item: pass as `after` to continue after it.' })
    cursor!: string;
    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.` })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];
    @Field(() => PageInfo)
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
