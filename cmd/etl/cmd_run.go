package main

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/etl"
	"github.com/numtrail/numtrail/pipeline/source"
)

func runCommand() *cli.Command {
	return &cli.Command{
		Name:  "run",
		Usage: "build the dataset from the raw folder into the output folder",
		Description: "Reads every document under --raw (.txt, .md; sidecars NAME.meta.json), extracts the\n" +
			"statistics and writes observations, sources and checks (Parquet and CSV) and\n" +
			"datapackage.json into --out. Files are written to a staging folder and moved into\n" +
			"place only when all are complete, so a failed, interrupted or killed run leaves the\n" +
			"previous dataset as it was. A document that cannot be read is recorded in sources\n" +
			"with its error and the run goes on; the exit code is then 3 (with --strict the run\n" +
			"fails instead, exit code 1, and publishes nothing).\n\n" +
			"A run holds a lock on --out: a second run into the same folder exits at once with\n" +
			"code 4. Documents unchanged since an earlier run (same bytes, same sidecar, same\n" +
			"calendar, same etl program) are not extracted again: their extraction is kept in\n" +
			"--out/cache, and --out/state.json records the last run; the dataset is the same\n" +
			"as a full run's. --force extracts everything again. The log has one line per\n" +
			"document saying why it was processed or skipped, and one summary line.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "folder of raw documents", EnvVars: []string{"ETL_RAW"}},
			&cli.StringFlag{Name: "out", Value: "out", Usage: "folder the dataset is written to", EnvVars: []string{"ETL_OUT"}},
			&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "documents extracted at once (default: the number of usable CPUs)"},
			&cli.Int64Flag{Name: "max-doc-bytes", Value: source.DefaultMaxDocBytes, Usage: "documents larger than this are rejected"},
			&cli.BoolFlag{Name: "force", Usage: "extract every document again, even those unchanged since the last run"},
			&cli.BoolFlag{Name: "strict", Usage: "fail the run, publishing nothing, if any document is rejected"},
		}, logFlags()...),
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: run takes no arguments (got %q); use --raw and --out", errUsage, c.Args().First())
			}
			if c.Int("workers") < 1 {
				return fmt.Errorf("%w: --workers must be at least 1", errUsage)
			}
			if c.Int64("max-doc-bytes") < 1 {
				return fmt.Errorf("%w: --max-doc-bytes must be at least 1", errUsage)
			}
			bar := newProgress(c.App.ErrWriter)
			log, err := newLogger(c, bar)
			if err != nil {
				return err
			}
			sum, err := etl.Run(c.Context, etl.Config{
				Raw:         c.String("raw"),
				Out:         c.String("out"),
				Workers:     c.Int("workers"),
				MaxDocBytes: c.Int64("max-doc-bytes"),
				Force:       c.Bool("force"),
				Strict:      c.Bool("strict"),
				Logger:      log,
				Progress:    bar.update,
			})
			bar.done()
			if err == nil || errors.Is(err, etl.ErrRejected) {
				fmt.Fprintf(c.App.Writer, "run %s: %s and %s (%d rejected, %d skipped as unchanged), %s, %s → %s\n",
					sum.RunID, plural(sum.Documents, "document"), plural(sum.Tables, "official table"), sum.Rejected, sum.Skipped,
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
