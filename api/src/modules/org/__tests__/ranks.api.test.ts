import { DRIVERS } from '../../../testing/databases';
import { codesOf } from '../../../testing/graphql-client';
import { useSmallOrg } from '../../../testing/suite';

const RANKS = `query ($type: EmploymentType) { ranks(employmentType: $type) { code employmentType pangkat } }`;

describe.each(DRIVERS)('golongan list on %s', (kind) => {
  const t = useSmallOrg(kind);

  it('gives every signed-in role the one golongan list, lowest first, by employment type', async () => {
    for (const who of ['admin', 'camat', 'analis', t.org.people.staffA1.nip]) {
      const all = await t.client.as(who, RANKS);
      expect(all.errors).toBeUndefined();
      const ranks = all.data!.ranks as {
        code: string;
        employmentType: string;
        pangkat: string | null;
      }[];
      const pns = ranks.filter((rank) => rank.employmentType === 'PNS');
      const pppk = ranks.filter((rank) => rank.employmentType === 'PPPK');
      expect(pns.map((rank) => rank.code).join(' ')).toBe(
        'I/a I/b I/c I/d II/a II/b II/c II/d III/a III/b III/c III/d IV/a IV/b IV/c IV/d IV/e',
      );
      expect(pns.find((rank) => rank.code === 'III/a')?.pangkat).toBe('Penata Muda');
      expect(pppk.map((rank) => rank.code).join(' ')).toBe(
        'I II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII',
      );
      expect(pppk.every((rank) => rank.pangkat === null)).toBe(true);
    }
    const onlyPppk = await t.client.as('admin', RANKS, { type: 'PPPK' });
    expect(
      (onlyPppk.data!.ranks as { employmentType: string }[]).every(
        (rank) => rank.employmentType === 'PPPK',
      ),
    ).toBe(true);
    expect(codesOf(await t.client.run(null, RANKS))).toEqual(['UNAUTHENTICATED']);
  });
});
