import { Field, ID, ObjectType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Role } from '../../platform/auth/role';
import { Employee } from '../org/employee.entity';

@ObjectType('User', { description: 'A login account' })
@Entity({ name: 'account' })
export class Account {
  static readonly modelName = 'User';

  @Field(() => ID, { description: 'Stable internal id of the account' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Login name; an employee may also log in with their NIP' })
  @Column({ type: 'varchar', length: 60, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Field(() => [Role], {
    description: 'Stored roles; being a supervisor is derived from the reporting line instead',
  })
  @Column({ type: 'simple-array' })
  roles: Role[];

  @Index({ unique: true })
  @Column({ type: 'int', nullable: true })
  employeeId: number | null;

  @ManyToOne(() => Employee, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'employeeId' })
  employee?: Employee | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False once the employee has left: the account cannot log in',
  })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Locked by HR: the account cannot log in until HR unlocks it',
  })
  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The password is a one-time password set by HR: until it is changed, only `me`, `changePassword` and `login` work',
  })
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the password was last set (by its owner or by an HR reset)',
  })
  @Column({ type: 'datetime', precision: 3, nullable: true })
  passwordChangedAt: Date | null;

  /** Tokens carry the version they were signed at; raising it revokes every session at once. */
  @Column({ type: 'int', default: 1 })
  sessionVersion: number;

  @Field(() => Date, { nullable: true, description: 'When the account was created' })
  @CreateDateColumn()
  createdAt: Date;
}

/** Failed login attempts, kept in the database so the limit holds across API instances. */
@Entity({ name: 'login_failure' })
@Index(['accountKey', 'address', 'createdAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 60 })
  accountKey: string;

  @Column({ type: 'varchar', length: 64 })
  address: string;

  @Column({ type: 'datetime', precision: 3 })
  createdAt: Date;
}
