import { registerEnumType } from 'type-graphql';
import { PositionLevel } from './org.enums';

/** Jenis jabatan: follows from the level, so it is derived rather than stored. */
export enum PositionKind {
  STRUKTURAL = 'STRUKTURAL',
  FUNGSIONAL = 'FUNGSIONAL',
  PELAKSANA = 'PELAKSANA',
}

registerEnumType(PositionKind, {
  name: 'PositionKind',
  description: 'Jenis jabatan, derived from its level',
  valuesConfig: {
    STRUKTURAL: {
      description: 'Jabatan struktural: JPT, administrator or pengawas (heads of units)',
    },
    FUNGSIONAL: { description: 'Jabatan fungsional: specialists with their own career track' },
    PELAKSANA: { description: 'Jabatan pelaksana: administrative and operational staff' },
  },
});

export function positionKindOf(level: PositionLevel): PositionKind {
  switch (level) {
    case PositionLevel.JPT:
    case PositionLevel.ADMINISTRATOR:
    case PositionLevel.PENGAWAS:
      return PositionKind.STRUKTURAL;
    case PositionLevel.FUNGSIONAL:
      return PositionKind.FUNGSIONAL;
    case PositionLevel.PELAKSANA:
      return PositionKind.PELAKSANA;
  }
}
