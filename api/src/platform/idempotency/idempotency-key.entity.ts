import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A client's `Idempotency-Key` for one creating mutation: written in the mutation's own
 * transaction (so a write and its key commit together), then given the response to replay.
 */
@Entity({ name: 'idempotency_key' })
@Index(['accountId', 'key'], { unique: true })
@Index(['createdAt'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  accountId: number;

  @Column({ type: 'varchar', length: 100 })
  key: string;

  /** The mutation's root field, e.g. submitRealization. */
  @Column({ type: 'varchar', length: 60 })
  operation: string;

  /** SHA-256 of the operation and its variables: the same key with other input is a CONFLICT. */
  @Column({ type: 'varchar', length: 64 })
  requestHash: string;

  /** The first answer as JSON, secrets removed; null until it is sent. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  @CreateDateColumn()
  createdAt: Date;
}
