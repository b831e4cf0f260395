import berakhlakData from './berakhlak.json';
import gayunganData from './gayungan.json';
import ranksData from './ranks.json';

// Typed views of the JSON facts; the files stay the single source (see README.md).

export type PnsRankFact = { code: string; pangkat: string };
export type RankFacts = { source: string; pns: PnsRankFact[]; pppk: string[] };

export type CoreValueFact = { code: string; name: string; guides: string[] };
export type BerakhlakFacts = { source: string; values: CoreValueFact[] };

export type UnitFact = { name: string; head: string; children?: UnitFact[] };
export type GayunganFacts = {
  source: string;
  root: { name: string; head: string };
  units: UnitFact[];
  kelurahanSections: string[];
};

export const RANK_FACTS: RankFacts = ranksData;
export const BERAKHLAK_FACTS: BerakhlakFacts = berakhlakData;
export const GAYUNGAN_FACTS: GayunganFacts = gayunganData;
