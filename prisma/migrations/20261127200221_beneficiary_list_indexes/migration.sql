-- DropIndex
DROP INDEX "Beneficiary_villageId_status_idx";

-- CreateIndex
CREATE INDEX "Beneficiary_villageId_status_deletedAt_name_id_idx" ON "Beneficiary"("villageId", "status", "deletedAt", "name", "id");

-- CreateIndex
CREATE INDEX "Beneficiary_villageId_aidStandardId_status_deletedAt_idx" ON "Beneficiary"("villageId", "aidStandardId", "status", "deletedAt");
