-- CreateIndex
CREATE INDEX "AuditEvent_recordIds_idx" ON "AuditEvent" USING GIN ("recordIds" jsonb_path_ops);
