CREATE TABLE "indicator_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"kind" text NOT NULL,
	"year" smallint,
	"on" date NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "indicator_targets_kind_check" CHECK ("indicator_targets"."kind" in ('baseline','target'))
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"indicator_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"period_end" date NOT NULL,
	"value" double precision NOT NULL,
	"version" smallint DEFAULT 1 NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"comment" text,
	"request_key" text,
	"submitted_by" integer,
	"submitted_on" date NOT NULL,
	"reviewed_by" integer,
	"reviewed_on" date,
	"review_reason" text,
	"is_sample" boolean DEFAULT false NOT NULL,
	CONSTRAINT "indicator_values_status_check" CHECK ("indicator_values"."status" in ('submitted','approved','returned')),
	CONSTRAINT "indicator_values_source_check" CHECK ("indicator_values"."source" in ('form','import','api','seed'))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"pillar" text NOT NULL,
	"tier" text NOT NULL,
	"unit_of_measure" text NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"period" text NOT NULL,
	"responsible_unit_id" integer,
	"data_source" text DEFAULT 'manual' NOT NULL,
	"rollup" text DEFAULT 'none' NOT NULL,
	"min_value" double precision,
	"max_value" double precision,
	"is_sample" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_tier_check" CHECK ("indicators"."tier" in ('strategic','operational')),
	CONSTRAINT "indicators_direction_check" CHECK ("indicators"."direction" in ('higher','lower')),
	CONSTRAINT "indicators_kind_check" CHECK ("indicators"."kind" in ('point','cumulative','period')),
	CONSTRAINT "indicators_rollup_check" CHECK ("indicators"."rollup" in ('sum','average','weighted_average','min','max','none'))
);
--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_targets_key" ON "indicator_targets" USING btree ("indicator_id","unit_id","kind","year");--> statement-breakpoint
CREATE INDEX "indicator_values_lookup_idx" ON "indicator_values" USING btree ("indicator_id","unit_id","period_end");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_request_key" ON "indicator_values" USING btree ("indicator_id","unit_id","request_key");--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_plan_code_key" ON "indicators" USING btree ("plan_id","code");