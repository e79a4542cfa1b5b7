-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('STAFF', 'ENDORSER', 'SYSTEM');

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "actorKind" "ActorKind" NOT NULL DEFAULT 'STAFF';
