package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/inspect"
)

func inspectCommand() *cli.Command {
	return &cli.Command{
		Name:      "inspect",
		Usage:     "show what a .parquet or .csv file of the dataset holds",
		ArgsUsage: "FILE",
		Description: "For a Parquet file: its schema (name, type, nullability), row count, row groups,\n" +
			"footer metadata and first rows. For a CSV file: its header, row count and first rows.\n" +
			"Values are shown as the CSV files write them; NULL is a Parquet null.",
		Flags: []cli.Flag{
			&cli.IntFlag{Name: "rows", Value: 10, Usage: "number of rows shown (0: none)"},
			&cli.StringFlag{Name: "columns", Usage: "comma-separated columns shown in the rows (default: all)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return fmt.Errorf("%w: inspect takes one FILE", errUsage)
			}
			if c.Int("rows") < 0 {
				return fmt.Errorf("%w: --rows must be 0 or more", errUsage)
			}
			opt := inspect.Options{Rows: c.Int("rows")}
			if s := c.String("columns"); s != "" {
				for _, name := range strings.Split(s, ",") {
					opt.Columns = append(opt.Columns, strings.TrimSpace(name))
				}
			}
			err := inspect.File(c.Context, c.App.Writer, c.Args().First(), opt)
			if errors.Is(err, inspect.ErrNoColumn) {
				return fmt.Errorf("%w: --columns: %v", errUsage, err) // (a bad flag: exit 2)
			}
			return err
		},
	}
}
