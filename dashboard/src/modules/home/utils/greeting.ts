import type { MessageKey } from '../../i18n';
import { jakartaHour } from '../../ui/utils/dates';

// Greeting by the hour in Surabaya (WIB), whatever the device's time zone.
export function greetingKey(date: Date): MessageKey {
  const hour = jakartaHour(date);
  if (hour >= 4 && hour < 11) return 'home.greeting.morning';
  if (hour >= 11 && hour < 15) return 'home.greeting.midday';
  if (hour >= 15 && hour < 18) return 'home.greeting.afternoon';
  return 'home.greeting.evening';
}

/** Whom Beranda greets: the employee's name, else the account's. */
export const greetingNameOf = (me: {
  username: string;
  employee?: { name: string | null } | null;
}) => me.employee?.name ?? me.username;
