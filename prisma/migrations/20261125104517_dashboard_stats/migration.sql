-- CreateTable
CREATE TABLE "ItemStat" (
    "quizItemId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "responses" INTEGER NOT NULL DEFAULT 0,
    "fullyRight" INTEGER NOT NULL DEFAULT 0,
    "sumFrac" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "pairs" INTEGER NOT NULL DEFAULT 0,
    "sumX" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumY" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumXX" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumYY" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "sumXY" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "ItemStat_pkey" PRIMARY KEY ("quizItemId")
);

-- CreateTable
CREATE TABLE "MisconceptionStat" (
    "quizItemId" TEXT NOT NULL,
    "misconceptionId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MisconceptionStat_pkey" PRIMARY KEY ("quizItemId","misconceptionId")
);

-- CreateTable
CREATE TABLE "WrongAnswerStat" (
    "quizItemId" TEXT NOT NULL,
    "answerHash" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "quizId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" JSONB NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    "misconceptions" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "WrongAnswerStat_pkey" PRIMARY KEY ("quizItemId","answerHash")
);

-- CreateIndex
CREATE INDEX "ItemStat_courseId_idx" ON "ItemStat"("courseId");

-- CreateIndex
CREATE INDEX "ItemStat_quizId_idx" ON "ItemStat"("quizId");

-- CreateIndex
CREATE INDEX "MisconceptionStat_courseId_idx" ON "MisconceptionStat"("courseId");

-- CreateIndex
CREATE INDEX "MisconceptionStat_quizId_idx" ON "MisconceptionStat"("quizId");

-- CreateIndex
CREATE INDEX "WrongAnswerStat_courseId_count_idx" ON "WrongAnswerStat"("courseId", "count");

-- CreateIndex
CREATE INDEX "WrongAnswerStat_quizId_idx" ON "WrongAnswerStat"("quizId");

-- AddForeignKey
ALTER TABLE "ItemStat" ADD CONSTRAINT "ItemStat_quizItemId_fkey" FOREIGN KEY ("quizItemId") REFERENCES "QuizItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MisconceptionStat" ADD CONSTRAINT "MisconceptionStat_quizItemId_fkey" FOREIGN KEY ("quizItemId") REFERENCES "QuizItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WrongAnswerStat" ADD CONSTRAINT "WrongAnswerStat_quizItemId_fkey" FOREIGN KEY ("quizItemId") REFERENCES "QuizItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

