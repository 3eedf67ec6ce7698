CREATE TABLE `lesson_translations` (
	`lesson_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body_markdown` text NOT NULL,
	`lecture_title` text,
	`captions_vtt` text,
	`updated_at` integer,
	PRIMARY KEY(`lesson_id`, `locale`),
	FOREIGN KEY (`lesson_id`) REFERENCES `lessons`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `module_translations` (
	`module_id` integer NOT NULL,
	`locale` text NOT NULL,
	`text` text,
	`quiz_title` text,
	`updated_at` integer,
	PRIMARY KEY(`module_id`, `locale`),
	FOREIGN KEY (`module_id`) REFERENCES `modules`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `published_lesson_translations` (
	`version_id` integer NOT NULL,
	`lesson_key` text NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`html` text NOT NULL,
	`lecture_title` text,
	`captions_vtt` text,
	PRIMARY KEY(`version_id`, `lesson_key`, `locale`),
	FOREIGN KEY (`version_id`) REFERENCES `module_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `question_translations` (
	`question_id` integer NOT NULL,
	`locale` text NOT NULL,
	`text` text NOT NULL,
	`accepted` text DEFAULT '[]' NOT NULL,
	`updated_at` integer,
	PRIMARY KEY(`question_id`, `locale`),
	FOREIGN KEY (`question_id`) REFERENCES `questions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `module_versions` ADD `translations` text DEFAULT '{}' NOT NULL;