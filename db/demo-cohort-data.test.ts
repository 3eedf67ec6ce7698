import { describe, expect, it } from 'vitest';
import { demoCohortTrainees, planTrainee, seededRandom } from './demo-cohort-data';

const modules = Array.from({ length: 8 }, (_, index) => ({ slug: `module-${index}`, lessonCount: 4 }));

describe('demo cohort', () => {
  it('has 30–60 trainees with unique emails from many countries', () => {
    const trainees = demoCohortTrainees();
    expect(trainees.length).toBeGreaterThanOrEqual(30);
    expect(trainees.length).toBeLessThanOrEqual(60);
    expect(new Set(trainees.map((t) => t.email)).size).toBe(trainees.length);
    expect(new Set(trainees.map((t) => t.country)).size).toBeGreaterThanOrEqual(15);
    for (const trainee of trainees) expect(trainee.email).toMatch(/^[a-z0-9.]+@demo\.example\.org$/);
  });

  it('plans the same activity on every run', () => {
    const first = demoCohortTrainees().map((t, i) => planTrainee(t.pace, modules, seededRandom(i + 1)));
    const second = demoCohortTrainees().map((t, i) => planTrainee(t.pace, modules, seededRandom(i + 1)));
    expect(second).toEqual(first);
  });

  it('spreads the cohort from not started to finished, with failed attempts and stalled trainees', () => {
    const plans = demoCohortTrainees().map((t, i) => ({ pace: t.pace, plan: planTrainee(t.pace, modules, seededRandom(i + 1)) }));
    const finished = plans.filter(({ plan }) => plan.modules.length === 8 && plan.modules.every((m) => m.attempts.at(-1)));
    expect(finished.length).toBeGreaterThan(0);
    expect(plans.some(({ plan }) => plan.modules.length === 0)).toBe(true);
    expect(plans.some(({ plan }) => plan.modules.some((m) => m.attempts.includes(false)))).toBe(true);
    for (const { pace, plan } of plans) {
      if (pace === 'stalled' && plan.lastActiveDaysAgo !== null) expect(plan.lastActiveDaysAgo).toBeGreaterThanOrEqual(20);
      if (pace === 'not-started') expect(plan.lastActiveDaysAgo).toBeNull();
      for (const planned of plan.modules) expect(planned.lessonsDone).toBeLessThanOrEqual(4);
    }
  });
});
