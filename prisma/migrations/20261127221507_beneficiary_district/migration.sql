-- Beneficiary.districtId: a copy of the village's district (Region.parentId), so the main list
-- (a district, a status, by name) reads 25 entries of one index instead of merging the
-- district's villages and sorting. Kept by the database, never by the application:
--   - on every insert, and on every update that sets villageId or districtId, from the village;
--   - when a village is moved to another district, for every beneficiary living there.

-- AlterTable
ALTER TABLE "Beneficiary" ADD COLUMN     "districtId" INTEGER;

UPDATE "Beneficiary" b SET "districtId" = v."parentId" FROM "Region" v WHERE v.id = b."villageId";

CREATE FUNCTION "beneficiary_district"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."districtId" := (SELECT "parentId" FROM "Region" WHERE id = NEW."villageId");
  RETURN NEW;
END
$$;

CREATE TRIGGER "Beneficiary_district" BEFORE INSERT OR UPDATE OF "villageId", "districtId" ON "Beneficiary"
  FOR EACH ROW EXECUTE FUNCTION "beneficiary_district"();

CREATE FUNCTION "region_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "Beneficiary" SET "districtId" = NEW."parentId" WHERE "villageId" = NEW.id;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Region_moved" AFTER UPDATE OF "parentId" ON "Region"
  FOR EACH ROW WHEN (OLD."parentId" IS DISTINCT FROM NEW."parentId") EXECUTE FUNCTION "region_moved"();

-- CreateIndex
CREATE INDEX "Beneficiary_districtId_status_name_id_deletedAt_idx" ON "Beneficiary"("districtId", "status", "name", "id", "deletedAt");

-- AddForeignKey
ALTER TABLE "Beneficiary" ADD CONSTRAINT "Beneficiary_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;
