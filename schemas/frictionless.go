package schemas

// TableSchema is a Frictionless Table Schema (https://datapackage.org/standard/table-schema/):
// the schema of a resource in datapackage.json, and what `etl schema
// --format json` prints. JSON field order is fixed, so the bytes are stable.
type TableSchema struct {
	Fields        []SchemaField `json:"fields"`
	MissingValues []string      `json:"missingValues"`
	PrimaryKey    []string      `json:"primaryKey,omitempty"`
}

// SchemaField is one field of a [TableSchema].
type SchemaField struct {
	Name        string       `json:"name"`
	Type        string       `json:"type"`             // string, number, integer, date, datetime
	Format      string       `json:"format,omitempty"` // for date and datetime
	Description string       `json:"description"`
	Unit        string       `json:"unit,omitempty"`
	Constraints *Constraints `json:"constraints,omitempty"`
}

// Constraints are a field's Frictionless constraints.
type Constraints struct {
	Enum     []string `json:"enum,omitempty"`
	Required bool     `json:"required,omitempty"`
}

// frictionlessTypes maps the schema's types to Frictionless type and format.
//
// Dates are written YYYY-MM-DD. Timestamps are written RFC 3339 in UTC with
// fractional seconds only when they are not zero ("2024-07-18T09:30:15.5Z"),
// which a strptime pattern such as "%Y-%m-%dT%H:%M:%SZ" would reject; the
// "default" format (ISO 8601) accepts both forms.
var frictionlessTypes = map[string][2]string{
	"string":    {"string", ""},
	"float64":   {"number", ""},
	"int64":     {"integer", ""},
	"date32":    {"date", "%Y-%m-%d"},
	"timestamp": {"datetime", "default"},
}

// FrictionlessType returns the Frictionless type and format of a schema type
// (string, float64, int64, date32, timestamp); ok is false for another name.
func FrictionlessType(typ string) (ftype, format string, ok bool) {
	ft, ok := frictionlessTypes[typ]
	return ft[0], ft[1], ok
}

// Frictionless returns the table's Frictionless Table Schema: every field
// with its type, format, description, unit and constraints (required, enum),
// the primary key, and "" as the one missing value (the CSV writes null as an
// empty field).
func (t *Table) Frictionless() TableSchema {
	s := TableSchema{
		Fields:        make([]SchemaField, len(t.Fields)),
		MissingValues: []string{""},
		PrimaryKey:    append([]string(nil), t.PrimaryKey...),
	}
	for i, f := range t.Fields {
		ftype, format, _ := FrictionlessType(f.Type) // Load checked the type
		sf := SchemaField{Name: f.Name, Type: ftype, Format: format, Description: f.Description, Unit: f.Unit}
		if f.Required || len(f.Enum) > 0 {
			sf.Constraints = &Constraints{Enum: append([]string(nil), f.Enum...), Required: f.Required}
		}
		s.Fields[i] = sf
	}
	return s
}
