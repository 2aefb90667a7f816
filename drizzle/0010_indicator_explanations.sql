CREATE TABLE "indicator_explanations" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"question" text NOT NULL,
	"asked_by" integer NOT NULL,
	"asked_on" date NOT NULL,
	"answer" text,
	"answered_by" integer,
	"answered_on" date
);
--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_asked_by_users_id_fk" FOREIGN KEY ("asked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_explanations" ADD CONSTRAINT "indicator_explanations_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_explanations_lookup_idx" ON "indicator_explanations" USING btree ("indicator_id","unit_id");