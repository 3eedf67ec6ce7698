CREATE TABLE `module_standings` (
	`user_id` integer NOT NULL,
	`module_id` integer NOT NULL,
	`lessons_done` integer NOT NULL,
	`required_done` integer NOT NULL,
	`required_last_at` integer,
	`last_lesson_at` integer,
	`attempts` integer NOT NULL,
	`counted_percent` real,
	`counted_at` integer,
	`quiz_passed` integer NOT NULL,
	`last_attempt_at` integer,
	`has_open_attempt` integer NOT NULL,
	PRIMARY KEY(`user_id`, `module_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `module_standings_module_idx` ON `module_standings` (`module_id`);