package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/numtrail/numtrail/schemas"
)

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "print the data dictionary: the columns of every table, with types, units and constraints",
		Description: "--format markdown prints each table's column list as the README shows it;\n" +
			"--format json prints the Frictionless Table Schema that datapackage.json holds.\n" +
			"Without --table, every table is printed (json: an object keyed by table name).",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "markdown", Usage: "markdown or json"},
			&cli.StringFlag{Name: "table", Usage: "observations, sources or checks (default: all)"},
		},
		Action: func(c *cli.Context) error {
			if c.NArg() > 0 {
				return fmt.Errorf("%w: schema takes no arguments (got %q); use --table", errUsage, c.Args().First())
			}
			tables := schemas.Tables()
			if name := c.String("table"); name != "" {
				t := schemas.Lookup(name)
				if t == nil {
					return fmt.Errorf("%w: --table %q: want %s", errUsage, name, schemaTableNames())
				}
				tables = []*schemas.Table{t}
			}
			var out []byte
			var err error
			switch format := c.String("format"); format {
			case "markdown":
				out = schemaMarkdown(tables, c.IsSet("table"))
			case "json":
				out, err = schemaJSON(tables, c.IsSet("table"))
			default:
				return fmt.Errorf("%w: --format %q: want markdown or json", errUsage, format)
			}
			if err != nil {
				return err
			}
			_, err = c.App.Writer.Write(out)
			return err
		},
	}
}

func schemaTableNames() string {
	var names []string
	for _, t := range schemas.Tables() {
		names = append(names, t.Name)
	}
	return strings.Join(names, ", ")
}

// schemaMarkdown is one table's Markdown() as it is, or every table's under a
// heading with its description.
func schemaMarkdown(tables []*schemas.Table, one bool) []byte {
	if one {
		return []byte(tables[0].Markdown())
	}
	var b bytes.Buffer
	for i, t := range tables {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "## %s (v%s)\n\n%s\n\n%s", t.Name, t.Version, t.Description, t.Markdown())
	}
	return b.Bytes()
}

// schemaJSON is one table's Frictionless Table Schema, or an object of them
// keyed by table name, in the order of schemas.Tables.
func schemaJSON(tables []*schemas.Table, one bool) ([]byte, error) {
	if one {
		b, err := json.MarshalIndent(tables[0].Frictionless(), "", "  ")
		return append(b, '\n'), err
	}
	var b bytes.Buffer
	b.WriteString("{")
	for i, t := range tables {
		s, err := json.MarshalIndent(t.Frictionless(), "  ", "  ")
		if err != nil {
			return nil, err
		}
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  %q: %s", t.Name, s)
	}
	b.WriteString("\n}\n")
	return b.Bytes(), nil
}
