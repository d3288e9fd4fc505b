CREATE TABLE "playbook_drafts" (
	"playbook_id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"templates" jsonb NOT NULL,
	"based_on_version" integer,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playbook_feedback" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"user_id" text NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playbook_feedback_rating_check" CHECK ("playbook_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "playbook_pilots" (
	"playbook_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"user_ids" text[] NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playbook_pilots_window_check" CHECK ("playbook_pilots"."ends_on" >= "playbook_pilots"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "playbook_search_documents" (
	"playbook_id" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"when_to_use" text NOT NULL,
	"steps_text" text NOT NULL,
	"other_text" text NOT NULL,
	"kind" text NOT NULL,
	"category" text NOT NULL,
	"lifecycle" text[] DEFAULT '{}'::text[] NOT NULL,
	"segments" text[] DEFAULT '{}'::text[] NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, "when_to_use"), 'B') || setweight(to_tsvector('english'::regconfig, "steps_text"), 'C') || setweight(to_tsvector('english'::regconfig, "other_text"), 'D')) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playbook_versions" (
	"playbook_id" text NOT NULL,
	"number" integer NOT NULL,
	"source" text NOT NULL,
	"templates" jsonb NOT NULL,
	"parsed" jsonb NOT NULL,
	"changelog" text NOT NULL,
	"published_by" text,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playbook_versions_pkey" PRIMARY KEY("playbook_id","number"),
	CONSTRAINT "playbook_versions_number_check" CHECK ("playbook_versions"."number" >= 1),
	CONSTRAINT "playbook_versions_changelog_check" CHECK (length(btrim("playbook_versions"."changelog")) > 0)
);
--> statement-breakpoint
CREATE TABLE "playbook_views" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"playbook_id" text NOT NULL,
	"version" integer,
	"user_id" text,
	"viewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "playbooks" (
	"id" text PRIMARY KEY NOT NULL,
	"path" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"current_version" integer,
	"active_version" integer,
	"lock_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "playbooks_status_check" CHECK ("playbooks"."status" in ('draft', 'pilot', 'active', 'retired')),
	CONSTRAINT "playbooks_active_version_check" CHECK ("playbooks"."active_version" is null or "playbooks"."active_version" <= "playbooks"."current_version")
);
--> statement-breakpoint
ALTER TABLE "playbook_drafts" ADD CONSTRAINT "playbook_drafts_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_drafts" ADD CONSTRAINT "playbook_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_feedback" ADD CONSTRAINT "playbook_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_feedback" ADD CONSTRAINT "playbook_feedback_version_fk" FOREIGN KEY ("playbook_id","version") REFERENCES "public"."playbook_versions"("playbook_id","number") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_pilots" ADD CONSTRAINT "playbook_pilots_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_pilots" ADD CONSTRAINT "playbook_pilots_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_pilots" ADD CONSTRAINT "playbook_pilots_version_fk" FOREIGN KEY ("playbook_id","version") REFERENCES "public"."playbook_versions"("playbook_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_search_documents" ADD CONSTRAINT "playbook_search_documents_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_versions" ADD CONSTRAINT "playbook_versions_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_versions" ADD CONSTRAINT "playbook_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_views" ADD CONSTRAINT "playbook_views_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "playbook_views" ADD CONSTRAINT "playbook_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "playbook_feedback_user_key" ON "playbook_feedback" USING btree ("playbook_id","version","user_id");--> statement-breakpoint
CREATE INDEX "playbook_search_document_idx" ON "playbook_search_documents" USING gin ("document");--> statement-breakpoint
CREATE INDEX "playbook_search_kind_category_idx" ON "playbook_search_documents" USING btree ("kind","category");--> statement-breakpoint
CREATE INDEX "playbook_views_playbook_time_idx" ON "playbook_views" USING btree ("playbook_id","viewed_at");--> statement-breakpoint
CREATE INDEX "playbook_views_user_idx" ON "playbook_views" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "playbooks_path_key" ON "playbooks" USING btree ("path");--> statement-breakpoint
CREATE FUNCTION "playbook_versions_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'published playbook versions cannot be changed; edit the draft and publish a new version'
    USING ERRCODE = 'restrict_violation';
END
$$;
--> statement-breakpoint
CREATE TRIGGER "playbook_versions_no_update" BEFORE UPDATE ON "playbook_versions"
  FOR EACH ROW EXECUTE FUNCTION "playbook_versions_immutable"();
