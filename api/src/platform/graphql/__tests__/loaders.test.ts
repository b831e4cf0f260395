import DataLoader from 'dataloader';
import { joinedOr } from '../loaders';

type Unit = { id: number; name: string };

describe('joinedOr', () => {
  const fromLoader: Unit = { id: 2, name: 'read by the loader' };
  const loader = () => {
    const batch = jest.fn(async (ids: readonly number[]) =>
      ids.map((id) => (id === fromLoader.id ? fromLoader : null)),
    );
    return { batch, loader: new DataLoader<number, Unit | null>(batch) };
  };

  it.each([
    ['the joined row when it is the foreign key’s', { id: 2, name: 'joined' }, 'joined', 0],
    [
      'the loader’s when the row moved after its read',
      { id: 1, name: 'old' },
      'read by the loader',
      1,
    ],
    ['the loader’s when nothing was joined', undefined, 'read by the loader', 1],
    ['the loader’s when the join found nothing', null, 'read by the loader', 1],
  ])('answers %s', async (_case, joined, name, batches) => {
    const { batch, loader: units } = loader();
    expect((await joinedOr(joined, 2, units))?.name).toBe(name);
    expect(batch).toHaveBeenCalledTimes(batches);
  });

  it('answers a joined row synchronously', () => {
    const joined = { id: 2, name: 'joined' };
    expect(joinedOr(joined, 2, loader().loader)).toBe(joined);
  });
});
