-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "respondBy" DATE,
ADD COLUMN     "ticketConfirmedAt" TIMESTAMP(3),
ADD COLUMN     "urgent" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Case_urgent_respondBy_idx" ON "Case"("urgent", "respondBy");
