CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"play_step_id" uuid,
	"to" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "play_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"play_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"owner_role" text NOT NULL,
	"owner_id" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"due_on" date,
	"opened_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"snoozed_until" date,
	"answer" text,
	"outcome" text,
	"notes" text,
	"skip_reason" text,
	"checklist" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rendered" jsonb,
	"render_error" text,
	"overdue_notified_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "plays" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"account_id" uuid NOT NULL,
	"owner_id" text,
	"status" text DEFAULT 'open' NOT NULL,
	"control" boolean DEFAULT false NOT NULL,
	"priority" integer DEFAULT 50 NOT NULL,
	"exclusive_group" text,
	"trigger_kind" text NOT NULL,
	"trigger_detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trigger_key" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_on" date NOT NULL,
	"success_by" date,
	"outcome" text,
	"outcome_reason" text,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	CONSTRAINT "plays_outcome_when_closed" CHECK (("plays"."status" = 'open') = ("plays"."outcome" is null))
);
--> statement-breakpoint
CREATE TABLE "segment_members" (
	"segment_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	CONSTRAINT "segment_members_segment_id_account_id_pk" PRIMARY KEY("segment_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"condition" text NOT NULL,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"computed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "step_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"play_step_id" uuid NOT NULL,
	"actor_id" text,
	"transition" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trigger_errors" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"message" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "trigger_states" (
	"playbook_id" text NOT NULL,
	"account_id" uuid NOT NULL,
	"matched" boolean NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trigger_states_playbook_id_account_id_pk" PRIMARY KEY("playbook_id","account_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_play_step_id_play_steps_id_fk" FOREIGN KEY ("play_step_id") REFERENCES "public"."play_steps"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "play_steps" ADD CONSTRAINT "play_steps_play_id_plays_id_fk" FOREIGN KEY ("play_id") REFERENCES "public"."plays"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "play_steps" ADD CONSTRAINT "play_steps_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_closed_by_users_id_fk" FOREIGN KEY ("closed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plays" ADD CONSTRAINT "plays_playbook_id_version_playbook_versions_playbook_id_number_fk" FOREIGN KEY ("playbook_id","version") REFERENCES "public"."playbook_versions"("playbook_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_members" ADD CONSTRAINT "segment_members_segment_id_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_members" ADD CONSTRAINT "segment_members_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segments" ADD CONSTRAINT "segments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_events" ADD CONSTRAINT "step_events_play_step_id_play_steps_id_fk" FOREIGN KEY ("play_step_id") REFERENCES "public"."play_steps"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "step_events" ADD CONSTRAINT "step_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_errors" ADD CONSTRAINT "trigger_errors_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_states" ADD CONSTRAINT "trigger_states_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trigger_states" ADD CONSTRAINT "trigger_states_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "play_steps_play_step_key" ON "play_steps" USING btree ("play_id","step_id");--> statement-breakpoint
CREATE INDEX "play_steps_owner_state_due_idx" ON "play_steps" USING btree ("owner_id","state","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "plays_one_open_per_playbook_account" ON "plays" USING btree ("playbook_id","account_id") WHERE "plays"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "plays_trigger_key" ON "plays" USING btree ("playbook_id","account_id","trigger_key");--> statement-breakpoint
CREATE INDEX "plays_account_idx" ON "plays" USING btree ("account_id","status");--> statement-breakpoint
CREATE INDEX "plays_playbook_idx" ON "plays" USING btree ("playbook_id","version","status");--> statement-breakpoint
CREATE INDEX "segment_members_account_idx" ON "segment_members" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "step_events_step_idx" ON "step_events" USING btree ("play_step_id","at");--> statement-breakpoint
CREATE INDEX "trigger_errors_open_idx" ON "trigger_errors" USING btree ("playbook_id","occurred_at");