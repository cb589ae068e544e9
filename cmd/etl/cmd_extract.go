package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/extract"
	"github.com/numtrail/numtrail/pipeline/model"
	"github.com/numtrail/numtrail/pipeline/source"
)

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "print the statistics found in one document (.txt, .md or .html), as a table for review",
		ArgsUsage: "FILE",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "published", Usage: "publication date (YYYY-MM-DD) to resolve relative periods; default: the sidecar's, if any"},
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "raw folder whose " + source.CalendarFile + " names periods such as \"since the election\", as etl run reads it (none there: no named periods)", EnvVars: []string{"ETL_RAW"}},
			&cli.BoolFlag{Name: "text", Usage: "print the document's text instead, as the offsets count it (of an HTML page, its main text)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: extract takes one FILE", errUsage)
			}
			path := c.Args().First()
			if fi, err := os.Stat(path); err == nil && fi.Size() > source.MaxDocBytesLimit {
				return fmt.Errorf("%s: too large (%d bytes; at most %d)", path, fi.Size(), source.MaxDocBytesLimit)
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			// the sidecar's date of publication, and the Content-Type a
			// page was fetched with, which may say how to decode it
			var meta source.Sidecar
			if side, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + source.SidecarSuffix); err == nil {
				if meta, err = source.ParseSidecar(side); err != nil {
					fmt.Fprintf(c.App.ErrWriter, "etl: sidecar of %s ignored: %v\n", path, err)
					meta = source.Sidecar{}
				}
			}
			pub := meta.Published
			if s := c.String("published"); s != "" {
				if pub, err = time.Parse(time.DateOnly, s); err != nil {
					return fmt.Errorf("%w: --published %q: want YYYY-MM-DD", errUsage, s)
				}
			}
			calendar, _, err := source.ReadCalendar(c.String("raw"))
			if err != nil {
				return fmt.Errorf("%s%c%w", c.String("raw"), filepath.Separator, err) // (the error names the file)
			}
			x, err := extract.New(extract.WithNamedPeriods(calendar))
			if err != nil {
				return err
			}
			// (of an HTML page, its main text: the offsets are into it, as
			// etl run reads it; a document a run would reject is refused)
			text, err := source.TextAs(path, b, meta.ContentType)
			if err != nil {
				return err
			}
			if c.Bool("text") {
				_, err := fmt.Fprintln(c.App.Writer, text)
				return err
			}
			ms := x.Extract(text, pub)
			tw := tabwriter.NewWriter(c.App.Writer, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "START\tQUOTE\tVALUE\tLOW\tHIGH\tQUALIFIER\tUNIT\tPER\tMEASURE\tSTATISTIC\tPERIOD\tFROM\tTO\tGEOGRAPHY\tATTRIBUTED_TO")
			for _, m := range ms {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
					m.Start, m.Quote, num(m.Value), num(m.Low), num(m.High), m.Qualifier, m.Unit, dash(m.PerPeriod),
					m.Measure, m.Statistic, dash(m.PeriodLabel), day(m.PeriodStart), day(m.PeriodEnd), dash(m.Geography), dash(m.AttributedTo))
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(c.App.Writer, "%d statistics in %s\n", len(ms), path)
			return nil
		},
	}
}

func num(v *float64) string {
	if v == nil {
		return "-"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func day(d model.Date) string {
	if d.IsZero() {
		return "-"
	}
	return d.Format(time.DateOnly)
}
