-- Key messages and the nine actions become campaign texts (decision 029). Their words move, published,
-- into ContentText as `keyMessage.<id>`, `action.<n>.title` and `action.<n>.body`, with revision 1 in
-- ContentRevision, before the translation tables are dropped. A text already there is kept.
INSERT INTO "ContentText" ("key", "locale", "latestNumber", "publishedNumber", "publishedText", "publishedAt", "sourcePublishedAt", "updatedAt")
SELECT "key", "locale", 1, 1, "text", CURRENT_TIMESTAMP, CASE WHEN "locale" = 'en' THEN NULL ELSE CURRENT_TIMESTAMP END, CURRENT_TIMESTAMP
FROM (
  SELECT 'keyMessage.' || "keyMessageId" AS "key", "locale", "text" FROM "KeyMessageTranslation"
  UNION ALL SELECT 'action.' || "actionNumber" || '.title', "locale", "title" FROM "CallToActionTranslation"
  UNION ALL SELECT 'action.' || "actionNumber" || '.body', "locale", "body" FROM "CallToActionTranslation"
) AS moved
ON CONFLICT ("key", "locale") DO NOTHING;

INSERT INTO "ContentRevision" ("id", "key", "locale", "number", "text", "createdAt", "publishedAt")
SELECT gen_random_uuid()::text, "key", "locale", 1, "publishedText", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "ContentText"
WHERE ("key" LIKE 'keyMessage.%' OR "key" LIKE 'action.%') AND "latestNumber" = 1
ON CONFLICT ("key", "locale", "number") DO NOTHING;

-- DropForeignKey
ALTER TABLE "CallToActionTranslation" DROP CONSTRAINT "CallToActionTranslation_actionNumber_fkey";

-- DropForeignKey
ALTER TABLE "KeyMessageTranslation" DROP CONSTRAINT "KeyMessageTranslation_keyMessageId_fkey";

-- DropIndex
DROP INDEX "KeyMessage_position_key";

-- AlterTable
ALTER TABLE "KeyMessage" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- DropTable
DROP TABLE "CallToActionTranslation";

-- DropTable
DROP TABLE "KeyMessageTranslation";

-- CreateIndex
CREATE INDEX "KeyMessage_position_idx" ON "KeyMessage"("position");
