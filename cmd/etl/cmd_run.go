package main

import (
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/etl"
)

func runCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "build the dataset from the raw folder into the output folder",
		Description: "Reads every document under --raw (.txt, .md; sidecars NAME.meta.json), extracts the\n" +
			"statistics and writes observations, sources and checks (Parquet and CSV) and\n" +
			"datapackage.json into --out. Files are written to a staging folder and moved into\n" +
			"place only when all are complete. A document that cannot be read is recorded in\n" +
			"sources with its error and the run goes on; the exit code is then 3.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "folder of raw documents", EnvVars: []string{"ETL_RAW"}},
			&cli.StringFlag{Name: "out", Value: "out", Usage: "folder the dataset is written to", EnvVars: []string{"ETL_OUT"}},
			&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "documents extracted at once (default: the number of usable CPUs)"},
			&cli.Int64Flag{Name: "max-doc-bytes", Value: 16 << 20, Usage: "documents larger than this are rejected"},
		}, logFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: run takes no arguments (got %q); use --raw and --out", errUsage, c.Args().First())
			}
			if c.Int("workers") < 1 {
				return fmt.Errorf("%w: --workers must be at least 1", errUsage)
			}
			log, err := newLogger(c)
			if err != nil {
				return err
			}
			sum, err := etl.Run(c.Context, etl.Config{
				Raw:         c.String("raw"),
				Out:         c.String("out"),
				Workers:     c.Int("workers"),
				MaxDocBytes: c.Int64("max-doc-bytes"),
				Logger:      log,
			})
			if err == nil || sum.Documents > 0 {
				fmt.Fprintf(c.App.Writer, "run %s: %s and %s (%d rejected), %s, %s → %s\n",
					sum.RunID, plural(sum.Documents, "document"), plural(sum.Tables, "official table"), sum.Rejected,
					plural(int(sum.Observations), "observation"), plural(int(sum.Checks), "check"), c.String("out"))
				fmt.Fprintf(c.App.Writer, "checks: %s\n", sum.VerdictLine())
			}
			return err
		},
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
