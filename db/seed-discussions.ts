/**
 * A few demo discussions in the living cohort, written through the same
 * commands as the app (so rendering, mentions, follows and notifications are
 * what real use produces): an announcement and a study-group thread in the
 * cohort forum, and a Dari thread with Pashto and English answers under a
 * lesson. The first lesson is left without a thread. Idempotent: nothing is
 * added once the cohort's forum has a thread.
 */
import { eq } from 'drizzle-orm';
import { findDiscussionId } from '@/db/queries/discussions';
import { getPublishedModule } from '@/db/queries/published';
import { postInThread, startThread } from '@/lib/commands/discussion-post';
import type { AppDatabase } from './connection';
import { cohorts, programmeModules, users, modules as moduleTable } from './schema';

const DAY = 86_400_000;

interface DemoDiscussionContext {
  db: AppDatabase;
  now: Date;
  cohortName: string;
}

/** Seeds the demo threads; returns how many threads it started (0 on a re-run or without the cohort). */
export function seedDiscussions({ db, now, cohortName }: DemoDiscussionContext): number {
  const cohort = db.select({ id: cohorts.id, programmeId: cohorts.programmeId }).from(cohorts).where(eq(cohorts.name, cohortName)).get();
  if (!cohort || findDiscussionId(cohort.id, { kind: 'forum' }) !== null) return 0;
  const firstModule = db
    .select({ slug: moduleTable.slug })
    .from(programmeModules)
    .innerJoin(moduleTable, eq(moduleTable.id, programmeModules.moduleId))
    .where(eq(programmeModules.programmeId, cohort.programmeId))
    .orderBy(programmeModules.position)
    .get();
  const courseModule = firstModule ? getPublishedModule(firstModule.slug) : null;
  const lesson = courseModule?.lessons[1] ?? courseModule?.lessons[0];

  const actor = (email: string) => {
    const row = db.select({ id: users.id, role: users.role, name: users.name }).from(users).where(eq(users.email, email)).get();
    if (!row) throw new Error(`seed-discussions: no account ${email}`);
    return row;
  };
  const instructor = actor('instructor@example.org');
  const dana = actor('dana.nurpeisova@demo.example.org');
  const yerlan = actor('yerlan.abenov@demo.example.org');
  const daysAgo = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY + minutes * 60_000);
  const forum = { kind: 'forum' as const };

  startThread({
    actor: instructor,
    cohortId: cohort.id,
    place: forum,
    title: 'Welcome to the cohort forum',
    body: 'Welcome, everyone! Use this forum for questions about the programme, and the **Discussion** under each lesson for that lesson.\n\nOur live discussions are listed under *Upcoming events* on My learning.',
    announcement: true,
    now: daysAgo(70),
  });
  const studyGroup = startThread({
    actor: dana,
    cohortId: cohort.id,
    place: forum,
    title: 'Study group for Module 2?',
    body: 'Is anyone interested in a weekly call to go through Module 2 together? @Yerlan, you suggested the same idea at the opening session.',
    announcement: false,
    now: daysAgo(40),
  });
  postInThread({
    actor: yerlan,
    threadId: studyGroup.threadId,
    parentId: null,
    body: 'Count me in. Thursdays at 10:00 Astana time suit me.',
    now: daysAgo(40, 95),
  });

  if (courseModule && lesson) {
    const dari = startThread({
      actor: actor('ahmad.wali.sultani@demo.example.org'),
      cohortId: cohort.id,
      place: { kind: 'lesson', moduleId: courseModule.id, lessonKey: lesson.key },
      title: 'خدمات الکترونیکی در ولایات دور',
      body: 'سلام به همه. در وزارت ما بزرگترین چالش، رساندن خدمات الکترونیکی به ولایات دوری است که انترنت ضعیف دارند. آیا کشورهای دیگر تجربه‌ای با خدمات از راه پیامک دارند؟ @[Zarghona Stanikzai] شاید شما در وزارت معارف تجربه‌ای داشته باشید.',
      announcement: false,
      now: daysAgo(12),
    });
    const answer = postInThread({
      actor: actor('zarghona.stanikzai@demo.example.org'),
      threadId: dari.threadId,
      parentId: null,
      body: 'سلام. موږ په ښوونځیو کې د پایلو خبرتیاوې د SMS له لارې ازمویلې دي؛ ډېرې ګټورې وې.',
      now: daysAgo(11),
    });
    postInThread({
      actor: actor('batbayar.ganbold@demo.example.org'),
      threadId: dari.threadId,
      parentId: answer,
      body: 'In Mongolia we used mobile service vans for remote provinces, alongside SMS. Happy to share how we planned the routes.',
      now: daysAgo(10),
    });
  }
  return lesson ? 3 : 2;
}
