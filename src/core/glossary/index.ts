// The glossary: YAML files of entities and types, read, checked and merged.

export { appendEntity, type NewEntity } from './appendEntity';
export { suggestEntityId } from './ids';
export { mergeGlossaries, type Glossary } from './mergeGlossaries';
export { MAX_GLOSSARY_BYTES, parseGlossaryFile, type GlossaryFile } from './parseGlossaryFile';
export { formatProblem, type GlossaryProblem } from './problems';
