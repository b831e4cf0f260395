/**
 * What one request allocates on V8's heap. Between collections the heap's used size grows only by
 * what is allocated; a collection frees some of it. So a request allocates its heap's growth plus
 * what every collection inside it freed. Allocation is the work behind the collections the bench
 * counts: the team dashboard once built a year's periods for every member on every request
 * (1.09 MB a request, against 0.22 for its SQL), which the pauses hid but this figure shows.
 */
import { GCProfiler, getHeapStatistics } from 'node:v8';

/** One collection: the heap's used bytes before and after it. */
export interface Collection {
  before: number;
  after: number;
}

/** Bytes allocated from `startUsed` to `endUsed` with `collections` in between, in their order. */
export function allocatedBetween(
  startUsed: number,
  collections: readonly Collection[],
  endUsed: number,
): number {
  let allocated = 0;
  let used = startUsed;
  for (const { before, after } of collections) {
    allocated += before - used;
    used = after;
  }
  return allocated + endUsed - used;
}

/**
 * Around a piece of work: `start()` before it, `stop()` after, giving the bytes it allocated. The
 * two calls cost a few microseconds, so a timed request keeps them outside its clock.
 */
export class AllocationMeter {
  private profiler: GCProfiler | null = null;
  private startUsed = 0;

  start() {
    this.profiler = new GCProfiler();
    this.profiler.start();
    this.startUsed = getHeapStatistics().used_heap_size;
  }

  stop(): number {
    const endUsed = getHeapStatistics().used_heap_size;
    const statistics = this.profiler?.stop()?.statistics ?? [];
    this.profiler = null;
    return allocatedBetween(
      this.startUsed,
      statistics.map(({ beforeGC, afterGC }) => ({
        before: beforeGC.heapStatistics.usedHeapSize,
        after: afterGC.heapStatistics.usedHeapSize,
      })),
      endUsed,
    );
  }
}
