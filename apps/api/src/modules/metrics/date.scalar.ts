import { GraphQLScalarType } from 'graphql';
import { GraphQLLocalDate } from 'graphql-scalars';

/**
 * `Date`: a calendar day as `YYYY-MM-DD` (UTC), kept as a string end to end so no time zone can shift it.
 * graphql-scalars' LocalDate does the validation; only the name differs, because the contract says `Date`.
 */
export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar day, YYYY-MM-DD (UTC).',
});
