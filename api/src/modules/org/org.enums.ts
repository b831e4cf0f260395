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
});
registerEnumType(EmploymentType, { name: 'EmploymentType', description: 'ASN kind: PNS or PPPK' });
registerEnumType(PositionLevel, { name: 'PositionLevel', description: 'Jabatan level' });
