// Package schemas holds the one definition of every table the pipeline
// writes (field names, types, descriptions, units, constraints) and the
// lexicons the extractor classifies with. Everything here is data embedded in
// the binary; the Arrow schemas, the descriptor and the documentation are
// derived from it.
package schemas

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/apache/arrow-go/v18/arrow"
)

//go:embed *.json lexicon/*.json lexicon/*.tsv
var files embed.FS

// Field is one column of a table.
type Field struct {
	Name        string   `json:"name"`
	Type        string   `json:"type"` // string, float64, int64, date32, timestamp
	Dictionary  bool     `json:"dictionary,omitempty"`
	Description string   `json:"description"`
	Unit        string   `json:"unit,omitempty"`
	Required    bool     `json:"required,omitempty"`
	Enum        []string `json:"enum,omitempty"`
	EnumFrom    string   `json:"enum_from,omitempty"` // a lexicon whose names are the allowed values
}

// Table is one released version of a table's schema.
type Table struct {
	Name        string   `json:"name"`
	Version     string   `json:"version"`
	Title       string   `json:"title"`
	Description string   `json:"description"`
	PrimaryKey  []string `json:"primary_key"`
	Fields      []Field  `json:"fields"`
}

// Load reads the embedded schema of table name at version.
func Load(name, version string) (*Table, error) {
	b, err := files.ReadFile(name + ".v" + version + ".json")
	if err != nil {
		return nil, fmt.Errorf("schema %s v%s: %w", name, version, err)
	}
	var t Table
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("schema %s v%s: %w", name, version, err)
	}
	for i, f := range t.Fields {
		if f.EnumFrom == "measures" {
			t.Fields[i].Enum = MeasureNames()
		}
		if _, err := arrowType(f.Type); err != nil {
			return nil, fmt.Errorf("schema %s v%s field %s: %w", name, version, f.Name, err)
		}
	}
	return &t, nil
}

func mustLoad(name, version string) *Table {
	t, err := Load(name, version)
	if err != nil {
		panic(err)
	}
	return t
}

// The current versions of the tables the pipeline writes.
var (
	Observations = mustLoad("observations", "1")
	Sources      = mustLoad("sources", "1")
	Checks       = mustLoad("checks", "1")
)

// Raw returns the embedded bytes of a schema or lexicon file, for goldens and
// for tools that publish the definition as it is.
func Raw(path string) ([]byte, error) { return files.ReadFile(path) }

// Index returns the position of the named field, or -1.
func (t *Table) Index(name string) int {
	for i, f := range t.Fields {
		if f.Name == name {
			return i
		}
	}
	return -1
}

// Names returns the field names in order.
func (t *Table) Names() []string {
	out := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		out[i] = f.Name
	}
	return out
}

// Arrow returns the table's Arrow schema. Columns are plain types (no
// dictionary arrays): the Parquet writer dictionary-encodes the columns that
// the schema marks, and arrow/csv cannot write dictionary arrays. Schema
// metadata carries the table name and version.
func (t *Table) Arrow() *arrow.Schema {
	fields := make([]arrow.Field, len(t.Fields))
	for i, f := range t.Fields {
		typ, _ := arrowType(f.Type)
		fields[i] = arrow.Field{Name: f.Name, Type: typ, Nullable: !f.Required}
	}
	md := arrow.NewMetadata([]string{"numtrail.table", "numtrail.schema_version"}, []string{t.Name, t.Version})
	return arrow.NewSchema(fields, &md)
}

// DictionaryColumns lists the fields marked low-cardinality.
func (t *Table) DictionaryColumns() []string {
	var out []string
	for _, f := range t.Fields {
		if f.Dictionary {
			out = append(out, f.Name)
		}
	}
	sort.Strings(out)
	return out
}

func arrowType(name string) (arrow.DataType, error) {
	switch name {
	case "string":
		return arrow.BinaryTypes.String, nil
	case "float64":
		return arrow.PrimitiveTypes.Float64, nil
	case "int64":
		return arrow.PrimitiveTypes.Int64, nil
	case "date32":
		return arrow.FixedWidthTypes.Date32, nil
	case "timestamp":
		return &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}, nil
	}
	return nil, fmt.Errorf("unknown type %q", name)
}
