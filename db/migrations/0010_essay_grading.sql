ALTER TABLE `attempt_answers` ADD `feedback` text;--> statement-breakpoint
ALTER TABLE `attempt_answers` ADD `graded_by` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `attempt_answers` ADD `graded_at` integer;