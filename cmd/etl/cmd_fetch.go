package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/etl"
	"github.com/numtrail/numtrail/pipeline/fetch"
)

func fetchCommand() *cli.Command {
	return &cli.Command{
		Name:      "fetch",
		Usage:     "capture web pages into the raw folder, with their provenance",
		ArgsUsage: "URL...",
		Description: "Fetches each URL (and each URL listed in --list) into --raw as\n" +
			"web/<host>/<slug>-<YYYYMMDD>T<HHMMSS>Z.html, the bytes as received, with its sidecar\n" +
			"(.meta.json: the URL asked for and the URL after redirects, the retrieval time, the\n" +
			"HTTP status, the Content-Type, the SHA-256, and the page's own title, publisher, author\n" +
			"and publication time) and its main text (.extracted.text), which etl run reads.\n\n" +
			"A page unchanged since its latest snapshot (same bytes, or same main text and\n" +
			"metadata) adds nothing; a changed one is a new snapshot beside the old. A URL that\n" +
			"fails (HTTP error, timeout, not HTML, too large, no article text) writes nothing and\n" +
			"is named on stderr; the exit code is then 1. Network errors, timeouts, 408, 425, 429\n" +
			"and 5xx are retried with exponential backoff, honouring Retry-After.\n\n" +
			"For cron: etl fetch --list urls.txt && etl run",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "raw", Value: "raw", Usage: "folder of raw documents the pages are stored in", EnvVars: []string{"ETL_RAW"}},
			&cli.StringFlag{Name: "list", Usage: "file of URLs, one per line (blank lines and lines starting with # are skipped; - reads stdin)"},
			&cli.DurationFlag{Name: "timeout", Value: fetch.DefaultTimeout, Usage: "longest time for one attempt, from the request to the end of the body"},
			&cli.IntFlag{Name: "retries", Value: fetch.DefaultRetries, Usage: "attempts after the first for a network error, a timeout, 408, 425, 429 or 5xx"},
			&cli.Int64Flag{Name: "max-bytes", Value: fetch.DefaultMaxBytes, Usage: "largest page accepted, in bytes"},
			&cli.DurationFlag{Name: "max-retry-after", Value: fetch.DefaultMaxRetryAfter, Usage: "longest Retry-After waited for; a longer one fails the URL"},
			&cli.StringFlag{Name: "source-type", Usage: "source_type written to the sidecars: news or official_release (default: unknown)"},
			&cli.StringFlag{Name: "license", Usage: "licence written to the sidecars (default: unknown)"},
		},
		Action: func(c *cli.Context) error {
			urls, err := fetchURLs(c)
			if err != nil {
				return err
			}
			switch {
			case c.Duration("timeout") <= 0:
				return fmt.Errorf("%w: --timeout must be positive", errUsage)
			case c.Int("retries") < 0:
				return fmt.Errorf("%w: --retries must be 0 or more", errUsage)
			case c.Int64("max-bytes") <= 0:
				return fmt.Errorf("%w: --max-bytes must be positive", errUsage)
			case c.Duration("max-retry-after") <= 0:
				return fmt.Errorf("%w: --max-retry-after must be positive", errUsage)
			}
			if st := c.String("source-type"); st != "" && st != "news" && st != "official_release" {
				return fmt.Errorf("%w: --source-type %q: want news or official_release", errUsage, st)
			}
			if fi, err := os.Stat(c.String("raw")); err != nil || !fi.IsDir() {
				return fmt.Errorf("raw folder %s: not a folder", c.String("raw"))
			}

			out, errw := c.App.Writer, c.App.ErrWriter
			f := fetch.New(fetch.Config{
				Raw:           c.String("raw"),
				Timeout:       c.Duration("timeout"),
				Retries:       c.Int("retries"),
				MaxBytes:      c.Int64("max-bytes"),
				MaxRetryAfter: c.Duration("max-retry-after"),
				UserAgent:     fetch.UserAgent(etl.Version),
				SourceType:    c.String("source-type"),
				License:       c.String("license"),
				Retrying: func(u string, attempt int, wait time.Duration, why error) {
					fmt.Fprintf(errw, "etl fetch: %s: %v; attempt %d in %s\n", u, why, attempt, wait.Round(time.Millisecond))
				},
			})
			counts := map[fetch.Status]int{}
			for _, u := range urls {
				if err := c.Context.Err(); err != nil {
					return err
				}
				r := f.Fetch(c.Context, u)
				counts[r.Status]++
				for _, n := range r.Notes {
					fmt.Fprintf(errw, "etl fetch: %s: note: %s\n", r.URL, n)
				}
				switch r.Status {
				case fetch.Fetched:
					fmt.Fprintf(out, "fetched    %s -> %s (%d bytes)\n", r.URL, r.Path, r.Bytes)
				case fetch.Unchanged:
					fmt.Fprintf(out, "unchanged  %s = %s\n", r.URL, r.Path)
				default:
					fmt.Fprintf(errw, "etl fetch: failed: %v\n", r.Err)
				}
			}
			fmt.Fprintf(out, "fetch: %d fetched, %d unchanged, %d failed\n", counts[fetch.Fetched], counts[fetch.Unchanged], counts[fetch.Failed])
			if n := counts[fetch.Failed]; n > 0 {
				return fmt.Errorf("fetch: %d of %d URLs failed; nothing was written for them", n, len(urls))
			}
			return nil
		},
	}
}

// fetchURLs returns the URLs of the arguments and of --list, checked and
// normalised, each once, in order.
func fetchURLs(c *cli.Context) ([]string, error) {
	var urls []string
	seen := map[string]bool{}
	add := func(s, where string) error {
		u, err := fetch.ParseURL(s)
		if err != nil {
			return fmt.Errorf("%w: %s%v", errUsage, where, err)
		}
		if !seen[u] {
			seen[u] = true
			urls = append(urls, u)
		}
		return nil
	}
	for _, a := range c.Args().Slice() {
		if err := add(a, ""); err != nil {
			return nil, err
		}
	}
	if name := c.String("list"); name != "" {
		var r io.Reader = c.App.Reader
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				return nil, fmt.Errorf("%w: --list: %v", errUsage, err)
			}
			defer f.Close()
			r = f
		}
		if r == nil {
			r = os.Stdin
		}
		sc := bufio.NewScanner(r)
		for line := 1; sc.Scan(); line++ {
			s := strings.TrimSpace(sc.Text())
			if s == "" || strings.HasPrefix(s, "#") {
				continue
			}
			if err := add(s, fmt.Sprintf("%s line %d: ", name, line)); err != nil {
				return nil, err
			}
		}
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("--list %s: %w", name, err)
		}
	}
	if len(urls) == 0 {
		if c.String("list") != "" {
			return nil, fmt.Errorf("%w: no URL in %s", errUsage, c.String("list"))
		}
		return nil, fmt.Errorf("%w: fetch takes one or more URLs, or --list FILE", errUsage)
	}
	return urls, nil
}
