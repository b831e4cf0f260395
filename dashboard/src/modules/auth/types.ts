export type Role = 'EMPLOYEE' | 'LEADER' | 'HR_ADMIN' | 'ANALYST';

export interface SessionUser {
  __typename?: 'User';
  id: string;
  username: string;
  roles: Role[];
  /** Supervises at least one active employee (derived by the API). */
  isSupervisor?: boolean | null;
  abilityRules: unknown;
  employee: { __typename?: 'Employee'; id: string; name: string | null } | null;
}

export interface GetSessionData {
  me: SessionUser;
}

export interface LoginData {
  login: { __typename?: 'AuthPayload'; token: string; user: SessionUser };
}

export interface LoginVariables {
  username: string;
  password: string;
}
