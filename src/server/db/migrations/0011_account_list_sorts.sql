DROP INDEX "health_scores_score_idx";--> statement-breakpoint
CREATE INDEX "accounts_arr_desc_idx" ON "accounts" USING btree ("arr" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "accounts_renewal_desc_idx" ON "accounts" USING btree ("renewal_date" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "health_scores_score_idx" ON "health_scores" USING btree ("score","account_id");