ALTER TABLE `module_standings` ADD `complete` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `module_standings` ADD `percent` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `module_standings` ADD `completed_at` integer;--> statement-breakpoint
ALTER TABLE `module_standings` ADD `last_activity_at` integer;