import type { Embeddings } from '@langchain/core/embeddings';
import type { ProviderGuard } from './create-provider-breakers.js';

/**
 * The same embeddings object with its two calls behind the provider's
 * breaker (Voyage): an open breaker fails the search at once instead of
 * after Voyage's own retries, and the failover store answers.
 */
export function guardEmbeddings<E extends Embeddings>({ embeddings, guard }: { embeddings: E; guard: ProviderGuard }): E {
  return new Proxy(embeddings, {
    get(target, property, receiver) {
      if (property === 'embedQuery') return (text: string) => guard.execute(() => target.embedQuery(text));
      if (property === 'embedDocuments') return (texts: string[]) => guard.execute(() => target.embedDocuments(texts));
      return Reflect.get(target, property, receiver);
    },
  });
}
