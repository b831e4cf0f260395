import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { PositionLevel } from './org.enums';

@ObjectType({ description: 'A jabatan (position) an employee holds' })
@Entity({ name: 'position' })
export class Position {
  static readonly modelName = 'Position';

  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 160, unique: true })
  title: string;

  @Field(() => PositionLevel)
  @Column({ type: 'varchar', length: 16 })
  level: PositionLevel;
}
