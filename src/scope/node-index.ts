import type { Definition, Nodes } from 'mdast';
import type { Message } from '../model/message.js';

type NodeOfType<T extends Nodes['type']> = Extract<Nodes, { type: T }>;

const cache = new WeakMap<object, Map<string, Nodes[]>>();

/**
 * The body's nodes of some types, in document order. The tree is walked once
 * per message and indexed by type (as markdownlint indexes its tokens), so
 * rules that look for images, links or directives do not each walk it again.
 */
export function nodesOf<T extends Nodes['type']>(message: Message, ...types: T[]): NodeOfType<T>[] {
  // Kept with the tree, which the check lets go once a message is done.
  const tree = message.tree;
  let index = cache.get(tree);
  if (!index) {
    index = new Map();
    const stack: Nodes[] = [tree];
    while (stack.length) {
      const node = stack.pop()!;
      const list = index.get(node.type);
      if (list) list.push(node);
      else index.set(node.type, [node]);
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
    }
    cache.set(tree, index);
  }
  if (types.length === 1) return (index.get(types[0]!) ?? []) as NodeOfType<T>[];
  const present = types.filter((t) => index.has(t));
  // Usually one of the types asked for is there at all (links, hardly ever reference links): no sort.
  if (present.length <= 1) return (present.length ? index.get(present[0]!)! : []) as NodeOfType<T>[];
  const all = present.flatMap((t) => index.get(t)!);
  // Back in document order when several types are asked for together.
  return all.sort((a, b) => (a.position?.start.offset ?? 0) - (b.position?.start.offset ?? 0)) as NodeOfType<T>[];
}

const definitions = new WeakMap<object, Map<string, Definition>>();

/**
 * The definition a `linkReference` or `imageReference` uses, by its
 * identifier: the first of that label, as the parser and the renderer
 * resolve it.
 */
export function definitionOf(message: Message, identifier: string): Definition | undefined {
  let byId = definitions.get(message.tree);
  if (!byId) {
    byId = new Map();
    for (const d of nodesOf(message, 'definition')) if (!byId.has(d.identifier)) byId.set(d.identifier, d);
    definitions.set(message.tree, byId);
  }
  return byId.get(identifier);
}
