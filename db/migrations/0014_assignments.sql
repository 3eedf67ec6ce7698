CREATE TABLE `assignment_due_dates` (
	`cohort_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`assignment_key` text NOT NULL,
	`due_at` integer NOT NULL,
	`set_by_id` integer,
	`set_at` integer NOT NULL,
	PRIMARY KEY(`cohort_id`, `module_id`, `assignment_key`),
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `assignment_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`assignment_key` text NOT NULL,
	`cohort_id` integer,
	`version_no` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`files` text DEFAULT '[]' NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`late` integer DEFAULT false NOT NULL,
	`levels` text,
	`points` real,
	`max_points` real,
	`percent` real,
	`feedback` text,
	`graded_by_id` integer,
	`graded_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`graded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignment_submissions_version_unique` ON `assignment_submissions` (`user_id`,`module_id`,`assignment_key`,`version_no`);--> statement-breakpoint
CREATE INDEX `assignment_submissions_module_idx` ON `assignment_submissions` (`module_id`,`assignment_key`);--> statement-breakpoint
CREATE INDEX `assignment_submissions_cohort_status_idx` ON `assignment_submissions` (`cohort_id`,`status`);--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`brief_markdown` text NOT NULL,
	`submission` text NOT NULL,
	`rubric` text NOT NULL,
	`pass_mark` integer NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`sources` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_module_key_unique` ON `assignments` (`module_id`,`key`);--> statement-breakpoint
CREATE TABLE `published_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`key` text NOT NULL,
	`position` integer NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`html` text NOT NULL,
	`submission` text NOT NULL,
	`rubric` text NOT NULL,
	`pass_mark` integer NOT NULL,
	`required` integer NOT NULL,
	`sources` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `published_assignments_version_key_unique` ON `published_assignments` (`version_id`,`key`);--> statement-breakpoint
ALTER TABLE `module_standings` ADD `assignments_done` integer DEFAULT 0 NOT NULL;