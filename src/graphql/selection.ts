/**
 * What a request selects below the field being resolved, so a resolver
 * can read related records in its own statement when they are asked for
 * (a list's items with their vendor) and skip them when they are not.
 * Fragments count (inline and named); aliases do not matter. A field under
 * `@skip`/`@include` counts as selected: reading it anyway costs a little
 * work, never a wrong answer.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Selected = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields named `name` directly in these selection sets, through fragments. */
function fieldsNamed(sets: readonly SelectionSetNode[], name: string, fragments: Selected['fragments']): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** Whether the field being resolved selects the path of fields below it, e.g. `['edges', 'node', 'vendor']`. */
export function selects(info: Selected, path: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fieldsNamed(
      fields.flatMap((f) => (f.selectionSet ? [f.selectionSet] : [])),
      name,
      info.fragments,
    );
    if (fields.length === 0) return false;
  }
  return true;
}
