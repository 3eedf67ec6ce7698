CREATE TABLE `known_sign_in_clients` (
	`key` text PRIMARY KEY NOT NULL,
	`last_success_at` integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE `users` ADD `session_version` integer DEFAULT 0 NOT NULL;