-- CreateTable
CREATE TABLE "CaseAnalysis" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "engine" TEXT,
    "model" TEXT,
    "promptVersion" TEXT,
    "score" INTEGER,
    "result" JSONB,
    "retrievedChunkIds" TEXT[],
    "timings" JSONB,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "fallbackReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAnalysis_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseAnalysis_caseId_createdAt_idx" ON "CaseAnalysis"("caseId", "createdAt");

-- AddForeignKey
ALTER TABLE "CaseAnalysis" ADD CONSTRAINT "CaseAnalysis_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;
