-- Interface locales are now en, fa-AF and ps (lib/i18n/config.ts): Dari's ISO 639-3 code and plain
-- Persian become fa-AF, Pashto tags become ps, and any other language falls back to English.
UPDATE `users` SET `preferred_language` = 'fa-AF' WHERE lower(replace(`preferred_language`, '_', '-')) IN ('prs', 'prs-af', 'fa', 'fa-af');--> statement-breakpoint
UPDATE `users` SET `preferred_language` = 'ps' WHERE lower(replace(`preferred_language`, '_', '-')) IN ('ps', 'ps-af');--> statement-breakpoint
UPDATE `users` SET `preferred_language` = 'en' WHERE `preferred_language` NOT IN ('en', 'fa-AF', 'ps');
