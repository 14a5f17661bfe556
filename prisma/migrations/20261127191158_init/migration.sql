-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "RegionLevel" AS ENUM ('PROVINCE', 'REGENCY', 'DISTRICT', 'VILLAGE');

-- CreateEnum
CREATE TYPE "VillageKind" AS ENUM ('DESA', 'KELURAHAN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "WorkerRole" AS ENUM ('TKSK', 'PUSKESOS', 'PSM', 'PKH', 'TAGANA', 'SIKS_NG_OPERATOR');

-- CreateEnum
CREATE TYPE "WorkerStatus" AS ENUM ('ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "ProgramKind" AS ENUM ('TRAINING', 'AID');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('REGISTERED', 'ATTENDED', 'ABSENT');

-- CreateEnum
CREATE TYPE "BeneficiaryStatus" AS ENUM ('ACTIVE', 'GRADUATED', 'MOVED', 'DECEASED');

-- CreateTable
CREATE TABLE "Region" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "RegionLevel" NOT NULL,
    "villageKind" "VillageKind",
    "parentId" INTEGER,
    "districtGroupId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Region_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DistrictGroup" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "regencyId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "DistrictGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Worker" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nik" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT,
    "role" "WorkerRole" NOT NULL,
    "regionId" INTEGER NOT NULL,
    "status" "WorkerStatus" NOT NULL DEFAULT 'ACTIVE',
    "joinedAt" DATE NOT NULL,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Worker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ProgramKind" NOT NULL,
    "description" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Venue" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "villageId" INTEGER NOT NULL,
    "address" TEXT,
    "capacity" INTEGER,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" SERIAL NOT NULL,
    "programId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3),
    "venueId" INTEGER NOT NULL,
    "districtGroupId" INTEGER,
    "capacity" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attendance" (
    "id" SERIAL NOT NULL,
    "workerId" INTEGER NOT NULL,
    "sessionId" INTEGER NOT NULL,
    "status" "AttendanceStatus" NOT NULL DEFAULT 'REGISTERED',
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidStandard" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "legalBasis" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "AidStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Beneficiary" (
    "id" SERIAL NOT NULL,
    "nik" TEXT NOT NULL,
    "kkNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "villageId" INTEGER NOT NULL,
    "aidStandardId" INTEGER NOT NULL,
    "status" "BeneficiaryStatus" NOT NULL DEFAULT 'ACTIVE',
    "registeredById" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "Beneficiary_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AidDistribution" (
    "id" SERIAL NOT NULL,
    "beneficiaryId" INTEGER NOT NULL,
    "programId" INTEGER NOT NULL,
    "aidStandardId" INTEGER NOT NULL,
    "distributedOn" DATE NOT NULL,
    "items" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 1,
    "unit" TEXT,
    "valueRupiah" INTEGER NOT NULL,
    "sessionId" INTEGER,
    "venueId" INTEGER,
    "handedOverById" INTEGER,
    "notes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "AidDistribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PovertyIndicator" (
    "id" SERIAL NOT NULL,
    "regionId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "ratePercent" DOUBLE PRECISION NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "PovertyIndicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_SessionDistricts" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_SessionDistricts_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Region_code_key" ON "Region"("code");

-- CreateIndex
CREATE INDEX "Region_parentId_idx" ON "Region"("parentId");

-- CreateIndex
CREATE INDEX "Region_level_name_idx" ON "Region"("level", "name");

-- CreateIndex
CREATE INDEX "Region_districtGroupId_idx" ON "Region"("districtGroupId");

-- CreateIndex
CREATE INDEX "Region_name_idx" ON "Region"("name");

-- CreateIndex
CREATE UNIQUE INDEX "DistrictGroup_regencyId_name_key" ON "DistrictGroup"("regencyId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Worker_nik_key" ON "Worker"("nik");

-- CreateIndex
CREATE INDEX "Worker_regionId_idx" ON "Worker"("regionId");

-- CreateIndex
CREATE INDEX "Worker_role_status_idx" ON "Worker"("role", "status");

-- CreateIndex
CREATE INDEX "Worker_name_id_idx" ON "Worker"("name", "id");

-- CreateIndex
CREATE INDEX "Worker_deletedAt_idx" ON "Worker"("deletedAt");

-- CreateIndex
CREATE INDEX "Program_year_kind_idx" ON "Program"("year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Program_name_year_key" ON "Program"("name", "year");

-- CreateIndex
CREATE INDEX "Venue_villageId_idx" ON "Venue"("villageId");

-- CreateIndex
CREATE INDEX "Venue_name_idx" ON "Venue"("name");

-- CreateIndex
CREATE INDEX "TrainingSession_programId_startsAt_idx" ON "TrainingSession"("programId", "startsAt");

-- CreateIndex
CREATE INDEX "TrainingSession_venueId_idx" ON "TrainingSession"("venueId");

-- CreateIndex
CREATE INDEX "TrainingSession_startsAt_idx" ON "TrainingSession"("startsAt");

-- CreateIndex
CREATE INDEX "TrainingSession_districtGroupId_idx" ON "TrainingSession"("districtGroupId");

-- CreateIndex
CREATE INDEX "Attendance_sessionId_status_idx" ON "Attendance"("sessionId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Attendance_workerId_sessionId_key" ON "Attendance"("workerId", "sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "AidStandard_code_key" ON "AidStandard"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Beneficiary_nik_key" ON "Beneficiary"("nik");

-- CreateIndex
CREATE INDEX "Beneficiary_villageId_status_idx" ON "Beneficiary"("villageId", "status");

-- CreateIndex
CREATE INDEX "Beneficiary_aidStandardId_idx" ON "Beneficiary"("aidStandardId");

-- CreateIndex
CREATE INDEX "Beneficiary_name_id_idx" ON "Beneficiary"("name", "id");

-- CreateIndex
CREATE INDEX "Beneficiary_kkNumber_idx" ON "Beneficiary"("kkNumber");

-- CreateIndex
CREATE INDEX "Beneficiary_registeredById_idx" ON "Beneficiary"("registeredById");

-- CreateIndex
CREATE INDEX "Beneficiary_deletedAt_idx" ON "Beneficiary"("deletedAt");

-- CreateIndex
CREATE INDEX "AidDistribution_beneficiaryId_distributedOn_idx" ON "AidDistribution"("beneficiaryId", "distributedOn");

-- CreateIndex
CREATE INDEX "AidDistribution_programId_distributedOn_idx" ON "AidDistribution"("programId", "distributedOn");

-- CreateIndex
CREATE INDEX "AidDistribution_aidStandardId_distributedOn_idx" ON "AidDistribution"("aidStandardId", "distributedOn");

-- CreateIndex
CREATE INDEX "AidDistribution_distributedOn_idx" ON "AidDistribution"("distributedOn");

-- CreateIndex
CREATE INDEX "AidDistribution_sessionId_idx" ON "AidDistribution"("sessionId");

-- CreateIndex
CREATE INDEX "AidDistribution_venueId_idx" ON "AidDistribution"("venueId");

-- CreateIndex
CREATE INDEX "AidDistribution_handedOverById_idx" ON "AidDistribution"("handedOverById");

-- CreateIndex
CREATE INDEX "PovertyIndicator_year_idx" ON "PovertyIndicator"("year");

-- CreateIndex
CREATE UNIQUE INDEX "PovertyIndicator_regionId_year_key" ON "PovertyIndicator"("regionId", "year");

-- CreateIndex
CREATE INDEX "_SessionDistricts_B_index" ON "_SessionDistricts"("B");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Region"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_districtGroupId_fkey" FOREIGN KEY ("districtGroupId") REFERENCES "DistrictGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DistrictGroup" ADD CONSTRAINT "DistrictGroup_regencyId_fkey" FOREIGN KEY ("regencyId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Worker" ADD CONSTRAINT "Worker_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Venue" ADD CONSTRAINT "Venue_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_districtGroupId_fkey" FOREIGN KEY ("districtGroupId") REFERENCES "DistrictGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_workerId_fkey" FOREIGN KEY ("workerId") REFERENCES "Worker"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beneficiary" ADD CONSTRAINT "Beneficiary_villageId_fkey" FOREIGN KEY ("villageId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beneficiary" ADD CONSTRAINT "Beneficiary_aidStandardId_fkey" FOREIGN KEY ("aidStandardId") REFERENCES "AidStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Beneficiary" ADD CONSTRAINT "Beneficiary_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_beneficiaryId_fkey" FOREIGN KEY ("beneficiaryId") REFERENCES "Beneficiary"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_aidStandardId_fkey" FOREIGN KEY ("aidStandardId") REFERENCES "AidStandard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_venueId_fkey" FOREIGN KEY ("venueId") REFERENCES "Venue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidDistribution" ADD CONSTRAINT "AidDistribution_handedOverById_fkey" FOREIGN KEY ("handedOverById") REFERENCES "Worker"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PovertyIndicator" ADD CONSTRAINT "PovertyIndicator_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SessionDistricts" ADD CONSTRAINT "_SessionDistricts_A_fkey" FOREIGN KEY ("A") REFERENCES "Region"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_SessionDistricts" ADD CONSTRAINT "_SessionDistricts_B_fkey" FOREIGN KEY ("B") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;
