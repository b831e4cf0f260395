/** A few golongan as the API's `ranks` query answers (the real list comes from the API). */
export const RANKS = [
  ...['III/a', 'III/b', 'III/c', 'III/d'].map((code) => ({
    __typename: 'RankOption' as const,
    code,
    employmentType: 'PNS' as const,
  })),
  ...['IX', 'X'].map((code) => ({
    __typename: 'RankOption' as const,
    code,
    employmentType: 'PPPK' as const,
  })),
];
