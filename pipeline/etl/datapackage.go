package etl

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/numtrail/numtrail/schemas"
)

type tableFiles struct {
	table *schemas.Table
}

// frictionless types for the schema's Arrow types.
var fieldTypes = map[string][2]string{
	"string":    {"string", ""},
	"float64":   {"number", ""},
	"int64":     {"integer", ""},
	"date32":    {"date", "%Y-%m-%d"},
	"timestamp": {"datetime", "%Y-%m-%dT%H:%M:%SZ"},
}

type dpField struct {
	Name        string         `json:"name"`
	Type        string         `json:"type"`
	Format      string         `json:"format,omitempty"`
	Description string         `json:"description"`
	Unit        string         `json:"unit,omitempty"`
	Constraints map[string]any `json:"constraints,omitempty"`
}

type dpResource struct {
	Name      string `json:"name"`
	Path      string `json:"path"`
	Format    string `json:"format"`
	MediaType string `json:"mediatype"`
	Encoding  string `json:"encoding,omitempty"`
	Bytes     int64  `json:"bytes"`
	Hash      string `json:"hash"`
	Schema    any    `json:"schema"`
}

// writeDescriptor writes datapackage.json describing the files in dir. It
// holds no wall-clock time: the same inputs give the same bytes.
func writeDescriptor(dir, runID string, tables []tableFiles) error {
	var resources []dpResource
	for _, t := range tables {
		schema := tableSchema(t.table)
		for _, f := range []struct{ ext, format, media, enc string }{
			{"parquet", "parquet", "application/vnd.apache.parquet", ""},
			{"csv", "csv", "text/csv", "utf-8"},
		} {
			path := t.table.Name + "." + f.ext
			n, sum, err := hashFile(filepath.Join(dir, path))
			if err != nil {
				return fmt.Errorf("descriptor: %w", err)
			}
			resources = append(resources, dpResource{
				Name: t.table.Name + "-" + f.ext, Path: path, Format: f.format, MediaType: f.media,
				Encoding: f.enc, Bytes: n, Hash: "sha256:" + sum, Schema: schema,
			})
		}
	}
	desc := map[string]any{
		"$schema":     "https://datapackage.org/profiles/2.0/datapackage.json",
		"name":        "numtrail-uk-migration-statistics",
		"title":       "numtrail: UK migration statistics with provenance",
		"description": "Every statistic stated in the source documents, one typed row each, with the document, the characters, the speaker, the place and the period it is about.",
		"version":     Version,
		"licenses":    []map[string]string{{"name": "ODC-BY-1.0", "path": "https://opendatacommons.org/licenses/by/1-0/", "title": "Open Data Commons Attribution License 1.0"}},
		"keywords":    []string{"migration", "asylum", "small boats", "United Kingdom", "statistics", "provenance"},
		"resources":   resources,
		"numtrail": map[string]string{
			"run_id":           runID,
			"pipeline_version": Version,
		},
	}
	b, err := json.MarshalIndent(desc, "", "  ")
	if err != nil {
		return err
	}
	return writeFileSync(filepath.Join(dir, "datapackage.json"), append(b, '\n'))
}

func tableSchema(t *schemas.Table) map[string]any {
	var fields []dpField
	for _, f := range t.Fields {
		ft := fieldTypes[f.Type]
		c := map[string]any{}
		if f.Required {
			c["required"] = true
		}
		if len(f.Enum) > 0 {
			c["enum"] = f.Enum
		}
		if len(c) == 0 {
			c = nil
		}
		fields = append(fields, dpField{Name: f.Name, Type: ft[0], Format: ft[1], Description: f.Description, Unit: f.Unit, Constraints: c})
	}
	return map[string]any{"fields": fields, "primaryKey": t.PrimaryKey, "missingValues": []string{""}}
}

func hashFile(path string) (int64, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, "", err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return 0, "", fmt.Errorf("%s: %w", path, err)
	}
	return n, hex.EncodeToString(h.Sum(nil)), nil
}

func writeFileSync(path string, b []byte) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
