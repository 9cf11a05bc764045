// Re-anchoring manual annotations after the article text changed, inside the
// editor or outside it. See reanchor.ts for the strategy, choice.ts for when
// a candidate is trusted, speaker.ts for what happens to a quote's speaker.

export { reanchor, type AnchorResult } from './reanchor';
export { contextOf } from './contextOf';
