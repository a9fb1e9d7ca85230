-- The outbox claim (bot/db/claim-outbox-entries.ts) skips an entry while an earlier one of the same
-- conversation is pending or sending. Without an index on the conversation that check hashed every open
-- entry and read the whole Message table on each claim: 22 ms with 1,000 replies waiting, growing with
-- the backlog; with it, one index probe per candidate (1.5 ms). bench:ingest measures it.
-- CreateIndex
CREATE INDEX "OutboxEntry_conversationId_status_idx" ON "OutboxEntry"("conversationId", "status");
