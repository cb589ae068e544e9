package main

import (
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"

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
			"document saying why it was processed or skipped, and one summary line.\n\n" +
			"--partition-by published_year (or source_type) writes each table as a folder of\n" +
			"Hive-style partitions, observations/published_year=2024/part-00000-of-00001.parquet\n" +
			"and .csv, that DuckDB, Spark and Trino read as one table; a source's observations\n" +
			"and checks go into its partition. --shard I/N (0-based: 0/4 to 3/4) processes the\n" +
			"documents whose SHA-256 of source_id, modulo N, is I, and names its parts and its\n" +
			"descriptor after the shard (part-00001-of-00004, datapackage-shard-00001-of-00004.json),\n" +
			"so that the folders of the N shards, copied into one, are the whole dataset, which\n" +
			"etl validate checks. Every shard reads the official tables; shard 0 writes their rows.",
		Flags: append([]cli.Flag{
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "folder of raw documents", EnvVars: []string{"ETL_RAW"}},
			&cli.StringFlag{Name: "out", Value: "out", Usage: "folder the dataset is written to", EnvVars: []string{"ETL_OUT"}},
			&cli.IntFlag{Name: "workers", Value: runtime.GOMAXPROCS(0), Usage: "documents extracted at once (default: the number of usable CPUs)"},
			&cli.Int64Flag{Name: "max-doc-bytes", Value: source.DefaultMaxDocBytes, Usage: "documents larger than this are rejected"},
			&cli.BoolFlag{Name: "force", Usage: "extract every document again, even those unchanged since the last run"},
			&cli.BoolFlag{Name: "strict", Usage: "fail the run, publishing nothing, if any document is rejected"},
			&cli.StringFlag{Name: "partition-by", Usage: "write each table as Hive-style partitions by `KEY`: " + strings.Join(etl.PartitionKeys, " or "), EnvVars: []string{"ETL_PARTITION_BY"}},
			&cli.StringFlag{Name: "shard", Usage: "process shard `I/N` of the documents (0 <= I < N), by a hash of source_id", EnvVars: []string{"ETL_SHARD"}},
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
			if p := c.String("partition-by"); p != "" && !slices.Contains(etl.PartitionKeys, p) {
				return fmt.Errorf("%w: --partition-by %q: want %s", errUsage, p, strings.Join(etl.PartitionKeys, " or "))
			}
			shard, shards, err := parseShard(c.String("shard"))
			if err != nil {
				return fmt.Errorf("%w: --shard: %v", errUsage, err)
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
				PartitionBy: c.String("partition-by"),
				Shard:       shard,
				Shards:      shards,
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

// parseShard reads "I/N", 0 <= I < N; "" is no sharding (0, 0).
func parseShard(s string) (shard, shards int, err error) {
	if s == "" {
		return 0, 0, nil
	}
	i, n, ok := strings.Cut(s, "/")
	shard, err1 := strconv.Atoi(strings.TrimSpace(i))
	shards, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("%q: want I/N, such as 0/4", s)
	}
	if shards < 1 || shard < 0 || shard >= shards {
		return 0, 0, fmt.Errorf("%q: want 0 <= I < N (shards are numbered from 0)", s)
	}
	return shard, shards, nil
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
