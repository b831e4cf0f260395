import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PositionLevel } from './org.enums';

@ObjectType({ description: 'A jabatan (position) an employee holds' })
@Entity({ name: 'position' })
export class Position {
  static readonly modelName = 'Position';

  @Field(() => ID, { description: 'Stable internal id of the position' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Nama jabatan, e.g. Lurah Ketintang or Pengadministrasi Perkantoran' })
  @Column({ type: 'varchar', length: 160, unique: true })
  title: string;

  @Field(() => PositionLevel, {
    description: 'Jenjang jabatan (JPT, administrator, pengawas, pelaksana or fungsional)',
  })
  @Column({ type: 'varchar', length: 16 })
  level: PositionLevel;
}
