CREATE TABLE `write_receipts` (
	`user_id` integer NOT NULL,
	`key` text NOT NULL,
	`status` integer NOT NULL,
	`result` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `key`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `write_receipts_created_idx` ON `write_receipts` (`created_at`);--> statement-breakpoint
ALTER TABLE `attempt_answers` ADD `revision` integer DEFAULT 0 NOT NULL;