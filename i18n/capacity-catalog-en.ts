/** What the bot says when many tickets arrive at once and the offline readers are busy, in English. Short: SMS. */
export const capacityEn = {
  'capacity.inLine': "Lots of tickets right now: yours is number {position} in line (about {seconds} s). I'll write as soon as it's read.",
  'capacity.stillInLine': "Your ticket is still in line to be read. I'll write as soon as it's read. You can also type its details instead.",
} as const;
