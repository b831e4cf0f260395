import { registerEnumType } from 'type-graphql';

/** What kind of change opened a job-history row. */
export enum JobChangeKind {
  PENGANGKATAN = 'PENGANGKATAN',
  MUTASI = 'MUTASI',
  PROMOSI = 'PROMOSI',
  ROTASI = 'ROTASI',
  KENAIKAN_PANGKAT = 'KENAIKAN_PANGKAT',
}

/** Pelaksana tugas (vacant post) or pelaksana harian (head temporarily absent). */
export enum ActingKind {
  PLT = 'PLT',
  PLH = 'PLH',
}

/** In what capacity the pejabat penilai signs: holder of the post, or acting for it. */
export enum EvaluatorCapacity {
  DEFINITIF = 'DEFINITIF',
  PLT = 'PLT',
  PLH = 'PLH',
}

/** Where an acting term stands today. */
export enum ActingStatus {
  UPCOMING = 'UPCOMING',
  IN_TERM = 'IN_TERM',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ActingStatus, {
  name: 'ActingStatus',
  description: 'Where an acting term stands today (Asia/Jakarta)',
  valuesConfig: {
    UPCOMING: { description: 'Starts later' },
    IN_TERM: { description: 'In force today: the acting official evaluates' },
    ENDED: { description: 'Its last day has passed' },
    CANCELLED: { description: 'Cancelled by HR: it never counted' },
  },
});
registerEnumType(JobChangeKind, {
  name: 'JobChangeKind',
  description: 'Why a job-history row was opened',
  valuesConfig: {
    PENGANGKATAN: {
      description:
        'First post in the kecamatan (appointment or transfer in), or the record as it stood when kept',
    },
    MUTASI: { description: 'Move to another unit' },
    PROMOSI: { description: 'Promotion to a higher jabatan' },
    ROTASI: { description: 'Another jabatan at the same level' },
    KENAIKAN_PANGKAT: { description: 'Golongan raised, same jabatan and unit' },
  },
});
registerEnumType(ActingKind, {
  name: 'ActingKind',
  description: 'Acting official: Plt (post vacant) or Plh (head temporarily absent)',
  valuesConfig: {
    PLT: { description: 'Pelaksana tugas: acts for a vacant post' },
    PLH: { description: 'Pelaksana harian: acts while the head is absent' },
  },
});
registerEnumType(EvaluatorCapacity, {
  name: 'EvaluatorCapacity',
  description: 'In what capacity the pejabat penilai acts',
  valuesConfig: {
    DEFINITIF: { description: 'As the holder of the post (or the next head up for a vacancy)' },
    PLT: { description: 'As pelaksana tugas of a vacant post' },
    PLH: { description: 'As pelaksana harian of an absent head' },
  },
});
