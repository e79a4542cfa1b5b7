-- CreateTable
CREATE TABLE "ContentText" (
    "key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "latestNumber" INTEGER NOT NULL DEFAULT 0,
    "publishedNumber" INTEGER,
    "publishedText" TEXT,
    "publishedAt" TIMESTAMP(3),
    "sourcePublishedAt" TIMESTAMP(3),
    "draftNumber" INTEGER,
    "draftText" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContentText_pkey" PRIMARY KEY ("key","locale")
);

-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_key_locale_number_key" ON "ContentRevision"("key", "locale", "number");

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "StaffUser"("id") ON DELETE SET NULL ON UPDATE CASCADE;
