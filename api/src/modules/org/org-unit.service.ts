import { type DataSource } from 'typeorm';
import { OrgUnit } from './org-unit.entity';

export class OrgUnitService {
  constructor(private readonly dataSource: DataSource) {}

  /** The whole tree, parents before children and siblings by `sortOrder`: one query, ordered for display. */
  async listInTreeOrder(): Promise<OrgUnit[]> {
    const units = await this.dataSource
      .getRepository(OrgUnit)
      .find({ order: { depth: 'ASC', sortOrder: 'ASC', id: 'ASC' } });
    const childrenOf = new Map<number | null, OrgUnit[]>();
    for (const unit of units)
      childrenOf.set(unit.parentId, [...(childrenOf.get(unit.parentId) ?? []), unit]);
    const ordered: OrgUnit[] = [];
    const visit = (parentId: number | null) => {
      for (const unit of childrenOf.get(parentId) ?? []) {
        ordered.push(unit);
        visit(unit.id);
      }
    };
    visit(null);
    return ordered;
  }
}
