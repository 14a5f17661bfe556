-- CreateEnum
CREATE TYPE "SavedQueryStatus" AS ENUM ('DRAFT', 'APPROVED', 'RETIRED');

-- CreateTable
CREATE TABLE "SavedQuery" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "latestVersion" INTEGER NOT NULL DEFAULT 1,
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SavedQuery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedQueryVersion" (
    "id" SERIAL NOT NULL,
    "savedQueryId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "document" TEXT NOT NULL,
    "persistedId" TEXT NOT NULL,
    "variables" JSONB NOT NULL,
    "changeNote" TEXT,
    "status" "SavedQueryStatus" NOT NULL DEFAULT 'DRAFT',
    "authorId" INTEGER NOT NULL,
    "approvedById" INTEGER,
    "approvedAt" TIMESTAMP(3),
    "retiredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedQueryVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SavedQueryRun" (
    "id" SERIAL NOT NULL,
    "savedQueryId" INTEGER NOT NULL,
    "versionId" INTEGER NOT NULL,
    "versionNumber" INTEGER NOT NULL,
    "userId" INTEGER NOT NULL,
    "role" "UserRole" NOT NULL,
    "via" TEXT NOT NULL,
    "tokenId" INTEGER,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "durationMs" INTEGER NOT NULL,
    "variables" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "resultHash" TEXT NOT NULL,
    "errors" JSONB,
    "requestId" TEXT,

    CONSTRAINT "SavedQueryRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedQuery_name_key" ON "SavedQuery"("name");

-- CreateIndex
CREATE INDEX "SavedQuery_retiredAt_idx" ON "SavedQuery"("retiredAt");

-- CreateIndex
CREATE INDEX "SavedQueryVersion_persistedId_status_idx" ON "SavedQueryVersion"("persistedId", "status");

-- CreateIndex
CREATE INDEX "SavedQueryVersion_authorId_idx" ON "SavedQueryVersion"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "SavedQueryVersion_savedQueryId_number_key" ON "SavedQueryVersion"("savedQueryId", "number");

-- CreateIndex
CREATE INDEX "SavedQueryRun_savedQueryId_startedAt_idx" ON "SavedQueryRun"("savedQueryId", "startedAt");

-- CreateIndex
CREATE INDEX "SavedQueryRun_userId_startedAt_idx" ON "SavedQueryRun"("userId", "startedAt");

-- CreateIndex
CREATE INDEX "SavedQueryRun_versionId_idx" ON "SavedQueryRun"("versionId");

-- AddForeignKey
ALTER TABLE "SavedQuery" ADD CONSTRAINT "SavedQuery_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryVersion" ADD CONSTRAINT "SavedQueryVersion_savedQueryId_fkey" FOREIGN KEY ("savedQueryId") REFERENCES "SavedQuery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryVersion" ADD CONSTRAINT "SavedQueryVersion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryVersion" ADD CONSTRAINT "SavedQueryVersion_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryRun" ADD CONSTRAINT "SavedQueryRun_savedQueryId_fkey" FOREIGN KEY ("savedQueryId") REFERENCES "SavedQuery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryRun" ADD CONSTRAINT "SavedQueryRun_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "SavedQueryVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedQueryRun" ADD CONSTRAINT "SavedQueryRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
