import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { formatYuan, parseYuan } from './money';

function parseMoney(value: unknown): bigint {
  const fen = typeof value === 'string' ? parseYuan(value) : null;
  if (fen === null) {
    throw new GraphQLError('Money must be a decimal string in yuan with at most two decimals, e.g. "20000.00"', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return fen;
}

/** Yuan as a decimal string ("20000.00"); resolvers see exact integer fen (`bigint`). */
export const MoneyScalar = new GraphQLScalarType<bigint, string>({
  name: 'Money',
  description: 'Amount in yuan (元) as a decimal string with two decimals, e.g. "20000.00".',
  serialize(value) {
    if (typeof value !== 'bigint') throw new GraphQLError('Money values must be bigint fen internally');
    return formatYuan(value);
  },
  parseValue: parseMoney,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Money literals must be strings, e.g. "20000.00"');
    return parseMoney(ast.value);
  },
});

/**
 * Calendar date `YYYY-MM-DD` (impossible dates such as 2003-02-30 are refused). Resolvers
 * and columns keep it as the same string, so no time zone ever shifts a day.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'Calendar date in ISO 8601 form YYYY-MM-DD.',
});
