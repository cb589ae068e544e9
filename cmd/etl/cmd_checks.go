package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"
)

var verdicts = []string{"consistent", "inconsistent", "ambiguous", "no_reference"}

func checksCommand() *cli.Command {
	return &cli.Command{
		Name:  "checks",
		Usage: "print the checks of the last run as a table, optionally only some verdicts",
		Description: "Reads checks.csv and observations.csv from --out and prints, for each check, its verdict,\n" +
			"the figure as the document wrote it, the two values compared and the rule applied.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Value: "out", Usage: "folder of the dataset", EnvVars: []string{"ETL_OUT"}},
			&cli.StringSliceFlag{Name: "verdict", Usage: "show only this verdict (consistent, inconsistent, ambiguous, no_reference); repeat for several"},
			&cli.StringFlag{Name: "kind", Usage: "show only this kind: official_comparison or identity"},
		},
		Action: func(c *cli.Context) error {
			want := c.StringSlice("verdict")
			for _, v := range want {
				if !slices.Contains(verdicts, v) {
					return fmt.Errorf("%w: --verdict %q: want one of %s", errUsage, v, strings.Join(verdicts, ", "))
				}
			}
			if k := c.String("kind"); k != "" && k != "official_comparison" && k != "identity" {
				return fmt.Errorf("%w: --kind %q: want official_comparison or identity", errUsage, k)
			}
			out := c.String("out")
			obsFiles, err := tableCSVs(out, "observations")
			if err != nil {
				return err
			}
			quotes := map[string]quoted{}
			for _, p := range obsFiles {
				if err := readQuotes(p, quotes); err != nil {
					return err
				}
			}
			checkFiles, err := tableCSVs(out, "checks")
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "VERDICT\tKIND\tSOURCE\tFIGURE\tREPORTED\tREFERENCE\tRULE")
			counts := map[string]int{}
			shown := 0
			for _, p := range checkFiles {
				err := eachRecord(p, func(get func(string) string) {
					counts[get("verdict")]++
					if len(want) > 0 && !slices.Contains(want, get("verdict")) || c.String("kind") != "" && get("kind") != c.String("kind") {
						return
					}
					q := quotes[get("observation_id")]
					fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", get("verdict"), get("kind"), dash(q.source), dash(q.quote),
						dash(get("reported_value")), dash(get("reference_value")), get("rule"))
					shown++
				}, "verdict", "kind", "observation_id", "reported_value", "reference_value", "rule")
				if err != nil {
					return err
				}
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			var parts []string
			for _, v := range verdicts {
				parts = append(parts, fmt.Sprintf("%d %s", counts[v], v))
			}
			fmt.Fprintf(c.App.Writer, "%d of %d checks shown; %s\n", shown, counts["consistent"]+counts["inconsistent"]+counts["ambiguous"]+counts["no_reference"], strings.Join(parts, ", "))
			return nil
		},
	}
}

type quoted struct{ source, quote string }

// tableCSVs returns the CSV files of a table of the dataset in out: its one
// file (out/checks.csv), or its parts, written with --partition-by or
// --shard (out/csv/checks/published_year=2024/part-00000-of-00001.csv,
// out/csv/checks/part-00002-of-00004.csv), in order of name.
func tableCSVs(out, table string) ([]string, error) {
	one := filepath.Join(out, table+".csv")
	if _, err := os.Stat(one); err == nil {
		return []string{one}, nil
	}
	var parts []string
	dir := filepath.Join(out, "csv", table)
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && strings.HasSuffix(p, ".csv") {
			parts = append(parts, p)
		}
		return nil
	})
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("%s: no %s.csv, nor parts of it under %s (run etl run first)", out, table, dir)
	}
	slices.Sort(parts)
	return parts, nil
}

// eachRecord calls f for each row of the CSV file at path, with a getter
// of its columns by name; the file must have the columns named in need.
func eachRecord(path string, f func(get func(string) string), need ...string) error {
	fh, err := os.Open(path)
	if err != nil {
		return err
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	header, err := r.Read()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, k := range need {
		if _, ok := col[k]; !ok {
			return fmt.Errorf("%s: no column %s", path, k)
		}
	}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		f(func(k string) string { return rec[col[k]] })
	}
}

// readQuotes adds to out the source and quote of each observation in the
// CSV file at path (or, for a row of an official table, where it comes
// from), by observation id.
func readQuotes(path string, out map[string]quoted) error {
	return eachRecord(path, func(get func(string) string) {
		q := get("quote")
		if q == "" {
			q = get("value_text")
		}
		out[get("observation_id")] = quoted{get("source_id"), q}
	}, "observation_id", "source_id", "quote", "value_text")
}
