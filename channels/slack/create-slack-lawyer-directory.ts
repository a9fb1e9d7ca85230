import type { webApi } from '@slack/bolt';
import type { LawyerDirectory } from '../../bot/reviews/review-port.js';
import type { Logger } from '../../bot/logging/create-logger.js';

export interface CreateSlackLawyerDirectoryOptions {
  client: webApi.WebClient;
  /** The lawyers' user group (S…); without it nobody may act. */
  userGroupId: string | null | undefined;
  logger: Logger;
  /** How long a fetched member list is trusted: a lawyer removed from the group loses access within it. */
  ttlMs?: number;
  now?: () => number;
}

/**
 * Who may approve, edit or reject: the members of the lawyers' Slack user group.
 * Fails closed: when Slack cannot tell, nobody is a lawyer until it can.
 */
export function createSlackLawyerDirectory({ client, userGroupId, logger, ttlMs = 60_000, now = Date.now }: CreateSlackLawyerDirectoryOptions): LawyerDirectory {
  let cached: { members: Set<string>; fetchedAt: number } | null = null;
  // Clicks arriving together share one usergroups.users.list call.
  let inFlight: Promise<Set<string> | null> | null = null;
  let warnedUnconfigured = false;

  async function fetchMembers(group: string): Promise<Set<string> | null> {
    try {
      const result = await client.usergroups.users.list({ usergroup: group });
      const members = new Set(result.users ?? []);
      cached = { members, fetchedAt: now() };
      return members;
    } catch (err) {
      logger.warn({ err, userGroupId: group }, 'slack: could not list the lawyers user group; refusing lawyer actions until it answers');
      return null;
    }
  }

  async function members(group: string): Promise<Set<string> | null> {
    if (cached && now() - cached.fetchedAt < ttlMs) return cached.members;
    inFlight ??= fetchMembers(group).finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  return {
    async isLawyer(slackUserId: string) {
      if (!userGroupId) {
        if (!warnedUnconfigured) {
          warnedUnconfigured = true;
          logger.warn('slack: no lawyers user group configured; every lawyer action is refused');
        }
        return false;
      }
      return (await members(userGroupId))?.has(slackUserId) ?? false;
    },
  };
}
