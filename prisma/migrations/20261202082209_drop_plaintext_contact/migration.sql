-- Contact data encrypted at rest (docs/decisions/027), step 2 of 2, the plaintext columns go once
-- the migrate command has sealed their values (lib/crypto/stored-data.server.ts).

-- AlterTable
ALTER TABLE "Endorsement" DROP COLUMN "contactEmail",
DROP COLUMN "contactName",
DROP COLUMN "contactRole",
ALTER COLUMN "contactNameSealed" SET NOT NULL,
ALTER COLUMN "contactEmailSealed" SET NOT NULL,
ALTER COLUMN "contactEmailHash" SET NOT NULL;

-- AlterTable
ALTER TABLE "OutboundEmail" DROP COLUMN "html",
DROP COLUMN "text",
DROP COLUMN "to",
ALTER COLUMN "toSealed" SET NOT NULL,
ALTER COLUMN "toHash" SET NOT NULL,
ALTER COLUMN "textSealed" SET NOT NULL,
ALTER COLUMN "htmlSealed" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Endorsement_contactEmailHash_key" ON "Endorsement"("contactEmailHash");

-- CreateIndex
CREATE INDEX "OutboundEmail_toHash_idx" ON "OutboundEmail"("toHash");
