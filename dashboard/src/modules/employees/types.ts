export type Gender = 'LAKI_LAKI' | 'PEREMPUAN';
export type EmploymentType = 'PNS' | 'PPPK';
export type PositionLevel = 'JPT' | 'ADMINISTRATOR' | 'PENGAWAS' | 'PELAKSANA' | 'FUNGSIONAL';

export interface EmployeeFilter {
  unitId?: string;
  search?: string;
  active?: boolean;
  supervisorId?: string;
  employmentType?: EmploymentType;
}

export interface OrgUnitOption {
  __typename?: 'OrgUnit';
  id: string;
  name: string;
  depth: number;
}

export interface GetOrgUnitsData {
  orgUnits: OrgUnitOption[];
}

/** Fields of the EmployeeListItem fragment; every one but id may be null (forbidden). */
export interface EmployeeListItem {
  __typename?: 'Employee';
  id: string;
  name: string | null;
  nip: string | null;
  rank: string | null;
  active: boolean | null;
  positionLevel: PositionLevel | null;
  position: { __typename?: 'Position'; id: string; title: string } | null;
  unit: { __typename?: 'OrgUnit'; id: string; name: string } | null;
}

export interface GetEmployeesData {
  employees: {
    __typename?: 'EmployeeConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: { __typename?: 'EmployeeEdge'; cursor: string; node: EmployeeListItem }[];
  };
}

export interface GetEmployeesVariables {
  filter?: EmployeeFilter;
  first?: number;
  after?: string | null;
}

/** Fields of the EmployeeProfileFields fragment. */
export interface EmployeeProfileData {
  __typename?: 'Employee';
  id: string;
  nip: string | null;
  name: string | null;
  gender: Gender | null;
  birthDate: string | null;
  employmentType: EmploymentType | null;
  rank: string | null;
  pangkat: string | null;
  positionLevel: PositionLevel | null;
  position: { __typename?: 'Position'; id: string; title: string; level: PositionLevel } | null;
  unit: { __typename?: 'OrgUnit'; id: string; name: string } | null;
  supervisor: { __typename?: 'Employee'; id: string; name: string | null } | null;
  email: string | null;
  phone: string | null;
  active: boolean | null;
}

export interface GetEmployeeData {
  employee: EmployeeProfileData | null;
}

export interface GetEmployeeVariables {
  id: string;
}
