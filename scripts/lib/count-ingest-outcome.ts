import type pg from 'pg';

export interface IngestOutcome {
  acknowledged: number;
  /** Acknowledged SIDs with no inbound row: lost messages. */
  lost: number;
  /** Inbound rows per acknowledged SID above one (the unique index makes this 0 unless it is gone). */
  duplicateRows: number;
  inboundRows: number;
  processed: number;
  stillReceived: number;
  /** Conversations whose revision is not 1: a message processed twice, or not at all. */
  conversationsNotOneTurn: number;
  /** Senders (of acknowledged messages) with exactly one, none, or several sends at the fake Twilio. */
  sendersAnsweredOnce: number;
  sendersUnanswered: number;
  sendersAnsweredTwiceOrMore: number;
  outboundSends: number;
}

export interface CountIngestOutcomeOptions {
  db: pg.Client;
  acknowledged: string[];
  /** The driver's number a SID was sent from. */
  senderOf: (sid: string) => string;
  /** Sends the fake Twilio received, per To number. */
  sendsTo: Map<string, unknown[]>;
}

/**
 * After a run has drained: were all acknowledged messages stored once,
 * processed once (one turn per conversation: one new sender, one message),
 * and answered once at the provider?
 */
export async function countIngestOutcome({ db, acknowledged, senderOf, sendsTo }: CountIngestOutcomeOptions): Promise<IngestOutcome> {
  const unique = [...new Set(acknowledged)];
  const { rows: found } = await db.query<{ rows: string; sids: string; processed: string; received: string }>(
    `SELECT count(*) AS rows, count(DISTINCT "providerId") AS sids,
            count(*) FILTER (WHERE status = 'processed') AS processed, count(*) FILTER (WHERE status = 'received') AS received
     FROM "Message" WHERE direction = 'in' AND "providerId" = ANY($1::text[])`,
    [unique],
  );
  const { rows: totals } = await db.query<{ inbound: string; not_one: string }>(
    `SELECT (SELECT count(*) FROM "Message" WHERE direction = 'in') AS inbound,
            (SELECT count(*) FROM "Conversation" WHERE revision <> 1) AS not_one`,
  );
  let once = 0;
  let none = 0;
  let several = 0;
  for (const sid of unique) {
    const sends = sendsTo.get(senderOf(sid))?.length ?? 0;
    if (sends === 1) once += 1;
    else if (sends === 0) none += 1;
    else several += 1;
  }
  return {
    acknowledged: unique.length,
    lost: unique.length - Number(found[0].sids),
    duplicateRows: Number(found[0].rows) - Number(found[0].sids),
    inboundRows: Number(totals[0].inbound),
    processed: Number(found[0].processed),
    stillReceived: Number(found[0].received),
    conversationsNotOneTurn: Number(totals[0].not_one),
    sendersAnsweredOnce: once,
    sendersUnanswered: none,
    sendersAnsweredTwiceOrMore: several,
    outboundSends: [...sendsTo.values()].reduce((n, list) => n + list.length, 0),
  };
}
