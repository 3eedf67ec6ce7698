-- Stored sums for the cohort dashboard (db/schema/standings.ts): per cohort trainee over the
-- programme, and per cohort, module and completion day. Filled from what the database holds, then
-- kept by triggers on every table they are computed from, in the writer's own transaction.
CREATE TABLE `cohort_module_tallies` (
	`cohort_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`day` integer NOT NULL,
	`complete` integer NOT NULL,
	`in_progress` integer NOT NULL,
	`score_tenths` integer NOT NULL,
	`scored` integer NOT NULL,
	PRIMARY KEY(`cohort_id`, `module_id`, `day`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `cohort_trainee_totals` (
	`cohort_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`required_complete` integer NOT NULL,
	`required_percent` integer NOT NULL,
	`last_activity_at` integer,
	PRIMARY KEY(`cohort_id`, `user_id`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE VIEW `cohort_trainee_totals_computed` AS
SELECT cm.cohort_id, cm.user_id, c.programme_id,
       coalesce(sum(s.complete * pm.required), 0) AS required_complete,
       coalesce(sum(s.percent * pm.required), 0) AS required_percent,
       max(s.last_activity_at) AS last_activity_at
FROM cohort_members cm
CROSS JOIN cohorts c ON c.id = cm.cohort_id
CROSS JOIN programme_modules pm ON pm.programme_id = c.programme_id
CROSS JOIN modules m ON m.id = pm.module_id AND m.published_version_id IS NOT NULL
LEFT JOIN module_standings s ON s.user_id = cm.user_id AND s.module_id = pm.module_id
WHERE cm.role = 'trainee'
GROUP BY cm.cohort_id, cm.user_id, c.programme_id;
--> statement-breakpoint
INSERT INTO cohort_module_tallies (cohort_id, module_id, day, complete, in_progress, score_tenths, scored)
SELECT cm.cohort_id, s.module_id, CASE WHEN s.complete = 1 AND s.completed_at IS NOT NULL THEN s.completed_at / 86400000 ELSE -2147483648 END AS day, sum(s.complete), sum(s.complete = 0 AND s.last_activity_at IS NOT NULL),
  coalesce(sum(CAST(round(s.counted_percent * 10) AS INTEGER)), 0), count(s.counted_percent)
FROM cohort_members cm JOIN module_standings s ON s.user_id = cm.user_id
WHERE cm.role = 'trainee'
GROUP BY cm.cohort_id, s.module_id, day;
--> statement-breakpoint
INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE true
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
--> statement-breakpoint
CREATE TRIGGER `module_standings_insert_tallies` AFTER INSERT ON `module_standings` BEGIN
  INSERT INTO cohort_module_tallies (cohort_id, module_id, day, complete, in_progress, score_tenths, scored)
    SELECT cm.cohort_id, NEW.module_id, CASE WHEN NEW.complete = 1 AND NEW.completed_at IS NOT NULL THEN NEW.completed_at / 86400000 ELSE -2147483648 END, NEW.complete, NEW.complete = 0 AND NEW.last_activity_at IS NOT NULL, coalesce(CAST(round(NEW.counted_percent * 10) AS INTEGER), 0), NEW.counted_percent IS NOT NULL
    FROM cohort_members cm WHERE cm.user_id = NEW.user_id AND cm.role = 'trainee'
    ON CONFLICT (cohort_id, module_id, day) DO UPDATE SET complete = complete + excluded.complete, in_progress = in_progress + excluded.in_progress, score_tenths = score_tenths + excluded.score_tenths, scored = scored + excluded.scored;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE user_id = NEW.user_id AND programme_id IN (SELECT programme_id FROM programme_modules WHERE module_id = NEW.module_id)
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `module_standings_delete_tallies` AFTER DELETE ON `module_standings` BEGIN
  UPDATE cohort_module_tallies SET complete = complete - OLD.complete, in_progress = in_progress - (OLD.complete = 0 AND OLD.last_activity_at IS NOT NULL), score_tenths = score_tenths - coalesce(CAST(round(OLD.counted_percent * 10) AS INTEGER), 0), scored = scored - (OLD.counted_percent IS NOT NULL)
    WHERE module_id = OLD.module_id AND day = CASE WHEN OLD.complete = 1 AND OLD.completed_at IS NOT NULL THEN OLD.completed_at / 86400000 ELSE -2147483648 END
      AND cohort_id IN (SELECT cohort_id FROM cohort_members WHERE user_id = OLD.user_id AND role = 'trainee');
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE user_id = OLD.user_id AND programme_id IN (SELECT programme_id FROM programme_modules WHERE module_id = OLD.module_id)
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `module_standings_update_tallies` AFTER UPDATE ON `module_standings` BEGIN
  UPDATE cohort_module_tallies SET complete = complete - OLD.complete, in_progress = in_progress - (OLD.complete = 0 AND OLD.last_activity_at IS NOT NULL), score_tenths = score_tenths - coalesce(CAST(round(OLD.counted_percent * 10) AS INTEGER), 0), scored = scored - (OLD.counted_percent IS NOT NULL)
    WHERE module_id = OLD.module_id AND day = CASE WHEN OLD.complete = 1 AND OLD.completed_at IS NOT NULL THEN OLD.completed_at / 86400000 ELSE -2147483648 END
      AND cohort_id IN (SELECT cohort_id FROM cohort_members WHERE user_id = OLD.user_id AND role = 'trainee');
  INSERT INTO cohort_module_tallies (cohort_id, module_id, day, complete, in_progress, score_tenths, scored)
    SELECT cm.cohort_id, NEW.module_id, CASE WHEN NEW.complete = 1 AND NEW.completed_at IS NOT NULL THEN NEW.completed_at / 86400000 ELSE -2147483648 END, NEW.complete, NEW.complete = 0 AND NEW.last_activity_at IS NOT NULL, coalesce(CAST(round(NEW.counted_percent * 10) AS INTEGER), 0), NEW.counted_percent IS NOT NULL
    FROM cohort_members cm WHERE cm.user_id = NEW.user_id AND cm.role = 'trainee'
    ON CONFLICT (cohort_id, module_id, day) DO UPDATE SET complete = complete + excluded.complete, in_progress = in_progress + excluded.in_progress, score_tenths = score_tenths + excluded.score_tenths, scored = scored + excluded.scored;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE user_id = OLD.user_id AND programme_id IN (SELECT programme_id FROM programme_modules WHERE module_id = OLD.module_id)
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE user_id = NEW.user_id AND programme_id IN (SELECT programme_id FROM programme_modules WHERE module_id = NEW.module_id)
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_members_insert_tallies` AFTER INSERT ON `cohort_members` WHEN NEW.role = 'trainee' BEGIN
  INSERT INTO cohort_module_tallies (cohort_id, module_id, day, complete, in_progress, score_tenths, scored)
    SELECT NEW.cohort_id, s.module_id, CASE WHEN s.complete = 1 AND s.completed_at IS NOT NULL THEN s.completed_at / 86400000 ELSE -2147483648 END, s.complete, s.complete = 0 AND s.last_activity_at IS NOT NULL, coalesce(CAST(round(s.counted_percent * 10) AS INTEGER), 0), s.counted_percent IS NOT NULL
    FROM module_standings s WHERE s.user_id = NEW.user_id
    ON CONFLICT (cohort_id, module_id, day) DO UPDATE SET complete = complete + excluded.complete, in_progress = in_progress + excluded.in_progress, score_tenths = score_tenths + excluded.score_tenths, scored = scored + excluded.scored;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE cohort_id = NEW.cohort_id AND user_id = NEW.user_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_members_delete_tallies` AFTER DELETE ON `cohort_members` WHEN OLD.role = 'trainee' BEGIN
  UPDATE cohort_module_tallies SET complete = cohort_module_tallies.complete - s.complete, in_progress = cohort_module_tallies.in_progress - (s.complete = 0 AND s.last_activity_at IS NOT NULL), score_tenths = cohort_module_tallies.score_tenths - coalesce(CAST(round(s.counted_percent * 10) AS INTEGER), 0), scored = cohort_module_tallies.scored - (s.counted_percent IS NOT NULL)
    FROM module_standings s
    WHERE s.user_id = OLD.user_id AND cohort_module_tallies.cohort_id = OLD.cohort_id AND cohort_module_tallies.module_id = s.module_id AND cohort_module_tallies.day = CASE WHEN s.complete = 1 AND s.completed_at IS NOT NULL THEN s.completed_at / 86400000 ELSE -2147483648 END;
  DELETE FROM cohort_trainee_totals WHERE cohort_id = OLD.cohort_id AND user_id = OLD.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `cohort_members_update_tallies` AFTER UPDATE ON `cohort_members` BEGIN
  UPDATE cohort_module_tallies SET complete = cohort_module_tallies.complete - s.complete, in_progress = cohort_module_tallies.in_progress - (s.complete = 0 AND s.last_activity_at IS NOT NULL), score_tenths = cohort_module_tallies.score_tenths - coalesce(CAST(round(s.counted_percent * 10) AS INTEGER), 0), scored = cohort_module_tallies.scored - (s.counted_percent IS NOT NULL)
    FROM module_standings s
    WHERE s.user_id = OLD.user_id AND cohort_module_tallies.cohort_id = OLD.cohort_id AND cohort_module_tallies.module_id = s.module_id AND cohort_module_tallies.day = CASE WHEN s.complete = 1 AND s.completed_at IS NOT NULL THEN s.completed_at / 86400000 ELSE -2147483648 END AND OLD.role = 'trainee';
  DELETE FROM cohort_trainee_totals WHERE OLD.role = 'trainee' AND cohort_id = OLD.cohort_id AND user_id = OLD.user_id;
  INSERT INTO cohort_module_tallies (cohort_id, module_id, day, complete, in_progress, score_tenths, scored)
    SELECT NEW.cohort_id, s.module_id, CASE WHEN s.complete = 1 AND s.completed_at IS NOT NULL THEN s.completed_at / 86400000 ELSE -2147483648 END, s.complete, s.complete = 0 AND s.last_activity_at IS NOT NULL, coalesce(CAST(round(s.counted_percent * 10) AS INTEGER), 0), s.counted_percent IS NOT NULL
    FROM module_standings s WHERE s.user_id = NEW.user_id AND NEW.role = 'trainee'
    ON CONFLICT (cohort_id, module_id, day) DO UPDATE SET complete = complete + excluded.complete, in_progress = in_progress + excluded.in_progress, score_tenths = score_tenths + excluded.score_tenths, scored = scored + excluded.scored;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE cohort_id = NEW.cohort_id AND user_id = NEW.user_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_modules_insert_totals` AFTER INSERT ON `programme_modules`
  WHEN (SELECT published_version_id FROM modules WHERE id = NEW.module_id) IS NOT NULL BEGIN
  DELETE FROM cohort_trainee_totals WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = NEW.programme_id);
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE programme_id = NEW.programme_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_modules_delete_totals` AFTER DELETE ON `programme_modules` BEGIN
  DELETE FROM cohort_trainee_totals WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = OLD.programme_id);
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE programme_id = OLD.programme_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `programme_modules_update_totals` AFTER UPDATE OF programme_id, module_id, required ON `programme_modules` BEGIN
  DELETE FROM cohort_trainee_totals WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = OLD.programme_id);
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE programme_id = OLD.programme_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
  DELETE FROM cohort_trainee_totals WHERE cohort_id IN (SELECT id FROM cohorts WHERE programme_id = NEW.programme_id);
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE programme_id = NEW.programme_id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `cohorts_programme_totals` AFTER UPDATE OF programme_id ON `cohorts` BEGIN
  DELETE FROM cohort_trainee_totals WHERE cohort_id = NEW.id;
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed WHERE cohort_id = NEW.id
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
--> statement-breakpoint
CREATE TRIGGER `modules_publish_totals` AFTER UPDATE OF published_version_id ON `modules`
  WHEN (OLD.published_version_id IS NULL) != (NEW.published_version_id IS NULL) BEGIN
  DELETE FROM cohort_trainee_totals WHERE cohort_id IN (SELECT c.id FROM cohorts c JOIN programme_modules pm ON pm.programme_id = c.programme_id WHERE pm.module_id = NEW.id);
  INSERT INTO cohort_trainee_totals (cohort_id, user_id, required_complete, required_percent, last_activity_at)
    SELECT cohort_id, user_id, required_complete, required_percent, last_activity_at FROM cohort_trainee_totals_computed
    WHERE programme_id IN (SELECT programme_id FROM programme_modules WHERE module_id = NEW.id)
    ON CONFLICT (cohort_id, user_id) DO UPDATE SET required_complete = excluded.required_complete,
      required_percent = excluded.required_percent, last_activity_at = excluded.last_activity_at;
END;
