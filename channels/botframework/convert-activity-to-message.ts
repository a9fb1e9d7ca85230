import { TurnContext, type Activity } from 'botbuilder';
import type { InboundMessage, MediaRef } from '../../bot/runtime/ports.js';

export interface ConvertActivityToMessageOptions {
  /** A message Activity, already authenticated by the adapter. */
  activity: Activity;
  receivedAt?: Date;
}

// Teams puts "<at>Bot name</at>" in the text when the bot is @mentioned in a group chat or channel.
const MENTION = /[ \t]*<at\b[^>]*>.*?<\/at>[ \t]*/gis;

/** Translates a Bot Framework message Activity into the runtime's InboundMessage. */
export function convertActivityToMessage({ activity, receivedAt = new Date() }: ConvertActivityToMessageOptions): InboundMessage {
  const text = activity.text?.replace(MENTION, ' ').trim();
  return {
    channel: 'botframework',
    address: activity.conversation.id,
    // Channel + conversation + activity id: a channel retrying the same POST gets deduplicated.
    providerId: activity.id ? `bf:${activity.channelId}:${activity.conversation.id}:${activity.id}` : undefined,
    text: text || undefined,
    media: imageAttachments(activity),
    // Everything a later, proactive reply needs (serviceUrl, conversation, bot, user).
    channelData: { ...TurnContext.getConversationReference(activity) },
    languageHint: activity.locale || undefined,
    receivedAt,
  };
}

/**
 * Images only, by URL: Teams' text/html copy of the message, adaptive cards and
 * file-consent cards are not media. data: URLs are left out on purpose (they
 * would end up stored whole in the message's media list).
 */
function imageAttachments(activity: Activity): MediaRef[] {
  return (activity.attachments ?? [])
    .filter((a) => a.contentType?.toLowerCase().startsWith('image/') && /^https?:\/\//i.test(a.contentUrl ?? ''))
    .map((a) => ({ url: a.contentUrl as string, contentType: a.contentType.toLowerCase() }));
}
