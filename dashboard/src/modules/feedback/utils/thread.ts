import type { SupervisorRefFragment } from '../../api/generated/graphql';
import { FEEDBACK_MAX_LENGTH } from '../types';

export type SupervisorNode = SupervisorRefFragment & { supervisor?: SupervisorNode | null };

/** The supervisor chain read as nested `supervisor` fields, nearest first (a loop stops it). */
export function supervisorChain(start: SupervisorNode | null | undefined): SupervisorRefFragment[] {
  const chain: SupervisorRefFragment[] = [];
  const seen = new Set<string>();
  for (let node = start ?? null; node && !seen.has(node.id); node = node.supervisor ?? null) {
    seen.add(node.id);
    const { supervisor: _above, ...person } = node;
    chain.push(person);
  }
  return chain;
}

/** A reply's problem before sending, as a message key; null when it may be sent. */
export function replyProblem(text: string): 'feedback.reply.empty' | 'feedback.reply.long' | null {
  const trimmed = text.trim();
  if (trimmed.length === 0) return 'feedback.reply.empty';
  return trimmed.length > FEEDBACK_MAX_LENGTH ? 'feedback.reply.long' : null;
}
