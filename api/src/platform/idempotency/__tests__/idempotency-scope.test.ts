import {
  currentIdempotencyScope,
  type IdempotencyScope,
  withIdempotencyScope,
} from '../idempotency-scope';

/** A continuation started inside a scope that runs only when `release` is called. */
function heldOpen() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let seen!: Promise<IdempotencyScope | undefined>;
  return {
    start: () => {
      seen = gate.then(() => currentIdempotencyScope());
    },
    seen: () => {
      release();
      return seen;
    },
  };
}

describe('withIdempotencyScope', () => {
  it('gives each request a scope of its own, seen by everything it awaits', async () => {
    await Promise.all(
      ['a', 'b'].map((key) =>
        withIdempotencyScope(async () => {
          currentIdempotencyScope()!.claim = {
            accountId: 1,
            key,
            operation: 'x',
            requestHash: key,
          };
          await new Promise((resolve) => setTimeout(resolve, 5));
          expect(currentIdempotencyScope()?.claim?.key).toBe(key);
        }),
      ),
    );
    expect(currentIdempotencyScope()).toBeUndefined();
  });

  // On Node 20 an AsyncLocalStorage hooks every promise of the process from its first scope on
  // until it is disabled; disabled, a continuation of a finished scope no longer sees its store.
  it('disables the storage once its last open scope has ended, and opens scopes again after', async () => {
    const first = heldOpen();
    const second = heldOpen();
    let release!: () => void;
    const outer = withIdempotencyScope(async () => {
      first.start();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await withIdempotencyScope(async () => {
      second.start();
    });
    // The outer scope is still open: the storage stays enabled for it.
    expect(await second.seen()).toEqual({});
    release();
    await outer;
    expect(await first.seen()).toBeUndefined();
    await withIdempotencyScope(async () => {
      expect(currentIdempotencyScope()).toEqual({});
    });
  });

  it('ends the scope when the work fails, passing the failure on', async () => {
    const held = heldOpen();
    await expect(
      withIdempotencyScope(async () => {
        held.start();
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await held.seen()).toBeUndefined();
  });
});
