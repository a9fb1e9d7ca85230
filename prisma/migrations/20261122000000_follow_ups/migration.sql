-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "payload" JSONB;

-- DropIndex
DROP INDEX "ScheduledJob_conversationId_idx";

-- CreateIndex
CREATE INDEX "ScheduledJob_conversationId_status_runAt_idx" ON "ScheduledJob"("conversationId", "status", "runAt");
