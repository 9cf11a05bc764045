// A notification, once per article and problem, when an article's native
// sidecar cannot be read (truncated, not JSON, a newer version, offsets
// beyond the text…): the Problems panel lists it too, but a reader who tags
// must learn at once that the tags cannot be saved.

import type { ArticleModel } from '../articleModel';
import type { ArticleStore } from '../articleStore';
import { offerSidecarFix, unreadableMessage } from '../sidecarProblem';
import { Disposable } from '../util/dispose';

export class SidecarNotices extends Disposable {
  private readonly told = new Set<string>();

  constructor(private readonly articles: ArticleStore) {
    super();
    this.register(articles.onDidChange((m) => this.check(m)));
  }

  private check(model: ArticleModel): void {
    const problem = model.sidecarProblem;
    if (!problem) return;
    const key = `${model.uri.toString()}\n${problem}`;
    if (this.told.has(key)) return;
    this.told.add(key);
    void offerSidecarFix(unreadableMessage(problem), model.uri, this.articles.sidecars.nativeUri(model.uri), problem);
  }
}
