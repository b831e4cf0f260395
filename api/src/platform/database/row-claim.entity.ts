import {
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A row that check-then-write transactions lock (`lockedRow`), as Galera certifies it. Galera
 * replicates writes, not locks: `SELECT … FOR UPDATE` holds only on the node it runs on, so two such
 * transactions on two nodes could both pass their check. Each exclusive lock therefore deletes its
 * row's claim and inserts it again with `claims` one up, a write both carry that certification
 * treats as exclusive, and lets only the first commit (the other rolls back and `runTransaction`
 * reruns it against the first one's result).
 */
@Entity({ name: 'row_claim' })
export class RowClaim {
  /** The locked row's table. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tableName: string;

  @PrimaryColumn({ type: 'int' })
  rowId: number;

  @Column({ type: 'int', default: 0 })
  claims: number;
}

/**
 * A shared hold on a claimed row (`lockedRow(…, 'share')`), written and deleted in the holder's
 * transaction: the foreign key makes Galera certify the holder against the claim's row as a
 * reference, so holders never conflict with each other, and an exclusive claim of the same row
 * committed on another node in the meantime rolls either one back. No row outlives its transaction.
 */
@Entity({ name: 'row_claim_hold' })
export class RowClaimHold {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  tableName: string;

  @Column({ type: 'int' })
  rowId: number;

  @ManyToOne(() => RowClaim, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tableName', referencedColumnName: 'tableName' },
    { name: 'rowId', referencedColumnName: 'rowId' },
  ])
  claim?: RowClaim;
}
