/**
 * Runs `task` for every item with at most `limit` at a time, and rejects with the first
 * failure once the running ones have settled. Publishing thirty packages one npm process at a
 * time takes minutes on a loaded 2-core machine; a few at a time roughly halves that.
 */
export async function inParallel<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<unknown>): Promise<void> {
  let next = 0;
  const failures: unknown[] = [];
  const worker = async () => {
    while (next < items.length && failures.length === 0) {
      const index = next++;
      try {
        await task(items[index]!, index);
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failures.length > 0) throw failures[0];
}
