import { createHash } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, type OperationDefinitionNode, print } from 'graphql';
import {
  ExportCertificateChangesDocument,
  ExportEmploymentChangesDocument,
  ExportRegisterChangesDocument,
  LoanChangesDocument,
  PersonChangesDocument,
  TaxReliefChangesDocument,
} from '../client/contract.generated';

/** What every department feed serves: changes oldest first, and where to resume. */
export interface FeedConnection {
  edges: ReadonlyArray<{ node: { sequence: number } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface FeedVariables {
  after?: string | null;
  first: number;
}

/**
 * Each feed's registered operation (gateway/partner-operations.graphql), keyed by the feed's
 * root field. The type checks that the operation's root field is the key and that it
 * answers a feed page; adding a feed is one line here (after registering its operation and
 * running `npm run codegen`).
 */
function feedTable<K extends string>(table: { [F in K]: TypedDocumentNode<Record<F, FeedConnection>, FeedVariables> }) {
  return table;
}

export const FEEDS = feedTable({
  certificateChanges: ExportCertificateChangesDocument,
  employmentChanges: ExportEmploymentChangesDocument,
  registerChanges: ExportRegisterChangesDocument,
  // These three ask for the records' personal fields too: without pii:read besides
  // feed:read they answer null with FORBIDDEN, and are written null (gateway-client.ts).
  personChanges: PersonChangesDocument,
  loanChanges: LoanChangesDocument,
  taxReliefChanges: TaxReliefChangesDocument,
});

export type FeedName = keyof typeof FEEDS;

export const FEED_NAMES = Object.keys(FEEDS) as [FeedName, ...FeedName[]];

/** A feed's operation as the gateway knows it: name, document and persisted query id. */
export interface FeedOperation {
  feed: FeedName;
  operationName: string;
  document: string;
  /** Apollo's persisted query id: the SHA-256 (hex) of the printed document, as in the manifest. */
  id: string;
}

export function feedOperation(feed: FeedName): FeedOperation {
  const node = FEEDS[feed];
  const operation = node.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation?.name) throw new Error(`the ${feed} document has no named operation`);
  const document = print(node);
  return { feed, operationName: operation.name.value, document, id: createHash('sha256').update(document, 'utf8').digest('hex') };
}
