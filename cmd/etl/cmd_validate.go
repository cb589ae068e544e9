package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/validate"
)

func validateCommand() *cli.Command {
	return &cli.Command{
		Name:  "validate",
		Usage: "check a published dataset against its descriptor, its schemas and the raw documents",
		Description: "Re-reads every file that --out/datapackage.json lists and prints every problem with\n" +
			"its file and row (\"observations.csv row 12: value_low 5 > value 3\"), then a summary:\n" +
			"sizes and SHA-256 hashes against the descriptor; columns and types against the schemas;\n" +
			"required fields, enums, value_low <= value <= value_high, char_start < char_end,\n" +
			"period_start <= period_end and unique primary keys; that each table's Parquet and CSV\n" +
			"files hold the same rows in the same order; and, when the raw folder exists, that every\n" +
			"quote is the raw document's text at [char_start, char_end). Row N is the N-th data row.\n" +
			"A table written in parts (--partition-by, --shard) is checked part by part, its\n" +
			"primary key across all parts. A folder holding the output of the N shards of a run\n" +
			"(datapackage-shard-<i>-of-<N>.json and their parts, copied into one folder) is checked\n" +
			"as one dataset, and every shard must be there (--some-shards checks only those present).\n" +
			"The exit code is 0 when there is no problem and 1 otherwise.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Value: "out", Usage: "folder of the dataset to check", EnvVars: []string{"ETL_OUT"}},
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "folder of raw documents to check quotes against; skipped when the default is missing", EnvVars: []string{"ETL_RAW"}},
			&cli.IntFlag{Name: "max-problems", Value: validate.DefaultMaxListed, Usage: "problems listed per file (all are counted)"},
			&cli.BoolFlag{Name: "some-shards", Usage: "accept a folder holding only some shards of a sharded run (one shard's own --out, say)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: validate takes no arguments (got %q); use --out", errUsage, c.Args().First())
			}
			if c.Int("max-problems") < 1 {
				return fmt.Errorf("%w: --max-problems must be at least 1", errUsage)
			}
			raw := c.String("raw")
			if _, err := os.Stat(raw); errors.Is(err, fs.ErrNotExist) && !c.IsSet("raw") {
				raw = "" // the default raw folder is optional
			}
			rep, err := validate.Dataset(c.Context, validate.Config{Out: c.String("out"), Raw: raw, MaxListed: c.Int("max-problems"), SomeShards: c.Bool("some-shards")})
			if err != nil {
				return err
			}
			if err := rep.Print(c.App.Writer); err != nil {
				return err
			}
			switch n := rep.Count(); n {
			case 0:
				return nil
			case 1:
				return fmt.Errorf("%s: 1 problem: %w", c.String("out"), validate.ErrInvalid)
			default:
				return fmt.Errorf("%s: %d problems: %w", c.String("out"), n, validate.ErrInvalid)
			}
		},
	}
}
