import { GraphQLJSONObject } from 'graphql-scalars';

/** A JSON object (audit snapshots). */
export const GraphQLJSON = GraphQLJSONObject;
