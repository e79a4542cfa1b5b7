-- CreateTable
CREATE TABLE "PublicRecordEntry" (
    "seq" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "action" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "record" JSONB,
    "recordHash" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "PublicRecordEntry_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicRecordEntry_hash_key" ON "PublicRecordEntry"("hash");

-- CreateIndex
CREATE INDEX "PublicRecordEntry_subject_seq_idx" ON "PublicRecordEntry"("subject", "seq");

-- CreateIndex
CREATE INDEX "PublicRecordEntry_at_idx" ON "PublicRecordEntry"("at");
