import type { Market } from '../../flows/markets.js';

/** What the review service needs from configuration. */
export interface ReviewSettings {
  publicBaseUrl: string;
  /** The on-duty lawyer per market (Slack user id), mentioned on urgent cases. */
  onDutyUserIds: Partial<Record<Market, string>>;
}
