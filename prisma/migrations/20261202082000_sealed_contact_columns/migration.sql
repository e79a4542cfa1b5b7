-- Contact data encrypted at rest (docs/decisions/027), step 1 of 2, the sealed columns (nullable).
-- A migration cannot know DATA_KEY, so `npm run db:migrate` stops after this one and seals the
-- plaintext rows (lib/crypto/stored-data.server.ts), and the next migration drops the plaintext.

-- DropIndex
DROP INDEX "Endorsement_contactEmail_key";

-- AlterTable
ALTER TABLE "Endorsement" ALTER COLUMN "contactName" DROP NOT NULL,
ALTER COLUMN "contactEmail" DROP NOT NULL,
ADD COLUMN     "contactNameSealed" TEXT,
ADD COLUMN     "contactRoleSealed" TEXT,
ADD COLUMN     "contactEmailSealed" TEXT,
ADD COLUMN     "contactEmailHash" TEXT;

-- AlterTable
ALTER TABLE "OutboundEmail" ALTER COLUMN "to" DROP NOT NULL,
ALTER COLUMN "text" DROP NOT NULL,
ALTER COLUMN "html" DROP NOT NULL,
ADD COLUMN     "toSealed" TEXT,
ADD COLUMN     "toHash" TEXT,
ADD COLUMN     "textSealed" TEXT,
ADD COLUMN     "htmlSealed" TEXT;
