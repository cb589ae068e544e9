package main

import (
	"errors"
	"fmt"
	"math"
	"os"
	"runtime"
	"runtime/debug"
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
		Description: "Reads every document under --raw (.txt, .md, .html; sidecars NAME.meta.json), extracts the\n" +
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
			"Hive-style partitions, observations/published_year=2024/part-00000-of-00001.parquet,\n" +
			"that DuckDB, Spark and Trino read as one table (the CSV parts under csv/, as\n" +
			"csv/observations/published_year=2024/part-00000-of-00001.csv); a source's observations\n" +
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
			&cli.IntFlag{Name: "max-figures", Value: etl.DefaultMaxFigures, Usage: "documents with more figures than this are rejected (a data dump of millions of numbers is no article, and would take gigabytes)"},
			&cli.IntFlag{Name: "keep-runs", Value: 3, Usage: "complete runs kept under --out/runs, the published one included; older ones are removed after a publish", EnvVars: []string{"ETL_KEEP_RUNS"}},
			&cli.BoolFlag{Name: "force", Usage: "extract every document again, even those unchanged since the last run"},
			&cli.BoolFlag{Name: "strict", Usage: "fail the run, publishing nothing, if any document is rejected"},
			&cli.StringFlag{Name: "memory-limit", Value: defaultMemoryLimit, Usage: "soft limit on the program's memory (Go's GOMEMLIMIT): the garbage collector works harder near it; `SIZE` such as 224MiB or 1GiB, or off. Unless set, GOMEMLIMIT from the environment wins", EnvVars: []string{"ETL_MEMORY_LIMIT"}},
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
			if c.Int("keep-runs") < 1 {
				return fmt.Errorf("%w: --keep-runs must be at least 1", errUsage)
			}
			if c.Int("max-figures") < 1 {
				return fmt.Errorf("%w: --max-figures must be at least 1", errUsage)
			}
			if n := c.Int64("max-doc-bytes"); n < 1 || n > source.MaxDocBytesLimit {
				return fmt.Errorf("%w: --max-doc-bytes must be from 1 to %d (1 GiB)", errUsage, source.MaxDocBytesLimit)
			}
			if p := c.String("partition-by"); p != "" && !slices.Contains(etl.PartitionKeys, p) {
				return fmt.Errorf("%w: --partition-by %q: want %s", errUsage, p, strings.Join(etl.PartitionKeys, " or "))
			}
			shard, shards, err := parseShard(c.String("shard"))
			if err != nil {
				return fmt.Errorf("%w: --shard: %v", errUsage, err)
			}
			limit, err := parseSize(c.String("memory-limit"))
			if err != nil {
				return fmt.Errorf("%w: --memory-limit: %v", errUsage, err)
			}
			if _, env := os.LookupEnv("GOMEMLIMIT"); c.IsSet("memory-limit") || !env {
				if limit == 0 {
					limit = math.MaxInt64 // off
				}
				debug.SetMemoryLimit(limit)
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
				MaxFigures:  c.Int("max-figures"),
				KeepRuns:    c.Int("keep-runs"),
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

// defaultMemoryLimit is the soft memory limit of etl run. A run holds about
// 140 MiB (a row group of every column of the three tables, the batches in
// flight, the compressors); without a limit the garbage collector lets the
// heap grow to twice that before it collects.
const defaultMemoryLimit = "224MiB"

// parseSize reads a size in bytes: a number with an optional unit (B, KiB,
// MiB, GiB, KB, MB, GB); "off" or 0 is no limit (0).
func parseSize(s string) (int64, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.EqualFold(s, "off") {
		return 0, nil
	}
	units := []struct {
		suffix string
		n      int64
	}{{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1}}
	mult := int64(1)
	for _, u := range units {
		if num, ok := strings.CutSuffix(s, u.suffix); ok {
			s, mult = strings.TrimSpace(num), u.n
			break
		}
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n < 0 || n*float64(mult) > math.MaxInt64/2 {
		return 0, fmt.Errorf("%q: want a size such as 224MiB, 1GiB or 500MB, or off", s)
	}
	return int64(n * float64(mult)), nil
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
