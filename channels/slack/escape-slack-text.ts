/** Slack reads &, < and > as markup (links, mentions): user text must not be able to ping @channel or fake a link. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
