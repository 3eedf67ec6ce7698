CREATE INDEX `lesson_progress_user_cover_idx` ON `lesson_progress` (`user_id`,`module_id`,`lesson_key`,`created_at`);--> statement-breakpoint
CREATE INDEX `quiz_attempts_report_cover_idx` ON `quiz_attempts` (`user_id`,`module_id`,`attempt_no`,`status`,`created_at`,`submitted_at`,`percent`,`passed`);--> statement-breakpoint
CREATE INDEX `event_attendance_user_idx` ON `event_attendance` (`user_id`);