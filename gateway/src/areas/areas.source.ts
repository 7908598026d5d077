import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type DocumentNode, execute, GraphQLError, type GraphQLSchema, parse, validate } from 'graphql';
import { LRUCache } from 'lru-cache';

/**
 * The in-process areas subgraph. @apollo/gateway's LocalGraphQLDataSource parses and
 * validates the fetch's query on every call (a third of the gateway's data-source time
 * under PersonDossier load, for a county's name); the query plan sends the same few
 * fetch texts again and again, so each is parsed and validated once and kept.
 */
export class AreasDataSource implements GraphQLDataSource {
  // Valid documents only; a fetch the planner built is valid, and there are few distinct ones.
  private readonly documents = new LRUCache<string, DocumentNode>({ max: 500 });

  constructor(private readonly schema: GraphQLSchema) {}

  async process({ request, context }: GraphQLDataSourceProcessOptions): Promise<GatewayGraphQLResponse> {
    const source = request.query ?? '';
    let document = this.documents.get(source);
    if (!document) {
      let parsed: DocumentNode;
      try {
        parsed = parse(source);
      } catch (error) {
        return { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] };
      }
      const errors = validate(this.schema, parsed);
      if (errors.length) return { errors };
      document = parsed;
      this.documents.set(source, document);
    }
    // GraphQLError is a GraphQLFormattedError (message, path, locations, extensions).
    return execute({
      schema: this.schema,
      document,
      variableValues: request.variables,
      operationName: request.operationName,
      contextValue: context,
    });
  }
}
