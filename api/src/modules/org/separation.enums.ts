import { registerEnumType } from 'type-graphql';
import { EmploymentType } from './org.enums';

/**
 * Why an ASN leaves (pemberhentian), after PP 11/2017 jo. PP 17/2020 (PNS) and PP 49/2018 (PPPK).
 */
export enum SeparationKind {
  PENSIUN_BATAS_USIA = 'PENSIUN_BATAS_USIA',
  PENSIUN_DINI = 'PENSIUN_DINI',
  ATAS_PERMINTAAN_SENDIRI = 'ATAS_PERMINTAAN_SENDIRI',
  MENINGGAL_DUNIA = 'MENINGGAL_DUNIA',
  TIDAK_CAKAP_JASMANI_ROHANI = 'TIDAK_CAKAP_JASMANI_ROHANI',
  PINDAH_INSTANSI = 'PINDAH_INSTANSI',
  PERJANJIAN_KERJA_BERAKHIR = 'PERJANJIAN_KERJA_BERAKHIR',
  TIDAK_ATAS_PERMINTAAN_SENDIRI = 'TIDAK_ATAS_PERMINTAAN_SENDIRI',
  TIDAK_DENGAN_HORMAT = 'TIDAK_DENGAN_HORMAT',
}

/** Kinds that exist for one employment type only (pension for PNS, contract end for PPPK). */
export const SEPARATION_KIND_FOR: Partial<Record<SeparationKind, EmploymentType>> = {
  [SeparationKind.PENSIUN_BATAS_USIA]: EmploymentType.PNS,
  [SeparationKind.PENSIUN_DINI]: EmploymentType.PNS,
  [SeparationKind.PERJANJIAN_KERJA_BERAKHIR]: EmploymentType.PPPK,
};

registerEnumType(SeparationKind, {
  name: 'SeparationKind',
  description: 'Why an ASN leaves (jenis pemberhentian)',
  valuesConfig: {
    PENSIUN_BATAS_USIA: {
      description: 'Pensiun: reached the retirement age (batas usia pensiun); PNS only',
    },
    PENSIUN_DINI: { description: 'Pensiun dini: early retirement on request; PNS only' },
    ATAS_PERMINTAAN_SENDIRI: { description: 'Berhenti atas permintaan sendiri: resigned' },
    MENINGGAL_DUNIA: { description: 'Meninggal dunia: died' },
    TIDAK_CAKAP_JASMANI_ROHANI: {
      description: 'Tidak cakap jasmani dan/atau rohani: unfit for duty on health grounds',
    },
    PINDAH_INSTANSI: {
      description: 'Pindah instansi: moved to another agency outside the kecamatan',
    },
    PERJANJIAN_KERJA_BERAKHIR: {
      description: 'Perjanjian kerja berakhir: the PPPK work contract ended; PPPK only',
    },
    TIDAK_ATAS_PERMINTAAN_SENDIRI: {
      description:
        'Diberhentikan dengan hormat tidak atas permintaan sendiri: dismissed honourably',
    },
    TIDAK_DENGAN_HORMAT: {
      description: 'Diberhentikan tidak dengan hormat (PTDH): dismissed dishonourably',
    },
  },
});
