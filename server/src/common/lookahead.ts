import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the query asks for `field` directly under the field being resolved (through
 * fragments and inline fragments too). Lets a resolver fetch in one statement what a child
 * field would otherwise fetch in another — only when the child is actually asked for.
 */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  return info.fieldNodes.some((node) => inSet(node.selectionSet, field, info.fragments, new Set()));
}

function inSet(set: SelectionSetNode | undefined, field: string, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === 'Field' && (s as FieldNode).name.value === field) return true;
    if (s.kind === 'InlineFragment' && inSet(s.selectionSet, field, fragments, seen)) return true;
    if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
      seen.add(s.name.value);
      if (inSet(fragments[s.name.value]?.selectionSet, field, fragments, seen)) return true;
    }
  }
  return false;
}
