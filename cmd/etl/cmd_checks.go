package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
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
			quotes, err := readQuotes(filepath.Join(out, "observations.csv"))
			if err != nil {
				return err
			}
			f, err := os.Open(filepath.Join(out, "checks.csv"))
			if err != nil {
				return fmt.Errorf("%w (run etl run first)", err)
			}
			defer f.Close()
			r := csv.NewReader(f)
			header, err := r.Read()
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name(), err)
			}
			col := map[string]int{}
			for i, h := range header {
				col[h] = i
			}
			tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "VERDICT\tKIND\tSOURCE\tFIGURE\tREPORTED\tREFERENCE\tRULE")
			counts := map[string]int{}
			shown := 0
			for {
				rec, err := r.Read()
				if errors.Is(err, io.EOF) {
					break
				}
				if err != nil {
					return fmt.Errorf("%s: %w", f.Name(), err)
				}
				get := func(k string) string { return rec[col[k]] }
				counts[get("verdict")]++
				if len(want) > 0 && !slices.Contains(want, get("verdict")) || c.String("kind") != "" && get("kind") != c.String("kind") {
					continue
				}
				q := quotes[get("observation_id")]
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", get("verdict"), get("kind"), dash(q.source), dash(q.quote),
					dash(get("reported_value")), dash(get("reference_value")), get("rule"))
				shown++
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

// readQuotes maps observation ids to their source and quote (or, for a
// row of an official table, where it comes from).
func readQuotes(path string) (map[string]quoted, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%w (run etl run first)", err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, k := range []string{"observation_id", "source_id", "quote", "value_text"} {
		if _, ok := col[k]; !ok {
			return nil, fmt.Errorf("%s: no column %s", path, k)
		}
	}
	out := map[string]quoted{}
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		q := rec[col["quote"]]
		if q == "" {
			q = rec[col["value_text"]]
		}
		out[rec[col["observation_id"]]] = quoted{rec[col["source_id"]], q}
	}
}
