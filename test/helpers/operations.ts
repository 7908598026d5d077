import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentNode, Kind, parse, print } from 'graphql';

export const CONTRACT_FILE = join(__dirname, '..', 'contract', 'operations.graphql');

/** The client contract, one printable document per named operation. */
export function contractOperations(): Map<string, string> {
  const document: DocumentNode = parse(readFileSync(CONTRACT_FILE, 'utf8'));
  const operations = new Map<string, string>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
      operations.set(definition.name.value, print(definition));
    }
  }
  return operations;
}

export function contractOperation(name: string): string {
  const operation = contractOperations().get(name);
  if (!operation) throw new Error(`no operation ${name} in the contract`);
  return operation;
}
