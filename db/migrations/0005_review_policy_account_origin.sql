ALTER TABLE `users` ADD `created_by_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `users` ADD `created_in_cohort_id` integer REFERENCES cohorts(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `quizzes` ADD `review` text DEFAULT '{"correctAnswers":"after-pass-or-last-attempt","explanations":"after-pass-or-last-attempt"}' NOT NULL;--> statement-breakpoint
UPDATE `quizzes` SET `review` = '{"correctAnswers":"never","explanations":"never"}' WHERE `show_answers` = 0;--> statement-breakpoint
UPDATE `module_versions` SET `quiz` = json_set(json_remove(`quiz`, '$.showAnswers'), '$.review', json(CASE WHEN json_extract(`quiz`, '$.showAnswers') = 0 THEN '{"correctAnswers":"never","explanations":"never"}' ELSE '{"correctAnswers":"after-pass-or-last-attempt","explanations":"after-pass-or-last-attempt"}' END)) WHERE `quiz` IS NOT NULL AND json_type(`quiz`) = 'object' AND json_type(`quiz`, '$.review') IS NULL;
