// Finds glossary entities in text (DESIGN.md, "Matching rules").

export type { CompiledMatcher } from './compiledMatcher';
export { compileMatcher, matcherFromParts, matcherParts, type MatcherParts } from './compile';
