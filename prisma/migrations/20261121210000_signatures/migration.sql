-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "signatureRequestId" TEXT;

-- CreateTable
CREATE TABLE "SignatureRequest" (
    "id" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "conversationId" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "tokenHash" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "jurisdiction" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "templateVersion" TEXT NOT NULL,
    "document" JSONB NOT NULL,
    "signatureBox" JSONB NOT NULL,
    "unsignedFileKey" TEXT NOT NULL,
    "documentSha256" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "viewedAt" TIMESTAMP(3),
    "codeHash" TEXT,
    "codeSentAt" TIMESTAMP(3),
    "codeExpiresAt" TIMESTAMP(3),
    "codeSentTo" TEXT,
    "codeMessageId" TEXT,
    "failedCodeAttempts" INTEGER NOT NULL DEFAULT 0,
    "codeVerifiedAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "signedAt" TIMESTAMP(3),
    "method" TEXT,
    "signerName" TEXT,
    "signedFileKey" TEXT,
    "signedDocumentSha256" TEXT,
    "signedSha256" TEXT,
    "fileToken" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignatureRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignatureEvent" (
    "id" TEXT NOT NULL,
    "signatureRequestId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "details" JSONB,

    CONSTRAINT "SignatureEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SignatureRequest_tokenHash_key" ON "SignatureRequest"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SignatureRequest_fileToken_key" ON "SignatureRequest"("fileToken");

-- CreateIndex
CREATE INDEX "SignatureRequest_caseId_createdAt_idx" ON "SignatureRequest"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "SignatureEvent_signatureRequestId_at_idx" ON "SignatureEvent"("signatureRequestId", "at");

-- AddForeignKey
ALTER TABLE "SignatureRequest" ADD CONSTRAINT "SignatureRequest_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SignatureEvent" ADD CONSTRAINT "SignatureEvent_signatureRequestId_fkey" FOREIGN KEY ("signatureRequestId") REFERENCES "SignatureRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
