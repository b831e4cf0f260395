import { registerEnumType } from 'type-graphql';

export enum Gender {
  LAKI_LAKI = 'LAKI_LAKI',
  PEREMPUAN = 'PEREMPUAN',
}

export enum EmploymentType {
  PNS = 'PNS',
  PPPK = 'PPPK',
}

export enum PositionLevel {
  JPT = 'JPT',
  ADMINISTRATOR = 'ADMINISTRATOR',
  PENGAWAS = 'PENGAWAS',
  PELAKSANA = 'PELAKSANA',
  FUNGSIONAL = 'FUNGSIONAL',
}

registerEnumType(Gender, {
  name: 'Gender',
  description: 'Jenis kelamin, as coded in the NIP (1 = laki-laki, 2 = perempuan)',
  valuesConfig: {
    LAKI_LAKI: { description: 'Laki-laki: male (NIP gender digit 1)' },
    PEREMPUAN: { description: 'Perempuan: female (NIP gender digit 2)' },
  },
});
registerEnumType(EmploymentType, {
  name: 'EmploymentType',
  description: 'ASN kind: PNS or PPPK',
  valuesConfig: {
    PNS: { description: 'Pegawai Negeri Sipil: permanent civil servant, golongan I/a…IV/e' },
    PPPK: {
      description:
        'Pegawai Pemerintah dengan Perjanjian Kerja: government employee on a work contract, golongan I…XVII',
    },
  },
});
registerEnumType(PositionLevel, {
  name: 'PositionLevel',
  description: 'Jabatan level',
  valuesConfig: {
    JPT: { description: 'Jabatan pimpinan tinggi: senior executive posts' },
    ADMINISTRATOR: {
      description: 'Jabatan administrator: heads of units with sub-units, such as the Camat',
    },
    PENGAWAS: { description: 'Jabatan pengawas: first-line heads such as a Kepala Seksi' },
    PELAKSANA: { description: 'Jabatan pelaksana: administrative and operational staff' },
    FUNGSIONAL: { description: 'Jabatan fungsional: specialists with their own career track' },
  },
});
