package main

import (
	"fmt"
	"runtime"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/pipeline/etl"
	"github.com/numtrail/numtrail/schemas"
)

func versionCommand() *cli.Command {
	return &cli.Command{
		Name:  "version",
		Usage: "print the pipeline and schema versions",
		Action: func(c *cli.Context) error {
			fmt.Fprintf(c.App.Writer, "etl %s (observations schema v%s, %s)\n", etl.Version, schemas.Observations.Version, runtime.Version())
			return nil
		},
	}
}
