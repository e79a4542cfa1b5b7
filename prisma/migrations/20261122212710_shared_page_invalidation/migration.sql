-- CreateTable
CREATE TABLE "PageInvalidation" (
    "tag" TEXT NOT NULL,
    "atMs" BIGINT NOT NULL,

    CONSTRAINT "PageInvalidation_pkey" PRIMARY KEY ("tag")
);
