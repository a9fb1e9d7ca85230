-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "closedAt" TIMESTAMP(3),
ADD COLUMN     "hearingAt" TIMESTAMP(3),
ADD COLUMN     "hearingCourt" TEXT,
ADD COLUMN     "hearingRoom" TEXT,
ADD COLUMN     "outcome" TEXT,
ADD COLUMN     "outcomeFineCents" INTEGER,
ADD COLUMN     "outcomePoints" INTEGER;

-- CreateTable
CREATE TABLE "LawyerReview" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "conversationId" TEXT,
    "market" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "urgent" BOOLEAN NOT NULL DEFAULT false,
    "slackChannel" TEXT,
    "slackTs" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectReason" TEXT,
    "openQuestion" TEXT,
    "approvedVersion" INTEGER,
    "approvedSha256" TEXT,
    "documentTokenHash" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LawyerReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DraftVersion" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DraftVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackPost" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT,
    "kind" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 1,
    "text" TEXT,
    "targetChannel" TEXT,
    "targetTs" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "slackTs" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackPost_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LawyerReview_caseId_key" ON "LawyerReview"("caseId");

-- CreateIndex
CREATE UNIQUE INDEX "LawyerReview_documentTokenHash_key" ON "LawyerReview"("documentTokenHash");

-- CreateIndex
CREATE INDEX "LawyerReview_status_idx" ON "LawyerReview"("status");

-- CreateIndex
CREATE INDEX "LawyerReview_slackChannel_slackTs_idx" ON "LawyerReview"("slackChannel", "slackTs");

-- CreateIndex
CREATE UNIQUE INDEX "DraftVersion_caseId_version_key" ON "DraftVersion"("caseId", "version");

-- CreateIndex
CREATE INDEX "SlackPost_status_priority_nextAttemptAt_idx" ON "SlackPost"("status", "priority", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "SlackPost_reviewId_idx" ON "SlackPost"("reviewId");

-- AddForeignKey
ALTER TABLE "LawyerReview" ADD CONSTRAINT "LawyerReview_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DraftVersion" ADD CONSTRAINT "DraftVersion_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackPost" ADD CONSTRAINT "SlackPost_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "LawyerReview"("id") ON DELETE SET NULL ON UPDATE CASCADE;
