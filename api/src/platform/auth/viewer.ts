import { type Role } from './role';

/** Who is asking: resolved from the bearer token on every request. */
export interface Viewer {
  accountId: number;
  username: string;
  roles: Role[];
  employeeId: number | null;
  /** Everyone above the viewer in the reporting line (empty without an employee record). */
  supervisorChainIds: number[];
  /** Signed in with a one-time password: only `me`, `changePassword` and `login` run until it is changed. */
  mustChangePassword?: boolean;
}
