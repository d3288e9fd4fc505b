ALTER TABLE "health_history" ADD COLUMN "model_id" integer;--> statement-breakpoint
ALTER TABLE "health_scores" ADD COLUMN "breakdown" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "health_history" ADD CONSTRAINT "health_history_model_id_health_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."health_models"("id") ON DELETE no action ON UPDATE no action;