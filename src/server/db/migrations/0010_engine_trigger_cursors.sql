CREATE TABLE "trigger_cursors" (
	"playbook_id" text NOT NULL,
	"version" integer NOT NULL,
	"read_to" timestamp with time zone NOT NULL,
	CONSTRAINT "trigger_cursors_playbook_id_version_pk" PRIMARY KEY("playbook_id","version")
);
--> statement-breakpoint
ALTER TABLE "trigger_cursors" ADD CONSTRAINT "trigger_cursors_playbook_id_playbooks_id_fk" FOREIGN KEY ("playbook_id") REFERENCES "public"."playbooks"("id") ON DELETE cascade ON UPDATE no action;