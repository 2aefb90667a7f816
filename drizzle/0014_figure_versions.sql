CREATE TABLE "figure_versions" (
	"unit_id" integer PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
