import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { getVariableValues, GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each (document, operation) is
 * compiled once into a function that resolves and completes the answer without graphql-js's
 * per-field bookkeeping (argument coercion, path objects, a promise per object field). A large
 * nested answer (an agency's assignments: ~20,000 fields) spent a quarter of the server's CPU
 * in graphql-js's executor; the schema, validation, plugins and error formatting stay Apollo's.
 *
 * Apollo Server 4/5 has no `executor` option; its migration guide points custom executors at
 * the `gateway` hook, which is what this is: `load()` hands Apollo the executor, and
 * `onSchemaLoadOrUpdate` gives it the (fixed) schema to validate against. Apollo keeps one
 * parsed DocumentNode per query text in its document store, so compiled queries hang off that
 * object (a WeakMap): they live as long as Apollo keeps the document, and no longer.
 */
export function compiledExecution(
  schema: GraphQLSchema,
  options: { prepare?: (document: DocumentNode, operation: OperationDefinitionNode | undefined, context: unknown) => void } = {},
): GatewayInterface {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | undefined) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) byName.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };
  const executor: GatewayExecutor = async ({ document, operation, operationName, request, context }) => {
    const query = compile(document, operationName ?? undefined);
    options.prepare?.(document, operation, context);
    const result = isCompiledQuery(query) ? await query.query(undefined, context, request.variables ?? {}) : query;
    if (result.errors && !('data' in result)) {
      // graphql-jit answers variables that do not coerce with errors and no data. Those are
      // refused with graphql-js's errors instead — its message and the variable's node, which is
      // how Apollo knows to answer BAD_USER_INPUT. (graphql-js coerced every request's variables
      // before jit did the same again: a second coercion of each write's input.)
      const checked = getVariableValues(schema, operation?.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
      if (checked.errors) return { errors: checked.errors };
    }
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are GraphQLError look-alikes whose properties are read-only; plugins that
 * rewrite an error's message (graphql-armor hides field suggestions that way) then throw. Give
 * the rest of the pipeline graphql-js's own class, with the same message, locations, path,
 * extensions and original error.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined, extensions: e.extensions });
  (error as { locations?: GraphQLError['locations'] }).locations = e.locations;
  return error;
}
