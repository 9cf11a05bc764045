// The `types:` section: entity types beyond the built-in ones, each with a
// label for cards and an optional colour. A built-in type may be listed too,
// to give it another label or a colour.

import { BUILT_IN_TYPES, type EntityTypeInfo } from '../model';
import { didYouMean } from './didYouMean';
import { describe, isColor, textOf } from './fieldValues';
import { isValidId } from './ids';
import type { ProblemSink } from './problems';
import type { MapNode, PairNode, ScalarNode, TreeNode } from './tree';

export interface TypeDraft {
  readonly info: EntityTypeInfo;
  readonly key: ScalarNode;
}

const TYPE_FIELDS = ['label', 'color'] as const;
const BUILT_IN: ReadonlySet<string> = new Set(BUILT_IN_TYPES);

export function readTypes(node: TreeNode, sink: ProblemSink): TypeDraft[] {
  if (node.kind === 'scalar' && node.text === null) return [];
  if (node.kind !== 'map') {
    sink.error(node, `'types' must be a mapping like {media: {label: Media outlet}}, not ${describe(node)}`);
    return [];
  }
  const types: TypeDraft[] = [];
  const seen = new Set<string>();
  for (const pair of node.pairs) {
    const id = textOf(pair.key);
    if (id === undefined) {
      sink.error(pair.key, `types: a type's id must be text, not ${describe(pair.key)}`);
    } else if (!isValidId(id)) {
      sink.error(pair.key, `type '${id}': an id may contain only letters, digits, '-', '_' and '.'`);
    } else if (seen.has(id)) {
      sink.error(pair.key, `type '${id}' is defined twice; the second is ignored`);
    } else {
      seen.add(id);
      types.push({ info: readType(id, pair.value, pair.key as ScalarNode, sink), key: pair.key as ScalarNode });
    }
  }
  return types;
}

function readType(id: string, value: TreeNode, key: ScalarNode, sink: ProblemSink): EntityTypeInfo {
  const builtIn = BUILT_IN.has(id);
  if (value.kind === 'scalar' && value.text === null) {
    sink.warning(key, `type '${id}' has no label; cards show '${id}' (add label: …)`);
    return { id, label: id, builtIn };
  }
  if (value.kind !== 'map') {
    sink.error(key, `type '${id}' must be a mapping like {label: Media outlet}, not ${describe(value)}; cards show '${id}'`);
    return { id, label: id, builtIn };
  }
  const fields = typeFields(id, value, sink);
  let label = id;
  const labelPair = fields.get('label');
  const labelText = textOf(labelPair?.value)?.trim();
  if (labelPair === undefined) {
    sink.warning(key, `type '${id}' has no label; cards show '${id}' (add label: …)`);
  } else if (labelText) {
    label = labelText;
  } else {
    sink.error(labelPair.key, `type '${id}': label must be text, not ${describe(labelPair.value)}`);
  }
  const colorPair = fields.get('color');
  const color = textOf(colorPair?.value)?.trim();
  if (colorPair && (color === undefined || !isColor(color))) {
    // an empty value has no place of its own: point at its key
    const at = color === undefined ? colorPair.key : colorPair.value;
    const written = color === undefined ? describe(colorPair.value) : `'${color}'`;
    sink.error(at, `type '${id}': color must be a CSS colour (#8a2be2, teal, rgb(…)) or a theme colour id (charts.purple), not ${written}; it is left out`);
  }
  return { id, label, builtIn, ...(color !== undefined && isColor(color) && { color }) };
}

function typeFields(id: string, map: MapNode, sink: ProblemSink): Map<string, PairNode> {
  const fields = new Map<string, PairNode>();
  for (const pair of map.pairs) {
    const key = textOf(pair.key);
    if (key === undefined) sink.error(pair.key, `type '${id}': a field name must be text, not ${describe(pair.key)}`);
    else if (fields.has(key)) sink.error(pair.key, `type '${id}': field '${key}' appears twice; the second is ignored`);
    else if ((TYPE_FIELDS as readonly string[]).includes(key)) fields.set(key, pair);
    else sink.warning(pair.key, `type '${id}': unknown field '${key}' is ignored${didYouMean(key, TYPE_FIELDS)}`);
  }
  return fields;
}
