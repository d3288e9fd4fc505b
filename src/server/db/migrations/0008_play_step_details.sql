ALTER TABLE "play_steps" ADD COLUMN "owner_rule" text;--> statement-breakpoint
ALTER TABLE "play_steps" ADD COLUMN "wait_until" date;--> statement-breakpoint
ALTER TABLE "play_steps" ADD COLUMN "result" jsonb;