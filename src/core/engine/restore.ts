// Brings the reader's stored layer (from the native sidecar) onto the current
// text: every manual tag and suppression is re-anchored; what cannot be
// placed with confidence comes back flagged orphaned, never dropped.

import type { Annotation } from '../model';
import { reanchor } from '../anchoring';
import type { UserLayer } from './userLayer';

export function restoreUserLayer(text: string, stored: { annotations: readonly Annotation[]; suppressed: readonly Annotation[] }): UserLayer {
  const manual = stored.annotations.filter((a) => a.origin === 'manual');
  const place = (list: readonly Annotation[]) => (list.length ? reanchor(text, list).map((r) => r.annotation) : []);
  return { manual: place(manual), suppressed: place(stored.suppressed) };
}
