import { registerEnumType } from 'type-graphql';

/** Roles stored on an account; a supervisor is derived from the reporting line, never stored. */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  LEADER = 'LEADER',
  HR_ADMIN = 'HR_ADMIN',
  ANALYST = 'ANALYST',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Stored roles; supervisor is derived from the reporting line',
  valuesConfig: {
    EMPLOYEE: {
      description: 'Every ASN with an account: own SKP, reports, evaluations and feedback',
    },
    LEADER: {
      description: 'The Camat: acts for the whole kecamatan, calibrates and closes cycles',
    },
    HR_ADMIN: {
      description:
        'Subbagian Umum dan Kepegawaian: manages people and cycles, reads all, evaluates no one',
    },
    ANALYST: { description: 'Planning or BKD analyst: read-only, de-identified data' },
  },
});
